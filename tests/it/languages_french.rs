//! The jury and the secretariat in French: a juror scores against the rubric's French descriptors
//! and is refused in French, and the secretariat reads the results with figures written the
//! French way (the applicant's French journey is in `languages.rs`).

use crate::languages::{JurorTexts, juror_scores_and_is_refused_in, results_read_in};

#[rocket::async_test]
async fn a_juror_reading_french_scores_against_french_descriptors_and_is_refused_in_french() {
    juror_scores_and_is_refused_in(&JurorTexts {
        lang: "fr",
        dashboard: &["Mes évaluations", "Évaluation par le jury"],
        submit_button: "Soumettre ma fiche d’évaluation",
        scorecard: &[
            "Vos notes",
            "Participation des habitants",
            "Signification de chaque niveau",
            "La candidature ne fournit aucune information sur la participation des habitants.",
            "Rédigée en",
        ],
        comment: "Texte rédigé par le membre du jury.",
        refusal: [
            "Veuillez vérifier",
            "Participation des habitants : veuillez attribuer une note",
            "Commentaire général : veuillez en rédiger un",
        ],
    })
    .await;
}

#[rocket::async_test]
async fn the_secretariat_reads_the_results_in_french_with_figures_written_the_french_way() {
    results_read_in(
        "fr",
        "Total pondéré des notes de consensus",
        &[
            "La méthode officielle est : Total pondéré des notes de consensus.",
            "Vérifications avant la décision",
            "Classement officiel",
            "<strong>3,50</strong>",
            "13 candidatures recevables ne sont pas encore classées.",
            "alpha de Krippendorff",
            "Participation des habitants",
        ],
    )
    .await;
}
