# Le pagine di valutazione della segreteria: l’avanzamento della giuria, le griglie di valutazione, la scheda di un membro della giuria, l’importazione di candidature e le assegnazioni.

## L’avanzamento della giuria.
progress-title = Avanzamento: { $edition }
progress-heading = Avanzamento della giuria
progress-sort-filter = Ordina e filtra
progress-order = Ordine
progress-least-first = Prima i meno avanzati
progress-by-name = Per nome
progress-unfinished-only = Solo ciò che non è completato
progress-show = Mostra
progress-per-submission = Schede di valutazione per candidatura
progress-per-juror = Schede di valutazione per membro della giuria
progress-done = Completate

## Le griglie di valutazione.
rubrics-summary = Le griglie di valutazione fornite con Laurel provengono dalla cartella delle griglie sul server e non possono essere modificate qui: ne copi una per modificarla. Le griglie di valutazione create qui possono essere modificate finché nessuna edizione uscita dalla fase di bozza le utilizza per assegnare i punteggi. Quando un’edizione adotta una griglia di valutazione, il suo contenuto viene congelato insieme alla relativa impronta.
rubrics-scale = Scala
rubrics-scale-half = da { $min } a { $max }, a mezzi punti
rubrics-scale-whole = da { $min } a { $max }, a punti interi
rubrics-overall-threshold = Soglia complessiva
rubrics-hash = Impronta del contenuto
rubrics-criteria-of = Criteri della griglia «{ $name }»
rubrics-tie-break-order = Ordine di spareggio
rubrics-threshold = Soglia
rubrics-core = Essenziale
rubrics-core-yes = Sì
rubrics-core-no = No
rubrics-guidance = { $name }: domande guida e livelli

## La scheda di valutazione di un membro della giuria, letta dalla segreteria.
reading-scorecard-title = Scheda di valutazione: { $title }
reading-by = Di
reading-revision = versione { $number }
reading-scores-comments = Punteggi e commenti

## L’importazione di candidature da un file CSV.
import-page-title = Importa candidature
import-page-heading = Importa candidature da un file CSV
import-page-nothing-imported = Non è stato importato nulla
import-page-correct-every-line = Corregga tutte le righe indicate qui sotto e carichi di nuovo il file: un file viene importato per intero oppure non viene importato affatto.
import-page-the-file = Il file
# Seguono le colonne facoltative, «e» (import-page-and), l’ultima e poi import-page-optional.
import-page-columns = Una candidatura per riga, in UTF-8, con una riga di intestazione che riporti i nomi di queste colonne (in qualsiasi ordine;
import-page-and = e
import-page-optional = sono facoltative):
import-page-checks = Ogni riga viene verificata come nel modulo online. Per gli indirizzi e-mail sconosciuti vengono creati nuovi account di ente proponente, che potranno accedere dopo che la segreteria avrà impostato la relativa password.
# Segue il nome della colonna submitted_at.
import-page-submitted-at = indica quando l’altro strumento ha ricevuto la candidatura (ad es. 2026-06-01T10:00:00Z); se è vuota, vale il momento dell’importazione.
import-page-csv-file = File CSV
import-page-import = Importa
import-page-imported = { $count ->
    [one] { $count } candidatura è stata importata e presentata.
   *[other] { $count } candidature sono state importate e presentate.
}

## L’assegnazione delle valutazioni ai membri della giuria.
assign-title = Assegnazioni: { $edition }
assign-heading = Assegnazioni
assign-design = Schema dell’assegnazione
assign-not-possible = L’assegnazione automatica non è possibile
assign-automatic = Assegnazione automatica
assign-automatic-hint = Assegna a ogni candidatura ammissibile il numero di membri della giuria indicato qui sotto, mai un membro in conflitto di interessi; mantiene le assegnazioni esistenti, bilancia il carico di lavoro, privilegia i membri della giuria che leggono la lingua della candidatura e collega ciascun membro della giuria agli altri tramite candidature in comune, così da poter misurare l’indulgenza di ciascuno. Un blocco di calibrazione è un piccolo numero di candidature valutate da tutti i membri della giuria. Lo stesso seme produce la stessa assegnazione.
assign-per-submission = Membri della giuria per candidatura
assign-calibration = Blocco di calibrazione (candidature)
assign-seed = Seme casuale
assign-automatically = Assegna automaticamente
assign-by-hand = Assegnazione manuale
assign-assign = Assegna
assign-assigned = La candidatura è stata assegnata al membro della giuria.
assign-loads = Carico di lavoro
assign-load = { $name }: { $count }
assign-every = Tutte le assegnazioni
assign-change = Modifica
assign-suspended = Sospesa
# Segue un link, assign-decide.
assign-suspended-why = un conflitto di interessi tiene lontano questo membro della giuria;
assign-decide = decida in merito
assign-remove-label = Motivo della rimozione dell’assegnazione di { $name }
assign-remove-placeholder = Motivo della rimozione
assign-removed = L’assegnazione è stata rimossa.
assign-reopen-label = Motivo della riapertura della scheda di valutazione di { $name }
assign-reopen-placeholder = Motivo della riapertura
assign-reopen = Riapri
assign-reopened = La scheda di valutazione è stata riaperta; inizia una nuova versione e la cronologia viene conservata.
assign-only-submitted = Solo una scheda di valutazione presentata può essere riaperta.
