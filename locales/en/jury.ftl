# The juror's pages: assignments, the scorecard, and how the application reads to a juror.

## The juror's dashboard.
jury-assignments = My assignments
jury-awaiting = { $count ->
    [one] As chair of { $edition }: a conflict of interest awaits your decision.
   *[other] As chair of { $edition }: { $count } conflicts of interest await your decision.
}
jury-decide = { $count ->
    [one] Decide it
   *[other] Decide them
}
jury-my-juries = My juries
jury-phase = phase: { $phase }
jury-due = scorecards due { $due }
jury-overdue = Overdue
jury-declare-conflicts = declare conflicts of interest
jury-decisions-to-confirm = the jury's decisions (to confirm as chair)
jury-consensus-to-record = Consensus to record
jury-submitted-of = { $submitted } of { $total } scorecards submitted
jury-in-draft = , { $count } in draft
jury-suspended-count = { $count ->
    [one] 1 suspended by a conflict of interest (not counted).
   *[other] { $count } suspended by a conflict of interest (not counted).
}
jury-none-assigned = No submissions are assigned to you yet.
jury-assigned-caption = Submissions assigned to you
jury-scorecard = Scorecard
jury-submitted = Submitted
jury-suspended = Suspended: conflict of interest
jury-role-chair = Chair
jury-role-member = Member
jury-role-rapporteur = Rapporteur
jury-role-observer = Observer (does not score)
scorecard-not-started = Not started

## The phases of an edition.
phase-draft = Draft
phase-open = Open for applications
phase-closed = Closed
phase-screening = Eligibility screening
phase-jury-evaluation = Jury evaluation
phase-consensus = Consensus
phase-decided = Decided
phase-announced = Announced
phase-archived = Archived

## The scorecard.
scorecard-title = Score: { $title }
scorecard-is-locked = This scorecard is submitted and locked.
scorecard-please-check = Please check
scorecard-both-versions = The saved version and yours
scorecard-saved-elsewhere = Saved elsewhere
scorecard-yours = Yours (not saved)
scorecard-open-saved = Open the saved version
scorecard-application = The application
scorecard-application-hint = The whole application as submitted; each answer to a criterion is shown with the criterion. The applicant's contact details are not shown to the jury.
scorecard-peers = The other jurors' scores
scorecard-peers-hint = Submitted scorecards only, without names.
scorecard-no-peers = No other juror has submitted a scorecard yet.
scorecard-juror = Juror { $letter }
scorecard-overall-short = Overall:
scorecard-your-scores = Your scores
scorecard-answer = The applicant's answer
scorecard-questions = Guiding questions
scorecard-levels = What each level means
scorecard-not-scored = Not scored yet
scorecard-comment-label = Comment (required; justify a score of 2 or less; at most { $max } characters)
scorecard-overall-label = Overall comment (at most { $max } characters)
scorecard-submit = Submit my scorecard
scorecard-submitted = Your scorecard is submitted. Thank you.
scorecard-draft-saved = Draft saved.
scorecard-back = Back to your jury page
scorecard-suspended = Scorecard suspended
scorecard-suspended-why = This scorecard is suspended while your declared conflict of interest keeps you away from the submission. Nothing in it is lost: it counts again, unchanged, if the secretariat allows the conflict.
scorecard-not-saved = Scorecard not saved
scorecard-suspended-not-saved = Not saved. This scorecard is suspended while your declared conflict of interest keeps you away from the submission. Nothing in it is lost: it counts again, unchanged, if the secretariat allows the conflict.
scorecard-gone = Not saved: this scorecard is not among your assignments (the secretariat may have removed the assignment).
scorecard-typed-score = { $name }: score
scorecard-typed-comment = { $name }: comment
scorecard-overall = Overall comment
scorecard-stale = This scorecard was saved from another window or device after you opened this page. Nothing was overwritten. Compare the two versions below: the form keeps your version, and saving it now replaces the saved one; or open the saved version to carry on from it.
scorecard-locked-meanwhile = Not saved. This scorecard was submitted meanwhile, from another window or device, and is locked; the secretariat can reopen it. What you typed is shown below, so that you can copy it.
scorecard-closed-not-saved = Not saved. { $why } What you typed is shown below, so that you can copy it.

## What is wrong with a scorecard.
scorecard-off-scale = { $name }: { $score } is not on the scale { $min }–{ $max }
scorecard-score-missing = { $name }: give a score
scorecard-comment-of = { $name }, comment
scorecard-comment-missing = { $name }: a comment is required
scorecard-justify = { $name }: a score of 2 or less needs a justification of at least { $min } characters
scorecard-overall-missing = Overall comment: please write one
scorecard-not-a-score = `{ $value }` is not a score
scorecard-not-on-scale = `{ $value }` is not on the scale
scorecard-criterion-problem = { $name }: { $problem }
scoring-closed = Scoring is closed: the edition is in the phase "{ $phase }".
scoring-invalid = Some scores or comments need correcting.
scoring-stale = This scorecard was saved from another window or device after you read it. Nothing was overwritten.
scoring-locked = This scorecard is submitted and locked; the secretariat can reopen it.
scoring-suspended = This scorecard is suspended while your declared conflict of interest keeps you away from the submission. Nothing in it is lost.

## An application as a juror or the secretariat reads it.
view-written-in = Written in { $language }.
view-dates-label = Dates
view-dates = { $start } – { $end }
view-dates-ongoing = { $start } – ongoing
view-lead = Lead
view-partners = Partners
view-since = since { $year }
view-budget = Budget
view-funding = Funding sources
view-other-goals = Other goals
view-targets = Targets
view-no-links = No links.
view-documents = Documents
view-no-documents = No documents attached.
view-signed-by = Signed by { $name }, { $role }.
view-signed-by-role = The declaration of honour is signed by the applicant's { $role }.
view-consent = Consent to publish: { $answer }.
view-no = no
view-contact = Contact (not shown to the jury)
view-applicant = Applicant
view-email = Email
