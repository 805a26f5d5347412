# Les règles de recevabilité, et pourquoi chacune est respectée ou non : ce que lisent le candidat et le secrétariat.

rule-e1 = Le candidat chef de file est une collectivité territoriale d’un pays éligible
rule-e2 = Au moins une collectivité territoriale partenaire se trouve dans un pays partenaire
rule-e3 = Les dates du projet s’inscrivent dans la période de réalisation fixée pour l’édition
rule-e4 = Le projet contribue à au moins un Objectif de développement durable
rule-e5 = Tous les champs obligatoires sont renseignés et la langue est acceptée
rule-e6 = La déclaration est signée par une personne habilitée
rule-e7 = La candidature a été reçue avant la date limite
rule-e8 = Le même partenariat n’a pas déjà obtenu un premier, un deuxième ou un troisième prix

eligibility-e1-met = { $name } ({ $country }) est une collectivité territoriale.
eligibility-e1-not-government = { $name } n’est pas une collectivité territoriale.
eligibility-e1-country = Pays non éligible pour le candidat chef de file : { $country }.
eligibility-e2-met = { $name } ({ $country }) est une collectivité territoriale.
eligibility-e2-kind = { $name } ({ $country }) figure comme collectivité partenaire, mais le type d’organisation indiqué n’est pas celui d’une collectivité territoriale.
eligibility-e2-not-met = Aucune collectivité partenaire ne se trouve dans un pays partenaire ; collectivités indiquées : { $named }.
# Une organisation dans une liste : « Commune de Dogbo (Bénin) ».
eligibility-named = { $name } ({ $country })
# Deux éléments d’une liste, ou une liste et un élément de plus.
eligibility-list = { $first } ; { $next }
eligibility-none-named = aucune
eligibility-e3-ongoing = Le projet a débuté le { $start } (en cours).
eligibility-e3-ended = Le projet a débuté le { $start } (terminé le { $end }).
eligibility-e3-outside = Le projet ne s’inscrit pas dans la période fixée : { $problems }.
eligibility-e3-started-before = il a débuté le { $start }, avant le { $after }
eligibility-e3-ended-before = il s’est terminé le { $end }, avant le { $after }
eligibility-e4-met = Objectif principal : ODD { $goal }.
eligibility-e5-met = Tous les champs obligatoires sont renseignés.
eligibility-e5-language = Langue non acceptée pour cette édition : { $language }.
eligibility-e6-met = Signée par { $name }, { $role }.
eligibility-e7-met = Reçue le { $received }, avant la date limite fixée au { $deadline } (dans les deux cas, heure de l’édition, { $zone }).
eligibility-e7-late = Reçue le { $received }, après la date limite fixée au { $deadline } (dans les deux cas, heure de l’édition, { $zone }).
eligibility-e8-won = Ce partenariat a déjà été primé : { $prize }.
eligibility-e8-lead-won = Le candidat chef de file a déjà été primé avec un autre partenariat ({ $prize }) : il convient de vérifier qu’il s’agit bien d’un partenariat différent.
eligibility-e8-met = Aucun prix antérieur pour ce partenariat.
# Un motif enregistré avant que les motifs puissent être traduits, affiché tel qu’il a été écrit.
eligibility-stored-reason = { $text }
eligibility-result = Résultat
eligibility-why = Motif
# La décision prise manuellement par le secrétariat sur la recevabilité, qui prime sur les règles.
eligibility-decided = Décision du secrétariat : { $outcome }. { $reason }
