# I premi assegnati in un’edizione.

prize-first = Primo premio
prize-second = Secondo premio
prize-third = Terzo premio
prize-special = Premio speciale
prize-special-named = Premio speciale: { $name }
prize-none = Nessun premio (per risolvere una parità)
