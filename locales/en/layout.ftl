# The layout every page shares: navigation, footer, language switch, roles.

# The name of the application, in the header and every page title.
brand = Laurel
language-name = English

skip-to-content = Skip to main content
nav-main = Main
nav-my-applications = My applications
nav-my-assignments = My assignments
nav-editions = Editions
nav-accounts = Accounts
nav-rubrics = Rubrics
nav-my-account = My account
nav-log-in = Log in
nav-log-out = Log out
footer-tagline = Laurel: award competitions for decentralised cooperation.
language-switch = Language
role-applicant = Applicant
role-juror = Juror
role-secretariat = Secretariat
role-jury-chair = Jury chair
amount-euros = €{ $amount }
# An instant in the edition's time zone, and in the reader's when it differs.
when-edition = { $time } (edition time, { $zone })
when-edition-yours = { $time } (edition time, { $zone }; { $yours } your time)
# Items of a list: "English, French".
list = { $first }, { $next }
# A language by its name.
language-named = { $name }
# A page that keeps what someone typed when it could not be saved.
notice-typed = What you typed
notice-typed-hint = Nothing of it was saved. Copy what you want to keep.
# The counter under a limited text box (a script fills in %used% and %limit%).
counter = %used% of %limit% characters
