//! The 17 Sustainable Development Goals, their official short names, and their 169 target codes.
//!
//! Target codes follow the UN numbering (A/RES/70/1 and the global indicator framework): each goal
//! has numbered targets ("11.1" … "11.7") and, except goal 17, lettered means-of-implementation
//! targets ("11.a" … "11.c"). The shape of every goal is one line of `TARGET_SHAPE`, checked in
//! the tests against the total of 169 (126 numbered and 43 lettered).

use super::message::Message;
use std::fmt;
use std::str::FromStr;

/// How many Sustainable Development Goals there are.
pub const GOAL_COUNT: u8 = 17;

/// The official short names, goal 1 first.
const GOAL_NAMES: [&str; GOAL_COUNT as usize] = [
    "No Poverty",
    "Zero Hunger",
    "Good Health and Well-being",
    "Quality Education",
    "Gender Equality",
    "Clean Water and Sanitation",
    "Affordable and Clean Energy",
    "Decent Work and Economic Growth",
    "Industry, Innovation and Infrastructure",
    "Reduced Inequalities",
    "Sustainable Cities and Communities",
    "Responsible Consumption and Production",
    "Climate Action",
    "Life Below Water",
    "Life on Land",
    "Peace, Justice and Strong Institutions",
    "Partnerships for the Goals",
];

/// For each goal (goal 1 first): how many numbered targets it has (1..=n) and how many lettered
/// targets (a, b, …).
const TARGET_SHAPE: [(u8, u8); GOAL_COUNT as usize] = [
    (5, 2),  // 1: 1.1–1.5, 1.a–1.b
    (5, 3),  // 2: 2.1–2.5, 2.a–2.c
    (9, 4),  // 3: 3.1–3.9, 3.a–3.d
    (7, 3),  // 4: 4.1–4.7, 4.a–4.c
    (6, 3),  // 5: 5.1–5.6, 5.a–5.c
    (6, 2),  // 6: 6.1–6.6, 6.a–6.b
    (3, 2),  // 7: 7.1–7.3, 7.a–7.b
    (10, 2), // 8: 8.1–8.10, 8.a–8.b
    (5, 3),  // 9: 9.1–9.5, 9.a–9.c
    (7, 3),  // 10: 10.1–10.7, 10.a–10.c
    (7, 3),  // 11: 11.1–11.7, 11.a–11.c
    (8, 3),  // 12: 12.1–12.8, 12.a–12.c
    (3, 2),  // 13: 13.1–13.3, 13.a–13.b
    (7, 3),  // 14: 14.1–14.7, 14.a–14.c
    (9, 3),  // 15: 15.1–15.9, 15.a–15.c
    (10, 2), // 16: 16.1–16.10, 16.a–16.b
    (19, 0), // 17: 17.1–17.19
];

/// The official short name of `goal` (1–17), e.g. 11 → "Sustainable Cities and Communities".
pub fn goal_name(goal: u8) -> Option<&'static str> {
    let index = usize::from(goal).checked_sub(1)?;
    GOAL_NAMES.get(index).copied()
}

/// Whether `goal` is one of the 17 goals.
pub fn is_goal(goal: u8) -> bool {
    (1..=GOAL_COUNT).contains(&goal)
}

/// Every goal with its short name, in official order (1 to 17).
pub fn goals() -> impl Iterator<Item = (u8, &'static str)> {
    (1..=GOAL_COUNT).zip(GOAL_NAMES)
}

/// The part of a target code after the dot: a number ("11.3") or a letter ("6.a").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TargetPart {
    /// An outcome target, numbered from 1.
    Number(u8),
    /// A means-of-implementation target, lettered from `a`; always lower case.
    Letter(char),
}

impl fmt::Display for TargetPart {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TargetPart::Number(n) => write!(f, "{n}"),
            TargetPart::Letter(c) => write!(f, "{c}"),
        }
    }
}

/// An SDG target such as "11.3" or "6.a".
///
/// The ordering is the official one: by goal, then numbered targets, then lettered ones
/// (8.1 < 8.2 < 8.10 < 8.a). Build one with [`parse_target`] (or `str::parse`) so that it is
/// checked against the numbering; [`TargetCode::is_official`] checks one built by hand.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TargetCode {
    /// The goal, 1–17.
    pub goal: u8,
    /// The target within the goal.
    pub target: TargetPart,
}

impl TargetCode {
    /// Whether this code is one of the 169 official targets.
    pub fn is_official(&self) -> bool {
        let Some(&(numbers, letters)) = shape(self.goal) else {
            return false;
        };
        match self.target {
            TargetPart::Number(n) => (1..=numbers).contains(&n),
            TargetPart::Letter(c) => letter_index(c).is_some_and(|i| i < letters),
        }
    }
}

impl fmt::Display for TargetCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.goal, self.target)
    }
}

impl FromStr for TargetCode {
    type Err = Message;

    fn from_str(code: &str) -> Result<Self, Self::Err> {
        parse_target(code)
    }
}

impl serde::Serialize for TargetCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for TargetCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        parse_target(&text).map_err(|_| {
            let text = crate::domain::text::echo(&text);
            serde::de::Error::custom(format_args!("`{text}` is not an SDG target code"))
        })
    }
}

fn shape(goal: u8) -> Option<&'static (u8, u8)> {
    TARGET_SHAPE.get(usize::from(goal).checked_sub(1)?)
}

/// 'a' → 0, 'b' → 1, …; `None` for anything that is not a lower-case ASCII letter.
fn letter_index(c: char) -> Option<u8> {
    u8::try_from(c)
        .ok()
        .filter(u8::is_ascii_lowercase)
        .map(|b| b - b'a')
}

fn letter(index: u8) -> char {
    char::from(b'a' + index)
}

/// "11.1–11.7 and 11.a–11.c", or "17.1–17.19" for goal 17. Empty for a goal that does not exist.
fn target_ranges(goal: u8) -> Message {
    let Some(&(numbers, letters)) = shape(goal) else {
        return Message::new("sdg-ranges").text("numbered", "");
    };
    let numbered = format!("{goal}.1–{goal}.{numbers}");
    match letters {
        0 => Message::new("sdg-ranges").text("numbered", numbered),
        1 => Message::new("sdg-ranges-and")
            .text("numbered", numbered)
            .text("lettered", format!("{goal}.a")),
        _ => Message::new("sdg-ranges-and")
            .text("numbered", numbered)
            .text(
                "lettered",
                format!("{goal}.a–{goal}.{}", letter(letters - 1)),
            ),
    }
}

/// Every target of `goal` in official order; empty if `goal` is not 1–17.
pub fn targets_of(goal: u8) -> Vec<TargetCode> {
    let Some(&(numbers, letters)) = shape(goal) else {
        return Vec::new();
    };
    let numbered = (1..=numbers).map(TargetPart::Number);
    let lettered = (0..letters).map(|i| TargetPart::Letter(letter(i)));
    numbered
        .chain(lettered)
        .map(|target| TargetCode { goal, target })
        .collect()
}

/// Every one of the 169 targets, in official order.
pub fn all_targets() -> Vec<TargetCode> {
    (1..=GOAL_COUNT).flat_map(targets_of).collect()
}

/// Parses a target code such as "11.3" or "6.a" (surrounding spaces ignored, "6.A" accepted and
/// stored as "6.a"), checking it against the official numbering.
///
/// The error is a sentence for the applicant that names the problem, e.g. "`11.8` is not a
/// target of goal 11 (its targets are 11.1–11.7 and 11.a–11.c)".
pub fn parse_target(code: &str) -> Result<TargetCode, Message> {
    let code = code.trim();
    if code.is_empty() {
        return Err(Message::new("sdg-target-empty"));
    }
    if code.chars().count() > crate::domain::text::ECHO_CHARS {
        return Err(not_a_target_code(
            &crate::domain::text::echo(code).to_string(),
        ));
    }
    let parts: Vec<&str> = code.split('.').collect();
    match parts.as_slice() {
        [goal] => Err(refuse_without_dot(code, goal)),
        [goal, target] => {
            let goal = parse_goal(code, goal)?;
            parse_target_part(code, goal, target).map(|target| TargetCode { goal, target })
        }
        [goal, target, indicator] if looks_like_indicator(goal, target, indicator) => {
            Err(match parse_target(&format!("{goal}.{target}")) {
                Ok(target) => Message::new("sdg-indicator-of")
                    .text("code", code)
                    .text("target", target.to_string()),
                Err(_) => Message::new("sdg-indicator").text("code", code),
            })
        }
        _ => Err(not_a_target_code(code)),
    }
}

fn not_a_target_code(code: &str) -> Message {
    Message::new("sdg-not-a-target-code").text("code", code)
}

fn is_number(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

fn is_letter(text: &str) -> bool {
    let mut chars = text.chars();
    matches!((chars.next(), chars.next()), (Some(c), None) if c.is_ascii_alphabetic())
}

fn looks_like_indicator(goal: &str, target: &str, indicator: &str) -> bool {
    is_number(goal) && (is_number(target) || is_letter(target)) && is_number(indicator)
}

/// The message for a code with no dot: a bare goal ("11"), another separator ("11-3"), or junk.
fn refuse_without_dot(code: &str, text: &str) -> Message {
    if is_number(text) {
        return match text.parse::<u8>() {
            Ok(goal) if is_goal(goal) => Message::new("sdg-goal-not-target")
                .text("code", code)
                .text("example", format!("{goal}.1")),
            _ => Message::new("sdg-not-goal-or-target")
                .text("code", code)
                .number("count", GOAL_COUNT),
        };
    }
    let separator = [' ', '-', '_', ',', '/'];
    if let Some((goal, target)) = code.split_once(separator)
        && is_number(goal.trim())
        && (is_number(target.trim()) || is_letter(target.trim()))
    {
        let dotted = format!("{}.{}", goal.trim(), target.trim());
        let example = match parse_target(&dotted) {
            Ok(target) => target.to_string(),
            Err(_) => "11.3".to_string(),
        };
        return Message::new("sdg-separator")
            .text("code", code)
            .text("example", example);
    }
    not_a_target_code(code)
}

fn parse_goal(code: &str, text: &str) -> Result<u8, Message> {
    if !is_number(text) {
        return Err(Message::new("sdg-goal-number")
            .text("code", code)
            .number("count", GOAL_COUNT));
    }
    match text.parse::<u8>() {
        Ok(goal) if is_goal(goal) => Ok(goal),
        _ => Err(Message::new("sdg-no-such-goal")
            .text("code", code)
            .number("count", GOAL_COUNT)),
    }
}

fn parse_target_part(code: &str, goal: u8, text: &str) -> Result<TargetPart, Message> {
    let part = if text.is_empty() {
        return Err(Message::new("sdg-no-target")
            .text("code", code)
            .number("goal", goal)
            .message("ranges", target_ranges(goal)));
    } else if is_number(text) {
        // Anything too long for a u8 is certainly out of range; 0 is never a target.
        TargetPart::Number(text.parse::<u8>().unwrap_or(0))
    } else if is_letter(text) {
        TargetPart::Letter(text.to_ascii_lowercase().chars().next().unwrap_or('?'))
    } else {
        return Err(Message::new("sdg-target-part")
            .text("code", code)
            .number("goal", goal));
    };
    let candidate = TargetCode { goal, target: part };
    if candidate.is_official() {
        Ok(part)
    } else {
        Err(Message::new("sdg-not-official")
            .text("code", code)
            .number("goal", goal)
            .message("ranges", target_ranges(goal)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refusal(code: &str) -> String {
        let message = parse_target(code).expect_err("the code should be refused");
        crate::i18n::say(crate::domain::language::Lang::EN, &message)
    }

    #[test]
    fn there_are_seventeen_goals_with_their_official_short_names() {
        assert_eq!(goals().count(), 17);
        assert_eq!(usize::from(GOAL_COUNT), goals().count());
        assert_eq!(goal_name(1), Some("No Poverty"));
        assert_eq!(goal_name(3), Some("Good Health and Well-being"));
        assert_eq!(goal_name(11), Some("Sustainable Cities and Communities"));
        assert_eq!(
            goal_name(16),
            Some("Peace, Justice and Strong Institutions")
        );
        assert_eq!(goal_name(17), Some("Partnerships for the Goals"));
    }

    #[test]
    fn goals_are_listed_in_order_from_one_to_seventeen() {
        let numbers: Vec<u8> = goals().map(|(n, _)| n).collect();
        assert_eq!(numbers, (1..=17).collect::<Vec<u8>>());
        assert_eq!(goals().last(), Some((17, "Partnerships for the Goals")));
    }

    #[test]
    fn goal_zero_and_goal_eighteen_do_not_exist() {
        assert_eq!(goal_name(0), None);
        assert_eq!(goal_name(18), None);
        assert_eq!(goal_name(u8::MAX), None);
        assert!(!is_goal(0));
        assert!(!is_goal(18));
        assert!(targets_of(0).is_empty());
        assert!(targets_of(18).is_empty());
    }

    #[test]
    fn there_are_169_targets_126_numbered_and_43_lettered() {
        let all = all_targets();
        let numbered = all
            .iter()
            .filter(|t| matches!(t.target, TargetPart::Number(_)))
            .count();
        let lettered = all
            .iter()
            .filter(|t| matches!(t.target, TargetPart::Letter(_)))
            .count();
        assert_eq!(all.len(), 169);
        assert_eq!(numbered, 126);
        assert_eq!(lettered, 43);
        let per_goal: usize = (1..=GOAL_COUNT).map(|g| targets_of(g).len()).sum();
        assert_eq!(per_goal, 169);
    }

    #[test]
    fn each_goal_has_the_official_number_of_targets() {
        let counts: Vec<usize> = (1..=GOAL_COUNT).map(|g| targets_of(g).len()).collect();
        assert_eq!(
            counts,
            vec![7, 8, 13, 10, 9, 8, 5, 12, 8, 10, 10, 11, 5, 10, 12, 12, 19]
        );
    }

    #[test]
    fn every_listed_target_is_official_parses_back_and_is_in_official_order() {
        let all = all_targets();
        for target in &all {
            assert!(target.is_official(), "{target}");
            assert_eq!(parse_target(&target.to_string()), Ok(*target));
        }
        let mut sorted = all.clone();
        sorted.sort();
        assert_eq!(sorted, all);
    }

    #[test]
    fn targets_of_goal_eight_run_from_one_to_ten_then_a_and_b() {
        let codes: Vec<String> = targets_of(8).iter().map(ToString::to_string).collect();
        assert_eq!(
            codes,
            [
                "8.1", "8.2", "8.3", "8.4", "8.5", "8.6", "8.7", "8.8", "8.9", "8.10", "8.a", "8.b"
            ]
        );
    }

    #[test]
    fn goal_seventeen_has_nineteen_numbered_targets_and_no_lettered_ones() {
        let targets = targets_of(17);
        assert_eq!(targets.len(), 19);
        assert_eq!(
            targets.last().map(ToString::to_string).as_deref(),
            Some("17.19")
        );
        assert!(refusal("17.a").contains("its targets are 17.1–17.19)"));
    }

    #[test]
    fn a_numbered_target_is_parsed_and_displayed() {
        let target = parse_target("11.3").expect("valid");
        assert_eq!(
            target,
            TargetCode {
                goal: 11,
                target: TargetPart::Number(3)
            }
        );
        assert_eq!(target.to_string(), "11.3");
    }

    #[test]
    fn a_lettered_target_is_parsed_in_either_case_and_stored_in_lower_case() {
        let expected = TargetCode {
            goal: 6,
            target: TargetPart::Letter('a'),
        };
        assert_eq!(parse_target("6.a"), Ok(expected));
        assert_eq!(parse_target("6.A"), Ok(expected));
        assert_eq!(parse_target("6.A").map(|t| t.to_string()), Ok("6.a".into()));
    }

    #[test]
    fn surrounding_spaces_are_ignored() {
        assert_eq!(
            parse_target("  3.d \n").map(|t| t.to_string()),
            Ok("3.d".into())
        );
    }

    #[test]
    fn the_first_and_last_target_of_every_goal_are_accepted() {
        for goal in 1..=GOAL_COUNT {
            let targets = targets_of(goal);
            for target in [targets.first(), targets.last()].into_iter().flatten() {
                assert!(parse_target(&target.to_string()).is_ok(), "{target}");
            }
        }
        for code in ["1.5", "1.b", "3.9", "3.d", "8.10", "16.10", "16.b", "17.19"] {
            assert!(parse_target(code).is_ok(), "{code}");
        }
    }

    #[test]
    fn a_goal_beyond_seventeen_is_refused_saying_there_are_seventeen_goals() {
        assert_eq!(
            refusal("18.1"),
            "`18.1` is not a target: there are 17 goals"
        );
        assert_eq!(refusal("0.1"), "`0.1` is not a target: there are 17 goals");
        assert_eq!(
            refusal("300.1"),
            "`300.1` is not a target: there are 17 goals"
        );
    }

    #[test]
    fn a_target_beyond_the_goals_range_is_refused_with_the_range() {
        assert_eq!(
            refusal("11.8"),
            "`11.8` is not a target of goal 11 (its targets are 11.1–11.7 and 11.a–11.c)"
        );
        assert_eq!(
            refusal("11.d"),
            "`11.d` is not a target of goal 11 (its targets are 11.1–11.7 and 11.a–11.c)"
        );
        assert!(refusal("1.6").contains("(its targets are 1.1–1.5 and 1.a–1.b)"));
        assert!(refusal("1.c").contains("not a target of goal 1"));
        assert!(refusal("8.11").contains("8.1–8.10 and 8.a–8.b"));
        assert!(refusal("3.e").contains("3.1–3.9 and 3.a–3.d"));
        assert!(refusal("11.0").contains("not a target of goal 11"));
        assert!(refusal("11.999").contains("not a target of goal 11"));
    }

    #[test]
    fn an_indicator_code_is_refused_as_an_indicator_naming_its_target() {
        assert_eq!(
            refusal("11.3.1"),
            "`11.3.1` is an indicator code, not a target; its target is `11.3`"
        );
        assert_eq!(
            refusal("6.A.1"),
            "`6.A.1` is an indicator code, not a target; its target is `6.a`"
        );
        assert_eq!(
            refusal("11.9.1"),
            "`11.9.1` is an indicator code, not a target"
        );
    }

    #[test]
    fn a_bare_goal_is_refused_as_a_goal() {
        let message = refusal("11");
        assert!(
            message.starts_with("`11` is a goal, not a target"),
            "{message}"
        );
        assert!(message.contains("`11.1`"), "{message}");
        assert_eq!(
            refusal("42"),
            "`42` is not a goal or a target: there are 17 goals"
        );
    }

    #[test]
    fn an_empty_code_is_refused_as_empty() {
        assert!(refusal("").contains("empty"));
        assert!(refusal("   ").contains("empty"));
    }

    #[test]
    fn a_code_with_another_separator_is_refused_with_the_dotted_form() {
        assert_eq!(
            refusal("11-3"),
            "`11-3` is not a target code: separate the goal and the target with a dot, e.g. `11.3`"
        );
        assert!(refusal("6 A").contains("e.g. `6.a`"));
    }

    #[test]
    fn malformed_codes_are_refused_with_the_expected_form() {
        assert!(refusal("11.").contains("has no target after the dot"));
        assert!(refusal("11.").contains("11.1–11.7 and 11.a–11.c"));
        assert!(refusal(".3").contains("must start with a goal number"));
        assert!(refusal("x.1").contains("must start with a goal number"));
        assert!(refusal("-1.1").contains("must start with a goal number"));
        assert!(refusal("11.ab").contains("a number or a single letter"));
        assert!(refusal("11.+3").contains("a number or a single letter"));
        assert!(refusal("11.é").contains("a number or a single letter"));
        assert!(refusal("SDG 11.3").contains("must start with a goal number"));
        assert!(refusal("1.2.3.4").contains("write it as goal.target"));
        assert!(refusal("goal eleven").contains("write it as goal.target"));
    }

    #[test]
    fn a_hand_built_code_outside_the_numbering_is_not_official() {
        let outside = [
            TargetCode {
                goal: 0,
                target: TargetPart::Number(1),
            },
            TargetCode {
                goal: 18,
                target: TargetPart::Number(1),
            },
            TargetCode {
                goal: 11,
                target: TargetPart::Number(8),
            },
            TargetCode {
                goal: 11,
                target: TargetPart::Letter('A'),
            },
            TargetCode {
                goal: 17,
                target: TargetPart::Letter('a'),
            },
        ];
        for code in outside {
            assert!(!code.is_official(), "{code}");
        }
    }

    #[test]
    fn target_codes_parse_with_from_str_and_round_trip_through_serde_as_text() {
        let target: TargetCode = "12.C".parse().expect("valid");
        assert_eq!(target.to_string(), "12.c");
        let text = toml::to_string(&Wrapper { target }).expect("serialises");
        assert_eq!(text.trim(), "target = \"12.c\"");
        let back: Wrapper = toml::from_str("target = \"12.c\"").expect("deserialises");
        assert_eq!(back.target, target);
        let bad = toml::from_str::<Wrapper>("target = \"12.9\"").expect_err("refused");
        assert!(
            bad.to_string().contains("`12.9` is not an SDG target code"),
            "{bad}"
        );
    }

    #[derive(Debug, serde::Serialize, serde::Deserialize)]
    struct Wrapper {
        target: TargetCode,
    }
}
