# What is wrong with an application: the problems its form shows beside each field and in the
# summary at the top. A problem starts with the field's label.

## The labels of the fields, as the problems name them.
field-title = Project title
field-summary = Summary
field-start-date = Start date
field-end-date = End date
field-language = Language of the application
field-category = Category
field-lead = Lead government
field-partner = Partner { $number }
field-funding-source = Funding source { $number }
field-total-budget = Total budget
field-primary-goal = Primary goal
field-secondary-goals = Secondary goals
field-lessons = Lessons learned
field-link = Links, one address
field-signed-name = Signed by, name
field-signed-role = Signed by, function
field-beneficiaries = Estimated beneficiaries
# An answer to a criterion of the rubric, by the criterion's name.
field-criterion = { $name }
# A part of a numbered field: "Partner 2, country".
field-part = { $whole }, { $part }
part-name = name
part-kind = kind of organisation
part-country = country
part-role = role
part-since = partners since
part-funder = funder
part-amount = amount

## The problems.
problem-empty = { $label }: please fill this in
problem-too-long = { $label }: has { $count } characters; the limit is { $limit }
problem-length = { $label }: at most { $max } characters, please (this one has { $count })
problem-date-missing = { $label }: please give a date
problem-date-format = { $label }: `{ $value }` is not a date; write it as YYYY-MM-DD, e.g. 2024-03-01
problem-amount-missing = { $label }: please give an amount in euros
problem-amount-format = { $label }: `{ $value }` is not an amount up to a thousand billion euros; use digits and a point for cents, e.g. 125000 or 125000.50
problem-choose-one = { $label }: please choose one
problem-choose-country = { $label }: please choose a country
problem-end-date-missing = End date: please give the end date, or tick "The project is ongoing"
problem-end-before-start = End date: is before the start date
problem-language = Language of the application: please choose one of { $accepted }
problem-category = Category: please choose a category
problem-since-year = { $label }: `{ $value }` is not a year between 1945 and { $year }
problem-too-many-partners = Partners: at most { $max } partners and associates
problem-no-partner-government = Partners: add at least one partner local or regional government (role "Partner local or regional government")
problem-funding-exceeds = Funding sources: they add up to more than the total budget
problem-beneficiaries-missing = Estimated beneficiaries: please give a number
problem-beneficiaries-format = Estimated beneficiaries: `{ $value }` is not a whole number
problem-goal = { $label }: please choose a goal from 1 to 17
problem-too-many-goals = Secondary goals: choose at most { $max }
problem-goal-is-primary = Secondary goals: goal { $goal } is already the primary goal
problem-target-not-chosen = SDG targets: { $target } belongs to goal { $goal }, which you have not chosen
problem-target = SDG targets: { $why }
problem-too-many-links = Links: at most { $max }, one per line
problem-link = Links: `{ $value }` is not a web address starting with https://
problem-data-consent = Personal data: please consent to the processing of the personal data in this application
problem-declaration = Declaration: the authorised person must tick the declaration

## Why a code is not an SDG target.
sdg-target-empty = the target code is empty: write it as goal.target, e.g. `11.3` or `6.a`
sdg-not-a-target-code = `{ $code }` is not a target code: write it as goal.target, e.g. `11.3` or `6.a`
sdg-indicator = `{ $code }` is an indicator code, not a target
sdg-indicator-of = `{ $code }` is an indicator code, not a target; its target is `{ $target }`
sdg-goal-not-target = `{ $code }` is a goal, not a target: add the target after a dot, e.g. `{ $example }`
sdg-not-goal-or-target = `{ $code }` is not a goal or a target: there are { $count } goals
sdg-separator = `{ $code }` is not a target code: separate the goal and the target with a dot, e.g. `{ $example }`
sdg-goal-number = `{ $code }` is not a target code: it must start with a goal number from 1 to { $count }
sdg-no-such-goal = `{ $code }` is not a target: there are { $count } goals
sdg-no-target = `{ $code }` has no target after the dot: goal { $goal }'s targets are { $ranges }
sdg-target-part = `{ $code }` is not a target code: after the dot comes a number or a single letter, e.g. `{ $goal }.1` or `{ $goal }.a`
sdg-not-official = `{ $code }` is not a target of goal { $goal } (its targets are { $ranges })
# The targets of a goal: "11.1–11.7", or "11.1–11.7 and 11.a–11.c".
sdg-ranges = { $numbered }
sdg-ranges-and = { $numbered } and { $lettered }
problem-say-why = { $label }: say why { $why } (at least { $min } characters)
