# Refusals and problems the application layer reports, said in the reader's language.

account-refused-locked = Too many wrong passwords. For your security, password checks are paused until { $until }.
register-problem-email-taken = Email address: an account with this email already exists; log in instead
register-refused-until = Too many accounts were created from your network recently. Please try again after { $until }.
register-refused-later = Too many accounts were created from your network recently. Please try again later.
invitation-refused-later = Too many accounts were set up from your network recently. Please try again later.
accounts-problem-email-taken = Email address: an account with this email already exists
accounts-refused-own = You cannot deactivate your own account.
accounts-problem-role = Role: choose applicant, juror or secretariat

## Labels of fields, as problems name them.
label-name = Full name
label-email = Email address
label-initial-password = Initial password
label-new-password = New password

## Problems of a field, by its label.
problem-password-short = { $label }: at least { $min } characters, please (this one has { $chars })
problem-password-long = { $label }: at most { $max } characters, please
problem-password-spaces = { $label }: it must not be only spaces
problem-email = { $label }: must be an email address such as name@example.org
problem-name-long = { $label }: at most { $max } characters, please
decisions-refused-nothing-to-confirm = There is no decision to confirm yet.
decisions-refused-confirm-phase = Decisions are confirmed during the consensus phase; this edition is in the phase “{ $phase }”.
consensus-refused-closed = The consensus can no longer change: the edition is in the phase “{ $phase }”.
jury-problem-not-a-juror = Email address: this email belongs to an applicant or secretariat account
jury-problem-already-member = Email address: this person is already on the jury
gate-consensus-not-open = The consensus phase has not started: jurors are still scoring independently. The secretariat opens it.
gate-decisions-not-open = Decisions are taken from the consensus phase on; this edition is in the phase “{ $phase }”.
gate-decisions-not-final-round = Prizes are decided in the last round; the edition is in the round “{ $round }”, which ends with its shortlist.
gate-results-not-open = Results are shown from the consensus phase on; this edition is in the phase “{ $phase }”.
tokens-refused-too-many = An account may hold at most { $max } usable tokens.
conflict-refused-own = You cannot decide about your own conflict of interest; the secretariat will.
api-problem-not-a-criterion = { $key }: not a criterion of this rubric
assignment-refused-not-submitted = Only a submitted scorecard can be reopened.
decisions-refused-record-phase = Decisions are recorded during the consensus phase; this edition is in the phase “{ $phase }”.
api-problem-names = names: true or false
api-problem-round = round: the round’s place in the edition, a whole number from 1
api-problem-import-size = File: at most { $max } MiB, please
api-problem-phase = to: one of the phases’ codes (draft, open, closed, screening, jury_evaluation, consensus, decided, announced, archived)
api-problem-if-match = If-Match: send the ETag of the version you read, e.g. "3"
results-refused-no-method = The official method has not been recorded yet: the secretariat records it on the results page.
problem-then = { $first }; { $then }
conflict-decided-allowed = Decided: the juror may take part despite the conflict.
conflict-decided-excluded = Decided: the conflict keeps the juror away from this submission.
review-granted = Request granted: the declaration is lowered, and the juror’s suspended scorecards count again.
review-refused = Request refused: the declaration stands.
review-nothing-decided = { $problem }; nothing was decided.
edition-problem-next-state = Next state: choose one of the phases
export-method-not-recorded = Choose the official method on the results page ({ $address }) before exporting the ranking or the juror statistics: nobody may pick a method after seeing the outcome.

## Decisions of the jury.
label-reason = Reason
label-special-name = Name of the special prize
label-rationale = Rationale
why-decision = the jury decided so, which the applicant and the public read for prizes
why-decision-removed = the decision is removed
decision-problem-special-name = Name of the special prize: give the special prize its name
decision-problem-already-has = Prize: this submission already has “{ $prize }”; remove that decision first
decision-problem-ex-aequo = Ex aequo: “{ $prize }” already goes to “{ $title }”; tick ex aequo to share it, or remove that decision
decision-problem-no-votes = Vote: record how the jurors present voted
decision-problem-not-carried = Vote: { $for } for and { $against } against do not carry the decision; it needs more votes for than against
decision-problem-submission = Submission: choose an eligible submission of this edition
decision-problem-stranger = Vote: juror #{ $juror } may not vote on this submission (not on the jury, an observer, or in conflict with it)
decision-problem-prize = Prize: choose the prize (or no prize)
decision-problem-vote = Vote: choose for, against, abstains or absent for each juror

## Juries, screening, results and reviews.
label-juror-name = Name
label-affiliation = Affiliation
jury-problem-role = Role on the jury: choose one
jury-problem-country = Country: choose a country
jury-problem-languages = Languages: tick at least one language the juror reads
why-juror-removed = they leave the jury
results-problem-method = Official method: choose one of the methods.
why-method-changes = the method changes
results-problem-reason-needed = Reason: results have already been shown, so changing the method needs a written reason (at least { $min } characters). The change is kept in the audit log.
why-back-to-evaluation = the jury goes back to the individual evaluation
screening-problem-not-submitted = Decision: only a submitted application can be screened
screening-problem-outcome = Decision: choose eligible or not eligible
why-eligibility = it is eligible or not, for the applicant to read
review-problem-decision = Decision: choose grant or refuse
why-review-decided = the request is granted or refused
why-assignment-removed = the assignment is removed
why-scorecard-reopened = the scorecard is reopened
conflict-problem-decision = Decision: choose allowed or excluded

## Editions and their phases.
edition-problem-zone = { $label }: `{ $value }` is not a time zone; use a name such as Europe/Brussels
edition-problem-instant = { $label }: `{ $value }` is not a date and time; write it as YYYY-MM-DD HH:MM
edition-problem-time-twice = { $label }: { $time } happens twice in { $zone } (the clocks go back that night); choose another time
edition-problem-time-skipped = { $label }: { $time } does not exist in { $zone } (the clocks go forward that night); choose another time
edition-problem-country-codes = { $label }: not ISO 3166 country codes: { $value }
edition-problem-no-country = { $label }: list at least one country code
edition-problem-date = { $label }: write the date as YYYY-MM-DD
edition-problem-name = Name: give a name of at most 120 characters
edition-problem-name-too-long = Name in another language: at most { $most } characters
edition-problem-introduction-too-long = Introduction: at most { $most } characters
edition-problem-text-languages = The call's texts: { $value } is not one of the interface's languages
edition-problem-year = Year: give a year such as 2026
edition-problem-due-after-close = Scorecards due: must be after the call closes
edition-problem-close-after-open = Closes (deadline): must be after the opening
edition-problem-rubric = Rubric: choose one of the rubrics
edition-problem-shortlist = Shortlist size: give a number from 1 to 500
edition-problem-languages = Languages: accept at least one language
edition-problem-peer-scores = When jurors see each other’s scores: choose one of the options.
edition-problem-category-line = Categories: line { $line } should read `CODE | Name`
edition-problem-category-unknown = Categories in another language: line { $line } names { $value }, which is not one of the edition's categories
edition-problem-category-label-line = Category labels: a code and its label each fit on one line
edition-label-opens = Opens
edition-label-scoring-deadline = Scorecards due
edition-label-lead-countries = Lead countries
edition-label-partner-countries = Partner countries
edition-label-started-after = Started on or after
edition-label-active-after = Ongoing or ended on or after
edition-refused-locked = An edition in the phase “{ $phase }” can no longer be edited.
edition-refused-rubric-frozen = The rubric is frozen once the call is open; it can only change while the edition is a draft.
edition-refused-peer-scores-fixed = When jurors see each other’s scores: this is fixed once the jury evaluation has started.
phase-refused-already = The edition is already in the phase “{ $phase }”.
phase-refused-only-next = An edition in the phase “{ $phase }” can only move to “{ $next }”.
phase-refused-final = An edition in the phase “{ $phase }” is final.
phase-refused-not-decidable = The edition cannot be decided yet. { $problems }
phase-refused-shortlist-first = The edition cannot be decided yet: the round “{ $round }” ends when its shortlist is recorded and its chair confirms it; the next round then begins.
phase-changed = The edition is now in the phase “{ $phase }”.
phase-changed-rechecked = The edition is now in the phase “{ $phase }”. The eligibility rules ran again on { $count } submissions.
decisions-blocking-tie = Tied at rank { $rank }: { $names }. The official order cannot separate them: record a decision for each (a prize, ex aequo, or no prize).
decisions-blocking-none = No decision is recorded yet.
decisions-blocking-unconfirmed = The chair has not confirmed the decisions yet ({ $confirmed } of { $total } confirmed).
decisions-blocking-no-method = The official ranking method is not chosen yet: open the results to choose it.

## Going back, removing a juror.
back-refused-phase = only an edition in the consensus phase can go back to the jury evaluation; this edition is in the phase “{ $phase }”
back-refused-consensus = { $count ->
    [one] a consensus is already recorded for one submission: once the jury has agreed on scores, the individual evaluation cannot start again
   *[other] a consensus is already recorded for { $count } submissions: once the jury has agreed on scores, the individual evaluation cannot start again
}
back-refused-decisions = { $count ->
    [one] the jury has recorded one award decision: remove it before going back to the jury evaluation
   *[other] the jury has recorded { $count } award decisions: remove them before going back to the jury evaluation
}
jury-removal-refused = The juror cannot be removed: { $why }.

## Assignments.
assign-refused-phase = jurors are assigned during eligibility screening and the jury evaluation; this edition is in the phase “{ $phase }”
assign-refused-not-on-jury = this juror is not a scoring member of the jury
assign-refused-not-eligible = this submission is not eligible
assign-refused-conflicted = a conflict of interest excludes this juror from this submission
assign-refused-duplicate = this juror is already assigned to this submission
assign-not-assigned = Not assigned: { $why }.
assign-problem-per-submission = Jurors per submission: “{ $value }” is not a whole number from 1 to 20.
assign-problem-calibration = Calibration block: “{ $value }” is not a whole number from 0 to 50.
assign-problem-seed = Seed: “{ $value }” is not a whole number (0 or more).
