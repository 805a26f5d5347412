//! Results of an edition: the official ranking by the method recorded before results were first
//! shown, beside the statistical checks (calibrated ranking, rank intervals, ties, outliers,
//! agreement, juror leniency) that tell the jury how far the ranking can be trusted.

mod compute;
pub mod cut_line;
mod input;
mod method;
mod reading;
#[cfg(test)]
mod tests;

pub use compute::{
    CriterionAgreement, JurorLeniency, MethodComparison, OfficialLine, OutlierLine, Results,
    compute,
};
pub use input::{ResultsInput, ScorecardInput, SubmissionInput, entry_label, totals_rubric};
pub use method::OfficialMethod;
pub use reading::{agreement_reading, reliability_reading};
