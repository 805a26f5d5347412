# Restablecimiento de la contraseña por el propio usuario: pedir un enlace por correo y elegir una contraseña nueva.

login-forgot = ¿Ha olvidado su contraseña?

forgot-title = ¿Ha olvidado su contraseña?
forgot-intro = Escriba la dirección de correo electrónico de su cuenta. Le enviaremos un enlace para elegir una contraseña nueva; funciona una sola vez, durante una hora.
forgot-email = Dirección de correo electrónico
forgot-submit = Enviarme un enlace
forgot-back = Volver al inicio de sesión
forgot-no-mail = Esta instalación de Laurel no envía correos. Pida a la secretaría del premio que le asigne una contraseña nueva.
forgot-sent-title = Revise su bandeja de entrada
forgot-sent = Si una cuenta usa { $email }, le hemos enviado un enlace para elegir una contraseña nueva. Funciona una sola vez, durante una hora.
forgot-sent-hint = ¿No llega nada tras unos minutos? Mire en la carpeta de correo no deseado o vuelva a pedirlo: solo funciona el enlace más reciente.
forgot-refused-later = Se han hecho demasiadas solicitudes de restablecimiento recientemente. Vuelva a intentarlo dentro de una hora.

reset-title = Elegir una contraseña nueva
reset-intro = Para la cuenta de { $name }. Todas las demás sesiones de esta cuenta terminan al guardarla.
reset-password = Contraseña nueva
reset-password-hint = Al menos 12 caracteres.
reset-password-again = Contraseña nueva, de nuevo
reset-submit = Guardar mi contraseña nueva
reset-problem-confirm = Contraseña nueva, de nuevo: las dos contraseñas no coinciden
reset-done = Su contraseña nueva está guardada y ha iniciado sesión. Todas las demás sesiones de su cuenta han terminado.
reset-link-unknown = Lo sentimos: este enlace de restablecimiento no es válido. Pida uno nuevo desde la página de inicio de sesión.
reset-link-used = Lo sentimos: este enlace de restablecimiento ya se ha utilizado. Inicie sesión con su contraseña o pida un enlace nuevo.
reset-link-replaced = Lo sentimos: este enlace ya no funciona, porque desde entonces se pidió un enlace más reciente o se cambió la contraseña. Use el enlace más reciente o pida uno nuevo.
reset-link-expired = Lo sentimos: este enlace de restablecimiento ha caducado (los enlaces funcionan durante una hora). Pida uno nuevo desde la página de inicio de sesión.
reset-link-deactivated = Lo sentimos: esta cuenta ha sido desactivada. Póngase en contacto con la secretaría.

## Los correos.
reset-email-subject = Elegir una contraseña nueva de Laurel
reset-email-body =
    Estimado/a { $name }:

    Alguien, probablemente usted, ha pedido elegir una contraseña nueva para su cuenta de Laurel.

    Abra este enlace para elegirla; funciona una sola vez, hasta el { $until }:

    { $link }

    Iniciar sesión con una contraseña nueva termina todas las demás sesiones de su cuenta.

    Si no lo ha pedido, puede ignorar este mensaje: su contraseña no cambia.

    Recibe este mensaje porque se pidió una contraseña nueva para esta dirección.
reset-unknown-subject = Sobre su solicitud de contraseña de Laurel
reset-unknown-body =
    Hola:

    Alguien, probablemente usted, ha pedido elegir una contraseña nueva para una cuenta de Laurel con esta dirección, pero ninguna cuenta activa la usa.

    Si fue usted, quizá su cuenta use otra dirección (la de un colega o la de su organización); pruebe con ella en { $login }. Si su cuenta fue desactivada, escriba a la secretaría del premio.

    Si no lo ha pedido, puede ignorar este mensaje.

    Recibe este mensaje porque se pidió una contraseña nueva para esta dirección.

account-page-reset-requested = Enlace de restablecimiento de contraseña pedido
account-page-reset-by-link = Contraseña restablecida con un enlace enviado por correo
