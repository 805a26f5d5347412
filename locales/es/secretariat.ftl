# Las páginas de la secretaría.

secretariat-editions = Ediciones
secretariat-create-edition = Crear una edición
secretariat-active-applicants = { $count ->
    [one] 1 cuenta activa de entidad solicitante
   *[other] { $count } cuentas activas de entidad solicitante
}
secretariat-active-jurors = { $count ->
    [one] 1 cuenta activa de miembro del jurado
   *[other] { $count } cuentas activas de miembro del jurado
}
secretariat-active-secretariat = { $count ->
    [one] 1 cuenta activa de la secretaría
   *[other] { $count } cuentas activas de la secretaría
}
secretariat-no-edition = Todavía no hay ninguna edición.
secretariat-progress-caption = Progreso de cada edición
secretariat-col-submitted = Presentadas
secretariat-col-drafts = Borradores
secretariat-col-jurors = Miembros del jurado
secretariat-col-scorecards = Fichas de evaluación completadas
secretariat-col-conflicts = Conflictos declarados

## La página de una edición.
edition-all = Todas las ediciones
edition-status = Fase: { $status }
edition-archived = Esta edición está archivada.
edition-back-to-jury = Volver a la evaluación del jurado…
edition-back-while = (mientras no se haya registrado ningún consenso)
edition-edit = Modificar la configuración
edition-submissions = Candidaturas
edition-counts = Presentadas: { $submitted }, borradores: { $drafts }
edition-needs-review = { $count ->
    [one] { $count } requiere una revisión de admisibilidad
   *[other] { $count } requieren una revisión de admisibilidad
}
edition-link-submissions = Consultar y filtrar las candidaturas
edition-link-screening = Cola del examen de admisibilidad (pendientes de revisión)
edition-link-export = Exportar las candidaturas (CSV)
edition-link-jury = El jurado: miembros e invitaciones
edition-link-conflicts = Conflictos de intereses declarados por los miembros del jurado
edition-link-assignments = Asignación de evaluaciones a los miembros del jurado (automática o manual)
edition-link-progress = Progreso de las fichas de evaluación
edition-link-results = Resultados y comprobaciones estadísticas
edition-link-decisions = Las decisiones del jurado (premios, votaciones, confirmación de la presidencia del jurado)
edition-link-import = Importar candidaturas desde otra herramienta de formularios (CSV)
edition-exports = Exportaciones
edition-exports-intro = Archivos CSV, en UTF-8 y con una fila de encabezado; las celdas escritas por personas que una hoja de cálculo ejecutaría como fórmulas empiezan por un apóstrofo. Las versiones para Excel empiezan por una marca de orden de bytes y separan las celdas con punto y coma. Los miembros del jurado figuran con un seudónimo estable (J-…); añada ?names=true a la dirección para ver sus nombres. Los encabezados de columna son los mismos nombres técnicos en todos los idiomas.
edition-exports-rules = La clasificación y las estadísticas de los miembros del jurado siguen las reglas de la página de resultados: están disponibles a partir de la fase de consenso, una vez registrado el método oficial, y descargarlas equivale a mostrar los resultados (el método queda entonces bloqueado).
edition-exports-cli = Los mismos archivos desde la línea de comandos:
edition-exports-analyze = Si se procesa el archivo de puntuaciones con laurel analyze y la semilla indicada en la ficha del método, se obtienen las estadísticas de la página de resultados.
export-scores = Puntuaciones: una fila por criterio de cada ficha de evaluación presentada
export-submissions = Candidaturas
export-conflicts = Conflictos de intereses
export-audit = Registro de auditoría de la edición
export-method = Ficha del método: baremo y su huella, ponderaciones, umbrales, método oficial, semilla del bootstrap
export-ranking = Clasificación: la clasificación oficial con los totales exactos, los umbrales, el detalle del desempate, los intervalos del puesto, P(3 primeros), los empates estadísticos y el puesto según cada uno de los demás métodos
export-jurors = Estadísticas de los miembros del jurado: puntuaciones, total ponderado medio, desviación por indulgencia y su error estándar
export-decisions = Decisiones: cada premio con su justificación, el recuento de votos y la confirmación de la presidencia del jurado
export-for-excel = para Excel
edition-settings = Configuración
edition-year = Año
edition-opens = Apertura
edition-time-zone = Zona horaria
edition-rubric = Baremo
edition-shortlist = Tamaño de la preselección
edition-rounds = Rondas de evaluación
edition-round-current = { $round } (en curso)
edition-round-closed = { $round } (cerrada)
edition-current-round = Ronda { $number } de { $count }: { $round }
edition-shortlist-link = Adoptar la preselección
edition-languages = Idiomas
edition-texts = La convocatoria en otros idiomas
edition-peers = Los miembros del jurado ven las puntuaciones de los demás
edition-categories = Categorías
edition-none = Ninguna
edition-lead-countries = Países del gobierno coordinador
edition-partner-countries = Países de los socios
edition-countries = { $count ->
    [one] { $count } país
   *[other] { $count } países
}
edition-countries-territories = { $count ->
    [one] { $count } país o territorio
   *[other] { $count } países y territorios
}
edition-window-label = Período de ejecución del proyecto
edition-no-window = Sin período de ejecución fijado
edition-any-date = cualquier fecha
edition-window = Iniciado como muy pronto: { $start }; en curso, o finalizado como muy pronto: { $end }
edition-next-open = Abrir la convocatoria
edition-next-close = Cerrar la convocatoria
edition-next-screening = Iniciar el examen de admisibilidad
edition-next-jury = Iniciar la evaluación del jurado
edition-next-consensus = Abrir la fase de consenso…
edition-next-decided = Hacer constar que el jurado ha adoptado su decisión
edition-next-announce = Anunciar los resultados
edition-next-archive = Archivar la edición
edition-next-draft = Volver a borrador
edition-peers-consensus = A partir de la fase de consenso
edition-peers-own = Una vez que el miembro del jurado haya presentado su propia ficha de evaluación de esa candidatura
edition-peers-rapporteur = Nunca en las fichas de evaluación; solo las ven el ponente y la presidencia del jurado

## La lista de candidaturas de una edición.
submissions-title = Candidaturas: { $edition }
submissions-filter-label = Filtrar las candidaturas
submissions-search = Buscar
submissions-any = Cualquiera
submissions-country = País (gobierno coordinador o socio)
submissions-goal = Objetivo (ODS)
submissions-filter = Filtrar
submissions-clear = Borrar los filtros
submissions-export = Exportar todo en CSV
submissions-match = { $count ->
    [one] { $count } candidatura coincide con los filtros.
   *[other] { $count } candidaturas coinciden con los filtros.
}
submissions-caption = Candidaturas de { $edition }
submissions-countries = Países
submissions-goals = Objetivos (ODS)
submissions-unknown-filter = Valor desconocido para el filtro «{ $what }»: «{ $value }»; se muestran todas las candidaturas, sin tener en cuenta el criterio «{ $what }».
submissions-filter-status = estado
submissions-filter-eligibility = admisibilidad
submissions-filter-country = país
submissions-filter-goal = objetivo
submissions-filter-category = categoría
