# Le pagine dell'ente proponente.

application-untitled = Candidatura senza titolo
application-started = La candidatura è stata creata. Salvi tutte le volte che vuole: nulla va perso.
status-draft = Bozza
status-submitted = Presentata
eligibility-pass = Ammissibile
eligibility-needs-review = Da verificare
eligibility-fail = Non ammissibile
rule-met = Soddisfatto
rule-not-met = Non soddisfatto
dashboard-none-yet = Non ha ancora alcuna candidatura.
dashboard-caption = Le sue candidature e il loro stato
dashboard-project = Progetto
dashboard-edition = Edizione
dashboard-status = Stato
dashboard-eligibility = Ammissibilità
dashboard-last-change = Ultima modifica
dashboard-feedback = Esiti e valutazione della giuria
dashboard-calls = Bandi
dashboard-no-call = Al momento non è aperto alcun bando.
dashboard-open-until = aperto fino al { $closes }.
dashboard-start = Avvia una candidatura
