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

## La pagina di un’edizione.
edition-all = Tutte le edizioni
edition-status = Fase: { $status }
edition-archived = Questa edizione è archiviata.
edition-back-to-jury = Torna alla valutazione della giuria…
edition-back-while = (finché non è registrato alcun consenso)
edition-edit = Modifica le impostazioni
edition-submissions = Candidature
edition-counts = Presentate: { $submitted }, bozze: { $drafts }
edition-needs-review = { $count ->
    [one] { $count } richiede una verifica dell’ammissibilità
   *[other] { $count } richiedono una verifica dell’ammissibilità
}
edition-link-submissions = Consulta e filtra le candidature
edition-link-screening = Coda di verifica dell’ammissibilità (da verificare)
edition-link-export = Esporta le candidature (CSV)
edition-link-jury = La giuria: membri e inviti
edition-link-conflicts = Conflitti di interessi dichiarati dai membri della giuria
edition-link-assignments = Assegnazione delle valutazioni ai membri della giuria (automatica o manuale)
edition-link-progress = Avanzamento delle schede di valutazione
edition-link-results = Risultati e verifiche statistiche
edition-link-decisions = Le decisioni della giuria (premi, votazioni, conferma della presidenza della giuria)
edition-link-import = Importa candidature da un altro strumento per moduli (CSV)
edition-exports = Esportazioni
edition-exports-intro = File CSV in UTF-8 con una riga di intestazione; le celle compilate da persone che un foglio di calcolo eseguirebbe come formule iniziano con un apostrofo. Le versioni per Excel iniziano con un indicatore dell’ordine dei byte e separano le celle con il punto e virgola. I membri della giuria compaiono con uno pseudonimo stabile (J-…); aggiunga ?names=true all’indirizzo per vederne i nomi. Le intestazioni di colonna sono gli stessi nomi tecnici in tutte le lingue.
edition-exports-rules = La graduatoria e le statistiche dei membri della giuria seguono le regole della pagina dei risultati: sono disponibili dalla fase di consenso in poi, una volta registrato il metodo ufficiale, e scaricarle equivale a mostrare i risultati (il metodo viene quindi bloccato).
edition-exports-cli = Gli stessi file dalla riga di comando:
edition-exports-analyze = Il file dei punteggi, elaborato con laurel analyze usando il seme indicato nella scheda del metodo, fornisce le statistiche della pagina dei risultati.
export-scores = Punteggi: una riga per criterio di ciascuna scheda di valutazione presentata
export-submissions = Candidature
export-conflicts = Conflitti di interessi
export-audit = Registro di audit dell’edizione
export-method = Scheda del metodo: griglia di valutazione e relativa impronta, pesi, soglie, metodo ufficiale, seme del bootstrap
export-ranking = Graduatoria: la graduatoria ufficiale con i totali esatti, le soglie, il dettaglio dello spareggio, gli intervalli di posizione, P(primi 3), le parità statistiche e la posizione secondo ciascuno degli altri metodi
export-jurors = Statistiche dei membri della giuria: punteggi, totale ponderato medio, scostamento per indulgenza e relativo errore standard
export-decisions = Decisioni: ciascun premio con la relativa motivazione, il conteggio dei voti e la conferma della presidenza della giuria
export-for-excel = per Excel
edition-settings = Impostazioni
edition-year = Anno
edition-opens = Apertura
edition-time-zone = Fuso orario
edition-rubric = Griglia di valutazione
edition-shortlist = Numero di finalisti
edition-rounds = Turni di valutazione
edition-round-current = { $round } (in corso)
edition-round-closed = { $round } (chiuso)
edition-current-round = Turno { $number } di { $count }: { $round }
edition-shortlist-link = Adotta la rosa
edition-languages = Lingue
edition-texts = Il bando in altre lingue
edition-peers = I membri della giuria vedono i punteggi degli altri
edition-categories = Categorie
edition-none = Nessuna
edition-lead-countries = Paesi dell’ente capofila
edition-partner-countries = Paesi dei partner
edition-countries = { $count ->
    [one] { $count } paese
   *[other] { $count } paesi
}
edition-countries-territories = { $count ->
    [one] { $count } paese o territorio
   *[other] { $count } paesi e territori
}
edition-window-label = Periodo di realizzazione del progetto
edition-no-window = Nessun periodo di realizzazione previsto
edition-any-date = qualsiasi data
edition-window = Avviato al più presto: { $start }; in corso, o concluso al più presto: { $end }
edition-next-open = Apri il bando
edition-next-close = Chiudi il bando
edition-next-screening = Avvia la verifica dell’ammissibilità
edition-next-jury = Avvia la valutazione della giuria
edition-next-consensus = Apri la fase di consenso…
edition-next-decided = Registra che la giuria ha deciso
edition-next-announce = Annuncia i risultati
edition-next-archive = Archivia l’edizione
edition-next-draft = Riporta in bozza
edition-peers-consensus = Dalla fase di consenso in poi
edition-peers-own = Dopo che il membro della giuria ha presentato la propria scheda di valutazione di quella candidatura
edition-peers-rapporteur = Mai sulle schede di valutazione; li vedono solo il relatore e la presidenza della giuria

## L’elenco delle candidature di un’edizione.
submissions-title = Candidature: { $edition }
submissions-filter-label = Filtra le candidature
submissions-search = Cerca
submissions-any = Qualsiasi
submissions-country = Paese (ente capofila o partner)
submissions-goal = Obiettivo (OSS)
submissions-filter = Filtra
submissions-clear = Azzera i filtri
submissions-export = Esporta tutto in CSV
submissions-match = { $count ->
    [one] { $count } candidatura corrisponde ai filtri.
   *[other] { $count } candidature corrispondono ai filtri.
}
submissions-caption = Candidature di { $edition }
submissions-countries = Paesi
submissions-goals = Obiettivi (OSS)
submissions-unknown-filter = Valore sconosciuto per il filtro «{ $what }»: «{ $value }»; vengono mostrate tutte le candidature, senza tener conto del criterio «{ $what }».
submissions-filter-status = stato
submissions-filter-eligibility = ammissibilità
submissions-filter-country = paese
submissions-filter-goal = obiettivo
submissions-filter-category = categoria
