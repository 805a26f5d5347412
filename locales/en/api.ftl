# Problems of the query of a JSON API request, by parameter.

api-problem-once = { $field }: give it once
api-problem-limit = limit: a whole number between 1 and { $max }
api-problem-cursor = cursor: the next_cursor of a previous page (a whole number); start without one
api-problem-status = { $field }: draft or submitted
api-problem-eligibility = { $field }: pass, needs_review or fail
api-problem-country = { $field }: an ISO 3166-1 alpha-2 code, such as SN
api-problem-sdg = { $field }: a goal from 1 to 17
api-problem-category = { $field }: one of the edition’s category codes

api-problem-attachments = { $field }: documents are added and removed through the attachments endpoints
api-problem-unknown-field = { $field }: not a field of the application
api-problem-other-section = { $field }: belongs to the { $section } section
api-problem-field-type = { $field }: not the right type ({ $detail })

# Refusals of the API's guards and catchers.
api-denied-unauthenticated = Send a personal API token as `Authorization: Bearer <token>` (create one on your account page).
api-denied-invalid-token = The API token is not valid: it is unknown, expired or revoked, or its account is deactivated.
api-denied-throttled = { $count ->
    [one] Too many invalid tokens from your address. Try again in one second.
   *[other] Too many invalid tokens from your address. Try again in { $count } seconds.
}
api-denied-token-required = Changes through the API need a read-write personal API token; a browser session alone is not accepted.
api-denied-read-only = This token is read only; create a read-write token to make changes.
api-denied-role = Your account may not use this part of the API.
api-caught-media-type = Send the body as JSON, with the header Content-Type: application/json.
api-caught-method = This address answers only { $methods }.
api-caught-not-found = There is nothing at this address in the API.
api-caught-unreadable = The request could not be read: check its JSON body (see /api/v1/openapi.json) and its parameters.
api-stale = Changed since you read it, from another window, device or client. Nothing was overwritten; `current` is the version now, and its ETag is in the header.
api-problem-instant = recorded_at: the recorded_at the shortlist gave (an RFC 3339 instant)
