# Las páginas de la secretaría sobre las personas: las cuentas, el jurado y sus conflictos de intereses.

## La lista de cuentas.
accounts-title = Cuentas
accounts-create-heading = Crear una cuenta
accounts-not-created = No se ha creado la cuenta
accounts-full-name = Nombre completo
accounts-email-address = Correo electrónico
accounts-role = Función
accounts-initial-password = Contraseña inicial
accounts-password-hint = Al menos 12 caracteres. Comuníquela de forma segura; la persona podrá cambiarla.
accounts-create = Crear la cuenta
accounts-caption = Todas las cuentas
accounts-name = Nombre
accounts-email = Correo electrónico
accounts-state = Estado
accounts-action = Acción
accounts-active = Activa
accounts-deactivated = Desactivada
accounts-you = Usted
accounts-deactivate = Desactivar
accounts-deactivate-named = Desactivar la cuenta de { $name }
accounts-reactivate = Reactivar
accounts-reactivate-named = Reactivar la cuenta de { $name }
accounts-created = Se ha creado la cuenta de { $name } ({ $email }).
accounts-deactivated-flash = Se ha desactivado la cuenta de { $name }.
accounts-reactivated = Se ha reactivado la cuenta de { $name }.

## Una cuenta.
account-page-all = Todas las cuentas
account-page-details = Datos
account-page-deactivate = Desactivar esta cuenta
account-page-reactivate = Reactivar esta cuenta
account-page-reset-heading = Establecer una nueva contraseña
account-page-reset-hint = Para quien haya perdido su contraseña. Al menos 12 caracteres; comuníquela de forma segura. Se cierran todas las sesiones de esta cuenta.
account-page-not-changed = No se ha cambiado la contraseña
account-page-new-password = Nueva contraseña
account-page-set-password = Establecer la contraseña
account-page-password-set = Se ha establecido una nueva contraseña para { $name }. Comuníquela de forma segura; se han cerrado sus sesiones.
account-page-history = Historial
account-page-history-caption = Hechos relativos a esta cuenta, del más reciente al más antiguo
account-page-when = Fecha
account-page-what = Hecho
account-page-by = Realizado por
account-page-created = Cuenta creada
account-page-reactivated = Reactivada
account-page-password-changed = Contraseña cambiada por la persona titular de la cuenta
account-page-password-reset = Contraseña restablecida por la secretaría
account-page-sessions-ended = Sesión cerrada en todos los dispositivos
account-page-command-line = Línea de comandos

## El jurado de una edición y sus invitaciones.
jury-page-title = Jurado: { $edition }
jury-page-heading = Jurado
jury-page-invitation-for = Invitación para { $name }
jury-page-link-emailed = Hay un correo electrónico con este enlace en cola de envío a { $email }; el estado de la entrega figura en la tabla siguiente. También puede comunicar usted mismo el enlace (solo se muestra ahora). Con él, la persona establece su contraseña; solo puede utilizarse una vez, hasta el { $until }.
jury-page-link-pass-on = Comunique este enlace a { $name } (solo se muestra ahora). Con él, la persona establece su contraseña; solo puede utilizarse una vez, hasta el { $until }.
jury-page-empty = Todavía no hay nadie en el jurado.
jury-page-caption = Miembros del jurado de { $edition }
jury-page-name = Nombre
jury-page-role = Función
jury-page-affiliation = Afiliación
jury-page-country = País
jury-page-reads = Idiomas que lee
jury-page-account = Cuenta
jury-page-actions = Acciones
jury-page-ready = Operativa
jury-page-not-used = Invitación aún no utilizada
jury-page-remove = Retirar del jurado…
jury-page-email-sent = Correo electrónico enviado el { $time }
jury-page-email-queued = Correo electrónico en cola de envío
jury-page-email-retrying = Correo electrónico no entregado (intentos: { $count }; { $problem }); se volverá a intentar
jury-page-no-answer = sin respuesta
jury-page-email-failed = No se ha podido enviar el correo electrónico ({ $problem }): comunique el enlace que se mostró con la invitación o establezca una contraseña desde la página de la cuenta
jury-page-add-heading = Añadir un miembro del jurado
jury-page-add-hint-mail = Una persona nueva recibe una cuenta de miembro del jurado y un enlace de un solo uso para establecer su contraseña, que se muestra aquí y se envía por correo electrónico. Un miembro del jurado que ya tenga cuenta simplemente se añade.
jury-page-add-hint-no-mail = Una persona nueva recibe una cuenta de miembro del jurado y un enlace de un solo uso para establecer su contraseña, que se muestra aquí para que usted se lo comunique (el correo electrónico no está configurado). Un miembro del jurado que ya tenga cuenta simplemente se añade.
jury-page-email-address = Correo electrónico
jury-page-role-on-jury = Función en el jurado
jury-page-choose = Elija…
jury-page-languages = Idiomas que lee el miembro del jurado
jury-page-add = Añadir al jurado

## La retirada de un miembro del jurado.
removal-title = Retirar a { $name } del jurado: { $edition }
removal-back = Jurado de { $edition }
removal-heading = Retirar a { $name } del jurado
removal-what-happens = Qué ocurre
removal-membership-ends = { $name } forma parte de este jurado (función: { $role }). Su participación termina; deja de tener acceso a esta edición.
# Sigue a un número en negrita; «removal-drafts-removed» sigue al segundo número.
removal-not-started-and = { $count ->
    [one] evaluación asignada sin empezar y
   *[other] evaluaciones asignadas sin empezar y
}
removal-drafts-removed = { $count ->
    [one] ficha de evaluación en borrador se eliminan (su contenido se conserva en el registro de auditoría).
   *[other] fichas de evaluación en borrador se eliminan (su contenido se conserva en el registro de auditoría).
}
# Sigue a un número en negrita.
removal-submitted-kept = { $count ->
    [one] ficha de evaluación presentada se conserva y sigue contando en los resultados, salvo que la retire a continuación (en ese caso se elimina y también se conserva en el registro de auditoría).
   *[other] fichas de evaluación presentadas se conservan y siguen contando en los resultados, salvo que las retire a continuación (en ese caso se eliminan y también se conservan en el registro de auditoría).
}
removal-refused = No se puede retirar a { $name } del jurado: { $reason }.
removal-too-late = la edición está en la fase «{ $phase }»: a partir de la decisión, el jurado que decidió se mantiene tal como estaba
removal-last-chair = es la única persona que ocupa la presidencia, que confirma las decisiones del jurado: designe antes a otra persona para la presidencia
removal-reason = Motivo (se conserva en el registro de auditoría; al menos 10 caracteres)
removal-also-withdraw = Retirar también sus fichas de evaluación presentadas ({ $count })
removal-cancel = Cancelar
removal-done = El miembro del jurado ha dejado el jurado. Evaluaciones eliminadas: { $removed }; fichas de evaluación presentadas retiradas: { $withdrawn }; fichas conservadas: { $kept }.

## Los conflictos de intereses declarados en una edición, que revisa la secretaría.
coi-review-none = Ningún miembro del jurado ha declarado un conflicto.
coi-review-caption = Declaraciones, primero las pendientes de decisión
coi-review-project = Proyecto
coi-review-juror = Miembro del jurado
coi-review-level = Nivel
coi-review-reason = Motivo
coi-review-decision = Decisión
coi-review-suspended = Suspendida
coi-review-suspended-not-started = Su ficha de evaluación sin empezar está suspendida: se conserva sin cambios y volverá a contar si se autoriza el conflicto.
coi-review-suspended-draft = Su ficha de evaluación en borrador está suspendida: se conserva sin cambios y volverá a contar si se autoriza el conflicto.
coi-review-suspended-submitted = Su ficha de evaluación presentada está suspendida: se conserva sin cambios y volverá a contar si se autoriza el conflicto.
coi-review-allowed = Autorización
coi-review-excluded = Exclusión
coi-review-asks = El miembro del jurado solicita recalificar la declaración como { $asked }:
coi-review-quoted = «{ $explanation }»
coi-review-not-decided = No se ha resuelto la solicitud
coi-review-back = Volver a los conflictos de intereses
