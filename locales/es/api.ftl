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

# Rechazos de las guardas y los capturadores de la API.
api-denied-unauthenticated = Envíe un token personal de API como `Authorization: Bearer <token>` (cree uno en la página de su cuenta).
api-denied-invalid-token = El token de API no es válido: es desconocido, ha caducado o ha sido revocado, o su cuenta está desactivada.
api-denied-throttled = { $count ->
    [one] Demasiados tokens no válidos desde su dirección. Inténtelo de nuevo dentro de un segundo.
   *[other] Demasiados tokens no válidos desde su dirección. Inténtelo de nuevo dentro de { $count } segundos.
}
api-denied-token-required = Los cambios mediante la API necesitan un token personal de API de lectura y escritura; una sesión del navegador por sí sola no se acepta.
api-denied-read-only = Este token es de solo lectura; cree un token de lectura y escritura para hacer cambios.
api-denied-role = Su cuenta no puede usar esta parte de la API.
api-caught-media-type = Envíe el cuerpo en JSON, con la cabecera Content-Type: application/json.
api-caught-method = Esta dirección solo responde a { $methods }.
api-caught-not-found = No hay nada en esta dirección de la API.
api-caught-unreadable = No se ha podido leer la petición: revise su cuerpo JSON (vea /api/v1/openapi.json) y sus parámetros.
api-stale = Modificado desde que lo leyó, desde otra ventana, otro dispositivo u otro cliente. No se ha sobrescrito nada; `current` es la versión actual, y su ETag está en la cabecera.
api-problem-instant = recorded_at: el recorded_at que dio la preselección (un instante RFC 3339)
