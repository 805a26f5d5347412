# The account page.

account-language-title = Language
account-language-hint = Laurel's pages are shown to you in this language, on every device.
account-language-submit = Save the language
account-details = Your details
account-name = Name
account-email = Email
account-role = Role
account-password-title = Change your password
account-password-hint = At least 12 characters. Changing it logs you out on every other device.
account-password-not-changed = Your password was not changed
account-current-password = Current password
account-new-password = New password
account-confirm-password = New password, again
account-password-submit = Change password
account-password-changed = Your password has been changed. Other devices have been logged out.
account-problem-current-password = Current password: this is not your current password
account-problem-password-short = New password: at least { $min } characters, please (this one has { $chars })
account-problem-password-long = New password: at most { $max } characters, please
account-problem-password-spaces = New password: it must not be only spaces
account-problem-confirm = New password, again: the two new passwords are not the same
account-logout-everywhere = Log out everywhere
account-logout-everywhere-hint = Ends every session of your account, on this and every other device.
tokens-title = API tokens
tokens-intro = A personal token lets a script or another website use Laurel's API with your account's rights. Laurel keeps only a fingerprint of it, so it is shown once, when you make it.
tokens-reference = The API reference
tokens-new = Your new token “{ $name }”
tokens-copy-now = Copy it now: it will not be shown again.
tokens-token = Token
tokens-not-made = No token was made
tokens-make = Make a token
tokens-name = Name
tokens-name-hint = What it is for, e.g. “Winners on our website”.
tokens-access = Access
tokens-read-only = Read only
tokens-read-write = Read and write
tokens-valid-for = Valid for
tokens-days = { $days ->
    [one] { $days } day
   *[other] { $days } days
}
tokens-yours = Your tokens
tokens-made = Made
tokens-expires = Expires
tokens-last-used = Last used
tokens-never = never
tokens-state = State
tokens-action = Action
tokens-active = Active
tokens-expired = Expired
tokens-revoked = Revoked
tokens-revoke = Revoke
tokens-revoked-flash = The token is revoked: it no longer works.
