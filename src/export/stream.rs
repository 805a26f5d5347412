//! Writes an export of an edition to any asynchronous sink (an HTTP response body, a file,
//! standard output), reading the database one page at a time and handing the bytes on after
//! each page, so that memory stays flat whatever the number of rows. The web routes and
//! `laurel export` call the same [`prepare`] and [`write_prepared`] (or [`write`], both at
//! once), so they give the same bytes and follow the same rules: the ranking and the juror
//! statistics are refused before the consensus phase and before the official method is recorded,
//! and exporting them counts as showing the results (which locks the method).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use chrono::{DateTime, Utc};
use sea_orm::{ConnectionTrait, DbErr, TransactionTrait};
use tokio::io::{AsyncWrite, AsyncWriteExt};

use super::results::{write_jurors, write_ranking};
use super::rows::{
    AUDIT_HEADER, AuditLine, CONFLICT_HEADER, ConflictLine, DECISION_HEADER, DecisionLine,
    MethodFacts, SCORE_HEADER, ScoreLine, write_audit, write_conflict, write_decision,
    write_method, write_score,
};
use super::{BOM, CsvOptions, ExportKind, pseudonym, write_submissions};
use crate::app::phases::Gate;
use crate::app::results::{Depth, ResultsError};
use crate::db;
use crate::db::screening::SubmissionFilter;
use crate::domain::edition::Edition;
use crate::domain::results::Results;
use crate::domain::round::Round;

/// Bytes kept before they are handed to the sink.
const CHUNK: usize = 64 * 1024;

/// Why an export failed.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// No such edition.
    #[error("no such edition")]
    NotFound,
    /// Results are not shown in the edition's phase.
    #[error("{0}")]
    ResultsNotAvailable(crate::domain::message::Message),
    /// The official method must be recorded before results are shown.
    #[error(
        "the official method of edition {0} is not recorded yet: choose it on the results page (/secretariat/editions/{0}/results) before exporting the ranking or the juror statistics"
    )]
    MethodNotRecorded(i32),
    /// The results could not be computed.
    #[error("computing the results: {0}")]
    Results(String),
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbErr),
    /// A row could not be written.
    #[error("csv: {0}")]
    Csv(#[from] csv::Error),
    /// The sink refused the bytes (for instance, the client went away).
    #[error("writing the export: {0}")]
    Io(#[from] std::io::Error),
}

/// A buffer of CSV bytes that is handed to the sink in chunks.
struct Sink<'a, W> {
    options: CsvOptions,
    buf: Vec<u8>,
    out: &'a mut W,
}

impl<'a, W: AsyncWrite + Unpin> Sink<'a, W> {
    async fn new(options: CsvOptions, out: &'a mut W) -> Result<Self, ExportError> {
        if options.excel {
            out.write_all(BOM).await?;
        }
        Ok(Self {
            options,
            buf: Vec::with_capacity(CHUNK + CHUNK / 4),
            out,
        })
    }

    /// A CSV writer appending to the buffer; flush it before passing the bytes on.
    fn csv(&mut self) -> csv::Writer<&mut Vec<u8>> {
        self.options.writer(&mut self.buf)
    }

    /// Hands the buffered bytes on if there are enough of them, or all of them if `all`.
    async fn pass_on(&mut self, all: bool) -> Result<(), ExportError> {
        if all || self.buf.len() >= CHUNK {
            self.out.write_all(&self.buf).await?;
            self.buf.clear();
        }
        Ok(())
    }

    async fn finish(mut self) -> Result<(), ExportError> {
        self.pass_on(true).await?;
        self.out.flush().await?;
        Ok(())
    }
}

/// How jurors are named in an export: their pseudonym, or their name with `names`.
struct Jurors {
    edition_id: i32,
    names: bool,
    known: HashMap<i32, String>,
}

impl Jurors {
    fn new(edition_id: i32, names: bool) -> Self {
        Self {
            edition_id,
            names,
            known: HashMap::new(),
        }
    }

    /// Makes sure every juror of `ids` has a label.
    async fn learn(
        &mut self,
        db: &impl ConnectionTrait,
        ids: impl Iterator<Item = i32>,
    ) -> Result<(), DbErr> {
        let missing: BTreeSet<i32> = ids.filter(|id| !self.known.contains_key(id)).collect();
        if missing.is_empty() {
            return Ok(());
        }
        if self.names {
            let names = db::exports::names(db, missing.iter().copied().collect()).await?;
            for id in missing {
                let name = names.get(&id).cloned().unwrap_or_default();
                self.known.insert(id, name);
            }
        } else {
            for id in missing {
                self.known.insert(id, pseudonym(self.edition_id, id));
            }
        }
        Ok(())
    }

    fn label(&self, id: i32) -> &str {
        self.known.get(&id).map_or("", String::as_str)
    }
}

/// Who asks for an export, and when: exporting the ranking or the juror statistics shows the
/// results, which is recorded (once) in the audit log.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Requester {
    /// The account (`None` on the command line).
    pub actor_id: Option<i32>,
    /// The instant of the request.
    pub now: DateTime<Utc>,
}

/// An export of an edition that passed its checks, ready to be written.
pub struct Prepared {
    edition: Edition,
    kind: ExportKind,
    /// The round whose scores or results it holds.
    round: Round,
    results: Option<Box<Results>>,
}

/// Whether an export shows results (and so follows the results page's rules).
pub fn shows_results(kind: ExportKind) -> bool {
    matches!(kind, ExportKind::Ranking | ExportKind::Jurors)
}

/// Checks that an export may be written now. The scores, the ranking and the juror statistics
/// are those of the round at `round` (1 first; a round reached so far, else "not found"), or of
/// the current round. For the ranking and the juror statistics, the rules of the results page:
/// a closed round's at any time, the current round's from the consensus phase on, once the
/// official method is recorded; the results are then computed (as the page computes them) and
/// marked as shown.
pub async fn prepare<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    edition_id: i32,
    kind: ExportKind,
    round: Option<u32>,
    by: Requester,
) -> Result<Prepared, ExportError> {
    let edition = db::editions::find(db, edition_id)
        .await?
        .ok_or(ExportError::NotFound)?;
    let round = match round {
        Some(position) => crate::app::results::reached_round(db, edition_id, position)
            .await?
            .ok_or(ExportError::NotFound)?,
        None => db::rounds::current(db, edition_id).await?,
    };
    let results = if shows_results(kind) {
        Some(Box::new(results(db, &edition, &round, kind, by).await?))
    } else {
        None
    };
    Ok(Prepared {
        edition,
        kind,
        round,
        results,
    })
}

/// The results of an edition's round as its results page computes them, marked as shown.
async fn results<C: ConnectionTrait + TransactionTrait>(
    db: &C,
    edition: &Edition,
    round: &Round,
    kind: ExportKind,
    by: Requester,
) -> Result<Results, ExportError> {
    if let Some(crate::error::AppError::Conflict { message, .. }) = Gate::Results
        .closed_in(edition.status)
        .filter(|_| round.closed_at.is_none())
    {
        return Err(ExportError::ResultsNotAvailable(message));
    }
    let official = crate::app::results::official_in(db, edition, round.clone(), Depth::Full)
        .await
        .map_err(|e| match e {
            ResultsError::Db(e) => ExportError::Db(e),
            ResultsError::Statistics(why) => ExportError::Results(why),
        })?
        .ok_or(ExportError::MethodNotRecorded(edition.id))?;
    let results = official.results;
    let via = format!("export:{kind}");
    db::results::mark_shown_by(db, edition.id, by.actor_id, &via, by.now).await?;
    Ok(results)
}

/// Writes an export that passed its checks to `out`.
pub async fn write_prepared<W: AsyncWrite + Unpin>(
    db: &impl ConnectionTrait,
    prepared: Prepared,
    options: CsvOptions,
    out: &mut W,
) -> Result<(), ExportError> {
    let Prepared {
        edition,
        kind,
        round,
        results,
    } = prepared;
    let mut sink = Sink::new(options, out).await?;
    match kind {
        ExportKind::Scores => {
            scores(
                db,
                (edition.id, &round),
                round.rubric_id_or(edition.rubric_id),
                options,
                &mut sink,
            )
            .await?
        }
        ExportKind::Submissions => {
            let rows = db::screening::list(db, edition.id, &SubmissionFilter::default()).await?;
            let mut csv = sink.csv();
            write_submissions(&mut csv, &edition.name, &rows)?;
            csv.flush()?;
        }
        ExportKind::Conflicts => conflicts(db, edition.id, options, &mut sink).await?,
        ExportKind::Decisions => {
            let titles = db::exports::titles(db, edition.id).await?;
            let rows = db::exports::decisions(db, edition.id).await?;
            let mut csv = sink.csv();
            csv.write_record(DECISION_HEADER)?;
            for d in &rows {
                write_decision(
                    &mut csv,
                    &DecisionLine {
                        edition_id: edition.id,
                        submission_id: d.submission_id,
                        title: titles.get(&d.submission_id).map_or("", String::as_str),
                        prize: &d.prize,
                        special_name: d.special_name.as_deref(),
                        ex_aequo: d.ex_aequo,
                        rationale: &d.rationale,
                        votes: (d.votes_for, d.votes_against, d.votes_abstain),
                        confirmed_at: d.confirmed_at,
                        recorded_at: d.created_at,
                    },
                )?;
            }
            csv.flush()?;
        }
        ExportKind::Audit => audit(db, edition.id, options, &mut sink).await?,
        ExportKind::Method => {
            let (rubric, hash) = db::rounds::rubric_of(db, &round, edition.rubric_id).await?;
            let record = db::results::method_record(db, edition.id)
                .await?
                .ok_or(ExportError::NotFound)?;
            let facts = MethodFacts {
                edition_id: edition.id,
                edition_name: &edition.name,
                rubric: &rubric,
                rubric_hash: &hash,
                official_method: record.method.map(|m| m.as_str()),
                method_recorded_at: record.recorded_at,
                results_first_shown_at: record.first_shown_at,
                seed: record.seed,
                replicates: db::results::REPLICATES,
                round: &round,
            };
            let mut csv = sink.csv();
            write_method(&mut csv, &facts)?;
            csv.flush()?;
        }
        ExportKind::Ranking | ExportKind::Jurors => {
            let results = results.ok_or_else(|| {
                ExportError::Results("the export was not prepared with its results".to_owned())
            })?;
            let mut csv = sink.csv();
            if kind == ExportKind::Ranking {
                write_ranking(&mut csv, (edition.id, round.position), &results)?;
            } else {
                let at = (edition.id, round.position);
                write_jurors(&mut csv, at, &results, options.names)?;
            }
            csv.flush()?;
        }
    }
    sink.finish().await
}

fn header<W: AsyncWrite + Unpin>(sink: &mut Sink<'_, W>, names: &[&str]) -> csv::Result<()> {
    let mut csv = sink.csv();
    csv.write_record(names)?;
    csv.flush()?;
    Ok(())
}

/// The scores of the submitted scorecards of the ranked (eligible, submitted) submissions: the
/// scorecards the results are computed from, each in rubric order.
async fn scores<W: AsyncWrite + Unpin>(
    db: &impl ConnectionTrait,
    (edition_id, round): (i32, &Round),
    rubric_id: i32,
    options: CsvOptions,
    sink: &mut Sink<'_, W>,
) -> Result<(), ExportError> {
    let (rubric, _) = db::rubrics::load(db, rubric_id).await?;
    let criteria: HashMap<&str, (usize, u32)> = rubric
        .criteria
        .iter()
        .enumerate()
        .map(|(i, c)| (c.key.as_str(), (i, c.weight_bp)))
        .collect();
    let ranked: BTreeMap<i32, String> = db::assignments::in_round(db, edition_id, round.id)
        .await?
        .into_iter()
        .map(|s| (s.id, s.title))
        .collect();
    let mut jurors = Jurors::new(edition_id, options.names);
    header(sink, &SCORE_HEADER)?;
    let mut after = 0;
    loop {
        let page = db::exports::submitted_scorecards(db, round.id, after).await?;
        let Some(last) = page.last() else { break };
        after = last.id;
        let cards: Vec<_> = page
            .into_iter()
            .filter(|c| ranked.contains_key(&c.submission_id))
            .collect();
        jurors.learn(db, cards.iter().map(|c| c.juror_id)).await?;
        let mut by_card: HashMap<i32, Vec<db::exports::Score>> = HashMap::new();
        for s in db::exports::scores_of(db, cards.iter().map(|c| c.id).collect()).await? {
            if criteria.contains_key(s.criterion_key.as_str()) {
                by_card.entry(s.assignment_id).or_default().push(s);
            }
        }
        let mut csv = sink.csv();
        for card in &cards {
            let Some(mut scores) = by_card.remove(&card.id) else {
                continue;
            };
            scores.sort_by_key(|s| criteria.get(s.criterion_key.as_str()).map(|c| c.0));
            let title = ranked.get(&card.submission_id).map_or("", String::as_str);
            for s in &scores {
                let weight_bp = criteria.get(s.criterion_key.as_str()).map_or(0, |c| c.1);
                write_score(
                    &mut csv,
                    &ScoreLine {
                        edition_id,
                        submission_id: card.submission_id,
                        title,
                        juror: jurors.label(card.juror_id),
                        criterion: &s.criterion_key,
                        weight_bp,
                        score: crate::domain::rubric::HalfPoints(s.half_points),
                        comment: &s.comment,
                        submitted_at: card.submitted_at,
                        revision: card.revision,
                        phase: &card.phase,
                        round: round.position,
                    },
                )?;
            }
        }
        csv.flush()?;
        drop(csv);
        sink.pass_on(false).await?;
    }
    Ok(())
}

async fn conflicts<W: AsyncWrite + Unpin>(
    db: &impl ConnectionTrait,
    edition_id: i32,
    options: CsvOptions,
    sink: &mut Sink<'_, W>,
) -> Result<(), ExportError> {
    let titles = db::exports::titles(db, edition_id).await?;
    let rounds = db::rounds::of_edition(db, edition_id).await?;
    let mut jurors = Jurors::new(edition_id, options.names);
    header(sink, &CONFLICT_HEADER)?;
    let mut after = 0;
    loop {
        let page = db::exports::conflicts(db, edition_id, after).await?;
        let Some(last) = page.last() else { break };
        after = last.id;
        jurors.learn(db, page.iter().map(|c| c.juror_id)).await?;
        let mut csv = sink.csv();
        for c in &page {
            write_conflict(
                &mut csv,
                &ConflictLine {
                    edition_id,
                    submission_id: c.submission_id,
                    title: titles.get(&c.submission_id).map_or("", String::as_str),
                    juror: jurors.label(c.juror_id),
                    level: &c.level,
                    reason_code: &c.reason_code,
                    decision: &c.decision,
                    declared_at: c.declared_at,
                    decided_at: c.decided_at,
                    round: crate::domain::round::open_at(&rounds, c.declared_at),
                },
            )?;
        }
        csv.flush()?;
        drop(csv);
        sink.pass_on(false).await?;
    }
    Ok(())
}

/// The events about the edition, its submissions and its assignments. Actors on the edition's
/// jury appear by pseudonym unless `names`; other actors (the secretariat, applicants) by name.
async fn audit<W: AsyncWrite + Unpin>(
    db: &impl ConnectionTrait,
    edition_id: i32,
    options: CsvOptions,
    sink: &mut Sink<'_, W>,
) -> Result<(), ExportError> {
    let submissions: BTreeSet<i32> = db::exports::titles(db, edition_id)
        .await?
        .into_keys()
        .collect();
    let assignments = db::exports::assignment_ids(db, edition_id).await?;
    let jury = db::exports::jury_ids(db, edition_id).await?;
    let edition_key = edition_id.to_string();
    let mut actors: HashMap<i32, String> = HashMap::new();
    header(sink, &AUDIT_HEADER)?;
    let mut after = 0;
    loop {
        let page = db::exports::audit(db, after).await?;
        let Some(last) = page.last() else { break };
        after = last.id;
        let ours: Vec<_> = page
            .into_iter()
            .map(|e| e.record)
            .filter(|e| {
                let subject = e.subject_id.as_deref().unwrap_or("");
                let id = subject.parse::<i32>().ok();
                match e.subject_type.as_str() {
                    "edition" => subject == edition_key,
                    "submission" => id.is_some_and(|i| submissions.contains(&i)),
                    "assignment" => id.is_some_and(|i| assignments.contains(&i)),
                    _ => false,
                }
            })
            .collect();
        let missing: Vec<i32> = ours
            .iter()
            .filter_map(|e| e.actor_id)
            .filter(|a| !actors.contains_key(a))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        if !missing.is_empty() {
            let names = db::exports::names(db, missing.clone()).await?;
            for id in missing {
                let label = if jury.contains(&id) && !options.names {
                    pseudonym(edition_id, id)
                } else {
                    names.get(&id).cloned().unwrap_or_default()
                };
                actors.insert(id, label);
            }
        }
        let mut csv = sink.csv();
        for e in &ours {
            write_audit(
                &mut csv,
                &AuditLine {
                    at: e.at,
                    actor_id: e.actor_id,
                    actor: e
                        .actor_id
                        .and_then(|a| actors.get(&a))
                        .map_or("", String::as_str),
                    action: &e.action,
                    subject_type: &e.subject_type,
                    subject_id: e.subject_id.as_deref().unwrap_or(""),
                    details: &e.details,
                },
            )?;
        }
        csv.flush()?;
        drop(csv);
        sink.pass_on(false).await?;
    }
    Ok(())
}
