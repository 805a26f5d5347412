# Les pages du membre du jury : ses évaluations attribuées, la fiche d’évaluation et la candidature telle qu’il la lit.

## Le tableau de bord du membre du jury.
jury-assignments = Mes évaluations
jury-awaiting = { $count ->
    [one] En tant que président·e du jury de { $edition } : un conflit d’intérêts attend votre décision.
   *[other] En tant que président·e du jury de { $edition } : { $count } conflits d’intérêts attendent votre décision.
}
jury-decide = { $count ->
    [one] Statuer sur ce conflit
   *[other] Statuer sur ces conflits
}
jury-my-juries = Mes jurys
jury-phase = phase : { $phase }
jury-due = fiches d’évaluation à rendre le { $due }
jury-overdue = En retard
jury-declare-conflicts = déclarer des conflits d’intérêts
jury-decisions-to-confirm = les décisions du jury (à confirmer en tant que président·e)
jury-consensus-to-record = Consensus à enregistrer
jury-submitted-of = Fiches d’évaluation soumises : { $submitted } sur { $total }
jury-in-draft = , { $count } en brouillon
jury-suspended-count = { $count ->
    [one] { $count } fiche suspendue en raison d’un conflit d’intérêts (non comptabilisée).
   *[other] { $count } fiches suspendues en raison d’un conflit d’intérêts (non comptabilisées).
}
jury-none-assigned = Aucune candidature ne vous a encore été attribuée.
jury-assigned-caption = Candidatures qui vous sont attribuées
jury-scorecard = Fiche d’évaluation
jury-submitted = Soumise
jury-suspended = Suspendue : conflit d’intérêts
jury-role-chair = Président·e
jury-role-member = Membre
jury-role-rapporteur = Rapporteur
jury-role-observer = Observateur (sans notation)
scorecard-not-started = Non commencée

## Les phases d’une édition.
phase-draft = Brouillon
phase-open = Appel à candidatures ouvert
phase-closed = Appel à candidatures clos
phase-screening = Examen de la recevabilité
phase-jury-evaluation = Évaluation par le jury
phase-consensus = Consensus
phase-decided = Décision rendue
phase-announced = Résultats annoncés
phase-archived = Archivée

## La fiche d’évaluation.
scorecard-title = Évaluation : { $title }
scorecard-is-locked = Cette fiche d’évaluation a été soumise et elle est verrouillée.
scorecard-please-check = Veuillez vérifier
scorecard-both-versions = La version enregistrée et la vôtre
scorecard-saved-elsewhere = Enregistrée ailleurs
scorecard-yours = La vôtre (non enregistrée)
scorecard-open-saved = Ouvrir la version enregistrée
scorecard-application = La candidature
scorecard-application-hint = L’intégralité de la candidature telle qu’elle a été soumise ; chaque réponse à un critère figure avec le critère correspondant. Les coordonnées du candidat ne sont pas communiquées au jury.
scorecard-peers = Les notes des autres membres du jury
scorecard-peers-hint = Uniquement les fiches d’évaluation soumises, sans les noms.
scorecard-no-peers = Aucun autre membre du jury n’a encore soumis sa fiche d’évaluation.
scorecard-juror = Membre du jury { $letter }
scorecard-overall-short = Commentaire général :
scorecard-your-scores = Vos notes
scorecard-answer = La réponse du candidat
scorecard-questions = Questions directrices
scorecard-levels = Signification de chaque niveau
scorecard-not-scored = Pas encore noté
scorecard-comment-label = Commentaire (obligatoire ; justifiez toute note inférieure ou égale à 2 ; { $max } caractères au plus)
scorecard-overall-label = Commentaire général ({ $max } caractères au plus)
scorecard-submit = Soumettre ma fiche d’évaluation
scorecard-submitted = Votre fiche d’évaluation a été soumise. Merci.
scorecard-draft-saved = Brouillon enregistré.
scorecard-back = Retour à votre page de membre du jury
scorecard-suspended = Fiche d’évaluation suspendue
scorecard-suspended-why = Cette fiche d’évaluation est suspendue, car le conflit d’intérêts que vous avez déclaré vous tient à l’écart de cette candidature. Rien n’est perdu : si le secrétariat juge le conflit acceptable, elle sera de nouveau prise en compte, sans modification.
scorecard-not-saved = Fiche d’évaluation non enregistrée
scorecard-suspended-not-saved = Non enregistrée. Cette fiche d’évaluation est suspendue, car le conflit d’intérêts que vous avez déclaré vous tient à l’écart de cette candidature. Rien n’est perdu : si le secrétariat juge le conflit acceptable, elle sera de nouveau prise en compte, sans modification.
scorecard-gone = Non enregistrée : cette fiche d’évaluation ne fait pas partie des évaluations qui vous sont attribuées (le secrétariat a peut-être retiré cette attribution).
scorecard-typed-score = { $name } : note
scorecard-typed-comment = { $name } : commentaire
scorecard-overall = Commentaire général
scorecard-stale = Cette fiche d’évaluation a été enregistrée depuis une autre fenêtre ou un autre appareil après l’ouverture de cette page. Rien n’a été écrasé. Comparez les deux versions ci-dessous : le formulaire conserve votre version, et si vous l’enregistrez maintenant, elle remplacera la version enregistrée ; vous pouvez aussi ouvrir la version enregistrée pour reprendre à partir de celle-ci.
scorecard-locked-meanwhile = Non enregistrée. Entre-temps, cette fiche d’évaluation a été soumise depuis une autre fenêtre ou un autre appareil et elle est désormais verrouillée ; le secrétariat peut la rouvrir. Ce que vous avez saisi est affiché ci-dessous pour que vous puissiez le copier.
scorecard-closed-not-saved = Non enregistrée. { $why } Ce que vous avez saisi est affiché ci-dessous pour que vous puissiez le copier.

## Ce qui ne va pas dans une fiche d’évaluation.
scorecard-off-scale = { $name } : { $score } est en dehors de l’échelle { $min }–{ $max }
scorecard-score-missing = { $name } : veuillez attribuer une note
scorecard-comment-of = { $name }, commentaire
scorecard-comment-missing = { $name } : un commentaire est obligatoire
scorecard-justify = { $name } : une note inférieure ou égale à 2 doit être justifiée en { $min } caractères au moins
scorecard-overall-missing = Commentaire général : veuillez en rédiger un
scorecard-not-a-score = `{ $value }` n’est pas une note
scorecard-not-on-scale = `{ $value }` ne figure pas sur l’échelle
scorecard-criterion-problem = { $name } : { $problem }
scoring-closed = L’évaluation est close : l’édition est en phase « { $phase } ».
scoring-invalid = Certaines notes ou certains commentaires doivent être corrigés.
scoring-stale = Cette fiche d’évaluation a été enregistrée depuis une autre fenêtre ou un autre appareil après que vous l’avez consultée. Rien n’a été écrasé.
scoring-locked = Cette fiche d’évaluation a été soumise et elle est verrouillée ; le secrétariat peut la rouvrir.
scoring-suspended = Cette fiche d’évaluation est suspendue, car le conflit d’intérêts que vous avez déclaré vous tient à l’écart de cette candidature. Rien n’est perdu.

## Une candidature telle que la lisent les membres du jury ou le secrétariat.
view-written-in = Rédigée en { $language }.
view-dates-label = Dates
view-dates = { $start } – { $end }
view-dates-ongoing = { $start } – en cours
view-lead = Collectivité cheffe de file
view-partners = Partenaires
view-since = depuis { $year }
view-budget = Budget
view-funding = Sources de financement
view-other-goals = Objectifs secondaires
view-targets = Cibles
view-no-links = Aucun lien.
view-documents = Documents
view-no-documents = Aucun document joint.
view-signed-by = Déclaration sur l’honneur signée par { $name }, { $role }.
view-signed-by-role = Signataire de la déclaration sur l’honneur : { $role } du candidat.
view-consent = Autorisation de publication : { $answer }.
view-no = non
view-contact = Contact (non communiqué au jury)
view-applicant = Candidat
view-email = Adresse électronique
