# Las páginas de evaluación de la secretaría: el progreso del jurado, los baremos, la ficha de un miembro del jurado, la importación de candidaturas y las asignaciones.

## El progreso del jurado.
progress-title = Progreso: { $edition }
progress-heading = Progreso del jurado
progress-sort-filter = Ordenar y filtrar
progress-order = Orden
progress-least-first = Primero los menos avanzados
progress-by-name = Por nombre
progress-unfinished-only = Solo lo que está sin terminar
progress-show = Mostrar
progress-per-submission = Fichas de evaluación por candidatura
progress-per-juror = Fichas de evaluación por miembro del jurado
progress-done = Completadas

## Los baremos.
rubrics-summary = Los baremos incluidos con Laurel proceden del directorio de baremos del servidor y no pueden modificarse aquí: copie uno para modificarlo. Los baremos creados aquí pueden modificarse hasta que una edición que ya no esté en borrador puntúe con ellos. Cuando una edición adopta un baremo, su contenido queda fijado junto con su huella.
rubrics-scale = Escala
rubrics-scale-half = de { $min } a { $max }, en medios puntos
rubrics-scale-whole = de { $min } a { $max }, en puntos enteros
rubrics-overall-threshold = Umbral global
rubrics-hash = Huella del contenido
rubrics-criteria-of = Criterios del baremo «{ $name }»
rubrics-tie-break-order = Orden de desempate
rubrics-threshold = Umbral
rubrics-core = Esencial
rubrics-core-yes = Sí
rubrics-core-no = No
rubrics-guidance = { $name }: preguntas orientativas y niveles

## La ficha de evaluación de un miembro del jurado, tal como la lee la secretaría.
reading-scorecard-title = Ficha de evaluación: { $title }
reading-by = De
reading-revision = versión { $number }
reading-scores-comments = Puntuaciones y comentarios

## La importación de candidaturas desde un archivo CSV.
import-page-title = Importar candidaturas
import-page-heading = Importar candidaturas desde un archivo CSV
import-page-nothing-imported = No se ha importado nada
import-page-correct-every-line = Corrija todas las líneas que figuran a continuación y vuelva a cargar el archivo: un archivo se importa completo o no se importa.
import-page-the-file = El archivo
# Le siguen las columnas opcionales, «y» (import-page-and), la última y, después, import-page-optional.
import-page-columns = Una candidatura por fila, en UTF-8, con una fila de encabezado que indique el nombre de estas columnas (en cualquier orden;
import-page-and = y
import-page-optional = son opcionales):
import-page-checks = Cada fila se comprueba igual que en el formulario en línea. Para los correos electrónicos desconocidos se crean nuevas cuentas de entidad solicitante, que podrán iniciar sesión cuando la secretaría haya establecido su contraseña.
# Sigue al nombre de columna submitted_at.
import-page-submitted-at = indica cuándo recibió la candidatura la otra herramienta (p. ej., 2026-06-01T10:00:00Z); si está vacía, se toma el momento de la importación.
import-page-csv-file = Archivo CSV
import-page-import = Importar
import-page-imported = { $count ->
    [one] Se ha importado y presentado { $count } candidatura.
   *[other] Se han importado y presentado { $count } candidaturas.
}

## La asignación de evaluaciones a los miembros del jurado.
assign-title = Asignaciones: { $edition }
assign-heading = Asignaciones
assign-design = Diseño de la asignación
assign-not-possible = La asignación automática no es posible
assign-automatic = Asignación automática
assign-automatic-hint = Asigna a cada candidatura admisible el número de miembros del jurado indicado a continuación, nunca un miembro con conflicto de intereses; conserva las asignaciones existentes, equilibra la carga de trabajo, da preferencia a los miembros del jurado que leen el idioma de la candidatura y vincula a cada miembro del jurado con los demás mediante candidaturas compartidas, de modo que pueda medirse la indulgencia de cada uno. Un bloque de calibración es un pequeño número de candidaturas que puntúan todos los miembros del jurado. La misma semilla produce la misma asignación.
assign-per-submission = Miembros del jurado por candidatura
assign-calibration = Bloque de calibración (candidaturas)
assign-seed = Semilla aleatoria
assign-automatically = Asignar automáticamente
assign-by-hand = Asignación manual
assign-assign = Asignar
assign-assigned = La candidatura se ha asignado al miembro del jurado.
assign-loads = Carga de trabajo
assign-load = { $name }: { $count }
assign-every = Todas las asignaciones
assign-change = Modificar
assign-suspended = Suspendida
# Le sigue un enlace, assign-decide.
assign-suspended-why = un conflicto de intereses mantiene apartado a este miembro del jurado;
assign-decide = resolver el conflicto
assign-remove-label = Motivo para eliminar la asignación de { $name }
assign-remove-placeholder = Motivo de la eliminación
assign-removed = Se ha eliminado la asignación.
assign-reopen-label = Motivo para reabrir la ficha de evaluación de { $name }
assign-reopen-placeholder = Motivo de la reapertura
assign-reopen = Reabrir
assign-reopened = La ficha de evaluación se ha reabierto; comienza una nueva versión y se conserva el historial.
assign-only-submitted = Solo puede reabrirse una ficha de evaluación presentada.
