# The secretariat's edition form, one submission with its eligibility decision, the jury's decisions, and the pages between the jury evaluation and the consensus phase.

## The edition form (new or edit).
edition-form-new = New edition
edition-form-edit = Edit { $edition }
edition-form-created = The edition { $edition } has been created as a draft.
edition-form-saved = The edition { $edition } has been saved.
edition-form-not-saved = The edition was not saved
edition-form-the-edition = The edition
edition-form-name = Name
edition-form-rubric-hint = Frozen once the call opens: its content is stored with the edition.
edition-form-languages = Accepted languages
edition-form-categories = Categories (optional)
# Followed by the format of a line, e.g. "CODE | Name".
edition-form-categories-hint = One per line, as
edition-form-categories-format = CODE | Name
# Between the format and the example.
edition-form-categories-eg = , e.g.
edition-form-categories-example = CLIMATE | Climate and environment
edition-form-peers = When jurors see each other's scores
edition-form-peers-hint = Scores are always anonymous to other jurors. This is fixed once the jury evaluation starts.
edition-form-dates = Dates
edition-form-time-zone = Time zone of the dates
edition-form-time-zone-hint = An IANA name such as Europe/Brussels. Applicants also see the deadline in their own time zone.
edition-form-closes = Closes (deadline)
edition-form-closes-hint = Submissions are accepted until this minute begins; one second later is too late.
edition-form-scoring-deadline = Scorecards due (optional)
edition-form-scoring-deadline-hint = Shown to jurors on their assignments; scoring stays open until the consensus phase.
edition-form-texts = The call's texts
edition-form-introduction = Introduction to the call (optional)
edition-form-introduction-hint = What the call is about, in a few sentences. Applicants read it above the button that starts an application.
edition-form-texts-hint = In the interface's languages (all optional): a reader whose language has a name or an introduction here reads it; any other reader sees the name and introduction above.
edition-form-name-in = Name in { $language }
edition-form-introduction-in = Introduction in { $language }
edition-form-categories-in = Categories in { $language }
edition-form-categories-in-hint = The labels of the categories above in this language, one per line, as
edition-form-lead-countries = Countries where the lead applicant may be
edition-form-lead-countries-hint = ISO 3166 alpha-2 codes separated by spaces. Default: the 27 EU member states.
edition-form-partner-countries-hint = Default: the OECD DAC list of ODA recipients (reporting on 2024 and 2025 flows) and the Eastern Partnership.
edition-form-started-after = Project started on or after (optional)
edition-form-active-after = Project ongoing or ended on or after (optional)
edition-form-save = Save the edition

## One submission, with the secretariat's eligibility decision.
submission-page-title = Submission { $number }
submission-page-submitted = submitted { $time }
submission-page-withdrawn = withdrawn to draft since; this is the last submitted version
submission-page-untitled = Untitled draft
submission-page-never-submitted = This application is a draft that has never been submitted: there is nothing to read yet.
# Followed by the decision, e.g. "Eligible".
submission-page-decided-by = Decided by the secretariat ({ $name }, { $time }):
submission-page-decided = Decided by the secretariat:
submission-page-rules-gave = The rules gave: { $outcome }.
submission-page-rules-caption = Rules E1–E8
submission-page-decide = Decide
submission-page-decision = Decision
submission-page-reason = Reason (the applicant reads it)
submission-page-record = Record the decision
submission-page-decided-flash = Eligibility decided: { $outcome }.

## The jury's decisions, recorded by the secretariat.
decisions-page-heading = The jury's decisions
decisions-page-hint = Record each prize the jury adopts, with its rationale and the vote of each juror who may vote on it (a juror in conflict with a submission never votes on it). A prize is shared only by an explicit ex aequo. The chair then confirms the decisions, and the edition can be moved to “{ $phase }”.
decisions-page-ready = Ready to be decided
decisions-page-before = Before the edition can be decided
# Followed by a link to the edition's page ("its page").
decisions-page-ready-move = Every decision is confirmed by the chair and no tie on the podium is left open: move the edition to “{ $phase }” on
decisions-page-its-page = its page
decisions-page-none = No decision yet.
decisions-page-caption = Decisions of the jury of { $edition }
decisions-page-chair = Chair
decisions-page-change = Change
decisions-page-ex-aequo = ex aequo
decisions-page-each-juror = Each juror
decisions-page-juror-vote = { $name }: { $label }
decisions-page-vote-for = For
decisions-page-vote-against = Against
decisions-page-vote-abstain = Abstains
decisions-page-vote-absent = Absent
decisions-page-confirmed = Confirmed
decisions-page-not-confirmed = Not confirmed yet
decisions-page-remove = Remove…
decisions-page-remove-reason = Reason for removing this decision (at least { $min } characters)
decisions-page-remove-button = Remove the decision
decisions-page-no-method = The official method is not chosen yet
# Followed by a link to the results page.
decisions-page-no-method-why = The ranking the jury decides on is computed by the official method, chosen once and before anything is shown:
decisions-page-choose-method = choose it on the results page
# Followed by a link to the results page ("results page").
decisions-page-full-checks = The full checks (calibrated ranking, rank intervals, agreement, outliers) are on the
decisions-page-results-page = results page
decisions-page-ranking-caption = Official ranking of { $edition }
decisions-page-decide = Decide
decisions-page-tie = tie: the jury decides
decisions-page-met = met
decisions-page-not-met = not met
decisions-page-record-title = Record a decision
decisions-page-not-recorded = Not recorded
decisions-page-choose-option = Choose…
decisions-page-choose = Choose
decisions-page-special-name = Name of the special prize (for a special prize)
decisions-page-ex-aequo-check = Ex aequo: the jury shares this prize with the submission(s) that already hold it
decisions-page-rationale-label = Rationale (published with the prize; at most { $max } characters)
decisions-page-the-vote = The vote
decisions-page-not-voting = Not voting (conflict of interest): { $named }.
decisions-page-record = Record the decision
decisions-page-recorded-first = The first prize is recorded.
decisions-page-recorded-second = The second prize is recorded.
decisions-page-recorded-third = The third prize is recorded.
decisions-page-recorded-special = The special prize is recorded.
decisions-page-recorded-none = The no prize (settles a tie) is recorded.
decisions-page-removed = The decision is removed; the chair confirms the decisions again.
# What was typed, shown when a decision could not be recorded or removed.
decisions-page-typed-special-name = Name of the special prize
decisions-page-typed-ex-aequo = Ex aequo
decisions-page-typed-vote = Vote of { $name }
decisions-page-typed-why-removed = Why the decision is removed
decisions-page-not-recorded-heading = Decision not recorded
decisions-page-wrong-phase = Not recorded: decisions change only during the consensus phase, and this edition is in the phase "{ $phase }".
decisions-page-back-to-decisions = Back to the decisions

## Opening the consensus phase.
consensus-open-title = Open the consensus phase: { $edition }
consensus-open-heading = Open the consensus phase
consensus-open-where = Where the jury evaluation stands
consensus-open-submissions = Eligible submissions
consensus-open-assignments = Assignments
consensus-open-submitted = Scorecards submitted
consensus-open-in-progress = Scorecards in progress
consensus-open-not-started = Scorecards not started
consensus-open-suspended = Suspended by a conflict of interest
consensus-open-suspended-count = { $count ->
    [one] { $count } (they do not count)
   *[other] { $count } (they do not count)
}
consensus-open-progress-link = See what is unfinished on the progress board
consensus-open-refused = The consensus phase cannot open: { $why }.
consensus-open-unfinished = Unfinished scorecards
consensus-open-all-submitted = Every scorecard is submitted.
consensus-open-what = In the consensus phase the rapporteur or the chair records the agreed scores and jurors see each other's scores as the edition's setting says. You can go back to the jury evaluation, with a reason, as long as no consensus is recorded.
consensus-open-with-unfinished = { $count ->
    [one] Open the consensus phase with { $count } unfinished scorecards
   *[other] Open the consensus phase with { $count } unfinished scorecards
}
consensus-open-cancel = Cancel
consensus-open-not-confirmed = The consensus phase was not opened: check the scorecards below and confirm.

## Going back from the consensus phase to the jury evaluation.
consensus-back-title = Back to the jury evaluation: { $edition }
consensus-back-heading = Go back to the jury evaluation
consensus-back-refused = The edition cannot go back to the jury evaluation: { $why }.
consensus-back-typed = The reason you typed
consensus-back-typed-hint = Nothing was changed. Copy it if you want to keep it.
consensus-back-what-title = What happens
consensus-back-what = The edition leaves the consensus phase. Jurors can again finish and change their scorecards ({ $submitted } submitted, { $progress } in progress, { $unstarted } not started). Nothing is deleted; the reason is kept in the audit log.
consensus-back-reason = Reason (kept in the audit log, { $min } to { $max } characters)
consensus-back-cancel = Cancel
consensus-back-done = The edition is back in the phase "{ $phase }": jurors can finish and change their scorecards again.

consensus-open-warning-unfinished = { $count } of { $total } scorecards are not submitted ({ $progress } in progress, { $unstarted } not started). Once the consensus phase is open, jurors can no longer change them: only a scorecard the secretariat reopens can change.
consensus-open-warning-unscored = { $count } of { $total } eligible submissions have no submitted scorecard: the jury would have nothing to discuss for them.
consensus-open-warning-unassigned = No juror is assigned to any submission.
