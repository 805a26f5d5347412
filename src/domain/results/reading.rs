//! Plain-language readings of agreement figures, for a jury that is not made of statisticians.

use crate::domain::message::Message;

/// Reads Krippendorff's alpha (Krippendorff's own thresholds: 0.800 and 0.667).
pub fn agreement_reading(alpha: Option<f64>) -> Message {
    match alpha {
        None => Message::new("reading-agreement-unmeasurable"),
        Some(a) if a >= 0.8 => Message::new("reading-agreement-good"),
        Some(a) if a >= 0.667 => Message::new("reading-agreement-partial"),
        Some(_) => Message::new("reading-agreement-poor"),
    }
}

/// Reads the reliability of a submission's mean score (the share of its variation that is real
/// difference between submissions rather than juror noise).
pub fn reliability_reading(reliability: Option<f64>) -> Message {
    match reliability {
        None => Message::new("reading-reliability-unmeasurable"),
        Some(r) if r >= 0.8 => Message::new("reading-reliability-good"),
        Some(r) if r >= 0.6 => Message::new("reading-reliability-rough"),
        Some(_) => Message::new("reading-reliability-noise"),
    }
}
