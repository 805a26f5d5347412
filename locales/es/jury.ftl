# Las páginas del miembro del jurado: sus evaluaciones asignadas, la ficha de evaluación y la candidatura tal como la lee.

## El panel del miembro del jurado.
jury-assignments = Mis evaluaciones
jury-awaiting = { $count ->
    [one] Presidencia del jurado de { $edition }: hay un conflicto de intereses pendiente de su decisión.
   *[other] Presidencia del jurado de { $edition }: hay { $count } conflictos de intereses pendientes de su decisión.
}
jury-decide = { $count ->
    [one] Resolverlo
   *[other] Resolverlos
}
jury-my-juries = Mis jurados
jury-phase = fase: { $phase }
jury-due = entrega de las fichas de evaluación hasta el { $due }
jury-overdue = Plazo vencido
jury-declare-conflicts = declarar conflictos de intereses
jury-decisions-to-confirm = las decisiones del jurado (pendientes de confirmación por la presidencia)
jury-shortlist-to-confirm = Una preselección espera su confirmación
jury-consensus-to-record = Consenso pendiente de registro
jury-submitted-of = Fichas de evaluación presentadas: { $submitted } de { $total }
jury-in-draft = , { $count } en borrador
jury-suspended-count = { $count ->
    [one] { $count } ficha suspendida por un conflicto de intereses (no se contabiliza).
   *[other] { $count } fichas suspendidas por un conflicto de intereses (no se contabilizan).
}
jury-none-assigned = Todavía no se le ha asignado ninguna candidatura.
jury-assigned-caption = Candidaturas que se le han asignado
jury-scorecard = Ficha de evaluación
jury-submitted = Presentada
jury-suspended = Suspendida: conflicto de intereses
jury-role-chair = Presidencia
jury-role-member = Miembro
jury-role-rapporteur = Ponente
jury-role-observer = Observador (no puntúa)
scorecard-not-started = Sin empezar

## Las fases de una edición.
phase-draft = Borrador
phase-open = Convocatoria abierta
phase-closed = Convocatoria cerrada
phase-screening = Examen de admisibilidad
phase-jury-evaluation = Evaluación del jurado
phase-consensus = Consenso
phase-decided = Decisión adoptada
phase-announced = Resultados anunciados
phase-archived = Archivada

## La ficha de evaluación.
scorecard-title = Evaluación: { $title }
scorecard-is-locked = Esta ficha de evaluación se ha presentado y está bloqueada.
scorecard-please-check = Revise lo siguiente
scorecard-both-versions = La versión guardada y la suya
scorecard-saved-elsewhere = Guardada en otro lugar
scorecard-yours = La suya (sin guardar)
scorecard-open-saved = Abrir la versión guardada
scorecard-application = La candidatura
scorecard-application-hint = La candidatura completa tal como se presentó; cada respuesta a un criterio aparece junto al criterio correspondiente. Los datos de contacto de la entidad solicitante no se muestran al jurado.
scorecard-peers = Las puntuaciones de los demás miembros del jurado
scorecard-peers-hint = Solo las fichas de evaluación presentadas, sin nombres.
scorecard-no-peers = Ningún otro miembro del jurado ha presentado todavía su ficha de evaluación.
scorecard-juror = Miembro del jurado { $letter }
scorecard-overall-short = Comentario general:
scorecard-your-scores = Sus puntuaciones
scorecard-answer = La respuesta de la entidad solicitante
scorecard-questions = Preguntas orientativas
scorecard-levels = Qué significa cada nivel
scorecard-not-scored = Sin puntuar
scorecard-comment-label = Comentario (obligatorio; justifique cualquier puntuación de 2 o menos; { $max } caracteres como máximo)
scorecard-overall-label = Comentario general ({ $max } caracteres como máximo)
scorecard-submit = Presentar mi ficha de evaluación
scorecard-submitted = Su ficha de evaluación se ha presentado. Muchas gracias.
scorecard-draft-saved = Borrador guardado.
scorecard-back = Volver a su página del jurado
scorecard-suspended = Ficha de evaluación suspendida
scorecard-suspended-why = Esta ficha de evaluación está suspendida porque el conflicto de intereses que usted declaró le impide intervenir en esta candidatura. No se pierde nada de lo que contiene: volverá a contar, sin cambios, si la secretaría considera aceptable el conflicto.
scorecard-not-saved = Ficha de evaluación no guardada
scorecard-suspended-not-saved = No se ha guardado. Esta ficha de evaluación está suspendida porque el conflicto de intereses que usted declaró le impide intervenir en esta candidatura. No se pierde nada de lo que contiene: volverá a contar, sin cambios, si la secretaría considera aceptable el conflicto.
scorecard-gone = No se ha guardado: esta ficha de evaluación no figura entre sus asignaciones (es posible que la secretaría haya retirado la asignación).
scorecard-typed-score = { $name }: puntuación
scorecard-typed-comment = { $name }: comentario
scorecard-overall = Comentario general
scorecard-stale = Esta ficha de evaluación se guardó desde otra ventana u otro dispositivo después de que usted abriera esta página. No se ha sobrescrito nada. Compare las dos versiones que figuran a continuación: el formulario conserva su versión y, si la guarda ahora, sustituirá a la guardada; o bien abra la versión guardada para continuar a partir de ella.
scorecard-locked-meanwhile = No se ha guardado. Mientras tanto, esta ficha de evaluación se ha presentado desde otra ventana u otro dispositivo y ha quedado bloqueada; la secretaría puede reabrirla. Lo que escribió se muestra a continuación para que pueda copiarlo.
scorecard-closed-not-saved = No se ha guardado. { $why } Lo que escribió se muestra a continuación para que pueda copiarlo.

## Lo que falla en una ficha de evaluación.
scorecard-off-scale = { $name }: { $score } está fuera de la escala { $min }–{ $max }
scorecard-score-missing = { $name }: asigne una puntuación
scorecard-comment-of = { $name }, comentario
scorecard-comment-missing = { $name }: el comentario es obligatorio
scorecard-justify = { $name }: una puntuación de 2 o menos requiere una justificación de al menos { $min } caracteres
scorecard-overall-missing = Comentario general: escriba un comentario
scorecard-not-a-score = `{ $value }` no es una puntuación
scorecard-not-on-scale = `{ $value }` no está en la escala
scorecard-criterion-problem = { $name }: { $problem }
scoring-closed = La evaluación está cerrada: la edición se encuentra en la fase «{ $phase }».
scoring-round-closed = La evaluación está cerrada: esta ronda ha terminado y su preselección está adoptada.
scoring-invalid = Hay puntuaciones o comentarios que deben corregirse.
scoring-stale = Esta ficha de evaluación se guardó desde otra ventana u otro dispositivo después de que usted la consultara. No se ha sobrescrito nada.
scoring-locked = Esta ficha de evaluación se ha presentado y está bloqueada; la secretaría puede reabrirla.
scoring-suspended = Esta ficha de evaluación está suspendida porque el conflicto de intereses que usted declaró le impide intervenir en esta candidatura. No se pierde nada de lo que contiene.

## Una candidatura tal como la leen los miembros del jurado o la secretaría.
view-written-in = Redactada en { $language }.
view-dates-label = Fechas
view-dates = { $start } – { $end }
view-dates-ongoing = { $start } – en curso
view-lead = Gobierno coordinador
view-partners = Socios
view-since = desde { $year }
view-budget = Presupuesto
view-funding = Fuentes de financiación
view-other-goals = Objetivos secundarios
view-targets = Metas
view-no-links = No hay enlaces.
view-documents = Documentos
view-no-documents = No hay ningún documento adjunto.
view-signed-by = Declaración responsable firmada por { $name }, { $role }.
view-signed-by-role = Firma la declaración responsable: { $role } de la entidad solicitante.
view-consent = Autorización de publicación: { $answer }.
view-no = no
view-contact = Contacto (no se muestra al jurado)
view-applicant = Solicitante
view-email = Correo electrónico

## El consenso, registrado por el ponente o la presidencia del jurado.
consensus-title = Consenso: { $title }
consensus-hint = Las puntuaciones individuales proceden de las fichas de evaluación presentadas, sin nombres. La propuesta es su mediana, redondeada a la baja al medio punto. Los criterios cuyas puntuaciones presentan una diferencia de 2 puntos o más se señalan para su debate.
consensus-final = La fase de consenso ha concluido; el consenso que figura a continuación es definitivo.
consensus-not-yet = Todavía no registrado
consensus-meanwhile = Registrado mientras tanto
consensus-dissent-line = Voto particular: { $dissent }
consensus-individual = Puntuaciones individuales:
consensus-none-yet = ninguna todavía
consensus-proposal = propuesta:
consensus-discuss = Diferencia de 2 puntos o más: debatir
consensus-remarks = Los comentarios de los miembros del jurado
consensus-agreed-score = Puntuación acordada
consensus-comment-label = Comentario de consenso (lo leerá la entidad solicitante; { $max } caracteres como máximo)
consensus-dissent-label = Voto particular (opcional; { $max } caracteres como máximo)
consensus-record = Registrar el consenso
consensus-recorded = El consenso se ha registrado.
consensus-not-recorded = Consenso no registrado
consensus-typed-score = { $name }: puntuación acordada
consensus-typed-comment = { $name }: comentario de consenso
consensus-typed-dissent = { $name }: voto particular
consensus-back-to-scoring = No se ha registrado: la secretaría ha devuelto la edición a la fase «{ $phase }», por lo que el consenso sobre «{ $title }» no está abierto y las puntuaciones individuales vuelven a estar ocultas.
consensus-closed = El consenso ya no puede modificarse: la edición se encuentra en la fase «{ $phase }». Lo que escribió se muestra a continuación para que pueda copiarlo.
consensus-recorded-meanwhile = No se ha registrado: otra persona ha registrado el consenso después de que usted abriera esta página. El consenso registrado ahora figura a continuación, y lo que usted introdujo sigue en el formulario: vuelva a registrar el consenso para sustituirlo por el suyo.
consensus-comment-of = { $name }, comentario de consenso
consensus-dissent-of = { $name }, voto particular
consensus-comment-missing = { $name }: escriba el comentario de consenso
consensus-score-missing = { $name }: elija la puntuación acordada

## Las decisiones del jurado, confirmadas por la presidencia.
decisions-title = Decisiones: { $edition }
decisions-heading = Las decisiones del jurado: { $edition }
decisions-hint = Como titular de la presidencia del jurado, usted confirma las decisiones que la secretaría registró en la reunión del jurado. Cualquier modificación posterior de una decisión requerirá de nuevo su confirmación.
decisions-hidden = { $count ->
    [one] { $count } decisión se refiere a una candidatura con la que usted tiene un conflicto de intereses; no se le muestra.
   *[other] { $count } decisiones se refieren a candidaturas con las que usted tiene un conflicto de intereses; no se le muestran.
}
decisions-none = Todavía no hay ninguna decisión que mostrar.
decisions-caption = Decisiones registradas
decisions-prize = Premio
decisions-submission = Candidatura
decisions-rationale = Justificación
decisions-vote = Votación
decisions-confirmed-column = Confirmada
decisions-ex-aequo = (ex aequo)
decisions-tally = a favor: { $for }, en contra: { $against }, abstenciones: { $abstain }
decisions-not-yet = Todavía no
decisions-confirm = Confirmar las decisiones del jurado
decisions-all-confirmed = Todas las decisiones están confirmadas.
decisions-confirmed = { $count ->
    [one] Ha confirmado la decisión del jurado.
   *[other] Ha confirmado las { $count } decisiones del jurado.
}
decisions-nothing-to-confirm = Todavía no hay ninguna decisión que confirmar.

## Los conflictos de intereses, las declaraciones del miembro del jurado.
conflicts-title = Conflictos de intereses
conflicts-heading = Conflictos de intereses: { $edition }
conflicts-intro = De cada proyecto admisible que figura a continuación solo se muestran el título, los gobiernos locales y regionales y los socios participantes, y sus países. Declare cualquier vínculo que tenga con ellos. Un conflicto excluyente le impide intervenir en el proyecto; sobre un conflicto potencial decide la secretaría. Puede hacer más estricta una declaración en cualquier momento; para rebajarla o retirarla, solicite una revisión, que resolverá la secretaría o la presidencia del jurado. Una ficha de evaluación que ya haya empezado se conserva, suspendida, mientras un conflicto le impida intervenir.
conflicts-pending = Conflictos potenciales que debe resolver como titular de la presidencia del jurado
conflicts-pending-line = { $juror }, respecto de { $submission }:
conflicts-asks = Solicita recalificar la declaración como { $asked }: «{ $explanation }»
conflicts-your-reason = Justificación de su decisión (al menos { $min } caracteres)
conflicts-grant = Estimar la solicitud
conflicts-refuse = Desestimarla
conflicts-allow = Autorizar
conflicts-exclude = Excluir
conflicts-none = Todavía no hay ningún proyecto admisible.
conflicts-flags = Laurel ha detectado un posible vínculo; compruébelo:
conflicts-question = ¿Tiene usted un conflicto de intereses?
conflicts-reason = Motivo (salvo si no hay conflicto)
conflicts-details = Detalles (obligatorios en caso de conflicto potencial; { $max } caracteres como máximo)
conflicts-save = Guardar mi declaración
conflicts-ask-lower = Solicitar que se rebaje o se retire esta declaración
conflicts-become = ¿Cómo debe quedar la declaración?
conflicts-become-potential = Un conflicto potencial, pese al cual podría participar en la evaluación
conflicts-requested-reason = Motivo del conflicto potencial (si es lo que solicita)
conflicts-why = Justificación (al menos { $min } caracteres; la leerá la secretaría o la presidencia del jurado)
conflicts-send = Enviar la solicitud
conflict-request-sent = Se ha enviado su solicitud relativa a «{ $title }». Su declaración mantiene sus efectos hasta que se resuelva.
conflict-status-undeclared = Todavía sin declarar
conflict-status-free = Sin conflicto declarado
conflict-status-disqualified = Excluyente: no verá ni evaluará este proyecto
conflict-status-allowed = Potencial: se le ha autorizado a evaluarlo
conflict-status-excluded = Potencial: se le ha excluido de su evaluación
conflict-status-pending = Potencial: pendiente de decisión
conflict-asked-none = ausencia de conflicto
conflict-asked-allowed = conflicto potencial autorizado ({ $reason })
conflict-asked-on = El { $at } solicitó recalificar esta declaración como { $asked }. La declaración mantiene sus efectos hasta que resuelva la secretaría o la presidencia del jurado.
conflict-level-none = Sin conflicto
conflict-level-potential = Conflicto potencial (decide la secretaría)
conflict-level-disqualifying = Conflicto excluyente (no evaluaré este proyecto)
conflict-short-potential = potencial
conflict-short-disqualifying = excluyente
conflict-reason-helped-prepare = He participado en la preparación de esta candidatura
conflict-reason-office = Ocupo un cargo electo o un puesto en una entidad solicitante o socia
conflict-reason-close-tie = Tengo vínculos familiares o personales estrechos con personas implicadas
conflict-reason-direct-interest = Podría obtener directamente un beneficio o sufrir un perjuicio
conflict-reason-recent-collaboration = He trabajado o colaborado con una entidad solicitante en los últimos 3 años
conflict-reason-same-association = Pertenezco a la misma asociación nacional de gobiernos locales
conflict-reason-other = Otro motivo que podría dar apariencia de parcialidad
conflict-reason-none = no se ha indicado ningún motivo
conflict-recorded-none = Declaración registrada para «{ $title }»: sin conflicto.
conflict-recorded-potential = Declaración registrada para «{ $title }»: conflicto potencial. Motivo: { $reason }. No verá ni evaluará este proyecto salvo que la secretaría lo autorice.
conflict-recorded-disqualifying = Declaración registrada para «{ $title }»: conflicto excluyente. Motivo: { $reason }. No verá ni evaluará este proyecto.
conflict-flag-email = Su correo electrónico pertenece al dominio { $domain }, como el de la entidad solicitante.
conflict-flag-affiliation = Su afiliación ({ $affiliation }) se parece al nombre «{ $name }».
conflict-flag-country = Usted es del mismo país que { $name }: { $country }.
conflict-choose-level = Conflicto: indique si no hay conflicto o si este es potencial o excluyente
conflict-choose-reason = Motivo: elija un motivo que corresponda al nivel del conflicto
conflict-details = Detalles
conflict-why-details = podría tratarse de un conflicto, en una frase, para que pueda resolverse
conflict-asked-level = Solicitud: elija la ausencia de conflicto o un conflicto potencial
conflict-would-not-lower = Solicitud: esto no rebajaría su declaración; modifíquela directamente
conflict-asked-reason = Motivo: elija el motivo del conflicto potencial
conflict-explanation = Explicación
conflict-why-lower = debería rebajarse la declaración
conflict-nothing-declared = No ha declarado ningún conflicto respecto de esta candidatura.
conflict-would-lower = Aquí su declaración solo puede hacerse más estricta. Para rebajarla o retirarla, solicite una revisión: resuelve la secretaría o la presidencia del jurado.
conflict-request-pending = Ya hay una solicitud para rebajar esta declaración pendiente de decisión.
conflict-no-request = No hay ninguna solicitud pendiente de decisión sobre esta declaración; es posible que se haya resuelto mientras tanto.
conflict-not-potential = Solo los conflictos potenciales son objeto de decisión (autorización o exclusión); un conflicto excluyente conlleva siempre la exclusión.
conflict-outdated = La declaración ha cambiado mientras tanto; vuelva a cargar la página.

## El correo electrónico que invita a un nuevo miembro del jurado, en su idioma.
invitation-subject = Invitación al jurado de { $edition }
invitation-body =
    Estimado/a { $name }:

    La secretaría le invita a formar parte del jurado de { $edition } (función: { $role }).

    Abra este enlace para establecer su contraseña; solo puede utilizarse una vez, hasta el { $until }:

    { $link }

    Si no esperaba esta invitación, puede ignorar este mensaje.

    Atentamente,
    La secretaría

## La página en la que un miembro del jurado invitado establece su contraseña.
invitation-title = Le damos la bienvenida al jurado
invitation-heading = Le damos la bienvenida al jurado, { $name }
invitation-intro = Elija una contraseña para terminar de configurar su cuenta de miembro del jurado. Iniciará sesión con su correo electrónico y esta contraseña.
invitation-password = Contraseña
invitation-password-hint = Al menos 12 caracteres.
invitation-password-again = Contraseña, de nuevo
invitation-set = Establecer mi contraseña
invitation-problem-confirm = Contraseña, de nuevo: las dos contraseñas no coinciden
invitation-unknown = Lo sentimos: este enlace de invitación no es válido.
invitation-expired = Lo sentimos: este enlace de invitación ha caducado; pida uno nuevo a la secretaría.
invitation-used = Lo sentimos: este enlace de invitación ya se ha utilizado; inicie sesión con su contraseña.
