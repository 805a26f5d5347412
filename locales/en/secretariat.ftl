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
