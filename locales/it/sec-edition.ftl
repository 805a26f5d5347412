# Il modulo di un’edizione, una candidatura con la decisione sulla sua ammissibilità, le decisioni della giuria e le pagine tra la valutazione della giuria e la fase di consenso (segreteria).

## Il modulo di un’edizione (nuova o modifica).
edition-form-new = Nuova edizione
edition-form-edit = Modifica { $edition }
edition-form-created = L’edizione { $edition } è stata creata come bozza.
edition-form-saved = L’edizione { $edition } è stata salvata.
edition-form-not-saved = L’edizione non è stata salvata
edition-form-the-edition = L’edizione
edition-form-name = Nome
edition-form-rubric-hint = Viene bloccata all’apertura del bando: il suo contenuto è conservato con l’edizione.
edition-form-languages = Lingue ammesse
edition-form-categories = Categorie (facoltativo)
# Seguito dal formato di una riga, ad esempio «CODICE | Nome».
edition-form-categories-hint = Una per riga, nel formato
edition-form-categories-format = CODICE | Nome
# Tra il formato e l’esempio.
edition-form-categories-eg = , ad esempio
edition-form-categories-example = CLIMA | Clima e ambiente
edition-form-peers = Quando i membri della giuria vedono i punteggi degli altri
edition-form-peers-hint = I punteggi restano sempre anonimi per gli altri membri della giuria. Questa scelta viene bloccata all’avvio della valutazione della giuria.
edition-form-dates = Date
edition-form-time-zone = Fuso orario delle date
edition-form-time-zone-hint = Un nome IANA, ad esempio Europe/Brussels. I proponenti vedono la scadenza anche nel proprio fuso orario.
edition-form-closes = Chiusura (scadenza)
edition-form-closes-hint = Le candidature sono accettate fino all’inizio di questo minuto; un secondo dopo è troppo tardi.
edition-form-scoring-deadline = Scadenza delle schede di valutazione (facoltativo)
edition-form-scoring-deadline-hint = Viene indicata ai membri della giuria insieme alle valutazioni loro assegnate; la valutazione resta aperta fino alla fase di consenso.
edition-form-texts = I testi del bando
edition-form-introduction = Presentazione del bando (facoltativa)
edition-form-introduction-hint = L’oggetto del bando, in poche frasi. I proponenti la leggono sopra il pulsante che avvia una candidatura.
edition-form-texts-hint = Nelle lingue dell’interfaccia (tutto è facoltativo): chi legge in una lingua che qui ha un nome o una presentazione li legge nella propria lingua; gli altri vedono il nome e la presentazione qui sopra.
edition-form-name-in = Nome in { $language }
edition-form-introduction-in = Presentazione in { $language }
edition-form-categories-in = Categorie in { $language }
edition-form-categories-in-hint = I nomi delle categorie qui sopra in questa lingua, uno per riga, nel formato
edition-form-lead-countries = Paesi in cui può trovarsi il proponente capofila
edition-form-lead-countries-hint = Codici ISO 3166 alpha-2 separati da spazi. Valore predefinito: i 27 Stati membri dell’UE.
edition-form-partner-countries-hint = Valore predefinito: l’elenco dei beneficiari di APS del DAC dell’OCSE (per la rendicontazione dei flussi 2024 e 2025) e i paesi del Partenariato orientale.
edition-form-started-after = Progetto avviato a partire dal (facoltativo)
edition-form-active-after = Progetto in corso o concluso a partire dal (facoltativo)
edition-form-save = Salva l’edizione

## Una candidatura, con la decisione della segreteria sulla sua ammissibilità.
submission-page-title = Candidatura { $number }
submission-page-submitted = presentata il { $time }
submission-page-withdrawn = riportata in seguito in bozza; questa è l’ultima versione presentata
submission-page-untitled = Bozza senza titolo
submission-page-never-submitted = Questa candidatura è una bozza che non è mai stata presentata: non c’è ancora nulla da leggere.
# Seguito dalla decisione, ad esempio «Ammissibile».
submission-page-decided-by = Decisione della segreteria ({ $name }, { $time }):
submission-page-decided = Decisione della segreteria:
submission-page-rules-gave = Esito dell’applicazione dei requisiti: { $outcome }.
submission-page-rules-caption = Requisiti da E1 a E8
submission-page-decide = Decidere
submission-page-decision = Decisione
submission-page-reason = Motivazione (sarà letta dal proponente)
submission-page-record = Registra la decisione
submission-page-decided-flash = Decisione sull’ammissibilità: { $outcome }.

## Le decisioni della giuria, registrate dalla segreteria.
decisions-page-heading = Le decisioni della giuria
decisions-page-hint = Registri ciascun premio adottato dalla giuria, con la relativa motivazione e il voto di ciascun membro della giuria che può votare su di esso (un membro della giuria in conflitto di interessi con una candidatura non vota mai su di essa). Un premio è condiviso solo con una decisione espressa di ex aequo. La presidenza della giuria conferma poi le decisioni e l’edizione può passare alla fase «{ $phase }».
decisions-page-ready = Pronta per la decisione
decisions-page-before = Prima che l’edizione possa passare alla decisione
# Seguito da un link alla pagina dell’edizione («sua pagina»).
decisions-page-ready-move = Tutte le decisioni sono confermate dalla presidenza della giuria e non resta alcuna parità da risolvere sul podio: porti l’edizione alla fase «{ $phase }» dalla
decisions-page-its-page = sua pagina
decisions-page-none = Ancora nessuna decisione.
decisions-page-caption = Decisioni della giuria di { $edition }
decisions-page-chair = Presidenza della giuria
decisions-page-change = Modifica
decisions-page-ex-aequo = ex aequo
decisions-page-each-juror = Voto di ciascun membro della giuria
decisions-page-juror-vote = { $name }: { $label }
decisions-page-vote-for = Favorevole
decisions-page-vote-against = Contrario
decisions-page-vote-abstain = Astenuto
decisions-page-vote-absent = Assente
decisions-page-confirmed = Confermata
decisions-page-not-confirmed = Non ancora confermata
decisions-page-remove = Elimina…
decisions-page-remove-reason = Motivo dell’eliminazione di questa decisione (almeno { $min } caratteri)
decisions-page-remove-button = Elimina la decisione
decisions-page-no-method = Il metodo ufficiale non è ancora stato scelto
# Seguito da un link alla pagina dei risultati.
decisions-page-no-method-why = La graduatoria su cui decide la giuria è calcolata con il metodo ufficiale, scelto una sola volta e prima che venga mostrato qualsiasi risultato:
decisions-page-choose-method = lo scelga nella pagina dei risultati
# Seguito da un link alla pagina dei risultati («pagina dei risultati»).
decisions-page-full-checks = Le verifiche complete (graduatoria calibrata, intervalli di posizione, concordanza, valori anomali) si trovano nella
decisions-page-results-page = pagina dei risultati
decisions-page-ranking-caption = Graduatoria ufficiale di { $edition }
decisions-page-decide = Decidere
decisions-page-tie = parità: decide la giuria
decisions-page-met = raggiunte
decisions-page-not-met = non raggiunte
decisions-page-record-title = Registra una decisione
decisions-page-not-recorded = Non registrata
decisions-page-choose-option = Scelga…
decisions-page-choose = Scegli
decisions-page-special-name = Nome del premio speciale (per un premio speciale)
decisions-page-ex-aequo-check = Ex aequo: la giuria condivide questo premio con la candidatura o le candidature che lo hanno già ottenuto
decisions-page-rationale-label = Motivazione (pubblicata con il premio; al massimo { $max } caratteri)
decisions-page-the-vote = La votazione
decisions-page-not-voting = Non votano (conflitto di interessi): { $named }.
decisions-page-record = Registra la decisione
decisions-page-recorded-first = Il primo premio è stato registrato.
decisions-page-recorded-second = Il secondo premio è stato registrato.
decisions-page-recorded-third = Il terzo premio è stato registrato.
decisions-page-recorded-special = Il premio speciale è stato registrato.
decisions-page-recorded-none = La decisione di non assegnare alcun premio (per risolvere una parità) è stata registrata.
decisions-page-removed = La decisione è stata eliminata; la presidenza della giuria deve confermare di nuovo le decisioni.
# Ciò che è stato inserito, mostrato quando non è stato possibile registrare o eliminare una decisione.
decisions-page-typed-special-name = Nome del premio speciale
decisions-page-typed-ex-aequo = Ex aequo
decisions-page-typed-vote = Voto di { $name }
decisions-page-typed-why-removed = Motivo dell’eliminazione della decisione
decisions-page-not-recorded-heading = Decisione non registrata
decisions-page-wrong-phase = Non registrata: le decisioni possono essere modificate solo durante la fase di consenso, e questa edizione si trova nella fase «{ $phase }».
decisions-page-back-to-decisions = Torna alle decisioni

## L’apertura della fase di consenso.
consensus-open-title = Apri la fase di consenso: { $edition }
consensus-open-heading = Apri la fase di consenso
consensus-open-where = A che punto è la valutazione della giuria
consensus-open-submissions = Candidature ammissibili
consensus-open-assignments = Valutazioni assegnate
consensus-open-submitted = Schede di valutazione presentate
consensus-open-in-progress = Schede di valutazione in corso
consensus-open-not-started = Schede di valutazione non iniziate
consensus-open-suspended = Sospese per un conflitto di interessi
consensus-open-suspended-count = { $count ->
    [one] { $count } (non viene conteggiata)
   *[other] { $count } (non vengono conteggiate)
}
consensus-open-progress-link = Vedere ciò che resta da completare nel quadro di avanzamento
consensus-open-refused = Non è possibile aprire la fase di consenso: { $why }.
consensus-open-unfinished = Schede di valutazione non completate
consensus-open-all-submitted = Tutte le schede di valutazione sono state presentate.
consensus-open-what = Nella fase di consenso il relatore o la presidenza della giuria registra i punteggi concordati, e i membri della giuria vedono i punteggi degli altri secondo l’impostazione dell’edizione. Può tornare alla valutazione della giuria, indicando un motivo, finché non è registrato alcun consenso.
consensus-open-with-unfinished = { $count ->
    [one] Apri la fase di consenso con { $count } scheda di valutazione non completata
   *[other] Apri la fase di consenso con { $count } schede di valutazione non completate
}
consensus-open-cancel = Annulla
consensus-open-not-confirmed = La fase di consenso non è stata aperta: verifichi le schede di valutazione qui sotto e confermi.

## Il ritorno dalla fase di consenso alla valutazione della giuria.
consensus-back-title = Ritorno alla valutazione della giuria: { $edition }
consensus-back-heading = Torna alla valutazione della giuria
consensus-back-refused = L’edizione non può tornare alla valutazione della giuria: { $why }.
consensus-back-typed = Il motivo che ha inserito
consensus-back-typed-hint = Non è stato modificato nulla. Lo copi se desidera conservarlo.
consensus-back-what-title = Che cosa succede
consensus-back-what = L’edizione esce dalla fase di consenso. I membri della giuria possono di nuovo completare e modificare le proprie schede di valutazione (presentate: { $submitted }; in corso: { $progress }; non iniziate: { $unstarted }). Non viene eliminato nulla; il motivo è conservato nel registro di audit.
consensus-back-reason = Motivo (conservato nel registro di audit; da { $min } a { $max } caratteri)
consensus-back-cancel = Annulla
consensus-back-done = L’edizione è tornata alla fase «{ $phase }»: i membri della giuria possono di nuovo completare e modificare le proprie schede di valutazione.

consensus-open-warning-unfinished = { $count } schede di valutazione su { $total } non sono state inviate ({ $progress } in corso, { $unstarted } non iniziate). Una volta aperta la fase di consenso, i membri della giuria non possono più modificarle: può cambiare solo una scheda che la segreteria riapre.
consensus-open-warning-unscored = { $count } candidature ammissibili su { $total } non hanno alcuna scheda di valutazione inviata: la giuria non avrebbe nulla da discutere su di esse.
consensus-open-warning-unassigned = Nessun membro della giuria è assegnato ad alcuna candidatura.
