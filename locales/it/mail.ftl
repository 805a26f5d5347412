# Notifiche di un’edizione e la sua pagina Posta.

notice-submitted-subject = Candidatura ricevuta: { $title }
notice-submitted-body =
    Gentile { $name },

    Abbiamo ricevuto la sua candidatura «{ $title }» a { $edition } il { $at }.

    Impronta di ciò che ha presentato (SHA-256): { $fingerprint }

    Può consultarla su { $link }. Fino alla chiusura del bando ({ $deadline }) può ritirarla, modificarla e presentarla di nuovo.

    Riceve questo messaggio perché ha presentato una candidatura a { $edition } su Laurel.
notice-withdrawn-subject = Candidatura ritirata: { $title }
notice-withdrawn-body =
    Gentile { $name },

    La sua candidatura «{ $title }» a { $edition } è stata ritirata il { $at } ed è di nuovo una bozza: non sarà valutata se non viene presentata di nuovo prima della chiusura del bando ({ $deadline }).

    { $link }

    Riceve questo messaggio perché ha ritirato una candidatura a { $edition } su Laurel.

edition-link-mail = Posta: notifiche e messaggi inviati
mail-title = Posta
mail-off = La posta non è configurata su questa installazione: non si invia né si mette in coda nulla.
mail-settings-title = Notifiche
mail-settings-legend = Inviare queste notifiche per questa edizione
mail-settings-submit = Salva le notifiche
mail-settings-saved = Le notifiche di questa edizione sono salvate.
mail-kind-submitted = Ricevuta di una candidatura presentata
mail-hint-submitted = A chi l’ha presentata: il titolo, l’ora e l’impronta di ciò che è stato presentato.
mail-kind-withdrawn = Candidatura ritirata
mail-hint-withdrawn = A chi l’ha ritirata, con la scadenza per presentarla di nuovo.
mail-kind-invitation = Invito alla giuria
mail-messages-title = Messaggi
mail-none = Ancora nessun messaggio per questa edizione.
mail-caption = Tutti i messaggi di questa edizione, dal più recente
mail-queued-at = In coda dal
mail-kind = Tipo
mail-to = A
mail-subject = Oggetto
mail-state = Stato
mail-state-sent = Inviato { $time }
mail-state-queued = In coda
mail-state-retrying = Non consegnato dopo { $count } tentativi ({ $problem }); nuovo tentativo previsto
mail-state-failed = Non riuscito ({ $problem })
mail-retry = Riprova
mail-retry-planned = Il messaggio sarà riprovato entro un minuto.
mail-retry-nothing = Questo messaggio non attende un nuovo tentativo (è stato inviato o è ancora in corso).

notice-untitled = (senza titolo)
notice-reminder-subject = { $days ->
    [one] Il bando chiude domani: { $title }
   *[other] Il bando chiude tra { $days } giorni: { $title }
}
notice-reminder-body =
    Gentile { $name },

    La sua candidatura «{ $title }» a { $edition } è ancora una bozza. Il bando chiude il { $deadline }; sono valutate solo le candidature presentate.

    La completi e la presenti su { $link }

    Riceve questo messaggio perché ha una candidatura non presentata a { $edition } su Laurel. La segreteria può disattivare questi promemoria.
mail-kind-reminder = Promemoria della scadenza
mail-hint-reminder = A chi ha una candidatura ancora in bozza, 7 giorni e 1 giorno prima della scadenza.
