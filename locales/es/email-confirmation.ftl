# Confirmar una dirección de correo: al registrarse y antes de que una cuenta pase a una dirección nueva.

register-welcome-confirm = Bienvenido/a a Laurel. Su cuenta está lista. Hemos enviado un enlace a { $email }: sígalo para confirmar su dirección antes de presentar una candidatura.
submit-unconfirmed = Confirme primero su dirección de correo: siga el enlace que enviamos a { $email } (desde la página de sus candidaturas puede pedir que se envíe de nuevo). Su borrador se conserva.
dashboard-unconfirmed-title = Confirme su dirección de correo
dashboard-unconfirmed = Hemos enviado un enlace a { $email }. Sígalo para confirmar su dirección: puede preparar candidaturas ahora y presentarlas una vez confirmada.

confirm-email-subject = Confirme su dirección de correo para Laurel
confirm-email-body =
    Estimado/a { $name }:

    Confirme que { $email } es su dirección para Laurel abriendo este enlace (funciona hasta el { $until }):

    { $link }

    Puede preparar candidaturas antes de confirmarla; podrá presentarlas una vez confirmada.

    Recibe este mensaje porque se creó una cuenta de Laurel con esta dirección. Si no fue usted, puede ignorarlo.
confirm-change-subject = Confirme su nueva dirección de correo para Laurel
confirm-change-body =
    Estimado/a { $name }:

    Ha pedido pasar su cuenta de Laurel a { $email }. Abra este enlace para confirmarla (funciona hasta el { $until }):

    { $link }

    Hasta entonces, sigue iniciando sesión con su dirección actual.

    Recibe este mensaje porque esta dirección se indicó para una cuenta de Laurel. Si no fue usted, puede ignorarlo.
confirm-moved-subject = Su cuenta de Laurel usa una nueva dirección de correo
confirm-moved-body =
    Estimado/a { $name }:

    Su cuenta de Laurel usa ahora { $email }: inicie sesión con esa dirección a partir de ahora.

    Si no lo ha pedido, escriba de inmediato a la secretaría del premio.

    Recibe este mensaje porque era la dirección de su cuenta de Laurel.
confirm-refused-later = Se han enviado demasiados enlaces a esta dirección recientemente. Vuelva a intentarlo dentro de una hora.
confirm-already = Esta dirección de correo ya está confirmada.
confirm-link-unknown = Lo sentimos: este enlace de confirmación no es válido.
confirm-link-used = Este enlace de confirmación ya se ha utilizado.
confirm-link-replaced = Lo sentimos: este enlace ya no funciona, porque desde entonces se envió uno más reciente. Use el enlace más reciente o pida que se envíe uno nuevo.
confirm-link-expired = Lo sentimos: este enlace de confirmación ha caducado (los enlaces funcionan durante siete días). Pida uno nuevo desde su cuenta.
confirm-link-taken = Lo sentimos: otra cuenta usa ahora esta dirección, así que su cuenta no puede pasar a ella.

confirm-title = Confirme su dirección de correo
confirm-intro = Confirme que { $email } es su dirección para Laurel.
confirm-account = Para la cuenta de { $name }.
confirm-submit = Confirmar esta dirección
confirm-done = Gracias: su dirección de correo { $email } está confirmada.
confirm-moved = Su cuenta usa ahora { $email }; inicie sesión con ella a partir de ahora.
confirm-resent = Hemos enviado un enlace nuevo a { $email }. Los enlaces anteriores ya no funcionan.
confirm-resend = Enviar el enlace de nuevo
confirm-change-sent = Hemos enviado un enlace a { $email }. Su cuenta pasa a esa dirección cuando lo siga; hasta entonces, siga iniciando sesión con su dirección actual.

accounts-unconfirmed = sin confirmar
account-page-unconfirmed-hint = La persona aún no ha seguido el enlace que confirma esta dirección; no puede presentar una candidatura hasta hacerlo.
account-page-resend = Enviar de nuevo el enlace de confirmación
account-page-registered = Registro
account-page-confirmation-sent = Enlace de confirmación enviado
account-page-email-confirmed = Dirección de correo confirmada
account-page-email-changed = Paso a una nueva dirección de correo

account-address-title = Dirección de correo
account-address-unconfirmed = Su dirección { $email } aún no está confirmada: siga el enlace que le enviamos.
account-address-pending = Se envió un enlace a { $email }: su cuenta pasa a esa dirección cuando siga el enlace.
account-address-pending-until = Funciona hasta el { $until }.
account-address-hint = Para pasar su cuenta a otra dirección, indíquela con su contraseña: enviamos un enlace a la nueva dirección y su cuenta pasa a ella cuando lo siga.
account-address-hint-no-mail = Para pasar su cuenta a otra dirección, indíquela con su contraseña.
account-address-not-changed = Su dirección no se ha cambiado
account-new-email = Nueva dirección de correo
account-email-password = Su contraseña
account-address-submit = Cambiar mi dirección
account-problem-same-email = Nueva dirección de correo: ya es su dirección
account-problem-email-taken = Nueva dirección de correo: otra cuenta usa esta dirección
account-problem-email-password = Su contraseña: no es su contraseña actual
confirm-asked-subject = Alguien pidió pasar su cuenta de Laurel a otra dirección
confirm-asked-body =
    Estimado/a { $name }:

    Alguien con sesión iniciada en su cuenta de Laurel pidió pasarla a { $email }. La cuenta solo pasa a esa dirección si se sigue el enlace enviado a ella.

    Si fue usted, no hay nada que hacer. Si no, elija ahora una contraseña nueva («¿Ha olvidado su contraseña?» en la página de inicio de sesión): eso anula el cambio y cierra todas las sesiones de su cuenta.

    Recibe este mensaje porque es la dirección de su cuenta de Laurel.
