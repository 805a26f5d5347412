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
