# Les pages du secrétariat consacrées aux personnes : les comptes, le jury et ses conflits d’intérêts.

## La liste des comptes.
accounts-title = Comptes
accounts-create-heading = Créer un compte
accounts-not-created = Le compte n’a pas été créé
accounts-full-name = Nom complet
accounts-email-address = Adresse électronique
accounts-role = Rôle
accounts-initial-password = Mot de passe initial
accounts-password-hint = Au moins 12 caractères. Transmettez-le de manière sûre ; la personne pourra le modifier.
accounts-create = Créer le compte
accounts-caption = Tous les comptes
accounts-name = Nom
accounts-email = Adresse électronique
accounts-state = État
accounts-action = Action
accounts-active = Actif
accounts-deactivated = Désactivé
accounts-you = Vous
accounts-deactivate = Désactiver
accounts-deactivate-named = Désactiver le compte de { $name }
accounts-reactivate = Réactiver
accounts-reactivate-named = Réactiver le compte de { $name }
accounts-created = Le compte de { $name } ({ $email }) a été créé.
accounts-deactivated-flash = Le compte de { $name } a été désactivé.
accounts-reactivated = Le compte de { $name } a été réactivé.

## Un compte.
account-page-all = Tous les comptes
account-page-details = Informations
account-page-deactivate = Désactiver ce compte
account-page-reactivate = Réactiver ce compte
account-page-reset-heading = Définir un nouveau mot de passe
account-page-reset-hint = Pour une personne qui a perdu son mot de passe. Au moins 12 caractères ; transmettez-le de manière sûre. Toutes les sessions de ce compte prennent fin.
account-page-not-changed = Le mot de passe n’a pas été changé
account-page-new-password = Nouveau mot de passe
account-page-set-password = Définir le mot de passe
account-page-password-set = Un nouveau mot de passe a été défini pour { $name }. Transmettez-le de manière sûre ; ses sessions ont pris fin.
account-page-history = Historique
account-page-history-caption = Événements concernant ce compte, du plus récent au plus ancien
account-page-when = Date
account-page-what = Événement
account-page-by = Auteur
account-page-created = Compte créé
account-page-reactivated = Réactivé
account-page-password-changed = Mot de passe changé par le titulaire du compte
account-page-password-reset = Mot de passe réinitialisé par le secrétariat
account-page-sessions-ended = Déconnexion de tous les appareils
account-page-command-line = Ligne de commande

## Le jury d’une édition et ses invitations.
jury-page-title = Jury : { $edition }
jury-page-heading = Jury
jury-page-invitation-for = Invitation pour { $name }
jury-page-link-emailed = Un courriel contenant ce lien est en file d’attente pour { $email } ; son acheminement est indiqué dans le tableau ci-dessous. Vous pouvez aussi transmettre vous-même le lien (il n’est affiché qu’une fois, maintenant). Il permet à la personne de définir son mot de passe ; il n’est utilisable qu’une seule fois, jusqu’au { $until }.
jury-page-link-pass-on = Transmettez ce lien à { $name } (il n’est affiché qu’une fois, maintenant). Il lui permet de définir son mot de passe ; il n’est utilisable qu’une seule fois, jusqu’au { $until }.
jury-page-empty = Le jury ne compte encore aucun membre.
jury-page-caption = Membres du jury de { $edition }
jury-page-name = Nom
jury-page-role = Rôle
jury-page-affiliation = Affiliation
jury-page-country = Pays
jury-page-reads = Langues lues
jury-page-account = Compte
jury-page-actions = Actions
jury-page-ready = Opérationnel
jury-page-not-used = Invitation pas encore utilisée
jury-page-remove = Retirer du jury…
jury-page-email-sent = Courriel envoyé le { $time }
jury-page-email-queued = Courriel en file d’attente
jury-page-email-retrying = Courriel non remis (nombre de tentatives : { $count } ; { $problem }) ; nouvel essai en cours
jury-page-no-answer = aucune réponse
jury-page-email-failed = Échec de l’envoi du courriel ({ $problem }) : transmettez le lien affiché lors de l’invitation, ou définissez un mot de passe depuis la page du compte
jury-page-add-heading = Ajouter un membre du jury
jury-page-add-hint-mail = Une nouvelle personne reçoit un compte de membre du jury et un lien à usage unique pour définir son mot de passe, affiché ici et envoyé par courriel. Un membre du jury qui dispose déjà d’un compte est simplement ajouté.
jury-page-add-hint-no-mail = Une nouvelle personne reçoit un compte de membre du jury et un lien à usage unique pour définir son mot de passe, affiché ici pour que vous le lui transmettiez (l’envoi de courriels n’est pas configuré). Un membre du jury qui dispose déjà d’un compte est simplement ajouté.
jury-page-email-address = Adresse électronique
jury-page-role-on-jury = Rôle au sein du jury
jury-page-choose = Choisir…
jury-page-languages = Langues que le membre du jury lit
jury-page-add = Ajouter au jury

## Le retrait d’un membre du jury.
removal-title = Retirer { $name } du jury : { $edition }
removal-back = Jury de { $edition }
removal-heading = Retirer { $name } du jury
removal-what-happens = Conséquences
removal-membership-ends = { $name } fait partie de ce jury (rôle : { $role }). Sa participation prend fin ; cette édition ne lui est plus accessible.
# Suit un nombre en gras ; « removal-drafts-removed » suit le second nombre.
removal-not-started-and = { $count ->
    [one] évaluation attribuée non commencée et
   *[other] évaluations attribuées non commencées et
}
removal-drafts-removed = { $count ->
    [one] fiche d’évaluation en brouillon sont supprimées (leur contenu est conservé dans le journal d’audit).
   *[other] fiches d’évaluation en brouillon sont supprimées (leur contenu est conservé dans le journal d’audit).
}
# Suit un nombre en gras.
removal-submitted-kept = { $count ->
    [one] fiche d’évaluation soumise est conservée et continue de compter dans les résultats, sauf si vous la retirez ci-dessous (elle est alors supprimée et conservée, elle aussi, dans le journal d’audit).
   *[other] fiches d’évaluation soumises sont conservées et continuent de compter dans les résultats, sauf si vous les retirez ci-dessous (elles sont alors supprimées et conservées, elles aussi, dans le journal d’audit).
}
removal-refused = { $name } ne peut pas être retiré·e du jury : { $reason }.
removal-too-late = l’édition est en phase « { $phase } » : à partir de la décision, le jury qui a statué reste tel qu’il était
removal-last-chair = cette personne est seule à présider le jury, dont elle confirme les décisions : désignez d’abord un·e autre président·e
removal-reason = Motif (conservé dans le journal d’audit, 10 caractères au moins)
removal-also-withdraw = Retirer également ses fiches d’évaluation soumises ({ $count })
removal-cancel = Annuler
removal-done = Le membre du jury a été retiré du jury. Évaluations supprimées : { $removed } ; fiches d’évaluation soumises retirées : { $withdrawn } ; fiches conservées : { $kept }.

## Les conflits d’intérêts déclarés dans une édition, examinés par le secrétariat.
coi-review-none = Aucun membre du jury n’a déclaré de conflit.
coi-review-caption = Déclarations, en commençant par celles qui attendent une décision
coi-review-project = Projet
coi-review-juror = Membre du jury
coi-review-level = Niveau
coi-review-reason = Motif
coi-review-decision = Décision
coi-review-suspended = Suspendue
coi-review-suspended-not-started = Sa fiche d’évaluation non commencée est suspendue : elle est conservée telle quelle et comptera de nouveau si le conflit est autorisé.
coi-review-suspended-draft = Sa fiche d’évaluation en brouillon est suspendue : elle est conservée telle quelle et comptera de nouveau si le conflit est autorisé.
coi-review-suspended-submitted = Sa fiche d’évaluation soumise est suspendue : elle est conservée telle quelle et comptera de nouveau si le conflit est autorisé.
coi-review-allowed = Autorisation
coi-review-excluded = Exclusion
coi-review-asks = Le membre du jury demande la requalification de la déclaration en { $asked } :
coi-review-quoted = « { $explanation } »
coi-review-not-decided = Aucune décision n’a été prise sur la demande
coi-review-back = Retour aux conflits d’intérêts
