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
jury-shortlist-to-confirm = A shortlist waits for your confirmation
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
scoring-round-closed = Scoring is closed: this round has ended and its shortlist is adopted.
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

## Consensus, recorded by the rapporteur or the chair.
consensus-title = Consensus: { $title }
consensus-hint = Individual scores come from submitted scorecards, without names. The proposal is their median rounded down to a half point. Criteria whose scores spread by 2 points or more are flagged for discussion.
consensus-final = The consensus phase is over; the consensus below is final.
consensus-not-yet = Not recorded yet
consensus-meanwhile = Recorded meanwhile
consensus-dissent-line = Dissent: { $dissent }
consensus-individual = Individual scores:
consensus-none-yet = none yet
consensus-proposal = proposal:
consensus-discuss = Spread of 2 points or more: discuss
consensus-remarks = The jurors' comments
consensus-agreed-score = Agreed score
consensus-comment-label = Consensus comment (the applicant reads it; at most { $max } characters)
consensus-dissent-label = Dissent (optional; at most { $max } characters)
consensus-record = Record the consensus
consensus-recorded = The consensus is recorded.
consensus-not-recorded = Consensus not recorded
consensus-typed-score = { $name }: agreed score
consensus-typed-comment = { $name }: consensus comment
consensus-typed-dissent = { $name }: dissent
consensus-back-to-scoring = Not recorded: the secretariat returned the edition to the phase "{ $phase }", so the consensus on "{ $title }" is not open and the individual scores are hidden again.
consensus-closed = The consensus can no longer change: the edition is in the phase "{ $phase }". What you typed is shown below, so that you can copy it.
consensus-recorded-meanwhile = Not recorded: the consensus was recorded by someone else since you opened this page. What is recorded now is listed below, and your own entries are still in the form: record again to replace it with yours.
consensus-comment-of = { $name }, consensus comment
consensus-dissent-of = { $name }, dissent
consensus-comment-missing = { $name }: write the consensus comment
consensus-score-missing = { $name }: choose the agreed score

## The jury's decisions, confirmed by the chair.
decisions-title = Decisions: { $edition }
decisions-heading = The jury's decisions: { $edition }
decisions-hint = As chair, you confirm the decisions the secretariat recorded at the jury's meeting. Any later change to a decision asks for your confirmation again.
decisions-hidden = { $count ->
    [one] 1 decision concerns a submission you are in conflict with; it is not shown to you.
   *[other] { $count } decisions concern submissions you are in conflict with; they are not shown to you.
}
decisions-none = No decision to show yet.
decisions-caption = Decisions recorded
decisions-prize = Prize
decisions-submission = Submission
decisions-rationale = Rationale
decisions-vote = Vote
decisions-confirmed-column = Confirmed
decisions-ex-aequo = (ex aequo)
decisions-tally = { $for } for, { $against } against, { $abstain } abstaining
decisions-not-yet = Not yet
decisions-confirm = Confirm the jury's decisions
decisions-all-confirmed = Every decision is confirmed.
decisions-confirmed = { $count ->
    [one] You confirmed the decision of the jury.
   *[other] You confirmed the { $count } decisions of the jury.
}
decisions-nothing-to-confirm = There is no decision to confirm yet.

## Conflicts of interest, the juror's declarations.
conflicts-title = Conflicts of interest
conflicts-heading = Conflicts of interest: { $edition }
conflicts-intro = For each eligible project below you see only its title, the governments and partners involved, and their countries. Declare any tie you have with them. A disqualifying conflict keeps the project away from you; a potential conflict is decided by the secretariat. You can make a declaration stricter at any time; to lower or withdraw one, ask for a review, which the secretariat or the chair decides. A scorecard you already started is kept, suspended, while a conflict keeps you away.
conflicts-pending = Potential conflicts for you to decide, as chair
conflicts-pending-line = { $juror } on { $submission }:
conflicts-asks = Asks to change the declaration to { $asked }: “{ $explanation }”
conflicts-your-reason = Your reason (at least { $min } characters)
conflicts-grant = Grant the request
conflicts-refuse = Refuse it
conflicts-allow = Allow
conflicts-exclude = Exclude
conflicts-none = No eligible project yet.
conflicts-flags = Laurel noticed a possible tie; please check:
conflicts-question = Do you have a conflict of interest?
conflicts-reason = Reason (unless none)
conflicts-details = Details (required for a potential conflict; at most { $max } characters)
conflicts-save = Save my declaration
conflicts-ask-lower = Ask to lower or withdraw this declaration
conflicts-become = What should it become?
conflicts-become-potential = A potential conflict that I may take part in despite
conflicts-requested-reason = Reason of the potential conflict (if you ask for one)
conflicts-why = Why (at least { $min } characters; the secretariat or the chair reads it)
conflicts-send = Send the request
conflict-request-sent = Your request for "{ $title }" is sent. Your declaration keeps its effect until it is decided.
conflict-status-undeclared = Not declared yet
conflict-status-free = No conflict declared
conflict-status-disqualified = Disqualifying: you will not see or score it
conflict-status-allowed = Potential: you were allowed to score it
conflict-status-excluded = Potential: you were excluded from it
conflict-status-pending = Potential: waiting for a decision
conflict-asked-none = no conflict
conflict-asked-allowed = an allowed potential conflict ({ $reason })
conflict-asked-on = You asked on { $at } to change it to { $asked }. It keeps its effect until the secretariat or the chair decides.
conflict-level-none = No conflict
conflict-level-potential = Potential conflict (the secretariat decides)
conflict-level-disqualifying = Disqualifying conflict (I will not score it)
conflict-short-potential = potential
conflict-short-disqualifying = disqualifying
conflict-reason-helped-prepare = I helped prepare this application
conflict-reason-office = I hold an elected office or a post in an applicant or partner
conflict-reason-close-tie = Close family or personal ties to people involved
conflict-reason-direct-interest = I stand to gain or lose directly
conflict-reason-recent-collaboration = I worked or collaborated with an applicant in the last 3 years
conflict-reason-same-association = I belong to the same national association of local governments
conflict-reason-other = Another reason that could look like bias
conflict-reason-none = no reason given
conflict-recorded-none = Recorded for "{ $title }": no conflict.
conflict-recorded-potential = Recorded for "{ $title }": a potential conflict. Reason: { $reason }. You will not see or score it unless the secretariat allows it.
conflict-recorded-disqualifying = Recorded for "{ $title }": a disqualifying conflict. Reason: { $reason }. You will not see or score it.
conflict-flag-email = Your email address is at { $domain }, like the applicant's.
conflict-flag-affiliation = Your affiliation ({ $affiliation }) looks like { $name }.
conflict-flag-country = You are from { $country }, like { $name }.
conflict-choose-level = Conflict: choose none, potential or disqualifying
conflict-choose-reason = Reason: choose a reason that matches the level
conflict-details = Details
conflict-why-details = it may be a conflict, in a sentence, so that it can be decided
conflict-asked-level = Asked for: choose no conflict or a potential conflict
conflict-would-not-lower = Asked for: this would not lower your declaration; declare it directly instead
conflict-asked-reason = Reason: choose the reason of the potential conflict
conflict-explanation = Explanation
conflict-why-lower = the declaration should be lowered
conflict-nothing-declared = You have not declared a conflict on this submission.
conflict-would-lower = Your declaration can only be made stricter here. To lower or withdraw it, ask for a review: the secretariat or the chair decides.
conflict-request-pending = A request to lower this declaration is already waiting for a decision.
conflict-no-request = There is no request waiting for a decision on this declaration; it may have been decided meanwhile.
conflict-not-potential = Only a potential conflict is decided, as allowed or excluded; a disqualifying one always excludes.
conflict-outdated = The declaration changed meanwhile; reload the page.

## The email that invites a new juror, in their language.
invitation-subject = Invitation to the jury of { $edition }
invitation-body =
    Dear { $name },

    The secretariat invites you to the jury of { $edition } ({ $role }).

    Open this link to set your password; it works once, until { $until }:

    { $link }

    If you did not expect this invitation, you can ignore this message.

## The page where an invited juror sets a password.
invitation-title = Welcome to the jury
invitation-heading = Welcome to the jury, { $name }
invitation-intro = Choose a password to finish setting up your juror account. You will log in with your email address and this password.
invitation-password = Password
invitation-password-hint = At least 12 characters.
invitation-password-again = Password, again
invitation-set = Set my password
invitation-problem-confirm = Password, again: the two passwords are not the same
invitation-unknown = Sorry: this invitation link is not valid.
invitation-expired = Sorry: this invitation link has expired; ask the secretariat for a new one.
invitation-used = Sorry: this invitation link has already been used; log in with your password.
