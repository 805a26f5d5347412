# Las rondas de evaluación de una edición: los problemas de su configuración.

round-problem-none = Rondas: una edición tiene al menos una ronda
round-problem-name = Ronda { $round }: indique un nombre de { $most } caracteres como máximo
round-problem-name-twice = Ronda { $round }: otra ronda ya se llama «{ $name }»
round-problem-jurors = Ronda { $round }: entre 1 y { $most } miembros del jurado por candidatura
round-problem-prizes-before-last = Ronda { $round }: solo la última ronda decide los premios; esta termina en una preselección
round-problem-last-shortlists = Ronda { $round }: la última ronda decide los premios, no puede terminar en una preselección
round-problem-shortlist-empty = Ronda { $round }: una preselección incluye al menos una candidatura
round-problem-shortlist-not-smaller = Ronda { $round }: una preselección de { $size } no es menor que la de la ronda anterior ({ $before })
round-problem-deadline-order = Ronda { $round }: las fichas de evaluación vencen después de las de las rondas anteriores

round-default-name = Jurado
round-line = { $number }. { $name }: { $outcome }
round-outcome-prizes = decide los premios
round-outcome-prizes-consensus = decide los premios tras un consenso
round-outcome-shortlist = preselecciona { $size ->
    [one] { $size } candidatura para la ronda siguiente
   *[other] { $size } candidaturas para la ronda siguiente
}
round-outcome-shortlist-consensus = preselecciona { $size ->
    [one] { $size } candidatura para la ronda siguiente tras un consenso
   *[other] { $size } candidaturas para la ronda siguiente tras un consenso
}
