# La présélection qu’adopte un tour.

shortlist-problem-empty = Retenez au moins une candidature dans la présélection.
shortlist-problem-reason-taken-in = La place { $position } est sous la ligne : dites pourquoi le comité la retient.
shortlist-problem-reason-left-out = La place { $position } est au-dessus de la ligne : dites pourquoi le comité l’écarte.
shortlist-problem-reason-long = Écrivez au plus { $most } caractères.

shortlist-refused-final-round = Ce tour décide des prix ; il ne se termine pas par une présélection.
shortlist-refused-phase = Une présélection s’adopte en phase de consensus, quand l’évaluation du tour est terminée ; l’édition est en phase « { $phase } ».
shortlist-refused-nothing-recorded = Aucune présélection n’est encore enregistrée : le secrétariat enregistre d’abord les choix du comité.
shortlist-refused-changed = La présélection a été enregistrée à nouveau depuis votre lecture. Relisez-la avant de la confirmer.
shortlist-refused-recorded-meanwhile = Quelqu’un a enregistré la présélection après l’ouverture de cette page : rien n’a été enregistré. Vos choix et vos motifs sont conservés ci-dessous ; enregistrez-les à nouveau pour remplacer cet enregistrement.

shortlist-title = Présélection – { $edition }
shortlist-heading = Présélection
shortlist-results-link = Résultats du tour
shortlist-problems = { $count ->
    [one] { $count } problème : rien n’a été enregistré.
   *[other] { $count } problèmes : rien n’a été enregistré.
}
shortlist-no-ranking = Le tour n’a pas encore de classement : choisissez d’abord la méthode officielle sur la page des résultats.
shortlist-line-heading = { $size ->
    [one] La ligne sous la première candidature
   *[other] La ligne sous les { $size } premières candidatures
}
shortlist-statistical-ties = { $count ->
    [one] { $count } candidature est à égalité statistique avec la ligne : le bootstrap ne sait pas de quel côté elle se trouve.
   *[other] { $count } candidatures sont à égalité statistique avec la ligne : le bootstrap ne sait pas de quel côté elles se trouvent.
}
shortlist-no-statistical-tie = Le bootstrap place chaque candidature nettement de son côté de la ligne.
shortlist-exact-ties = { $count ->
    [one] { $count } candidature partage son rang de part et d’autre de la ligne : le comité choisit.
   *[other] { $count } candidatures partagent leur rang de part et d’autre de la ligne : le comité choisit entre elles.
}
shortlist-no-exact-tie = Aucune égalité exacte sur la ligne.
shortlist-reason-rule = Retenir une candidature sous la ligne, ou en écarter une au-dessus, demande une raison écrite ; la présidence la lit avant de confirmer.
shortlist-recorded-at = Enregistrée le { $when }, en attente de la confirmation de la présidence du tour.
shortlist-confirmed-at = Adoptée : la présidence du tour a confirmé cette présélection le { $when }, ce qui a clos le tour. Elle ne change plus.
shortlist-caption = Le classement du tour et les choix du comité
shortlist-col-place = Place
shortlist-col-p-in = { $size ->
    [one] Probabilité d’être première
   *[other] Probabilité d’être parmi les { $size } premières
}
shortlist-col-taken-in = Présélectionnée
shortlist-col-reason = Raison (hors de l’ordre du classement)
shortlist-cut-line = { $size ->
    [one] Ligne de coupe : { $size } candidature au-dessus
   *[other] Ligne de coupe : { $size } candidatures au-dessus
}
shortlist-exact-tie = égalité exacte sur la ligne
shortlist-statistical-tie = égalité statistique avec la ligne
shortlist-above = au-dessus de la ligne
shortlist-below = sous la ligne
shortlist-reason-for = Raison pour « { $title } »
shortlist-record = Enregistrer la présélection
shortlist-record-hint = La présidence du tour la confirme ensuite ; la confirmation clôt le tour et les candidatures présélectionnées entrent dans le suivant.
shortlist-recorded = La présélection est enregistrée. La présidence du tour la confirme depuis son tableau de bord.
shortlist-chair-hint = Confirmer clôt le tour : les candidatures présélectionnées entrent dans le tour suivant, et les fiches de ce tour ne changent plus.
shortlist-chair-caption = { $size ->
    [one] Les choix du comité (présélection prévue : { $size })
   *[other] Les choix du comité (présélection prévue : { $size })
}
shortlist-conflicted = Une candidature avec laquelle vous avez un conflit d’intérêts
shortlist-taken-in = Présélectionnée
shortlist-left-out = Non présélectionnée
shortlist-out-of-order = hors de l’ordre du classement
shortlist-confirm = Confirmer la présélection et clore le tour
shortlist-confirmed = La présélection est confirmée : le tour est clos et le tour suivant commence.
results-shortlist-link = La ligne de coupe et la présélection
results-adopted-shortlist-link = La présélection adoptée et sa ligne de coupe
consensus-refused-no-step = Le tour « { $round } » n’a pas d’étape de consensus : son classement vient des fiches du jury.
results-rounds = Les résultats de chaque tour
results-round-exports = Les exports de ce tour (CSV)
feedback-left-out = Votre candidature n’a pas été présélectionnée au tour { $number }, « { $round } » : elle ne passe pas au tour suivant.
scorecard-previous-consensus = Le consensus du tour précédent
scorecard-previous-none = Le tour précédent n’a enregistré aucun commentaire de consensus sur cette candidature.
