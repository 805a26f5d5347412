# Logging in and creating an applicant account.

login-page-title = Log in
login-title = Log in to Laurel
login-email = Email address
login-password = Password
login-submit = Log in
login-applicants = Applicants create their own account:
login-register-link = register here
login-others = Jurors receive an invitation from the award's secretariat. If you have lost your password, ask the secretariat to reset it.
login-winners = Winners
login-winners-of = The winners of { $edition }
login-refused-wrong = The email address or the password is not right. Please try again.
login-refused-deactivated = This account has been deactivated. Please contact the secretariat.
login-refused-busy = Many people are logging in at this moment. Please try again in a few seconds.
login-refused-locked = Too many failed attempts. For your security, logging in is paused until { $until }.

register-title = Create an applicant account
register-intro = For local and regional governments and their partners who want to apply. Jurors and the secretariat receive their accounts from the secretariat.
register-not-created = Your account was not created
register-you = You
register-name = Your name
register-email = Email address
register-password = Password
register-password-hint = At least 12 characters.
register-time-zone = Your time zone
register-time-zone-hint = We show deadlines in it, e.g. Europe/Brussels, Africa/Dakar, America/Managua.
register-language = Your language
register-organisation = Your organisation
register-organisation-name = Name of the organisation
register-kind = Kind of organisation
register-country = Country
register-choose = Choose…
register-submit = Create my account
register-have-account = Already have an account?
register-log-in = Log in
