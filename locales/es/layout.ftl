# La estructura común de las páginas: navegación, pie de página, idioma, funciones.

# The name of the application, in the header and every page title.
brand = Laurel
language-name = Español

skip-to-content = Ir al contenido principal
nav-main = Navegación principal
nav-my-applications = Mis candidaturas
nav-my-assignments = Mis evaluaciones
nav-editions = Ediciones
nav-accounts = Cuentas
nav-rubrics = Baremos
nav-my-account = Mi cuenta
nav-log-in = Iniciar sesión
nav-log-out = Cerrar sesión
footer-tagline = Laurel: premios y convocatorias de la cooperación descentralizada.
language-switch = Idioma
role-applicant = Solicitante
role-juror = Miembro del jurado
role-secretariat = Secretaría
role-jury-chair = Presidencia del jurado
amount-euros = { $amount } €
# Un instante en el huso horario de la edición, y en el del lector si es otro.
when-edition = { $time } (hora de la edición, { $zone })
when-edition-yours = { $time } (hora de la edición, { $zone }; { $yours } en su hora local)
# Items of a list.
list = { $first }, { $next }
# A language by its name.
language-named = { $name }
# Una página que conserva lo que se escribió cuando no se pudo guardar.
notice-typed = Lo que escribió
notice-typed-hint = No se ha guardado nada. Copie lo que desee conservar.
# The counter under a limited text box (a script fills in %used% and %limit%).
counter = %used% de %limit% caracteres
