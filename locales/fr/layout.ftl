# La mise en page commune : navigation, pied de page, choix de la langue, rôles.

# The name of the application, in the header and every page title.
brand = Laurel
language-name = Français

skip-to-content = Aller au contenu principal
nav-main = Navigation principale
nav-my-applications = Mes candidatures
nav-my-assignments = Mes évaluations
nav-editions = Éditions
nav-accounts = Comptes
nav-rubrics = Grilles d’évaluation
nav-my-account = Mon compte
nav-log-in = Se connecter
nav-log-out = Se déconnecter
footer-tagline = Laurel : prix et concours de la coopération décentralisée.
language-switch = Langue
role-applicant = Candidat
role-juror = Membre du jury
role-secretariat = Secrétariat
role-jury-chair = Président·e du jury
amount-euros = { $amount } €
# Un instant dans le fuseau horaire de l’édition, et dans celui du lecteur s’il diffère.
when-edition = { $time } (heure de l’édition, { $zone })
when-edition-yours = { $time } (heure de l’édition, { $zone } ; { $yours } chez vous)
# Les éléments d’une liste.
list = { $first }, { $next }
# Une langue, par son nom.
language-named = { $name }
# Une page qui conserve ce qui a été saisi lorsque cela n’a pas pu être enregistré.
notice-typed = Ce que vous avez saisi
notice-typed-hint = Rien n’en a été enregistré. Copiez ce que vous souhaitez conserver.
# Le compteur sous une zone de texte limitée (un script remplace %used% et %limit%).
counter = %used% sur %limit% caractères
