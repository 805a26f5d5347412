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

/// Checks that `text` has at most `max` characters; the error names the field by `label`.
pub fn check_length(label: &str, text: &str, max: usize) -> Result<(), String> {
    let length = text.chars().count();
    if length > max {
        Err(format!(
            "{label}: at most {max} characters, please (this one has {length})"
        ))
    } else {
        Ok(())
    }
}

/// Checks a reason a person must give (trimmed): at least `min` characters, the problem then
/// saying what the reason is for (`say why {why}`), and at most [`REASON`].
pub fn check_reason(text: &str, min: usize, why: &str) -> Result<(), String> {
    check_explained("Reason", text, min, REASON, why)
}

/// Checks any text that says why (a reason, an explanation, a rationale, the details of a
/// declaration), trimmed: at least `min` characters, the problem then naming the field by `label`
/// and saying what it is for (`say why {why}`), and at most `max`.
pub fn check_explained(
    label: &str,
    text: &str,
    min: usize,
    max: usize,
    why: &str,
) -> Result<(), String> {
    let text = text.trim();
    if text.chars().count() < min {
        Err(format!(
            "{label}: say why {why} (at least {min} characters)"
        ))
    } else {
        check_length(label, text, max)
    }
}

/// Like [`check_explained`], the problem as a message: the field named by `label` and what the
/// text is for (`say why {why}`).
pub fn explained(
    label: Message,
    text: &str,
    min: usize,
    max: usize,
    why: Message,
) -> Result<(), Message> {
    let text = text.trim();
    let length = text.chars().count();
    if length < min {
        Err(Message::new("problem-say-why")
            .message("label", label)
            .message("why", why)
            .number("min", min))
    } else if length > max {
        Err(Message::new("problem-length")
            .message("label", label)
            .number("max", max)
            .number("count", length))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_up_to_the_limit_passes_and_one_character_more_is_refused_naming_the_field() {
        assert_eq!(check_length("Overall comment", &"é".repeat(10), 10), Ok(()));
        let refusal = check_length("Overall comment", &"é".repeat(11), 10).expect_err("refused");
        assert_eq!(
            refusal,
            "Overall comment: at most 10 characters, please (this one has 11)"
        );
    }

    #[test]
    fn a_reason_needs_its_least_characters_and_stays_under_the_limit() {
        assert_eq!(
            check_reason(" short ", 10, "the card is reopened"),
            Err("Reason: say why the card is reopened (at least 10 characters)".to_owned())
        );
        assert_eq!(check_reason("long enough now", 10, "x"), Ok(()));
        assert!(check_reason(&"x".repeat(REASON + 1), 10, "x").is_err());
    }
}
