//! How long free text may be: every field a person types has a limit, shown beside it on the
//! form (and as its `maxlength`) and checked again on the server, where an overlong value is
//! refused with the form given back, never cut silently.

use super::message::Message;

/// A name, a title or another one-line value.
pub const LINE: usize = 200;
/// A web address.
pub const LINK: usize = 2_000;
/// A reason, an explanation, the details of a declaration.
pub const REASON: usize = 2_000;
/// A comment on one criterion of a scorecard or of a consensus, or a dissent.
pub const COMMENT: usize = 5_000;
/// A scorecard's overall comment, a decision's rationale.
pub const LONG_COMMENT: usize = 10_000;

/// Checks that `text` has at most `max` characters; the problem names the field by `label`.
pub fn check_length(label: Message, text: &str, max: usize) -> Result<(), Message> {
    let length = text.chars().count();
    if length > max {
        Err(Message::new("problem-length")
            .message("label", label)
            .number("max", max)
            .number("count", length))
    } else {
        Ok(())
    }
}

/// Checks a reason a person must give (trimmed): at least `min` characters, the problem then
/// saying what the reason is for (`say why {why}`), and at most [`REASON`].
pub fn check_reason(text: &str, min: usize, why: Message) -> Result<(), Message> {
    explained(Message::new("label-reason"), text, min, REASON, why)
}

/// Checks any text that says why (a reason, an explanation, a rationale, the details of a
/// declaration), trimmed: at least `min` characters, the problem then naming the field by
/// `label` and saying what the text is for (`say why {why}`), and at most `max`.
pub fn explained(
    label: Message,
    text: &str,
    min: usize,
    max: usize,
    why: Message,
) -> Result<(), Message> {
    let text = text.trim();
    if text.chars().count() < min {
        Err(Message::new("problem-say-why")
            .message("label", label)
            .message("why", why)
            .number("min", min))
    } else {
        check_length(label, text, max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_up_to_the_limit_passes_and_one_character_more_is_refused_naming_the_field() {
        let label = Message::new("label-reason");
        assert_eq!(check_length(label.clone(), &"é".repeat(10), 10), Ok(()));
        let refusal = check_length(label.clone(), &"é".repeat(11), 10).expect_err("refused");
        assert_eq!(
            refusal,
            Message::new("problem-length")
                .message("label", label)
                .number("max", 10)
                .number("count", 11)
        );
    }

    #[test]
    fn a_reason_needs_its_least_characters_and_stays_under_the_limit() {
        let why = Message::new("why-scorecard-reopened");
        let short = check_reason(" short ", 10, why.clone()).expect_err("too short");
        assert_eq!(short.id, "problem-say-why");
        assert_eq!(check_reason("long enough now", 10, why.clone()), Ok(()));
        let long = check_reason(&"x".repeat(REASON + 1), 10, why).expect_err("too long");
        assert_eq!(long.id, "problem-length");
    }
}
