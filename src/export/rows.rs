//! The rows of each export as plain data, and their cells: headers, which cells are neutralised
//! (text typed by people) and how numbers and instants are written (by Laurel, never touched).

use std::io::Write;

use chrono::{DateTime, SecondsFormat, Utc};

use super::{neutralise, weight_decimal};
use crate::domain::round::{Round, RoundOutcome};
use crate::domain::rubric::{HalfPoints, Rubric};

/// An instant in UTC, RFC 3339 to the second: `2026-03-01T09:30:00Z`.
pub fn utc(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn utc_or_empty(at: Option<DateTime<Utc>>) -> String {
    at.map(utc).unwrap_or_default()
}

/// The header of the scores export. `project`, `juror`, `criterion`, `weight` and `score` are
/// what `laurel analyze` reads.
pub const SCORE_HEADER: [&str; 12] = [
    "edition",
    "project",
    "title",
    "juror",
    "criterion",
    "weight",
    "score",
    "comment",
    "submitted_at",
    "revision",
    "phase",
    "round",
];

/// One score of a submitted scorecard.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScoreLine<'a> {
    /// Edition id.
    pub edition_id: i32,
    /// Submission id.
    pub submission_id: i32,
    /// Submission title.
    pub title: &'a str,
    /// The juror's pseudonym or name.
    pub juror: &'a str,
    /// Criterion key.
    pub criterion: &'a str,
    /// Criterion weight in basis points.
    pub weight_bp: u32,
    /// The score.
    pub score: HalfPoints,
    /// The juror's comment.
    pub comment: &'a str,
    /// When the scorecard was submitted.
    pub submitted_at: Option<DateTime<Utc>>,
    /// Scorecard revision (1, then one more at each reopening).
    pub revision: i32,
    /// Scoring phase.
    pub phase: &'a str,
    /// The round's place among the edition's rounds, 1 first.
    pub round: u32,
}

/// Writes one score row.
pub fn write_score<W: Write>(out: &mut csv::Writer<W>, line: &ScoreLine<'_>) -> csv::Result<()> {
    out.write_record([
        line.edition_id.to_string().as_str(),
        line.submission_id.to_string().as_str(),
        neutralise(line.title).as_str(),
        neutralise(line.juror).as_str(),
        line.criterion,
        weight_decimal(line.weight_bp).as_str(),
        line.score.to_string().as_str(),
        neutralise(line.comment).as_str(),
        utc_or_empty(line.submitted_at).as_str(),
        line.revision.to_string().as_str(),
        line.phase,
        line.round.to_string().as_str(),
    ])
}

/// The header of the conflicts export.
pub const CONFLICT_HEADER: [&str; 10] = [
    "edition",
    "submission_id",
    "title",
    "juror",
    "level",
    "reason_code",
    "decision",
    "declared_at",
    "decided_at",
    "round",
];

/// One conflict-of-interest declaration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConflictLine<'a> {
    /// Edition id.
    pub edition_id: i32,
    /// Submission id.
    pub submission_id: i32,
    /// Submission title.
    pub title: &'a str,
    /// The juror's pseudonym or name.
    pub juror: &'a str,
    /// none, potential or disqualifying.
    pub level: &'a str,
    /// Reason code.
    pub reason_code: &'a str,
    /// allowed or excluded, once decided.
    pub decision: &'a str,
    /// When it was declared.
    pub declared_at: DateTime<Utc>,
    /// When it was decided.
    pub decided_at: Option<DateTime<Utc>>,
    /// The place of the round open when it was declared (it holds in every round after).
    pub round: u32,
}

/// Writes one conflict row.
pub fn write_conflict<W: Write>(
    out: &mut csv::Writer<W>,
    line: &ConflictLine<'_>,
) -> csv::Result<()> {
    out.write_record([
        line.edition_id.to_string().as_str(),
        line.submission_id.to_string().as_str(),
        neutralise(line.title).as_str(),
        neutralise(line.juror).as_str(),
        line.level,
        line.reason_code,
        line.decision,
        utc(line.declared_at).as_str(),
        utc_or_empty(line.decided_at).as_str(),
        line.round.to_string().as_str(),
    ])
}

/// The header of the decisions export.
pub const DECISION_HEADER: [&str; 11] = [
    "edition",
    "submission_id",
    "title",
    "prize",
    "ex_aequo",
    "rationale",
    "votes_for",
    "votes_against",
    "abstentions",
    "confirmed_by_chair_at",
    "recorded_at",
];

/// One award decision.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecisionLine<'a> {
    /// Edition id.
    pub edition_id: i32,
    /// Submission id.
    pub submission_id: i32,
    /// Submission title.
    pub title: &'a str,
    /// `first`, `second`, `third`, `special` or `none` (no prize, settling a tie).
    pub prize: &'a str,
    /// A special prize's name.
    pub special_name: Option<&'a str>,
    /// The prize is shared.
    pub ex_aequo: bool,
    /// The jury's rationale.
    pub rationale: &'a str,
    /// The tally: for, against, abstentions.
    pub votes: (i32, i32, i32),
    /// When the chair confirmed it (none while unconfirmed).
    pub confirmed_at: Option<DateTime<Utc>>,
    /// When it was recorded.
    pub recorded_at: DateTime<Utc>,
}

/// Writes one decision row; a special prize is written `special: <its name>`.
pub fn write_decision<W: Write>(
    out: &mut csv::Writer<W>,
    line: &DecisionLine<'_>,
) -> csv::Result<()> {
    let prize = match line.special_name {
        Some(name) if !name.is_empty() => format!("{}: {name}", line.prize),
        _ => line.prize.to_owned(),
    };
    out.write_record([
        line.edition_id.to_string().as_str(),
        line.submission_id.to_string().as_str(),
        neutralise(line.title).as_str(),
        neutralise(&prize).as_str(),
        if line.ex_aequo { "true" } else { "false" },
        neutralise(line.rationale).as_str(),
        line.votes.0.to_string().as_str(),
        line.votes.1.to_string().as_str(),
        line.votes.2.to_string().as_str(),
        utc_or_empty(line.confirmed_at).as_str(),
        utc(line.recorded_at).as_str(),
    ])
}

/// The header of the audit export.
pub const AUDIT_HEADER: [&str; 7] = [
    "at",
    "actor_id",
    "actor",
    "action",
    "subject_type",
    "subject_id",
    "details",
];

/// One audit event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditLine<'a> {
    /// When.
    pub at: DateTime<Utc>,
    /// The acting account, if any.
    pub actor_id: Option<i32>,
    /// Its name or pseudonym (empty for the system or the command line).
    pub actor: &'a str,
    /// What happened.
    pub action: &'a str,
    /// The kind of record.
    pub subject_type: &'a str,
    /// Its id.
    pub subject_id: &'a str,
    /// Details as JSON text.
    pub details: &'a str,
}

/// Writes one audit row.
pub fn write_audit<W: Write>(out: &mut csv::Writer<W>, line: &AuditLine<'_>) -> csv::Result<()> {
    out.write_record([
        utc(line.at).as_str(),
        line.actor_id
            .map(|a| a.to_string())
            .unwrap_or_default()
            .as_str(),
        neutralise(line.actor).as_str(),
        line.action,
        line.subject_type,
        neutralise(line.subject_id).as_str(),
        neutralise(line.details).as_str(),
    ])
}

/// What the method sheet says beyond the rubric.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MethodFacts<'a> {
    /// Edition id.
    pub edition_id: i32,
    /// Edition name.
    pub edition_name: &'a str,
    /// The rubric the edition adopted.
    pub rubric: &'a Rubric,
    /// SHA-256 of its stored snapshot.
    pub rubric_hash: &'a str,
    /// The official method, once recorded.
    pub official_method: Option<&'a str>,
    /// When it was recorded.
    pub method_recorded_at: Option<DateTime<Utc>>,
    /// When results were first shown (the method is locked from then on).
    pub results_first_shown_at: Option<DateTime<Utc>>,
    /// Bootstrap seed, once drawn.
    pub seed: Option<u64>,
    /// Bootstrap replicates.
    pub replicates: usize,
    /// The round the sheet describes.
    pub round: &'a Round,
}

/// Writes the method sheet: `key,value` rows.
pub fn write_method<W: Write>(
    out: &mut csv::Writer<W>,
    facts: &MethodFacts<'_>,
) -> csv::Result<()> {
    let rubric = facts.rubric;
    let (outcome, shortlist_size) = match facts.round.outcome {
        RoundOutcome::Shortlist(size) => ("shortlist", size.to_string()),
        RoundOutcome::Prizes => ("prizes", String::new()),
    };
    let mut rows: Vec<(String, String)> = vec![
        ("edition_id".into(), facts.edition_id.to_string()),
        ("edition_name".into(), neutralise(facts.edition_name)),
        ("laurel_version".into(), env!("CARGO_PKG_VERSION").into()),
        ("round".into(), facts.round.position.to_string()),
        (
            "round_name".into(),
            neutralise(facts.round.name.as_deref().unwrap_or_default()),
        ),
        ("round_outcome".into(), outcome.into()),
        ("round_shortlist_size".into(), shortlist_size),
        (
            "round_jurors_per_submission".into(),
            facts.round.jurors_per_submission.to_string(),
        ),
        ("round_consensus".into(), facts.round.consensus.to_string()),
        (
            "round_closed_at".into(),
            utc_or_empty(facts.round.closed_at),
        ),
        ("rubric_key".into(), rubric.key.clone()),
        ("rubric_name".into(), neutralise(&rubric.name)),
        ("rubric_sha256".into(), facts.rubric_hash.to_owned()),
        ("scale_min".into(), rubric.scale.min.to_string()),
        ("scale_max".into(), rubric.scale.max.to_string()),
        ("scale_step".into(), rubric.scale.step.to_string()),
        (
            "overall_threshold".into(),
            rubric.overall_threshold.to_string(),
        ),
    ];
    for c in &rubric.criteria {
        let key = &c.key;
        rows.push((format!("criterion.{key}.name"), neutralise(&c.name)));
        rows.push((
            format!("criterion.{key}.weight"),
            weight_decimal(c.weight_bp),
        ));
        rows.push((
            format!("criterion.{key}.threshold"),
            c.threshold.to_string(),
        ));
        rows.push((format!("criterion.{key}.core"), c.core.to_string()));
        rows.push((
            format!("criterion.{key}.tie_break_priority"),
            c.tie_break_priority.to_string(),
        ));
    }
    let seed = facts.seed.map(|s| s.to_string()).unwrap_or_default();
    rows.extend([
        (
            "official_method".into(),
            facts.official_method.unwrap_or_default().to_owned(),
        ),
        (
            "official_method_recorded_at".into(),
            utc_or_empty(facts.method_recorded_at),
        ),
        (
            "results_first_shown_at".into(),
            utc_or_empty(facts.results_first_shown_at),
        ),
        ("statistics_method".into(), "bias_corrected".into()),
        ("bootstrap_seed".into(), seed.clone()),
        ("bootstrap_replicates".into(), facts.replicates.to_string()),
        ("top_k".into(), "3".into()),
        (
            "reproduce_with".into(),
            format!(
                "laurel analyze --input {} --seed {seed} --bootstrap {} --top 3",
                super::ExportKind::Scores.file_name(facts.edition_id),
                facts.replicates
            ),
        ),
    ]);
    out.write_record(["key", "value"])?;
    for (key, value) in rows {
        out.write_record([key, value])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(f: impl FnOnce(&mut csv::Writer<Vec<u8>>) -> csv::Result<()>) -> String {
        let mut out = csv::Writer::from_writer(Vec::new());
        f(&mut out).expect("written");
        String::from_utf8(out.into_inner().expect("flushed")).expect("utf-8")
    }

    #[test]
    fn a_score_row_neutralises_what_people_typed_but_not_its_numbers() {
        let line = ScoreLine {
            edition_id: 3,
            submission_id: 12,
            title: "=cmd|' /C calc'!A0",
            juror: "J-0011aabb",
            criterion: "impact",
            weight_bp: 1500,
            score: HalfPoints(7),
            comment: "-strong partnership",
            submitted_at: Some(DateTime::from_timestamp(1_772_357_400, 0).expect("instant")),
            revision: 2,
            phase: "individual",
            round: 1,
        };
        let text = written(|out| write_score(out, &line));
        assert_eq!(
            text,
            "3,12,'=cmd|' /C calc'!A0,J-0011aabb,impact,0.15,3.5,'-strong partnership,2026-03-01T09:30:00Z,2,individual,1\n"
        );
    }

    #[test]
    fn an_audit_row_neutralises_its_actor_subject_and_details() {
        let line = AuditLine {
            at: DateTime::from_timestamp(0, 0).expect("instant"),
            actor_id: None,
            actor: "@attacker",
            action: "edition.created",
            subject_type: "edition",
            subject_id: "+1",
            details: "{}",
        };
        let text = written(|out| write_audit(out, &line));
        assert_eq!(
            text,
            "1970-01-01T00:00:00Z,,'@attacker,edition.created,edition,'+1,{}\n"
        );
    }
}
