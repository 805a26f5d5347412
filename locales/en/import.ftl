# Importing applications from a CSV file: what is wrong with the file.

import-line = line { $line }: { $problem }
import-empty = the file is empty: expected a header row and one application per row
import-missing-columns = line 1: missing columns: { $columns }
import-unreadable = cannot be read: { $why }
import-nul = { $columns } contains a NUL character (byte 0), which cannot be stored; remove it
import-email = applicant_email must be an email address such as name@example.org
import-duplicate = the same applicant and title are already on line { $first }
import-submitted-at = submitted_at `{ $value }` is not a date and time such as 2026-06-01T10:00:00Z
import-no-rows = the file has a header but no application
import-no-file = File: choose a CSV file first
import-not-utf8 = File: the file is not UTF-8 text; save it as CSV UTF-8
import-incomplete = the application is not complete
import-not-applicant = { $email } belongs to an account of another role ({ $role }), not to an applicant
