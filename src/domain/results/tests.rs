//! Unit tests of the results: exact official totals, ties left to the jury, calibration.

use std::collections::BTreeMap;

use super::*;
use crate::domain::rubric::parse_rubric;

const RUBRIC: &str = r#"
key = "tiny"
name = "Tiny rubric"
overall_threshold = 2.5

[[criteria]]
key = "alpha"
name = "Alpha"
weight = 0.6
threshold = 3
core = true
tie_break_priority = 1
[criteria.descriptors]
0 = "none"
1 = "poor"
2 = "fair"
3 = "good"
4 = "very good"
5 = "excellent"

[[criteria]]
key = "beta"
name = "Beta"
weight = 0.4
threshold = 1
tie_break_priority = 2
[criteria.descriptors]
0 = "none"
1 = "poor"
2 = "fair"
3 = "good"
4 = "very good"
5 = "excellent"
"#;

fn hp(alpha: u16, beta: u16) -> BTreeMap<String, u16> {
    BTreeMap::from([("alpha".to_owned(), alpha), ("beta".to_owned(), beta)])
}

fn input(consensus: &[(i32, u16, u16)], method: OfficialMethod) -> ResultsInput {
    let rubric = parse_rubric("tiny.toml", RUBRIC, None).expect("valid rubric");
    let submissions = (1..=4)
        .map(|id| SubmissionInput {
            id,
            title: format!("Project {id}"),
        })
        .collect();
    let mut scorecards = Vec::new();
    let mut assignment = 0;
    for juror in 1..=3 {
        for sid in 1..=4 {
            assignment += 1;
            let lenient = if juror == 1 { 2 } else { 0 };
            let base = 4 + 2 * u16::try_from(sid).expect("small");
            scorecards.push(ScorecardInput {
                assignment_id: assignment,
                submission_id: sid,
                juror_id: juror,
                juror_name: format!("Juror {juror}"),
                half_points: hp((base - 2 + lenient).min(10), (base - 3 + lenient).min(10)),
            });
        }
    }
    ResultsInput {
        edition_id: 1,
        rubric,
        submissions,
        scorecards,
        consensus: consensus
            .iter()
            .map(|(id, a, b)| (*id, hp(*a, *b)))
            .collect(),
        method,
        seed: 7,
        replicates: 200,
        shortlist: None,
    }
}

#[test]
fn consensus_totals_are_exact_and_an_exact_tie_is_left_to_the_jury() {
    let results = compute(&input(
        &[(1, 8, 6), (2, 8, 6), (3, 10, 2), (4, 6, 10)],
        OfficialMethod::ConsensusTotal,
    ))
    .expect("computed");
    let by_id: BTreeMap<i32, &OfficialLine> = results
        .official
        .iter()
        .map(|l| (l.submission_id, l))
        .collect();
    assert_eq!(by_id[&1].weighted_total.to_decimal(2), "3.60");
    assert_eq!(
        by_id[&1].rank, by_id[&2].rank,
        "the same exact total and criteria"
    );
    assert!(by_id[&1].tie_unresolved && by_id[&2].tie_unresolved);
    assert!(results.has_unresolved_tie());
    assert!(
        by_id[&1]
            .trace
            .iter()
            .any(|t| t.contains("have the same weighted total 3.60")),
        "{:?}",
        by_id[&1].trace
    );
    // 3: alpha 5.0, beta 1.0 → 3.40; 4: alpha 3.0, beta 5.0 → 3.80.
    assert_eq!(by_id[&4].rank, 1);
    assert_eq!(by_id[&3].weighted_total.to_decimal(2), "3.40");
    assert!(!by_id[&4].tie_unresolved);
}

#[test]
fn a_submission_without_a_complete_consensus_is_not_ranked_and_says_why() {
    let results = compute(&input(
        &[(1, 8, 6), (2, 6, 6), (3, 10, 2)],
        OfficialMethod::ConsensusTotal,
    ))
    .expect("computed");
    assert_eq!(results.official.len(), 3);
    assert_eq!(results.not_ranked.len(), 1);
    assert_eq!(results.not_ranked[0].0, 4);
    assert!(
        results.not_ranked[0]
            .2
            .contains("consensus is not recorded")
    );
}

#[test]
fn failing_a_core_threshold_ranks_below_every_submission_that_passes() {
    let results = compute(&input(
        &[(1, 4, 10), (2, 6, 6), (3, 6, 4), (4, 8, 8)],
        OfficialMethod::ConsensusTotal,
    ))
    .expect("computed");
    let last = results.official.last().expect("lines");
    assert_eq!(
        last.submission_id, 1,
        "alpha 2.0 is below the core threshold 3"
    );
    assert!(!last.passes_thresholds);
    assert_eq!(last.failed_thresholds, ["alpha"]);
}

#[test]
fn the_lenient_juror_is_found_and_the_calibrated_order_follows_quality() {
    let results = compute(&input(&[], OfficialMethod::Calibrated)).expect("computed");
    assert!(results.not_ranked.is_empty());
    let order: Vec<i32> = results.official.iter().map(|l| l.submission_id).collect();
    assert_eq!(order, [4, 3, 2, 1]);
    let lenient = &results.jurors[0];
    assert_eq!(
        lenient.juror_id, 1,
        "most lenient first: {:?}",
        results.jurors
    );
    assert!(lenient.offset.expect("estimated") > 0.0);
    assert_eq!(lenient.scores, 4);
    let line = &results.official[0];
    assert!(line.calibrated.is_some() && line.raw.is_some());
    assert!(line.p_top3.is_some());
    assert_eq!(results.agreement.len(), 2);
    assert_eq!(
        results.agreement[0].distribution.values().sum::<usize>(),
        12
    );
}

#[test]
fn readings_follow_krippendorffs_thresholds() {
    let english = |m| crate::i18n::say(crate::domain::language::Lang::EN, &m);
    assert_eq!(english(agreement_reading(Some(0.85))), "jurors agree well");
    assert!(english(agreement_reading(Some(0.7))).contains("with care"));
    assert!(english(agreement_reading(Some(0.5))).contains("discuss before deciding"));
    assert!(english(agreement_reading(None)).contains("not measurable"));
    assert!(english(reliability_reading(Some(0.3))).contains("noise"));
}

#[test]
fn methods_round_trip_through_their_stored_names() {
    for m in OfficialMethod::ALL {
        assert_eq!(m.as_str().parse::<OfficialMethod>(), Ok(m));
    }
    assert_eq!(OfficialMethod::default(), OfficialMethod::ConsensusTotal);
}

#[test]
fn the_agreement_per_criterion_is_the_full_reports() {
    let mut input = input(&[], OfficialMethod::ConsensusTotal);
    for card in &mut input.scorecards {
        let a = u16::try_from(card.assignment_id).expect("small");
        for (k, value) in card.half_points.values_mut().enumerate() {
            let k = u16::try_from(k).expect("small");
            *value = (*value + (a * 7 + k * 3) % 3).saturating_sub(1).min(10);
        }
    }
    for key in ["alpha", "beta"] {
        let report = super::compute::analyse(
            &input,
            |card| card.half_points.get(key).map(|h| f64::from(*h) / 2.0),
            0,
        )
        .expect("a report");
        let reliabilities: Vec<f64> = report
            .juror_model
            .projects
            .values()
            .filter_map(|p| p.reliability_of_mean)
            .collect();
        let reliability = (!reliabilities.is_empty())
            .then(|| reliabilities.iter().sum::<f64>() / reliabilities.len() as f64);
        let (alpha, light) = super::compute::criterion_statistics(&input, key);
        assert_eq!(alpha, report.krippendorff_alpha.interval, "{key}");
        assert!(alpha.is_some(), "{key}");
        assert_eq!(light, reliability, "{key}");
    }
}

#[test]
fn the_exact_means_are_the_engines_means_without_float_noise() {
    let results = compute(&input(&[], OfficialMethod::Calibrated)).expect("computed");
    for line in &results.official {
        let exact = line.raw_mean.expect("an exact mean");
        let float = line.raw.expect("a mean").0;
        assert!((exact.to_f64() - float).abs() < 1e-12, "{exact:?} {float}");
    }
    for juror in &results.jurors {
        let exact = juror.mean_exact.expect("an exact mean");
        let float = juror.mean.expect("a mean");
        assert!((exact.to_f64() - float).abs() < 1e-12, "{exact:?} {float}");
    }
}

#[test]
fn a_ranking_cut_at_a_shortlist_gives_each_line_its_probability_of_being_in_it() {
    let consensus = [(1, 8, 6), (2, 8, 6), (3, 10, 2), (4, 6, 10)];
    let final_round =
        compute(&input(&consensus, OfficialMethod::ConsensusTotal)).expect("computed");
    assert_eq!(final_round.official.len(), 4);
    assert!(
        final_round
            .official
            .iter()
            .all(|l| l.p_in_shortlist.is_none())
    );

    let mut shortlisting = input(&consensus, OfficialMethod::Calibrated);
    shortlisting.shortlist = Some(2);
    let results = compute(&shortlisting).expect("computed");
    let p: BTreeMap<i32, f64> = results
        .official
        .iter()
        .map(|l| (l.submission_id, l.p_in_shortlist.expect("bootstrapped")))
        .collect();
    assert!(
        p[&4] > 0.9 && p[&3] > 0.9,
        "the two best scored by every juror: {p:?}"
    );
    assert!(p[&1] < 0.1, "the weakest: {p:?}");
    let cut = super::cut_line::cut_line(&results.official, 2);
    let above: Vec<i32> = cut.above().map(|p| p.submission_id).collect();
    assert_eq!(above, [4, 3]);
}
