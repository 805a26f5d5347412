# L’assegnazione automatica dei membri della giuria: il riepilogo dello schema, le sue note e perché una richiesta non può essere soddisfatta.

## Il riepilogo dello schema, un messaggio per riga.
assign-summary-header = { $submissions ->
        [one] { $submissions } candidatura
       *[other] { $submissions } candidature
    } × { $jurors ->
        [one] { $jurors } membro della giuria
       *[other] { $jurors } membri della giuria
    }, { $required ->
        [one] { $required } membro della giuria
       *[other] { $required } membri della giuria
    } per candidatura (seme casuale { $seed }): { $total ->
        [one] { $total } assegnazione
       *[other] { $total } assegnazioni
    } ({ $kept ->
        [one] { $kept } mantenuta
       *[other] { $kept } mantenute
    }, { $calibration ->
        [one] { $calibration } aggiunta
       *[other] { $calibration } aggiunte
    } per il blocco di calibrazione, { $automatic ->
        [one] { $automatic } aggiunta
       *[other] { $automatic } aggiunte
    } per arrivare a { $required } per candidatura)
assign-summary-loads-balanced = Carico di lavoro: da { $min } a { $max } per membro della giuria (media { $mean }), bilanciato
assign-summary-loads-unbalanced = Carico di lavoro: da { $min } a { $max } per membro della giuria (media { $mean }), non bilanciato
assign-summary-language = Lingua: { $mismatches ->
        [one] { $mismatches } assegnazione
       *[other] { $mismatches } assegnazioni
    } in una lingua che il membro della giuria non legge ({ $automatic ->
        [one] { $automatic } aggiunta automaticamente
       *[other] { $automatic } aggiunte automaticamente
    }); { $lacking ->
        [one] { $lacking } candidatura può essere letta da meno membri della giuria di quanti ne servono
       *[other] { $lacking } candidature possono essere lette da meno membri della giuria di quanti ne servono
    }
assign-summary-overlap = Sovrapposizione: { $sharing ->
        [one] { $sharing } coppia di membri della giuria su { $pairs } ha
       *[other] { $sharing } coppie di membri della giuria su { $pairs } hanno
    } almeno una candidatura in comune; candidature in comune per coppia: min. { $min }, media { $mean }, max. { $max }
assign-summary-connected = Connessione: lo schema è connesso
assign-summary-disconnected = Connessione: { $components ->
        [one] { $components } componente
       *[other] { $components } componenti
    }
# Una riga per componente di uno schema non connesso.
assign-summary-component = Componente { $number }: membri della giuria { $names }; { $count ->
        [one] { $count } candidatura
       *[other] { $count } candidature
    }
assign-summary-repairs = { $count ->
        [one] È stato effettuato { $count } scambio per rendere connesso lo schema
       *[other] Sono stati effettuati { $count } scambi per rendere connesso lo schema
    }
assign-summary-idle = { $count ->
        [one] Membro della giuria senza assegnazioni: { $names }
       *[other] Membri della giuria senza assegnazioni: { $names }
    }
assign-summary-calibration-none = Blocco di calibrazione: nessuno
assign-summary-calibration = Blocco di calibrazione (valutato da tutti i membri della giuria): { $names }
# Segue una delle note riportate più sotto.
assign-summary-note = Nota: { $note }
# Un elenco di nomi abbreviato.
assign-list-more = { $names }, … e ancora { $count }

## Le note su uno schema.
assign-notice-unbalanced = Il carico di lavoro va da { $min } a { $max } assegnazioni per membro della giuria, il miglior equilibrio consentito dai conflitti di interessi, dalle assegnazioni mantenute e dai carichi massimi.
assign-notice-disconnected-too-few = Il grafo che collega i membri della giuria alle candidature ha { $components } componenti separate: l’indulgenza dei membri della giuria si può confrontare solo all’interno di una stessa componente. Uno schema connesso richiede almeno { $needed } assegnazioni e questo ne ha { $assignments }: aumenti il numero di membri della giuria per candidatura o aggiunga un blocco di calibrazione.
assign-notice-disconnected-conflicts = Il grafo che collega i membri della giuria alle candidature ha { $components } componenti separate: l’indulgenza dei membri della giuria si può confrontare solo all’interno di una stessa componente. Nessuno scambio che mantenga invariato il carico di lavoro di ciascuno può collegarle nel rispetto dei conflitti di interessi: aggiunga un blocco di calibrazione o un membro della giuria senza conflitti di interessi.
assign-notice-over-assigned = { $submission } mantiene { $kept } membri della giuria, più dei { $required } richiesti; non ne è stato aggiunto nessuno.
assign-notice-above-cap = { $juror } ha già { $load ->
        [one] { $load } assegnazione
       *[other] { $load } assegnazioni
    }, oltre il suo carico massimo di { $cap }; non ne è stata aggiunta nessuna.

## Perché una richiesta di assegnazione non può essere soddisfatta.
# Seguono i problemi, ciascuno in forma di frase.
assign-infeasible-invalid = La richiesta di assegnazione è incoerente. { $problems }
assign-infeasible-zero-per-submission = Il numero di membri della giuria per candidatura deve essere almeno 1.
assign-infeasible-duplicate-submission = { $submission } compare due volte nella richiesta.
assign-infeasible-duplicate-juror = { $juror } compare due volte nella richiesta.
assign-infeasible-unknown-submission-conflicts = L’elenco dei conflitti menziona { $submission }, che non è nella richiesta.
assign-infeasible-unknown-submission-keep = L’elenco delle assegnazioni da mantenere menziona { $submission }, che non è nella richiesta.
assign-infeasible-unknown-juror-conflicts = L’elenco dei conflitti menziona { $juror }, che non è nella richiesta.
assign-infeasible-unknown-juror-keep = L’elenco delle assegnazioni da mantenere menziona { $juror }, che non è nella richiesta.
assign-infeasible-kept-but-conflicted = { $submission } è assegnata a { $juror }, che però ha un conflitto di interessi con essa: rimuova prima questa assegnazione.
assign-infeasible-cap-below-calibration = Il carico massimo di { $juror } ({ $cap ->
        [one] { $cap } candidatura
       *[other] { $cap } candidature
    }) è inferiore alla dimensione del blocco di calibrazione ({ $block }).
# Chiude un elenco abbreviato.
assign-infeasible-more = … e ancora { $count }.
assign-infeasible-too-few-jurors = { $count ->
        [one] { $count } candidatura ha
       *[other] { $count } candidature hanno
    } meno di { $required ->
        [one] { $required } membro della giuria
       *[other] { $required } membri della giuria
    } senza conflitto di interessi ({ $jurors } membri della giuria in totale, { $required } richiesti per candidatura). { $shortfalls } Aggiunga membri della giuria, decida sui conflitti potenziali in sospeso o riduca il numero di membri della giuria per candidatura.
# Una candidatura a cui mancano membri della giuria, all’interno di assign-infeasible-too-few-jurors.
assign-infeasible-shortfall = { $submission }: { $available } senza conflitto, { $conflicted } in conflitto; { $missing ->
        [one] ne manca { $missing }.
       *[other] ne mancano { $missing }.
    }
assign-infeasible-calibration = È stato richiesto un blocco di calibrazione di { $requested ->
        [one] { $requested } candidatura
       *[other] { $requested } candidature
    }, ma { $count ->
        [one] solo { $count } candidatura non ha
       *[other] solo { $count } candidature non hanno
    } conflitti con alcun membro della giuria ({ $names }). Scelga un blocco più piccolo o nessun blocco.
assign-infeasible-calibration-none = È stato richiesto un blocco di calibrazione di { $requested ->
        [one] { $requested } candidatura
       *[other] { $requested } candidature
    }, ma ogni candidatura ha un conflitto con almeno un membro della giuria. Assegni senza blocco di calibrazione.
assign-infeasible-capacity = La capacità totale è insufficiente: le candidature richiedono ancora { $needed ->
        [one] { $needed } assegnazione
       *[other] { $needed } assegnazioni
    }, ma i carichi massimi dei membri della giuria ne consentono solo altre { $available }. Aumenti i carichi massimi o aggiunga membri della giuria.
assign-infeasible-bottleneck = { $count ->
        [one] { $count } candidatura ({ $names }) richiede
       *[other] { $count } candidature ({ $names }) richiedono
    } altri { $needed } membri della giuria in totale, ma i membri della giuria senza conflitti con esse possono darne al massimo altri { $available } entro il loro carico massimo. Aumenti il carico massimo di questi membri della giuria, aggiunga membri della giuria o decida sui conflitti in sospeso.

assign-added = { $count ->
    [one] È stata aggiunta un’assegnazione.
   *[other] Sono state aggiunte { $count } assegnazioni.
}

## Come i messaggi dell’assegnazione nominano le candidature e i membri della giuria.
# Il titolo di una candidatura tra virgolette basse.
assign-name-title = «{ $title }»
assign-name-submission = candidatura { $id }
assign-name-person = { $name }
assign-name-juror = membro della giuria { $id }
assign-name-id = { $id }
assign-name-list = { $items }
