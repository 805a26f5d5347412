# I turni di valutazione di un’edizione: i problemi delle loro impostazioni.

round-problem-none = Turni: un’edizione ha almeno un turno
round-problem-name = Turno { $round }: indichi un nome di al massimo { $most } caratteri
round-problem-name-twice = Turno { $round }: un altro turno si chiama già «{ $name }»
round-problem-jurors = Turno { $round }: tra 1 e { $most } membri della giuria per candidatura
round-problem-prizes-before-last = Turno { $round }: solo l’ultimo turno assegna i premi; questo si conclude con una rosa dei finalisti
round-problem-last-shortlists = Turno { $round }: l’ultimo turno assegna i premi, non può concludersi con una rosa dei finalisti
round-problem-shortlist-empty = Turno { $round }: una rosa dei finalisti comprende almeno una candidatura
round-problem-shortlist-not-smaller = Turno { $round }: una rosa di { $size } non è più ristretta di quella del turno precedente ({ $before })
round-problem-shortlist-number = Turno { $round }: indicate la dimensione della rosa con un numero intero
round-problem-deadline-order = Turno { $round }: le schede di valutazione scadono dopo quelle dei turni precedenti

round-default-name = Giuria
round-line = { $number }. { $round }
round-named = { $name }
round-described = { $name }: { $outcome }
round-outcome-prizes = assegna i premi
round-outcome-prizes-consensus = assegna i premi dopo un consenso
round-outcome-shortlist = seleziona una rosa di { $size ->
    [one] { $size } candidatura per il turno successivo
   *[other] { $size } candidature per il turno successivo
}
round-outcome-shortlist-consensus = seleziona una rosa di { $size ->
    [one] { $size } candidatura per il turno successivo dopo un consenso
   *[other] { $size } candidature per il turno successivo dopo un consenso
}

rounds-refused-started = I turni sono fissati appena comincia la valutazione; l’edizione è nella fase «{ $phase }».
rounds-refused-has-panel = Il turno { $round } ha un panel o delle assegnazioni, quindi non può essere eliminato: togliete prima i suoi membri nella pagina della giuria.

rounds-title = Turni – { $edition }
rounds-heading = Turni di valutazione
rounds-intro = Ogni turno ha il proprio panel e si chiude con una rosa per il turno successivo; l’ultimo turno decide i premi. I turni sono fissati appena comincia la valutazione.
rounds-problems = { $count ->
    [one] { $count } problema: non è stato salvato nulla.
   *[other] { $count } problemi: non è stato salvato nulla.
}
rounds-legend = Turno { $number }
rounds-legend-last = Turno { $number } (l’ultimo: decide i premi)
rounds-name = Nome
rounds-jurors = Membri della giuria per candidatura
rounds-shortlist = Rosa per il turno successivo (numero di candidature)
rounds-last-decides = Questo turno decide i premi.
rounds-consensus = Il panel registra un consenso dopo la valutazione
rounds-remove = Elimina questo turno al salvataggio
rounds-save = Salva i turni
rounds-add = Aggiungi un turno prima dell’ultimo
rounds-new-name = Turno { $number }
rounds-saved = I turni sono salvati.
rounds-link = Organizza i turni
rounds-outcome-at-once = Avvisare le candidature escluse appena la rosa è confermata (altrimenti con l’annuncio dei vincitori)
rounds-sees-previous-consensus = Il panel legge i commenti di consenso del turno precedente (mai i suoi punteggi per membro né i nomi dei suoi membri)
round-deadline-label = Turno { $round }: schede entro il
rounds-deadline = Schede entro il (facoltativo; ora di { $zone }; altrimenti quella dell’edizione)
round-problem-peer-scores = Turno { $round }: scegliete quando i membri del panel vedono i punteggi degli altri
round-problem-rubric = Turno { $round }: scegliete una griglia dall’elenco.
rounds-peers = I membri del panel vedono i punteggi degli altri
rounds-rubric = Griglia con cui valuta il turno
rounds-rubric-edition = La griglia dell’edizione ({ $name })
rounds-peers-edition = Come stabilisce l’edizione
rounds-refused-stale = I turni sono stati modificati altrove dopo l’apertura di questa pagina; non è stato salvato nulla. I turni attuali sono elencati qui sotto; ciò che avete scritto resta nel modulo: salvate di nuovo per sostituirli.
