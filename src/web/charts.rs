//! Chart geometry for server-rendered SVG (no JavaScript): rank intervals, juror offsets and score
//! distributions. Each chart carries a one-sentence description; the tables beside it hold the data.

use crate::domain::results::{CriterionAgreement, JurorLeniency, OfficialLine};
use crate::i18n;
use crate::web::pages::Nav;

/// Width of every chart, in SVG units.
const WIDTH: f64 = 720.0;
/// Left margin, for the row labels.
const LABEL: f64 = 230.0;
/// Height of one row.
const ROW: f64 = 22.0;

fn fmt(x: f64) -> String {
    format!("{x:.1}")
}

fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_owned()
    } else {
        format!("{}…", text.chars().take(max - 1).collect::<String>())
    }
}

/// One row of a dot-and-whisker chart.
pub struct WhiskerRow {
    /// Baseline of the row.
    pub y: String,
    /// Label at the left.
    pub label: String,
    /// Whisker ends and the dot.
    pub x_lo: String,
    pub x_hi: String,
    pub x_dot: String,
    /// Drawn in the warning colour (a tie, say).
    pub flagged: bool,
}

/// One line of a chart's legend: a sample of the mark and what it means.
pub struct LegendEntry {
    /// Baseline of the line.
    pub y: String,
    /// The mark: `dot`, `whisker`, `flagged` (a whisker in the warning colour) or `reference`.
    pub mark: &'static str,
    /// What the mark means.
    pub text: String,
}

/// Legend lines under a chart whose axis labels end at `bottom`; returns them and the chart's
/// new height.
fn legend(bottom: f64, entries: &[(&'static str, &str)]) -> (Vec<LegendEntry>, String) {
    let lines = entries
        .iter()
        .enumerate()
        .map(|(i, (mark, text))| LegendEntry {
            y: fmt(bottom + 18.0 * (i as f64 + 1.0)),
            mark,
            text: (*text).to_owned(),
        })
        .collect();
    (lines, fmt(bottom + 18.0 * entries.len() as f64 + 10.0))
}

/// A dot-and-whisker chart.
pub struct WhiskerChart {
    /// Total height.
    pub height: String,
    /// Rows, top to bottom.
    pub rows: Vec<WhiskerRow>,
    /// Axis ticks: (x, label).
    pub ticks: Vec<(String, String)>,
    /// The y of the axis.
    pub axis_y: String,
    /// A reference line (x), e.g. zero offset.
    pub reference: Option<String>,
    /// What the chart shows, in one sentence.
    pub description: String,
    /// What each mark means, drawn under the axis.
    pub legend: Vec<LegendEntry>,
}

/// Rank intervals: each submission's calibrated rank (dot) and its 95% interval (whisker), in the
/// official order.
pub fn rank_intervals(lines: &[OfficialLine], nav: &Nav) -> Option<WhiskerChart> {
    let n = lines.len().max(1) as f64;
    let scale = |rank: f64| LABEL + (rank - 1.0) / (n - 1.0).max(1.0) * (WIDTH - LABEL - 20.0);
    let rows: Vec<WhiskerRow> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| {
            let (lo, hi) = l.rank_interval?;
            let dot = l.calibrated.map_or(lo, |(_, rank)| rank);
            Some(WhiskerRow {
                y: fmt(20.0 + ROW * i as f64),
                label: format!("{}. {}", l.rank, short(&l.title, 30)),
                x_lo: fmt(scale(lo)),
                x_hi: fmt(scale(hi)),
                x_dot: fmt(scale(dot)),
                flagged: l.statistical_tie_with_next || l.tie_unresolved,
            })
        })
        .collect();
    if rows.is_empty() {
        return None;
    }
    let axis = 20.0 + ROW * lines.len() as f64;
    let step = ((n / 8.0).ceil() as usize).max(1);
    let ticks = (1..=lines.len())
        .step_by(step)
        .map(|r| (fmt(scale(r as f64)), r.to_string()))
        .collect();
    let (legend, height) = legend(
        axis + 30.0,
        &[
            ("dot", &nav.t("chart-ranks-dot")),
            ("whisker", &nav.t("chart-ranks-whisker")),
            ("flagged", &nav.t("chart-ranks-flagged")),
        ],
    );
    Some(WhiskerChart {
        height,
        rows,
        ticks,
        axis_y: fmt(axis),
        reference: None,
        description: nav.t("chart-ranks-description"),
        legend,
    })
}

/// Juror offsets with ±1.96 standard errors around zero.
pub fn juror_offsets(jurors: &[JurorLeniency], nav: &Nav) -> Option<WhiskerChart> {
    let spans: Vec<(f64, f64, f64)> = jurors
        .iter()
        .filter_map(|j| {
            let offset = j.offset?;
            let se = j.offset_se.unwrap_or(0.0);
            Some((offset - 1.96 * se, offset, offset + 1.96 * se))
        })
        .collect();
    if spans.is_empty() {
        return None;
    }
    let reach = spans
        .iter()
        .flat_map(|(lo, _, hi)| [lo.abs(), hi.abs()])
        .fold(0.5_f64, f64::max);
    let mid = LABEL + (WIDTH - LABEL - 20.0) / 2.0;
    let half = (WIDTH - LABEL - 20.0) / 2.0;
    let scale = |x: f64| mid + x / reach * half;
    let rows = jurors
        .iter()
        .filter(|j| j.offset.is_some())
        .zip(spans)
        .enumerate()
        .map(|(i, (j, (lo, dot, hi)))| WhiskerRow {
            y: fmt(20.0 + ROW * i as f64),
            label: short(&j.name, 30),
            x_lo: fmt(scale(lo)),
            x_hi: fmt(scale(hi)),
            x_dot: fmt(scale(dot)),
            flagged: lo > 0.0 || hi < 0.0,
        })
        .collect::<Vec<_>>();
    let axis = 20.0 + ROW * rows.len() as f64;
    let ticks = [-reach, -reach / 2.0, 0.0, reach / 2.0, reach]
        .into_iter()
        .map(|x| {
            let sign = if x > 0.0 { "+" } else { "" };
            (
                fmt(scale(x)),
                format!("{sign}{}", i18n::decimal(nav.lang, x, 2)),
            )
        })
        .collect();
    let (legend, height) = legend(
        axis + 30.0,
        &[
            ("dot", &nav.t("chart-offsets-dot")),
            ("whisker", &nav.t("chart-offsets-whisker")),
            ("flagged", &nav.t("chart-offsets-flagged")),
            ("reference", &nav.t("chart-offsets-reference")),
        ],
    );
    Some(WhiskerChart {
        height,
        rows,
        ticks,
        axis_y: fmt(axis),
        reference: Some(fmt(scale(0.0))),
        description: nav.t("chart-offsets-description"),
        legend,
    })
}

/// One bar of a distribution.
pub struct Bar {
    pub x: String,
    pub y: String,
    pub height: String,
    pub label: String,
    pub count: usize,
}

/// How often each scale value was given on one criterion.
pub struct Distribution {
    pub name: String,
    pub bars: Vec<Bar>,
    pub bar_width: String,
    pub description: String,
}

/// Score distributions per criterion, over the scale's values (half-points `0..=max`).
pub fn distributions(
    agreement: &[CriterionAgreement],
    max_half_points: u16,
    nav: &Nav,
) -> Vec<Distribution> {
    let slots = usize::from(max_half_points) + 1;
    let slot = 200.0 / slots as f64;
    agreement
        .iter()
        .map(|c| {
            let top = c.distribution.values().copied().max().unwrap_or(0).max(1) as f64;
            let bars = (0..=max_half_points)
                .map(|hp| {
                    let count = c.distribution.get(&hp).copied().unwrap_or(0);
                    let height = 60.0 * count as f64 / top;
                    Bar {
                        x: fmt(slot * f64::from(hp)),
                        y: fmt(70.0 - height),
                        height: fmt(height),
                        label: i18n::decimal(
                            nav.lang,
                            f64::from(hp) / 2.0,
                            if hp % 2 == 0 { 0 } else { 1 },
                        ),
                        count,
                    }
                })
                .collect();
            let total: usize = c.distribution.values().sum();
            Distribution {
                name: c.name.clone(),
                bars,
                bar_width: fmt(slot - 2.0),
                description: nav.t2(
                    "chart-distribution-description",
                    "count",
                    total,
                    "max",
                    i18n::decimal(nav.lang, f64::from(max_half_points) / 2.0, 0),
                ),
            }
        })
        .collect()
}
