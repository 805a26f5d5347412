# Le formulaire d’une édition, une candidature et la décision sur sa recevabilité, les décisions du jury et les pages entre l’évaluation par le jury et la phase de consensus (secrétariat).

## Le formulaire d’une édition (création ou modification).
edition-form-new = Nouvelle édition
edition-form-edit = Modifier { $edition }
edition-form-created = L’édition { $edition } a été créée à l’état de brouillon.
edition-form-saved = L’édition { $edition } a été enregistrée.
edition-form-not-saved = L’édition n’a pas été enregistrée
edition-form-the-edition = L’édition
edition-form-name = Nom
edition-form-rubric-hint = Figée dès l’ouverture de l’appel à candidatures : son contenu est conservé avec l’édition.
edition-form-languages = Langues acceptées
edition-form-categories = Catégories (facultatif)
# Suivi du format d’une ligne, par exemple « CODE | Nom ».
edition-form-categories-hint = Une par ligne, sous la forme
edition-form-categories-format = CODE | Nom
# Entre le format et l’exemple.
edition-form-categories-eg = , par exemple
edition-form-categories-example = CLIMAT | Climat et environnement
edition-form-peers = Quand les membres du jury voient les notes des autres membres
edition-form-peers-hint = Les notes restent toujours anonymes pour les autres membres du jury. Ce choix est figé dès le début de l’évaluation par le jury.
edition-form-dates = Dates
edition-form-time-zone = Fuseau horaire des dates
edition-form-time-zone-hint = Un nom IANA, par exemple Europe/Brussels. Les candidats voient aussi la date limite dans leur propre fuseau horaire.
edition-form-closes = Clôture (date limite)
edition-form-closes-hint = Les candidatures sont acceptées jusqu’au début de cette minute ; une seconde plus tard, il est trop tard.
edition-form-scoring-deadline = Date limite des fiches d’évaluation (facultatif)
edition-form-scoring-deadline-hint = Indiquée aux membres du jury avec les évaluations qui leur sont attribuées ; l’évaluation reste ouverte jusqu’à la phase de consensus.
edition-form-texts = Les textes de l’appel
edition-form-introduction = Présentation de l’appel (facultatif)
edition-form-introduction-hint = L’objet de l’appel, en quelques phrases. Les candidats la lisent au-dessus du bouton « Commencer une candidature ».
edition-form-texts-hint = Dans les langues de l’interface (tout est facultatif) : un lecteur dont la langue a ici un nom ou une présentation les lit dans sa langue ; les autres voient le nom et la présentation ci-dessus.
edition-form-name-in = Nom en { $language }
edition-form-introduction-in = Présentation en { $language }
edition-form-categories-in = Catégories en { $language }
edition-form-categories-in-hint = Les libellés des catégories ci-dessus dans cette langue, un par ligne, sous la forme
edition-form-lead-countries = Pays où le candidat chef de file peut être établi
edition-form-lead-countries-hint = Codes ISO 3166 alpha-2 séparés par des espaces. Par défaut : les 27 États membres de l’UE.
edition-form-partner-countries-hint = Par défaut : la liste des bénéficiaires de l’APD établie par le CAD de l’OCDE (pour la notification des apports de 2024 et 2025) et les pays du Partenariat oriental.
edition-form-started-after = Projet commencé au plus tôt le (facultatif)
edition-form-active-after = Projet en cours, ou achevé au plus tôt le (facultatif)
edition-form-save = Enregistrer l’édition

## Une candidature, avec la décision du secrétariat sur sa recevabilité.
submission-page-title = Candidature { $number }
submission-page-submitted = soumise le { $time }
submission-page-withdrawn = repassée depuis à l’état de brouillon ; ceci est la dernière version soumise
submission-page-untitled = Brouillon sans titre
submission-page-never-submitted = Cette candidature est un brouillon qui n’a jamais été soumis : il n’y a encore rien à lire.
# Suivi de la décision, par exemple « Recevable ».
submission-page-decided-by = Décision du secrétariat ({ $name }, { $time }) :
submission-page-decided = Décision du secrétariat :
submission-page-rules-gave = Résultat de l’application des règles : { $outcome }.
submission-page-rules-caption = Règles E1 à E8
submission-page-decide = Statuer
submission-page-decision = Décision
submission-page-reason = Motif (communiqué au candidat)
submission-page-record = Enregistrer la décision
submission-page-decided-flash = Décision sur la recevabilité : { $outcome }.

## Les décisions du jury, enregistrées par le secrétariat.
decisions-page-heading = Les décisions du jury
decisions-page-hint = Enregistrez chaque prix adopté par le jury, avec sa motivation et le vote de chaque membre du jury habilité à voter (un membre du jury en conflit d’intérêts avec une candidature ne vote jamais sur celle-ci). Un prix n’est partagé que par une décision expresse d’ex aequo. Le·la président·e du jury confirme ensuite les décisions, et l’édition peut alors passer en phase « { $phase } ».
decisions-page-ready = Prête pour la décision
decisions-page-before = Avant que l’édition puisse passer à la décision
# Suivi d’un lien vers la page de l’édition (« sa page »).
decisions-page-ready-move = Toutes les décisions sont confirmées par le·la président·e du jury et aucune égalité ne reste à trancher sur le podium : faites passer l’édition en phase « { $phase } » depuis
decisions-page-its-page = sa page
decisions-page-none = Aucune décision pour l’instant.
decisions-page-caption = Décisions du jury de { $edition }
decisions-page-chair = Président·e du jury
decisions-page-change = Modifier
decisions-page-ex-aequo = ex aequo
decisions-page-each-juror = Vote de chaque membre du jury
decisions-page-juror-vote = { $name } : { $label }
decisions-page-vote-for = Pour
decisions-page-vote-against = Contre
decisions-page-vote-abstain = Abstention
decisions-page-vote-absent = Absent·e
decisions-page-confirmed = Confirmée
decisions-page-not-confirmed = Pas encore confirmée
decisions-page-remove = Supprimer…
decisions-page-remove-reason = Motif de la suppression de cette décision ({ $min } caractères au moins)
decisions-page-remove-button = Supprimer la décision
decisions-page-no-method = La méthode officielle n’est pas encore choisie
# Suivi d’un lien vers la page des résultats.
decisions-page-no-method-why = Le classement sur lequel le jury se prononce est calculé selon la méthode officielle, choisie une seule fois et avant tout affichage :
decisions-page-choose-method = choisissez-la sur la page des résultats
# Suivi d’un lien vers la page des résultats (« page des résultats »).
decisions-page-full-checks = Les vérifications complètes (classement calibré, intervalles de rang, concordance, valeurs aberrantes) figurent sur la
decisions-page-results-page = page des résultats
decisions-page-ranking-caption = Classement officiel de { $edition }
decisions-page-decide = Décider
decisions-page-tie = égalité : le jury tranche
decisions-page-met = atteints
decisions-page-not-met = non atteints
decisions-page-record-title = Enregistrer une décision
decisions-page-not-recorded = Non enregistrée
decisions-page-choose-option = Choisir…
decisions-page-choose = Choisir
decisions-page-special-name = Nom du prix spécial (pour un prix spécial)
decisions-page-ex-aequo-check = Ex aequo : le jury partage ce prix avec la ou les candidatures qui l’ont déjà obtenu
decisions-page-rationale-label = Motivation (publiée avec le prix ; { $max } caractères au plus)
decisions-page-the-vote = Le vote
decisions-page-not-voting = Ne votent pas (conflit d’intérêts) : { $named }.
decisions-page-record = Enregistrer la décision
decisions-page-recorded-first = Le premier prix a été enregistré.
decisions-page-recorded-second = Le deuxième prix a été enregistré.
decisions-page-recorded-third = Le troisième prix a été enregistré.
decisions-page-recorded-special = Le prix spécial a été enregistré.
decisions-page-recorded-none = La décision de ne pas attribuer de prix (départage d’une égalité) a été enregistrée.
decisions-page-removed = La décision a été supprimée ; le·la président·e du jury doit de nouveau confirmer les décisions.
# Ce qui a été saisi, affiché lorsqu’une décision n’a pas pu être enregistrée ou supprimée.
decisions-page-typed-special-name = Nom du prix spécial
decisions-page-typed-ex-aequo = Ex aequo
decisions-page-typed-vote = Vote de { $name }
decisions-page-typed-why-removed = Motif de la suppression de la décision
decisions-page-not-recorded-heading = Décision non enregistrée
decisions-page-wrong-phase = Non enregistrée : les décisions ne peuvent être modifiées que pendant la phase de consensus, et cette édition est en phase « { $phase } ».
decisions-page-back-to-decisions = Retour aux décisions

## L’ouverture de la phase de consensus.
consensus-open-title = Ouvrir la phase de consensus : { $edition }
consensus-open-heading = Ouvrir la phase de consensus
consensus-open-where = Où en est l’évaluation par le jury
consensus-open-submissions = Candidatures recevables
consensus-open-assignments = Évaluations attribuées
consensus-open-submitted = Fiches d’évaluation soumises
consensus-open-in-progress = Fiches d’évaluation en cours
consensus-open-not-started = Fiches d’évaluation non commencées
consensus-open-suspended = Suspendues en raison d’un conflit d’intérêts
consensus-open-suspended-count = { $count ->
    [one] { $count } (elle n’est pas prise en compte)
   *[other] { $count } (elles ne sont pas prises en compte)
}
consensus-open-progress-link = Voir ce qui reste inachevé sur le tableau d’avancement
consensus-open-refused = La phase de consensus ne peut pas être ouverte : { $why }.
consensus-open-unfinished = Fiches d’évaluation inachevées
consensus-open-all-submitted = Toutes les fiches d’évaluation sont soumises.
consensus-open-what = Pendant la phase de consensus, le rapporteur ou le·la président·e du jury enregistre les notes retenues, et les membres du jury voient les notes des autres membres selon le paramètre de l’édition. Vous pouvez revenir à l’évaluation par le jury, en indiquant un motif, tant qu’aucun consensus n’est enregistré.
consensus-open-with-unfinished = { $count ->
    [one] Ouvrir la phase de consensus avec { $count } fiche d’évaluation inachevée
   *[other] Ouvrir la phase de consensus avec { $count } fiches d’évaluation inachevées
}
consensus-open-cancel = Annuler
consensus-open-not-confirmed = La phase de consensus n’a pas été ouverte : vérifiez les fiches d’évaluation ci-dessous, puis confirmez.

## Le retour de la phase de consensus à l’évaluation par le jury.
consensus-back-title = Retour à l’évaluation par le jury : { $edition }
consensus-back-heading = Revenir à l’évaluation par le jury
consensus-back-refused = L’édition ne peut pas revenir à l’évaluation par le jury : { $why }.
consensus-back-typed = Le motif que vous avez saisi
consensus-back-typed-hint = Rien n’a été modifié. Copiez-le si vous souhaitez le conserver.
consensus-back-what-title = Ce qui se passe
consensus-back-what = L’édition quitte la phase de consensus. Les membres du jury peuvent de nouveau terminer et modifier leurs fiches d’évaluation (soumises : { $submitted }, en cours : { $progress }, non commencées : { $unstarted }). Rien n’est supprimé ; le motif est conservé dans le journal d’audit.
consensus-back-reason = Motif (conservé dans le journal d’audit, de { $min } à { $max } caractères)
consensus-back-cancel = Annuler
consensus-back-done = L’édition est revenue à la phase « { $phase } » : les membres du jury peuvent de nouveau terminer et modifier leurs fiches d’évaluation.

consensus-open-warning-unfinished = { $count } fiches d’évaluation sur { $total } ne sont pas soumises ({ $progress } en cours, { $unstarted } non commencées). Une fois la phase de consensus ouverte, les membres du jury ne peuvent plus les modifier : seule une fiche que le secrétariat rouvre peut changer.
consensus-open-warning-unscored = { $count } candidatures recevables sur { $total } n’ont aucune fiche d’évaluation soumise : le jury n’aurait rien à discuter pour elles.
consensus-open-warning-unassigned = Aucun membre du jury n’est attribué à une candidature.
