# Importación de candidaturas desde un archivo CSV: lo que falla en el archivo.

import-line = línea { $line }: { $problem }
import-empty = el archivo está vacío: debe contener una fila de encabezado y una candidatura por fila
import-missing-columns = línea 1: faltan las columnas { $columns }
import-unreadable = no se puede leer: { $why }
import-nul = { $columns }: contiene un carácter NUL (byte 0), que no se puede guardar; elimínelo
import-email = applicant_email debe ser una dirección de correo electrónico, como nombre@example.org
import-duplicate = la misma entidad solicitante y el mismo título ya figuran en la línea { $first }
import-submitted-at = submitted_at: `{ $value }` no es una fecha y hora con el formato 2026-06-01T10:00:00Z
import-no-rows = el archivo tiene fila de encabezado, pero ninguna candidatura
import-no-file = Archivo: elija primero un archivo CSV
import-not-utf8 = Archivo: el archivo no es texto UTF-8; guárdelo como CSV UTF-8
import-incomplete = la candidatura no está completa
import-not-applicant = { $email } pertenece a una cuenta de otro rol ({ $role }), no a una entidad solicitante
