# La struttura comune delle pagine: navigazione, piè di pagina, lingua, ruoli.

# The name of the application, in the header and every page title.
brand = Laurel
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
amount-euros = { $amount } €
# Un istante nel fuso orario dell’edizione, e in quello del lettore se è diverso.
when-edition = { $time } (ora dell’edizione, { $zone })
when-edition-yours = { $time } (ora dell’edizione, { $zone }; { $yours } nel Suo fuso orario)
# Items of a list.
list = { $first }, { $next }
# A language by its name.
language-named = { $name }
# Una pagina che conserva quanto è stato scritto quando non è stato possibile salvarlo.
notice-typed = Quanto ha scritto
notice-typed-hint = Nulla è stato salvato. Copi ciò che desidera conservare.
# The counter under a limited text box (a script fills in %used% and %limit%).
counter = %used% di %limit% caratteri
