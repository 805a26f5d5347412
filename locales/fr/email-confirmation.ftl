# Confirmer une adresse électronique : à l’inscription, et avant qu’un compte passe à une nouvelle adresse.

register-welcome-confirm = Bienvenue sur Laurel. Votre compte est prêt. Nous avons envoyé un lien à { $email } : suivez-le pour confirmer votre adresse avant de soumettre une candidature.
submit-unconfirmed = Confirmez d’abord votre adresse électronique : suivez le lien envoyé à { $email } (depuis la page de vos candidatures, vous pouvez le faire renvoyer). Votre brouillon est conservé.
dashboard-unconfirmed-title = Confirmez votre adresse électronique
dashboard-unconfirmed = Nous avons envoyé un lien à { $email }. Suivez-le pour confirmer votre adresse : vous pouvez préparer vos candidatures dès maintenant et les soumettre une fois l’adresse confirmée.

confirm-email-subject = Confirmez votre adresse électronique pour Laurel
confirm-email-body =
    Bonjour { $name },

    Veuillez confirmer que { $email } est votre adresse pour Laurel en ouvrant ce lien (il fonctionne jusqu’au { $until }) :

    { $link }

    Vous pouvez préparer vos candidatures avant de la confirmer ; vous pourrez les soumettre une fois l’adresse confirmée.

    Vous recevez ce message parce qu’un compte Laurel a été créé avec cette adresse. Si ce n’était pas vous, vous pouvez l’ignorer.
confirm-change-subject = Confirmez votre nouvelle adresse électronique pour Laurel
confirm-change-body =
    Bonjour { $name },

    Vous avez demandé à passer votre compte Laurel à l’adresse { $email }. Ouvrez ce lien pour la confirmer (il fonctionne jusqu’au { $until }) :

    { $link }

    D’ici là, vous continuez à vous connecter avec votre adresse actuelle.

    Vous recevez ce message parce que cette adresse a été indiquée pour un compte Laurel. Si ce n’était pas vous, vous pouvez l’ignorer.
confirm-moved-subject = Votre compte Laurel utilise une nouvelle adresse électronique
confirm-moved-body =
    Bonjour { $name },

    Votre compte Laurel utilise désormais { $email } : connectez-vous avec cette adresse à partir de maintenant.

    Si vous n’avez rien demandé, écrivez immédiatement au secrétariat du prix.

    Vous recevez ce message parce que c’était l’adresse de votre compte Laurel.
confirm-refused-later = Trop de liens ont été envoyés récemment à cette adresse. Veuillez réessayer dans une heure.
confirm-already = Cette adresse électronique est déjà confirmée.
confirm-link-unknown = Désolé : ce lien de confirmation n’est pas valide.
confirm-link-used = Ce lien de confirmation a déjà été utilisé.
confirm-link-replaced = Désolé : ce lien ne fonctionne plus, car un lien plus récent a été envoyé depuis. Utilisez le lien le plus récent, ou faites-en renvoyer un.
confirm-link-expired = Désolé : ce lien de confirmation a expiré (les liens fonctionnent pendant sept jours). Faites-en renvoyer un depuis votre compte.
confirm-link-taken = Désolé : un autre compte utilise désormais cette adresse ; votre compte ne peut donc pas y passer.

confirm-title = Confirmez votre adresse électronique
confirm-intro = Confirmez que { $email } est votre adresse pour Laurel.
confirm-account = Pour le compte de { $name }.
confirm-submit = Confirmer cette adresse
confirm-done = Merci : votre adresse électronique { $email } est confirmée.
confirm-moved = Votre compte utilise désormais { $email } ; connectez-vous avec cette adresse à partir de maintenant.
confirm-resent = Nous avons envoyé un nouveau lien à { $email }. Les liens précédents ne fonctionnent plus.
confirm-resend = Renvoyer le lien
confirm-change-sent = Nous avons envoyé un lien à { $email }. Votre compte passe à cette adresse lorsque vous le suivez ; d’ici là, continuez à vous connecter avec votre adresse actuelle.

accounts-unconfirmed = non confirmée
account-page-unconfirmed-hint = La personne n’a pas encore suivi le lien qui confirme cette adresse ; elle ne peut pas soumettre de candidature avant de l’avoir fait.
account-page-resend = Renvoyer le lien de confirmation
account-page-registered = Inscription
account-page-confirmation-sent = Lien de confirmation envoyé
account-page-email-confirmed = Adresse électronique confirmée
account-page-email-changed = Passage à une nouvelle adresse électronique

account-address-title = Adresse électronique
account-address-unconfirmed = Votre adresse { $email } n’est pas encore confirmée : suivez le lien qui lui a été envoyé.
account-address-pending = Un lien a été envoyé à { $email } : votre compte passe à cette adresse lorsque vous suivez le lien.
account-address-pending-until = Il fonctionne jusqu’au { $until }.
account-address-hint = Pour passer votre compte à une autre adresse, indiquez-la avec votre mot de passe : nous envoyons un lien à la nouvelle adresse, et votre compte y passe lorsque vous le suivez.
account-address-hint-no-mail = Pour passer votre compte à une autre adresse, indiquez-la avec votre mot de passe.
account-address-not-changed = Votre adresse n’a pas été modifiée
account-new-email = Nouvelle adresse électronique
account-email-password = Votre mot de passe
account-address-submit = Changer mon adresse
account-problem-same-email = Nouvelle adresse électronique : c’est déjà votre adresse
account-problem-email-taken = Nouvelle adresse électronique : un autre compte utilise cette adresse
account-problem-email-password = Votre mot de passe : ce n’est pas votre mot de passe actuel
confirm-asked-subject = Quelqu’un a demandé à passer votre compte Laurel à une autre adresse
confirm-asked-body =
    Bonjour { $name },

    Quelqu’un connecté à votre compte Laurel a demandé à le passer à l’adresse { $email }. Le compte n’y passe que si le lien envoyé à cette adresse est suivi.

    Si c’était vous, il n’y a rien à faire. Sinon, choisissez dès maintenant un nouveau mot de passe (« Mot de passe oublié ? » sur la page de connexion) : cela annule le changement et déconnecte tout le monde de votre compte.

    Vous recevez ce message parce que c’est l’adresse de votre compte Laurel.
