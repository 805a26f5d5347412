# Importazione di candidature da un file CSV: che cosa non va nel file.

import-line = riga { $line }: { $problem }
import-empty = il file è vuoto: deve contenere una riga di intestazione e una candidatura per riga
import-missing-columns = riga 1: colonne mancanti: { $columns }
import-unreadable = non è leggibile: { $why }
import-nul = { $columns }: contiene un carattere NUL (byte 0), che non può essere salvato; lo rimuova
import-email = applicant_email deve essere un indirizzo e-mail come nome@example.org
import-duplicate = lo stesso proponente e lo stesso titolo compaiono già alla riga { $first }
import-submitted-at = submitted_at: `{ $value }` non è una data e ora nel formato 2026-06-01T10:00:00Z
import-no-rows = il file ha una riga di intestazione, ma nessuna candidatura
import-no-file = File: scelga prima un file CSV
import-not-utf8 = File: il file non è in formato testo UTF-8; lo salvi come CSV UTF-8
import-incomplete = la candidatura non è completa
import-not-applicant = { $email } appartiene a un account con un altro ruolo ({ $role }), non a un proponente
