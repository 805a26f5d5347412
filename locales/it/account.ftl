# La pagina dell'account.

account-language-title = Lingua
account-language-hint = Le pagine di Laurel le vengono mostrate in questa lingua, su tutti i suoi dispositivi.
account-language-submit = Salva la lingua
account-details = I suoi dati
account-name = Nome
account-email = Indirizzo e-mail
account-role = Ruolo
account-password-title = Cambi la password
account-password-hint = Almeno 12 caratteri. Cambiandola si esce da tutti gli altri dispositivi.
account-password-not-changed = La password non è stata cambiata
account-current-password = Password attuale
account-new-password = Nuova password
account-confirm-password = Nuova password, di nuovo
account-password-submit = Cambia la password
account-password-changed = La password è stata cambiata. Gli altri dispositivi sono stati disconnessi.
account-problem-current-password = Password attuale: non è la sua password attuale
account-problem-password-short = Nuova password: almeno { $min } caratteri (questa ne ha { $chars })
account-problem-password-long = Nuova password: al massimo { $max } caratteri
account-problem-password-spaces = Nuova password: non può essere composta solo da spazi
account-problem-confirm = Nuova password, di nuovo: le due nuove password non coincidono
account-logout-everywhere = Esci da tutti i dispositivi
account-logout-everywhere-hint = Chiude tutte le sessioni del suo account, su questo e su tutti gli altri dispositivi.
tokens-title = Token per l’API
tokens-intro = Un token personale consente a uno script o a un altro sito web di usare l’API di Laurel con i permessi del suo account. Laurel ne conserva solo un’impronta: per questo viene mostrato una sola volta, al momento della creazione.
tokens-reference = La documentazione dell’API
tokens-new = Il suo nuovo token «{ $name }»
tokens-copy-now = Lo copi ora: non verrà più mostrato.
tokens-token = Token
tokens-not-made = Nessun token è stato creato
tokens-make = Crea un token
tokens-name = Nome
tokens-name-hint = A che cosa serve, ad esempio «Vincitori sul nostro sito».
tokens-access = Accesso
tokens-read-only = Sola lettura
tokens-read-write = Lettura e scrittura
tokens-valid-for = Validità
tokens-days = { $days ->
    [one] { $days } giorno
   *[other] { $days } giorni
}
tokens-yours = I suoi token
tokens-made = Creato il
tokens-expires = Scade il
tokens-last-used = Ultimo utilizzo
tokens-never = mai
tokens-state = Stato
tokens-action = Azione
tokens-active = Attivo
tokens-expired = Scaduto
tokens-revoked = Revocato
tokens-revoke = Revoca
tokens-revoked-flash = Il token è revocato: non funziona più.
