# Les pages du secrétariat.

secretariat-editions = Éditions
secretariat-create-edition = Créer une édition
secretariat-active-applicants = { $count ->
    [one] 1 compte de candidat actif
   *[other] { $count } comptes de candidat actifs
}
secretariat-active-jurors = { $count ->
    [one] 1 compte de membre du jury actif
   *[other] { $count } comptes de membre du jury actifs
}
secretariat-active-secretariat = { $count ->
    [one] 1 compte du secrétariat actif
   *[other] { $count } comptes du secrétariat actifs
}
secretariat-no-edition = Il n’y a encore aucune édition.
secretariat-progress-caption = Avancement de chaque édition
secretariat-col-submitted = Soumises
secretariat-col-drafts = Brouillons
secretariat-col-jurors = Membres du jury
secretariat-col-scorecards = Fiches d’évaluation remplies
secretariat-col-conflicts = Conflits déclarés

## La page d’une édition.
edition-all = Toutes les éditions
edition-status = Phase : { $status }
edition-archived = Cette édition est archivée.
edition-back-to-jury = Revenir à l’évaluation par le jury…
edition-back-while = (tant qu’aucun consensus n’est enregistré)
edition-edit = Modifier les paramètres
edition-submissions = Candidatures
edition-counts = Soumises : { $submitted }, brouillons : { $drafts }
edition-needs-review = { $count ->
    [one] { $count } doit faire l’objet d’un examen de recevabilité
   *[other] { $count } doivent faire l’objet d’un examen de recevabilité
}
edition-link-submissions = Consulter et filtrer les candidatures
edition-link-screening = File d’examen de la recevabilité (candidatures à examiner)
edition-link-export = Exporter les candidatures (CSV)
edition-link-jury = Le jury : membres et invitations
edition-link-conflicts = Conflits d’intérêts déclarés par les membres du jury
edition-link-assignments = Attribution des évaluations aux membres du jury (automatique ou manuelle)
edition-link-progress = Avancement des fiches d’évaluation
edition-link-results = Résultats et vérifications statistiques
edition-link-decisions = Les décisions du jury (prix, votes, confirmation par le·la président·e du jury)
edition-link-import = Importer des candidatures depuis un autre outil de formulaires (CSV)
edition-exports = Exportations
edition-exports-intro = Fichiers CSV, encodés en UTF-8, avec une ligne d’en-tête ; les cellules saisies par des personnes et qu’un tableur exécuterait comme des formules commencent par une apostrophe. Les versions pour Excel commencent par une marque d’ordre des octets et séparent les cellules par des points-virgules. Les membres du jury y figurent sous un pseudonyme stable (J-…) ; ajoutez ?names=true à l’adresse pour obtenir leurs noms. Les en-têtes de colonnes sont les mêmes noms techniques dans toutes les langues.
edition-exports-rules = Le classement et les statistiques des membres du jury suivent les règles de la page des résultats : ils sont disponibles à partir de la phase de consensus, une fois la méthode officielle enregistrée, et leur téléchargement vaut affichage des résultats (la méthode est alors verrouillée).
edition-exports-cli = Les mêmes fichiers en ligne de commande :
edition-exports-analyze = Le fichier des notes, traité par laurel analyze avec la graine indiquée dans la fiche de méthode, donne les statistiques de la page des résultats.
export-scores = Notes : une ligne par critère de chaque fiche d’évaluation soumise
export-submissions = Candidatures
export-conflicts = Conflits d’intérêts
export-audit = Journal d’audit de l’édition
export-method = Fiche de méthode : grille d’évaluation et son empreinte, pondérations, seuils, méthode officielle, graine du bootstrap
export-ranking = Classement : le classement officiel avec les totaux exacts, les seuils, le détail du départage, les intervalles de rang, P(3 premiers), les égalités statistiques et le rang selon chacune des autres méthodes
export-jurors = Statistiques des membres du jury : notes, total pondéré moyen, écart d’indulgence et son erreur type
export-decisions = Décisions : chaque prix avec sa motivation, le décompte des voix et la confirmation par le·la président·e du jury
export-for-excel = pour Excel
edition-settings = Paramètres
edition-year = Année
edition-opens = Ouverture
edition-time-zone = Fuseau horaire
edition-rubric = Grille d’évaluation
edition-shortlist = Taille de la présélection
edition-rounds = Tours d’évaluation
edition-round-current = { $round } (en cours)
edition-round-closed = { $round } (clos)
edition-current-round = Tour { $number } sur { $count } : { $round }
edition-shortlist-link = Adopter la présélection
edition-languages = Langues
edition-texts = L’appel dans d’autres langues
edition-peers = Les membres du jury voient les notes des autres membres
edition-categories = Catégories
edition-none = Aucune
edition-lead-countries = Pays du chef de file
edition-partner-countries = Pays des partenaires
edition-countries = { $count ->
    [one] { $count } pays
   *[other] { $count } pays
}
edition-countries-territories = { $count ->
    [one] { $count } pays ou territoire
   *[other] { $count } pays et territoires
}
edition-window-label = Période de réalisation du projet
edition-no-window = Aucune période de réalisation fixée
edition-any-date = toute date
edition-window = Commencé au plus tôt : { $start } ; en cours, ou achevé au plus tôt : { $end }
edition-next-open = Ouvrir l’appel à candidatures
edition-next-close = Clore l’appel à candidatures
edition-next-screening = Commencer l’examen de la recevabilité
edition-next-jury = Commencer l’évaluation par le jury
edition-next-consensus = Ouvrir la phase de consensus…
edition-next-decided = Indiquer que le jury a rendu sa décision
edition-next-announce = Annoncer les résultats
edition-next-archive = Archiver l’édition
edition-next-draft = Repasser en brouillon
edition-peers-consensus = À partir de la phase de consensus
edition-peers-own = Dès que le membre du jury a soumis sa propre fiche d’évaluation de cette candidature
edition-peers-rapporteur = Jamais sur les fiches d’évaluation ; seuls le rapporteur et le·la président·e du jury les voient

## La liste des candidatures d’une édition.
submissions-title = Candidatures : { $edition }
submissions-filter-label = Filtrer les candidatures
submissions-search = Rechercher
submissions-any = Tous
submissions-country = Pays (chef de file ou partenaire)
submissions-goal = Objectif (ODD)
submissions-filter = Filtrer
submissions-clear = Effacer les filtres
submissions-export = Tout exporter en CSV
submissions-match = { $count ->
    [one] { $count } candidature correspond aux filtres.
   *[other] { $count } candidatures correspondent aux filtres.
}
submissions-caption = Candidatures de { $edition }
submissions-countries = Pays
submissions-goals = Objectifs (ODD)
submissions-unknown-filter = Valeur inconnue pour le filtre « { $what } » : « { $value } » ; toutes les candidatures sont affichées, sans tenir compte du critère « { $what } ».
submissions-filter-status = état
submissions-filter-eligibility = recevabilité
submissions-filter-country = pays
submissions-filter-goal = objectif
submissions-filter-category = catégorie
