//! The statistics engine's cautions (a disconnected design, a juror model that cannot be
//! estimated or sits on a boundary, jurors left out of `juror_z`, fallbacks of the bootstrap,
//! skipped methods): kept as data so that the results page says them in the reader's language,
//! and written in English (`english`) for `laurel analyze`'s report, whose text stays the same.

use super::model::ModelIssue;
use super::rankings::Method;
use crate::domain::message::Message;

/// One caution about an analysis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Caution {
    /// The juror model cannot be estimated, for this reason.
    ModelNotEstimable(ModelIssue),
    /// The scores fit the model exactly (`exact`) or almost exactly.
    ExactFit { exact: bool },
    /// The residual variance is negligible next to the others.
    RatioAtBound,
    /// The design falls apart into components: (projects, jurors) of each.
    Disconnected { components: Vec<(usize, usize)> },
    /// Schulze's method is skipped above this many projects.
    SchulzeSkipped { max: usize },
    /// `juror_z` leaves out scores of jurors who cannot be standardised.
    JurorZLeftOut {
        scores: usize,
        jurors: usize,
        without_value: usize,
    },
    /// The bootstrap uses the mean: the juror model cannot be estimated.
    BootstrapWithoutModel,
    /// The bootstrap uses the mean: no project has a value of `method`.
    BootstrapWithoutValues { method: Method },
    /// Adjacent pairs across components are left out of the bootstrap.
    BootstrapPairsSkipped { pairs: usize, method: Method },
}

impl Caution {
    /// The caution in English, as `laurel analyze` writes it.
    pub fn english(&self) -> String {
        match self {
            Caution::ModelNotEstimable(issue) => format!(
                "the juror model cannot be estimated ({issue}): variance components, effects, offsets and SEs are null, and the bias_corrected ranking shows the plain mean"
            ),
            Caution::ExactFit { exact: true } => "the scores fit score = mu + project effect + juror offset exactly (no residual variation): var_error = 0, and var_project and var_juror are the REML solution on that boundary".into(),
            Caution::ExactFit { exact: false } => "the scores fit score = mu + project effect + juror offset almost exactly (residual variance below 1e-6 of the project and juror variances): var_project and var_juror are the REML solution on the var_error → 0 boundary, and var_error is the residual variance SSE/df".into(),
            Caution::RatioAtBound => "the juror model's residual variance is negligible next to the project or juror variance (REML optimum at the optimiser's bound): variance components, model ICCs, reliabilities and SEs are not reported; effects and offsets are close to the fixed-effects fit".into(),
            Caution::Disconnected { components } => {
                let sizes: Vec<String> = components
                    .iter()
                    .enumerate()
                    .map(|(k, (projects, jurors))| {
                        format!("component {k}: {projects} projects, {jurors} jurors")
                    })
                    .collect();
                format!(
                    "the juror-project graph has {} separate components ({}): juror offsets and calibrated scores are not comparable across them, so the bias_corrected ranking ranks projects within each component (see `component` on each entry) and bootstrap adjacent pairs never pair projects of different components; the other rankings compare raw aggregates across components",
                    components.len(),
                    sizes.join("; ")
                )
            }
            Caution::SchulzeSkipped { max } => format!("Schulze skipped: more than {max} projects"),
            Caution::JurorZLeftOut {
                scores,
                jurors,
                without_value,
            } => {
                let mut written = format!(
                    "juror_z leaves out {scores} score(s) of {jurors} juror(s) with fewer than 5 scores or no spread (they cannot be standardised)"
                );
                if *without_value > 0 {
                    written.push_str(&format!(
                        "; {without_value} project(s) have no standardised score: their juror_z value is null and they are ranked last"
                    ));
                }
                written
            }
            Caution::BootstrapWithoutModel => "bootstrap: the juror model cannot be estimated, so the rank intervals, adjacent pairs and tie flags use the mean instead of bias_corrected".into(),
            Caution::BootstrapWithoutValues { method } => format!(
                "bootstrap: no project has a {method} value, so the rank intervals, adjacent pairs and tie flags use the mean"
            ),
            Caution::BootstrapPairsSkipped { pairs, method } => format!(
                "bootstrap: {pairs} adjacent pair(s) of the {method} ranking were left out because their projects lie in different components"
            ),
        }
    }

    /// The caution for people, in their language.
    pub fn message(&self) -> Message {
        match self {
            Caution::ModelNotEstimable(issue) => {
                Message::new("caution-model-not-estimable").message("why", model_issue(*issue))
            }
            Caution::ExactFit { exact: true } => Message::new("caution-exact-fit"),
            Caution::ExactFit { exact: false } => Message::new("caution-near-exact-fit"),
            Caution::RatioAtBound => Message::new("caution-ratio-at-bound"),
            Caution::Disconnected { components } => {
                let parts = components
                    .iter()
                    .enumerate()
                    .map(|(k, (projects, jurors))| {
                        Message::new("caution-component")
                            .number("number", k + 1)
                            .number("submissions", *projects)
                            .number("jurors", *jurors)
                    })
                    .collect();
                Message::new("caution-disconnected")
                    .number("count", components.len())
                    .sentences("components", parts)
            }
            Caution::SchulzeSkipped { max } => {
                Message::new("caution-schulze-skipped").number("max", *max)
            }
            Caution::JurorZLeftOut {
                scores,
                jurors,
                without_value,
            } => {
                let left_out = Message::new("caution-juror-z")
                    .number("scores", *scores)
                    .number("jurors", *jurors);
                if *without_value > 0 {
                    Message::new("caution-juror-z-unranked")
                        .message("first", left_out)
                        .number("count", *without_value)
                } else {
                    left_out
                }
            }
            Caution::BootstrapWithoutModel => Message::new("caution-bootstrap-without-model"),
            Caution::BootstrapWithoutValues { method } => {
                Message::new("caution-bootstrap-without-values").text("method", method)
            }
            Caution::BootstrapPairsSkipped { pairs, method } => {
                Message::new("caution-bootstrap-pairs-skipped")
                    .number("count", *pairs)
                    .text("method", method)
            }
        }
    }
}

fn model_issue(issue: ModelIssue) -> Message {
    match issue {
        ModelIssue::TooFewProjects => Message::new("caution-issue-few-submissions"),
        ModelIssue::TooFewJurors => Message::new("caution-issue-few-jurors"),
        ModelIssue::NoResidualDf => Message::new("caution-issue-no-residual"),
        ModelIssue::NotFinite => Message::new("caution-issue-not-finite"),
    }
}

/// The cautions in English, as the report's `warnings`.
pub fn english(cautions: &[Caution]) -> Vec<String> {
    cautions.iter().map(Caution::english).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::language::Lang;
    use crate::i18n::{lang, say};

    #[test]
    fn a_disconnected_design_is_explained_in_english_for_the_report_and_in_french_for_the_page() {
        let caution = Caution::Disconnected {
            components: vec![(5, 3), (4, 2)],
        };
        assert!(caution.english().starts_with(
            "the juror-project graph has 2 separate components (component 0: 5 projects, 3 jurors; component 1: 4 projects, 2 jurors)"
        ));
        let english = say(Lang::EN, &caution.message());
        assert!(
            english.contains("Group 1: 5 submissions, 3 jurors. Group 2: 4 submissions, 2 jurors."),
            "{english}"
        );
        let french = say(lang("fr").expect("French"), &caution.message());
        assert!(
            french.starts_with("Les membres du jury et les candidatures forment 2 groupes"),
            "{french}"
        );
    }

    #[test]
    fn the_juror_z_caution_counts_in_words_and_adds_the_unranked_submissions() {
        let caution = Caution::JurorZLeftOut {
            scores: 1,
            jurors: 1,
            without_value: 2,
        };
        assert_eq!(
            caution.english(),
            "juror_z leaves out 1 score(s) of 1 juror(s) with fewer than 5 scores or no spread (they cannot be standardised); 2 project(s) have no standardised score: their juror_z value is null and they are ranked last"
        );
        let english = say(Lang::EN, &caution.message());
        assert!(
            english.contains("leave out one score of one juror"),
            "{english}"
        );
        assert!(
            english.ends_with("2 submissions have no standardised score: they are ranked last."),
            "{english}"
        );
    }
}
