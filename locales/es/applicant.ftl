# Las páginas de la entidad solicitante.

application-untitled = Candidatura sin título
application-started = Su candidatura se ha creado. Guarde tantas veces como quiera: no se pierde nada.
status-draft = Borrador
status-submitted = Presentada
eligibility-pass = Admisible
eligibility-needs-review = Pendiente de revisión
eligibility-fail = No admisible
rule-met = Cumplido
rule-not-met = No cumplido
dashboard-none-yet = Todavía no tiene ninguna candidatura.
dashboard-caption = Sus candidaturas y su situación
dashboard-project = Proyecto
dashboard-edition = Edición
dashboard-status = Estado
dashboard-eligibility = Admisibilidad
dashboard-last-change = Última modificación
dashboard-feedback = Resultados y valoración del jurado
dashboard-calls = Convocatorias
dashboard-no-call = No hay ninguna convocatoria abierta en este momento.
dashboard-open-until = abierta hasta el { $closes }.
dashboard-start = Iniciar una candidatura
