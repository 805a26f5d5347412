# Notificaciones de una edición y su página de Correo.

notice-submitted-subject = Candidatura recibida: { $title }
notice-submitted-body =
    Estimado/a { $name }:

    Hemos recibido su candidatura «{ $title }» a { $edition } el { $at }.

    Huella de lo que presentó (SHA-256): { $fingerprint }

    Puede consultarla en { $link }. Hasta el cierre de la convocatoria ({ $deadline }) puede retirarla, cambiarla y presentarla de nuevo.

    Recibe este mensaje porque presentó una candidatura a { $edition } en Laurel.
notice-withdrawn-subject = Candidatura retirada: { $title }
notice-withdrawn-body =
    Estimado/a { $name }:

    Su candidatura «{ $title }» a { $edition } se retiró el { $at } y vuelve a ser un borrador: no se evaluará salvo que se presente de nuevo antes del cierre de la convocatoria ({ $deadline }).

    { $link }

    Recibe este mensaje porque retiró una candidatura a { $edition } en Laurel.

edition-link-mail = Correo: notificaciones y mensajes enviados
mail-title = Correo
mail-off = El correo no está configurado en esta instalación: no se envía ni se pone en cola nada.
mail-settings-title = Notificaciones
mail-settings-legend = Enviar estas notificaciones en esta edición
mail-settings-submit = Guardar las notificaciones
mail-settings-saved = Las notificaciones de esta edición están guardadas.
mail-kind-submitted = Acuse de recibo de una candidatura presentada
mail-hint-submitted = A quien la presentó: el título, la hora y la huella de lo presentado.
mail-kind-withdrawn = Candidatura retirada
mail-hint-withdrawn = A quien la retiró, con el plazo para presentarla de nuevo.
mail-kind-invitation = Invitación al jurado
mail-messages-title = Mensajes
mail-none = Aún no hay mensajes de esta edición.
mail-caption = Todos los mensajes de esta edición, del más reciente al más antiguo
mail-queued-at = En cola desde
mail-kind = Tipo
mail-to = Para
mail-subject = Asunto
mail-state = Estado
mail-state-sent = Enviado { $time }
mail-state-queued = En cola
mail-state-retrying = No entregado tras { $count } intentos ({ $problem }); se volverá a intentar
mail-state-failed = Fallido ({ $problem })
mail-retry = Volver a intentar
mail-retry-planned = El mensaje se volverá a intentar en menos de un minuto.
mail-retry-nothing = Este mensaje no espera un nuevo intento (se envió o aún se está intentando).

notice-untitled = (sin título)
notice-reminder-subject = { $days ->
    [one] La convocatoria cierra mañana: { $title }
   *[other] La convocatoria cierra en { $days } días: { $title }
}
notice-reminder-body =
    Estimado/a { $name }:

    Su candidatura «{ $title }» a { $edition } sigue siendo un borrador. La convocatoria cierra el { $deadline }; solo se evalúan las candidaturas presentadas.

    Complétela y preséntela en { $link }

    Recibe este mensaje porque tiene una candidatura sin presentar a { $edition } en Laurel. La secretaría puede desactivar estos recordatorios.
mail-kind-reminder = Recordatorio del plazo
mail-hint-reminder = A quienes tienen una candidatura aún en borrador, 7 días y 1 día antes del cierre.
