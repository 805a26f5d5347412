# Les tours d’évaluation d’une édition : les problèmes de leurs paramètres.

round-problem-none = Tours : une édition comporte au moins un tour
round-problem-name = Tour { $round } : indiquez un nom de { $most } caractères au plus
round-problem-name-twice = Tour { $round } : un autre tour s’appelle déjà « { $name } »
round-problem-jurors = Tour { $round } : entre 1 et { $most } membres du jury par candidature
round-problem-prizes-before-last = Tour { $round } : seul le dernier tour attribue les prix ; celui-ci se termine par une présélection
round-problem-last-shortlists = Tour { $round } : le dernier tour attribue les prix, il ne peut pas se terminer par une présélection
round-problem-shortlist-empty = Tour { $round } : une présélection compte au moins une candidature
round-problem-shortlist-not-smaller = Tour { $round } : une présélection de { $size } n’est pas plus courte que celle du tour précédent ({ $before })
round-problem-deadline-order = Tour { $round } : les fiches d’évaluation sont attendues après celles des tours précédents

round-default-name = Jury
round-line = { $number }. { $name } : { $outcome }
round-outcome-prizes = attribue les prix
round-outcome-prizes-consensus = attribue les prix après un consensus
round-outcome-shortlist = présélectionne { $size ->
    [one] { $size } candidature pour le tour suivant
   *[other] { $size } candidatures pour le tour suivant
}
round-outcome-shortlist-consensus = présélectionne { $size ->
    [one] { $size } candidature pour le tour suivant après un consensus
   *[other] { $size } candidatures pour le tour suivant après un consensus
}
