# La preselección que adopta una ronda.

shortlist-problem-empty = Incluya al menos una candidatura en la preselección.
shortlist-problem-reason-taken-in = El puesto { $position } está por debajo de la línea: indique por qué el comité la incluye.
shortlist-problem-reason-left-out = El puesto { $position } está por encima de la línea: indique por qué el comité la deja fuera.
shortlist-problem-reason-long = Escriba como máximo { $most } caracteres.

shortlist-refused-final-round = Esta ronda decide los premios; no termina con una preselección.
shortlist-refused-phase = La preselección se adopta en la fase de consenso, cuando ha terminado la evaluación de la ronda; la edición se encuentra en la fase «{ $phase }».
shortlist-refused-nothing-recorded = Todavía no hay ninguna preselección registrada: la secretaría registra primero las decisiones del comité.
shortlist-refused-changed = La preselección se ha registrado de nuevo desde que la leyó. Vuelva a leerla antes de confirmarla.
shortlist-refused-recorded-meanwhile = Alguien registró la preselección después de que usted abriera esta página, así que no se registró nada. Sus elecciones y motivos se conservan abajo; regístrelos de nuevo para sustituir ese registro.

shortlist-title = Preselección – { $edition }
shortlist-heading = Preselección
shortlist-results-link = Resultados de la ronda
shortlist-problems = { $count ->
    [one] { $count } problema: no se ha registrado nada.
   *[other] { $count } problemas: no se ha registrado nada.
}
shortlist-no-ranking = La ronda todavía no tiene clasificación: elija primero el método oficial en la página de resultados.
shortlist-line-heading = { $size ->
    [one] La línea bajo la primera candidatura
   *[other] La línea bajo las { $size } primeras candidaturas
}
shortlist-statistical-ties = { $count ->
    [one] { $count } candidatura está en empate estadístico con la línea: el bootstrap no sabe de qué lado queda.
   *[other] { $count } candidaturas están en empate estadístico con la línea: el bootstrap no sabe de qué lado quedan.
}
shortlist-no-statistical-tie = El bootstrap sitúa cada candidatura claramente de su lado de la línea.
shortlist-exact-ties = { $count ->
    [one] { $count } candidatura comparte su puesto a ambos lados de la línea: decide el comité.
   *[other] { $count } candidaturas comparten su puesto a ambos lados de la línea: el comité elige entre ellas.
}
shortlist-no-exact-tie = Ningún empate exacto en la línea.
shortlist-reason-rule = Incluir una candidatura por debajo de la línea, o dejar fuera una por encima, exige una razón escrita; la presidencia la lee antes de confirmar.
shortlist-recorded-at = Registrada el { $when }, a la espera de la confirmación de la presidencia de la ronda.
shortlist-confirmed-at = Adoptada: la presidencia de la ronda confirmó esta preselección el { $when }, lo que cerró la ronda. Ya no cambia.
shortlist-caption = La clasificación de la ronda y las decisiones del comité
shortlist-col-place = Puesto
shortlist-col-p-in = { $size ->
    [one] Probabilidad de quedar primera
   *[other] Probabilidad de estar entre las { $size } primeras
}
shortlist-col-taken-in = Preseleccionada
shortlist-col-reason = Razón (fuera del orden de la clasificación)
shortlist-cut-line = { $size ->
    [one] Línea de corte: { $size } candidatura por encima
   *[other] Línea de corte: { $size } candidaturas por encima
}
shortlist-exact-tie = empate exacto en la línea
shortlist-statistical-tie = empate estadístico con la línea
shortlist-above = por encima de la línea
shortlist-below = por debajo de la línea
shortlist-reason-for = Razón para «{ $title }»
shortlist-record = Registrar la preselección
shortlist-record-hint = Después la confirma la presidencia de la ronda; la confirmación cierra la ronda y las candidaturas preseleccionadas pasan a la siguiente.
shortlist-recorded = La preselección está registrada. La presidencia de la ronda la confirma desde su panel.
shortlist-chair-hint = Confirmar cierra la ronda: las candidaturas preseleccionadas pasan a la ronda siguiente y las fichas de esta ronda ya no cambian.
shortlist-chair-caption = { $size ->
    [one] Las decisiones del comité (preselección prevista: { $size })
   *[other] Las decisiones del comité (preselección prevista: { $size })
}
shortlist-conflicted = Una candidatura con la que tiene un conflicto de intereses
shortlist-taken-in = Preseleccionada
shortlist-left-out = No preseleccionada
shortlist-out-of-order = fuera del orden de la clasificación
shortlist-confirm = Confirmar la preselección y cerrar la ronda
shortlist-confirmed = La preselección está confirmada: la ronda está cerrada y empieza la siguiente.
results-shortlist-link = La línea de corte y la preselección
results-adopted-shortlist-link = La preselección adoptada y su línea de corte
consensus-refused-no-step = La ronda «{ $round }» no tiene etapa de consenso: su clasificación sale de las fichas del panel.
results-rounds = Los resultados de cada ronda
results-round-exports = Las exportaciones de esta ronda (CSV)
feedback-left-out = Su candidatura no fue preseleccionada en la ronda { $number }, «{ $round }»: no pasa a la ronda siguiente.
scorecard-previous-consensus = El consenso de la ronda anterior
scorecard-previous-none = La ronda anterior no registró ningún comentario de consenso sobre esta candidatura.
