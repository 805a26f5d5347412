# Problemas de la consulta de una petición a la API JSON, por parámetro.

api-problem-once = { $field }: indíquelo una sola vez
api-problem-limit = limit: un número entero entre 1 y { $max }
api-problem-cursor = cursor: el next_cursor de una página anterior (un número entero); empiece sin él
api-problem-status = { $field }: draft o submitted
api-problem-eligibility = { $field }: pass, needs_review o fail
api-problem-country = { $field }: un código ISO 3166-1 alfa-2, por ejemplo SN
api-problem-sdg = { $field }: un objetivo del 1 al 17
api-problem-category = { $field }: uno de los códigos de categoría de la edición

api-problem-attachments = { $field }: los documentos se añaden y se retiran mediante los puntos de acceso de los adjuntos
api-problem-unknown-field = { $field }: no es un campo de la candidatura
api-problem-other-section = { $field }: pertenece a la sección { $section }
api-problem-field-type = { $field }: no es del tipo correcto ({ $detail })
