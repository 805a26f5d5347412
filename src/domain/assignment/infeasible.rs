//! Why an assignment request cannot be met, in terms a secretariat can act on.

use super::model::{JurorId, SubmissionId};
use super::names::{Named, with_ids};
use crate::domain::message::Message;
use serde::{Deserialize, Serialize};
use std::fmt;

/// At most this many items are listed in a message; the structure always holds them all.
pub(super) const LIST_LIMIT: usize = 20;

/// An assignment request that cannot be met. The first failing check is reported, in this order:
/// malformed input, submissions short of non-conflicted jurors, calibration block, load caps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Infeasible {
    /// The request itself is inconsistent.
    InvalidInput { problems: Vec<InputProblem> },
    /// These submissions have fewer than r jurors without a conflict of interest.
    TooFewJurors {
        required: u32,
        jurors: usize,
        submissions: Vec<Shortfall>,
    },
    /// Fewer than c submissions have no conflict with any juror.
    CalibrationUnavailable {
        requested: u32,
        conflict_free: Vec<SubmissionId>,
    },
    /// The load caps of all jurors together are below what the submissions need.
    CapacityExceeded { needed: u64, available: u64 },
    /// These submissions need more jurors between them than their non-conflicted jurors can give
    /// within their load caps (each juror at most once per submission).
    CapacityBottleneck {
        submissions: Vec<SubmissionId>,
        needed: u64,
        available: u64,
    },
}

/// One inconsistency of the request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum InputProblem {
    ZeroJurorsPerSubmission,
    DuplicateSubmission {
        submission: SubmissionId,
    },
    DuplicateJuror {
        juror: JurorId,
    },
    UnknownSubmission {
        submission: SubmissionId,
        list: PairList,
    },
    UnknownJuror {
        juror: JurorId,
        list: PairList,
    },
    /// A pair to keep is also forbidden (a conflict declared after it was assigned).
    KeptButConflicted {
        juror: JurorId,
        submission: SubmissionId,
    },
    /// A juror's load cap is below the calibration block size.
    CapBelowCalibration {
        juror: JurorId,
        cap: u32,
        block: u32,
    },
}

/// Which list of pairs a problem was found in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PairList {
    Forbidden,
    Keep,
}

/// A submission without enough non-conflicted jurors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Shortfall {
    pub submission: SubmissionId,
    /// Jurors without a conflict with it.
    pub available: u32,
    /// Jurors with a conflict with it.
    pub conflicted: u32,
    /// How many more non-conflicted jurors it would need.
    pub missing: u32,
}

impl std::error::Error for Infeasible {}

impl fmt::Display for Infeasible {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        with_ids(self, f)
    }
}

impl fmt::Display for Named<'_, Infeasible> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Named(infeasible, names) = self;
        match infeasible {
            Infeasible::InvalidInput { problems } => {
                write!(f, "The assignment request is inconsistent:")?;
                for p in problems.iter().take(LIST_LIMIT) {
                    write!(f, "\n- {}", Named(p, names))?;
                }
                more(f, problems.len())
            }
            Infeasible::TooFewJurors {
                required,
                jurors,
                submissions,
            } => {
                let n = submissions.len();
                write!(
                    f,
                    "{n} {} fewer than {required} jurors without a conflict of interest \
                     ({jurors} jurors in total, {required} needed per submission):",
                    plural(n, "submission has", "submissions have")
                )?;
                for s in submissions.iter().take(LIST_LIMIT) {
                    write!(
                        f,
                        "\n- {}: {} without a conflict, {} conflicted; {} more needed",
                        names.submission(s.submission),
                        s.available,
                        s.conflicted,
                        s.missing
                    )?;
                }
                more(f, n)?;
                write!(
                    f,
                    "\nAdd jurors, resolve pending potential conflicts, or lower the number of \
                     jurors per submission."
                )
            }
            Infeasible::CalibrationUnavailable {
                requested,
                conflict_free,
            } => {
                write!(
                    f,
                    "A calibration block of {requested} submissions was requested, but only {} \
                     {} no conflict with any juror",
                    conflict_free.len(),
                    plural(conflict_free.len(), "submission has", "submissions have")
                )?;
                if !conflict_free.is_empty() {
                    write!(f, " ({})", names.submission_list(conflict_free))?;
                }
                write!(f, ". Choose a smaller block or none.")
            }
            Infeasible::CapacityExceeded { needed, available } => write!(
                f,
                "Total capacity is insufficient: the submissions need {needed} more assignments, \
                 but the jurors' load caps allow only {available} more. Raise the caps or add jurors."
            ),
            Infeasible::CapacityBottleneck {
                submissions,
                needed,
                available,
            } => write!(
                f,
                "{} {} ({}) {} {needed} more jurors between them, but the jurors without a \
                 conflict with them can give at most {available} more within their load caps. \
                 Raise those jurors' caps, add jurors, or resolve pending conflicts.",
                submissions.len(),
                plural(submissions.len(), "submission", "submissions"),
                names.submission_list(submissions),
                plural(submissions.len(), "needs", "need"),
            ),
        }
    }
}

impl fmt::Display for InputProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        with_ids(self, f)
    }
}

impl fmt::Display for Named<'_, InputProblem> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Named(problem, names) = self;
        match problem {
            InputProblem::ZeroJurorsPerSubmission => {
                write!(f, "the number of jurors per submission must be at least 1")
            }
            InputProblem::DuplicateSubmission { submission } => {
                write!(f, "{} is listed twice", names.submission(*submission))
            }
            InputProblem::DuplicateJuror { juror } => {
                write!(f, "{} is listed twice", names.juror(*juror))
            }
            InputProblem::UnknownSubmission { submission, list } => {
                write!(
                    f,
                    "{list} names {}, which is not in the request",
                    names.submission(*submission)
                )
            }
            InputProblem::UnknownJuror { juror, list } => {
                write!(
                    f,
                    "{list} names {}, who is not in the request",
                    names.juror(*juror)
                )
            }
            InputProblem::KeptButConflicted { juror, submission } => write!(
                f,
                "{} is assigned to {} but has a conflict with it: remove that assignment first",
                names.juror(*juror),
                names.submission(*submission)
            ),
            InputProblem::CapBelowCalibration { juror, cap, block } => write!(
                f,
                "{} may take at most {cap} submissions, fewer than the calibration block of {block}",
                names.juror(*juror)
            ),
        }
    }
}

impl fmt::Display for PairList {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Forbidden => "the list of conflicts",
            Self::Keep => "the list of assignments to keep",
        })
    }
}

fn plural<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 { one } else { many }
}

fn more(f: &mut fmt::Formatter<'_>, n: usize) -> fmt::Result {
    if n > LIST_LIMIT {
        write!(f, "\n- … and {} more", n - LIST_LIMIT)?;
    }
    Ok(())
}

impl Named<'_, Infeasible> {
    /// Why the request cannot be met, as one message: what its `Display` says in English, in the
    /// reader's language (a list of problems or submissions as sentences within it).
    pub fn message(&self) -> Message {
        let Named(infeasible, names) = self;
        match infeasible {
            Infeasible::InvalidInput { problems } => {
                let mut items: Vec<Message> = problems
                    .iter()
                    .take(LIST_LIMIT)
                    .map(|p| Named(p, names).message())
                    .collect();
                items.extend(more_message(problems.len()));
                Message::new("assign-infeasible-invalid").sentences("problems", items)
            }
            Infeasible::TooFewJurors {
                required,
                jurors,
                submissions,
            } => {
                let mut items: Vec<Message> = submissions
                    .iter()
                    .take(LIST_LIMIT)
                    .map(|s| {
                        Message::new("assign-infeasible-shortfall")
                            .message("submission", names.submission_said(s.submission))
                            .number("available", s.available)
                            .number("conflicted", s.conflicted)
                            .number("missing", s.missing)
                    })
                    .collect();
                items.extend(more_message(submissions.len()));
                Message::new("assign-infeasible-too-few-jurors")
                    .number("count", submissions.len())
                    .number("required", *required)
                    .number("jurors", *jurors)
                    .sentences("shortfalls", items)
            }
            Infeasible::CalibrationUnavailable {
                requested,
                conflict_free,
            } => {
                if conflict_free.is_empty() {
                    Message::new("assign-infeasible-calibration-none")
                        .number("requested", *requested)
                } else {
                    let message = Message::new("assign-infeasible-calibration")
                        .number("requested", *requested)
                        .number("count", conflict_free.len());
                    with_list(message, "names", conflict_free, |ids| {
                        names.submission_items(ids)
                    })
                }
            }
            Infeasible::CapacityExceeded { needed, available } => {
                Message::new("assign-infeasible-capacity")
                    .number("needed", *needed)
                    .number("available", *available)
            }
            Infeasible::CapacityBottleneck {
                submissions,
                needed,
                available,
            } => {
                let message =
                    Message::new("assign-infeasible-bottleneck").number("count", submissions.len());
                with_list(message, "names", submissions, |ids| {
                    names.submission_items(ids)
                })
                .number("needed", *needed)
                .number("available", *available)
            }
        }
    }
}

impl Named<'_, InputProblem> {
    /// The problem as a message, one sentence: what its `Display` says in English, in the
    /// reader's language.
    pub fn message(&self) -> Message {
        let Named(problem, names) = self;
        match problem {
            InputProblem::ZeroJurorsPerSubmission => {
                Message::new("assign-infeasible-zero-per-submission")
            }
            InputProblem::DuplicateSubmission { submission } => {
                Message::new("assign-infeasible-duplicate-submission")
                    .message("submission", names.submission_said(*submission))
            }
            InputProblem::DuplicateJuror { juror } => {
                Message::new("assign-infeasible-duplicate-juror")
                    .message("juror", names.juror_said(*juror))
            }
            InputProblem::UnknownSubmission { submission, list } => {
                let message = match list {
                    PairList::Forbidden => {
                        Message::new("assign-infeasible-unknown-submission-conflicts")
                    }
                    PairList::Keep => Message::new("assign-infeasible-unknown-submission-keep"),
                };
                message.message("submission", names.submission_said(*submission))
            }
            InputProblem::UnknownJuror { juror, list } => {
                let message = match list {
                    PairList::Forbidden => {
                        Message::new("assign-infeasible-unknown-juror-conflicts")
                    }
                    PairList::Keep => Message::new("assign-infeasible-unknown-juror-keep"),
                };
                message.message("juror", names.juror_said(*juror))
            }
            InputProblem::KeptButConflicted { juror, submission } => {
                Message::new("assign-infeasible-kept-but-conflicted")
                    .message("juror", names.juror_said(*juror))
                    .message("submission", names.submission_said(*submission))
            }
            InputProblem::CapBelowCalibration { juror, cap, block } => {
                Message::new("assign-infeasible-cap-below-calibration")
                    .message("juror", names.juror_said(*juror))
                    .number("cap", *cap)
                    .number("block", *block)
            }
        }
    }
}

/// `message` with the names of `ids`, as `list` writes them, as variable `name`: at most
/// [`LIST_LIMIT`] of them, then how many more, said in the reader's language.
pub(super) fn with_list(
    message: Message,
    name: &str,
    ids: &[i32],
    list: impl Fn(&[i32]) -> Message,
) -> Message {
    let shown = list(&ids[..ids.len().min(LIST_LIMIT)]);
    if ids.len() > LIST_LIMIT {
        let more = Message::new("assign-list-more")
            .message("names", shown)
            .number("count", ids.len() - LIST_LIMIT);
        message.message(name, more)
    } else {
        message.message(name, shown)
    }
}

/// The sentence that ends a list of `n` items cut at [`LIST_LIMIT`], if it is cut.
fn more_message(n: usize) -> Option<Message> {
    (n > LIST_LIMIT).then(|| Message::new("assign-infeasible-more").number("count", n - LIST_LIMIT))
}
