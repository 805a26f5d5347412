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
jury-shortlist-to-confirm = Une présélection attend votre confirmation
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
scoring-round-closed = L’évaluation est close : ce tour est terminé et sa présélection est adoptée.
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

## Le consensus, enregistré par le rapporteur ou le·la président·e du jury.
consensus-title = Consensus : { $title }
consensus-hint = Les notes individuelles proviennent des fiches d’évaluation soumises, sans les noms. La proposition correspond à leur médiane, arrondie au demi-point inférieur. Les critères dont les notes présentent un écart de 2 points ou plus sont signalés pour discussion.
consensus-final = La phase de consensus est terminée ; le consensus ci-dessous est définitif.
consensus-not-yet = Pas encore enregistré
consensus-meanwhile = Enregistré entre-temps
consensus-dissent-line = Opinion dissidente : { $dissent }
consensus-individual = Notes individuelles :
consensus-none-yet = aucune pour l’instant
consensus-proposal = proposition :
consensus-discuss = Écart de 2 points ou plus : à discuter
consensus-remarks = Les commentaires des membres du jury
consensus-agreed-score = Note retenue
consensus-comment-label = Commentaire de consensus (communiqué au candidat ; { $max } caractères au plus)
consensus-dissent-label = Opinion dissidente (facultative ; { $max } caractères au plus)
consensus-record = Enregistrer le consensus
consensus-recorded = Le consensus a été enregistré.
consensus-not-recorded = Consensus non enregistré
consensus-typed-score = { $name } : note retenue
consensus-typed-comment = { $name } : commentaire de consensus
consensus-typed-dissent = { $name } : opinion dissidente
consensus-back-to-scoring = Non enregistré : le secrétariat a ramené l’édition à la phase « { $phase } » ; le consensus sur « { $title } » n’est donc pas ouvert et les notes individuelles sont de nouveau masquées.
consensus-closed = Le consensus ne peut plus être modifié : l’édition est en phase « { $phase } ». Ce que vous avez saisi est affiché ci-dessous pour que vous puissiez le copier.
consensus-recorded-meanwhile = Non enregistré : une autre personne a enregistré le consensus depuis que vous avez ouvert cette page. Le consensus enregistré actuellement figure ci-dessous, et vos propres saisies sont toujours dans le formulaire : enregistrez de nouveau pour le remplacer par vos saisies.
consensus-comment-of = { $name }, commentaire de consensus
consensus-dissent-of = { $name }, opinion dissidente
consensus-comment-missing = { $name } : veuillez rédiger le commentaire de consensus
consensus-score-missing = { $name } : veuillez choisir la note retenue

## Les décisions du jury, confirmées par le·la président·e du jury.
decisions-title = Décisions : { $edition }
decisions-heading = Les décisions du jury : { $edition }
decisions-hint = En tant que président·e du jury, vous confirmez les décisions que le secrétariat a enregistrées lors de la réunion du jury. Toute modification ultérieure d’une décision requiert de nouveau votre confirmation.
decisions-hidden = { $count ->
    [one] { $count } décision porte sur une candidature pour laquelle vous êtes en conflit d’intérêts ; elle ne vous est pas affichée.
   *[other] { $count } décisions portent sur des candidatures pour lesquelles vous êtes en conflit d’intérêts ; elles ne vous sont pas affichées.
}
decisions-none = Aucune décision à afficher pour l’instant.
decisions-caption = Décisions enregistrées
decisions-prize = Prix
decisions-submission = Candidature
decisions-rationale = Motivation
decisions-vote = Vote
decisions-confirmed-column = Confirmée
decisions-ex-aequo = (ex aequo)
decisions-tally = pour : { $for }, contre : { $against }, abstentions : { $abstain }
decisions-not-yet = Pas encore
decisions-confirm = Confirmer les décisions du jury
decisions-all-confirmed = Toutes les décisions sont confirmées.
decisions-confirmed = { $count ->
    [one] Vous avez confirmé la décision du jury.
   *[other] Vous avez confirmé les { $count } décisions du jury.
}
decisions-nothing-to-confirm = Il n’y a encore aucune décision à confirmer.

## Les conflits d’intérêts, les déclarations du membre du jury.
conflicts-title = Conflits d’intérêts
conflicts-heading = Conflits d’intérêts : { $edition }
conflicts-intro = Pour chaque projet recevable ci-dessous, seuls apparaissent son titre, les collectivités territoriales et les partenaires concernés, ainsi que leurs pays. Déclarez tout lien que vous avez avec eux. Un conflit rédhibitoire vous tient à l’écart du projet ; sur un conflit potentiel, c’est le secrétariat qui statue. Vous pouvez à tout moment rendre une déclaration plus stricte ; pour l’assouplir ou la retirer, demandez un réexamen, sur lequel statue le secrétariat ou le·la président·e du jury. Une fiche d’évaluation déjà commencée est conservée, mais suspendue, tant qu’un conflit vous tient à l’écart.
conflicts-pending = Conflits potentiels sur lesquels vous devez statuer en tant que président·e du jury
conflicts-pending-line = { $juror }, au sujet de { $submission } :
conflicts-asks = Demande la requalification de la déclaration en { $asked } : « { $explanation } »
conflicts-your-reason = Motivation de votre décision ({ $min } caractères au moins)
conflicts-grant = Faire droit à la demande
conflicts-refuse = La rejeter
conflicts-allow = Autoriser
conflicts-exclude = Exclure
conflicts-none = Aucun projet recevable pour l’instant.
conflicts-flags = Laurel a relevé un lien possible ; veuillez vérifier :
conflicts-question = Avez-vous un conflit d’intérêts ?
conflicts-reason = Motif (sauf en l’absence de conflit)
conflicts-details = Précisions (obligatoires pour un conflit potentiel ; { $max } caractères au plus)
conflicts-save = Enregistrer ma déclaration
conflicts-ask-lower = Demander l’assouplissement ou le retrait de cette déclaration
conflicts-become = Que doit devenir cette déclaration ?
conflicts-become-potential = Un conflit potentiel, malgré lequel je pourrais participer à l’évaluation
conflicts-requested-reason = Motif du conflit potentiel (si c’est ce que vous demandez)
conflicts-why = Justification ({ $min } caractères au moins ; elle sera lue par le secrétariat ou le·la président·e du jury)
conflicts-send = Envoyer la demande
conflict-request-sent = Votre demande concernant « { $title } » a été envoyée. Votre déclaration conserve ses effets jusqu’à ce qu’une décision soit prise.
conflict-status-undeclared = Pas encore déclaré
conflict-status-free = Aucun conflit déclaré
conflict-status-disqualified = Rédhibitoire : vous ne verrez ni n’évaluerez ce projet
conflict-status-allowed = Potentiel : l’autorisation de l’évaluer vous a été accordée
conflict-status-excluded = Potentiel : exclusion décidée, vous n’évaluerez pas ce projet
conflict-status-pending = Potentiel : en attente de décision
conflict-asked-none = absence de conflit
conflict-asked-allowed = conflit potentiel autorisé ({ $reason })
conflict-asked-on = Le { $at }, vous avez demandé la requalification de cette déclaration en { $asked }. Elle conserve ses effets jusqu’à ce que le secrétariat ou le·la président·e du jury statue.
conflict-level-none = Aucun conflit
conflict-level-potential = Conflit potentiel (le secrétariat décide)
conflict-level-disqualifying = Conflit rédhibitoire (je n’évaluerai pas ce projet)
conflict-short-potential = potentiel
conflict-short-disqualifying = rédhibitoire
conflict-reason-helped-prepare = J’ai contribué à préparer cette candidature
conflict-reason-office = J’exerce un mandat électif ou une fonction au sein d’un candidat ou d’un partenaire
conflict-reason-close-tie = J’ai des liens familiaux ou personnels étroits avec des personnes concernées
conflict-reason-direct-interest = Je pourrais y gagner ou y perdre directement
conflict-reason-recent-collaboration = J’ai travaillé ou collaboré avec un candidat au cours des 3 dernières années
conflict-reason-same-association = J’appartiens à la même association nationale de collectivités territoriales
conflict-reason-other = Un autre motif pouvant donner une apparence de partialité
conflict-reason-none = aucun motif indiqué
conflict-recorded-none = Déclaration enregistrée pour « { $title } » : aucun conflit.
conflict-recorded-potential = Déclaration enregistrée pour « { $title } » : conflit potentiel. Motif : { $reason }. Vous ne verrez ni n’évaluerez ce projet, sauf si le secrétariat l’autorise.
conflict-recorded-disqualifying = Déclaration enregistrée pour « { $title } » : conflit rédhibitoire. Motif : { $reason }. Vous ne verrez ni n’évaluerez ce projet.
conflict-flag-email = Votre adresse électronique relève du domaine { $domain }, comme celle du candidat.
conflict-flag-affiliation = Votre affiliation ({ $affiliation }) ressemble au nom « { $name } ».
conflict-flag-country = Vous êtes du même pays que { $name } : { $country }.
conflict-choose-level = Conflit : veuillez choisir entre aucun conflit, conflit potentiel et conflit rédhibitoire
conflict-choose-reason = Motif : veuillez choisir un motif correspondant au niveau de conflit
conflict-details = Précisions
conflict-why-details = il peut s’agir d’un conflit, en une phrase, pour permettre de statuer
conflict-asked-level = Demande : veuillez choisir l’absence de conflit ou un conflit potentiel
conflict-would-not-lower = Demande : cela n’assouplirait pas votre déclaration ; modifiez-la plutôt directement
conflict-asked-reason = Motif : veuillez choisir le motif du conflit potentiel
conflict-explanation = Explication
conflict-why-lower = la déclaration devrait être assouplie
conflict-nothing-declared = Vous n’avez déclaré aucun conflit pour cette candidature.
conflict-would-lower = Ici, votre déclaration peut seulement être rendue plus stricte. Pour l’assouplir ou la retirer, demandez un réexamen : le secrétariat ou le·la président·e du jury statue.
conflict-request-pending = Une demande d’assouplissement de cette déclaration est déjà en attente de décision.
conflict-no-request = Aucune demande concernant cette déclaration n’est en attente de décision ; elle a peut-être été tranchée entre-temps.
conflict-not-potential = Seul un conflit potentiel fait l’objet d’une décision (autorisation ou exclusion) ; un conflit rédhibitoire entraîne toujours l’exclusion.
conflict-outdated = La déclaration a été modifiée entre-temps ; veuillez recharger la page.

## Le courriel qui invite un nouveau membre du jury, dans sa langue.
invitation-subject = Invitation à rejoindre le jury de { $edition }
invitation-body =
    Bonjour { $name },

    Le secrétariat vous invite à rejoindre le jury de { $edition } (rôle : { $role }).

    Ouvrez ce lien pour définir votre mot de passe ; il n’est utilisable qu’une seule fois, jusqu’au { $until } :

    { $link }

    Si vous n’attendiez pas cette invitation, vous pouvez ignorer ce message.

    Cordialement,
    Le secrétariat

## La page où un membre du jury invité définit son mot de passe.
invitation-title = Bienvenue au sein du jury
invitation-heading = Bienvenue au sein du jury, { $name }
invitation-intro = Choisissez un mot de passe pour finaliser la création de votre compte de membre du jury. Vous vous connecterez avec votre adresse électronique et ce mot de passe.
invitation-password = Mot de passe
invitation-password-hint = Au moins 12 caractères.
invitation-password-again = Mot de passe, à nouveau
invitation-set = Définir mon mot de passe
invitation-problem-confirm = Mot de passe, à nouveau : les deux mots de passe ne sont pas identiques
invitation-unknown = Ce lien d’invitation n’est malheureusement pas valide.
invitation-expired = Ce lien d’invitation a malheureusement expiré ; veuillez en demander un nouveau au secrétariat.
invitation-used = Ce lien d’invitation a malheureusement déjà été utilisé ; veuillez vous connecter avec votre mot de passe.
