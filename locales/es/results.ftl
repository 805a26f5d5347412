# La página de resultados de la secretaría: la clasificación oficial, sus comprobaciones y estadísticas, y el
# método oficial.

results-title = Resultados: { $edition }
results-heading = Resultados
results-official-method = Método oficial: { $method }
results-recorded = Registrado el { $recorded }; bloqueado desde que se mostraron los resultados por primera vez ({ $locked }).
results-change-method = Cambiar el método (requiere una justificación, que se conserva en el registro de auditoría)
results-method-legend = Método oficial
results-change-reason = Motivo del cambio (al menos { $min } caracteres)
results-change-button = Cambiar el método
results-checks = Comprobaciones antes de decidir
results-nothing-ranked = Todavía no hay ninguna candidatura clasificada: consulte «Candidaturas no clasificadas» más abajo.
results-unranked-count = { $count ->
    [one] { $count } candidatura admisible todavía no está clasificada.
   *[other] { $count } candidaturas admisibles todavía no están clasificadas.
}
results-exact-ties = { $count ->
    [one] { $count } candidatura está en un empate exacto que las reglas de desempate no permiten resolver.
   *[other] { $count } candidaturas están en un empate exacto que las reglas de desempate no permiten resolver.
}
results-exact-ties-then = El jurado debe resolver el empate (mediante votación o declarando expresamente un ex aequo) antes de que puedan decidirse los resultados.
results-no-exact-tie = No hay ningún empate exacto en la clasificación oficial.
results-no-comparison = Todavía no hay ninguna comparación estadística de la clasificación oficial.
results-statistical-ties = { $count ->
    [one] En la clasificación calibrada, { $count } candidatura no puede distinguirse estadísticamente de la siguiente (marcada como «empate estadístico»): su orden puede deberse al azar.
   *[other] En la clasificación calibrada, { $count } candidaturas no pueden distinguirse estadísticamente de la siguiente (marcadas como «empate estadístico»): su orden puede deberse al azar.
}
results-distinguishable = Las candidaturas contiguas en la clasificación se distinguen estadísticamente.
results-overall-agreement = Acuerdo entre los miembros del jurado sobre los totales ponderados (alfa de Krippendorff): { $alpha }, { $reading }.
results-no-outlier = No hay ninguna puntuación atípica.
results-outliers-count = { $count ->
    [one] { $count } puntuación atípica que conviene examinar (más abajo).
   *[other] { $count } puntuaciones atípicas que conviene examinar (más abajo).
}
results-ranking = Clasificación oficial
results-col-rank = Puesto
results-col-total = Total ponderado
results-col-thresholds = Umbrales
results-col-calibrated = Calibrado
results-col-raw = Media bruta
results-col-interval = Intervalo del puesto (95 %, calibrado)
results-col-top3 = P(3 primeros), calibrado
results-col-flags = Alertas
results-scorecards = { $count ->
    [one] { $count } ficha de evaluación
   *[other] { $count } fichas de evaluación
}
results-per-criterion = Puntuaciones por criterio
results-below-threshold = por debajo del umbral
results-trace = Detalle del desempate
results-all-met = todos alcanzados
results-not-met = no alcanzados: { $criteria }
results-overall-total = total global
results-rank = puesto { $rank }
results-percent = { $value } %
results-tie-to-resolve = empate por resolver
results-statistical-tie-with = empate estadístico con «{ $title }» (clasificación calibrada)
results-not-ranked = Candidaturas no clasificadas
results-unranked-consensus = el consenso no está registrado para todos los criterios
results-unranked-calibrated = ninguna ficha de evaluación presentada puntúa todos los criterios
results-how-certain = ¿Qué grado de certeza tiene cada puesto?
results-same-figures = La tabla anterior recoge las mismas cifras.
results-agreement = Acuerdo por criterio
results-alpha = Alfa de Krippendorff
results-reading = Interpretación
results-reliability = Fiabilidad de la media
results-distributions = Puntuaciones otorgadas por criterio
results-leniency = Indulgencia de los miembros del jurado (desviaciones según el modelo por miembro del jurado, en puntos)
results-juror = Miembro del jurado
results-offset = Desviación
results-se = Error estándar
results-scorecards-column = Fichas de evaluación
results-mean-given = Media otorgada
results-lenient-severe = Miembros del jurado indulgentes y severos
results-comparisons = ¿Coinciden otros métodos de agregación con la clasificación oficial?
results-method = Método
results-tau = Tau-b de Kendall
results-same-top3 = Mismos 3 primeros
results-outliers = Puntuaciones atípicas
results-total-given = Total ponderado otorgado
results-robust-z = z robusto
results-read-scorecard = Leer la ficha de evaluación
results-method-first = Resultados: elija primero el método oficial
results-method-why = Antes de que se muestre cualquier clasificación, registre cómo se calcula la clasificación oficial. Así nadie puede elegir un método después de ver cuál favorece a una candidatura. La elección queda consignada en el registro de auditoría; una vez mostrados los resultados, modificarla requiere una justificación por escrito.
results-method-hint = Ambos métodos se muestran siempre uno junto a otro; solo el oficial determina el orden y la concesión de los premios.
results-method-record = Registrar el método y mostrar los resultados
results-method-recorded = El método oficial es: { $method }.
results-reason = Motivo
results-back-to-edition = Volver a la edición
results-method-not-recorded = Método no registrado

## Los métodos.
method-consensus-total = Total ponderado de las puntuaciones de consenso
method-calibrated = Puntuaciones calibradas: los totales ponderados de los miembros del jurado, descontada la indulgencia de cada uno
method-mean = Media de los totales de los miembros del jurado
method-median = Mediana de los totales de los miembros del jurado
method-trimmed-mean = Media recortada de los totales de los miembros del jurado
method-juror-z = Estandarización por miembro del jurado (puntuaciones z)
method-bias-corrected = Corrección de sesgos (modelo por miembro del jurado)
method-borda = Recuento de Borda de las clasificaciones de los miembros del jurado
method-schulze = Método Schulze aplicado a las clasificaciones de los miembros del jurado

## Lecturas de las estadísticas en lenguaje sencillo.
reading-agreement-unmeasurable = no se puede medir: muy pocas candidaturas han sido puntuadas por dos o más miembros del jurado
reading-agreement-good = los miembros del jurado coinciden en gran medida
reading-agreement-partial = los miembros del jurado coinciden solo en parte: conviene sacar conclusiones con cautela
reading-agreement-poor = los miembros del jurado no coinciden: conviene debatirlo antes de decidir
reading-reliability-unmeasurable = no se puede medir con estas puntuaciones
reading-reliability-good = las puntuaciones medias distinguen las candidaturas de forma fiable
reading-reliability-rough = las puntuaciones medias solo distinguen las candidaturas de forma aproximada
reading-reliability-noise = las puntuaciones medias reflejan sobre todo la disparidad de criterio entre los miembros del jurado: no conviene clasificar en función de diferencias pequeñas

## Las leyendas de los gráficos y sus textos alternativos.
chart-ranks-dot = puesto calibrado
chart-ranks-whisker = intervalo del 95 % del puesto calibrado (bootstrap)
chart-ranks-flagged = rojo: no se distingue de la candidatura siguiente, o empate exacto por resolver
chart-ranks-description = Para cada candidatura, en el orden oficial, el punto indica su puesto calibrado y la línea, su intervalo del 95 % en las réplicas bootstrap; si las líneas se solapan, los puestos no pueden distinguirse. Una línea roja señala una candidatura que el bootstrap no permite distinguir de la siguiente (empate estadístico), o una candidatura en empate exacto que el jurado debe resolver.
chart-offsets-dot = desviación en puntos
chart-offsets-whisker = intervalo del 95 % de la desviación
chart-offsets-flagged = rojo: el intervalo no incluye el cero (miembro del jurado claramente indulgente o severo)
chart-offsets-reference = cero: puntúa como los demás miembros del jurado
chart-offsets-description = La desviación de cada miembro del jurado, en puntos, se indica con un punto, y su intervalo del 95 %, con una línea: a la derecha del cero, puntúa con más indulgencia que los demás miembros del jurado; a la izquierda, con más severidad. Las líneas rojas no cruzan el cero.
chart-distribution-description = { $count } puntuaciones de 0 a { $max }, una barra por valor.

## Detalle del desempate: por qué una candidatura se clasifica antes que la siguiente.
tie-thresholds = { $above } antes que { $below }: alcanza todos los umbrales, { $below } no
tie-total = { $above } antes que { $below }: total ponderado { $higher } > { $lower }
tie-same-total = { $first } y { $second } tienen el mismo total ponderado { $total }
tie-criterion-higher = { $criterion } (prioridad de desempate { $priority }): { $higher } > { $lower }
tie-criterion-equal = { $criterion } (prioridad de desempate { $priority }): empate en { $score }
tie-above = por lo tanto, { $above } va antes que { $below }
tie-unresolved = empate sin resolver: decide el jurado
tie-calibrated = { $above } antes que { $below }: puntuación calibrada { $higher } > { $lower }
tie-same-calibrated = { $first } y { $second } tienen la misma puntuación calibrada { $score }: decide el jurado

## Advertencias del motor estadístico sobre un análisis.
caution-model-not-estimable = El modelo de los miembros del jurado no puede estimarse ({ $why }): no se indican sus varianzas, efectos, indulgencias ni errores típicos, y la clasificación corregida de sesgos muestra la media simple.
caution-issue-few-submissions = menos de 2 candidaturas: la varianza entre candidaturas no puede estimarse
caution-issue-few-jurors = menos de 2 miembros del jurado: la varianza entre miembros del jurado no puede estimarse
caution-issue-no-residual = ningún grado de libertad residual: la varianza del error no puede distinguirse de las varianzas de las candidaturas y de los miembros del jurado
caution-issue-not-finite = las estimaciones no son números finitos
caution-exact-fit = Las puntuaciones siguen exactamente «puntuación = media + efecto de la candidatura + indulgencia del miembro del jurado» (sin variación residual): la varianza del error es 0, y las demás varianzas son la solución REML en ese límite.
caution-near-exact-fit = Las puntuaciones siguen casi exactamente «puntuación = media + efecto de la candidatura + indulgencia del miembro del jurado»: las varianzas son la solución REML donde la varianza del error tiende a 0.
caution-ratio-at-bound = La varianza residual del modelo es despreciable frente a la varianza de las candidaturas o de los miembros del jurado: no se indican las varianzas, los ICC del modelo, las fiabilidades ni los errores típicos; los efectos y las indulgencias se acercan al ajuste de efectos fijos.
caution-disconnected = Los miembros del jurado y las candidaturas forman { $count } grupos separados ({ $components }): las indulgencias y las puntuaciones calibradas no pueden compararse entre grupos, por lo que la clasificación corregida de sesgos ordena las candidaturas dentro de cada grupo y el bootstrap nunca empareja candidaturas de grupos distintos; las demás clasificaciones comparan los agregados brutos entre grupos.
caution-component = Grupo { $number }: { $submissions } candidaturas, { $jurors } miembros del jurado.
caution-schulze-skipped = El método de Schulze no se calcula: más de { $max } candidaturas.
caution-juror-z = Las puntuaciones estandarizadas (juror_z) dejan fuera { $scores ->
        [one] { $scores } puntuación
       *[other] { $scores } puntuaciones
    } de { $jurors ->
        [one] { $jurors } miembro del jurado
       *[other] { $jurors } miembros del jurado
    } con menos de 5 puntuaciones o sin dispersión (no pueden estandarizarse).
caution-juror-z-unranked = { $first } { $count ->
        [one] { $count } candidatura no tiene puntuación estandarizada: se clasifica en último lugar.
       *[other] { $count } candidaturas no tienen puntuación estandarizada: se clasifican en último lugar.
    }
caution-bootstrap-without-model = Bootstrap: el modelo de los miembros del jurado no puede estimarse, por lo que los intervalos de puesto, los pares contiguos y las marcas de empate usan la media en lugar de las puntuaciones corregidas de sesgos.
caution-bootstrap-without-values = Bootstrap: ninguna candidatura tiene un valor { $method }, por lo que los intervalos de puesto, los pares contiguos y las marcas de empate usan la media.
caution-bootstrap-pairs-skipped = Bootstrap: { $count ->
        [one] { $count } par contiguo de la clasificación { $method } se deja fuera porque sus candidaturas pertenecen a grupos distintos.
       *[other] { $count } pares contiguos de la clasificación { $method } se dejan fuera porque sus candidaturas pertenecen a grupos distintos.
    }
