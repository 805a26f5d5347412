# Confermare un indirizzo e-mail: alla registrazione e prima che un account passi a un nuovo indirizzo.

register-welcome-confirm = Benvenuto/a in Laurel. Il suo account è pronto. Abbiamo inviato un link a { $email }: lo segua per confermare il suo indirizzo prima di presentare una candidatura.
submit-unconfirmed = Confermi prima il suo indirizzo e-mail: segua il link inviato a { $email } (dalla pagina delle sue candidature può farlo inviare di nuovo). La sua bozza è conservata.
dashboard-unconfirmed-title = Confermi il suo indirizzo e-mail
dashboard-unconfirmed = Abbiamo inviato un link a { $email }. Lo segua per confermare il suo indirizzo: può preparare le candidature fin d’ora e presentarle una volta confermato.

confirm-email-subject = Confermi il suo indirizzo e-mail per Laurel
confirm-email-body =
    Gentile { $name },

    Confermi che { $email } è il suo indirizzo per Laurel aprendo questo link (funziona fino al { $until }):

    { $link }

    Può preparare le candidature prima di confermarlo; potrà presentarle una volta confermato.

    Riceve questo messaggio perché è stato creato un account Laurel con questo indirizzo. Se non è stato lei, può ignorarlo.
confirm-change-subject = Confermi il suo nuovo indirizzo e-mail per Laurel
confirm-change-body =
    Gentile { $name },

    Ha chiesto di passare il suo account Laurel a { $email }. Apra questo link per confermarlo (funziona fino al { $until }):

    { $link }

    Fino ad allora continua ad accedere con il suo indirizzo attuale.

    Riceve questo messaggio perché questo indirizzo è stato indicato per un account Laurel. Se non è stato lei, può ignorarlo.
confirm-moved-subject = Il suo account Laurel usa un nuovo indirizzo e-mail
confirm-moved-body =
    Gentile { $name },

    Il suo account Laurel ora usa { $email }: d’ora in poi acceda con questo indirizzo.

    Se non l’ha chiesto, scriva subito alla segreteria del premio.

    Riceve questo messaggio perché era l’indirizzo del suo account Laurel.
confirm-refused-later = Sono stati inviati troppi link a questo indirizzo di recente. Riprovi tra un’ora.
confirm-already = Questo indirizzo e-mail è già confermato.
confirm-link-unknown = Spiacenti: questo link di conferma non è valido.
confirm-link-used = Questo link di conferma è già stato usato.
confirm-link-replaced = Spiacenti: questo link non funziona più, perché nel frattempo ne è stato inviato uno più recente. Usi il link più recente o ne faccia inviare uno nuovo.
confirm-link-expired = Spiacenti: questo link di conferma è scaduto (i link funzionano per sette giorni). Ne faccia inviare uno nuovo dal suo account.
confirm-link-taken = Spiacenti: un altro account usa ora questo indirizzo, quindi il suo account non può passarvi.

confirm-title = Confermi il suo indirizzo e-mail
confirm-intro = Confermi che { $email } è il suo indirizzo per Laurel.
confirm-account = Per l’account di { $name }.
confirm-submit = Conferma questo indirizzo
confirm-done = Grazie: il suo indirizzo e-mail { $email } è confermato.
confirm-moved = Il suo account ora usa { $email }; d’ora in poi acceda con questo indirizzo.
confirm-resent = Abbiamo inviato un nuovo link a { $email }. I link precedenti non funzionano più.
confirm-resend = Invia di nuovo il link
confirm-change-sent = Abbiamo inviato un link a { $email }. Il suo account passa a questo indirizzo quando lo segue; fino ad allora continui ad accedere con il suo indirizzo attuale.

accounts-unconfirmed = non confermato
account-page-unconfirmed-hint = La persona non ha ancora seguito il link che conferma questo indirizzo; non può presentare una candidatura finché non lo fa.
account-page-resend = Invia di nuovo il link di conferma
account-page-registered = Registrazione
account-page-confirmation-sent = Link di conferma inviato
account-page-email-confirmed = Indirizzo e-mail confermato
account-page-email-changed = Passaggio a un nuovo indirizzo e-mail

account-address-title = Indirizzo e-mail
account-address-unconfirmed = Il suo indirizzo { $email } non è ancora confermato: segua il link che gli abbiamo inviato.
account-address-pending = È stato inviato un link a { $email }: il suo account passa a questo indirizzo quando segue il link.
account-address-pending-until = Funziona fino al { $until }.
account-address-hint = Per passare il suo account a un altro indirizzo, lo indichi con la sua password: inviamo un link al nuovo indirizzo e il suo account vi passa quando lo segue.
account-address-hint-no-mail = Per passare il suo account a un altro indirizzo, lo indichi con la sua password.
account-address-not-changed = Il suo indirizzo non è stato modificato
account-new-email = Nuovo indirizzo e-mail
account-email-password = La sua password
account-address-submit = Cambia il mio indirizzo
account-problem-same-email = Nuovo indirizzo e-mail: è già il suo indirizzo
account-problem-email-taken = Nuovo indirizzo e-mail: un altro account usa questo indirizzo
account-problem-email-password = La sua password: non è la sua password attuale
confirm-asked-subject = Qualcuno ha chiesto di passare il suo account Laurel a un altro indirizzo
confirm-asked-body =
    Gentile { $name },

    Qualcuno collegato al suo account Laurel ha chiesto di passarlo a { $email }. L’account vi passa solo se viene seguito il link inviato a quell’indirizzo.

    Se è stato lei, non deve fare nulla. Altrimenti scelga subito una nuova password («Ha dimenticato la password?» nella pagina di accesso): questo annulla il cambio e chiude tutte le sessioni del suo account.

    Riceve questo messaggio perché è l’indirizzo del suo account Laurel.
