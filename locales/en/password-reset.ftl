# Self-service password reset: asking for a link by email and choosing a new password.

login-forgot = Forgot your password?

forgot-title = Forgot your password?
forgot-intro = Type the email address of your account. We will send you a link to choose a new password; it works once, for one hour.
forgot-email = Email address
forgot-submit = Send me a link
forgot-back = Back to logging in
forgot-no-mail = This installation of Laurel does not send email. Ask the award's secretariat to set a new password for you.
forgot-sent-title = Check your inbox
forgot-sent = If an account uses { $email }, we have sent it a link to choose a new password. It works once, for one hour.
forgot-sent-hint = Nothing after a few minutes? Look in your spam folder, or ask again: only the newest link works.
forgot-refused-later = Too many password reset requests were made recently. Please try again in an hour.

reset-title = Choose a new password
reset-intro = For the account of { $name }. Every other session of this account ends when you save it.
reset-password = New password
reset-password-hint = At least 12 characters.
reset-password-again = New password, again
reset-submit = Set my new password
reset-problem-confirm = New password, again: the two passwords are not the same
reset-done = Your new password is set and you are logged in. Every other session of your account has ended.
reset-link-unknown = Sorry: this password reset link is not valid. Ask for a new one from the login page.
reset-link-used = Sorry: this password reset link has already been used. Log in with your password, or ask for a new link.
reset-link-replaced = Sorry: this link no longer works, because a newer link was asked for or the password was changed since. Use the newest link, or ask for a new one.
reset-link-expired = Sorry: this password reset link has expired (links work for one hour). Ask for a new one from the login page.
reset-link-deactivated = Sorry: this account has been deactivated. Please contact the secretariat.

## The emails.
reset-email-subject = Choose a new Laurel password
reset-email-body =
    Dear { $name },

    Someone, probably you, asked to choose a new password for your Laurel account.

    Open this link to choose it; it works once, until { $until }:

    { $link }

    Logging in with a new password ends every other session of your account.

    If you did not ask for this, you can ignore this message: your password stays as it is.

    You receive this message because a new password was asked for at this address.
reset-unknown-subject = About your Laurel password request
reset-unknown-body =
    Hello,

    Someone, probably you, asked to choose a new password for a Laurel account at this address, but no active account uses it.

    If it was you, perhaps your account uses another address (a colleague's, or your organisation's); try that one at { $login }. If your account was deactivated, please write to the award's secretariat.

    If you did not ask for this, you can ignore this message.

    You receive this message because a new password was asked for at this address.

account-page-reset-requested = Password reset link asked for
account-page-reset-by-link = Password reset through an emailed link
