# The secretariat's pages about people: accounts, the jury and its conflicts of interest.

## The list of accounts.
accounts-title = Accounts
accounts-create-heading = Create an account
accounts-not-created = The account was not created
accounts-full-name = Full name
accounts-email-address = Email address
accounts-role = Role
accounts-initial-password = Initial password
accounts-password-hint = At least 12 characters. Pass it on safely; the person can change it.
accounts-create = Create account
accounts-caption = Every account
accounts-name = Name
accounts-email = Email
accounts-state = State
accounts-action = Action
accounts-active = Active
accounts-deactivated = Deactivated
accounts-you = You
accounts-deactivate = Deactivate
accounts-deactivate-named = Deactivate { $name }
accounts-reactivate = Reactivate
accounts-reactivate-named = Reactivate { $name }
accounts-created = The account of { $name } ({ $email }) has been created.
accounts-deactivated-flash = The account of { $name } has been deactivated.
accounts-reactivated = The account of { $name } has been reactivated.

## One account.
account-page-all = All accounts
account-page-details = Details
account-page-deactivate = Deactivate this account
account-page-reactivate = Reactivate this account
account-page-reset-heading = Set a new password
account-page-reset-hint = For someone who has lost their password. At least 12 characters; pass it on safely. Every session of this account ends.
account-page-not-changed = The password was not changed
account-page-new-password = New password
account-page-set-password = Set password
account-page-password-set = A new password is set for { $name }. Pass it on safely; their sessions have ended.
account-page-history = History
account-page-history-caption = What happened to this account, newest first
account-page-when = When
account-page-what = What
account-page-by = By
account-page-created = Account created
account-page-reactivated = Reactivated
account-page-password-changed = Password changed by the account holder
account-page-password-reset = Password reset by the secretariat
account-page-sessions-ended = Logged out everywhere
account-page-command-line = Command line

## The jury of an edition and its invitations.
jury-page-title = Jury: { $edition }
jury-page-heading = Jury
jury-page-invitation-for = Invitation for { $name }
jury-page-link-emailed = An email with this link is queued to { $email }; its delivery shows in the table below. You can also pass the link on yourself (it is shown only now). With it they set their password; it works once, until { $until }.
jury-page-link-pass-on = Pass this link on to { $name } (it is shown only now). With it they set their password; it works once, until { $until }.
jury-page-empty = Nobody is on the jury yet.
jury-page-caption = Members of the jury of { $edition }
jury-page-name = Name
jury-page-role = Role
jury-page-affiliation = Affiliation
jury-page-country = Country
jury-page-reads = Reads
jury-page-account = Account
jury-page-actions = Actions
jury-page-ready = Ready
jury-page-not-used = Invitation not used yet
jury-page-remove = Remove from the jury…
jury-page-email-sent = Email sent { $time }
jury-page-email-queued = Email queued
jury-page-email-retrying = Email not delivered after { $count } tries ({ $problem }); trying again
jury-page-no-answer = no answer
jury-page-email-failed = Email failed ({ $problem }): pass on the link shown at the invitation, or set a password from the account page
jury-page-add-heading = Add a juror
jury-page-add-hint-mail = Someone new gets a juror account and a one-time link to set a password, shown here and sent by email. An existing juror is simply added.
jury-page-add-hint-no-mail = Someone new gets a juror account and a one-time link to set a password, shown here to pass on (mail is not set up). An existing juror is simply added.
jury-page-email-address = Email address
jury-page-role-on-jury = Role on the jury
jury-page-choose = Choose…
jury-page-languages = Languages the juror reads
jury-page-add = Add to the jury

## Removing a juror from the jury.
removal-title = Remove { $name } from the jury: { $edition }
removal-back = Jury of { $edition }
removal-heading = Remove { $name } from the jury
removal-what-happens = What happens
removal-membership-ends = { $name } is { $role } of this jury. Their membership ends; they no longer see this edition.
# Follows a number in bold; "removal-drafts-removed" follows the second number.
removal-not-started-and = assignments not started and
removal-drafts-removed = draft scorecards are removed (their content is kept in the audit log).
# Follows a number in bold.
removal-submitted-kept = submitted scorecards are kept and keep counting in the results, unless you withdraw them below (then they are removed and kept in the audit log too).
removal-refused = { $name } cannot be removed: { $reason }.
removal-too-late = the edition is { $phase }: from the decision on, the jury that decided stays as it was
removal-last-chair = they are the only chair, who confirms the jury's decisions: add another chair first
removal-reason = Reason (kept in the audit log, at least 10 characters)
removal-also-withdraw = Also withdraw their { $count } submitted scorecards
removal-cancel = Cancel
removal-done = The juror has left the jury: { $removed } assignments removed, { $withdrawn } submitted scorecards withdrawn, { $kept } kept.

## The conflicts of interest declared in an edition, for the secretariat to review.
coi-review-none = No juror has declared a conflict.
coi-review-caption = Declarations, those waiting for a decision first
coi-review-project = Project
coi-review-juror = Juror
coi-review-level = Level
coi-review-reason = Reason
coi-review-decision = Decision
coi-review-suspended = Suspended
coi-review-suspended-not-started = Their not started scorecard is suspended: it is kept, unchanged, and counts again if the conflict is allowed.
coi-review-suspended-draft = Their draft scorecard is suspended: it is kept, unchanged, and counts again if the conflict is allowed.
coi-review-suspended-submitted = Their submitted scorecard is suspended: it is kept, unchanged, and counts again if the conflict is allowed.
coi-review-allowed = Allowed
coi-review-excluded = Excluded
coi-review-asks = The juror asks to change it to { $asked }:
coi-review-quoted = “{ $explanation }”
coi-review-not-decided = Request not decided
coi-review-back = Back to the conflicts of interest
