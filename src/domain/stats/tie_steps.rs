//! Why one submission is listed above its neighbour, step by step: kept as data so that the
//! results page says it in the reader's language, and written in English (`english`) for the
//! exports and `laurel analyze`, whose text stays the same in every language.

use serde::Serialize;

use crate::domain::message::Message;

/// One step of the comparison of two neighbours in a ranking; submissions are named by their
/// labels, figures written as the ranking shows them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub enum TieStep {
    /// `above` meets every threshold, `below` does not.
    Thresholds { above: String, below: String },
    /// `above` has the higher weighted total.
    Total {
        above: String,
        below: String,
        higher: String,
        lower: String,
    },
    /// Both have the same weighted total.
    SameTotal {
        first: String,
        second: String,
        total: String,
    },
    /// A tie-break criterion separates them.
    CriterionHigher {
        criterion: String,
        priority: u32,
        higher: String,
        lower: String,
    },
    /// A tie-break criterion does not separate them.
    CriterionEqual {
        criterion: String,
        priority: u32,
        score: String,
    },
    /// So `above` is listed first.
    Above { above: String, below: String },
    /// Nothing separates them: the jury decides.
    Unresolved,
    /// `above` has the higher calibrated score.
    Calibrated {
        above: String,
        below: String,
        higher: String,
        lower: String,
    },
    /// Both have the same calibrated score: the jury decides.
    SameCalibrated {
        first: String,
        second: String,
        score: String,
    },
}

impl TieStep {
    /// The step in English, as exports and `laurel analyze` write it.
    pub fn english(&self) -> String {
        match self {
            TieStep::Thresholds { above, below } => {
                format!("{above} above {below}: passes the thresholds, {below} does not")
            }
            TieStep::Total {
                above,
                below,
                higher,
                lower,
            } => format!("{above} above {below}: weighted total {higher} > {lower}"),
            TieStep::SameTotal {
                first,
                second,
                total,
            } => format!("{first} and {second} have the same weighted total {total}"),
            TieStep::CriterionHigher {
                criterion,
                priority,
                higher,
                lower,
            } => format!("{criterion} (priority {priority}): {higher} > {lower}"),
            TieStep::CriterionEqual {
                criterion,
                priority,
                score,
            } => format!("{criterion} (priority {priority}): equal at {score}"),
            TieStep::Above { above, below } => format!("{above} above {below}"),
            TieStep::Unresolved => "tie unresolved: needs the jury's decision".to_owned(),
            TieStep::Calibrated {
                above,
                below,
                higher,
                lower,
            } => format!("{above} above {below}: calibrated score {higher} > {lower}"),
            TieStep::SameCalibrated {
                first,
                second,
                score,
            } => format!(
                "{first} and {second} have the same calibrated score {score}: the jury decides"
            ),
        }
    }

    /// The step for people, in their language.
    pub fn message(&self) -> Message {
        match self {
            TieStep::Thresholds { above, below } => Message::new("tie-thresholds")
                .text("above", above)
                .text("below", below),
            TieStep::Total {
                above,
                below,
                higher,
                lower,
            } => Message::new("tie-total")
                .text("above", above)
                .text("below", below)
                .decimal_text("higher", higher)
                .decimal_text("lower", lower),
            TieStep::SameTotal {
                first,
                second,
                total,
            } => Message::new("tie-same-total")
                .text("first", first)
                .text("second", second)
                .decimal_text("total", total),
            TieStep::CriterionHigher {
                criterion,
                priority,
                higher,
                lower,
            } => Message::new("tie-criterion-higher")
                .text("criterion", criterion)
                .number("priority", *priority)
                .decimal_text("higher", higher)
                .decimal_text("lower", lower),
            TieStep::CriterionEqual {
                criterion,
                priority,
                score,
            } => Message::new("tie-criterion-equal")
                .text("criterion", criterion)
                .number("priority", *priority)
                .decimal_text("score", score),
            TieStep::Above { above, below } => Message::new("tie-above")
                .text("above", above)
                .text("below", below),
            TieStep::Unresolved => Message::new("tie-unresolved"),
            TieStep::Calibrated {
                above,
                below,
                higher,
                lower,
            } => Message::new("tie-calibrated")
                .text("above", above)
                .text("below", below)
                .decimal_text("higher", higher)
                .decimal_text("lower", lower),
            TieStep::SameCalibrated {
                first,
                second,
                score,
            } => Message::new("tie-same-calibrated")
                .text("first", first)
                .text("second", second)
                .decimal_text("score", score),
        }
    }
}

/// The steps in English, one after the other.
pub fn english(steps: &[TieStep]) -> String {
    let written: Vec<String> = steps.iter().map(TieStep::english).collect();
    written.join("; ")
}
