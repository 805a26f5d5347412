//! The shortlist a round adopts: which submissions go on to the next round, checked against the
//! round's ranking cut at the shortlist's size. Taking a submission in out of rank order, or
//! leaving one out in rank order, needs a written reason; nothing else does.

use std::collections::BTreeMap;

use super::limits;
use super::message::Message;

/// One ranked submission as the committee decides on it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShortlistChoice {
    /// Submission id.
    pub submission_id: i32,
    /// Its place in the round's official order, 1 first.
    pub position: u32,
    /// Whether it goes on to the next round.
    pub shortlisted: bool,
    /// Why, when the choice departs from the rank order (empty otherwise).
    pub reason: String,
}

impl ShortlistChoice {
    /// Whether the choice departs from the rank order of a shortlist of `size`: taken in from
    /// below the line, or left out from above it.
    pub fn out_of_order(&self, size: u32) -> bool {
        let above = self.position <= size;
        above != self.shortlisted
    }
}

/// The form field of a submission's reason.
pub fn reason_field(submission_id: i32) -> String {
    format!("reason-{submission_id}")
}

/// Checks the committee's choices for a shortlist of `size`: at least one submission taken in,
/// and a reason of at most [`limits::REASON`] characters for every choice out of rank order
/// (reasons for choices in rank order are dropped). Every problem at once, by form field
/// (`shortlist`, `reason-ID`).
pub fn check_shortlist(
    size: u32,
    choices: Vec<ShortlistChoice>,
) -> Result<Vec<ShortlistChoice>, BTreeMap<String, Message>> {
    let mut problems = BTreeMap::new();
    if !choices.iter().any(|c| c.shortlisted) {
        problems.insert(
            "shortlist".to_owned(),
            Message::new("shortlist-problem-empty"),
        );
    }
    let mut checked = Vec::with_capacity(choices.len());
    for mut choice in choices {
        let reason = choice.reason.trim().to_owned();
        if !choice.out_of_order(size) {
            choice.reason = String::new();
        } else if reason.is_empty() {
            let problem = if choice.shortlisted {
                Message::new("shortlist-problem-reason-taken-in")
            } else {
                Message::new("shortlist-problem-reason-left-out")
            };
            problems.insert(
                reason_field(choice.submission_id),
                problem.number("position", choice.position),
            );
        } else if reason.chars().count() > limits::REASON {
            problems.insert(
                reason_field(choice.submission_id),
                Message::new("shortlist-problem-reason-long").number("most", limits::REASON),
            );
        } else {
            choice.reason = reason;
        }
        checked.push(choice);
    }
    if problems.is_empty() {
        Ok(checked)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn choice(position: u32, shortlisted: bool, reason: &str) -> ShortlistChoice {
        ShortlistChoice {
            submission_id: 100 + i32::try_from(position).expect("small"),
            position,
            shortlisted,
            reason: reason.to_owned(),
        }
    }

    #[test]
    fn a_shortlist_in_rank_order_needs_no_reason_and_keeps_none() {
        let choices = vec![
            choice(1, true, ""),
            choice(2, true, "  strong partnership "),
            choice(3, false, ""),
        ];
        let adopted = check_shortlist(2, choices).expect("in rank order");
        assert!(adopted.iter().all(|c| c.reason.is_empty()));
        assert_eq!(adopted.iter().filter(|c| c.shortlisted).count(), 2);
    }

    #[test]
    fn taking_one_in_from_below_the_line_and_leaving_one_out_above_it_each_need_a_reason() {
        let choices = vec![
            choice(1, true, ""),
            choice(2, false, ""),
            choice(3, true, ""),
        ];
        let problems = check_shortlist(2, choices).expect_err("reasons missing");
        assert_eq!(
            problems["reason-102"].id,
            "shortlist-problem-reason-left-out"
        );
        assert_eq!(
            problems["reason-103"].id,
            "shortlist-problem-reason-taken-in"
        );
        assert_eq!(problems.len(), 2);

        let choices = vec![
            choice(1, true, ""),
            choice(2, false, " Withdrawn by its partner city "),
            choice(
                3,
                true,
                "Tied at the line; the committee prefers its diaspora work",
            ),
        ];
        let adopted = check_shortlist(2, choices).expect("reasons given");
        assert_eq!(adopted[1].reason, "Withdrawn by its partner city");
    }

    #[test]
    fn a_larger_shortlist_than_planned_needs_a_reason_for_each_extra_submission() {
        let choices = vec![
            choice(1, true, ""),
            choice(2, true, ""),
            choice(3, true, ""),
        ];
        let problems = check_shortlist(2, choices).expect_err("one over");
        assert_eq!(problems.keys().collect::<Vec<_>>(), ["reason-103"]);
    }

    #[test]
    fn an_empty_shortlist_and_an_overlong_reason_are_refused() {
        let long = "x".repeat(limits::REASON + 1);
        let choices = vec![choice(1, false, &long), choice(2, false, "")];
        let problems = check_shortlist(1, choices).expect_err("empty");
        assert_eq!(problems["shortlist"].id, "shortlist-problem-empty");
        assert_eq!(problems["reason-101"].id, "shortlist-problem-reason-long");
        assert!(
            !problems.contains_key("reason-102"),
            "below the line, left out"
        );
    }
}
