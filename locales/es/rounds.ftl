# Las rondas de evaluación de una edición: los problemas de su configuración.

round-problem-none = Rondas: una edición tiene al menos una ronda
round-problem-name = Ronda { $round }: indique un nombre de { $most } caracteres como máximo
round-problem-name-twice = Ronda { $round }: otra ronda ya se llama «{ $name }»
round-problem-jurors = Ronda { $round }: entre 1 y { $most } miembros del jurado por candidatura
round-problem-prizes-before-last = Ronda { $round }: solo la última ronda decide los premios; esta termina en una preselección
round-problem-last-shortlists = Ronda { $round }: la última ronda decide los premios, no puede terminar en una preselección
round-problem-shortlist-empty = Ronda { $round }: una preselección incluye al menos una candidatura
round-problem-shortlist-not-smaller = Ronda { $round }: una preselección de { $size } no es menor que la de la ronda anterior ({ $before })
round-problem-shortlist-number = Ronda { $round }: indique el tamaño de la preselección con un número entero
round-problem-deadline-order = Ronda { $round }: las fichas de evaluación vencen después de las de las rondas anteriores

round-default-name = Jurado
round-line = { $number }. { $round }
round-named = { $name }
round-described = { $name }: { $outcome }
round-outcome-prizes = decide los premios
round-outcome-prizes-consensus = decide los premios tras un consenso
round-outcome-shortlist = preselecciona { $size ->
    [one] { $size } candidatura para la ronda siguiente
   *[other] { $size } candidaturas para la ronda siguiente
}
round-outcome-shortlist-consensus = preselecciona { $size ->
    [one] { $size } candidatura para la ronda siguiente tras un consenso
   *[other] { $size } candidaturas para la ronda siguiente tras un consenso
}

rounds-refused-started = Las rondas quedan fijadas en cuanto empieza la evaluación; la edición se encuentra en la fase «{ $phase }».
rounds-refused-has-panel = La ronda { $round } tiene un panel o asignaciones, así que no puede eliminarse: retire antes a sus miembros en la página del jurado.

rounds-title = Rondas – { $edition }
rounds-heading = Rondas de evaluación
rounds-intro = Cada ronda tiene su propio panel y termina con una preselección para la ronda siguiente; la última ronda decide los premios. Las rondas quedan fijadas en cuanto empieza la evaluación.
rounds-problems = { $count ->
    [one] { $count } problema: no se ha guardado nada.
   *[other] { $count } problemas: no se ha guardado nada.
}
rounds-legend = Ronda { $number }
rounds-legend-last = Ronda { $number } (la última: decide los premios)
rounds-name = Nombre
rounds-jurors = Miembros del jurado por candidatura
rounds-shortlist = Preselección para la ronda siguiente (número de candidaturas)
rounds-last-decides = Esta ronda decide los premios.
rounds-consensus = El panel registra un consenso después de evaluar
rounds-remove = Eliminar esta ronda al guardar
rounds-save = Guardar las rondas
rounds-add = Añadir una ronda antes de la última
rounds-new-name = Ronda { $number }
rounds-saved = Las rondas están guardadas.
rounds-link = Organizar las rondas
rounds-outcome-at-once = Avisar a las candidaturas descartadas en cuanto se confirme la preselección (si no, con el anuncio de los ganadores)
rounds-sees-previous-consensus = El panel lee los comentarios de consenso de la ronda anterior (nunca sus puntuaciones por miembro ni los nombres de sus miembros)
round-deadline-label = Ronda { $round }: fichas para el
rounds-deadline = Fichas para el (opcional; hora de { $zone }; si no, la de la edición)
round-problem-peer-scores = Ronda { $round }: elija cuándo ven los miembros del panel las puntuaciones de los demás
round-problem-rubric = Ronda { $round }: elija una rúbrica de la lista.
rounds-peers = Los miembros del panel ven las puntuaciones de los demás
rounds-rubric = Rúbrica con la que puntúa la ronda
rounds-rubric-edition = La rúbrica de la edición ({ $name })
rounds-peers-edition = Como lo fija la edición
rounds-refused-stale = Las rondas se modificaron en otro lugar desde que abrió esta página; no se ha guardado nada. Las rondas actuales figuran abajo; lo que escribió sigue en el formulario: guarde de nuevo para sustituirlas.
