# I rifiuti e i problemi segnalati dal livello applicativo, espressi nella lingua di chi legge.

account-refused-locked = Troppe password errate. Per sicurezza la verifica delle password è sospesa fino al { $until }.
register-problem-email-taken = Indirizzo e-mail: esiste già un account con questo indirizzo e-mail; effettui invece l’accesso
register-refused-until = Troppi account sono stati creati di recente dalla sua rete. Riprovi dopo il { $until }.
register-refused-later = Troppi account sono stati creati di recente dalla sua rete. Riprovi più tardi.
invitation-refused-later = Troppi account sono stati configurati di recente dalla sua rete. Riprovi più tardi.
accounts-problem-email-taken = Indirizzo e-mail: esiste già un account con questo indirizzo e-mail
accounts-refused-own = Non può disattivare il proprio account.
accounts-problem-role = Ruolo: scelga proponente, membro della giuria o segreteria

## Le etichette dei campi, come le indicano i problemi.
label-name = Nome e cognome
label-email = Indirizzo e-mail
label-initial-password = Password iniziale
label-new-password = Nuova password

## I problemi di un campo, indicato dalla sua etichetta.
problem-password-short = { $label }: almeno { $min } caratteri (questa ne ha { $chars })
problem-password-long = { $label }: al massimo { $max } caratteri
problem-password-spaces = { $label }: non può essere composta solo da spazi
problem-email = { $label }: deve essere un indirizzo e-mail come nome@esempio.org
problem-name-long = { $label }: al massimo { $max } caratteri
decisions-refused-nothing-to-confirm = Non c’è ancora alcuna decisione da confermare.
decisions-refused-confirm-phase = Le decisioni si confermano durante la fase di consenso; questa edizione è nella fase «{ $phase }».
consensus-refused-closed = Il consenso non può più essere modificato: l’edizione è nella fase «{ $phase }».
jury-problem-not-a-juror = Indirizzo e-mail: questo indirizzo appartiene a un account di proponente o della segreteria
jury-problem-already-member = Indirizzo e-mail: questa persona fa già parte della giuria
gate-consensus-not-open = La fase di consenso non è iniziata: i membri della giuria stanno ancora valutando in modo indipendente. È la segreteria ad aprirla.
gate-decisions-not-open = Le decisioni si prendono dalla fase di consenso in poi; questa edizione è nella fase «{ $phase }».
gate-decisions-not-final-round = I premi si decidono nell’ultimo turno; l’edizione è nel turno «{ $round }», che si chiude con la sua rosa.
gate-results-not-open = I risultati sono mostrati dalla fase di consenso in poi; questa edizione è nella fase «{ $phase }».
tokens-refused-too-many = Un account può avere al massimo { $max } token utilizzabili.
conflict-refused-own = Non può decidere sul proprio conflitto di interessi; deciderà la segreteria.
api-problem-not-a-criterion = { $key }: non è un criterio di questa griglia di valutazione
assignment-refused-not-submitted = Solo una scheda di valutazione presentata può essere riaperta.
decisions-refused-record-phase = Le decisioni si registrano durante la fase di consenso; questa edizione è nella fase «{ $phase }».
api-problem-names = names: true o false
api-problem-round = round: il posto del turno nell’edizione, un numero intero a partire da 1
api-problem-import-size = File: al massimo { $max } MiB
api-problem-phase = to: uno dei codici delle fasi (draft, open, closed, screening, jury_evaluation, consensus, decided, announced, archived)
api-problem-if-match = If-Match: invii l’ETag della versione che ha letto, ad esempio "3"
results-refused-no-method = Il metodo ufficiale non è ancora stato registrato: la segreteria lo registra nella pagina dei risultati.
problem-then = { $first }; { $then }
conflict-decided-allowed = Deciso: il membro della giuria può partecipare nonostante il conflitto.
conflict-decided-excluded = Deciso: il conflitto impedisce al membro della giuria di occuparsi di questa candidatura.
review-granted = Richiesta accolta: la dichiarazione è attenuata e le schede di valutazione sospese del membro della giuria tornano a essere conteggiate.
review-refused = Richiesta respinta: la dichiarazione resta invariata.
review-nothing-decided = { $problem }; non è stato deciso nulla.
edition-problem-next-state = Stato successivo: scelga una delle fasi
export-method-not-recorded = Scelga il metodo ufficiale nella pagina dei risultati ({ $address }) prima di esportare la graduatoria o le statistiche dei membri della giuria: nessuno deve poter scegliere un metodo dopo aver visto l’esito.

## Le decisioni della giuria.
label-reason = Motivo
label-special-name = Nome del premio speciale
label-rationale = Motivazione
why-decision = la giuria ha deciso così (testo letto dal proponente e, per i premi, dal pubblico)
why-decision-removed = la decisione viene eliminata
decision-problem-special-name = Nome del premio speciale: indichi il nome del premio speciale
decision-problem-already-has = Premio: questa candidatura ha già ottenuto «{ $prize }»; elimini prima quella decisione
decision-problem-ex-aequo = Ex aequo: «{ $prize }» è già assegnato a «{ $title }»; selezioni ex aequo per condividerlo oppure elimini quella decisione
decision-problem-no-votes = Votazione: registri come hanno votato i membri della giuria presenti
decision-problem-not-carried = Votazione: { $for } voti favorevoli e { $against } contrari non bastano ad adottare la decisione; servono più voti favorevoli che contrari
decision-problem-submission = Candidatura: scelga una candidatura ammissibile di questa edizione
decision-problem-stranger = Votazione: il membro della giuria #{ $juror } non può votare su questa candidatura (non fa parte della giuria, è un osservatore o è in conflitto di interessi con essa)
decision-problem-prize = Premio: scelga il premio (o nessun premio)
decision-problem-vote = Votazione: scelga favorevole, contrario, astenuto o assente per ciascun membro della giuria

## Le giurie, la verifica dell’ammissibilità, i risultati e i riesami.
label-juror-name = Nome
label-affiliation = Affiliazione
jury-problem-role = Ruolo nella giuria: ne scelga uno
jury-problem-country = Paese: scelga un paese
jury-problem-languages = Lingue: selezioni almeno una lingua letta dal membro della giuria
why-juror-removed = questo membro lascia la giuria
results-problem-method = Metodo ufficiale: scelga uno dei metodi.
why-method-changes = il metodo cambia
results-problem-reason-needed = Motivo: i risultati sono già stati mostrati, quindi per cambiare il metodo occorre una motivazione scritta (almeno { $min } caratteri). La modifica viene conservata nel registro di audit.
why-back-to-evaluation = la giuria torna alla valutazione individuale
screening-problem-not-submitted = Decisione: solo una candidatura presentata può essere sottoposta alla verifica dell’ammissibilità
screening-problem-outcome = Decisione: scelga ammissibile o non ammissibile
why-eligibility = la candidatura è ammissibile o no (il proponente leggerà questa motivazione)
review-problem-decision = Decisione: scelga se accogliere o respingere la richiesta
why-review-decided = la richiesta viene accolta o respinta
why-assignment-removed = l’assegnazione viene rimossa
why-scorecard-reopened = la scheda di valutazione viene riaperta
conflict-problem-decision = Decisione: scelga se autorizzare o escludere

## Le edizioni e le loro fasi.
edition-problem-zone = { $label }: `{ $value }` non è un fuso orario; usi un nome come Europe/Brussels
edition-problem-instant = { $label }: `{ $value }` non è una data con ora; la scriva nel formato YYYY-MM-DD HH:MM
edition-problem-time-twice = { $label }: { $time } si presenta due volte nel fuso orario { $zone } (quella notte gli orologi vengono spostati indietro); scelga un altro orario
edition-problem-time-skipped = { $label }: { $time } non esiste nel fuso orario { $zone } (quella notte gli orologi vengono spostati avanti); scelga un altro orario
edition-problem-country-codes = { $label }: non sono codici di paese ISO 3166: { $value }
edition-problem-no-country = { $label }: indichi almeno un codice di paese
edition-problem-date = { $label }: scriva la data nel formato YYYY-MM-DD
edition-problem-name = Nome: indichi un nome di al massimo 120 caratteri
edition-problem-name-too-long = Nome in un’altra lingua: al massimo { $most } caratteri
edition-problem-introduction-too-long = Presentazione: al massimo { $most } caratteri
edition-problem-text-languages = I testi del bando: { $value } non è una delle lingue dell’interfaccia
edition-problem-year = Anno: indichi un anno, ad esempio 2026
edition-problem-due-after-close = Scadenza delle schede di valutazione: deve essere successiva alla chiusura del bando
edition-problem-close-after-open = Chiusura (scadenza): deve essere successiva all’apertura
edition-problem-rubric = Griglia di valutazione: scelga una delle griglie di valutazione
edition-problem-shortlist = Numero di finalisti: indichi un numero da 1 a 500
edition-problem-languages = Lingue ammesse: ammetta almeno una lingua
edition-problem-peer-scores = Quando i membri della giuria vedono i punteggi degli altri: scelga una delle opzioni.
edition-problem-category-line = Categorie: la riga { $line } deve avere il formato `CODE | Name`
edition-problem-category-unknown = Categorie in un’altra lingua: la riga { $line } indica { $value }, che non è una categoria dell’edizione
edition-problem-category-label-line = Nomi delle categorie: un codice e il suo nome stanno ciascuno su una sola riga
edition-label-opens = Apertura
edition-label-scoring-deadline = Scadenza delle schede di valutazione
edition-label-lead-countries = Paesi del proponente capofila
edition-label-partner-countries = Paesi dei partner
edition-label-started-after = Progetto avviato a partire dal
edition-label-active-after = Progetto in corso o concluso a partire dal
edition-refused-locked = Un’edizione nella fase «{ $phase }» non può più essere modificata.
edition-refused-rubric-frozen = La griglia di valutazione viene bloccata all’apertura del bando; può essere modificata solo finché l’edizione è una bozza.
edition-refused-peer-scores-fixed = Quando i membri della giuria vedono i punteggi degli altri: questa scelta viene bloccata all’avvio della valutazione della giuria.
phase-refused-already = L’edizione è già nella fase «{ $phase }».
phase-refused-only-next = Un’edizione nella fase «{ $phase }» può passare solo alla fase «{ $next }».
phase-refused-final = Un’edizione nella fase «{ $phase }» non può più cambiare fase.
phase-refused-not-decidable = L’edizione non può ancora passare alla decisione. { $problems }
phase-refused-shortlist-first = L’edizione non può ancora passare alla decisione: il turno «{ $round }» si chiude quando la sua rosa è registrata e la presidenza la conferma; poi comincia il turno successivo.
phase-changed = L’edizione è ora nella fase «{ $phase }».
phase-changed-rechecked = L’edizione è ora nella fase «{ $phase }». I requisiti di ammissibilità sono stati applicati di nuovo (candidature interessate: { $count }).
decisions-blocking-tie = Parità alla posizione { $rank }: { $names }. L’ordine ufficiale non consente di separarle: registri una decisione per ciascuna (un premio, un ex aequo o nessun premio).
decisions-blocking-none = Non è ancora registrata alcuna decisione.
decisions-blocking-unconfirmed = La presidenza della giuria non ha ancora confermato le decisioni ({ $confirmed } su { $total } confermate).
decisions-blocking-no-method = Il metodo ufficiale di graduatoria non è ancora stato scelto: apra i risultati per sceglierlo.

## Il ritorno indietro, la rimozione di un membro della giuria.
back-refused-phase = solo un’edizione nella fase di consenso può tornare alla valutazione della giuria; questa edizione è nella fase «{ $phase }»
back-refused-consensus = { $count ->
    [one] è già registrato un consenso per una candidatura: una volta che la giuria ha concordato i punteggi, la valutazione individuale non può ricominciare
   *[other] è già registrato un consenso per { $count } candidature: una volta che la giuria ha concordato i punteggi, la valutazione individuale non può ricominciare
}
back-refused-decisions = { $count ->
    [one] la giuria ha registrato una decisione sui premi: la elimini prima di tornare alla valutazione della giuria
   *[other] la giuria ha registrato { $count } decisioni sui premi: le elimini prima di tornare alla valutazione della giuria
}
jury-removal-refused = Non è possibile rimuovere questo membro della giuria: { $why }.

## Le assegnazioni.
assign-refused-phase = le assegnazioni si effettuano durante la verifica dell’ammissibilità e la valutazione della giuria; questa edizione è nella fase «{ $phase }»
assign-refused-not-on-jury = questa persona non è un membro della giuria che assegna punteggi
assign-refused-not-eligible = questa candidatura non è ammissibile
assign-refused-conflicted = un conflitto di interessi esclude questo membro della giuria da questa candidatura
assign-refused-duplicate = questa candidatura è già assegnata a questo membro della giuria
assign-not-assigned = Assegnazione non effettuata: { $why }.
assign-problem-per-submission = Membri della giuria per candidatura: «{ $value }» non è un numero intero da 1 a 20.
assign-problem-calibration = Blocco di calibrazione: «{ $value }» non è un numero intero da 0 a 50.
assign-problem-seed = Seme casuale: «{ $value }» non è un numero intero (0 o superiore).
