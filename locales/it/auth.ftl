# Accesso e creazione di un account per i proponenti.

login-page-title = Accesso
login-title = Accedi a Laurel
login-email = Indirizzo e-mail
login-password = Password
login-submit = Accedi
login-applicants = Gli enti proponenti creano da sé il proprio account:
login-register-link = si registri qui
login-others = I membri della giuria ricevono un invito dalla segreteria del premio. Se ha smarrito la password, chieda alla segreteria di reimpostarla.
login-winners = Vincitori
login-winners-of = I vincitori di { $edition }
login-refused-wrong = L’indirizzo e-mail o la password non sono corretti. Riprovi.
login-refused-deactivated = Questo account è stato disattivato. Contatti la segreteria.
login-refused-busy = In questo momento molte persone stanno accedendo. Riprovi tra qualche secondo.
login-refused-locked = Troppi tentativi non riusciti. Per sicurezza l’accesso è sospeso fino al { $until }.

register-title = Crea un account da proponente
register-intro = Per enti locali e regionali e i loro partner che intendono candidare un progetto. I membri della giuria e la segreteria ricevono l’account dalla segreteria.
register-not-created = L’account non è stato creato
register-you = I suoi dati
register-name = Nome e cognome
register-email = Indirizzo e-mail
register-password = Password
register-password-hint = Almeno 12 caratteri.
register-time-zone = Fuso orario
register-time-zone-hint = Le scadenze sono indicate in questo fuso orario, ad esempio Europe/Rome, Africa/Dakar, America/Managua.
register-language = Lingua
register-organisation = L’ente
register-organisation-name = Denominazione dell’ente
register-kind = Tipologia di ente
register-country = Paese
register-choose = Scegliere…
register-submit = Crea il mio account
register-have-account = Ha già un account?
register-log-in = Accedi
