# La struttura comune delle pagine: navigazione, piè di pagina, lingua, ruoli.

language-name = Italiano

skip-to-content = Vai al contenuto principale
nav-main = Navigazione principale
nav-my-applications = Le mie candidature
nav-my-assignments = Le mie valutazioni
nav-editions = Edizioni
nav-accounts = Account
nav-rubrics = Griglie di valutazione
nav-my-account = Il mio account
nav-log-in = Accedi
nav-log-out = Esci
footer-tagline = Laurel: premi e bandi per la cooperazione decentrata.
language-switch = Lingua
role-applicant = Proponente
role-juror = Membro della giuria
role-secretariat = Segreteria
role-jury-chair = Presidenza della giuria
