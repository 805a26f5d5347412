//! An edition's rounds of evaluation: each a panel scoring the submissions that reach it, ending
//! in a shortlist for the next round or, for the last round, in the prizes; and the rules an
//! edition's list of rounds follows.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};

use super::message::Message;
use super::peer_scores::PeerScores;

/// The most characters of a round's name.
pub const NAME_CHARS: usize = 80;

/// The most jurors a round may ask to score each submission.
pub const MOST_JURORS_PER_SUBMISSION: u32 = 20;

/// How a round ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoundOutcome {
    /// A shortlist of this many submissions goes on to the next round.
    Shortlist(u32),
    /// The jury decides the prizes (the last round).
    Prizes,
}

/// A round as stored: its place in the edition, its name and how it ends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Round {
    /// Id.
    pub id: i32,
    /// The edition.
    pub edition_id: i32,
    /// Its place among the edition's rounds, 1 first.
    pub position: u32,
    /// Its name; none for the single jury every edition starts with, which the interface names
    /// in the reader's language.
    pub name: Option<String>,
    /// Whether the panel records consensus scores after scoring.
    pub consensus: bool,
    /// How it ends.
    pub outcome: RoundOutcome,
    /// How many panel members score each submission (the assignment form's default).
    pub jurors_per_submission: u32,
    /// When its shortlist was last recorded, if it was.
    pub shortlist_recorded_at: Option<DateTime<Utc>>,
    /// When its shortlist was confirmed and the round closed, if it was.
    pub closed_at: Option<DateTime<Utc>>,
    /// Applicants left out of its shortlist learn it as soon as it is confirmed (otherwise with
    /// the announcement of the winners).
    pub outcome_at_once: bool,
    /// Its panel reads the consensus comments of the round before it.
    pub sees_previous_consensus: bool,
    /// When its scorecards are due, if it says (otherwise the edition's scoring deadline).
    pub scoring_deadline: Option<DateTime<Utc>>,
    /// When its panel members see each other's scores, if it says (otherwise as the edition
    /// sets it).
    pub peer_scores: Option<PeerScores>,
    /// The rubric snapshot it scores against, if its own (otherwise the edition's).
    pub rubric_id: Option<i32>,
}

impl Round {
    /// The rubric snapshot the round scores against: its own, or the edition's
    /// `edition_rubric_id`.
    pub fn rubric_id_or(&self, edition_rubric_id: i32) -> i32 {
        self.rubric_id.unwrap_or(edition_rubric_id)
    }

    /// The round's settings as the secretariat edits them, its name in the reader's language
    /// where it has none of its own.
    pub fn settings(&self, default_name: &str) -> RoundSettings {
        RoundSettings {
            name: self.name.clone().unwrap_or_else(|| default_name.to_owned()),
            jurors_per_submission: self.jurors_per_submission,
            consensus: self.consensus,
            outcome: self.outcome,
            outcome_at_once: self.outcome_at_once,
            sees_previous_consensus: self.sees_previous_consensus,
            scoring_deadline: self.scoring_deadline,
            peer_scores: self.peer_scores,
        }
    }

    /// The round in one line, in the reader's language: "1. Jury: decides the prizes after a
    /// consensus".
    pub fn summary(&self) -> Message {
        Message::new("round-line")
            .text("number", self.position)
            .message("round", self.described())
    }

    /// The round's name, in the reader's language when it has none of its own.
    pub fn title(&self) -> Message {
        match &self.name {
            Some(name) => Message::new("round-named").text("name", name),
            None => Message::new("round-default-name"),
        }
    }

    /// The round by its name and how it ends: "Jury: decides the prizes after a consensus".
    pub fn described(&self) -> Message {
        let outcome = match (self.outcome, self.consensus) {
            (RoundOutcome::Prizes, true) => Message::new("round-outcome-prizes-consensus"),
            (RoundOutcome::Prizes, false) => Message::new("round-outcome-prizes"),
            (RoundOutcome::Shortlist(size), true) => {
                Message::new("round-outcome-shortlist-consensus").number("size", size)
            }
            (RoundOutcome::Shortlist(size), false) => {
                Message::new("round-outcome-shortlist").number("size", size)
            }
        };
        Message::new("round-described")
            .message("name", self.title())
            .message("outcome", outcome)
    }
}

/// The version of an edition's plan of rounds as a reader saw it (see [`super::version`]): it
/// changes whenever any round, or their number or order, changes.
pub fn plan_version(rounds: &[Round]) -> i64 {
    let parts: Vec<String> = rounds.iter().map(|r| format!("{r:?}")).collect();
    super::version::of_parts(parts.iter().map(String::as_bytes))
}

/// The place of the round that was open at `at` among `rounds` (in order): the first whose
/// shortlist was not yet confirmed then, or the last once every round had closed.
pub fn open_at(rounds: &[Round], at: DateTime<Utc>) -> u32 {
    rounds
        .iter()
        .find(|r| r.closed_at.is_none_or(|closed| closed > at))
        .or(rounds.last())
        .map_or(1, |r| r.position)
}

/// One round as the secretariat sets it.
#[derive(Clone, Debug, PartialEq)]
pub struct RoundSettings {
    /// Its name, e.g. "Technical committee" or "Jury".
    pub name: String,
    /// How many panel members score each submission.
    pub jurors_per_submission: u32,
    /// Whether the panel records consensus scores after scoring.
    pub consensus: bool,
    /// How it ends.
    pub outcome: RoundOutcome,
    /// Applicants left out of its shortlist learn it as soon as it is confirmed.
    pub outcome_at_once: bool,
    /// Its panel reads the consensus comments of the round before it.
    pub sees_previous_consensus: bool,
    /// When its scorecards are due, if set.
    pub scoring_deadline: Option<DateTime<Utc>>,
    /// When its panel members see each other's scores, if not as the edition sets it.
    pub peer_scores: Option<PeerScores>,
}

impl RoundSettings {
    /// The one round of an edition evaluated in a single round: the jury, deciding the prizes
    /// after a consensus.
    pub fn single_jury(name: &str) -> Self {
        RoundSettings {
            name: name.to_owned(),
            jurors_per_submission: 3,
            consensus: true,
            outcome: RoundOutcome::Prizes,
            outcome_at_once: false,
            sees_previous_consensus: false,
            scoring_deadline: None,
            peer_scores: None,
        }
    }
}

/// Every problem of an edition's list of rounds, by form field (`rounds`, `rounds[1].name`, …):
/// at least one round; a name for each, at most [`NAME_CHARS`] characters and used once; 1 to
/// [`MOST_JURORS_PER_SUBMISSION`] jurors per submission; every round but the last ends in a
/// shortlist, each smaller than the one before, and the last in the prizes; scoring deadlines,
/// where set, in the rounds' order.
pub fn check_rounds(rounds: &[RoundSettings]) -> BTreeMap<String, Message> {
    let mut problems = BTreeMap::new();
    if rounds.is_empty() {
        problems.insert("rounds".to_owned(), Message::new("round-problem-none"));
        return problems;
    }
    let field = |i: usize, name: &str| format!("rounds[{i}].{name}");
    let mut names = BTreeSet::new();
    let mut previous_shortlist: Option<u32> = None;
    let mut previous_deadline: Option<DateTime<Utc>> = None;
    for (i, round) in rounds.iter().enumerate() {
        let number = i + 1;
        let name = round.name.trim();
        if name.is_empty() || name.chars().count() > NAME_CHARS {
            let problem = Message::new("round-problem-name")
                .number("round", number)
                .number("most", NAME_CHARS);
            problems.insert(field(i, "name"), problem);
        } else if !names.insert(name.to_lowercase()) {
            let problem = Message::new("round-problem-name-twice")
                .number("round", number)
                .text("name", name);
            problems.insert(field(i, "name"), problem);
        }
        if !(1..=MOST_JURORS_PER_SUBMISSION).contains(&round.jurors_per_submission) {
            let problem = Message::new("round-problem-jurors")
                .number("round", number)
                .number("most", MOST_JURORS_PER_SUBMISSION);
            problems.insert(field(i, "jurors_per_submission"), problem);
        }
        let last = number == rounds.len();
        match (round.outcome, last) {
            (RoundOutcome::Prizes, true) => {}
            (RoundOutcome::Prizes, false) => {
                let problem =
                    Message::new("round-problem-prizes-before-last").number("round", number);
                problems.insert(field(i, "outcome"), problem);
            }
            (RoundOutcome::Shortlist(_), true) => {
                let problem = Message::new("round-problem-last-shortlists").number("round", number);
                problems.insert(field(i, "outcome"), problem);
            }
            (RoundOutcome::Shortlist(size), false) => {
                if size == 0 {
                    let problem =
                        Message::new("round-problem-shortlist-empty").number("round", number);
                    problems.insert(field(i, "outcome"), problem);
                } else if previous_shortlist.is_some_and(|before| size >= before) {
                    let problem = Message::new("round-problem-shortlist-not-smaller")
                        .number("round", number)
                        .number("size", size)
                        .number("before", previous_shortlist.unwrap_or_default());
                    problems.insert(field(i, "outcome"), problem);
                }
                previous_shortlist = Some(size);
            }
        }
        if let Some(due) = round.scoring_deadline {
            if previous_deadline.is_some_and(|before| due <= before) {
                let problem = Message::new("round-problem-deadline-order").number("round", number);
                problems.insert(field(i, "scoring_deadline"), problem);
            }
            previous_deadline = Some(due);
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round(name: &str, outcome: RoundOutcome) -> RoundSettings {
        RoundSettings {
            outcome,
            ..RoundSettings::single_jury(name)
        }
    }

    fn fields(rounds: &[RoundSettings]) -> Vec<String> {
        check_rounds(rounds).into_keys().collect()
    }

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(seconds, 0).expect("instant")
    }

    fn planned(position: u32, closed_at: Option<DateTime<Utc>>) -> Round {
        Round {
            id: position as i32,
            edition_id: 1,
            position,
            name: None,
            consensus: true,
            outcome: RoundOutcome::Prizes,
            jurors_per_submission: 3,
            shortlist_recorded_at: None,
            closed_at,
            outcome_at_once: false,
            sees_previous_consensus: false,
            scoring_deadline: None,
            peer_scores: None,
            rubric_id: None,
        }
    }

    #[test]
    fn the_round_open_at_an_instant_is_the_first_not_yet_closed_then() {
        let rounds = [
            planned(1, Some(at(100))),
            planned(2, Some(at(200))),
            planned(3, None),
        ];
        assert_eq!(open_at(&rounds, at(50)), 1);
        assert_eq!(open_at(&rounds, at(100)), 2);
        assert_eq!(open_at(&rounds, at(150)), 2);
        assert_eq!(open_at(&rounds, at(250)), 3);
        let all_closed = [planned(1, Some(at(100))), planned(2, Some(at(200)))];
        assert_eq!(open_at(&all_closed, at(300)), 2);
        assert_eq!(open_at(&[], at(0)), 1);
    }

    #[test]
    fn a_committee_shortlisting_for_the_jury_is_a_valid_plan_and_so_is_a_single_jury() {
        let plan = [
            round("Technical committee", RoundOutcome::Shortlist(8)),
            round("Jury", RoundOutcome::Prizes),
        ];
        assert!(check_rounds(&plan).is_empty());
        let single = [RoundSettings::single_jury("Jury")];
        assert!(check_rounds(&single).is_empty());
    }

    #[test]
    fn an_edition_needs_a_round() {
        assert_eq!(fields(&[]), ["rounds"]);
    }

    #[test]
    fn only_the_last_round_decides_prizes_and_every_other_shortlists() {
        let plan = [
            round("Jury", RoundOutcome::Prizes),
            round("Second look", RoundOutcome::Shortlist(3)),
        ];
        assert_eq!(fields(&plan), ["rounds[0].outcome", "rounds[1].outcome"]);
        let problems = check_rounds(&plan);
        assert_eq!(
            problems["rounds[0].outcome"].id,
            "round-problem-prizes-before-last"
        );
        assert_eq!(
            problems["rounds[1].outcome"].id,
            "round-problem-last-shortlists"
        );
    }

    #[test]
    fn each_shortlist_is_smaller_than_the_one_before_and_not_empty() {
        let plan = [
            round("Screening", RoundOutcome::Shortlist(40)),
            round("Experts", RoundOutcome::Shortlist(40)),
            round("Panel", RoundOutcome::Shortlist(0)),
            round("Jury", RoundOutcome::Prizes),
        ];
        let problems = check_rounds(&plan);
        assert_eq!(
            problems["rounds[1].outcome"].id,
            "round-problem-shortlist-not-smaller"
        );
        assert_eq!(
            problems["rounds[2].outcome"].id,
            "round-problem-shortlist-empty"
        );
        assert!(!problems.contains_key("rounds[0].outcome"));
    }

    #[test]
    fn names_are_required_short_and_used_once_whatever_their_case() {
        let plan = [
            round(" ", RoundOutcome::Shortlist(10)),
            round("Jury", RoundOutcome::Shortlist(5)),
            round("jury ", RoundOutcome::Prizes),
        ];
        let problems = check_rounds(&plan);
        assert_eq!(problems["rounds[0].name"].id, "round-problem-name");
        assert_eq!(problems["rounds[2].name"].id, "round-problem-name-twice");
        assert!(!problems.contains_key("rounds[1].name"));
        let long = [round(&"n".repeat(NAME_CHARS + 1), RoundOutcome::Prizes)];
        assert_eq!(fields(&long), ["rounds[0].name"]);
    }

    #[test]
    fn scoring_deadlines_where_set_follow_the_rounds_order() {
        use chrono::TimeZone;
        let day = |d: u32| Utc.with_ymd_and_hms(2027, 5, d, 12, 0, 0).single();
        let mut committee = round("Committee", RoundOutcome::Shortlist(8));
        committee.scoring_deadline = day(20);
        let mut panel = round("Panel", RoundOutcome::Shortlist(4));
        panel.scoring_deadline = None;
        let mut jury = round("Jury", RoundOutcome::Prizes);
        jury.scoring_deadline = day(10);
        assert_eq!(
            fields(&[committee.clone(), panel.clone(), jury.clone()]),
            ["rounds[2].scoring_deadline"]
        );
        jury.scoring_deadline = day(21);
        assert!(check_rounds(&[committee, panel, jury]).is_empty());
    }

    #[test]
    fn jurors_per_submission_is_checked_per_round() {
        let mut committee = round("Committee", RoundOutcome::Shortlist(8));
        committee.jurors_per_submission = 0;
        let mut jury = round("Jury", RoundOutcome::Prizes);
        jury.jurors_per_submission = MOST_JURORS_PER_SUBMISSION + 1;
        let mut panel = round("Panel", RoundOutcome::Shortlist(4));
        panel.jurors_per_submission = MOST_JURORS_PER_SUBMISSION;
        assert_eq!(
            fields(&[committee, panel, jury]),
            [
                "rounds[0].jurors_per_submission",
                "rounds[2].jurors_per_submission"
            ]
        );
    }
}
