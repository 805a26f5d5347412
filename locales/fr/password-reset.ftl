# Réinitialisation du mot de passe en libre-service : demander un lien par courriel et choisir un nouveau mot de passe.

login-forgot = Mot de passe oublié ?

forgot-title = Mot de passe oublié ?
forgot-intro = Saisissez l’adresse électronique de votre compte. Nous vous enverrons un lien pour choisir un nouveau mot de passe ; il fonctionne une seule fois, pendant une heure.
forgot-email = Adresse électronique
forgot-submit = M’envoyer un lien
forgot-back = Retour à la connexion
forgot-no-mail = Cette installation de Laurel n’envoie pas de courriels. Demandez au secrétariat du prix de vous attribuer un nouveau mot de passe.
forgot-sent-title = Consultez votre boîte de réception
forgot-sent = Si un compte utilise { $email }, nous lui avons envoyé un lien pour choisir un nouveau mot de passe. Il fonctionne une seule fois, pendant une heure.
forgot-sent-hint = Rien après quelques minutes ? Regardez dans vos courriers indésirables, ou faites une nouvelle demande : seul le lien le plus récent fonctionne.
forgot-refused-later = Trop de demandes de réinitialisation ont été faites récemment. Veuillez réessayer dans une heure.

reset-title = Choisir un nouveau mot de passe
reset-intro = Pour le compte de { $name }. Toutes les autres sessions de ce compte prennent fin à l’enregistrement.
reset-password = Nouveau mot de passe
reset-password-hint = Au moins 12 caractères.
reset-password-again = Nouveau mot de passe, à nouveau
reset-submit = Enregistrer mon nouveau mot de passe
reset-problem-confirm = Nouveau mot de passe, à nouveau : les deux mots de passe ne sont pas identiques
reset-done = Votre nouveau mot de passe est enregistré et vous êtes connecté. Toutes les autres sessions de votre compte ont pris fin.
reset-link-unknown = Désolé : ce lien de réinitialisation n’est pas valide. Demandez-en un nouveau depuis la page de connexion.
reset-link-used = Désolé : ce lien de réinitialisation a déjà été utilisé. Connectez-vous avec votre mot de passe, ou demandez un nouveau lien.
reset-link-replaced = Désolé : ce lien ne fonctionne plus, car un lien plus récent a été demandé ou le mot de passe a été modifié entre-temps. Utilisez le lien le plus récent, ou demandez-en un nouveau.
reset-link-expired = Désolé : ce lien de réinitialisation a expiré (les liens fonctionnent pendant une heure). Demandez-en un nouveau depuis la page de connexion.
reset-link-deactivated = Désolé : ce compte a été désactivé. Veuillez contacter le secrétariat.

## Les courriels.
reset-email-subject = Choisir un nouveau mot de passe Laurel
reset-email-body =
    Bonjour { $name },

    Quelqu’un, probablement vous, a demandé à choisir un nouveau mot de passe pour votre compte Laurel.

    Ouvrez ce lien pour le choisir ; il fonctionne une seule fois, jusqu’au { $until } :

    { $link }

    Se connecter avec un nouveau mot de passe met fin à toutes les autres sessions de votre compte.

    Si vous n’avez rien demandé, vous pouvez ignorer ce message : votre mot de passe reste inchangé.

    Vous recevez ce message parce qu’un nouveau mot de passe a été demandé pour cette adresse.
reset-unknown-subject = À propos de votre demande de mot de passe Laurel
reset-unknown-body =
    Bonjour,

    Quelqu’un, probablement vous, a demandé à choisir un nouveau mot de passe pour un compte Laurel à cette adresse, mais aucun compte actif ne l’utilise.

    Si c’était vous, votre compte utilise peut-être une autre adresse (celle d’un collègue ou de votre organisation) ; essayez-la sur { $login }. Si votre compte a été désactivé, écrivez au secrétariat du prix.

    Si vous n’avez rien demandé, vous pouvez ignorer ce message.

    Vous recevez ce message parce qu’un nouveau mot de passe a été demandé pour cette adresse.

account-page-reset-requested = Lien de réinitialisation du mot de passe demandé
account-page-reset-by-link = Mot de passe réinitialisé par un lien envoyé par courriel
