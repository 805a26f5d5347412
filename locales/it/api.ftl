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
