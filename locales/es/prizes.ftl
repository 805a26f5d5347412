# Los premios que otorga una edición.

prize-first = Primer premio
prize-second = Segundo premio
prize-third = Tercer premio
prize-special = Premio especial
prize-special-named = Premio especial: { $name }
prize-none = Sin premio (para resolver un empate)

## La página pública de los ganadores.
winners-title = Ganadores: { $edition }
winners-heading = Los ganadores de { $edition }
winners-none = El jurado no ha otorgado ningún premio en esta edición.
winners-rationale = La justificación del jurado
