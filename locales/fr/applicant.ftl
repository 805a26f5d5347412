# Les pages du candidat.

application-untitled = Candidature sans titre
application-started = Votre candidature est créée. Enregistrez aussi souvent que vous le souhaitez : rien n’est perdu.
status-draft = Brouillon
status-submitted = Soumise
eligibility-pass = Recevable
eligibility-needs-review = À examiner
eligibility-fail = Non recevable
rule-met = Respecté
rule-not-met = Non respecté
dashboard-none-yet = Vous n’avez pas encore de candidature.
dashboard-caption = Vos candidatures et leur état d’avancement
dashboard-project = Projet
dashboard-edition = Édition
dashboard-status = État
dashboard-eligibility = Recevabilité
dashboard-last-change = Dernière modification
dashboard-feedback = Résultats et avis du jury
dashboard-calls = Appels à candidatures
dashboard-no-call = Aucun appel à candidatures n’est ouvert pour le moment.
dashboard-open-until = ouvert jusqu’au { $closes }.
dashboard-start = Commencer une candidature
