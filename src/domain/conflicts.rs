//! Conflicts of interest: what a juror may declare towards a submission, whether it excludes
//! them, and the likely conflicts Laurel flags by itself (same organisation, email domain or
//! country as an applicant or partner).

use super::limits;
use super::message::Message;

/// How strongly a juror declares a conflict with a submission.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ConflictLevel {
    /// No conflict.
    None,
    /// A potential conflict: someone decides whether it excludes.
    Potential,
    /// A disqualifying conflict: always excludes.
    Disqualifying,
}

impl ConflictLevel {
    /// Every level, the mildest first.
    pub const ALL: [ConflictLevel; 3] = [
        ConflictLevel::None,
        ConflictLevel::Potential,
        ConflictLevel::Disqualifying,
    ];

    /// The stored and submitted name.
    pub fn as_str(self) -> &'static str {
        match self {
            ConflictLevel::None => "none",
            ConflictLevel::Potential => "potential",
            ConflictLevel::Disqualifying => "disqualifying",
        }
    }

    /// Parses a stored or submitted name.
    pub fn parse(value: &str) -> Option<ConflictLevel> {
        ConflictLevel::ALL.into_iter().find(|l| l.as_str() == value)
    }
}

/// What was decided about a potential conflict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictDecision {
    /// The juror may take part despite it.
    Allowed,
    /// It keeps the juror away.
    Excluded,
}

impl ConflictDecision {
    /// Both decisions.
    pub const ALL: [ConflictDecision; 2] = [ConflictDecision::Allowed, ConflictDecision::Excluded];

    /// The stored and submitted name.
    pub fn as_str(self) -> &'static str {
        match self {
            ConflictDecision::Allowed => "allowed",
            ConflictDecision::Excluded => "excluded",
        }
    }

    /// What the flash after the decision says.
    pub fn message(self) -> Message {
        match self {
            ConflictDecision::Allowed => Message::new("conflict-decided-allowed"),
            ConflictDecision::Excluded => Message::new("conflict-decided-excluded"),
        }
    }

    /// Parses a stored or submitted name.
    pub fn parse(value: &str) -> Option<ConflictDecision> {
        ConflictDecision::ALL
            .into_iter()
            .find(|d| d.as_str() == value)
    }

    /// For people.
    pub fn label(self) -> &'static str {
        match self {
            ConflictDecision::Allowed => "Allowed",
            ConflictDecision::Excluded => "Excluded",
        }
    }
}

/// Reasons, after the European Commission's rules for experts: (code, level, label).
pub const REASONS: [(&str, ConflictLevel, &str); 7] = [
    (
        "helped_prepare",
        ConflictLevel::Disqualifying,
        "I helped prepare this application",
    ),
    (
        "office_in_applicant",
        ConflictLevel::Disqualifying,
        "I hold an elected office or a post in an applicant or partner",
    ),
    (
        "close_tie",
        ConflictLevel::Disqualifying,
        "Close family or personal ties to people involved",
    ),
    (
        "direct_interest",
        ConflictLevel::Disqualifying,
        "I stand to gain or lose directly",
    ),
    (
        "recent_collaboration",
        ConflictLevel::Potential,
        "I worked or collaborated with an applicant in the last 3 years",
    ),
    (
        "same_lrg_association",
        ConflictLevel::Potential,
        "I belong to the same national association of local governments",
    ),
    (
        "other_appearance",
        ConflictLevel::Potential,
        "Another reason that could look like bias",
    ),
];

/// A reason code in the reader's words (no reason for none).
pub fn reason_message(code: &str) -> Message {
    match code {
        "helped_prepare" => Message::new("conflict-reason-helped-prepare"),
        "office_in_applicant" => Message::new("conflict-reason-office"),
        "close_tie" => Message::new("conflict-reason-close-tie"),
        "direct_interest" => Message::new("conflict-reason-direct-interest"),
        "recent_collaboration" => Message::new("conflict-reason-recent-collaboration"),
        "same_lrg_association" => Message::new("conflict-reason-same-association"),
        "other_appearance" => Message::new("conflict-reason-other"),
        _ => Message::new("conflict-reason-none"),
    }
}

impl ConflictLevel {
    /// The level as the juror's form words it.
    pub fn message(self) -> Message {
        match self {
            ConflictLevel::None => Message::new("conflict-level-none"),
            ConflictLevel::Potential => Message::new("conflict-level-potential"),
            ConflictLevel::Disqualifying => Message::new("conflict-level-disqualifying"),
        }
    }
}

/// The label of a reason code.
pub fn reason_label(code: &str) -> &'static str {
    REASONS
        .iter()
        .find(|(c, _, _)| *c == code)
        .map_or("", |(_, _, label)| label)
}

/// Checks a declaration; returns the problem with it, naming the field.
pub fn check_declaration(
    level: Option<ConflictLevel>,
    reason: &str,
    details: &str,
) -> Result<ConflictLevel, (String, Message)> {
    let Some(level) = level else {
        return Err(("level".to_owned(), Message::new("conflict-choose-level")));
    };
    if level == ConflictLevel::None {
        return Ok(level);
    }
    let fits = REASONS
        .iter()
        .any(|(code, reason_level, _)| *code == reason && *reason_level == level);
    if !fits {
        return Err(("reason".to_owned(), Message::new("conflict-choose-reason")));
    }
    let least = if level == ConflictLevel::Potential {
        10
    } else {
        0
    };
    let label = Message::new("conflict-details");
    let why = Message::new("conflict-why-details");
    limits::explained(label, details, least, limits::REASON, why)
        .map_err(|p| ("details".to_owned(), p))?;
    Ok(level)
}

/// Whether a declaration keeps the juror away from the submission: disqualifying ones always,
/// potential ones until someone decides to allow them.
pub fn excludes(level: ConflictLevel, decision: Option<ConflictDecision>) -> bool {
    Standing::of(level, decision).excludes()
}

/// Where a declaration leaves the juror, from free to take part to barred; a juror may only
/// move their own declaration towards the barred end.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Standing {
    /// No conflict declared.
    Free,
    /// A potential conflict that was allowed.
    Allowed,
    /// A potential conflict waiting for a decision (excludes until then).
    Pending,
    /// A potential conflict that was decided as excluding.
    Excluded,
    /// A disqualifying conflict (always excludes).
    Disqualified,
}

impl Standing {
    /// The standing of a declaration with its decision.
    pub fn of(level: ConflictLevel, decision: Option<ConflictDecision>) -> Standing {
        match (level, decision) {
            (ConflictLevel::Disqualifying, _) => Standing::Disqualified,
            (ConflictLevel::Potential, Some(ConflictDecision::Allowed)) => Standing::Allowed,
            (ConflictLevel::Potential, Some(ConflictDecision::Excluded)) => Standing::Excluded,
            (ConflictLevel::Potential, None) => Standing::Pending,
            (ConflictLevel::None, _) => Standing::Free,
        }
    }

    /// Its stable code: `free`, `allowed`, `pending`, `excluded` or `disqualified`.
    pub fn as_str(self) -> &'static str {
        match self {
            Standing::Free => "free",
            Standing::Allowed => "allowed",
            Standing::Pending => "pending",
            Standing::Excluded => "excluded",
            Standing::Disqualified => "disqualified",
        }
    }

    /// Whether it keeps the juror away from the submission.
    pub fn excludes(self) -> bool {
        self >= Standing::Pending
    }
}

/// Why a juror's own change of declaration is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ChangeRefused {
    /// The change would lower or withdraw a declaration: that is a request someone else decides.
    WouldLower,
}

/// Whether a juror may replace their declaration (`current`, with its decision) by a new one
/// at `level` (which starts undecided): only a change that is at least as strict.
pub fn check_own_change(
    current: Option<(ConflictLevel, Option<ConflictDecision>)>,
    level: ConflictLevel,
) -> Result<(), ChangeRefused> {
    let before = current.map_or(Standing::Free, |(l, d)| Standing::of(l, d));
    if Standing::of(level, None) < before {
        return Err(ChangeRefused::WouldLower);
    }
    Ok(())
}

/// Checks a juror's request to lower or withdraw a declaration: the target must be less strict
/// than the current standing (none, or an allowed potential conflict with a matching reason),
/// and the juror must explain it. Returns the problem, naming the field.
pub fn check_review_request(
    current: (ConflictLevel, Option<ConflictDecision>),
    level: Option<ConflictLevel>,
    reason: &str,
    explanation: &str,
) -> Result<ConflictLevel, (String, Message)> {
    let target = match level {
        Some(ConflictLevel::None) => Standing::Free,
        Some(ConflictLevel::Potential) => Standing::Allowed,
        _ => {
            let problem = Message::new("conflict-asked-level");
            return Err(("requested_level".to_owned(), problem));
        }
    };
    if target >= Standing::of(current.0, current.1) {
        let problem = Message::new("conflict-would-not-lower");
        return Err(("requested_level".to_owned(), problem));
    }
    if level == Some(ConflictLevel::Potential)
        && !REASONS
            .iter()
            .any(|(code, l, _)| *code == reason && *l == ConflictLevel::Potential)
    {
        let problem = Message::new("conflict-asked-reason");
        return Err(("requested_reason".to_owned(), problem));
    }
    let label = Message::new("conflict-explanation");
    let why = Message::new("conflict-why-lower");
    limits::explained(label, explanation, MIN_EXPLANATION, limits::REASON, why)
        .map_err(|p| ("explanation".to_owned(), p))?;
    Ok(match target {
        Standing::Free => ConflictLevel::None,
        _ => ConflictLevel::Potential,
    })
}

/// The fewest characters of a juror's explanation, or of the decider's reason, for a review.
pub const MIN_EXPLANATION: usize = 10;

/// The juror as far as flagging goes.
pub struct JurorProfile<'a> {
    /// Email (its domain is compared).
    pub email: &'a str,
    /// Country (alpha-2).
    pub country: &'a str,
    /// Affiliation.
    pub affiliation: &'a str,
}

/// One party of a submission: (name, country).
pub type Party = (String, String);

const WEBMAIL: [&str; 8] = [
    "gmail.com",
    "yahoo.com",
    "outlook.com",
    "hotmail.com",
    "live.com",
    "icloud.com",
    "proton.me",
    "gmx.net",
];

fn domain_of(email: &str) -> Option<&str> {
    email
        .rsplit_once('@')
        .map(|(_, d)| d)
        .filter(|d| !WEBMAIL.contains(d))
}

/// Words that say what kind of body an organisation is, not which one.
const GENERIC_WORDS: [&str; 16] = [
    "of",
    "the",
    "de",
    "du",
    "la",
    "le",
    "city",
    "municipality",
    "commune",
    "region",
    "regional",
    "province",
    "department",
    "council",
    "town",
    "and",
];

fn significant_words(name: &str) -> Vec<String> {
    name.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| !w.is_empty() && !GENERIC_WORDS.contains(&w.as_str()))
        .collect()
}

/// Two organisation names look like the same body: the significant words of one all appear in
/// the other ("Region Nouvelle-Aquitaine" and "Region of Nouvelle-Aquitaine").
fn same_name(a: &str, b: &str) -> bool {
    let (a, b) = (significant_words(a), significant_words(b));
    let within = |x: &[String], y: &[String]| !x.is_empty() && x.iter().all(|w| y.contains(w));
    within(&a, &b) || within(&b, &a)
}

/// Likely conflicts, in words for the juror; empty when nothing matches.
pub fn likely_conflicts(
    juror: &JurorProfile<'_>,
    applicant_email: &str,
    parties: &[Party],
) -> Vec<Message> {
    let mut flags = Vec::new();
    if let (Some(mine), Some(theirs)) = (domain_of(juror.email), domain_of(applicant_email))
        && mine.eq_ignore_ascii_case(theirs)
    {
        flags.push(Message::new("conflict-flag-email").text("domain", mine));
    }
    for (name, country) in parties {
        if !juror.affiliation.trim().is_empty() && same_name(juror.affiliation, name) {
            let flag = Message::new("conflict-flag-affiliation")
                .text("affiliation", juror.affiliation)
                .text("name", name);
            flags.push(flag);
        }
        if juror.country == country {
            let flag = Message::new("conflict-flag-country")
                .country("country", country)
                .text("name", name);
            flags.push(flag);
        }
    }
    flags
}

#[cfg(test)]
mod tests {
    use super::*;

    const N: ConflictLevel = ConflictLevel::None;
    const P: ConflictLevel = ConflictLevel::Potential;
    const D: ConflictLevel = ConflictLevel::Disqualifying;
    const A: ConflictDecision = ConflictDecision::Allowed;
    const X: ConflictDecision = ConflictDecision::Excluded;

    #[test]
    fn a_potential_conflict_needs_a_matching_reason_and_details() {
        assert!(check_declaration(Some(N), "", "").is_ok());
        assert_eq!(
            check_declaration(ConflictLevel::parse("maybe"), "", "")
                .expect_err("refused")
                .0,
            "level"
        );
        assert_eq!(
            check_declaration(Some(P), "helped_prepare", "long enough text")
                .expect_err("refused")
                .0,
            "reason"
        );
        assert_eq!(
            check_declaration(Some(P), "recent_collaboration", "short")
                .expect_err("refused")
                .0,
            "details"
        );
        assert!(
            check_declaration(Some(P), "recent_collaboration", "I advised them in 2024.").is_ok()
        );
        assert!(check_declaration(Some(D), "helped_prepare", "").is_ok());
    }

    #[test]
    fn disqualifying_excludes_and_potential_excludes_until_allowed() {
        assert!(excludes(D, Some(A)));
        assert!(excludes(P, None));
        assert!(!excludes(P, Some(A)));
        assert!(excludes(P, Some(X)));
        assert!(!excludes(N, None));
    }

    #[test]
    fn same_country_domain_or_organisation_is_flagged_but_webmail_is_not() {
        let juror = JurorProfile {
            email: "claire@nouvelle-aquitaine.fr",
            country: "FR",
            affiliation: "Region Nouvelle-Aquitaine",
        };
        let parties = vec![
            ("Region of Nouvelle-Aquitaine".to_owned(), "FR".to_owned()),
            ("Plateau-Central Region".to_owned(), "BF".to_owned()),
        ];
        let flags = likely_conflicts(&juror, "intl@nouvelle-aquitaine.fr", &parties);
        assert_eq!(flags.len(), 3, "{flags:?}");
        let webmail = JurorProfile {
            email: "someone@gmail.com",
            country: "DE",
            affiliation: "",
        };
        assert!(likely_conflicts(&webmail, "other@gmail.com", &parties).is_empty());
    }
    #[test]
    fn a_juror_may_only_make_a_declaration_stricter() {
        assert!(check_own_change(None, N).is_ok());
        assert!(check_own_change(None, P).is_ok());
        assert!(check_own_change(Some((N, None)), D).is_ok());
        assert!(check_own_change(Some((P, None)), P).is_ok());
        assert!(check_own_change(Some((P, Some(A))), P).is_ok());
        assert!(check_own_change(Some((P, Some(A))), D).is_ok());
        for (level, decision) in [(P, None), (P, Some(X)), (D, None)] {
            assert_eq!(
                check_own_change(Some((level, decision)), N),
                Err(ChangeRefused::WouldLower)
            );
        }
        assert_eq!(
            check_own_change(Some((P, Some(X))), P),
            Err(ChangeRefused::WouldLower),
            "re-declaring an excluded potential conflict would clear the exclusion"
        );
        assert_eq!(
            check_own_change(Some((D, None)), P),
            Err(ChangeRefused::WouldLower)
        );
    }

    #[test]
    fn a_review_request_must_lower_the_declaration_and_say_why() {
        let excluded = (P, Some(X));
        assert!(check_review_request(excluded, Some(N), "", "It was a different city.").is_ok());
        assert_eq!(
            check_review_request(excluded, Some(N), "", "short")
                .expect_err("refused")
                .0,
            "explanation"
        );
        assert!(
            check_review_request(
                (D, None),
                Some(P),
                "recent_collaboration",
                "Only a workshop in 2023, nothing more."
            )
            .is_ok()
        );
        assert_eq!(
            check_review_request(
                (D, None),
                Some(P),
                "helped_prepare",
                "Only a workshop in 2023, nothing more."
            )
            .expect_err("refused")
            .0,
            "requested_reason"
        );
        assert_eq!(
            check_review_request((N, None), Some(N), "", "Nothing to lower here.")
                .expect_err("refused")
                .0,
            "requested_level"
        );
        assert_eq!(
            check_review_request(
                (P, Some(A)),
                Some(P),
                "recent_collaboration",
                "Already allowed, nothing to lower."
            )
            .expect_err("refused")
            .0,
            "requested_level"
        );
    }
}
