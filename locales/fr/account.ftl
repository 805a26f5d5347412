# La page du compte.

account-language-title = Langue
account-language-hint = Les pages de Laurel vous sont présentées dans cette langue, sur tous vos appareils.
account-language-submit = Enregistrer la langue
account-details = Vos informations
account-name = Nom
account-email = Adresse électronique
account-role = Rôle
account-password-title = Changer votre mot de passe
account-password-hint = Au moins 12 caractères. Le changer vous déconnecte de tous vos autres appareils.
account-password-not-changed = Votre mot de passe n’a pas été changé
account-current-password = Mot de passe actuel
account-new-password = Nouveau mot de passe
account-confirm-password = Nouveau mot de passe, à nouveau
account-password-submit = Changer le mot de passe
account-password-changed = Votre mot de passe a été changé. Vos autres appareils ont été déconnectés.
account-problem-current-password = Mot de passe actuel : ce n’est pas votre mot de passe actuel
account-problem-password-short = Nouveau mot de passe : au moins { $min } caractères, s’il vous plaît (celui-ci en compte { $chars })
account-problem-password-long = Nouveau mot de passe : { $max } caractères au plus, s’il vous plaît
account-problem-password-spaces = Nouveau mot de passe : il ne peut pas être fait uniquement d’espaces
account-problem-confirm = Nouveau mot de passe, à nouveau : les deux nouveaux mots de passe ne sont pas identiques
account-logout-everywhere = Se déconnecter partout
account-logout-everywhere-hint = Met fin à toutes les sessions de votre compte, sur cet appareil et sur tous les autres.
tokens-title = Jetons d’API
tokens-intro = Un jeton personnel permet à un script ou à un autre site web d’utiliser l’API de Laurel avec les droits de votre compte. Laurel n’en garde qu’une empreinte : il n’est donc affiché qu’une fois, lors de sa création.
tokens-reference = La documentation de l’API
tokens-new = Votre nouveau jeton « { $name } »
tokens-copy-now = Copiez-le maintenant : il ne sera plus affiché.
tokens-token = Jeton
tokens-not-made = Aucun jeton n’a été créé
tokens-make = Créer un jeton
tokens-name = Nom
tokens-name-hint = À quoi il sert, par exemple « Lauréats sur notre site ».
tokens-access = Accès
tokens-read-only = Lecture seule
tokens-read-write = Lecture et écriture
tokens-valid-for = Valable
tokens-days = { $days ->
    [one] { $days } jour
   *[other] { $days } jours
}
tokens-yours = Vos jetons
tokens-made = Créé le
tokens-expires = Expire le
tokens-last-used = Dernière utilisation
tokens-never = jamais
tokens-state = État
tokens-action = Action
tokens-active = Actif
tokens-expired = Expiré
tokens-revoked = Révoqué
tokens-revoke = Révoquer
tokens-revoked-flash = Le jeton est révoqué : il ne fonctionne plus.
