# Los premios que otorga una edición.

prize-first = Primer premio
prize-second = Segundo premio
prize-third = Tercer premio
prize-special = Premio especial
prize-special-named = Premio especial: { $name }
prize-none = Sin premio (para resolver un empate)
