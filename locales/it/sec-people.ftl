# Le pagine della segreteria dedicate alle persone: gli account, la giuria e i suoi conflitti di interessi.

## L’elenco degli account.
accounts-title = Account
accounts-create-heading = Crea un account
accounts-not-created = L’account non è stato creato
accounts-full-name = Nome e cognome
accounts-email-address = Indirizzo e-mail
accounts-role = Ruolo
accounts-initial-password = Password iniziale
accounts-password-hint = Almeno 12 caratteri. La comunichi in modo sicuro; la persona potrà cambiarla.
accounts-create = Crea l’account
accounts-caption = Tutti gli account
accounts-name = Nome
accounts-email = Indirizzo e-mail
accounts-state = Stato
accounts-action = Azione
accounts-active = Attivo
accounts-deactivated = Disattivato
accounts-you = Lei
accounts-deactivate = Disattiva
accounts-deactivate-named = Disattiva l’account di { $name }
accounts-reactivate = Riattiva
accounts-reactivate-named = Riattiva l’account di { $name }
accounts-created = L’account di { $name } ({ $email }) è stato creato.
accounts-deactivated-flash = L’account di { $name } è stato disattivato.
accounts-reactivated = L’account di { $name } è stato riattivato.

## Un account.
account-page-all = Tutti gli account
account-page-details = Dati
account-page-deactivate = Disattiva questo account
account-page-reactivate = Riattiva questo account
account-page-reset-heading = Imposta una nuova password
account-page-reset-hint = Per chi ha perso la propria password. Almeno 12 caratteri; la comunichi in modo sicuro. Tutte le sessioni di questo account vengono chiuse.
account-page-not-changed = La password non è stata cambiata
account-page-new-password = Nuova password
account-page-set-password = Imposta la password
account-page-password-set = È stata impostata una nuova password per { $name }. La comunichi in modo sicuro; le sue sessioni sono state chiuse.
account-page-history = Cronologia
account-page-history-caption = Eventi relativi a questo account, dal più recente al meno recente
account-page-when = Data
account-page-what = Evento
account-page-by = Eseguito da
account-page-created = Account creato
account-page-reactivated = Riattivato
account-page-password-changed = Password cambiata dal titolare dell’account
account-page-password-reset = Password reimpostata dalla segreteria
account-page-sessions-ended = Uscita da tutti i dispositivi
account-page-command-line = Riga di comando

## La giuria di un’edizione e i suoi inviti.
jury-page-title = Giuria: { $edition }
jury-page-heading = Giuria
jury-page-invitation-for = Invito per { $name }
jury-page-link-emailed = Un’e-mail con questo link è in coda per l’invio a { $email }; l’esito della consegna è indicato nella tabella qui sotto. Può anche trasmettere personalmente il link (viene mostrato solo ora). Con il link la persona imposta la propria password; può essere utilizzato una sola volta ed è valido fino a: { $until }.
jury-page-link-pass-on = Trasmetta questo link a { $name } (viene mostrato solo ora). Con il link la persona imposta la propria password; può essere utilizzato una sola volta ed è valido fino a: { $until }.
jury-page-empty = Nessuno fa ancora parte della giuria.
jury-page-caption = Membri della giuria di { $edition }
jury-page-name = Nome
jury-page-role = Ruolo
jury-page-affiliation = Affiliazione
jury-page-country = Paese
jury-page-reads = Lingue lette
jury-page-account = Account
jury-page-actions = Azioni
jury-page-ready = Operativo
jury-page-not-used = Invito non ancora utilizzato
jury-page-remove = Rimuovi dalla giuria…
jury-page-email-sent = E-mail inviata il { $time }
jury-page-email-queued = E-mail in coda per l’invio
jury-page-email-retrying = E-mail non consegnata (tentativi: { $count }; { $problem }); nuovo tentativo in corso
jury-page-no-answer = nessuna risposta
jury-page-email-failed = Invio dell’e-mail non riuscito ({ $problem }): trasmetta il link mostrato al momento dell’invito oppure imposti una password dalla pagina dell’account
jury-page-add-heading = Aggiungi un membro della giuria
jury-page-add-hint-mail = Una persona nuova riceve un account di membro della giuria e un link monouso per impostare la password, mostrato qui e inviato per e-mail. Un membro della giuria che ha già un account viene semplicemente aggiunto.
jury-page-add-hint-no-mail = Una persona nuova riceve un account di membro della giuria e un link monouso per impostare la password, mostrato qui affinché lei lo trasmetta (l’invio di e-mail non è configurato). Un membro della giuria che ha già un account viene semplicemente aggiunto.
jury-page-email-address = Indirizzo e-mail
jury-page-role-on-jury = Ruolo nella giuria
jury-page-choose = Scegliere…
jury-page-languages = Lingue lette dal membro della giuria
jury-page-add = Aggiungi alla giuria

## La rimozione di un membro della giuria.
removal-title = Rimuovi { $name } dalla giuria: { $edition }
removal-back = Giuria di { $edition }
removal-heading = Rimuovi { $name } dalla giuria
removal-what-happens = Che cosa succede
removal-membership-ends = { $name } fa parte di questa giuria (ruolo: { $role }). La sua partecipazione termina; non avrà più accesso a questa edizione.
# Segue un numero in grassetto; «removal-drafts-removed» segue il secondo numero.
removal-not-started-and = { $count ->
    [one] valutazione assegnata non iniziata e
   *[other] valutazioni assegnate non iniziate e
}
removal-drafts-removed = { $count ->
    [one] scheda di valutazione in bozza vengono eliminate (il loro contenuto è conservato nel registro di audit).
   *[other] schede di valutazione in bozza vengono eliminate (il loro contenuto è conservato nel registro di audit).
}
# Segue un numero in grassetto.
removal-submitted-kept = { $count ->
    [one] scheda di valutazione presentata viene conservata e continua a contare nei risultati, a meno che non la ritiri qui sotto (in tal caso viene eliminata e conservata anch’essa nel registro di audit).
   *[other] schede di valutazione presentate vengono conservate e continuano a contare nei risultati, a meno che non le ritiri qui sotto (in tal caso vengono eliminate e conservate anch’esse nel registro di audit).
}
removal-refused = Non è possibile rimuovere { $name } dalla giuria: { $reason }.
removal-too-late = l’edizione è nella fase «{ $phase }»: dalla decisione in poi, la giuria che ha deciso resta invariata
removal-last-chair = è l’unica persona alla presidenza, che conferma le decisioni della giuria: nomini prima un’altra persona alla presidenza
removal-reason = Motivo (conservato nel registro di audit; almeno 10 caratteri)
removal-also-withdraw = Ritira anche le sue schede di valutazione presentate ({ $count })
removal-cancel = Annulla
removal-done = Il membro della giuria ha lasciato la giuria. Valutazioni eliminate: { $removed }; schede di valutazione presentate ritirate: { $withdrawn }; schede conservate: { $kept }.

## I conflitti di interessi dichiarati in un’edizione, esaminati dalla segreteria.
coi-review-none = Nessun membro della giuria ha dichiarato un conflitto.
coi-review-caption = Dichiarazioni, a partire da quelle in attesa di decisione
coi-review-project = Progetto
coi-review-juror = Membro della giuria
coi-review-level = Livello
coi-review-reason = Motivo
coi-review-decision = Decisione
coi-review-suspended = Sospesa
coi-review-suspended-not-started = La sua scheda di valutazione non iniziata è sospesa: viene conservata senza modifiche e tornerà a contare se il conflitto viene autorizzato.
coi-review-suspended-draft = La sua scheda di valutazione in bozza è sospesa: viene conservata senza modifiche e tornerà a contare se il conflitto viene autorizzato.
coi-review-suspended-submitted = La sua scheda di valutazione presentata è sospesa: viene conservata senza modifiche e tornerà a contare se il conflitto viene autorizzato.
coi-review-allowed = Autorizzazione
coi-review-excluded = Esclusione
coi-review-asks = Il membro della giuria chiede di riqualificare la dichiarazione come { $asked }:
coi-review-quoted = «{ $explanation }»
coi-review-not-decided = Nessuna decisione sulla richiesta
coi-review-back = Torna ai conflitti di interessi
