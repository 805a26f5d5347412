# La pagina dell'account.

account-language-title = Lingua
account-language-hint = Le pagine di Laurel le vengono mostrate in questa lingua, su tutti i suoi dispositivi.
account-language-submit = Salva la lingua
