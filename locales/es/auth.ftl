# Inicio de sesión y creación de una cuenta de solicitante.

login-page-title = Iniciar sesión
login-title = Iniciar sesión en Laurel
login-email = Correo electrónico
login-password = Contraseña
login-submit = Iniciar sesión
login-applicants = Las entidades solicitantes crean su propia cuenta:
login-register-link = regístrese aquí
login-others = Los miembros del jurado reciben una invitación de la secretaría del premio. Si ha perdido su contraseña, pida a la secretaría que la restablezca.
login-winners = Ganadores
login-winners-of = Los ganadores de { $edition }
login-refused-wrong = El correo electrónico o la contraseña no son correctos. Inténtelo de nuevo.
login-refused-deactivated = Esta cuenta ha sido desactivada. Póngase en contacto con la secretaría.
login-refused-busy = En este momento muchas personas están iniciando sesión. Inténtelo de nuevo dentro de unos segundos.
login-refused-locked = Demasiados intentos fallidos. Por seguridad, el inicio de sesión queda suspendido hasta el { $until }.

register-title = Crear una cuenta de solicitante
register-intro = Para gobiernos locales y regionales y sus socios que desean presentar una candidatura. Los miembros del jurado y la secretaría reciben su cuenta de la secretaría.
register-not-created = No se ha creado su cuenta
register-you = Usted
register-name = Su nombre
register-email = Correo electrónico
register-password = Contraseña
register-password-hint = Al menos 12 caracteres.
register-time-zone = Su zona horaria
register-time-zone-hint = Los plazos se muestran en ella, por ejemplo Europe/Brussels, Africa/Dakar, America/Managua.
register-language = Su idioma
register-organisation = Su organización
register-organisation-name = Nombre de la organización
register-kind = Tipo de organización
register-country = País
register-choose = Elija…
register-submit = Crear mi cuenta
register-have-account = ¿Ya tiene una cuenta?
register-log-in = Iniciar sesión
