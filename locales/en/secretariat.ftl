# The secretariat's pages.

secretariat-editions = Editions
secretariat-create-edition = Create an edition
secretariat-active-applicants = { $count ->
    [one] 1 active applicant account
   *[other] { $count } active applicant accounts
}
secretariat-active-jurors = { $count ->
    [one] 1 active juror account
   *[other] { $count } active juror accounts
}
secretariat-active-secretariat = { $count ->
    [one] 1 active secretariat account
   *[other] { $count } active secretariat accounts
}
secretariat-no-edition = There is no edition yet.
secretariat-progress-caption = Progress of each edition
secretariat-col-submitted = Submitted
secretariat-col-drafts = Drafts
secretariat-col-jurors = Jurors
secretariat-col-scorecards = Scorecards done
secretariat-col-conflicts = Conflicts declared

## The page of an edition.
edition-all = All editions
edition-status = Status: { $status }
edition-archived = This edition is archived.
edition-back-to-jury = Go back to the jury evaluation…
edition-back-while = (while no consensus is recorded)
edition-edit = Edit the settings
edition-submissions = Submissions
edition-counts = { $submitted } submitted, { $drafts } drafts
edition-needs-review = { $count ->
    [one] 1 needs an eligibility review
   *[other] { $count } need an eligibility review
}
edition-link-submissions = List and filter the submissions
edition-link-screening = Screening queue (needs review)
edition-link-export = Export the submissions (CSV)
edition-link-jury = The jury: members and invitations
edition-link-conflicts = Conflicts of interest declared by the jury
edition-link-assignments = Assignments of jurors (automatic or by hand)
edition-link-progress = Progress of the scorecards
edition-link-results = Results and statistical checks
edition-link-decisions = The jury's decisions (prizes, votes, the chair's confirmation)
edition-link-import = Import submissions from another form tool (CSV)
edition-exports = Exports
edition-exports-intro = CSV files, UTF-8 with a header row; cells typed by people that a spreadsheet would run as formulas start with an apostrophe. The Excel versions start with a byte-order mark and separate cells with semicolons. Jurors appear by a stable pseudonym (J-…); add ?names=true to the address for their names. Column headers are the same machine names in every language.
edition-exports-rules = The ranking and the juror statistics follow the rules of the results page: they are available from the consensus phase on, once the official method is recorded, and downloading them counts as showing the results (the method is then locked).
edition-exports-cli = The same files from the command line:
edition-exports-analyze = The scores file fed to laurel analyze with the seed of the method sheet gives the statistics of the results page.
export-scores = Scores, one row per criterion of each submitted scorecard
export-submissions = Submissions
export-conflicts = Conflicts of interest
export-audit = Audit log of the edition
export-method = Method sheet: rubric and its hash, weights, thresholds, official method, bootstrap seed
export-ranking = Ranking: the official ranking with exact totals, thresholds, tie-break trace, rank intervals, P(top 3), statistical ties and the rank by every other method
export-jurors = Juror statistics: scores, mean weighted total, leniency offset and its standard error
export-decisions = Decisions: each prize with its rationale, the tally of votes and the chair's confirmation
export-for-excel = for Excel
edition-settings = Settings
edition-year = Year
edition-opens = Opens
edition-time-zone = Time zone
edition-rubric = Rubric
edition-shortlist = Shortlist size
edition-rounds = Evaluation rounds
edition-round-current = { $round } (now)
edition-round-closed = { $round } (closed)
edition-current-round = Round { $number } of { $count }: { $round }
edition-shortlist-link = Adopt the shortlist
edition-languages = Languages
edition-texts = The call in other languages
edition-peers = Jurors see each other's scores
edition-categories = Categories
edition-none = None
edition-lead-countries = Lead countries
edition-partner-countries = Partner countries
edition-countries = { $count ->
    [one] 1 country
   *[other] { $count } countries
}
edition-countries-territories = { $count ->
    [one] 1 country or territory
   *[other] { $count } countries and territories
}
edition-window-label = Project window
edition-no-window = No project window
edition-any-date = any date
edition-window = Started on or after { $start }; ongoing or ended on or after { $end }
edition-next-open = Open the call for applications
edition-next-close = Close the call
edition-next-screening = Start eligibility screening
edition-next-jury = Start the jury evaluation
edition-next-consensus = Open the consensus phase…
edition-next-decided = Record that the jury has decided
edition-next-announce = Announce the results
edition-next-archive = Archive the edition
edition-next-draft = Back to draft
edition-peers-consensus = From the consensus phase on
edition-peers-own = Once the juror has submitted their own scorecard of that submission
edition-peers-rapporteur = Never on scorecards; only the rapporteur and the chair

## The list of an edition's submissions.
submissions-title = Submissions: { $edition }
submissions-filter-label = Filter the submissions
submissions-search = Search
submissions-any = Any
submissions-country = Country (lead or partner)
submissions-goal = Goal
submissions-filter = Filter
submissions-clear = Clear
submissions-export = Export all as CSV
submissions-match = { $count ->
    [one] 1 submission matches.
   *[other] { $count } submissions match.
}
submissions-caption = Submissions of { $edition }
submissions-countries = Countries
submissions-goals = Goals
submissions-unknown-filter = Unknown { $what } filter '{ $value }'; showing all submissions whatever their { $what }.
submissions-filter-status = status
submissions-filter-eligibility = eligibility
submissions-filter-country = country
submissions-filter-goal = goal
submissions-filter-category = category
