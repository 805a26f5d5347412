# La pagina dei risultati della segreteria: la graduatoria ufficiale, le relative verifiche e statistiche, e il
# metodo ufficiale.

results-title = Risultati: { $edition }
results-heading = Risultati
results-official-method = Metodo ufficiale: { $method }
results-recorded = Registrato in data { $recorded }; bloccato dalla prima visualizzazione dei risultati ({ $locked }).
results-change-method = Cambia il metodo (richiede una motivazione, conservata nel registro di audit)
results-method-legend = Metodo ufficiale
results-change-reason = Motivo della modifica (almeno { $min } caratteri)
results-change-button = Cambia il metodo
results-checks = Verifiche prima della decisione
results-nothing-ranked = Nessuna candidatura è ancora classificata: veda «Candidature non classificate» qui sotto.
results-unranked-count = { $count ->
    [one] { $count } candidatura ammissibile non è ancora classificata.
   *[other] { $count } candidature ammissibili non sono ancora classificate.
}
results-exact-ties = { $count ->
    [one] { $count } candidatura è in una situazione di parità esatta che le regole di spareggio non consentono di risolvere.
   *[other] { $count } candidature sono in una situazione di parità esatta che le regole di spareggio non consentono di risolvere.
}
results-exact-ties-then = La giuria deve sciogliere la parità (con una votazione o dichiarando esplicitamente un ex aequo) prima che si possa decidere sui risultati.
results-no-exact-tie = Nessuna parità esatta nella graduatoria ufficiale.
results-no-comparison = Ancora nessun confronto statistico della graduatoria ufficiale.
results-statistical-ties = { $count ->
    [one] Nella graduatoria calibrata, { $count } candidatura non è distinguibile statisticamente dalla successiva (segnalata come «parità statistica»): il loro ordine potrebbe essere casuale.
   *[other] Nella graduatoria calibrata, { $count } candidature non sono distinguibili statisticamente dalla successiva (segnalate come «parità statistica»): il loro ordine potrebbe essere casuale.
}
results-distinguishable = Le candidature adiacenti in graduatoria sono distinguibili statisticamente.
results-overall-agreement = Accordo tra i membri della giuria sui totali ponderati (alfa di Krippendorff): { $alpha }, { $reading }.
results-no-outlier = Nessun punteggio anomalo.
results-outliers-count = { $count ->
    [one] { $count } punteggio anomalo da esaminare (qui sotto).
   *[other] { $count } punteggi anomali da esaminare (qui sotto).
}
results-ranking = Graduatoria ufficiale
results-col-rank = Posizione
results-col-total = Totale ponderato
results-col-thresholds = Soglie
results-col-calibrated = Calibrato
results-col-raw = Media grezza
results-col-interval = Intervallo di posizione (95%, calibrato)
results-col-top3 = P(primi 3), calibrato
results-col-flags = Segnalazioni
results-scorecards = { $count ->
    [one] { $count } scheda di valutazione
   *[other] { $count } schede di valutazione
}
results-per-criterion = Punteggi per criterio
results-below-threshold = sotto la soglia
results-trace = Dettaglio dello spareggio
results-all-met = tutte raggiunte
results-not-met = non raggiunte: { $criteria }
results-overall-total = totale complessivo
results-rank = posizione { $rank }
results-percent = { $value }%
results-tie-to-resolve = parità da risolvere
results-statistical-tie-with = parità statistica con «{ $title }» (graduatoria calibrata)
results-not-ranked = Candidature non classificate
results-unranked-consensus = il consenso non è registrato per tutti i criteri
results-unranked-calibrated = nessuna scheda di valutazione presentata assegna un punteggio a tutti i criteri
results-how-certain = Quanto è certa ciascuna posizione?
results-same-figures = La tabella qui sopra riporta gli stessi dati.
results-agreement = Accordo per criterio
results-alpha = Alfa di Krippendorff
results-reading = Interpretazione
results-reliability = Affidabilità della media
results-distributions = Punteggi assegnati per criterio
results-leniency = Indulgenza dei membri della giuria (scostamenti stimati dal modello per membro della giuria, in punti)
results-juror = Membro della giuria
results-offset = Scostamento
results-se = Errore standard
results-scorecards-column = Schede di valutazione
results-mean-given = Media assegnata
results-lenient-severe = Membri della giuria indulgenti e severi
results-comparisons = Gli altri metodi di aggregazione concordano con la graduatoria ufficiale?
results-method = Metodo
results-tau = Tau-b di Kendall
results-same-top3 = Stessi primi 3
results-outliers = Punteggi anomali
results-total-given = Totale ponderato assegnato
results-robust-z = z robusto
results-read-scorecard = Leggi la scheda di valutazione
results-method-first = Risultati: scelga prima il metodo ufficiale
results-method-why = Prima che venga mostrata qualsiasi graduatoria, registri il modo in cui è calcolata la graduatoria ufficiale. In questo modo nessuno può scegliere un metodo dopo aver visto quale favorisce una candidatura. La scelta viene annotata nel registro di audit; una volta mostrati i risultati, per modificarla occorre una motivazione scritta.
results-method-hint = Entrambi i metodi sono sempre mostrati uno accanto all’altro; solo quello ufficiale determina l’ordine e l’assegnazione dei premi.
results-method-record = Registra il metodo e mostra i risultati
results-method-recorded = Il metodo ufficiale è: { $method }.
results-reason = Motivo
results-back-to-edition = Torna all’edizione
results-method-not-recorded = Metodo non registrato

## I metodi.
method-consensus-total = Totale ponderato dei punteggi di consenso
method-calibrated = Punteggi calibrati: i totali ponderati dei membri della giuria, al netto dell’indulgenza di ciascuno
method-mean = Media dei totali dei membri della giuria
method-median = Mediana dei totali dei membri della giuria
method-trimmed-mean = Media troncata dei totali dei membri della giuria
method-juror-z = Standardizzazione per membro della giuria (punteggi z)
method-bias-corrected = Correzione delle distorsioni (modello per membro della giuria)
method-borda = Metodo Borda applicato alle graduatorie dei membri della giuria
method-schulze = Metodo Schulze applicato alle graduatorie dei membri della giuria

## Letture delle statistiche in linguaggio semplice.
reading-agreement-unmeasurable = non misurabile: troppo poche candidature sono state valutate da almeno due membri della giuria
reading-agreement-good = i membri della giuria sono ampiamente d’accordo
reading-agreement-partial = i membri della giuria sono d’accordo solo in parte: occorre cautela nel trarre conclusioni
reading-agreement-poor = i membri della giuria non sono d’accordo: da discutere prima di decidere
reading-reliability-unmeasurable = non misurabile con questi punteggi
reading-reliability-good = i punteggi medi distinguono le candidature in modo affidabile
reading-reliability-rough = i punteggi medi distinguono le candidature solo in modo approssimativo
reading-reliability-noise = i punteggi medi riflettono soprattutto la variabilità dei giudizi individuali: non basare la graduatoria su piccoli scarti

## Le legende dei grafici e i relativi testi alternativi.
chart-ranks-dot = posizione calibrata
chart-ranks-whisker = intervallo al 95% della posizione calibrata (bootstrap)
chart-ranks-flagged = rosso: non distinguibile dalla candidatura successiva, oppure parità esatta da risolvere
chart-ranks-description = Per ciascuna candidatura, nell’ordine ufficiale, il punto indica la posizione calibrata e la linea il relativo intervallo al 95% sulle repliche bootstrap; se le linee si sovrappongono, le posizioni non sono distinguibili. Una linea rossa segnala una candidatura che il bootstrap non consente di distinguere dalla successiva (parità statistica), oppure una candidatura in parità esatta che la giuria deve risolvere.
chart-offsets-dot = scostamento in punti
chart-offsets-whisker = intervallo al 95% dello scostamento
chart-offsets-flagged = rosso: l’intervallo non include lo zero (membro della giuria chiaramente indulgente o severo)
chart-offsets-reference = zero: assegna punteggi come gli altri membri della giuria
chart-offsets-description = Lo scostamento di ciascun membro della giuria, in punti, è indicato da un punto e il relativo intervallo al 95% da una linea: a destra dello zero, il membro della giuria assegna punteggi più indulgenti rispetto agli altri; a sinistra, più severi. Le linee rosse non attraversano lo zero.
chart-distribution-description = { $count } punteggi da 0 a { $max }, una barra per valore.

## Dettaglio dello spareggio: perché una candidatura è classificata prima della successiva.
tie-thresholds = { $above } prima di { $below }: raggiunge tutte le soglie, { $below } no
tie-total = { $above } prima di { $below }: totale ponderato { $higher } > { $lower }
tie-same-total = { $first } e { $second } hanno lo stesso totale ponderato { $total }
tie-criterion-higher = { $criterion } (priorità di spareggio { $priority }): { $higher } > { $lower }
tie-criterion-equal = { $criterion } (priorità di spareggio { $priority }): parità a { $score }
tie-above = quindi { $above } viene prima di { $below }
tie-unresolved = parità non risolta: decide la giuria
tie-calibrated = { $above } prima di { $below }: punteggio calibrato { $higher } > { $lower }
tie-same-calibrated = { $first } e { $second } hanno lo stesso punteggio calibrato { $score }: decide la giuria

## Avvertenze del motore statistico su un’analisi.
caution-model-not-estimable = Il modello dei membri della giuria non può essere stimato ({ $why }): varianze, effetti, indulgenze ed errori standard non sono indicati, e la classifica corretta per le distorsioni riporta la media semplice.
caution-issue-few-submissions = meno di 2 candidature: la varianza tra candidature non può essere stimata
caution-issue-few-jurors = meno di 2 membri della giuria: la varianza tra membri della giuria non può essere stimata
caution-issue-no-residual = nessun grado di libertà residuo: la varianza dell’errore non può essere distinta dalle varianze delle candidature e dei membri della giuria
caution-issue-not-finite = le stime non sono numeri finiti
caution-exact-fit = I punteggi seguono esattamente «punteggio = media + effetto della candidatura + indulgenza del membro della giuria» (nessuna variazione residua): la varianza dell’errore è 0 e le altre varianze sono la soluzione REML su quel limite.
caution-near-exact-fit = I punteggi seguono quasi esattamente «punteggio = media + effetto della candidatura + indulgenza del membro della giuria»: le varianze sono la soluzione REML dove la varianza dell’errore tende a 0.
caution-ratio-at-bound = La varianza residua del modello è trascurabile rispetto alla varianza delle candidature o dei membri della giuria: varianze, ICC del modello, affidabilità ed errori standard non sono indicati; effetti e indulgenze sono vicini all’adattamento a effetti fissi.
caution-disconnected = I membri della giuria e le candidature formano { $count } gruppi separati ({ $components }): indulgenze e punteggi calibrati non sono confrontabili tra gruppi, quindi la classifica corretta per le distorsioni ordina le candidature all’interno di ciascun gruppo e il bootstrap non accoppia mai candidature di gruppi diversi; le altre classifiche confrontano gli aggregati grezzi tra i gruppi.
caution-component = Gruppo { $number }: { $submissions } candidature, { $jurors } membri della giuria.
caution-schulze-skipped = Il metodo di Schulze non viene calcolato: più di { $max } candidature.
caution-juror-z = I punteggi standardizzati (juror_z) escludono { $scores ->
        [one] { $scores } punteggio
       *[other] { $scores } punteggi
    } di { $jurors ->
        [one] { $jurors } membro della giuria
       *[other] { $jurors } membri della giuria
    } con meno di 5 punteggi o senza dispersione (non possono essere standardizzati).
caution-juror-z-unranked = { $first } { $count ->
        [one] { $count } candidatura non ha alcun punteggio standardizzato: è classificata per ultima.
       *[other] { $count } candidature non hanno alcun punteggio standardizzato: sono classificate per ultime.
    }
caution-bootstrap-without-model = Bootstrap: il modello dei membri della giuria non può essere stimato, quindi gli intervalli di posizione, le coppie adiacenti e i segnali di parità usano la media invece dei punteggi corretti per le distorsioni.
caution-bootstrap-without-values = Bootstrap: nessuna candidatura ha un valore { $method }, quindi gli intervalli di posizione, le coppie adiacenti e i segnali di parità usano la media.
caution-bootstrap-pairs-skipped = Bootstrap: { $count ->
        [one] { $count } coppia adiacente della classifica { $method } è esclusa perché le sue candidature appartengono a gruppi diversi.
       *[other] { $count } coppie adiacenti della classifica { $method } sono escluse perché le loro candidature appartengono a gruppi diversi.
    }
