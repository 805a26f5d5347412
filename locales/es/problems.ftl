# Lo que falla en una candidatura: los problemas que el formulario muestra junto a cada campo y en
# el resumen de la parte superior. Cada problema empieza por la etiqueta del campo.

## Las etiquetas de los campos, tal como las nombran los problemas.
field-title = Título del proyecto
field-summary = Resumen
field-start-date = Fecha de inicio
field-end-date = Fecha de finalización
field-language = Idioma de la candidatura
field-category = Categoría
field-lead = Gobierno coordinador
field-partner = Socio { $number }
field-funding-source = Fuente de financiación { $number }
field-total-budget = Presupuesto total
field-primary-goal = Objetivo principal
field-secondary-goals = Objetivos secundarios
field-lessons = Lecciones aprendidas
field-link = Enlaces, una dirección
field-signed-name = Firmante, nombre
field-signed-role = Firmante, cargo
field-beneficiaries = Número estimado de beneficiarios
# La respuesta a un criterio del baremo, por el nombre del criterio.
field-criterion = { $name }
# Una parte de un campo numerado: «Socio 2, país».
field-part = { $whole }, { $part }
part-name = nombre
part-kind = tipo de organización
part-country = país
part-role = función
part-since = inicio de la colaboración
part-funder = financiador
part-amount = importe

## Los problemas.
problem-empty = { $label }: rellene este campo
problem-too-long = { $label }: tiene { $count } caracteres y el límite es de { $limit }
problem-length = { $label }: { $max } caracteres como máximo, por favor (este tiene { $count })
problem-date-missing = { $label }: indique una fecha
problem-date-format = { $label }: `{ $value }` no es una fecha; escríbala con el formato YYYY-MM-DD, por ejemplo 2024-03-01
problem-amount-missing = { $label }: indique un importe en euros
problem-amount-format = { $label }: `{ $value }` no es un importe válido (hasta un billón de euros); utilice cifras y un punto para los céntimos, por ejemplo 125000 o 125000.50
problem-choose-one = { $label }: elija una opción
problem-choose-country = { $label }: elija un país
problem-end-date-missing = Fecha de finalización: indique la fecha de finalización o marque «El proyecto está en curso»
problem-end-before-start = Fecha de finalización: es anterior a la fecha de inicio
problem-language = Idioma de la candidatura: elija uno de los siguientes: { $accepted }
problem-category = Categoría: elija una categoría
problem-since-year = { $label }: `{ $value }` no es un año comprendido entre 1945 y { $year }
problem-too-many-partners = Socios: { $max } socios y entidades asociadas como máximo
problem-no-partner-government = Socios: añada al menos un gobierno local o regional socio (función «Gobierno local o regional socio»)
problem-funding-exceeds = Fuentes de financiación: en total superan el presupuesto total
problem-beneficiaries-missing = Número estimado de beneficiarios: indique un número
problem-beneficiaries-format = Número estimado de beneficiarios: `{ $value }` no es un número entero
problem-goal = { $label }: elija un objetivo del 1 al 17
problem-too-many-goals = Objetivos secundarios: elija { $max } como máximo
problem-goal-is-primary = Objetivos secundarios: el objetivo { $goal } ya es el objetivo principal
problem-target-not-chosen = Metas de los ODS: la meta { $target } corresponde al objetivo { $goal }, que usted no ha elegido
problem-target = Metas de los ODS: { $why }
problem-too-many-links = Enlaces: { $max } como máximo, uno por línea
problem-link = Enlaces: `{ $value }` no es una dirección web que empiece por https://
problem-data-consent = Datos personales: dé su consentimiento al tratamiento de los datos personales que figuran en esta candidatura
problem-declaration = Declaración: la persona autorizada debe marcar la casilla de la declaración

## Por qué un código no es una meta de los ODS.
sdg-target-empty = el código de la meta está vacío: escríbalo con la forma objetivo.meta, por ejemplo `11.3` o `6.a`
sdg-not-a-target-code = `{ $code }` no es un código de meta: escríbalo con la forma objetivo.meta, por ejemplo `11.3` o `6.a`
sdg-indicator = `{ $code }` es un código de indicador, no una meta
sdg-indicator-of = `{ $code }` es un código de indicador, no una meta; la meta correspondiente es `{ $target }`
sdg-goal-not-target = `{ $code }` es un objetivo, no una meta: añada la meta después de un punto, por ejemplo `{ $example }`
sdg-not-goal-or-target = `{ $code }` no es un objetivo ni una meta: hay { $count } objetivos
sdg-separator = `{ $code }` no es un código de meta: separe el objetivo y la meta con un punto, por ejemplo `{ $example }`
sdg-goal-number = `{ $code }` no es un código de meta: debe empezar por un número de objetivo del 1 al { $count }
sdg-no-such-goal = `{ $code }` no es una meta: hay { $count } objetivos
sdg-no-target = `{ $code }` no indica ninguna meta después del punto: las metas del objetivo { $goal } son { $ranges }
sdg-target-part = `{ $code }` no es un código de meta: después del punto debe ir un número o una sola letra, por ejemplo `{ $goal }.1` o `{ $goal }.a`
sdg-not-official = `{ $code }` no es una meta del objetivo { $goal } (sus metas son { $ranges })
# Las metas de un objetivo: «11.1–11.7», o «11.1–11.7 y 11.a–11.c».
sdg-ranges = { $numbered }
sdg-ranges-and = { $numbered } y { $lettered }
problem-say-why = { $label }: explique por qué { $why } (al menos { $min } caracteres)
