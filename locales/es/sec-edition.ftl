# El formulario de una edición, una candidatura con la decisión sobre su admisibilidad, las decisiones del jurado y las páginas entre la evaluación del jurado y la fase de consenso (secretaría).

## El formulario de una edición (nueva o modificación).
edition-form-new = Nueva edición
edition-form-edit = Modificar { $edition }
edition-form-created = La edición { $edition } se ha creado como borrador.
edition-form-saved = La edición { $edition } se ha guardado.
edition-form-not-saved = La edición no se ha guardado
edition-form-the-edition = La edición
edition-form-name = Nombre
edition-form-rubric-hint = Queda fijado al abrirse la convocatoria: su contenido se conserva con la edición.
edition-form-languages = Idiomas admitidos
edition-form-categories = Categorías (opcional)
# Seguido del formato de una línea, por ejemplo «CÓDIGO | Nombre».
edition-form-categories-hint = Una por línea, con el formato
edition-form-categories-format = CÓDIGO | Nombre
# Entre el formato y el ejemplo.
edition-form-categories-eg = ; por ejemplo,
edition-form-categories-example = CLIMA | Clima y medio ambiente
edition-form-peers = Cuándo ven los miembros del jurado las puntuaciones de los demás
edition-form-peers-hint = Las puntuaciones son siempre anónimas para los demás miembros del jurado. Esta opción queda fijada al comenzar la evaluación del jurado.
edition-form-dates = Fechas
edition-form-time-zone = Zona horaria de las fechas
edition-form-time-zone-hint = Un nombre IANA, por ejemplo Europe/Brussels. Las entidades solicitantes ven además el plazo en su propia zona horaria.
edition-form-closes = Cierre (plazo)
edition-form-closes-hint = Las candidaturas se admiten hasta el comienzo de este minuto; un segundo después ya es tarde.
edition-form-scoring-deadline = Plazo de las fichas de evaluación (opcional)
edition-form-scoring-deadline-hint = Se muestra a los miembros del jurado junto a sus evaluaciones asignadas; la evaluación sigue abierta hasta la fase de consenso.
edition-form-texts = Los textos de la convocatoria
edition-form-introduction = Presentación de la convocatoria (opcional)
edition-form-introduction-hint = El objeto de la convocatoria, en pocas frases. Las entidades solicitantes la leen encima del botón que inicia una candidatura.
edition-form-texts-hint = En los idiomas de la interfaz (todo es opcional): quien lea en un idioma que tenga aquí un nombre o una presentación los lee en su idioma; los demás ven el nombre y la presentación de arriba.
edition-form-name-in = Nombre en { $language }
edition-form-introduction-in = Presentación en { $language }
edition-form-categories-in = Categorías en { $language }
edition-form-categories-in-hint = Los nombres de las categorías anteriores en este idioma, uno por línea, con el formato
edition-form-lead-countries = Países en los que puede estar la entidad solicitante principal
edition-form-lead-countries-hint = Códigos ISO 3166 alfa-2 separados por espacios. Por defecto: los 27 Estados miembros de la UE.
edition-form-partner-countries-hint = Por defecto: la lista de receptores de AOD del CAD de la OCDE (para la notificación de los flujos de 2024 y 2025) y los países de la Asociación Oriental.
edition-form-started-after = Proyecto iniciado a partir del (opcional)
edition-form-active-after = Proyecto en curso o finalizado a partir del (opcional)
edition-form-save = Guardar la edición

## Una candidatura, con la decisión de la secretaría sobre su admisibilidad.
submission-page-title = Candidatura { $number }
submission-page-submitted = presentada el { $time }
submission-page-withdrawn = devuelta después a borrador; esta es la última versión presentada
submission-page-untitled = Borrador sin título
submission-page-never-submitted = Esta candidatura es un borrador que nunca se ha presentado: todavía no hay nada que leer.
# Seguido de la decisión, por ejemplo «Admisible».
submission-page-decided-by = Decisión de la secretaría ({ $name }, { $time }):
submission-page-decided = Decisión de la secretaría:
submission-page-rules-gave = Resultado de la aplicación de los requisitos: { $outcome }.
submission-page-rules-caption = Requisitos E1 a E8
submission-page-decide = Decidir
submission-page-decision = Decisión
submission-page-reason = Motivo (lo leerá la entidad solicitante)
submission-page-record = Registrar la decisión
submission-page-decided-flash = Decisión sobre la admisibilidad: { $outcome }.

## Las decisiones del jurado, registradas por la secretaría.
decisions-page-heading = Las decisiones del jurado
decisions-page-hint = Registre cada premio que adopte el jurado, con su justificación y el voto de cada miembro del jurado que pueda votar sobre él (un miembro del jurado con un conflicto de intereses respecto de una candidatura nunca vota sobre ella). Un premio solo se comparte mediante una decisión expresa de ex aequo. A continuación, la presidencia del jurado confirma las decisiones y la edición puede pasar a la fase «{ $phase }».
decisions-page-ready = Lista para la decisión
decisions-page-before = Antes de que la edición pueda pasar a la decisión
# Seguido de un enlace a la página de la edición («su página»).
decisions-page-ready-move = Todas las decisiones están confirmadas por la presidencia del jurado y no queda ningún empate por resolver en el podio: haga pasar la edición a la fase «{ $phase }» desde
decisions-page-its-page = su página
decisions-page-none = Todavía no hay ninguna decisión.
decisions-page-caption = Decisiones del jurado de { $edition }
decisions-page-chair = Presidencia del jurado
decisions-page-change = Modificar
decisions-page-ex-aequo = ex aequo
decisions-page-each-juror = Voto de cada miembro del jurado
decisions-page-juror-vote = { $name }: { $label }
decisions-page-vote-for = A favor
decisions-page-vote-against = En contra
decisions-page-vote-abstain = Abstención
decisions-page-vote-absent = Ausente
decisions-page-confirmed = Confirmada
decisions-page-not-confirmed = Aún no confirmada
decisions-page-remove = Eliminar…
decisions-page-remove-reason = Motivo para eliminar esta decisión (al menos { $min } caracteres)
decisions-page-remove-button = Eliminar la decisión
decisions-page-no-method = Todavía no se ha elegido el método oficial
# Seguido de un enlace a la página de resultados.
decisions-page-no-method-why = La clasificación sobre la que decide el jurado se calcula con el método oficial, que se elige una sola vez y antes de mostrar nada:
decisions-page-choose-method = elíjalo en la página de resultados
# Seguido de un enlace a la página de resultados («página de resultados»).
decisions-page-full-checks = Las comprobaciones completas (clasificación calibrada, intervalos del puesto, concordancia, valores atípicos) figuran en la
decisions-page-results-page = página de resultados
decisions-page-ranking-caption = Clasificación oficial de { $edition }
decisions-page-decide = Decidir
decisions-page-tie = empate: decide el jurado
decisions-page-met = alcanzados
decisions-page-not-met = no alcanzados
decisions-page-record-title = Registrar una decisión
decisions-page-not-recorded = No registrada
decisions-page-choose-option = Elija…
decisions-page-choose = Elegir
decisions-page-special-name = Nombre del premio especial (para un premio especial)
decisions-page-ex-aequo-check = Ex aequo: el jurado comparte este premio con la candidatura o candidaturas que ya lo han obtenido
decisions-page-rationale-label = Justificación (se publica con el premio; como máximo { $max } caracteres)
decisions-page-the-vote = La votación
decisions-page-not-voting = No votan (conflicto de intereses): { $named }.
decisions-page-record = Registrar la decisión
decisions-page-recorded-first = Se ha registrado el primer premio.
decisions-page-recorded-second = Se ha registrado el segundo premio.
decisions-page-recorded-third = Se ha registrado el tercer premio.
decisions-page-recorded-special = Se ha registrado el premio especial.
decisions-page-recorded-none = Se ha registrado la decisión de no conceder premio (para resolver un empate).
decisions-page-removed = Se ha eliminado la decisión; la presidencia del jurado debe volver a confirmar las decisiones.
# Lo que se escribió, mostrado cuando no se pudo registrar o eliminar una decisión.
decisions-page-typed-special-name = Nombre del premio especial
decisions-page-typed-ex-aequo = Ex aequo
decisions-page-typed-vote = Voto de { $name }
decisions-page-typed-why-removed = Motivo de la eliminación de la decisión
decisions-page-not-recorded-heading = Decisión no registrada
decisions-page-wrong-phase = No se ha registrado: las decisiones solo pueden modificarse durante la fase de consenso, y esta edición está en la fase «{ $phase }».
decisions-page-back-to-decisions = Volver a las decisiones

## La apertura de la fase de consenso.
consensus-open-title = Abrir la fase de consenso: { $edition }
consensus-open-heading = Abrir la fase de consenso
consensus-open-where = Estado de la evaluación del jurado
consensus-open-submissions = Candidaturas admisibles
consensus-open-assignments = Evaluaciones asignadas
consensus-open-submitted = Fichas de evaluación presentadas
consensus-open-in-progress = Fichas de evaluación en curso
consensus-open-not-started = Fichas de evaluación no iniciadas
consensus-open-suspended = Suspendidas por un conflicto de intereses
consensus-open-suspended-count = { $count ->
    [one] { $count } (no se tiene en cuenta)
   *[other] { $count } (no se tienen en cuenta)
}
consensus-open-progress-link = Ver lo que queda pendiente en el cuadro de seguimiento
consensus-open-refused = No se puede abrir la fase de consenso: { $why }.
consensus-open-unfinished = Fichas de evaluación sin terminar
consensus-open-all-submitted = Todas las fichas de evaluación están presentadas.
consensus-open-what = En la fase de consenso, el ponente o la presidencia del jurado registra las puntuaciones acordadas, y los miembros del jurado ven las puntuaciones de los demás según la configuración de la edición. Puede volver a la evaluación del jurado, indicando un motivo, mientras no se haya registrado ningún consenso.
consensus-open-with-unfinished = { $count ->
    [one] Abrir la fase de consenso con { $count } ficha de evaluación sin terminar
   *[other] Abrir la fase de consenso con { $count } fichas de evaluación sin terminar
}
consensus-open-cancel = Cancelar
consensus-open-not-confirmed = No se ha abierto la fase de consenso: revise las fichas de evaluación que figuran a continuación y confirme.

## La vuelta de la fase de consenso a la evaluación del jurado.
consensus-back-title = Volver a la evaluación del jurado: { $edition }
consensus-back-heading = Volver a la evaluación del jurado
consensus-back-refused = La edición no puede volver a la evaluación del jurado: { $why }.
consensus-back-typed = El motivo que escribió
consensus-back-typed-hint = No se ha modificado nada. Cópielo si desea conservarlo.
consensus-back-what-title = Qué ocurre
consensus-back-what = La edición sale de la fase de consenso. Los miembros del jurado pueden volver a terminar y modificar sus fichas de evaluación (presentadas: { $submitted }; en curso: { $progress }; no iniciadas: { $unstarted }). No se elimina nada; el motivo se conserva en el registro de auditoría.
consensus-back-reason = Motivo (se conserva en el registro de auditoría; entre { $min } y { $max } caracteres)
consensus-back-cancel = Cancelar
consensus-back-done = La edición ha vuelto a la fase «{ $phase }»: los miembros del jurado pueden volver a terminar y modificar sus fichas de evaluación.

consensus-open-warning-unfinished = { $count } de { $total } fichas de evaluación no se han enviado ({ $progress } en curso, { $unstarted } sin empezar). Una vez abierta la fase de consenso, los miembros del jurado ya no pueden modificarlas: solo puede cambiar una ficha que la secretaría vuelva a abrir.
consensus-open-warning-unscored = { $count } de { $total } candidaturas admisibles no tienen ninguna ficha de evaluación enviada: el jurado no tendría nada que debatir sobre ellas.
consensus-open-warning-unassigned = Ningún miembro del jurado está asignado a ninguna candidatura.
