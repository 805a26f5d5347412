# Les prix décernés lors d’une édition.

prize-first = Premier prix
prize-second = Deuxième prix
prize-third = Troisième prix
prize-special = Prix spécial
prize-special-named = Prix spécial : { $name }
prize-none = Aucun prix (départage d’une égalité)
