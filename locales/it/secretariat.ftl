# Le pagine della segreteria.

secretariat-editions = Edizioni
secretariat-create-edition = Crea un’edizione
secretariat-active-applicants = { $count ->
    [one] 1 account proponente attivo
   *[other] { $count } account proponente attivi
}
secretariat-active-jurors = { $count ->
    [one] 1 account attivo di membro della giuria
   *[other] { $count } account attivi di membro della giuria
}
secretariat-active-secretariat = { $count ->
    [one] 1 account attivo della segreteria
   *[other] { $count } account attivi della segreteria
}
secretariat-no-edition = Non c’è ancora nessuna edizione.
secretariat-progress-caption = Avanzamento di ciascuna edizione
secretariat-col-submitted = Presentate
secretariat-col-drafts = Bozze
secretariat-col-jurors = Membri della giuria
secretariat-col-scorecards = Schede di valutazione completate
secretariat-col-conflicts = Conflitti dichiarati
