# Notifications d’une édition et sa page Courriels.

notice-submitted-subject = Candidature reçue : { $title }
notice-submitted-body =
    Bonjour { $name },

    Nous avons reçu votre candidature « { $title } » à { $edition } le { $at }.

    Empreinte de ce que vous avez soumis (SHA-256) : { $fingerprint }

    Vous pouvez la consulter sur { $link }. Jusqu’à la clôture de l’appel ({ $deadline }), vous pouvez la retirer, la modifier et la soumettre à nouveau.

    Vous recevez ce message parce que vous avez soumis une candidature à { $edition } sur Laurel.
notice-withdrawn-subject = Candidature retirée : { $title }
notice-withdrawn-body =
    Bonjour { $name },

    Votre candidature « { $title } » à { $edition } a été retirée le { $at } et redevient un brouillon : elle ne sera évaluée que si elle est soumise à nouveau avant la clôture de l’appel ({ $deadline }).

    { $link }

    Vous recevez ce message parce que vous avez retiré une candidature à { $edition } sur Laurel.

edition-link-mail = Courriels : notifications et messages envoyés
mail-title = Courriels
mail-off = Les courriels ne sont pas configurés sur cette installation : rien n’est envoyé ni mis en file d’attente.
mail-settings-title = Notifications
mail-settings-legend = Envoyer ces notifications pour cette édition
mail-settings-submit = Enregistrer les notifications
mail-settings-saved = Les notifications de cette édition sont enregistrées.
mail-kind-submitted = Accusé de réception d’une candidature soumise
mail-hint-submitted = À la personne qui a soumis : le titre, l’heure et l’empreinte de ce qui a été soumis.
mail-kind-withdrawn = Candidature retirée
mail-hint-withdrawn = À la personne qui l’a retirée, avec la date limite pour la soumettre à nouveau.
mail-kind-invitation = Invitation au jury
mail-messages-title = Messages
mail-none = Aucun message pour cette édition pour l’instant.
mail-caption = Tous les messages de cette édition, du plus récent au plus ancien
mail-queued-at = Mis en file
mail-kind = Type
mail-to = Destinataire
mail-subject = Objet
mail-state = État
mail-state-sent = Envoyé { $time }
mail-state-queued = En file d’attente
mail-state-retrying = Non remis après { $count } essais ({ $problem }) ; nouvel essai prévu
mail-state-failed = Échec ({ $problem })
mail-retry = Réessayer
mail-retry-planned = Le message sera réessayé dans la minute.
mail-retry-nothing = Ce message n’attend pas de nouvel essai (il a été envoyé, ou est encore en cours d’essai).

notice-untitled = (sans titre)
notice-reminder-subject = { $days ->
    [one] L’appel se clôt demain : { $title }
   *[other] L’appel se clôt dans { $days } jours : { $title }
}
notice-reminder-body =
    Bonjour { $name },

    Votre candidature « { $title } » à { $edition } est encore un brouillon. L’appel se clôt le { $deadline } ; seules les candidatures soumises sont évaluées.

    Complétez-la et soumettez-la sur { $link }

    Vous recevez ce message parce que vous avez une candidature non soumise à { $edition } sur Laurel. Le secrétariat peut désactiver ces rappels.
mail-kind-reminder = Rappel de la date limite
mail-hint-reminder = Aux candidats dont la candidature est encore un brouillon, 7 jours et 1 jour avant la date limite.
