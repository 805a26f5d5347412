# La page des résultats du secrétariat : le classement officiel, ses vérifications et statistiques, et la
# méthode officielle.

results-title = Résultats : { $edition }
results-heading = Résultats
results-official-method = Méthode officielle : { $method }
results-recorded = Enregistrée le { $recorded } ; verrouillée depuis le premier affichage des résultats ({ $locked }).
results-change-method = Changer de méthode (motif requis, conservé dans le journal d’audit)
results-method-legend = Méthode officielle
results-change-reason = Motif du changement ({ $min } caractères au moins)
results-change-button = Changer de méthode
results-checks = Vérifications avant la décision
results-nothing-ranked = Aucune candidature n’est encore classée : voir « Candidatures non classées » ci-dessous.
results-unranked-count = { $count ->
    [one] { $count } candidature recevable n’est pas encore classée.
   *[other] { $count } candidatures recevables ne sont pas encore classées.
}
results-exact-ties = { $count ->
    [one] { $count } candidature est à égalité parfaite, et les règles de départage ne permettent pas de trancher.
   *[other] { $count } candidatures sont à égalité parfaite, et les règles de départage ne permettent pas de trancher.
}
results-exact-ties-then = Le jury doit trancher (par un vote, ou par un ex aequo explicite) avant que les résultats puissent être arrêtés.
results-no-exact-tie = Aucune égalité parfaite dans le classement officiel.
results-no-comparison = Aucune comparaison statistique du classement officiel pour l’instant.
results-statistical-ties = { $count ->
    [one] Dans le classement calibré, { $count } candidature ne peut pas être distinguée statistiquement de la suivante (mention « égalité statistique ») : leur ordre peut être dû au hasard.
   *[other] Dans le classement calibré, { $count } candidatures ne peuvent pas être distinguées statistiquement de la suivante (mention « égalité statistique ») : leur ordre peut être dû au hasard.
}
results-distinguishable = Les candidatures voisines dans le classement se distinguent statistiquement.
results-overall-agreement = Accord entre les membres du jury sur les totaux pondérés (alpha de Krippendorff) : { $alpha }, { $reading }.
results-no-outlier = Aucune note atypique.
results-outliers-count = { $count ->
    [one] { $count } note atypique à examiner (ci-dessous).
   *[other] { $count } notes atypiques à examiner (ci-dessous).
}
results-ranking = Classement officiel
results-col-rank = Rang
results-col-total = Total pondéré
results-col-thresholds = Seuils
results-col-calibrated = Calibré
results-col-raw = Moyenne brute
results-col-interval = Intervalle de rang (95 %, calibré)
results-col-top3 = P(3 premiers), calibré
results-col-flags = Signalements
results-scorecards = { $count ->
    [one] { $count } fiche d’évaluation
   *[other] { $count } fiches d’évaluation
}
results-per-criterion = Notes par critère
results-below-threshold = sous le seuil
results-trace = Détail du départage
results-all-met = tous atteints
results-not-met = non atteints : { $criteria }
results-overall-total = total général
results-rank = rang { $rank }
results-percent = { $value } %
results-tie-to-resolve = égalité à trancher
results-statistical-tie-with = égalité statistique avec « { $title } » (classement calibré)
results-not-ranked = Candidatures non classées
results-unranked-consensus = le consensus n’est pas enregistré pour tous les critères
results-unranked-calibrated = aucune fiche d’évaluation soumise ne note tous les critères
results-how-certain = Dans quelle mesure chaque rang est-il sûr ?
results-same-figures = Le tableau ci-dessus présente les mêmes chiffres.
results-agreement = Accord par critère
results-alpha = Alpha de Krippendorff
results-reading = Interprétation
results-reliability = Fiabilité de la moyenne
results-distributions = Notes attribuées par critère
results-leniency = Indulgence des membres du jury (écarts issus du modèle par membre du jury, en points)
results-juror = Membre du jury
results-offset = Écart
results-se = Erreur type
results-scorecards-column = Fiches d’évaluation
results-mean-given = Moyenne attribuée
results-lenient-severe = Membres du jury indulgents et sévères
results-comparisons = Les autres méthodes d’agrégation concordent-elles avec le classement officiel ?
results-method = Méthode
results-tau = Tau-b de Kendall
results-same-top3 = Mêmes 3 premiers
results-outliers = Notes atypiques
results-total-given = Total pondéré attribué
results-robust-z = z robuste
results-read-scorecard = Lire la fiche d’évaluation
results-method-first = Résultats : choisissez d’abord la méthode officielle
results-method-why = Avant tout affichage d’un classement, enregistrez le mode de calcul du classement officiel. Ainsi, personne ne peut choisir une méthode après avoir vu laquelle favorise une candidature. Ce choix est consigné dans le journal d’audit ; une fois les résultats affichés, sa modification exige une justification écrite.
results-method-hint = Les deux méthodes sont toujours présentées côte à côte ; seule la méthode officielle détermine l’ordre et l’attribution des prix.
results-method-record = Enregistrer la méthode et afficher les résultats
results-method-recorded = La méthode officielle est : { $method }.
results-reason = Motif
results-back-to-edition = Retour à l’édition
results-method-not-recorded = Méthode non enregistrée

## Les méthodes.
method-consensus-total = Total pondéré des notes de consensus
method-calibrated = Notes calibrées : les totaux pondérés des membres du jury, corrigés de l’indulgence propre à chacun
method-mean = Moyenne des totaux des membres du jury
method-median = Médiane des totaux des membres du jury
method-trimmed-mean = Moyenne tronquée des totaux des membres du jury
method-juror-z = Standardisation par membre du jury (scores z)
method-bias-corrected = Correction des biais (modèle par membre du jury)
method-borda = Méthode de Borda appliquée aux classements des membres du jury
method-schulze = Méthode de Schulze appliquée aux classements des membres du jury

## Lectures en langage courant des statistiques.
reading-agreement-unmeasurable = non mesurable : trop peu de candidatures ont été notées par au moins deux membres du jury
reading-agreement-good = les membres du jury sont bien d’accord
reading-agreement-partial = les membres du jury ne sont qu’en partie d’accord : conclusions à tirer avec prudence
reading-agreement-poor = les membres du jury ne sont pas d’accord : à discuter avant de décider
reading-reliability-unmeasurable = non mesurable avec ces notes
reading-reliability-good = les notes moyennes départagent les candidatures de façon fiable
reading-reliability-rough = les notes moyennes ne départagent les candidatures que de façon approximative
reading-reliability-noise = les notes moyennes reflètent surtout les différences d’appréciation entre membres du jury : ne pas classer sur de petits écarts

## Les légendes des graphiques et leurs textes de remplacement.
chart-ranks-dot = rang calibré
chart-ranks-whisker = intervalle à 95 % du rang calibré (bootstrap)
chart-ranks-flagged = rouge : impossible à distinguer de la candidature suivante, ou égalité parfaite à trancher
chart-ranks-description = Pour chaque candidature, dans l’ordre officiel, le point indique son rang calibré et la ligne son intervalle à 95 % sur les réplications bootstrap ; des lignes qui se chevauchent signifient que les rangs ne peuvent pas être distingués. Une ligne rouge signale une candidature que le bootstrap ne permet pas de distinguer de la suivante (égalité statistique), ou une candidature à égalité parfaite que le jury doit trancher.
chart-offsets-dot = écart en points
chart-offsets-whisker = intervalle à 95 % de l’écart
chart-offsets-flagged = rouge : l’intervalle n’inclut pas zéro (membre du jury nettement indulgent ou sévère)
chart-offsets-reference = zéro : note comme les autres membres du jury
chart-offsets-description = L’écart de chaque membre du jury, en points, est indiqué par un point, et son intervalle à 95 % par une ligne : à droite de zéro, le membre du jury note avec plus d’indulgence que les autres ; à gauche, avec plus de sévérité. Les lignes rouges ne croisent pas zéro.
chart-distribution-description = { $count } notes de 0 à { $max }, une barre par valeur.

## Détail du départage : pourquoi une candidature est classée avant sa voisine.
tie-thresholds = { $above } avant { $below } : atteint tous les seuils, { $below } non
tie-total = { $above } avant { $below } : total pondéré { $higher } > { $lower }
tie-same-total = { $first } et { $second } ont le même total pondéré { $total }
tie-criterion-higher = { $criterion } (priorité de départage { $priority }) : { $higher } > { $lower }
tie-criterion-equal = { $criterion } (priorité de départage { $priority }) : égalité à { $score }
tie-above = donc { $above } passe avant { $below }
tie-unresolved = égalité non résolue : le jury décide
tie-calibrated = { $above } avant { $below } : note calibrée { $higher } > { $lower }
tie-same-calibrated = { $first } et { $second } ont la même note calibrée { $score } : le jury décide

## Mises en garde du moteur statistique sur une analyse.
caution-model-not-estimable = Le modèle des membres du jury ne peut pas être estimé ({ $why }) : ses variances, effets, indulgences et erreurs types ne sont pas donnés, et le classement corrigé des biais reprend la moyenne simple.
caution-issue-few-submissions = moins de 2 candidatures : la variance entre candidatures ne peut pas être estimée
caution-issue-few-jurors = moins de 2 membres du jury : la variance entre membres du jury ne peut pas être estimée
caution-issue-no-residual = aucun degré de liberté résiduel : la variance d’erreur ne peut pas être distinguée des variances des candidatures et des membres du jury
caution-issue-not-finite = les estimations ne sont pas des nombres finis
caution-exact-fit = Les notes suivent exactement « note = moyenne + effet de la candidature + indulgence du membre du jury » (aucune variation résiduelle) : la variance d’erreur est nulle, et les autres variances sont la solution REML sur cette limite.
caution-near-exact-fit = Les notes suivent presque exactement « note = moyenne + effet de la candidature + indulgence du membre du jury » : les variances sont la solution REML là où la variance d’erreur tend vers 0.
caution-ratio-at-bound = La variance résiduelle du modèle est négligeable à côté de la variance des candidatures ou des membres du jury : les variances, les ICC du modèle, les fiabilités et les erreurs types ne sont pas donnés ; les effets et les indulgences sont proches de l’ajustement à effets fixes.
caution-disconnected = Les membres du jury et les candidatures forment { $count } groupes séparés ({ $components }) : les indulgences et les notes calibrées ne se comparent pas d’un groupe à l’autre ; le classement corrigé des biais classe donc les candidatures au sein de chaque groupe et le bootstrap n’associe jamais des candidatures de groupes différents ; les autres classements comparent les agrégats bruts entre groupes.
caution-component = Groupe { $number } : { $submissions } candidatures, { $jurors } membres du jury.
caution-schulze-skipped = La méthode de Schulze n’est pas calculée : plus de { $max } candidatures.
caution-juror-z = Les notes standardisées (juror_z) laissent de côté { $scores ->
        [one] { $scores } note
       *[other] { $scores } notes
    } de { $jurors ->
        [one] { $jurors } membre du jury
       *[other] { $jurors } membres du jury
    } ayant moins de 5 notes ou aucune dispersion (elles ne peuvent pas être standardisées).
caution-juror-z-unranked = { $first } { $count ->
        [one] { $count } candidature n’a aucune note standardisée : elle est classée en dernier.
       *[other] { $count } candidatures n’ont aucune note standardisée : elles sont classées en dernier.
    }
caution-bootstrap-without-model = Bootstrap : le modèle des membres du jury ne peut pas être estimé ; les intervalles de rang, les paires voisines et les mentions d’égalité utilisent donc la moyenne au lieu des notes corrigées des biais.
caution-bootstrap-without-values = Bootstrap : aucune candidature n’a de valeur { $method } ; les intervalles de rang, les paires voisines et les mentions d’égalité utilisent donc la moyenne.
caution-bootstrap-pairs-skipped = Bootstrap : { $count ->
        [one] { $count } paire voisine du classement { $method } est laissée de côté, car ses candidatures appartiennent à des groupes différents.
       *[other] { $count } paires voisines du classement { $method } sont laissées de côté, car leurs candidatures appartiennent à des groupes différents.
    }
