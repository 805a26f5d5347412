# Les refus et les problèmes que signale la couche applicative, formulés dans la langue du lecteur.

account-refused-locked = Trop de mots de passe erronés. Par sécurité, la vérification des mots de passe est suspendue jusqu’au { $until }.
register-problem-email-taken = Adresse électronique : un compte existe déjà avec cette adresse ; connectez-vous plutôt
register-refused-until = Trop de comptes ont été créés récemment depuis votre réseau. Veuillez réessayer après le { $until }.
register-refused-later = Trop de comptes ont été créés récemment depuis votre réseau. Veuillez réessayer plus tard.
invitation-refused-later = Trop de comptes ont été configurés récemment depuis votre réseau. Veuillez réessayer plus tard.
accounts-problem-email-taken = Adresse électronique : un compte existe déjà avec cette adresse
accounts-refused-own = Vous ne pouvez pas désactiver votre propre compte.
accounts-problem-role = Rôle : choisissez candidat, membre du jury ou secrétariat

## Les libellés des champs, tels que les problèmes les désignent.
label-name = Nom complet
label-email = Adresse électronique
label-initial-password = Mot de passe initial
label-new-password = Nouveau mot de passe

## Les problèmes d’un champ, désigné par son libellé.
problem-password-short = { $label } : au moins { $min } caractères, s’il vous plaît (celui-ci en compte { $chars })
problem-password-long = { $label } : { $max } caractères au plus, s’il vous plaît
problem-password-spaces = { $label } : il ne peut pas être fait uniquement d’espaces
problem-email = { $label } : il doit s’agir d’une adresse électronique telle que nom@exemple.org
problem-name-long = { $label } : { $max } caractères au plus, s’il vous plaît
decisions-refused-nothing-to-confirm = Il n’y a encore aucune décision à confirmer.
decisions-refused-confirm-phase = Les décisions sont confirmées pendant la phase de consensus ; cette édition est en phase « { $phase } ».
consensus-refused-closed = Le consensus ne peut plus être modifié : l’édition est en phase « { $phase } ».
jury-problem-not-a-juror = Adresse électronique : cette adresse appartient à un compte de candidat ou du secrétariat
jury-problem-already-member = Adresse électronique : cette personne fait déjà partie du jury
gate-consensus-not-open = La phase de consensus n’a pas commencé : les membres du jury évaluent encore chacun de leur côté. C’est le secrétariat qui l’ouvre.
gate-decisions-not-open = Les décisions sont prises à partir de la phase de consensus ; cette édition est en phase « { $phase } ».
gate-decisions-not-final-round = Les prix sont décidés au dernier tour ; l’édition est au tour « { $round } », qui se termine par sa présélection.
gate-results-not-open = Les résultats sont affichés à partir de la phase de consensus ; cette édition est en phase « { $phase } ».
tokens-refused-too-many = Un compte peut détenir au plus { $max } jetons utilisables.
conflict-refused-own = Vous ne pouvez pas statuer sur votre propre conflit d’intérêts ; c’est le secrétariat qui le fera.
api-problem-not-a-criterion = { $key } : ce n’est pas un critère de cette grille d’évaluation
assignment-refused-not-submitted = Seule une fiche d’évaluation soumise peut être rouverte.
decisions-refused-record-phase = Les décisions sont enregistrées pendant la phase de consensus ; cette édition est en phase « { $phase } ».
api-problem-names = names : true ou false
api-problem-round = round : la place du tour dans l’édition, un nombre entier à partir de 1
api-problem-import-size = Fichier : { $max } MiB au plus, s’il vous plaît
api-problem-phase = to : l’un des codes des phases (draft, open, closed, screening, jury_evaluation, consensus, decided, announced, archived)
api-problem-if-match = If-Match : envoyez l’ETag de la version que vous avez lue, par exemple "3"
results-refused-no-method = La méthode officielle n’a pas encore été enregistrée : le secrétariat l’enregistre sur la page des résultats.
problem-then = { $first } ; { $then }
conflict-decided-allowed = Décision prise : le membre du jury peut participer malgré le conflit.
conflict-decided-excluded = Décision prise : le conflit tient le membre du jury à l’écart de cette candidature.
review-granted = Demande accueillie : la déclaration est assouplie, et les fiches d’évaluation suspendues du membre du jury sont de nouveau prises en compte.
review-refused = Demande rejetée : la déclaration est maintenue.
review-nothing-decided = { $problem } ; rien n’a été décidé.
edition-problem-next-state = État suivant : choisissez l’une des phases
export-method-not-recorded = Choisissez la méthode officielle sur la page des résultats ({ $address }) avant d’exporter le classement ou les statistiques des membres du jury : personne ne doit pouvoir choisir une méthode après avoir vu le résultat.

## Les décisions du jury.
label-reason = Motif
label-special-name = Nom du prix spécial
label-rationale = Motivation
why-decision = le jury a pris cette décision (texte lu par le candidat et, pour les prix, par le public)
why-decision-removed = la décision est supprimée
decision-problem-special-name = Nom du prix spécial : donnez un nom au prix spécial
decision-problem-already-has = Prix : cette candidature a déjà obtenu « { $prize } » ; supprimez d’abord cette décision
decision-problem-ex-aequo = Ex aequo : « { $prize } » revient déjà à « { $title } » ; cochez ex aequo pour le partager, ou supprimez cette décision
decision-problem-no-votes = Vote : enregistrez le vote des membres du jury présents
decision-problem-not-carried = Vote : { $for } voix pour et { $against } voix contre ne suffisent pas à adopter la décision ; il faut plus de voix pour que de voix contre
decision-problem-submission = Candidature : choisissez une candidature recevable de cette édition
decision-problem-stranger = Vote : le membre du jury #{ $juror } ne peut pas voter sur cette candidature (il ne fait pas partie du jury, il est observateur ou il est en conflit d’intérêts avec elle)
decision-problem-prize = Prix : choisissez le prix (ou l’absence de prix)
decision-problem-vote = Vote : choisissez pour, contre, abstention ou absent·e pour chaque membre du jury

## Les jurys, l’examen de la recevabilité, les résultats et les réexamens.
label-juror-name = Nom
label-affiliation = Affiliation
jury-problem-role = Rôle au sein du jury : veuillez en choisir un
jury-problem-country = Pays : veuillez choisir un pays
jury-problem-languages = Langues : cochez au moins une langue que le membre du jury lit
why-juror-removed = ce membre quitte le jury
results-problem-method = Méthode officielle : choisissez l’une des méthodes.
why-method-changes = la méthode change
results-problem-reason-needed = Motif : les résultats ont déjà été affichés ; changer de méthode exige donc un motif écrit ({ $min } caractères au moins). Le changement est conservé dans le journal d’audit.
why-back-to-evaluation = le jury revient à l’évaluation individuelle
screening-problem-not-submitted = Décision : seule une candidature soumise peut faire l’objet d’une décision sur la recevabilité
screening-problem-outcome = Décision : choisissez recevable ou non recevable
why-eligibility = la candidature est recevable ou non (le candidat lira ce motif)
review-problem-decision = Décision : choisissez de faire droit à la demande ou de la rejeter
why-review-decided = il est fait droit à la demande ou elle est rejetée
why-assignment-removed = l’attribution est supprimée
why-scorecard-reopened = la fiche d’évaluation est rouverte
conflict-problem-decision = Décision : choisissez autoriser ou exclure

## Les éditions et leurs phases.
edition-problem-zone = { $label } : `{ $value }` n’est pas un fuseau horaire ; utilisez un nom tel que Europe/Brussels
edition-problem-instant = { $label } : `{ $value }` n’est pas une date et une heure ; écrivez la date et l’heure au format YYYY-MM-DD HH:MM
edition-problem-time-twice = { $label } : { $time } existe deux fois dans le fuseau horaire { $zone } (les horloges reculent cette nuit-là) ; choisissez une autre heure
edition-problem-time-skipped = { $label } : { $time } n’existe pas dans le fuseau horaire { $zone } (les horloges avancent cette nuit-là) ; choisissez une autre heure
edition-problem-country-codes = { $label } : ces codes ne sont pas des codes de pays ISO 3166 : { $value }
edition-problem-no-country = { $label } : indiquez au moins un code de pays
edition-problem-date = { $label } : écrivez la date au format YYYY-MM-DD
edition-problem-name = Nom : indiquez un nom de 120 caractères au plus
edition-problem-name-too-long = Nom dans une autre langue : { $most } caractères au plus
edition-problem-introduction-too-long = Présentation : { $most } caractères au plus
edition-problem-text-languages = Les textes de l’appel : { $value } ne fait pas partie des langues de l’interface
edition-problem-year = Année : indiquez une année, par exemple 2026
edition-problem-due-after-close = Date limite des fiches d’évaluation : elle doit être postérieure à la clôture de l’appel à candidatures
edition-problem-close-after-open = Clôture (date limite) : elle doit être postérieure à l’ouverture
edition-problem-rubric = Grille d’évaluation : choisissez l’une des grilles d’évaluation
edition-problem-shortlist = Taille de la présélection : indiquez un nombre de 1 à 500
edition-problem-languages = Langues acceptées : acceptez au moins une langue
edition-problem-peer-scores = Quand les membres du jury voient les notes des autres membres : choisissez l’une des options.
edition-problem-category-line = Catégories : la ligne { $line } doit être de la forme `CODE | Name`
edition-problem-category-unknown = Catégories dans une autre langue : la ligne { $line } indique { $value }, qui n’est pas une catégorie de l’édition
edition-problem-category-label-line = Libellés des catégories : un code et son libellé tiennent chacun sur une ligne
edition-label-opens = Ouverture
edition-label-scoring-deadline = Date limite des fiches d’évaluation
edition-label-lead-countries = Pays du candidat chef de file
edition-label-partner-countries = Pays des partenaires
edition-label-started-after = Projet commencé au plus tôt le
edition-label-active-after = Projet en cours, ou achevé au plus tôt le
edition-refused-locked = Une édition en phase « { $phase } » ne peut plus être modifiée.
edition-refused-rubric-frozen = La grille d’évaluation est figée dès l’ouverture de l’appel à candidatures ; elle ne peut être modifiée que tant que l’édition est à l’état de brouillon.
edition-refused-peer-scores-fixed = Quand les membres du jury voient les notes des autres membres : ce choix est figé dès le début de l’évaluation par le jury.
phase-refused-already = L’édition est déjà en phase « { $phase } ».
phase-refused-only-next = Une édition en phase « { $phase } » ne peut passer qu’en phase « { $next } ».
phase-refused-final = Une édition en phase « { $phase } » ne peut plus changer de phase.
phase-refused-not-decidable = L’édition ne peut pas encore passer à la décision. { $problems }
phase-refused-shortlist-first = L’édition ne peut pas encore passer à la décision : le tour « { $round } » se termine quand sa présélection est enregistrée et que sa présidence la confirme ; le tour suivant commence alors.
phase-changed = L’édition est désormais en phase « { $phase } ».
phase-changed-rechecked = L’édition est désormais en phase « { $phase } ». Les règles de recevabilité ont été appliquées de nouveau (candidatures concernées : { $count }).
decisions-blocking-tie = Égalité au rang { $rank } : { $names }. L’ordre officiel ne permet pas de les départager : enregistrez une décision pour chacune (un prix, un ex aequo ou aucun prix).
decisions-blocking-none = Aucune décision n’est encore enregistrée.
decisions-blocking-unconfirmed = Le·la président·e du jury n’a pas encore confirmé les décisions ({ $confirmed } sur { $total } confirmées).
decisions-blocking-no-method = La méthode officielle de classement n’est pas encore choisie : ouvrez les résultats pour la choisir.

## Le retour en arrière, le retrait d’un membre du jury.
back-refused-phase = seule une édition en phase de consensus peut revenir à l’évaluation par le jury ; cette édition est en phase « { $phase } »
back-refused-consensus = { $count ->
    [one] un consensus est déjà enregistré pour une candidature : une fois que le jury s’est accordé sur les notes, l’évaluation individuelle ne peut pas reprendre
   *[other] un consensus est déjà enregistré pour { $count } candidatures : une fois que le jury s’est accordé sur les notes, l’évaluation individuelle ne peut pas reprendre
}
back-refused-decisions = { $count ->
    [one] le jury a enregistré une décision sur les prix : supprimez-la avant de revenir à l’évaluation par le jury
   *[other] le jury a enregistré { $count } décisions sur les prix : supprimez-les avant de revenir à l’évaluation par le jury
}
jury-removal-refused = Ce membre ne peut pas être retiré du jury : { $why }.

## Les attributions.
assign-refused-phase = les attributions se font pendant l’examen de la recevabilité et l’évaluation par le jury ; cette édition est en phase « { $phase } »
assign-refused-not-on-jury = cette personne ne fait pas partie des membres du jury qui notent les candidatures
assign-refused-not-eligible = cette candidature n’est pas recevable
assign-refused-conflicted = un conflit d’intérêts tient ce membre du jury à l’écart de cette candidature
assign-refused-duplicate = cette candidature est déjà attribuée à ce membre du jury
assign-not-assigned = Attribution non effectuée : { $why }.
assign-problem-per-submission = Membres du jury par candidature : « { $value } » n’est pas un nombre entier de 1 à 20.
assign-problem-calibration = Bloc de calibrage : « { $value } » n’est pas un nombre entier de 0 à 50.
assign-problem-seed = Graine aléatoire : « { $value } » n’est pas un nombre entier positif ou nul.
