# I requisiti di ammissibilità e il motivo per cui ciascuno è soddisfatto o no: ciò che leggono il proponente e la segreteria.

rule-e1 = Il proponente capofila è un ente locale o regionale di un paese ammissibile
rule-e2 = Almeno un ente locale partner si trova in un paese partner
rule-e3 = Le date del progetto rientrano nel periodo di realizzazione previsto per l’edizione
rule-e4 = Il progetto contribuisce ad almeno un Obiettivo di sviluppo sostenibile
rule-e5 = Tutti i campi obbligatori sono compilati e la lingua è ammessa
rule-e6 = La dichiarazione è firmata da una persona autorizzata
rule-e7 = La candidatura è pervenuta entro la scadenza
rule-e8 = Lo stesso partenariato non ha già vinto un primo, un secondo o un terzo premio

eligibility-e1-met = { $name } ({ $country }) è un ente locale o regionale.
eligibility-e1-not-government = { $name } non è un ente locale o regionale.
eligibility-e1-country = Paese non ammissibile per il proponente capofila: { $country }.
eligibility-e2-met = { $name } ({ $country }) è un ente locale.
eligibility-e2-kind = { $name } ({ $country }) figura come ente partner, ma la tipologia di organizzazione indicata non corrisponde a un ente locale o regionale.
eligibility-e2-not-met = Nessun ente partner si trova in un paese partner; enti indicati: { $named }.
# Un’organizzazione in un elenco: «Commune de Dogbo (Benin)».
eligibility-named = { $name } ({ $country })
# Due elementi di un elenco, oppure un elenco e un elemento in più.
eligibility-list = { $first }; { $next }
eligibility-none-named = nessuno
eligibility-e3-ongoing = Il progetto è iniziato il { $start } (in corso).
eligibility-e3-ended = Il progetto è iniziato il { $start } (concluso il { $end }).
eligibility-e3-outside = Il progetto non rientra nel periodo previsto: { $problems }.
eligibility-e3-started-before = è iniziato il { $start }, prima del { $after }
eligibility-e3-ended-before = si è concluso il { $end }, prima del { $after }
eligibility-e4-met = Obiettivo principale: OSS { $goal }.
eligibility-e5-met = Tutti i campi obbligatori sono compilati.
eligibility-e5-language = La lingua { $language } non è ammessa in questa edizione.
eligibility-e6-met = Firmata da { $name }, { $role }.
eligibility-e7-met = Pervenuta il { $received }, entro la scadenza del { $deadline } (in entrambi i casi, ora dell’edizione, { $zone }).
eligibility-e7-late = Pervenuta il { $received }, dopo la scadenza del { $deadline } (in entrambi i casi, ora dell’edizione, { $zone }).
eligibility-e8-won = Questo partenariato ha già vinto: { $prize }.
eligibility-e8-lead-won = Il proponente capofila ha già vinto con un altro partenariato ({ $prize }): occorre verificare che si tratti di un partenariato diverso.
eligibility-e8-met = Nessun premio precedente per questo partenariato.
# Un motivo registrato prima che i motivi potessero essere tradotti, mostrato così come è stato scritto.
eligibility-stored-reason = { $text }
eligibility-result = Esito
eligibility-why = Motivazione
# La decisione manuale della segreteria sull’ammissibilità, che prevale sui requisiti.
eligibility-decided = Decisione della segreteria: { $outcome }. { $reason }
