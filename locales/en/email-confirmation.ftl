# Confirming an email address: at registration, and before an account moves to a new one.

register-welcome-confirm = Welcome to Laurel. Your account is ready. We sent a link to { $email }: follow it to confirm your address before you submit an application.
submit-unconfirmed = Confirm your email address first: follow the link we sent to { $email } (from your applications page you can have it sent again). Your draft is kept.
dashboard-unconfirmed-title = Confirm your email address
dashboard-unconfirmed = We sent a link to { $email }. Follow it to confirm your address: you can prepare applications now, and submit them once it is confirmed.

confirm-email-subject = Confirm your email address for Laurel
confirm-email-body =
    Dear { $name },

    Please confirm that { $email } is your address for Laurel by opening this link (it works until { $until }):

    { $link }

    You can prepare applications before you confirm it; you can submit them once it is confirmed.

    You receive this message because a Laurel account was created with this address. If it was not you, you can ignore it.
confirm-change-subject = Confirm your new email address for Laurel
confirm-change-body =
    Dear { $name },

    You asked to move your Laurel account to { $email }. Open this link to confirm it (it works until { $until }):

    { $link }

    Until you do, you keep logging in with your current address.

    You receive this message because this address was given for a Laurel account. If it was not you, you can ignore it.
confirm-moved-subject = Your Laurel account uses a new email address
confirm-moved-body =
    Dear { $name },

    Your Laurel account now uses { $email }: log in with that address from now on.

    If you did not ask for this, please write to the award's secretariat at once.

    You receive this message because it was the address of your Laurel account.
confirm-refused-later = Too many links were sent to this address recently. Please try again in an hour.
confirm-already = This email address is already confirmed.
confirm-link-unknown = Sorry: this confirmation link is not valid.
confirm-link-used = This confirmation link has already been used.
confirm-link-replaced = Sorry: this link no longer works, because a newer link was sent since. Use the newest link, or have a new one sent.
confirm-link-expired = Sorry: this confirmation link has expired (links work for seven days). Have a new one sent from your account.
confirm-link-taken = Sorry: another account uses this address now, so your account cannot move to it.

confirm-title = Confirm your email address
confirm-intro = Confirm that { $email } is your address for Laurel.
confirm-account = For the account of { $name }.
confirm-submit = Confirm this address
confirm-done = Thank you: your email address { $email } is confirmed.
confirm-moved = Your account now uses { $email }; log in with it from now on.
confirm-resent = We sent a new link to { $email }. Earlier links no longer work.
confirm-resend = Send the link again
confirm-change-sent = We sent a link to { $email }. Your account moves to this address when you follow it; until then, keep logging in with your current address.

accounts-unconfirmed = not confirmed
account-page-unconfirmed-hint = The person has not yet followed the link that confirms this address; they cannot submit an application before they do.
account-page-resend = Send the confirmation link again
account-page-registered = Registered
account-page-confirmation-sent = Confirmation link sent
account-page-email-confirmed = Email address confirmed
account-page-email-changed = Moved to a new email address

account-address-title = Email address
account-address-unconfirmed = Your address { $email } is not confirmed yet: follow the link we sent to it.
account-address-pending = A link was sent to { $email }: your account moves to it when you follow the link.
account-address-pending-until = It works until { $until }.
account-address-hint = To move your account to another address, give it with your password: we send a link to the new address, and your account moves there when you follow it.
account-address-hint-no-mail = To move your account to another address, give it with your password.
account-address-not-changed = Your address was not changed
account-new-email = New email address
account-email-password = Your password
account-address-submit = Change my address
account-problem-same-email = New email address: this is already your address
account-problem-email-taken = New email address: another account uses this address
account-problem-email-password = Your password: this is not your current password
confirm-asked-subject = Someone asked to move your Laurel account to another address
confirm-asked-body =
    Dear { $name },

    Someone logged in to your Laurel account asked to move it to { $email }. The account moves only if the link sent to that address is followed.

    If it was you, there is nothing to do. If it was not, choose a new password now ("Forgot your password?" on the login page): that cancels the move and logs everyone out of your account.

    You receive this message because it is the address of your Laurel account.
