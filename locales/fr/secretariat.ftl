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
