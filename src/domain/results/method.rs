//! The official ranking method of an edition, chosen before results are first shown.

use std::fmt;
use std::str::FromStr;

/// How the official ranking is computed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum OfficialMethod {
    /// The weighted total of the consensus scores, exact, with thresholds and tie-breaks.
    #[default]
    ConsensusTotal,
    /// The jurors' weighted totals with each juror's leniency removed (the juror model).
    Calibrated,
}

impl OfficialMethod {
    /// Every method, the default first.
    pub const ALL: [OfficialMethod; 2] =
        [OfficialMethod::ConsensusTotal, OfficialMethod::Calibrated];

    /// The stable name stored and exported.
    pub fn as_str(self) -> &'static str {
        match self {
            OfficialMethod::ConsensusTotal => "consensus_total",
            OfficialMethod::Calibrated => "calibrated",
        }
    }

    /// The method in the reader's words.
    pub fn name(self) -> crate::domain::message::Message {
        use crate::domain::message::Message;
        match self {
            OfficialMethod::ConsensusTotal => Message::new("method-consensus-total"),
            OfficialMethod::Calibrated => Message::new("method-calibrated"),
        }
    }

    /// The method as people read it.
    pub fn label(self) -> &'static str {
        match self {
            OfficialMethod::ConsensusTotal => "Weighted total of the consensus scores",
            OfficialMethod::Calibrated => {
                "Calibrated scores: the jurors' weighted totals with each juror's leniency removed"
            }
        }
    }
}

impl fmt::Display for OfficialMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for OfficialMethod {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|m| m.as_str() == s)
            .ok_or_else(|| format!("unknown ranking method `{s}`"))
    }
}
