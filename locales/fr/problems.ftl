# Ce qui ne va pas dans une candidature : les problèmes que le formulaire affiche à côté de chaque champ et
# dans le récapitulatif en haut de page. Un problème commence par le libellé du champ.

## Les libellés des champs, tels que les problèmes les nomment.
field-title = Titre du projet
field-summary = Résumé
field-start-date = Date de début
field-end-date = Date de fin
field-language = Langue de la candidature
field-category = Catégorie
field-lead = Collectivité cheffe de file
field-partner = Partenaire { $number }
field-funding-source = Source de financement { $number }
field-total-budget = Budget total
field-primary-goal = Objectif principal
field-secondary-goals = Objectifs secondaires
field-lessons = Enseignements tirés
field-link = Liens, une adresse
field-signed-name = Signataire, nom
field-signed-role = Signataire, fonction
field-beneficiaries = Nombre estimé de bénéficiaires
# La réponse à un critère de la grille d’évaluation, désignée par le nom du critère.
field-criterion = { $name }
# Une partie d’un champ numéroté : « Partenaire 2, pays ».
field-part = { $whole }, { $part }
part-name = nom
part-kind = type d’organisation
part-country = pays
part-role = rôle
part-since = début du partenariat
part-funder = financeur
part-amount = montant

## Les problèmes.
problem-empty = { $label } : veuillez renseigner ce champ
problem-too-long = { $label } : ce texte compte { $count } caractères, alors que la limite est de { $limit }
problem-length = { $label } : { $max } caractères au plus, s’il vous plaît (celui-ci en compte { $count })
problem-date-missing = { $label } : veuillez indiquer une date
problem-date-format = { $label } : `{ $value }` n’est pas une date ; écrivez-la au format YYYY-MM-DD, par exemple 2024-03-01
problem-amount-missing = { $label } : veuillez indiquer un montant en euros
problem-amount-format = { $label } : `{ $value }` n’est pas un montant valable (mille milliards d’euros au plus) ; utilisez des chiffres, avec un point pour les centimes, par exemple 125000 ou 125000.50
problem-choose-one = { $label } : veuillez faire un choix
problem-choose-country = { $label } : veuillez choisir un pays
problem-end-date-missing = Date de fin : veuillez indiquer la date de fin ou cocher « Le projet est en cours »
problem-end-before-start = Date de fin : elle est antérieure à la date de début
problem-language = Langue de la candidature : veuillez choisir parmi les langues suivantes : { $accepted }
problem-category = Catégorie : veuillez choisir une catégorie
problem-since-year = { $label } : `{ $value }` n’est pas une année comprise entre 1945 et { $year }
problem-too-many-partners = Partenaires : { $max } partenaires et associés au plus
problem-no-partner-government = Partenaires : veuillez ajouter au moins une collectivité territoriale partenaire (rôle « Collectivité territoriale partenaire »)
problem-funding-exceeds = Sources de financement : leur total dépasse le budget total
problem-beneficiaries-missing = Nombre estimé de bénéficiaires : veuillez indiquer un nombre
problem-beneficiaries-format = Nombre estimé de bénéficiaires : `{ $value }` n’est pas un nombre entier
problem-goal = { $label } : veuillez choisir un objectif de 1 à 17
problem-too-many-goals = Objectifs secondaires : { $max } au plus
problem-goal-is-primary = Objectifs secondaires : l’objectif { $goal } est déjà l’objectif principal
problem-target-not-chosen = Cibles des ODD : la cible { $target } relève de l’objectif { $goal }, que vous n’avez pas choisi
problem-target = Cibles des ODD : { $why }
problem-too-many-links = Liens : { $max } au plus, un par ligne
problem-link = Liens : `{ $value }` n’est pas une adresse web commençant par https://
problem-data-consent = Données personnelles : veuillez consentir au traitement des données personnelles figurant dans cette candidature
problem-declaration = Déclaration : la personne habilitée doit cocher la déclaration

## Pourquoi un code n’est pas une cible des ODD.
sdg-target-empty = le code de la cible est vide : écrivez-le sous la forme objectif.cible, par exemple `11.3` ou `6.a`
sdg-not-a-target-code = `{ $code }` n’est pas un code de cible : écrivez-le sous la forme objectif.cible, par exemple `11.3` ou `6.a`
sdg-indicator = `{ $code }` est un code d’indicateur, et non une cible
sdg-indicator-of = `{ $code }` est un code d’indicateur, et non une cible ; la cible correspondante est `{ $target }`
sdg-goal-not-target = `{ $code }` est un objectif, et non une cible : ajoutez la cible après un point, par exemple `{ $example }`
sdg-not-goal-or-target = `{ $code }` n’est ni un objectif ni une cible : il existe { $count } objectifs
sdg-separator = `{ $code }` n’est pas un code de cible : séparez l’objectif et la cible par un point, par exemple `{ $example }`
sdg-goal-number = `{ $code }` n’est pas un code de cible : il doit commencer par un numéro d’objectif compris entre 1 et { $count }
sdg-no-such-goal = `{ $code }` n’est pas une cible : il existe { $count } objectifs
sdg-no-target = `{ $code }` ne comporte aucune cible après le point : les cibles de l’objectif { $goal } sont { $ranges }
sdg-target-part = `{ $code }` n’est pas un code de cible : le point doit être suivi d’un nombre ou d’une seule lettre, par exemple `{ $goal }.1` ou `{ $goal }.a`
sdg-not-official = `{ $code }` n’est pas une cible de l’objectif { $goal } (ses cibles sont { $ranges })
# Les cibles d’un objectif : « 11.1–11.7 », ou « 11.1–11.7 et 11.a–11.c ».
sdg-ranges = { $numbered }
sdg-ranges-and = { $numbered } et { $lettered }
problem-say-why = { $label } : expliquez pourquoi { $why } ({ $min } caractères au moins)
