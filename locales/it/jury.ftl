# Le pagine del membro della giuria: le valutazioni assegnate, la scheda di valutazione e la candidatura come la legge.

## Il pannello del membro della giuria.
jury-assignments = Le mie valutazioni
jury-awaiting = { $count ->
    [one] Presidenza della giuria di { $edition }: un conflitto di interessi attende la sua decisione.
   *[other] Presidenza della giuria di { $edition }: { $count } conflitti di interessi attendono la sua decisione.
}
jury-decide = { $count ->
    [one] Decidere sul conflitto
   *[other] Decidere sui conflitti
}
jury-my-juries = Le mie giurie
jury-phase = fase: { $phase }
jury-due = scadenza delle schede di valutazione: { $due }
jury-overdue = In ritardo
jury-declare-conflicts = dichiarare conflitti di interessi
jury-decisions-to-confirm = le decisioni della giuria (da confermare da parte della presidenza)
jury-shortlist-to-confirm = Una rosa attende la vostra conferma
jury-consensus-to-record = Consenso da registrare
jury-submitted-of = Schede di valutazione presentate: { $submitted } su { $total }
jury-in-draft = , { $count } in bozza
jury-suspended-count = { $count ->
    [one] { $count } scheda sospesa per un conflitto di interessi (non conteggiata).
   *[other] { $count } schede sospese per un conflitto di interessi (non conteggiate).
}
jury-none-assigned = Non le è stata ancora assegnata alcuna candidatura.
jury-assigned-caption = Candidature a lei assegnate
jury-scorecard = Scheda di valutazione
jury-submitted = Presentata
jury-suspended = Sospesa: conflitto di interessi
jury-role-chair = Presidenza
jury-role-member = Membro
jury-role-rapporteur = Relatore
jury-role-observer = Osservatore (non assegna punteggi)
scorecard-not-started = Non iniziata

## Le fasi di un’edizione.
phase-draft = Bozza
phase-open = Bando aperto
phase-closed = Bando chiuso
phase-screening = Verifica dell’ammissibilità
phase-jury-evaluation = Valutazione della giuria
phase-consensus = Consenso
phase-decided = Decisione adottata
phase-announced = Risultati annunciati
phase-archived = Archiviata

## La scheda di valutazione.
scorecard-title = Valutazione: { $title }
scorecard-is-locked = Questa scheda di valutazione è stata presentata ed è bloccata.
scorecard-please-check = Verifichi quanto segue
scorecard-both-versions = La versione salvata e la sua
scorecard-saved-elsewhere = Salvata altrove
scorecard-yours = La sua (non salvata)
scorecard-open-saved = Apri la versione salvata
scorecard-application = La candidatura
scorecard-application-hint = L’intera candidatura così come è stata presentata; ogni risposta a un criterio è riportata insieme al criterio corrispondente. I recapiti dell’ente proponente non sono mostrati alla giuria.
scorecard-peers = I punteggi degli altri membri della giuria
scorecard-peers-hint = Solo le schede di valutazione presentate, senza nomi.
scorecard-no-peers = Nessun altro membro della giuria ha ancora presentato la propria scheda di valutazione.
scorecard-juror = Membro della giuria { $letter }
scorecard-overall-short = Commento generale:
scorecard-your-scores = I suoi punteggi
scorecard-answer = La risposta dell’ente proponente
scorecard-questions = Domande guida
scorecard-levels = Significato di ciascun livello
scorecard-not-scored = Non ancora valutato
scorecard-comment-label = Commento (obbligatorio; motivi ogni punteggio pari o inferiore a 2; al massimo { $max } caratteri)
scorecard-overall-label = Commento generale (al massimo { $max } caratteri)
scorecard-submit = Presenta la mia scheda di valutazione
scorecard-submitted = La sua scheda di valutazione è stata presentata. Grazie.
scorecard-draft-saved = Bozza salvata.
scorecard-back = Torna alla sua pagina della giuria
scorecard-suspended = Scheda di valutazione sospesa
scorecard-suspended-why = Questa scheda di valutazione è sospesa perché il conflitto di interessi da lei dichiarato le impedisce di occuparsi di questa candidatura. Nulla del suo contenuto va perso: tornerà a essere conteggiata, senza modifiche, se la segreteria riterrà accettabile il conflitto.
scorecard-not-saved = Scheda di valutazione non salvata
scorecard-suspended-not-saved = Non salvata. Questa scheda di valutazione è sospesa perché il conflitto di interessi da lei dichiarato le impedisce di occuparsi di questa candidatura. Nulla del suo contenuto va perso: tornerà a essere conteggiata, senza modifiche, se la segreteria riterrà accettabile il conflitto.
scorecard-gone = Non salvata: questa scheda di valutazione non rientra tra le valutazioni a lei assegnate (la segreteria potrebbe aver revocato l’assegnazione).
scorecard-typed-score = { $name }: punteggio
scorecard-typed-comment = { $name }: commento
scorecard-overall = Commento generale
scorecard-stale = Questa scheda di valutazione è stata salvata da un’altra finestra o da un altro dispositivo dopo l’apertura di questa pagina. Non è stato sovrascritto nulla. Confronti le due versioni qui sotto: il modulo conserva la sua versione e, se la salva ora, questa sostituirà quella salvata; oppure apra la versione salvata per riprendere da quella.
scorecard-locked-meanwhile = Non salvata. Nel frattempo questa scheda di valutazione è stata presentata da un’altra finestra o da un altro dispositivo ed è ora bloccata; la segreteria può riaprirla. Quanto ha scritto è riportato qui sotto, così che possa copiarlo.
scorecard-closed-not-saved = Non salvata. { $why } Quanto ha scritto è riportato qui sotto, così che possa copiarlo.

## Che cosa non va in una scheda di valutazione.
scorecard-off-scale = { $name }: { $score } non rientra nella scala { $min }–{ $max }
scorecard-score-missing = { $name }: assegni un punteggio
scorecard-comment-of = { $name }, commento
scorecard-comment-missing = { $name }: il commento è obbligatorio
scorecard-justify = { $name }: un punteggio pari o inferiore a 2 richiede una motivazione di almeno { $min } caratteri
scorecard-overall-missing = Commento generale: inserisca un commento
scorecard-not-a-score = `{ $value }` non è un punteggio
scorecard-not-on-scale = `{ $value }` non rientra nella scala
scorecard-criterion-problem = { $name }: { $problem }
scoring-closed = La valutazione è chiusa: l’edizione è nella fase «{ $phase }».
scoring-round-closed = La valutazione è chiusa: questo turno è terminato e la sua rosa è adottata.
scoring-invalid = Alcuni punteggi o commenti devono essere corretti.
scoring-stale = Questa scheda di valutazione è stata salvata da un’altra finestra o da un altro dispositivo dopo che lei l’ha consultata. Non è stato sovrascritto nulla.
scoring-locked = Questa scheda di valutazione è stata presentata ed è bloccata; la segreteria può riaprirla.
scoring-suspended = Questa scheda di valutazione è sospesa perché il conflitto di interessi da lei dichiarato le impedisce di occuparsi di questa candidatura. Nulla del suo contenuto va perso.

## Una candidatura come la leggono i membri della giuria o la segreteria.
view-written-in = Redatta in { $language }.
view-dates-label = Date
view-dates = { $start } – { $end }
view-dates-ongoing = { $start } – in corso
view-lead = Ente capofila
view-partners = Partner
view-since = dal { $year }
view-budget = Budget
view-funding = Fonti di finanziamento
view-other-goals = Obiettivi secondari
view-targets = Traguardi
view-no-links = Nessun link.
view-documents = Documenti
view-no-documents = Nessun documento allegato.
view-signed-by = Dichiarazione sull’onore firmata da { $name }, { $role }.
view-signed-by-role = Firmatario della dichiarazione sull’onore: { $role } dell’ente proponente.
view-consent = Consenso alla pubblicazione: { $answer }.
view-no = no
view-contact = Contatto (non visibile alla giuria)
view-applicant = Proponente
view-email = Indirizzo e-mail

## Il consenso, registrato dal relatore o dalla presidenza della giuria.
consensus-title = Consenso: { $title }
consensus-hint = I punteggi individuali provengono dalle schede di valutazione presentate, senza nomi. La proposta è la loro mediana, arrotondata per difetto al mezzo punto. I criteri i cui punteggi presentano uno scarto di 2 punti o più sono segnalati per la discussione.
consensus-final = La fase di consenso è conclusa; il consenso riportato qui sotto è definitivo.
consensus-not-yet = Non ancora registrato
consensus-meanwhile = Registrato nel frattempo
consensus-dissent-line = Opinione dissenziente: { $dissent }
consensus-individual = Punteggi individuali:
consensus-none-yet = ancora nessuno
consensus-proposal = proposta:
consensus-discuss = Scarto di 2 punti o più: da discutere
consensus-remarks = I commenti dei membri della giuria
consensus-agreed-score = Punteggio concordato
consensus-comment-label = Commento di consenso (sarà letto dall’ente proponente; al massimo { $max } caratteri)
consensus-dissent-label = Opinione dissenziente (facoltativa; al massimo { $max } caratteri)
consensus-record = Registra il consenso
consensus-recorded = Il consenso è stato registrato.
consensus-not-recorded = Consenso non registrato
consensus-typed-score = { $name }: punteggio concordato
consensus-typed-comment = { $name }: commento di consenso
consensus-typed-dissent = { $name }: opinione dissenziente
consensus-back-to-scoring = Non registrato: la segreteria ha riportato l’edizione alla fase «{ $phase }», quindi il consenso su «{ $title }» non è aperto e i punteggi individuali sono di nuovo nascosti.
consensus-closed = Il consenso non può più essere modificato: l’edizione è nella fase «{ $phase }». Quanto ha scritto è riportato qui sotto, così che possa copiarlo.
consensus-recorded-meanwhile = Non registrato: un’altra persona ha registrato il consenso dopo l’apertura di questa pagina. Il consenso ora registrato è riportato qui sotto, mentre quanto ha inserito lei è ancora nel modulo: registri di nuovo per sostituirlo con il suo.
consensus-comment-of = { $name }, commento di consenso
consensus-dissent-of = { $name }, opinione dissenziente
consensus-comment-missing = { $name }: scriva il commento di consenso
consensus-score-missing = { $name }: scelga il punteggio concordato

## Le decisioni della giuria, confermate dalla presidenza.
decisions-title = Decisioni: { $edition }
decisions-heading = Le decisioni della giuria: { $edition }
decisions-hint = In qualità di presidente della giuria, lei conferma le decisioni che la segreteria ha registrato durante la riunione della giuria. Qualsiasi modifica successiva di una decisione richiede di nuovo la sua conferma.
decisions-hidden = { $count ->
    [one] { $count } decisione riguarda una candidatura per la quale lei è in conflitto di interessi; non le viene mostrata.
   *[other] { $count } decisioni riguardano candidature per le quali lei è in conflitto di interessi; non le vengono mostrate.
}
decisions-none = Ancora nessuna decisione da mostrare.
decisions-caption = Decisioni registrate
decisions-prize = Premio
decisions-submission = Candidatura
decisions-rationale = Motivazione
decisions-vote = Votazione
decisions-confirmed-column = Confermata
decisions-ex-aequo = (ex aequo)
decisions-tally = favorevoli: { $for }, contrari: { $against }, astenuti: { $abstain }
decisions-not-yet = Non ancora
decisions-confirm = Conferma le decisioni della giuria
decisions-all-confirmed = Tutte le decisioni sono confermate.
decisions-confirmed = { $count ->
    [one] Ha confermato la decisione della giuria.
   *[other] Ha confermato le { $count } decisioni della giuria.
}
decisions-nothing-to-confirm = Non c’è ancora alcuna decisione da confermare.

## I conflitti di interessi, le dichiarazioni del membro della giuria.
conflicts-title = Conflitti di interessi
conflicts-heading = Conflitti di interessi: { $edition }
conflicts-intro = Di ciascun progetto ammissibile riportato qui sotto vede soltanto il titolo, gli enti locali e regionali e i partner coinvolti e i rispettivi paesi. Dichiari qualsiasi legame che abbia con loro. Un conflitto ostativo le impedisce di occuparsi del progetto; su un conflitto potenziale decide la segreteria. Può rendere più restrittiva una dichiarazione in qualsiasi momento; per attenuarla o ritirarla, chieda un riesame, sul quale decide la segreteria o la presidenza della giuria. Una scheda di valutazione già iniziata viene conservata, ma sospesa, finché un conflitto le impedisce di occuparsi del progetto.
conflicts-pending = Conflitti potenziali su cui deve decidere in qualità di presidente della giuria
conflicts-pending-line = { $juror }, riguardo a { $submission }:
conflicts-asks = Chiede di riqualificare la dichiarazione come { $asked }: «{ $explanation }»
conflicts-your-reason = Motivazione della sua decisione (almeno { $min } caratteri)
conflicts-grant = Accogli la richiesta
conflicts-refuse = Respingila
conflicts-allow = Autorizza
conflicts-exclude = Escludi
conflicts-none = Ancora nessun progetto ammissibile.
conflicts-flags = Laurel ha rilevato un possibile legame; verifichi:
conflicts-question = Ha un conflitto di interessi?
conflicts-reason = Motivo (salvo in assenza di conflitto)
conflicts-details = Dettagli (obbligatori per un conflitto potenziale; al massimo { $max } caratteri)
conflicts-save = Salva la mia dichiarazione
conflicts-ask-lower = Chiedi di attenuare o ritirare questa dichiarazione
conflicts-become = Come va modificata la dichiarazione?
conflicts-become-potential = Un conflitto potenziale, nonostante il quale potrei partecipare alla valutazione
conflicts-requested-reason = Motivo del conflitto potenziale (se è questo che richiede)
conflicts-why = Motivazione (almeno { $min } caratteri; sarà letta dalla segreteria o dalla presidenza della giuria)
conflicts-send = Invia la richiesta
conflict-request-sent = La sua richiesta relativa a «{ $title }» è stata inviata. La sua dichiarazione resta in vigore finché non sarà presa una decisione.
conflict-status-undeclared = Non ancora dichiarato
conflict-status-free = Nessun conflitto dichiarato
conflict-status-disqualified = Ostativo: non vedrà né valuterà questo progetto
conflict-status-allowed = Potenziale: ha ottenuto l’autorizzazione a valutarlo
conflict-status-excluded = Potenziale: è stata decisa la sua esclusione dalla valutazione
conflict-status-pending = Potenziale: in attesa di decisione
conflict-asked-none = assenza di conflitto
conflict-asked-allowed = conflitto potenziale autorizzato ({ $reason })
conflict-asked-on = In data { $at } ha chiesto di riqualificare questa dichiarazione come { $asked }. La dichiarazione resta in vigore finché non decide la segreteria o la presidenza della giuria.
conflict-level-none = Nessun conflitto
conflict-level-potential = Conflitto potenziale (decide la segreteria)
conflict-level-disqualifying = Conflitto ostativo (non valuterò questo progetto)
conflict-short-potential = potenziale
conflict-short-disqualifying = ostativo
conflict-reason-helped-prepare = Ho contribuito a preparare questa candidatura
conflict-reason-office = Ricopro una carica elettiva o un incarico presso un ente proponente o un partner
conflict-reason-close-tie = Ho stretti legami familiari o personali con persone coinvolte
conflict-reason-direct-interest = Potrei trarne direttamente un vantaggio o uno svantaggio
conflict-reason-recent-collaboration = Ho lavorato o collaborato con un ente proponente negli ultimi 3 anni
conflict-reason-same-association = Appartengo alla stessa associazione nazionale di enti locali
conflict-reason-other = Un altro motivo che potrebbe dare un’apparenza di parzialità
conflict-reason-none = nessun motivo indicato
conflict-recorded-none = Dichiarazione registrata per «{ $title }»: nessun conflitto.
conflict-recorded-potential = Dichiarazione registrata per «{ $title }»: conflitto potenziale. Motivo: { $reason }. Non vedrà né valuterà questo progetto, a meno che la segreteria non lo autorizzi.
conflict-recorded-disqualifying = Dichiarazione registrata per «{ $title }»: conflitto ostativo. Motivo: { $reason }. Non vedrà né valuterà questo progetto.
conflict-flag-email = Il suo indirizzo e-mail appartiene al dominio { $domain }, come quello dell’ente proponente.
conflict-flag-affiliation = La sua affiliazione ({ $affiliation }) somiglia al nome «{ $name }».
conflict-flag-country = Lei proviene dallo stesso paese di { $name }: { $country }.
conflict-choose-level = Conflitto: indichi se non c’è conflitto o se il conflitto è potenziale oppure ostativo
conflict-choose-reason = Motivo: scelga un motivo corrispondente al livello del conflitto
conflict-details = Dettagli
conflict-why-details = potrebbe trattarsi di un conflitto, in una frase, affinché si possa decidere
conflict-asked-level = Richiesta: scelga l’assenza di conflitto o un conflitto potenziale
conflict-would-not-lower = Richiesta: così la sua dichiarazione non verrebbe attenuata; la modifichi invece direttamente
conflict-asked-reason = Motivo: scelga il motivo del conflitto potenziale
conflict-explanation = Spiegazione
conflict-why-lower = la dichiarazione dovrebbe essere attenuata
conflict-nothing-declared = Non ha dichiarato alcun conflitto per questa candidatura.
conflict-would-lower = Qui la sua dichiarazione può soltanto essere resa più restrittiva. Per attenuarla o ritirarla, chieda un riesame: decide la segreteria o la presidenza della giuria.
conflict-request-pending = Una richiesta di attenuare questa dichiarazione è già in attesa di decisione.
conflict-no-request = Non c’è alcuna richiesta in attesa di decisione per questa dichiarazione; potrebbe essere stata decisa nel frattempo.
conflict-not-potential = Solo un conflitto potenziale è oggetto di decisione (autorizzazione o esclusione); un conflitto ostativo comporta sempre l’esclusione.
conflict-outdated = Nel frattempo la dichiarazione è cambiata; ricarichi la pagina.

## L’e-mail che invita un nuovo membro della giuria, nella sua lingua.
invitation-subject = Invito a far parte della giuria di { $edition }
invitation-body =
    Gentile { $name },

    la segreteria la invita a far parte della giuria di { $edition } (ruolo: { $role }).

    Per impostare la sua password, apra il link qui sotto. Il link può essere utilizzato una sola volta ed è valido fino a: { $until }.

    { $link }

    Se non si aspettava questo invito, può ignorare questo messaggio.

    Cordiali saluti,
    La segreteria

## La pagina in cui un membro della giuria invitato imposta la password.
invitation-title = Le diamo il benvenuto nella giuria
invitation-heading = Le diamo il benvenuto nella giuria, { $name }
invitation-intro = Scelga una password per completare la configurazione del suo account di membro della giuria. Accederà con il suo indirizzo e-mail e questa password.
invitation-password = Password
invitation-password-hint = Almeno 12 caratteri.
invitation-password-again = Password, di nuovo
invitation-set = Imposta la mia password
invitation-problem-confirm = Password, di nuovo: le due password non coincidono
invitation-unknown = Spiacenti: questo link di invito non è valido.
invitation-expired = Spiacenti: questo link di invito è scaduto; ne chieda uno nuovo alla segreteria.
invitation-used = Spiacenti: questo link di invito è già stato utilizzato; acceda con la sua password.
