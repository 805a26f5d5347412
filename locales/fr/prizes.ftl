# Les prix décernés lors d’une édition.

prize-first = Premier prix
prize-second = Deuxième prix
prize-third = Troisième prix
prize-special = Prix spécial
prize-special-named = Prix spécial : { $name }
prize-none = Aucun prix (départage d’une égalité)

## La page publique des lauréats.
winners-title = Lauréats : { $edition }
winners-heading = Les lauréats de { $edition }
winners-none = Le jury n’a décerné aucun prix lors de cette édition.
winners-rationale = La motivation du jury
