# Reimpostazione della password in autonomia: chiedere un link per e-mail e scegliere una nuova password.

login-forgot = Ha dimenticato la password?

forgot-title = Ha dimenticato la password?
forgot-intro = Scriva l’indirizzo e-mail del suo account. Le invieremo un link per scegliere una nuova password; funziona una sola volta, per un’ora.
forgot-email = Indirizzo e-mail
forgot-submit = Inviatemi un link
forgot-back = Torna all’accesso
forgot-no-mail = Questa installazione di Laurel non invia e-mail. Chieda alla segreteria del premio di impostarle una nuova password.
forgot-sent-title = Controlli la sua casella di posta
forgot-sent = Se un account usa { $email }, gli abbiamo inviato un link per scegliere una nuova password. Funziona una sola volta, per un’ora.
forgot-sent-hint = Non arriva nulla dopo qualche minuto? Controlli la cartella della posta indesiderata o faccia una nuova richiesta: funziona solo il link più recente.
forgot-refused-later = Sono state fatte troppe richieste di reimpostazione di recente. Riprovi tra un’ora.

reset-title = Scegliere una nuova password
reset-intro = Per l’account di { $name }. Tutte le altre sessioni di questo account terminano al salvataggio.
reset-password = Nuova password
reset-password-hint = Almeno 12 caratteri.
reset-password-again = Nuova password, di nuovo
reset-submit = Imposta la mia nuova password
reset-problem-confirm = Nuova password, di nuovo: le due password non coincidono
reset-done = La sua nuova password è impostata e ha effettuato l’accesso. Tutte le altre sessioni del suo account sono terminate.
reset-link-unknown = Spiacenti: questo link di reimpostazione non è valido. Ne chieda uno nuovo dalla pagina di accesso.
reset-link-used = Spiacenti: questo link di reimpostazione è già stato usato. Acceda con la sua password o chieda un nuovo link.
reset-link-replaced = Spiacenti: questo link non funziona più, perché nel frattempo è stato chiesto un link più recente o la password è stata cambiata. Usi il link più recente o ne chieda uno nuovo.
reset-link-expired = Spiacenti: questo link di reimpostazione è scaduto (i link funzionano per un’ora). Ne chieda uno nuovo dalla pagina di accesso.
reset-link-deactivated = Spiacenti: questo account è stato disattivato. Contatti la segreteria.

## Le e-mail.
reset-email-subject = Scegliere una nuova password Laurel
reset-email-body =
    Gentile { $name },

    Qualcuno, probabilmente lei, ha chiesto di scegliere una nuova password per il suo account Laurel.

    Apra questo link per sceglierla; funziona una sola volta, fino al { $until }:

    { $link }

    Accedere con una nuova password termina tutte le altre sessioni del suo account.

    Se non l’ha chiesto, può ignorare questo messaggio: la sua password resta invariata.

    Riceve questo messaggio perché è stata chiesta una nuova password per questo indirizzo.
reset-unknown-subject = A proposito della sua richiesta di password Laurel
reset-unknown-body =
    Buongiorno,

    Qualcuno, probabilmente lei, ha chiesto di scegliere una nuova password per un account Laurel con questo indirizzo, ma nessun account attivo lo usa.

    Se è stato lei, forse il suo account usa un altro indirizzo (quello di un collega o della sua organizzazione); lo provi su { $login }. Se il suo account è stato disattivato, scriva alla segreteria del premio.

    Se non l’ha chiesto, può ignorare questo messaggio.

    Riceve questo messaggio perché è stata chiesta una nuova password per questo indirizzo.

account-page-reset-requested = Link di reimpostazione della password chiesto
account-page-reset-by-link = Password reimpostata con un link inviato per e-mail
