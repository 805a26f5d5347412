//! An edition's plan of rounds as the secretariat types it: read from the form's text, checked
//! with the rules of [`crate::domain::round::check_rounds`], and stored while the evaluation has
//! not begun.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

use crate::db;
use crate::db::rounds::{PlanError, PlannedRound};
use crate::domain::edition::{local_input_value, local_to_utc};
use crate::domain::message::Message;
use crate::domain::peer_scores::PeerScores;
use crate::domain::round::{Round, RoundOutcome, RoundSettings, check_rounds};
use crate::error::{AppError, AppResult, Refusal};
use crate::rubric_files::RubricSet;

/// One round as typed. The last round kept decides the prizes; every other ends in a shortlist.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TypedRound {
    /// The stored round it edits (none: a new round).
    pub id: Option<i32>,
    /// Its name.
    pub name: String,
    /// Jurors per submission, as typed.
    pub jurors_per_submission: String,
    /// Whether the panel records a consensus.
    pub consensus: bool,
    /// The shortlist's size, as typed (ignored for the last round).
    pub shortlist: String,
    /// Remove it when saving.
    pub remove: bool,
    /// Tell applicants left out of its shortlist as soon as it is confirmed.
    pub outcome_at_once: bool,
    /// Its panel reads the previous round's consensus comments.
    pub sees_previous_consensus: bool,
    /// When its scorecards are due, in the edition's time zone (`YYYY-MM-DDTHH:MM`), or empty.
    pub scoring_deadline: String,
    /// When its panel members see each other's scores (`at_consensus`, …), or empty: as the
    /// edition sets it.
    pub peer_scores: String,
    /// The key of the rubric it scores against, or empty: the edition's.
    pub rubric: String,
}

impl TypedRound {
    /// A stored round as the form shows it, its name in the reader's language where it has none,
    /// its deadline in the edition's time zone `zone` and the key of its own rubric, if any.
    pub fn of(round: &Round, default_name: &str, zone: &str, rubric: Option<&str>) -> Self {
        TypedRound {
            id: Some(round.id),
            name: round
                .name
                .clone()
                .unwrap_or_else(|| default_name.to_owned()),
            jurors_per_submission: round.jurors_per_submission.to_string(),
            consensus: round.consensus,
            shortlist: match round.outcome {
                RoundOutcome::Shortlist(size) => size.to_string(),
                RoundOutcome::Prizes => String::new(),
            },
            remove: false,
            outcome_at_once: round.outcome_at_once,
            sees_previous_consensus: round.sees_previous_consensus,
            scoring_deadline: round
                .scoring_deadline
                .map(|due| local_input_value(due, zone))
                .unwrap_or_default(),
            peer_scores: round
                .peer_scores
                .map(|p| p.as_str().to_owned())
                .unwrap_or_default(),
            rubric: rubric.unwrap_or_default().to_owned(),
        }
    }

    /// A new round before the jury: a committee shortlisting `shortlist` submissions (the
    /// edition's shortlist size) for the round after it.
    pub fn new_before_last(name: &str, shortlist: u32) -> Self {
        TypedRound {
            id: None,
            name: name.to_owned(),
            jurors_per_submission: "3".to_owned(),
            consensus: false,
            shortlist: shortlist.to_string(),
            remove: false,
            outcome_at_once: false,
            sees_previous_consensus: false,
            scoring_deadline: String::new(),
            peer_scores: String::new(),
            rubric: String::new(),
        }
    }
}

/// The keys of the rubrics of `rounds` that have their own, by round id.
pub async fn rubric_keys(
    db: &impl sea_orm::ConnectionTrait,
    rounds: &[Round],
) -> AppResult<BTreeMap<i32, String>> {
    let mut keys = BTreeMap::new();
    for round in rounds {
        if let Some(rubric_id) = round.rubric_id {
            let (rubric, _) = db::rubrics::load(db, rubric_id).await?;
            keys.insert(round.id, rubric.key);
        }
    }
    Ok(keys)
}

/// The plan as typed, rounds marked for removal left out: each round kept with its place in the
/// form (for the fields of its problems), and every problem of the numbers, of the deadlines
/// (read in the edition's time zone `zone`) and of the rubrics (one of `rubrics`).
fn read(
    typed: &[TypedRound],
    zone: &str,
    rubrics: &RubricSet,
) -> (Vec<(usize, PlannedRound)>, BTreeMap<String, Message>) {
    let mut problems = BTreeMap::new();
    let kept: Vec<(usize, &TypedRound)> = typed
        .iter()
        .enumerate()
        .filter(|(_, t)| !t.remove)
        .collect();
    let mut plan = Vec::with_capacity(kept.len());
    for (k, (i, round)) in kept.iter().enumerate() {
        let number = k + 1;
        let jurors = round
            .jurors_per_submission
            .trim()
            .parse::<u32>()
            .unwrap_or_else(|_| {
                let problem = Message::new("round-problem-jurors")
                    .number("round", number)
                    .number("most", crate::domain::round::MOST_JURORS_PER_SUBMISSION);
                problems.insert(format!("rounds[{i}].jurors_per_submission"), problem);
                1
            });
        let outcome = if k + 1 == kept.len() {
            RoundOutcome::Prizes
        } else {
            RoundOutcome::Shortlist(round.shortlist.trim().parse::<u32>().unwrap_or_else(|_| {
                let problem =
                    Message::new("round-problem-shortlist-number").number("round", number);
                problems.insert(format!("rounds[{i}].outcome"), problem);
                1
            }))
        };
        let due = round.scoring_deadline.trim();
        let scoring_deadline = if due.is_empty() {
            None
        } else {
            local_to_utc(due, zone)
                .map_err(|problem| {
                    let label = Message::new("round-deadline-label").number("round", number);
                    let problem = problem.message("label", label);
                    problems.insert(format!("rounds[{i}].scoring_deadline"), problem);
                })
                .ok()
        };
        let peer_scores = match round.peer_scores.trim() {
            "" => None,
            typed => typed
                .parse::<PeerScores>()
                .map_err(|_| {
                    let problem = Message::new("round-problem-peer-scores").number("round", number);
                    problems.insert(format!("rounds[{i}].peer_scores"), problem);
                })
                .ok(),
        };
        let rubric = match round.rubric.trim() {
            "" => None,
            key => {
                let found = rubrics.get(key).cloned();
                if found.is_none() {
                    let problem = Message::new("round-problem-rubric").number("round", number);
                    problems.insert(format!("rounds[{i}].rubric"), problem);
                }
                found
            }
        };
        plan.push((
            *i,
            PlannedRound {
                id: round.id,
                rubric,
                settings: RoundSettings {
                    name: round.name.clone(),
                    jurors_per_submission: jurors,
                    consensus: round.consensus,
                    outcome,
                    outcome_at_once: round.outcome_at_once,
                    sees_previous_consensus: round.sees_previous_consensus,
                    scoring_deadline,
                    peer_scores,
                },
            },
        ));
    }
    (plan, problems)
}

/// Why the rounds were not saved. Nothing was written.
#[derive(Debug)]
pub enum PlanRefused {
    /// Problems by form field (`rounds`, `rounds[2].name`, …).
    Invalid(BTreeMap<String, Message>),
    /// The rounds changed since the version the writer read.
    Stale,
}

/// Checks and stores edition `id`'s rounds as typed, while its evaluation has not begun (409
/// `rounds_fixed` after); with `read_version`, only if the stored rounds are still at that
/// version. Nothing is written when refused.
pub async fn save(
    db: &DatabaseConnection,
    (id, read_version): (i32, Option<i64>),
    typed: &[TypedRound],
    (rubrics, actor_id): (&RubricSet, i32),
    now: DateTime<Utc>,
) -> AppResult<Result<Vec<Round>, PlanRefused>> {
    let edition = db::editions::find(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let (plan, mut problems) = read(typed, &edition.time_zone, rubrics);
    let settings: Vec<RoundSettings> = plan.iter().map(|(_, p)| p.settings.clone()).collect();
    for (field, problem) in check_rounds(&settings) {
        let field = match field
            .strip_prefix("rounds[")
            .and_then(|rest| rest.split_once(']'))
        {
            Some((k, rest)) => match k.parse::<usize>().ok().and_then(|k| plan.get(k)) {
                Some((i, _)) => format!("rounds[{i}]{rest}"),
                None => field,
            },
            None => field,
        };
        problems.entry(field).or_insert(problem);
    }
    if !problems.is_empty() {
        return Ok(Err(PlanRefused::Invalid(problems)));
    }
    let planned: Vec<PlannedRound> = plan.into_iter().map(|(_, p)| p).collect();
    match db::rounds::replace_plan(db, (id, read_version), &planned, actor_id, now).await {
        Ok(rounds) => Ok(Ok(rounds)),
        Err(PlanError::NotFound) => Err(AppError::NotFound),
        Err(PlanError::Started(status)) => Err(AppError::conflict(
            Refusal::RoundsFixed,
            Message::new("rounds-refused-started").message("phase", status.name()),
        )),
        Err(PlanError::HasPanel(position)) => Ok(Err(PlanRefused::Invalid(BTreeMap::from([(
            "rounds".to_owned(),
            Message::new("rounds-refused-has-panel").number("round", position),
        )])))),
        Err(PlanError::Stale(_)) => Ok(Err(PlanRefused::Stale)),
        Err(PlanError::Db(e)) => Err(e.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(name: &str, shortlist: &str) -> TypedRound {
        TypedRound {
            name: name.to_owned(),
            jurors_per_submission: "3".to_owned(),
            shortlist: shortlist.to_owned(),
            ..TypedRound::default()
        }
    }

    #[test]
    fn the_last_round_kept_decides_the_prizes_whatever_its_shortlist_field_says() {
        let rows = [typed("Committee", "8"), typed("Jury", "5"), {
            let mut gone = typed("Extra", "2");
            gone.remove = true;
            gone
        }];
        let (plan, problems) = read(&rows, "Europe/Brussels", &RubricSet::default());
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(plan.len(), 2);
        assert_eq!(plan[0].1.settings.outcome, RoundOutcome::Shortlist(8));
        assert_eq!(plan[1].1.settings.outcome, RoundOutcome::Prizes);
    }

    #[test]
    fn a_rubric_not_in_the_library_is_named_on_its_round_and_none_means_the_editions() {
        let mut committee = typed("Committee", "8");
        committee.rubric = "no-such-rubric".to_owned();
        let (plan, problems) = read(
            &[committee, typed("Jury", "")],
            "Europe/Brussels",
            &RubricSet::default(),
        );
        assert_eq!(problems.keys().collect::<Vec<_>>(), ["rounds[0].rubric"]);
        assert_eq!(problems["rounds[0].rubric"].id, "round-problem-rubric");
        assert!(
            plan[1].1.rubric.is_none(),
            "the jury scores against the edition's"
        );
    }

    #[test]
    fn numbers_that_are_not_whole_numbers_are_named_on_their_own_field() {
        let mut committee = typed("Committee", "eight");
        committee.jurors_per_submission = "3.5".to_owned();
        let (_, problems) = read(
            &[committee, typed("Jury", "")],
            "Europe/Brussels",
            &RubricSet::default(),
        );
        assert_eq!(
            problems.keys().collect::<Vec<_>>(),
            ["rounds[0].jurors_per_submission", "rounds[0].outcome"]
        );
        assert_eq!(
            problems["rounds[0].outcome"].id,
            "round-problem-shortlist-number"
        );
    }
}
