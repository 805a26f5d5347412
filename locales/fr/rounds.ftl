# Les tours d’évaluation d’une édition : les problèmes de leurs paramètres.

round-problem-none = Tours : une édition comporte au moins un tour
round-problem-name = Tour { $round } : indiquez un nom de { $most } caractères au plus
round-problem-name-twice = Tour { $round } : un autre tour s’appelle déjà « { $name } »
round-problem-jurors = Tour { $round } : entre 1 et { $most } membres du jury par candidature
round-problem-prizes-before-last = Tour { $round } : seul le dernier tour attribue les prix ; celui-ci se termine par une présélection
round-problem-last-shortlists = Tour { $round } : le dernier tour attribue les prix, il ne peut pas se terminer par une présélection
round-problem-shortlist-empty = Tour { $round } : une présélection compte au moins une candidature
round-problem-shortlist-not-smaller = Tour { $round } : une présélection de { $size } n’est pas plus courte que celle du tour précédent ({ $before })
round-problem-shortlist-number = Tour { $round } : indiquez la taille de la présélection en nombre entier
round-problem-deadline-order = Tour { $round } : les fiches d’évaluation sont attendues après celles des tours précédents

round-default-name = Jury
round-line = { $number }. { $round }
round-named = { $name }
round-described = { $name } : { $outcome }
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

rounds-refused-started = Les tours sont fixés dès que l’évaluation commence ; l’édition est en phase « { $phase } ».
rounds-refused-has-panel = Le tour { $round } a un jury ou des affectations : il ne peut pas être supprimé. Retirez d’abord ses membres sur la page du jury.

rounds-title = Tours – { $edition }
rounds-heading = Tours d’évaluation
rounds-intro = Chaque tour a son propre jury et se termine par une présélection pour le tour suivant ; le dernier tour décide des prix. Les tours sont fixés dès que l’évaluation commence.
rounds-problems = { $count ->
    [one] { $count } problème : rien n’a été enregistré.
   *[other] { $count } problèmes : rien n’a été enregistré.
}
rounds-legend = Tour { $number }
rounds-legend-last = Tour { $number } (le dernier : décide des prix)
rounds-name = Nom
rounds-jurors = Membres du jury par candidature
rounds-shortlist = Présélection pour le tour suivant (nombre de candidatures)
rounds-last-decides = Ce tour décide des prix.
rounds-consensus = Le jury enregistre un consensus après l’évaluation
rounds-remove = Supprimer ce tour à l’enregistrement
rounds-save = Enregistrer les tours
rounds-add = Ajouter un tour avant le dernier
rounds-new-name = Tour { $number }
rounds-saved = Les tours sont enregistrés.
rounds-link = Organiser les tours
rounds-outcome-at-once = Informer les candidatures écartées dès la confirmation de la présélection (sinon avec l’annonce des lauréats)
rounds-sees-previous-consensus = Le jury lit les commentaires de consensus du tour précédent (jamais ses notes par membre ni les noms de ses membres)
round-deadline-label = Tour { $round } : fiches attendues
rounds-deadline = Fiches attendues le (facultatif ; heure de { $zone } ; sinon celle de l’édition)
round-problem-peer-scores = Tour { $round } : choisissez quand les membres du jury voient les notes des autres
round-problem-rubric = Tour { $round } : choisissez une grille dans la liste.
rounds-peers = Les membres du jury voient les notes des autres
rounds-rubric = Grille d’évaluation du tour
rounds-rubric-edition = La grille de l’édition ({ $name })
rounds-peers-edition = Comme le fixe l’édition
rounds-refused-stale = Les tours ont été modifiés ailleurs depuis l’ouverture de cette page ; rien n’a été enregistré. Les tours actuels sont listés ci-dessous ; ce que vous avez saisi reste dans le formulaire : enregistrez à nouveau pour les remplacer.
