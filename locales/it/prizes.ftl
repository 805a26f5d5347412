# I premi assegnati in un’edizione.

prize-first = Primo premio
prize-second = Secondo premio
prize-third = Terzo premio
prize-special = Premio speciale
prize-special-named = Premio speciale: { $name }
prize-none = Nessun premio (per risolvere una parità)

## La pagina pubblica dei vincitori.
winners-title = Vincitori: { $edition }
winners-heading = I vincitori di { $edition }
winners-none = La giuria non ha assegnato alcun premio in questa edizione.
winners-rationale = La motivazione della giuria
