//! Plain-language readings of agreement figures, for a jury that is not made of statisticians.

/// Reads Krippendorff's alpha (Krippendorff's own thresholds: 0.800 and 0.667).
pub fn agreement_reading(alpha: Option<f64>) -> &'static str {
    match alpha {
        None => "not measurable: too few submissions were scored by two or more jurors",
        Some(a) if a >= 0.8 => "jurors agree well",
        Some(a) if a >= 0.667 => "jurors partly agree: draw conclusions with care",
        Some(_) => "jurors disagree: discuss before deciding",
    }
}

/// Reads the reliability of a submission's mean score (the share of its variation that is real
/// difference between submissions rather than juror noise).
pub fn reliability_reading(reliability: Option<f64>) -> &'static str {
    match reliability {
        None => "not measurable with these scores",
        Some(r) if r >= 0.8 => "the mean scores separate submissions reliably",
        Some(r) if r >= 0.6 => "the mean scores separate submissions only roughly",
        Some(_) => "the mean scores are mostly juror noise: do not rank on small differences",
    }
}
