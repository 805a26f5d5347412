# L’attribution automatique des membres du jury : le résumé du plan d’attribution, ses remarques, et pourquoi une demande ne peut pas être satisfaite.

## Le résumé du plan, un message par ligne.
assign-summary-header = { $submissions ->
        [one] { $submissions } candidature
       *[other] { $submissions } candidatures
    } × { $jurors ->
        [one] { $jurors } membre du jury
       *[other] { $jurors } membres du jury
    }, { $required ->
        [one] { $required } membre du jury
       *[other] { $required } membres du jury
    } par candidature (graine aléatoire { $seed }) : { $total ->
        [one] { $total } attribution
       *[other] { $total } attributions
    } ({ $kept ->
        [one] { $kept } conservée
       *[other] { $kept } conservées
    }, { $calibration ->
        [one] { $calibration } ajoutée
       *[other] { $calibration } ajoutées
    } pour le bloc de calibrage, { $automatic ->
        [one] { $automatic } ajoutée
       *[other] { $automatic } ajoutées
    } pour atteindre { $required } par candidature)
assign-summary-loads-balanced = Charge de travail : de { $min } à { $max } par membre du jury (moyenne { $mean }), équilibrée
assign-summary-loads-unbalanced = Charge de travail : de { $min } à { $max } par membre du jury (moyenne { $mean }), non équilibrée
assign-summary-language = Langue : { $mismatches ->
        [one] { $mismatches } attribution
       *[other] { $mismatches } attributions
    } dans une langue que le membre du jury ne lit pas ({ $automatic ->
        [one] { $automatic } ajoutée automatiquement
       *[other] { $automatic } ajoutées automatiquement
    }) ; { $lacking ->
        [one] { $lacking } candidature est lisible par moins de membres du jury qu’il n’en faut
       *[other] { $lacking } candidatures sont lisibles par moins de membres du jury qu’il n’en faut
    }
assign-summary-overlap = Recoupement : { $sharing ->
        [one] { $sharing } paire de membres du jury sur { $pairs } a
       *[other] { $sharing } paires de membres du jury sur { $pairs } ont
    } au moins une candidature en commun ; candidatures communes par paire : min. { $min }, moyenne { $mean }, max. { $max }
assign-summary-connected = Connexité : le plan est connexe
assign-summary-disconnected = Connexité : { $components ->
        [one] { $components } composante
       *[other] { $components } composantes
    }
# Une ligne par composante d’un plan qui n’est pas connexe.
assign-summary-component = Composante { $number } : membres du jury { $names } ; { $count ->
        [one] { $count } candidature
       *[other] { $count } candidatures
    }
assign-summary-repairs = { $count ->
        [one] { $count } échange a été effectué pour rendre le plan connexe
       *[other] { $count } échanges ont été effectués pour rendre le plan connexe
    }
assign-summary-idle = { $count ->
        [one] Membre du jury sans attribution : { $names }
       *[other] Membres du jury sans attribution : { $names }
    }
assign-summary-calibration-none = Bloc de calibrage : aucun
assign-summary-calibration = Bloc de calibrage (noté par tous les membres du jury) : { $names }
# Suivi de l’une des remarques ci-dessous.
assign-summary-note = Remarque : { $note }
# Une liste de noms abrégée.
assign-list-more = { $names }, … et { $count ->
        [one] { $count } autre
       *[other] { $count } autres
    }

## Les remarques sur un plan.
assign-notice-unbalanced = La charge de travail va de { $min } à { $max } attributions par membre du jury, soit le meilleur équilibre que permettent les conflits d’intérêts, les attributions conservées et les charges maximales.
assign-notice-disconnected-too-few = Le graphe qui relie les membres du jury aux candidatures compte { $components } composantes distinctes : l’indulgence des membres du jury ne peut être comparée qu’au sein d’une même composante. Un plan connexe requiert au moins { $needed } attributions, celui-ci en compte { $assignments } : augmentez le nombre de membres du jury par candidature ou ajoutez un bloc de calibrage.
assign-notice-disconnected-conflicts = Le graphe qui relie les membres du jury aux candidatures compte { $components } composantes distinctes : l’indulgence des membres du jury ne peut être comparée qu’au sein d’une même composante. Aucun échange préservant la charge de travail de chacun ne permet de les relier compte tenu des conflits d’intérêts : ajoutez un bloc de calibrage ou un membre du jury sans conflit d’intérêts.
assign-notice-over-assigned = { $submission } conserve { $kept } membres du jury, plus que les { $required } requis ; aucun n’a été ajouté.
assign-notice-above-cap = { $juror } a déjà { $load ->
        [one] { $load } attribution
       *[other] { $load } attributions
    }, au-delà de sa charge maximale de { $cap } ; aucune n’a été ajoutée.

## Pourquoi une demande d’attribution ne peut pas être satisfaite.
# Suivi des problèmes, chacun sous forme de phrase.
assign-infeasible-invalid = La demande d’attribution est incohérente. { $problems }
assign-infeasible-zero-per-submission = Le nombre de membres du jury par candidature doit être d’au moins 1.
assign-infeasible-duplicate-submission = { $submission } figure deux fois dans la demande.
assign-infeasible-duplicate-juror = { $juror } figure deux fois dans la demande.
assign-infeasible-unknown-submission-conflicts = La liste des conflits mentionne { $submission }, qui ne figure pas dans la demande.
assign-infeasible-unknown-submission-keep = La liste des attributions à conserver mentionne { $submission }, qui ne figure pas dans la demande.
assign-infeasible-unknown-juror-conflicts = La liste des conflits mentionne { $juror }, qui ne figure pas dans la demande.
assign-infeasible-unknown-juror-keep = La liste des attributions à conserver mentionne { $juror }, qui ne figure pas dans la demande.
assign-infeasible-kept-but-conflicted = { $submission } est attribuée à { $juror }, pourtant en conflit d’intérêts avec elle : supprimez d’abord cette attribution.
assign-infeasible-cap-below-calibration = La charge maximale de { $juror } ({ $cap ->
        [one] { $cap } candidature
       *[other] { $cap } candidatures
    }) est inférieure à la taille du bloc de calibrage ({ $block }).
# Termine une liste abrégée.
assign-infeasible-more = … et { $count ->
        [one] { $count } autre.
       *[other] { $count } autres.
    }
assign-infeasible-too-few-jurors = { $count ->
        [one] { $count } candidature a
       *[other] { $count } candidatures ont
    } moins de { $required ->
        [one] { $required } membre du jury
       *[other] { $required } membres du jury
    } sans conflit d’intérêts ({ $jurors } membres du jury au total, { $required } requis par candidature). { $shortfalls } Ajoutez des membres du jury, statuez sur les conflits potentiels en attente ou réduisez le nombre de membres du jury par candidature.
# Une candidature à laquelle il manque des membres du jury, dans assign-infeasible-too-few-jurors.
assign-infeasible-shortfall = { $submission } : { $available } sans conflit, { $conflicted } en conflit ; il en manque { $missing }.
assign-infeasible-calibration = Un bloc de calibrage de { $requested ->
        [one] { $requested } candidature
       *[other] { $requested } candidatures
    } a été demandé, mais { $count ->
        [one] seule { $count } candidature n’est
       *[other] seules { $count } candidatures ne sont
    } en conflit avec aucun membre du jury ({ $names }). Choisissez un bloc plus petit ou renoncez au bloc de calibrage.
assign-infeasible-calibration-none = Un bloc de calibrage de { $requested ->
        [one] { $requested } candidature
       *[other] { $requested } candidatures
    } a été demandé, mais chaque candidature est en conflit avec au moins un membre du jury. Attribuez sans bloc de calibrage.
assign-infeasible-capacity = La capacité totale est insuffisante : les candidatures requièrent encore { $needed ->
        [one] { $needed } attribution
       *[other] { $needed } attributions
    }, mais les charges maximales des membres du jury n’en permettent plus que { $available }. Relevez les charges maximales ou ajoutez des membres du jury.
assign-infeasible-bottleneck = { $count ->
        [one] { $count } candidature ({ $names }) requiert
       *[other] { $count } candidatures ({ $names }) requièrent
    } encore { $needed } membres du jury au total, mais les membres du jury sans conflit avec elles ne peuvent en fournir que { $available } de plus dans la limite de leur charge maximale. Relevez la charge maximale de ces membres du jury, ajoutez des membres du jury ou statuez sur les conflits en attente.

assign-added = { $count ->
    [one] { $count } attribution ajoutée.
   *[other] { $count } attributions ajoutées.
}

## Comment les messages de l’attribution nomment les candidatures et les membres du jury.
# Le titre d’une candidature entre guillemets (espaces insécables).
assign-name-title = « { $title } »
assign-name-submission = candidature { $id }
assign-name-person = { $name }
assign-name-juror = membre du jury { $id }
assign-name-id = { $id }
assign-name-list = { $items }
