# Les pages d’évaluation du secrétariat : l’avancement du jury, les grilles d’évaluation, la fiche d’un membre du jury, l’import de candidatures et les attributions.

## L’avancement du jury.
progress-title = Avancement : { $edition }
progress-heading = Avancement du jury
progress-sort-filter = Trier et filtrer
progress-order = Ordre
progress-least-first = Les moins avancés d’abord
progress-by-name = Par nom
progress-unfinished-only = Uniquement ce qui n’est pas terminé
progress-show = Afficher
progress-per-submission = Fiches d’évaluation par candidature
progress-per-juror = Fiches d’évaluation par membre du jury
progress-done = Terminées

## Les grilles d’évaluation.
rubrics-summary = Les grilles d’évaluation fournies avec Laurel proviennent du répertoire prévu à cet effet sur le serveur et ne peuvent pas être modifiées ici : copiez-en une pour la modifier. Les grilles d’évaluation créées ici restent modifiables tant qu’aucune édition sortie de l’état de brouillon ne les utilise pour la notation. Lorsqu’une édition adopte une grille d’évaluation, son contenu est figé avec son empreinte.
rubrics-scale = Échelle
rubrics-scale-half = de { $min } à { $max }, par demi-points
rubrics-scale-whole = de { $min } à { $max }, par points entiers
rubrics-overall-threshold = Seuil global
rubrics-hash = Empreinte du contenu
rubrics-criteria-of = Critères de la grille « { $name } »
rubrics-tie-break-order = Ordre de départage
rubrics-threshold = Seuil
rubrics-core = Essentiel
rubrics-core-yes = Oui
rubrics-core-no = Non
rubrics-guidance = { $name } : questions directrices et niveaux

## La fiche d’évaluation d’un membre du jury, lue par le secrétariat.
reading-scorecard-title = Fiche d’évaluation : { $title }
reading-by = Par
reading-revision = version { $number }
reading-scores-comments = Notes et commentaires

## L’import de candidatures depuis un fichier CSV.
import-page-title = Importer des candidatures
import-page-heading = Importer des candidatures depuis un fichier CSV
import-page-nothing-imported = Rien n’a été importé
import-page-correct-every-line = Corrigez chacune des lignes ci-dessous, puis téléversez à nouveau le fichier : un fichier est importé en totalité ou pas du tout.
import-page-the-file = Le fichier
# Suivi des colonnes facultatives, de « et » (import-page-and), de la dernière, puis de import-page-optional.
import-page-columns = Une candidature par ligne, en UTF-8, avec une ligne d’en-tête qui nomme les colonnes suivantes (dans n’importe quel ordre ;
import-page-and = et
import-page-optional = sont facultatives) :
import-page-checks = Chaque ligne est vérifiée comme dans le formulaire en ligne. Des comptes de candidat sont créés pour les adresses électroniques inconnues ; leurs titulaires peuvent se connecter une fois que le secrétariat a défini leur mot de passe.
# Suit le nom de colonne submitted_at.
import-page-submitted-at = indique quand l’autre outil a reçu la candidature (p. ex. 2026-06-01T10:00:00Z) ; si la valeur est vide, c’est le moment de l’import qui est retenu.
import-page-csv-file = Fichier CSV
import-page-import = Importer
import-page-imported = { $count ->
    [one] { $count } candidature a été importée et soumise.
   *[other] { $count } candidatures ont été importées et soumises.
}

## L’attribution des évaluations aux membres du jury.
assign-title = Attributions : { $edition }
assign-heading = Attributions
assign-design = Plan de l’attribution
assign-not-possible = L’attribution automatique n’est pas possible
assign-automatic = Attribution automatique
assign-automatic-hint = Attribue à chaque candidature recevable le nombre de membres du jury indiqué ci-dessous, sans jamais retenir un membre en conflit d’intérêts ; conserve les attributions existantes, équilibre la charge de travail, privilégie les membres du jury qui lisent la langue de la candidature et relie chaque membre du jury aux autres par des candidatures communes, afin de pouvoir mesurer l’indulgence de chacun. Un bloc de calibrage est un petit nombre de candidatures notées par tous les membres du jury. La même graine produit la même attribution.
assign-per-submission = Membres du jury par candidature
assign-calibration = Bloc de calibrage (candidatures)
assign-seed = Graine aléatoire
assign-automatically = Attribuer automatiquement
assign-by-hand = Attribution manuelle
assign-assign = Attribuer
assign-assigned = La candidature a été attribuée au membre du jury.
assign-loads = Charge de travail
assign-load = { $name } : { $count }
assign-every = Toutes les attributions
assign-change = Modifier
assign-suspended = Suspendue
# Suivi d’un lien, assign-decide.
assign-suspended-why = un conflit d’intérêts tient ce membre du jury à l’écart ;
assign-decide = statuer sur le conflit
assign-remove-label = Motif de la suppression de l’attribution de { $name }
assign-remove-placeholder = Motif de la suppression
assign-removed = L’attribution a été supprimée.
assign-reopen-label = Motif de la réouverture de la fiche d’évaluation de { $name }
assign-reopen-placeholder = Motif de la réouverture
assign-reopen = Rouvrir
assign-reopened = La fiche d’évaluation est rouverte ; une nouvelle version commence et l’historique est conservé.
assign-only-submitted = Seule une fiche d’évaluation soumise peut être rouverte.
