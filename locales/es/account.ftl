# La página de la cuenta.

account-language-title = Idioma
account-language-hint = Las páginas de Laurel se le muestran en este idioma, en todos sus dispositivos.
account-language-submit = Guardar el idioma
