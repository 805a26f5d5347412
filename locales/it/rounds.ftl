# I turni di valutazione di un’edizione: i problemi delle loro impostazioni.

round-problem-none = Turni: un’edizione ha almeno un turno
round-problem-name = Turno { $round }: indichi un nome di al massimo { $most } caratteri
round-problem-name-twice = Turno { $round }: un altro turno si chiama già «{ $name }»
round-problem-jurors = Turno { $round }: tra 1 e { $most } membri della giuria per candidatura
round-problem-prizes-before-last = Turno { $round }: solo l’ultimo turno assegna i premi; questo si conclude con una rosa dei finalisti
round-problem-last-shortlists = Turno { $round }: l’ultimo turno assegna i premi, non può concludersi con una rosa dei finalisti
round-problem-shortlist-empty = Turno { $round }: una rosa dei finalisti comprende almeno una candidatura
round-problem-shortlist-not-smaller = Turno { $round }: una rosa di { $size } non è più ristretta di quella del turno precedente ({ $before })
round-problem-deadline-order = Turno { $round }: le schede di valutazione scadono dopo quelle dei turni precedenti

round-default-name = Giuria
round-line = { $number }. { $name }: { $outcome }
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
