# The account page.

account-language-title = Language
account-language-hint = Laurel's pages are shown to you in this language, on every device.
account-language-submit = Save the language
