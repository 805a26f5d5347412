# Pagine di errore.

error-title-401 = Effettui l’accesso
error-title-403 = Accesso non consentito
error-title-404 = Pagina non trovata
error-title-409 = Operazione non possibile al momento
error-title-413 = File troppo grande
error-title-422 = Verifichi i dati inseriti
error-title-429 = Troppi tentativi
error-title-500 = Si è verificato un errore
error-title-other = Errore
error-code = Errore { $code }
error-go-home = Vai alla pagina iniziale
error-message-401 = Per vedere questa pagina è necessario accedere.
error-message-expired-form = Questo modulo è scaduto o non proviene da Laurel. Torni indietro, ricarichi la pagina e riprovi.
error-message-403 = Il suo account non può aprire questa pagina.
error-message-404 = Non esiste alcuna pagina a questo indirizzo. Controlli il link o torni alla pagina iniziale.
error-message-422 = Non è stato possibile interpretare la richiesta. Torni indietro, controlli il modulo e riprovi.
error-message-428 = Invii l’ETag della versione letta in un’intestazione If-Match: questa scrittura ne ha bisogno per non sovrascrivere nulla.
error-message-500 = Si è verificato un errore da parte nostra. È stato registrato; la preghiamo di riprovare.
