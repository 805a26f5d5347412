//! The jury's award decisions: prizes, the vote of each juror who may vote, ex aequo only by an
//! explicit decision, and the unresolved ties on the podium that keep an edition from being
//! decided.

use super::limits::{self, check_length};
use super::message::Message;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::str::FromStr;

/// A prize the jury can award, or its explicit decision not to award one to a tied submission.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Prize {
    /// First prize.
    First,
    /// Second prize.
    Second,
    /// Third prize.
    Third,
    /// A special prize, with its own name.
    Special,
    /// No prize: the jury settles a tie against this submission.
    NoPrize,
}

impl Prize {
    /// Every choice, in the order of the ceremony.
    pub const ALL: [Prize; 5] = [
        Prize::First,
        Prize::Second,
        Prize::Third,
        Prize::Special,
        Prize::NoPrize,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Prize::First => "first",
            Prize::Second => "second",
            Prize::Third => "third",
            Prize::Special => "special",
            Prize::NoPrize => "none",
        }
    }

    /// The prize as people read it.
    pub fn label(self) -> &'static str {
        match self {
            Prize::First => "First prize",
            Prize::Second => "Second prize",
            Prize::Third => "Third prize",
            Prize::Special => "Special prize",
            Prize::NoPrize => "No prize (settles a tie)",
        }
    }

    /// The prize's name, in the reader's language.
    pub fn name(self) -> Message {
        Message::new(match self {
            Prize::First => "prize-first",
            Prize::Second => "prize-second",
            Prize::Third => "prize-third",
            Prize::Special => "prize-special",
            Prize::NoPrize => "prize-none",
        })
    }

    /// First, second or third.
    pub fn is_podium(self) -> bool {
        matches!(self, Prize::First | Prize::Second | Prize::Third)
    }

    /// Whether the prize is published as a winner (every prize but "no prize").
    pub fn is_award(self) -> bool {
        self != Prize::NoPrize
    }
}

impl fmt::Display for Prize {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Prize {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|p| p.as_str() == s)
            .ok_or_else(|| format!("unknown prize `{s}`"))
    }
}

/// One juror's vote on a decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Vote {
    /// For.
    For,
    /// Against.
    Against,
    /// Abstains.
    Abstain,
    /// Not present at the vote.
    Absent,
}

impl Vote {
    /// Every choice.
    pub const ALL: [Vote; 4] = [Vote::For, Vote::Against, Vote::Abstain, Vote::Absent];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Vote::For => "for",
            Vote::Against => "against",
            Vote::Abstain => "abstain",
            Vote::Absent => "absent",
        }
    }

    /// The vote as people read it.
    pub fn label(self) -> &'static str {
        match self {
            Vote::For => "For",
            Vote::Against => "Against",
            Vote::Abstain => "Abstains",
            Vote::Absent => "Absent",
        }
    }
}

impl FromStr for Vote {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| format!("unknown vote `{s}`"))
    }
}

/// The tally of a vote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Votes for.
    pub for_: i32,
    /// Votes against.
    pub against: i32,
    /// Abstentions.
    pub abstain: i32,
}

/// Counts the votes (absent jurors are not counted).
pub fn tally(votes: &[Vote]) -> Tally {
    let count = |v: Vote| i32::try_from(votes.iter().filter(|x| **x == v).count()).unwrap_or(0);
    Tally {
        for_: count(Vote::For),
        against: count(Vote::Against),
        abstain: count(Vote::Abstain),
    }
}

/// A decision already recorded, as the rules need it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recorded {
    /// The submission.
    pub submission_id: i32,
    /// Its title.
    pub title: String,
    /// The prize.
    pub prize: Prize,
}

/// A decision as proposed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    /// The submission.
    pub submission_id: i32,
    /// The prize.
    pub prize: Prize,
    /// The special prize's name (required for a special prize).
    pub special_name: String,
    /// Why the jury decided so.
    pub rationale: String,
    /// Shared with the other holders of the same podium prize.
    pub ex_aequo: bool,
    /// The votes of the jurors who may vote on it.
    pub votes: Vec<Vote>,
}

/// The shortest rationale, in characters.
pub const MIN_RATIONALE: usize = 20;

/// Checks a proposal against the decisions already recorded; the error names the form field.
pub fn check(proposal: &Proposal, recorded: &[Recorded]) -> Result<(), (&'static str, Message)> {
    if proposal.prize == Prize::Special && proposal.special_name.trim().is_empty() {
        return Err((
            "special_name",
            Message::new("decision-problem-special-name"),
        ));
    }
    let label = Message::new("label-special-name");
    check_length(label, &proposal.special_name, limits::LINE).map_err(|p| ("special_name", p))?;
    limits::explained(
        Message::new("label-rationale"),
        &proposal.rationale,
        MIN_RATIONALE,
        limits::LONG_COMMENT,
        Message::new("why-decision"),
    )
    .map_err(|p| ("rationale", p))?;
    if let Some(other) = recorded.iter().find(|r| {
        r.submission_id == proposal.submission_id
            && r.prize.is_podium()
            && proposal.prize.is_podium()
    }) {
        return Err((
            "prize",
            Message::new("decision-problem-already-has").message("prize", other.prize.name()),
        ));
    }
    if proposal.prize.is_podium()
        && !proposal.ex_aequo
        && let Some(holder) = recorded.iter().find(|r| r.prize == proposal.prize)
    {
        return Err((
            "ex_aequo",
            Message::new("decision-problem-ex-aequo")
                .message("prize", proposal.prize.name())
                .text("title", &holder.title),
        ));
    }
    let votes = tally(&proposal.votes);
    if votes.for_ + votes.against + votes.abstain == 0 {
        return Err(("votes", Message::new("decision-problem-no-votes")));
    }
    if votes.for_ <= votes.against {
        return Err((
            "votes",
            Message::new("decision-problem-not-carried")
                .number("for", votes.for_)
                .number("against", votes.against),
        ));
    }
    Ok(())
}

/// A line of the official ranking, as the tie rule needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RankedLine {
    /// The submission.
    pub submission_id: i32,
    /// Its title.
    pub title: String,
    /// Its official rank (shared by an unresolved tie).
    pub rank: usize,
    /// The official order cannot separate it from a neighbour.
    pub tie_unresolved: bool,
}

/// The unresolved ties on the podium (tied submissions sharing a rank of 3 or better) that the
/// decisions have not settled yet, in words. A tie is settled once every submission in it has a
/// decision: a prize (shared ex aequo or not) or an explicit "no prize".
pub fn unsettled_ties(ranking: &[RankedLine], decided: &[Recorded]) -> Vec<Message> {
    let mut groups: BTreeMap<usize, Vec<&RankedLine>> = BTreeMap::new();
    for line in ranking.iter().filter(|l| l.tie_unresolved && l.rank <= 3) {
        groups.entry(line.rank).or_default().push(line);
    }
    let with_decision: BTreeSet<i32> = decided.iter().map(|d| d.submission_id).collect();
    groups
        .into_iter()
        .filter(|(_, lines)| lines.len() > 1)
        .filter(|(_, lines)| {
            lines
                .iter()
                .any(|l| !with_decision.contains(&l.submission_id))
        })
        .map(|(rank, lines)| {
            let names: Vec<String> = lines
                .iter()
                .map(|l| format!("\u{201c}{}\u{201d}", l.title))
                .collect();
            Message::new("decisions-blocking-tie")
                .number("rank", rank)
                .text("names", names.join(", "))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::message::Arg;

    fn proposal(prize: Prize, votes: &[Vote]) -> Proposal {
        Proposal {
            submission_id: 1,
            prize,
            special_name: String::new(),
            rationale: "Residents run the committees in both towns.".to_owned(),
            ex_aequo: false,
            votes: votes.to_vec(),
        }
    }

    fn recorded(id: i32, prize: Prize) -> Recorded {
        Recorded {
            submission_id: id,
            title: format!("Project {id}"),
            prize,
        }
    }

    #[test]
    fn a_decision_needs_a_rationale_a_name_for_a_special_prize_and_a_carrying_vote() {
        let ok = proposal(Prize::First, &[Vote::For, Vote::For, Vote::Against]);
        assert_eq!(check(&ok, &[]), Ok(()));
        let mut short = ok.clone();
        short.rationale = "Good.".to_owned();
        assert_eq!(check(&short, &[]).expect_err("refused").0, "rationale");
        let special = proposal(Prize::Special, &[Vote::For]);
        assert_eq!(check(&special, &[]).expect_err("refused").0, "special_name");
        let split = proposal(Prize::First, &[Vote::For, Vote::Against, Vote::Abstain]);
        assert_eq!(check(&split, &[]).expect_err("refused").0, "votes");
        let nobody = proposal(Prize::First, &[Vote::Absent, Vote::Absent]);
        assert_eq!(check(&nobody, &[]).expect_err("refused").0, "votes");
    }

    #[test]
    fn a_podium_prize_is_shared_only_by_an_explicit_ex_aequo() {
        let taken = [recorded(2, Prize::First)];
        let mut second_winner = proposal(Prize::First, &[Vote::For]);
        let refused = check(&second_winner, &taken).expect_err("refused");
        assert_eq!(refused.0, "ex_aequo");
        assert_eq!(refused.1.id, "decision-problem-ex-aequo");
        assert!(refused.1.args.contains(&(
            "title".to_owned(),
            crate::domain::message::Arg::Text("Project 2".to_owned())
        )));
        second_winner.ex_aequo = true;
        assert_eq!(check(&second_winner, &taken), Ok(()));
        let special = proposal(Prize::Special, &[Vote::For]);
        let mut named = special.clone();
        named.special_name = "Diaspora prize".to_owned();
        assert_eq!(check(&named, &[recorded(1, Prize::First)]), Ok(()));
        let twice = proposal(Prize::Second, &[Vote::For]);
        assert_eq!(
            check(&twice, &[recorded(1, Prize::First)])
                .expect_err("refused")
                .0,
            "prize"
        );
    }

    #[test]
    fn a_tie_on_the_podium_is_unsettled_until_every_tied_submission_has_a_decision() {
        let line = |id: i32, rank: usize, tie: bool| RankedLine {
            submission_id: id,
            title: format!("Project {id}"),
            rank,
            tie_unresolved: tie,
        };
        let ranking = [
            line(1, 1, false),
            line(2, 2, true),
            line(3, 2, true),
            line(4, 4, true),
            line(5, 4, true),
        ];
        let open = unsettled_ties(&ranking, &[recorded(1, Prize::First)]);
        assert_eq!(open.len(), 1, "the tie at rank 4 is off the podium");
        assert_eq!(open[0].id, "decisions-blocking-tie");
        let names = open[0].args.iter().find(|(name, _)| name == "names");
        assert!(matches!(names, Some((_, Arg::Text(t))) if t.contains("Project 2")));
        let half = [recorded(2, Prize::Second)];
        assert_eq!(unsettled_ties(&ranking, &half).len(), 1);
        let settled = [recorded(2, Prize::Second), recorded(3, Prize::NoPrize)];
        assert!(unsettled_ties(&ranking, &settled).is_empty());
    }

    #[test]
    fn absent_jurors_are_not_counted() {
        assert_eq!(
            tally(&[
                Vote::For,
                Vote::Absent,
                Vote::Abstain,
                Vote::Against,
                Vote::For
            ]),
            Tally {
                for_: 2,
                against: 1,
                abstain: 1
            }
        );
    }

    #[test]
    fn prizes_and_votes_round_trip_through_their_stored_names() {
        for p in Prize::ALL {
            assert_eq!(p.as_str().parse::<Prize>(), Ok(p));
        }
        for v in Vote::ALL {
            assert_eq!(v.as_str().parse::<Vote>(), Ok(v));
        }
    }
}
