# La página de la cuenta.

account-language-title = Idioma
account-language-hint = Las páginas de Laurel se le muestran en este idioma, en todos sus dispositivos.
account-language-submit = Guardar el idioma
account-details = Sus datos
account-name = Nombre
account-email = Correo electrónico
account-role = Función
account-password-title = Cambiar su contraseña
account-password-hint = Al menos 12 caracteres. Al cambiarla se cierra la sesión en todos sus demás dispositivos.
account-password-not-changed = No se ha cambiado su contraseña
account-current-password = Contraseña actual
account-new-password = Nueva contraseña
account-confirm-password = Nueva contraseña, de nuevo
account-password-submit = Cambiar la contraseña
account-password-changed = Su contraseña se ha cambiado. Se ha cerrado la sesión en sus demás dispositivos.
account-problem-current-password = Contraseña actual: no es su contraseña actual
account-problem-password-short = Nueva contraseña: al menos { $min } caracteres, por favor (esta tiene { $chars })
account-problem-password-long = Nueva contraseña: { $max } caracteres como máximo, por favor
account-problem-password-spaces = Nueva contraseña: no puede estar formada solo por espacios
account-problem-confirm = Nueva contraseña, de nuevo: las dos contraseñas nuevas no coinciden
account-logout-everywhere = Cerrar sesión en todas partes
account-logout-everywhere-hint = Cierra todas las sesiones de su cuenta, en este dispositivo y en todos los demás.
tokens-title = Tokens de la API
tokens-intro = Un token personal permite que un script u otro sitio web use la API de Laurel con los permisos de su cuenta. Laurel solo guarda una huella del token, por lo que se muestra una única vez, al crearlo.
tokens-reference = La documentación de la API
tokens-new = Su nuevo token «{ $name }»
tokens-copy-now = Cópielo ahora: no se volverá a mostrar.
tokens-token = Token
tokens-not-made = No se ha creado ningún token
tokens-make = Crear un token
tokens-name = Nombre
tokens-name-hint = Para qué sirve, por ejemplo «Ganadores en nuestra web».
tokens-access = Acceso
tokens-read-only = Solo lectura
tokens-read-write = Lectura y escritura
tokens-valid-for = Validez
tokens-days = { $days ->
    [one] { $days } día
   *[other] { $days } días
}
tokens-yours = Sus tokens
tokens-made = Creado
tokens-expires = Caduca
tokens-last-used = Último uso
tokens-never = nunca
tokens-state = Estado
tokens-action = Acción
tokens-active = Activo
tokens-expired = Caducado
tokens-revoked = Revocado
tokens-revoke = Revocar
tokens-revoked-flash = El token está revocado: ya no funciona.
