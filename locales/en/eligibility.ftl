# The eligibility rules, and why each is met or not: what the applicant and the secretariat read.

rule-e1 = The lead applicant is a local or regional government in an eligible country
rule-e2 = At least one partner local government is in a partner country
rule-e3 = The project's dates fall within the edition's project window
rule-e4 = The project contributes to at least one Sustainable Development Goal
rule-e5 = Every mandatory field is filled in and the language is accepted
rule-e6 = The declaration is signed by an authorised person
rule-e7 = The application was received before the deadline
rule-e8 = The same partnership has not already won a first, second or third prize

eligibility-e1-met = { $name } is a local or regional government in { $country }.
eligibility-e1-not-government = { $name } is not a local or regional government.
eligibility-e1-country = { $country } is not an eligible country for the lead applicant.
eligibility-e2-met = { $name } is a local government in { $country }.
eligibility-e2-kind = { $name } in { $country } is named as the partner government but its kind is not a local or regional government.
eligibility-e2-not-met = No partner government is in a partner country; named: { $named }.
# One organisation in a list: "Commune de Dogbo (Benin)".
eligibility-named = { $name } ({ $country })
# Two items of a list, or a list and one more item.
eligibility-list = { $first }; { $next }
eligibility-none-named = none
eligibility-e3-ongoing = The project started on { $start } (ongoing).
eligibility-e3-ended = The project started on { $start } (ended { $end }).
eligibility-e3-outside = The project is outside the window: { $problems }.
eligibility-e3-started-before = it started on { $start }, before { $after }
eligibility-e3-ended-before = it ended on { $end }, before { $after }
eligibility-e4-met = Primary goal: SDG { $goal }.
eligibility-e5-met = Every mandatory field is filled in.
eligibility-e5-language = The language { $language } is not accepted in this edition.
eligibility-e6-met = Signed by { $name }, { $role }.
eligibility-e7-met = Received { $received }, before the deadline of { $deadline } (both in edition time, { $zone }).
eligibility-e7-late = Received { $received }, after the deadline of { $deadline } (both in edition time, { $zone }).
eligibility-e8-won = This partnership already won: { $prize }.
eligibility-e8-lead-won = The lead applicant won before with another partnership ({ $prize }): check that this is a different partnership.
eligibility-e8-met = No earlier prize for this partnership.
# A reason recorded before reasons could be translated, shown as it was written.
eligibility-stored-reason = { $text }
eligibility-result = Result
eligibility-why = Why
# The secretariat's decision by hand on eligibility, over the rules.
eligibility-decided = The secretariat decided: { $outcome }. { $reason }
