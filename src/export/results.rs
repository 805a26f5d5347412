//! The results exports, as pure functions of the computed [`Results`]: the ranking (the official
//! one with its totals, thresholds, tie-break trace and statistical checks, and the rank of every
//! other aggregation method) and the juror statistics (leniency offsets).

use std::collections::BTreeMap;
use std::io::Write;

use super::{neutralise, pseudonym};
use crate::domain::results::Results;
use crate::domain::stats::rankings::RankEntry;
use crate::domain::stats::totals::Exact;
use crate::domain::text::short_number;

/// Decimal places of an estimate, and of an exact value that does not terminate.
pub const DECIMALS: u32 = 6;

/// An estimate (calibrated value, offset, probability, rank interval, averaged rank), rounded to
/// [`DECIMALS`] places with trailing zeros dropped: `0.5`, `3.214568`, `2`.
fn estimate(x: Option<f64>) -> String {
    x.filter(|v| v.is_finite())
        .map(|v| short_number(v, DECIMALS as usize))
        .unwrap_or_default()
}

fn flag(b: bool) -> &'static str {
    if b { "true" } else { "false" }
}

/// An exact value as a decimal: every digit when it terminates (a total of half points and
/// basis-point weights always does), else rounded half to even to [`DECIMALS`] places, keeping
/// the trailing zeros so that a rounded value shows all its places (`10/3` is `3.333333`).
pub fn exact_decimal(x: Exact) -> String {
    let mut den = x.den;
    let (mut twos, mut fives) = (0_u32, 0_u32);
    while den % 2 == 0 {
        den /= 2;
        twos += 1;
    }
    while den % 5 == 0 {
        den /= 5;
        fives += 1;
    }
    let (places, terminates) = if den == 1 {
        (twos.max(fives), true)
    } else {
        (DECIMALS, false)
    };
    let text = decimal_half_even(x, places);
    if terminates && text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    }
}

/// `x` with `places` decimals, rounded half to even.
fn decimal_half_even(x: Exact, places: u32) -> String {
    let scale = 10_i128.pow(places);
    let (num, den) = (x.num.abs() * scale, x.den);
    let (mut q, r) = (num / den, num % den);
    if 2 * r > den || (2 * r == den && q % 2 == 1) {
        q += 1;
    }
    let sign = if x.num < 0 && q != 0 { "-" } else { "" };
    if places == 0 {
        return format!("{sign}{q}");
    }
    format!(
        "{sign}{}.{:0width$}",
        q / scale,
        q % scale,
        width = places as usize
    )
}

/// An exact total as the fraction `num/den` in lowest terms.
pub fn exact_fraction(x: Exact) -> String {
    format!("{}/{}", x.num, x.den)
}

/// The other aggregation methods of the report, each with its column name.
fn method_ranks(results: &Results) -> Vec<(String, BTreeMap<String, f64>)> {
    let Some(report) = results.report.as_ref() else {
        return Vec::new();
    };
    let r = &report.rankings;
    let mut lists: Vec<(&str, &Vec<RankEntry>)> = vec![
        ("mean", &r.mean),
        ("median", &r.median),
        ("trimmed_mean", &r.trimmed_mean),
        ("juror_z", &r.juror_z),
        ("bias_corrected", &r.bias_corrected),
        ("borda", &r.borda),
    ];
    if let Some(schulze) = &r.schulze {
        lists.push(("schulze", schulze));
    }
    lists
        .into_iter()
        .map(|(name, list)| {
            (
                format!("{name}_rank"),
                list.iter().map(|e| (e.project.clone(), e.rank)).collect(),
            )
        })
        .collect()
}

/// The fixed columns of the ranking export, before the per-method ranks.
pub const RANKING_HEADER: [&str; 22] = [
    "edition",
    "submission_id",
    "title",
    "official_rank",
    "weighted_total",
    "weighted_total_exact",
    "passes_thresholds",
    "failed_thresholds",
    "tie_unresolved",
    "tie_break_trace",
    "scorecards",
    "raw_mean",
    "raw_rank",
    "calibrated_value",
    "calibrated_rank",
    "rank_ci95_low",
    "rank_ci95_high",
    "p_top3",
    "statistical_tie_with_next",
    "official_method",
    "not_ranked_reason",
    "round",
];

/// Writes the ranking of the round at `round` (1 first): one row per submission of the official
/// ranking in its order, then the submissions left out of it with why. After the fixed columns comes one rank column per
/// aggregation method of the statistics report (`mean_rank` … `borda_rank`, and `schulze_rank`
/// when Schulze was computed); ranks tied within a method are averaged (2.5).
pub fn write_ranking<W: Write>(
    out: &mut csv::Writer<W>,
    (edition_id, round): (i32, u32),
    results: &Results,
) -> csv::Result<()> {
    let round = round.to_string();
    let methods = method_ranks(results);
    let mut header: Vec<String> = RANKING_HEADER.iter().map(|h| (*h).to_owned()).collect();
    header.extend(methods.iter().map(|(name, _)| name.clone()));
    out.write_record(&header)?;
    let edition = edition_id.to_string();
    let method = results.method.as_str();
    let ranks_of = |id: i32| -> Vec<String> {
        let key = id.to_string();
        methods
            .iter()
            .map(|(_, ranks)| estimate(ranks.get(&key).copied()))
            .collect()
    };
    for l in &results.official {
        let mut row = vec![
            edition.clone(),
            l.submission_id.to_string(),
            neutralise(&l.title),
            l.rank.to_string(),
            exact_decimal(l.weighted_total),
            exact_fraction(l.weighted_total),
            flag(l.passes_thresholds).to_owned(),
            l.failed_thresholds.join(" "),
            flag(l.tie_unresolved).to_owned(),
            neutralise(&l.trace.join(" | ")),
            l.scorecards.to_string(),
            l.raw_mean.map(exact_decimal).unwrap_or_default(),
            estimate(l.raw.map(|r| r.1)),
            estimate(l.calibrated.map(|c| c.0)),
            estimate(l.calibrated.map(|c| c.1)),
            estimate(l.rank_interval.map(|i| i.0)),
            estimate(l.rank_interval.map(|i| i.1)),
            estimate(l.p_top3),
            flag(l.statistical_tie_with_next).to_owned(),
            method.to_owned(),
            String::new(),
            round.clone(),
        ];
        row.extend(ranks_of(l.submission_id));
        out.write_record(&row)?;
    }
    for (id, title, why) in &results.not_ranked {
        let mut row = vec![edition.clone(), id.to_string(), neutralise(title)];
        row.extend(std::iter::repeat_n(String::new(), RANKING_HEADER.len() - 6));
        row.push(method.to_owned());
        row.push(neutralise(why));
        row.push(round.clone());
        row.extend(ranks_of(*id));
        out.write_record(&row)?;
    }
    Ok(())
}

/// The header of the juror statistics export.
pub const JUROR_HEADER: [&str; 7] = [
    "edition",
    "juror",
    "scores",
    "mean_weighted_total",
    "offset",
    "offset_se",
    "round",
];

/// Writes the juror statistics, one row per juror who submitted a scorecard: the number of
/// scorecards, the mean of their weighted totals, and their leniency offset (positive: more
/// lenient than their peers) with its standard error. Jurors appear by pseudonym, or by name
/// with `names`; most lenient first, then by label. `round` is the round's place, 1 first.
pub fn write_jurors<W: Write>(
    out: &mut csv::Writer<W>,
    (edition_id, round): (i32, u32),
    results: &Results,
    names: bool,
) -> csv::Result<()> {
    out.write_record(JUROR_HEADER)?;
    let mut rows: Vec<(String, &crate::domain::results::JurorLeniency)> = results
        .jurors
        .iter()
        .map(|j| {
            let label = if names {
                j.name.clone()
            } else {
                pseudonym(edition_id, j.juror_id)
            };
            (label, j)
        })
        .collect();
    rows.sort_by(|(la, a), (lb, b)| {
        b.offset
            .unwrap_or(f64::MIN)
            .total_cmp(&a.offset.unwrap_or(f64::MIN))
            .then_with(|| la.cmp(lb))
    });
    let edition = edition_id.to_string();
    let round = round.to_string();
    for (label, j) in rows {
        out.write_record([
            edition.as_str(),
            neutralise(&label).as_str(),
            j.scores.to_string().as_str(),
            j.mean_exact.map(exact_decimal).unwrap_or_default().as_str(),
            estimate(j.offset).as_str(),
            estimate(j.offset_se).as_str(),
            round.as_str(),
        ])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_totals_are_written_with_every_digit() {
        assert_eq!(exact_decimal(Exact::new(157, 20)), "7.85");
        assert_eq!(exact_decimal(Exact::new(4, 1)), "4");
        assert_eq!(exact_decimal(Exact::new(7, 2)), "3.5");
        assert_eq!(exact_decimal(Exact::new(31_459, 10_000)), "3.1459");
        assert_eq!(exact_decimal(Exact::new(10, 3)), "3.333333");
        assert_eq!(exact_fraction(Exact::new(10, 3)), "10/3");
        assert_eq!(exact_fraction(Exact::new(314, 40)), "157/20");
    }

    #[test]
    fn a_value_that_does_not_terminate_has_six_decimals_rounded_half_to_even() {
        assert_eq!(exact_decimal(Exact::new(2, 3)), "0.666667");
        assert_eq!(exact_decimal(Exact::new(1, 3)), "0.333333");
        assert_eq!(exact_decimal(Exact::new(31, 30)), "1.033333");
        assert_eq!(exact_decimal(Exact::new(-2, 3)), "-0.666667");
        assert_eq!(decimal_half_even(Exact::new(5, 2), 0), "2");
        assert_eq!(decimal_half_even(Exact::new(7, 2), 0), "4");
        assert_eq!(
            decimal_half_even(Exact::new(1_000_001, 2_000_000), 6),
            "0.500000"
        );
        assert_eq!(
            decimal_half_even(Exact::new(1_000_003, 2_000_000), 6),
            "0.500002"
        );
    }

    #[test]
    fn a_mean_of_half_point_totals_is_written_without_float_noise() {
        let sum = Exact::new(16, 5).plus(Exact::new(16, 5));
        assert_eq!(exact_decimal(Exact::new(sum.num, sum.den * 2)), "3.2");
        assert_eq!(exact_decimal(Exact::new(187, 40)), "4.675");
    }

    #[test]
    fn estimates_have_at_most_six_decimals() {
        assert_eq!(estimate(Some(3.0)), "3");
        assert_eq!(estimate(Some(2.5)), "2.5");
        assert_eq!(estimate(Some(-0.125)), "-0.125");
        assert_eq!(estimate(Some(3.199_999_999_999_999_7)), "3.2");
        assert_eq!(estimate(Some(1.0 / 3.0)), "0.333333");
        assert_eq!(estimate(Some(-1e-9)), "0");
        assert_eq!(estimate(None), "");
        assert_eq!(estimate(Some(f64::NAN)), "");
    }
}
