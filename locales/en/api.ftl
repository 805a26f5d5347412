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
