# Los rechazos y problemas que comunica la capa de aplicación, expresados en el idioma del lector.

account-refused-locked = Demasiadas contraseñas incorrectas. Por seguridad, la comprobación de contraseñas queda suspendida hasta el { $until }.
register-problem-email-taken = Correo electrónico: ya existe una cuenta con este correo electrónico; inicie sesión en lugar de registrarse
register-refused-until = Se han creado demasiadas cuentas desde su red recientemente. Inténtelo de nuevo después del { $until }.
register-refused-later = Se han creado demasiadas cuentas desde su red recientemente. Inténtelo de nuevo más tarde.
invitation-refused-later = Se han configurado demasiadas cuentas desde su red recientemente. Inténtelo de nuevo más tarde.
accounts-problem-email-taken = Correo electrónico: ya existe una cuenta con este correo electrónico
accounts-refused-own = No puede desactivar su propia cuenta.
accounts-problem-role = Función: elija solicitante, miembro del jurado o secretaría

## Las etiquetas de los campos, tal como las nombran los problemas.
label-name = Nombre completo
label-email = Correo electrónico
label-initial-password = Contraseña inicial
label-new-password = Nueva contraseña

## Los problemas de un campo, por su etiqueta.
problem-password-short = { $label }: al menos { $min } caracteres, por favor (esta tiene { $chars })
problem-password-long = { $label }: { $max } caracteres como máximo, por favor
problem-password-spaces = { $label }: no puede estar formada solo por espacios
problem-email = { $label }: debe ser una dirección de correo electrónico como nombre@ejemplo.org
problem-name-long = { $label }: { $max } caracteres como máximo, por favor
decisions-refused-nothing-to-confirm = Todavía no hay ninguna decisión que confirmar.
decisions-refused-confirm-phase = Las decisiones se confirman durante la fase de consenso; esta edición se encuentra en la fase «{ $phase }».
consensus-refused-closed = El consenso ya no puede modificarse: la edición se encuentra en la fase «{ $phase }».
jury-problem-not-a-juror = Correo electrónico: este correo electrónico pertenece a una cuenta de solicitante o de la secretaría
jury-problem-already-member = Correo electrónico: esta persona ya forma parte del jurado
gate-consensus-not-open = La fase de consenso no ha comenzado: los miembros del jurado todavía están puntuando de forma independiente. La abre la secretaría.
gate-decisions-not-open = Las decisiones se adoptan a partir de la fase de consenso; esta edición se encuentra en la fase «{ $phase }».
gate-decisions-not-final-round = Los premios se deciden en la última ronda; la edición está en la ronda «{ $round }», que termina con su preselección.
gate-results-not-open = Los resultados se muestran a partir de la fase de consenso; esta edición se encuentra en la fase «{ $phase }».
tokens-refused-too-many = Una cuenta puede tener como máximo { $max } tokens utilizables.
conflict-refused-own = No puede resolver sobre su propio conflicto de intereses; lo hará la secretaría.
api-problem-not-a-criterion = { $key }: no es un criterio de este baremo
assignment-refused-not-submitted = Solo puede reabrirse una ficha de evaluación presentada.
decisions-refused-record-phase = Las decisiones se registran durante la fase de consenso; esta edición se encuentra en la fase «{ $phase }».
api-problem-names = names: true o false
api-problem-round = round: el lugar de la ronda en la edición, un número entero a partir de 1
api-problem-import-size = Archivo: { $max } MiB como máximo, por favor
api-problem-phase = to: uno de los códigos de las fases (draft, open, closed, screening, jury_evaluation, consensus, decided, announced, archived)
api-problem-if-match = If-Match: envíe el ETag de la versión que leyó, por ejemplo "3"
results-refused-no-method = El método oficial aún no se ha registrado: la secretaría lo registra en la página de resultados.
problem-then = { $first }; { $then }
conflict-decided-allowed = Resuelto: el miembro del jurado puede participar pese al conflicto.
conflict-decided-excluded = Resuelto: el conflicto impide al miembro del jurado intervenir en esta candidatura.
review-granted = Solicitud estimada: la declaración se rebaja y las fichas de evaluación suspendidas del miembro del jurado vuelven a contar.
review-refused = Solicitud desestimada: la declaración se mantiene.
review-nothing-decided = { $problem }; no se ha resuelto nada.
edition-problem-next-state = Estado siguiente: elija una de las fases
export-method-not-recorded = Elija el método oficial en la página de resultados ({ $address }) antes de exportar la clasificación o las estadísticas de los miembros del jurado: nadie debe poder elegir un método después de ver el resultado.

## Las decisiones del jurado.
label-reason = Motivo
label-special-name = Nombre del premio especial
label-rationale = Justificación
why-decision = el jurado ha decidido así (texto que leerán la entidad solicitante y, en el caso de los premios, el público)
why-decision-removed = se elimina la decisión
decision-problem-special-name = Nombre del premio especial: indique el nombre del premio especial
decision-problem-already-has = Premio: esta candidatura ya ha obtenido «{ $prize }»; elimine primero esa decisión
decision-problem-ex-aequo = Ex aequo: «{ $prize }» ya corresponde a «{ $title }»; marque ex aequo para compartirlo o elimine esa decisión
decision-problem-no-votes = Votación: registre cómo votaron los miembros del jurado presentes
decision-problem-not-carried = Votación: { $for } votos a favor y { $against } en contra no bastan para adoptar la decisión; se necesitan más votos a favor que en contra
decision-problem-submission = Candidatura: elija una candidatura admisible de esta edición
decision-problem-stranger = Votación: el miembro del jurado #{ $juror } no puede votar sobre esta candidatura (no forma parte del jurado, es observador o tiene un conflicto de intereses con ella)
decision-problem-prize = Premio: elija el premio (o ningún premio)
decision-problem-vote = Votación: elija a favor, en contra, abstención o ausente para cada miembro del jurado

## Los jurados, el examen de admisibilidad, los resultados y las revisiones.
label-juror-name = Nombre
label-affiliation = Afiliación
jury-problem-role = Función en el jurado: elija una, por favor
jury-problem-country = País: elija un país, por favor
jury-problem-languages = Idiomas: marque al menos un idioma que lea el miembro del jurado
why-juror-removed = este miembro deja el jurado
results-problem-method = Método oficial: elija uno de los métodos.
why-method-changes = cambia el método
results-problem-reason-needed = Motivo: los resultados ya se han mostrado, por lo que cambiar el método requiere un motivo por escrito (al menos { $min } caracteres). El cambio se conserva en el registro de auditoría.
why-back-to-evaluation = el jurado vuelve a la evaluación individual
screening-problem-not-submitted = Decisión: solo puede examinarse la admisibilidad de una candidatura presentada
screening-problem-outcome = Decisión: elija admisible o no admisible
why-eligibility = la candidatura es admisible o no (lo leerá la entidad solicitante)
review-problem-decision = Decisión: elija estimar o desestimar la solicitud
why-review-decided = se estima o se desestima la solicitud
why-assignment-removed = se elimina la asignación
why-scorecard-reopened = se reabre la ficha de evaluación
conflict-problem-decision = Decisión: elija autorizar o excluir

## Las ediciones y sus fases.
edition-problem-zone = { $label }: `{ $value }` no es una zona horaria; utilice un nombre como Europe/Brussels
edition-problem-instant = { $label }: `{ $value }` no es una fecha y hora; escríbala con el formato YYYY-MM-DD HH:MM
edition-problem-time-twice = { $label }: { $time } se da dos veces en la zona horaria { $zone } (esa noche se atrasan los relojes); elija otra hora
edition-problem-time-skipped = { $label }: { $time } no existe en la zona horaria { $zone } (esa noche se adelantan los relojes); elija otra hora
edition-problem-country-codes = { $label }: no son códigos de país ISO 3166: { $value }
edition-problem-no-country = { $label }: indique al menos un código de país
edition-problem-date = { $label }: escriba la fecha con el formato YYYY-MM-DD
edition-problem-name = Nombre: indique un nombre de 120 caracteres como máximo
edition-problem-name-too-long = Nombre en otro idioma: { $most } caracteres como máximo
edition-problem-introduction-too-long = Presentación: { $most } caracteres como máximo
edition-problem-text-languages = Los textos de la convocatoria: { $value } no es uno de los idiomas de la interfaz
edition-problem-year = Año: indique un año, por ejemplo 2026
edition-problem-due-after-close = Plazo de las fichas de evaluación: debe ser posterior al cierre de la convocatoria
edition-problem-close-after-open = Cierre (plazo): debe ser posterior a la apertura
edition-problem-rubric = Baremo: elija uno de los baremos
edition-problem-shortlist = Tamaño de la preselección: indique un número del 1 al 500
edition-problem-languages = Idiomas admitidos: admita al menos un idioma
edition-problem-peer-scores = Cuándo ven los miembros del jurado las puntuaciones de los demás: elija una de las opciones.
edition-problem-category-line = Categorías: la línea { $line } debe tener el formato `CODE | Name`
edition-problem-category-unknown = Categorías en otro idioma: la línea { $line } indica { $value }, que no es una categoría de la edición
edition-problem-category-label-line = Nombres de las categorías: cada código y su nombre caben en una sola línea
edition-label-opens = Apertura
edition-label-scoring-deadline = Plazo de las fichas de evaluación
edition-label-lead-countries = Países de la entidad solicitante principal
edition-label-partner-countries = Países de los socios
edition-label-started-after = Proyecto iniciado a partir del
edition-label-active-after = Proyecto en curso o finalizado a partir del
edition-refused-locked = Una edición que se encuentra en la fase «{ $phase }» ya no puede modificarse.
edition-refused-rubric-frozen = El baremo queda fijado al abrirse la convocatoria; solo puede cambiarse mientras la edición es un borrador.
edition-refused-peer-scores-fixed = Cuándo ven los miembros del jurado las puntuaciones de los demás: esta opción queda fijada al comenzar la evaluación del jurado.
phase-refused-already = La edición ya se encuentra en la fase «{ $phase }».
phase-refused-only-next = Una edición que se encuentra en la fase «{ $phase }» solo puede pasar a la fase «{ $next }».
phase-refused-final = Una edición que se encuentra en la fase «{ $phase }» ya no puede cambiar de fase.
phase-refused-not-decidable = La edición todavía no puede pasar a la decisión. { $problems }
phase-refused-shortlist-first = La edición todavía no puede pasar a la decisión: la ronda «{ $round }» termina cuando su preselección queda registrada y su presidencia la confirma; entonces empieza la ronda siguiente.
phase-changed = La edición se encuentra ahora en la fase «{ $phase }».
phase-changed-rechecked = La edición se encuentra ahora en la fase «{ $phase }». Se han vuelto a aplicar los requisitos de admisibilidad (candidaturas afectadas: { $count }).
decisions-blocking-tie = Empate en el puesto { $rank }: { $names }. El orden oficial no permite desempatarlas: registre una decisión para cada una (un premio, un ex aequo o ningún premio).
decisions-blocking-none = Todavía no se ha registrado ninguna decisión.
decisions-blocking-unconfirmed = La presidencia del jurado todavía no ha confirmado las decisiones ({ $confirmed } de { $total } confirmadas).
decisions-blocking-no-method = Todavía no se ha elegido el método oficial de clasificación: abra los resultados para elegirlo.

## La vuelta atrás, la retirada de un miembro del jurado.
back-refused-phase = solo una edición que se encuentra en la fase de consenso puede volver a la evaluación del jurado; esta edición se encuentra en la fase «{ $phase }»
back-refused-consensus = { $count ->
    [one] ya se ha registrado un consenso para una candidatura: una vez que el jurado ha acordado las puntuaciones, la evaluación individual no puede volver a empezar
   *[other] ya se ha registrado un consenso para { $count } candidaturas: una vez que el jurado ha acordado las puntuaciones, la evaluación individual no puede volver a empezar
}
back-refused-decisions = { $count ->
    [one] el jurado ha registrado una decisión sobre los premios: elimínela antes de volver a la evaluación del jurado
   *[other] el jurado ha registrado { $count } decisiones sobre los premios: elimínelas antes de volver a la evaluación del jurado
}
jury-removal-refused = No se puede retirar a este miembro del jurado: { $why }.

## Las asignaciones.
assign-refused-phase = las asignaciones se realizan durante el examen de admisibilidad y la evaluación del jurado; esta edición se encuentra en la fase «{ $phase }»
assign-refused-not-on-jury = esta persona no es un miembro del jurado que puntúe las candidaturas
assign-refused-not-eligible = esta candidatura no es admisible
assign-refused-conflicted = un conflicto de intereses impide a este miembro del jurado intervenir en esta candidatura
assign-refused-duplicate = esta candidatura ya está asignada a este miembro del jurado
assign-not-assigned = No se ha realizado la asignación: { $why }.
assign-problem-per-submission = Miembros del jurado por candidatura: «{ $value }» no es un número entero del 1 al 20.
assign-problem-calibration = Bloque de calibración: «{ $value }» no es un número entero del 0 al 50.
assign-problem-seed = Semilla aleatoria: «{ $value }» no es un número entero (0 o más).
