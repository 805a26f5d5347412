//! Computes an edition's results: the official ranking (exact totals, thresholds, tie-break
//! trace) and the statistical checks run on the jurors' individual weighted totals.

use std::collections::{BTreeMap, BTreeSet};

use super::input::{ResultsInput, ScorecardInput, entry_label, totals_rubric};
use super::method::OfficialMethod;
use crate::domain::jury::pseudonym;
use crate::domain::stats::agreement::kendall_tau_b;
use crate::domain::stats::juror_report::juror_model_report;
use crate::domain::stats::krippendorff;
use crate::domain::stats::model::fit;
use crate::domain::stats::tie_steps::TieStep;
use crate::domain::stats::totals::{self, Entry, Exact, RankedEntry};
use crate::domain::stats::{AnalyzeOptions, Design, Method, Report, ScoreRow, analyze};

/// One submission in the official ranking, with its statistical checks.
#[derive(Clone, Debug, PartialEq)]
pub struct OfficialLine {
    /// Submission id.
    pub submission_id: i32,
    /// Title.
    pub title: String,
    /// Official rank (equal ranks for an unresolved tie).
    pub rank: usize,
    /// Weighted total in points, exact (consensus scores, or the mean of the jurors' scores).
    pub weighted_total: Exact,
    /// Per criterion key, in rubric order: the score and whether it meets the threshold.
    pub criteria: Vec<(String, Exact, bool)>,
    /// Whether every threshold (and the overall one) is met.
    pub passes_thresholds: bool,
    /// Thresholds not met: criterion keys and "overall".
    pub failed_thresholds: Vec<String>,
    /// The official order cannot separate it from a neighbour: the jury must decide.
    pub tie_unresolved: bool,
    /// How it was separated from its neighbours, in English (exports).
    pub trace: Vec<String>,
    /// The same, as data for the page (one list of steps per neighbour).
    pub steps: Vec<Vec<TieStep>>,
    /// Submitted scorecards.
    pub scorecards: usize,
    /// Plain mean of the jurors' weighted totals, and its rank (from the statistics engine).
    pub raw: Option<(f64, f64)>,
    /// The same mean, exact: the jurors' weighted totals are exact, and so is their mean.
    pub raw_mean: Option<Exact>,
    /// Calibrated value (juror leniency removed), and its rank.
    pub calibrated: Option<(f64, f64)>,
    /// 95% interval of the calibrated rank, over bootstrap replicates.
    pub rank_interval: Option<(f64, f64)>,
    /// Share of bootstrap replicates in which it is in the top 3.
    pub p_top3: Option<f64>,
    /// Share of bootstrap replicates in which it is within the shortlist's size, when the
    /// ranking is cut at a shortlist (see [`super::cut_line`]).
    pub p_in_shortlist: Option<f64>,
    /// The bootstrap cannot tell it apart from the next submission of the calibrated ranking.
    pub statistical_tie_with_next: bool,
    /// The title of that next submission of the calibrated ranking, when tied with it.
    pub statistical_tie_partner: Option<String>,
}

/// A juror score far from what the model expects.
#[derive(Clone, Debug, PartialEq)]
pub struct OutlierLine {
    /// The scorecard's assignment.
    pub assignment_id: i32,
    /// The submission.
    pub submission_id: i32,
    /// The juror's name.
    pub juror_name: String,
    /// The juror's weighted total for the submission.
    pub score: f64,
    /// Robust z of the residual.
    pub z: f64,
}

/// How much jurors agree on one criterion.
#[derive(Clone, Debug, PartialEq)]
pub struct CriterionAgreement {
    /// Criterion key.
    pub key: String,
    /// Criterion name.
    pub name: String,
    /// Krippendorff's alpha, interval metric.
    pub alpha: Option<f64>,
    /// Mean reliability of a submission's mean score on this criterion.
    pub reliability: Option<f64>,
    /// How many scores fell on each scale value (half-points → count).
    pub distribution: BTreeMap<u16, usize>,
}

/// A juror's leniency: a positive offset means they score higher than their peers.
#[derive(Clone, Debug, PartialEq)]
pub struct JurorLeniency {
    /// Juror id.
    pub juror_id: i32,
    /// Name.
    pub name: String,
    /// Offset in points.
    pub offset: Option<f64>,
    /// Its standard error.
    pub offset_se: Option<f64>,
    /// Scorecards.
    pub scores: usize,
    /// Mean of the juror's weighted totals (from the statistics engine).
    pub mean: Option<f64>,
    /// The same mean, exact.
    pub mean_exact: Option<Exact>,
}

/// How far another aggregation agrees with the official ranking.
#[derive(Clone, Debug, PartialEq)]
pub struct MethodComparison {
    /// Method name, e.g. `median`.
    pub method: String,
    /// Kendall's tau-b between the two orders.
    pub kendall_tau_b: Option<f64>,
    /// Share of the official top 3 that the method also puts in its top 3.
    pub top3_overlap: Option<f64>,
}

/// An edition's results.
#[derive(Clone, Debug)]
pub struct Results {
    /// The official method.
    pub method: OfficialMethod,
    /// The official ranking.
    pub official: Vec<OfficialLine>,
    /// Submissions left out of the official ranking, with why.
    pub not_ranked: Vec<(i32, String, String)>,
    /// Per-criterion agreement, in rubric order.
    pub agreement: Vec<CriterionAgreement>,
    /// Juror leniency, most lenient first.
    pub jurors: Vec<JurorLeniency>,
    /// Other methods against the official ranking.
    pub methods: Vec<MethodComparison>,
    /// Outlying scores.
    pub outliers: Vec<OutlierLine>,
    /// Overall agreement on the weighted totals.
    pub overall_alpha: Option<f64>,
    /// The statistics engine's warnings, in English (exports).
    pub warnings: Vec<String>,
    /// The same cautions as data, for the page.
    pub cautions: Vec<crate::domain::stats::cautions::Caution>,
    /// The full statistics report on the jurors' weighted totals, if there were scores.
    pub report: Option<Report>,
}

impl Results {
    /// Whether an official tie is still to be resolved by the jury.
    pub fn has_unresolved_tie(&self) -> bool {
        self.official.iter().any(|l| l.tie_unresolved)
    }
}

/// A scorecard's weighted total in points, if every criterion is scored.
/// The sum is exact (decimal), then rounded once to f64, so that any reader of the same
/// scores (`laurel analyze` on the scores export) gets the same number to the last bit.
fn weighted_total(input: &ResultsInput, card: &ScorecardInput) -> Option<f64> {
    use rust_decimal::Decimal;
    let mut sum = Decimal::ZERO;
    for c in &input.rubric.criteria {
        let hp = Decimal::from(*card.half_points.get(&c.key)?);
        sum += hp * Decimal::from(c.weight_bp) / Decimal::from(20_000);
    }
    // Through its decimal text: correctly rounded, whatever the decimal's scale.
    sum.normalize().to_string().parse().ok()
}

/// A scorecard's weighted total in points, exact, if every criterion is scored.
fn exact_total(input: &ResultsInput, card: &ScorecardInput) -> Option<Exact> {
    input
        .rubric
        .criteria
        .iter()
        .try_fold(Exact::new(0, 1), |sum, c| {
            let hp = i128::from(*card.half_points.get(&c.key)?);
            Some(sum.plus(Exact::new(hp * i128::from(c.weight_bp), 20_000)))
        })
}

/// The exact mean of the weighted totals of the complete scorecards that `keep` selects (the
/// scorecards the statistics engine reads), or `None` without any.
fn exact_mean(input: &ResultsInput, keep: impl Fn(&ScorecardInput) -> bool) -> Option<Exact> {
    let (sum, count) = input
        .scorecards
        .iter()
        .filter(|c| keep(c))
        .filter_map(|c| exact_total(input, c))
        .fold((Exact::new(0, 1), 0_i128), |(sum, n), total| {
            (sum.plus(total), n + 1)
        });
    (count > 0).then(|| Exact::new(sum.num, sum.den * count))
}

fn options(input: &ResultsInput, replicates: usize) -> AnalyzeOptions {
    AnalyzeOptions {
        method: Method::BiasCorrected,
        replicates,
        seed: input.seed,
        top_k: input.shortlist.unwrap_or(3),
        ..AnalyzeOptions::default()
    }
}

/// Runs the statistics engine on one value per scorecard; `None` without any score.
pub(super) fn analyse(
    input: &ResultsInput,
    value: impl Fn(&ScorecardInput) -> Option<f64>,
    replicates: usize,
) -> Option<Report> {
    let rows: Vec<ScoreRow> = input
        .scorecards
        .iter()
        .filter_map(|c| {
            value(c).map(|v| {
                ScoreRow::new(
                    c.submission_id.to_string(),
                    pseudonym(input.edition_id, c.juror_id),
                    v,
                )
            })
        })
        .collect();
    analyze(&rows, &options(input, replicates)).ok()
}

fn official_entries(
    input: &ResultsInput,
    not_ranked: &mut Vec<(i32, String, String)>,
) -> Vec<Entry> {
    let keys: Vec<&str> = input
        .rubric
        .criteria
        .iter()
        .map(|c| c.key.as_str())
        .collect();
    let mut entries = Vec::new();
    for s in &input.submissions {
        let label = entry_label(s.id, &s.title);
        let mut scores: BTreeMap<String, Vec<u8>> = BTreeMap::new();
        match input.method {
            OfficialMethod::ConsensusTotal => {
                let consensus = input.consensus.get(&s.id);
                for key in &keys {
                    if let Some(hp) = consensus
                        .and_then(|c| c.get(*key))
                        .and_then(|h| u8::try_from(*h).ok())
                    {
                        scores.insert((*key).to_owned(), vec![hp]);
                    }
                }
            }
            OfficialMethod::Calibrated => {
                for card in input.scorecards.iter().filter(|c| c.submission_id == s.id) {
                    for key in &keys {
                        if let Some(hp) = card
                            .half_points
                            .get(*key)
                            .and_then(|h| u8::try_from(*h).ok())
                        {
                            scores.entry((*key).to_owned()).or_default().push(hp);
                        }
                    }
                }
            }
        }
        if scores.len() == keys.len() {
            entries.push(Entry { id: label, scores });
        } else {
            let why = match input.method {
                OfficialMethod::ConsensusTotal => {
                    "the consensus is not recorded for every criterion"
                }
                OfficialMethod::Calibrated => "no submitted scorecard scores every criterion",
            };
            not_ranked.push((s.id, s.title.clone(), why.to_owned()));
        }
    }
    entries
}

/// Reorders the engine's lines by calibrated value (thresholds first), with ranks and traces.
fn order_by_calibrated(lines: &mut [RankedEntry], calibrated: &BTreeMap<String, f64>) {
    let value = |e: &RankedEntry| calibrated.get(&e.id).copied();
    lines.sort_by(|a, b| {
        b.passes_thresholds
            .cmp(&a.passes_thresholds)
            .then_with(|| {
                value(b)
                    .unwrap_or(f64::MIN)
                    .total_cmp(&value(a).unwrap_or(f64::MIN))
            })
            .then_with(|| a.id.cmp(&b.id))
    });
    for line in lines.iter_mut() {
        line.tie_break_trace.clear();
        line.tie_break_steps.clear();
        line.tie_unresolved = false;
    }
    for i in 0..lines.len() {
        let same = i > 0
            && lines[i - 1].passes_thresholds == lines[i].passes_thresholds
            && value(&lines[i - 1]) == value(&lines[i]);
        lines[i].rank = if same { lines[i - 1].rank } else { i + 1 };
        if i + 1 < lines.len() {
            let (a, b) = (&lines[i], &lines[i + 1]);
            let show = |v: Option<f64>| v.map_or_else(|| "–".to_owned(), |v| format!("{v:.3}"));
            let (above, below) = (a.id.clone(), b.id.clone());
            let (step, tied) = if a.passes_thresholds != b.passes_thresholds {
                (TieStep::Thresholds { above, below }, false)
            } else if value(a) != value(b) {
                let (higher, lower) = (show(value(a)), show(value(b)));
                let step = TieStep::Calibrated {
                    above,
                    below,
                    higher,
                    lower,
                };
                (step, false)
            } else {
                let score = show(value(a));
                let step = TieStep::SameCalibrated {
                    first: above,
                    second: below,
                    score,
                };
                (step, true)
            };
            let trace = step.english();
            lines[i].tie_break_trace.push(trace.clone());
            lines[i + 1].tie_break_trace.push(trace);
            lines[i].tie_break_steps.push(vec![step.clone()]);
            lines[i + 1].tie_break_steps.push(vec![step]);
            if tied {
                lines[i].tie_unresolved = true;
                lines[i + 1].tie_unresolved = true;
            }
        }
    }
}

fn rank_of(list: &[crate::domain::stats::rankings::RankEntry]) -> BTreeMap<String, (f64, f64)> {
    list.iter()
        .filter_map(|e| e.value.map(|v| (e.project.clone(), (v, e.rank))))
        .collect()
}

/// Computes the results.
pub fn compute(input: &ResultsInput) -> Result<Results, String> {
    let mut not_ranked = Vec::new();
    let entries = official_entries(input, &mut not_ranked);
    let rubric = totals_rubric(&input.rubric);
    let mut ranked = totals::rank_entries(&rubric, &entries)
        .map_err(|e| format!("the rubric cannot rank: {e:?}"))?;
    // The per-criterion agreement does not depend on the main analysis: it runs beside it.
    let (report, agreement) = std::thread::scope(|scope| {
        let agreement = scope.spawn(|| criterion_agreement(input));
        let report = analyse(input, |c| weighted_total(input, c), input.replicates);
        let agreement = agreement
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (report, agreement)
    });
    let label_of: BTreeMap<String, String> = input
        .submissions
        .iter()
        .map(|s| (s.id.to_string(), entry_label(s.id, &s.title)))
        .collect();
    let by_label = |map: BTreeMap<String, (f64, f64)>| -> BTreeMap<String, (f64, f64)> {
        map.into_iter()
            .filter_map(|(id, v)| label_of.get(&id).map(|l| (l.clone(), v)))
            .collect()
    };
    let raw = by_label(
        report
            .as_ref()
            .map(|r| rank_of(&r.rankings.mean))
            .unwrap_or_default(),
    );
    let calibrated = by_label(
        report
            .as_ref()
            .map(|r| rank_of(&r.rankings.bias_corrected))
            .unwrap_or_default(),
    );
    if input.method == OfficialMethod::Calibrated {
        let values = calibrated
            .iter()
            .map(|(k, (v, _))| (k.clone(), *v))
            .collect();
        order_by_calibrated(&mut ranked, &values);
    }
    let bootstrap = report.as_ref().and_then(|r| r.bootstrap.as_ref());
    let tied_with_next: BTreeSet<String> = bootstrap
        .map(|b| {
            b.adjacent
                .iter()
                .filter(|p| p.tie)
                .filter_map(|p| label_of.get(&p.upper).cloned())
                .collect()
        })
        .unwrap_or_default();
    let title_of: BTreeMap<String, String> = input
        .submissions
        .iter()
        .map(|s| (s.id.to_string(), s.title.clone()))
        .collect();
    let partner_of: BTreeMap<String, String> = bootstrap
        .map(|b| {
            b.adjacent
                .iter()
                .filter(|p| p.tie)
                .filter_map(|p| {
                    Some((
                        label_of.get(&p.upper)?.clone(),
                        title_of.get(&p.lower)?.clone(),
                    ))
                })
                .collect()
        })
        .unwrap_or_default();
    let id_of: BTreeMap<String, (i32, String)> = input
        .submissions
        .iter()
        .map(|s| (entry_label(s.id, &s.title), (s.id, s.title.clone())))
        .collect();
    let official = ranked
        .into_iter()
        .filter_map(|e| {
            let (id, title) = id_of.get(&e.id)?.clone();
            let uncertainty = bootstrap.and_then(|b| b.projects.get(&id.to_string()));
            Some(OfficialLine {
                submission_id: id,
                title,
                rank: e.rank,
                weighted_total: e.weighted_total,
                criteria: input
                    .rubric
                    .criteria
                    .iter()
                    .filter_map(|c| {
                        let score = *e.criterion_scores.get(&c.key)?;
                        Some((c.key.clone(), score, !e.failed_thresholds.contains(&c.key)))
                    })
                    .collect(),
                passes_thresholds: e.passes_thresholds,
                failed_thresholds: e.failed_thresholds,
                tie_unresolved: e.tie_unresolved,
                trace: e.tie_break_trace,
                steps: e.tie_break_steps,
                scorecards: input
                    .scorecards
                    .iter()
                    .filter(|c| c.submission_id == id)
                    .count(),
                raw: raw.get(&e.id).copied(),
                raw_mean: exact_mean(input, |c| c.submission_id == id),
                calibrated: calibrated.get(&e.id).copied(),
                rank_interval: uncertainty.and_then(|u| match u.rank_ci95 {
                    [Some(lo), Some(hi)] => Some((lo, hi)),
                    _ => None,
                }),
                p_top3: uncertainty.and_then(|u| u.p_top3),
                p_in_shortlist: uncertainty
                    .filter(|_| input.shortlist.is_some())
                    .and_then(|u| u.p_topk),
                statistical_tie_with_next: tied_with_next.contains(&e.id),
                statistical_tie_partner: partner_of.get(&e.id).cloned(),
            })
        })
        .collect::<Vec<_>>();
    Ok(Results {
        method: input.method,
        agreement,
        jurors: leniency(input, report.as_ref()),
        methods: compare_methods(&official, report.as_ref()),
        outliers: outliers(input, report.as_ref()),
        overall_alpha: report.as_ref().and_then(|r| r.krippendorff_alpha.interval),
        warnings: report
            .as_ref()
            .map(|r| r.warnings.clone())
            .unwrap_or_default(),
        cautions: report
            .as_ref()
            .map(|r| r.cautions.clone())
            .unwrap_or_default(),
        official,
        not_ranked,
        report,
    })
}

/// Krippendorff's alpha (interval) and the mean reliability of a submission's mean score on one
/// criterion: the two figures of the full report that the agreement table uses, computed without
/// the rest of the report (rankings, Schulze, outliers), which it does not need.
pub(super) fn criterion_statistics(input: &ResultsInput, key: &str) -> (Option<f64>, Option<f64>) {
    let rows: Vec<ScoreRow> = input
        .scorecards
        .iter()
        .filter_map(|c| {
            c.half_points.get(key).map(|h| {
                ScoreRow::new(
                    c.submission_id.to_string(),
                    pseudonym(input.edition_id, c.juror_id),
                    f64::from(*h) / 2.0,
                )
            })
        })
        .collect();
    let mut rows = rows;
    rows.sort_by(|a, b| (&a.project, &a.juror).cmp(&(&b.project, &b.juror)));
    let Ok(design) = Design::new(&rows) else {
        return (None, None);
    };
    let units: Vec<Vec<f64>> = (0..design.n_projects())
        .map(|p| design.project_scores(p))
        .collect();
    let alpha = krippendorff::alpha(&units, krippendorff::Metric::Interval);
    let model = fit(&design).ok();
    let reliabilities: Vec<f64> = juror_model_report(&design, model.as_ref(), true, &[])
        .projects
        .values()
        .filter_map(|p| p.reliability_of_mean)
        .collect();
    let reliability = (!reliabilities.is_empty())
        .then(|| reliabilities.iter().sum::<f64>() / reliabilities.len() as f64);
    (alpha, reliability)
}

fn criterion_agreement(input: &ResultsInput) -> Vec<CriterionAgreement> {
    input
        .rubric
        .criteria
        .iter()
        .map(|c| {
            let (alpha, reliability) = criterion_statistics(input, &c.key);
            let mut distribution = BTreeMap::new();
            for card in &input.scorecards {
                if let Some(hp) = card.half_points.get(&c.key) {
                    *distribution.entry(*hp).or_insert(0) += 1;
                }
            }
            CriterionAgreement {
                key: c.key.clone(),
                name: c.name.clone(),
                alpha,
                reliability,
                distribution,
            }
        })
        .collect()
}

fn leniency(input: &ResultsInput, report: Option<&Report>) -> Vec<JurorLeniency> {
    let mut names: BTreeMap<i32, &str> = BTreeMap::new();
    for card in &input.scorecards {
        names.insert(card.juror_id, &card.juror_name);
    }
    let mut jurors: Vec<JurorLeniency> = names
        .into_iter()
        .map(|(id, name)| {
            let summary =
                report.and_then(|r| r.juror_model.jurors.get(&pseudonym(input.edition_id, id)));
            JurorLeniency {
                juror_id: id,
                name: name.to_owned(),
                offset: summary.and_then(|s| s.offset),
                offset_se: summary.and_then(|s| s.offset_se),
                scores: summary.map_or(0, |s| s.scores),
                mean: summary.and_then(|s| s.mean),
                mean_exact: exact_mean(input, |c| c.juror_id == id),
            }
        })
        .collect();
    jurors.sort_by(|a, b| {
        b.offset
            .unwrap_or(f64::MIN)
            .total_cmp(&a.offset.unwrap_or(f64::MIN))
            .then_with(|| a.name.cmp(&b.name))
    });
    jurors
}

fn compare_methods(official: &[OfficialLine], report: Option<&Report>) -> Vec<MethodComparison> {
    let Some(report) = report else {
        return Vec::new();
    };
    let official_rank: BTreeMap<String, f64> = official
        .iter()
        .map(|l| (l.submission_id.to_string(), l.rank as f64))
        .collect();
    let official_top3: BTreeSet<String> = official
        .iter()
        .filter(|l| l.rank <= 3)
        .map(|l| l.submission_id.to_string())
        .collect();
    let r = &report.rankings;
    let mut lists = vec![
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
            let both: Vec<(f64, f64)> = list
                .iter()
                .filter_map(|e| official_rank.get(&e.project).map(|o| (-*o, -e.rank)))
                .collect();
            let (x, y): (Vec<f64>, Vec<f64>) = both.into_iter().unzip();
            let top3: BTreeSet<String> = list
                .iter()
                .filter(|e| e.rank <= 3.0)
                .map(|e| e.project.clone())
                .collect();
            MethodComparison {
                method: name.to_owned(),
                kendall_tau_b: kendall_tau_b(&x, &y),
                top3_overlap: (!official_top3.is_empty()).then(|| {
                    official_top3.intersection(&top3).count() as f64 / official_top3.len() as f64
                }),
            }
        })
        .collect()
}

fn outliers(input: &ResultsInput, report: Option<&Report>) -> Vec<OutlierLine> {
    let Some(report) = report else {
        return Vec::new();
    };
    report
        .outliers
        .iter()
        .filter_map(|o| {
            let card = input.scorecards.iter().find(|c| {
                c.submission_id.to_string() == o.project
                    && pseudonym(input.edition_id, c.juror_id) == o.juror
            })?;
            Some(OutlierLine {
                assignment_id: card.assignment_id,
                submission_id: card.submission_id,
                juror_name: card.juror_name.clone(),
                score: o.score,
                z: o.z,
            })
        })
        .collect()
}
