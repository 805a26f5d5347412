# Importation de candidatures depuis un fichier CSV : ce qui ne va pas dans le fichier.

import-line = ligne { $line } : { $problem }
import-empty = le fichier est vide : il doit contenir une ligne d’en-tête, puis une candidature par ligne
import-missing-columns = ligne 1 : colonnes manquantes : { $columns }
import-unreadable = impossible à lire : { $why }
import-nul = { $columns } : contient un caractère NUL (octet 0), qui ne peut pas être enregistré ; veuillez le supprimer
import-email = applicant_email doit être une adresse électronique, par exemple nom@example.org
import-duplicate = le même candidat et le même titre figurent déjà à la ligne { $first }
import-submitted-at = submitted_at : `{ $value }` n’est pas une date et une heure au format 2026-06-01T10:00:00Z
import-no-rows = le fichier contient une ligne d’en-tête, mais aucune candidature
import-no-file = Fichier : veuillez d’abord choisir un fichier CSV
import-not-utf8 = Fichier : ce fichier n’est pas un texte UTF-8 ; enregistrez-le au format CSV UTF-8
import-incomplete = la candidature est incomplète
import-not-applicant = { $email } appartient à un compte d’un autre rôle ({ $role }), et non à un candidat
