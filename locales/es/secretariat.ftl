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
