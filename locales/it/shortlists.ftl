# La rosa che un turno adotta.

shortlist-problem-empty = Inserite almeno una candidatura nella rosa.
shortlist-problem-reason-taken-in = Il posto { $position } è sotto la linea: indicate perché il comitato la inserisce.
shortlist-problem-reason-left-out = Il posto { $position } è sopra la linea: indicate perché il comitato la esclude.
shortlist-problem-reason-long = Scrivete al massimo { $most } caratteri.

shortlist-refused-final-round = Questo turno decide i premi; non si chiude con una rosa.
shortlist-refused-phase = La rosa si adotta nella fase di consenso, a valutazione del turno conclusa; l’edizione è nella fase «{ $phase }».
shortlist-refused-nothing-recorded = Non è ancora registrata alcuna rosa: la segreteria registra prima le scelte del comitato.
shortlist-refused-changed = La rosa è stata registrata di nuovo dopo la vostra lettura. Rileggetela prima di confermarla.
shortlist-refused-recorded-meanwhile = Qualcuno ha registrato la rosa dopo l’apertura di questa pagina, quindi non è stato registrato nulla. Le vostre scelte e motivazioni restano qui sotto; registratele di nuovo per sostituire quella registrazione.

shortlist-title = Rosa – { $edition }
shortlist-heading = Rosa
shortlist-results-link = Risultati del turno
shortlist-problems = { $count ->
    [one] { $count } problema: non è stato registrato nulla.
   *[other] { $count } problemi: non è stato registrato nulla.
}
shortlist-no-ranking = Il turno non ha ancora una classifica: scegliete prima il metodo ufficiale nella pagina dei risultati.
shortlist-line-heading = { $size ->
    [one] La linea sotto la prima candidatura
   *[other] La linea sotto le prime { $size } candidature
}
shortlist-statistical-ties = { $count ->
    [one] { $count } candidatura è in parità statistica con la linea: il bootstrap non sa da che parte si trovi.
   *[other] { $count } candidature sono in parità statistica con la linea: il bootstrap non sa da che parte si trovino.
}
shortlist-no-statistical-tie = Il bootstrap colloca ogni candidatura nettamente dalla sua parte della linea.
shortlist-exact-ties = { $count ->
    [one] { $count } candidatura condivide il posto a cavallo della linea: sceglie il comitato.
   *[other] { $count } candidature condividono il posto a cavallo della linea: il comitato sceglie tra loro.
}
shortlist-no-exact-tie = Nessuna parità esatta sulla linea.
shortlist-reason-rule = Inserire una candidatura sotto la linea, o escluderne una sopra, richiede una motivazione scritta; la presidenza la legge prima di confermare.
shortlist-recorded-at = Registrata il { $when }, in attesa della conferma della presidenza del turno.
shortlist-confirmed-at = Adottata: la presidenza del turno ha confermato questa rosa il { $when }, chiudendo il turno. Non cambia più.
shortlist-caption = La classifica del turno e le scelte del comitato
shortlist-col-place = Posto
shortlist-col-p-in = { $size ->
    [one] Probabilità di essere prima
   *[other] Probabilità di essere tra le prime { $size }
}
shortlist-col-taken-in = In rosa
shortlist-col-reason = Motivazione (fuori dall’ordine della classifica)
shortlist-cut-line = { $size ->
    [one] Linea di taglio: { $size } candidatura sopra
   *[other] Linea di taglio: { $size } candidature sopra
}
shortlist-exact-tie = parità esatta sulla linea
shortlist-statistical-tie = parità statistica con la linea
shortlist-above = sopra la linea
shortlist-below = sotto la linea
shortlist-reason-for = Motivazione per «{ $title }»
shortlist-record = Registra la rosa
shortlist-record-hint = La presidenza del turno la conferma poi; la conferma chiude il turno e le candidature in rosa passano al successivo.
shortlist-recorded = La rosa è registrata. La presidenza del turno la conferma dal proprio cruscotto.
shortlist-chair-hint = Confermare chiude il turno: le candidature in rosa passano al turno successivo e le schede di questo turno non cambiano più.
shortlist-chair-caption = { $size ->
    [one] Le scelte del comitato (rosa prevista: { $size })
   *[other] Le scelte del comitato (rosa prevista: { $size })
}
shortlist-conflicted = Una candidatura con cui avete un conflitto di interessi
shortlist-taken-in = In rosa
shortlist-left-out = Non in rosa
shortlist-out-of-order = fuori dall’ordine della classifica
shortlist-confirm = Conferma la rosa e chiudi il turno
shortlist-confirmed = La rosa è confermata: il turno è chiuso e comincia il successivo.
results-shortlist-link = La linea di taglio e la rosa
results-adopted-shortlist-link = La rosa adottata e la sua linea di taglio
consensus-refused-no-step = Il turno «{ $round }» non ha una fase di consenso: la sua classifica viene dalle schede del panel.
results-rounds = I risultati di ogni turno
results-round-exports = Le esportazioni di questo turno (CSV)
feedback-left-out = La vostra candidatura non è stata inserita nella rosa del turno { $number }, «{ $round }»: non passa al turno successivo.
scorecard-previous-consensus = Il consenso del turno precedente
scorecard-previous-none = Il turno precedente non ha registrato alcun commento di consenso su questa candidatura.
