# Problèmes de la requête d’un appel à l’API JSON, par paramètre.

api-problem-once = { $field } : donnez-le une seule fois
api-problem-limit = limit : un nombre entier entre 1 et { $max }
api-problem-cursor = cursor : le next_cursor d’une page précédente (un nombre entier) ; commencez sans
api-problem-status = { $field } : draft ou submitted
api-problem-eligibility = { $field } : pass, needs_review ou fail
api-problem-country = { $field } : un code ISO 3166-1 alpha-2, par exemple SN
api-problem-sdg = { $field } : un objectif de 1 à 17
api-problem-category = { $field } : l’un des codes de catégorie de l’édition

api-problem-attachments = { $field } : les documents s’ajoutent et se retirent par les points d’accès des pièces jointes
api-problem-unknown-field = { $field } : pas un champ de la candidature
api-problem-other-section = { $field } : appartient à la section { $section }
api-problem-field-type = { $field } : pas du bon type ({ $detail })
