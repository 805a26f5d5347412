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

# Refus des gardes et des intercepteurs de l’API.
api-denied-unauthenticated = Envoyez un jeton d’API personnel sous la forme `Authorization: Bearer <token>` (créez-en un sur la page de votre compte).
api-denied-invalid-token = Le jeton d’API n’est pas valide : il est inconnu, expiré ou révoqué, ou son compte est désactivé.
api-denied-throttled = { $count ->
    [one] Trop de jetons non valides depuis votre adresse. Réessayez dans une seconde.
   *[other] Trop de jetons non valides depuis votre adresse. Réessayez dans { $count } secondes.
}
api-denied-token-required = Les modifications par l’API demandent un jeton d’API personnel en lecture et écriture ; une session de navigateur seule n’est pas acceptée.
api-denied-read-only = Ce jeton est en lecture seule ; créez un jeton en lecture et écriture pour faire des modifications.
api-denied-role = Votre compte ne peut pas utiliser cette partie de l’API.
api-caught-media-type = Envoyez le corps en JSON, avec l’en-tête Content-Type: application/json.
api-caught-method = Cette adresse ne répond qu’à { $methods }.
api-caught-not-found = Il n’y a rien à cette adresse dans l’API.
api-caught-unreadable = La requête n’a pas pu être lue : vérifiez son corps JSON (voir /api/v1/openapi.json) et ses paramètres.
api-stale = Modifié depuis votre lecture, depuis une autre fenêtre, un autre appareil ou un autre client. Rien n’a été écrasé ; `current` est la version actuelle, et son ETag est dans l’en-tête.
api-problem-instant = recorded_at : le recorded_at donné par la présélection (un instant RFC 3339)
