# Problemi della query di una richiesta all’API JSON, per parametro.

api-problem-once = { $field }: lo indichi una sola volta
api-problem-limit = limit: un numero intero tra 1 e { $max }
api-problem-cursor = cursor: il next_cursor di una pagina precedente (un numero intero); inizi senza
api-problem-status = { $field }: draft o submitted
api-problem-eligibility = { $field }: pass, needs_review o fail
api-problem-country = { $field }: un codice ISO 3166-1 alpha-2, ad esempio SN
api-problem-sdg = { $field }: un obiettivo da 1 a 17
api-problem-category = { $field }: uno dei codici di categoria dell’edizione

api-problem-attachments = { $field }: i documenti si aggiungono e si rimuovono tramite gli endpoint degli allegati
api-problem-unknown-field = { $field }: non è un campo della candidatura
api-problem-other-section = { $field }: appartiene alla sezione { $section }
api-problem-field-type = { $field }: non è del tipo corretto ({ $detail })

# Rifiuti delle guardie e dei gestori di errore dell’API.
api-denied-unauthenticated = Invii un token API personale come `Authorization: Bearer <token>` (ne crei uno nella pagina del Suo account).
api-denied-invalid-token = Il token API non è valido: è sconosciuto, scaduto o revocato, oppure il suo account è disattivato.
api-denied-throttled = { $count ->
    [one] Troppi token non validi dal Suo indirizzo. Riprovi tra un secondo.
   *[other] Troppi token non validi dal Suo indirizzo. Riprovi tra { $count } secondi.
}
api-denied-token-required = Le modifiche tramite l’API richiedono un token API personale di lettura e scrittura; una sessione del browser da sola non è accettata.
api-denied-read-only = Questo token è di sola lettura; crei un token di lettura e scrittura per apportare modifiche.
api-denied-role = Il Suo account non può usare questa parte dell’API.
api-caught-media-type = Invii il corpo in JSON, con l’intestazione Content-Type: application/json.
api-caught-method = Questo indirizzo risponde solo a { $methods }.
api-caught-not-found = Non c’è nulla a questo indirizzo dell’API.
api-caught-unreadable = Non è stato possibile leggere la richiesta: controlli il suo corpo JSON (vedere /api/v1/openapi.json) e i suoi parametri.
api-stale = Modificato da quando l’ha letto, da un’altra finestra, un altro dispositivo o un altro client. Non è stato sovrascritto nulla; `current` è la versione attuale e il suo ETag è nell’intestazione.
api-problem-instant = recorded_at: il recorded_at fornito dalla rosa (un istante RFC 3339)
