//! The lifecycle of an edition of the award, and which transitions between its states are allowed.

use std::fmt;
use std::str::FromStr;

use super::message::Message;
use chrono::{DateTime, LocalResult, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

/// Where an edition stands in its procedure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EditionStatus {
    /// Being configured; not visible to applicants.
    Draft,
    /// The call for applications is open.
    Open,
    /// The deadline has passed; no more submissions.
    Closed,
    /// The secretariat checks eligibility.
    Screening,
    /// Jurors declare conflicts and score.
    JuryEvaluation,
    /// The jury discusses; the rapporteur records the consensus scores.
    Consensus,
    /// The jury has adopted its decisions.
    Decided,
    /// The winners are public and applicants see their feedback.
    Announced,
    /// Read-only record.
    Archived,
}

impl EditionStatus {
    /// Every state, in procedural order.
    pub const ALL: [EditionStatus; 9] = [
        EditionStatus::Draft,
        EditionStatus::Open,
        EditionStatus::Closed,
        EditionStatus::Screening,
        EditionStatus::JuryEvaluation,
        EditionStatus::Consensus,
        EditionStatus::Decided,
        EditionStatus::Announced,
        EditionStatus::Archived,
    ];

    /// The stable name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            EditionStatus::Draft => "draft",
            EditionStatus::Open => "open",
            EditionStatus::Closed => "closed",
            EditionStatus::Screening => "screening",
            EditionStatus::JuryEvaluation => "jury_evaluation",
            EditionStatus::Consensus => "consensus",
            EditionStatus::Decided => "decided",
            EditionStatus::Announced => "announced",
            EditionStatus::Archived => "archived",
        }
    }

    /// The name shown to people.
    pub fn label(self) -> &'static str {
        match self {
            EditionStatus::Draft => "Draft",
            EditionStatus::Open => "Open for applications",
            EditionStatus::Closed => "Closed",
            EditionStatus::Screening => "Eligibility screening",
            EditionStatus::JuryEvaluation => "Jury evaluation",
            EditionStatus::Consensus => "Consensus",
            EditionStatus::Decided => "Decided",
            EditionStatus::Announced => "Announced",
            EditionStatus::Archived => "Archived",
        }
    }

    /// The name shown to people, in their language.
    pub fn name(self) -> Message {
        match self {
            EditionStatus::Draft => Message::new("phase-draft"),
            EditionStatus::Open => Message::new("phase-open"),
            EditionStatus::Closed => Message::new("phase-closed"),
            EditionStatus::Screening => Message::new("phase-screening"),
            EditionStatus::JuryEvaluation => Message::new("phase-jury-evaluation"),
            EditionStatus::Consensus => Message::new("phase-consensus"),
            EditionStatus::Decided => Message::new("phase-decided"),
            EditionStatus::Announced => Message::new("phase-announced"),
            EditionStatus::Archived => Message::new("phase-archived"),
        }
    }

    /// Whether this state is `other` or comes after it in the procedure.
    pub fn is_at_or_after(self, other: EditionStatus) -> bool {
        let position = |s: EditionStatus| Self::ALL.iter().position(|x| *x == s);
        position(self) >= position(other)
    }

    /// Why jurors cannot be assigned in this state, if they cannot: assignment happens during
    /// screening and the jury evaluation, never once the consensus phase has begun.
    pub fn refuses_assignments(self) -> Option<Message> {
        match self {
            EditionStatus::Screening | EditionStatus::JuryEvaluation => None,
            other => Some(Message::new("assign-refused-phase").message("phase", other.name())),
        }
    }

    /// The state that normally follows this one, if any.
    pub fn next(self) -> Option<EditionStatus> {
        let position = Self::ALL.iter().position(|s| *s == self)?;
        Self::ALL.get(position + 1).copied()
    }

    /// Checks a transition; the error says why it is not allowed.
    pub fn check_transition(self, to: EditionStatus) -> Result<(), Message> {
        if self.next() == Some(to) {
            Ok(())
        } else if to == self {
            Err(Message::new("phase-refused-already").message("phase", self.name()))
        } else {
            match self.next() {
                Some(next) => Err(Message::new("phase-refused-only-next")
                    .message("phase", self.name())
                    .message("next", next.name())),
                None => Err(Message::new("phase-refused-final").message("phase", self.name())),
            }
        }
    }
}

impl fmt::Display for EditionStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for EditionStatus {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::ALL
            .into_iter()
            .find(|status| status.as_str() == s)
            .ok_or_else(|| format!("unknown edition status `{s}`"))
    }
}

/// An edition as the rest of Laurel sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edition {
    /// Id.
    pub id: i32,
    /// Name, e.g. "PLATFORMAwards 2026".
    pub name: String,
    /// Year.
    pub year: i32,
    /// Lifecycle state.
    pub status: EditionStatus,
    /// IANA time zone in which its dates are set and shown.
    pub time_zone: String,
    /// When the call opens.
    pub opens_at: DateTime<Utc>,
    /// The deadline: submissions are accepted strictly before it.
    pub closes_at: DateTime<Utc>,
    /// The stored rubric snapshot.
    pub rubric_id: i32,
    /// Number of submissions to shortlist.
    pub shortlist_size: i32,
    /// Accepted language codes.
    pub languages: Vec<String>,
    /// Eligibility settings.
    pub eligibility: super::eligibility::EligibilitySettings,
    /// Categories: (code, name).
    pub categories: Vec<(String, String)>,
    /// When jurors see each other's scores.
    pub peer_scores: super::peer_scores::PeerScores,
    /// The date by which jurors are asked to submit their scorecards, if set.
    pub scoring_deadline: Option<DateTime<Utc>>,
    /// The call's introduction, and its name and introduction in other languages.
    pub texts: super::edition_texts::EditionTexts,
}

impl Edition {
    /// Its name as a reader of `language` sees it: the name given in that language, else its own.
    pub fn name_in(&self, language: &str) -> &str {
        self.texts.name(&self.name, language).text
    }

    /// Its categories as a reader of `language` sees them: (code, label in that language where
    /// given, else the own label).
    pub fn categories_in(&self, language: &str) -> Vec<(String, String)> {
        self.categories
            .iter()
            .map(|(code, label)| {
                let read = self.texts.category(code, label, language);
                (code.clone(), read.to_owned())
            })
            .collect()
    }

    /// The version of its settings and phase, for optimistic locking (see
    /// [`super::version`]): it changes whenever any of them changes.
    pub fn version(&self) -> i64 {
        let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        let instant = |d: Option<DateTime<Utc>>| d.map(|d| d.to_rfc3339()).unwrap_or_default();
        let mut parts = vec![
            self.name.clone(),
            self.year.to_string(),
            self.status.as_str().to_owned(),
            self.time_zone.clone(),
            self.opens_at.to_rfc3339(),
            self.closes_at.to_rfc3339(),
            self.rubric_id.to_string(),
            self.shortlist_size.to_string(),
            self.languages.join(","),
            self.eligibility.lead_countries.join(","),
            self.eligibility.partner_countries.join(","),
            date(self.eligibility.started_after),
            date(self.eligibility.active_or_ended_after),
            self.peer_scores.as_str().to_owned(),
            instant(self.scoring_deadline),
        ];
        for (code, name) in &self.categories {
            parts.push(code.clone());
            parts.push(name.clone());
        }
        parts.push(serde_json::to_string(&self.texts).unwrap_or_default());
        super::version::of_parts(parts.iter().map(String::as_bytes))
    }
}

/// Languages an edition may accept: (code, name).
pub const LANGUAGES: [(&str, &str); 7] = [
    ("en", "English"),
    ("fr", "French"),
    ("es", "Spanish"),
    ("pt", "Portuguese"),
    ("de", "German"),
    ("it", "Italian"),
    ("ar", "Arabic"),
];

/// The known language codes among `chosen`, in the order of [`LANGUAGES`]; anything else is
/// dropped.
pub fn known_languages(chosen: &[String]) -> Vec<String> {
    LANGUAGES
        .iter()
        .map(|(code, _)| (*code).to_owned())
        .filter(|code| chosen.contains(code))
        .collect()
}

/// The name of a language code.
pub fn language_name(code: &str) -> &str {
    LANGUAGES
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(code, |(_, name)| name)
}

/// Reads an IANA time zone name such as `Europe/Brussels`.
pub fn parse_time_zone(name: &str) -> Result<Tz, Message> {
    name.trim()
        .parse::<Tz>()
        .map_err(|_| Message::new("edition-problem-zone").text("value", name.trim()))
}

/// Converts a local date and time (`YYYY-MM-DDTHH:MM`, as a browser sends it) in `zone` to an
/// instant. A time that does not exist (the clocks jump forward) or happens twice (they go back)
/// is refused with an explanation, never guessed.
pub fn local_to_utc(local: &str, zone: &str) -> Result<DateTime<Utc>, Message> {
    let tz = parse_time_zone(zone)?;
    let local = local.trim();
    let naive = NaiveDateTime::parse_from_str(local, "%Y-%m-%dT%H:%M")
        .or_else(|_| NaiveDateTime::parse_from_str(local, "%Y-%m-%dT%H:%M:%S"))
        .or_else(|_| NaiveDateTime::parse_from_str(local, "%Y-%m-%d %H:%M"))
        .map_err(|_| Message::new("edition-problem-instant").text("value", local))?;
    let at = naive.format("%Y-%m-%d %H:%M");
    match tz.from_local_datetime(&naive) {
        LocalResult::Single(t) => Ok(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(_, _) => Err(Message::new("edition-problem-time-twice")
            .text("time", at)
            .text("zone", tz)),
        LocalResult::None => Err(Message::new("edition-problem-time-skipped")
            .text("time", at)
            .text("zone", tz)),
    }
}

/// The local date and time of an instant in a zone, as a form field shows it (`YYYY-MM-DDTHH:MM`).
pub fn local_input_value(instant: DateTime<Utc>, zone: &str) -> String {
    match zone.parse::<Tz>() {
        Ok(tz) => instant
            .with_timezone(&tz)
            .format("%Y-%m-%dT%H:%M")
            .to_string(),
        Err(_) => instant.format("%Y-%m-%dT%H:%M").to_string(),
    }
}

/// Whether an edition in `status`, open from `opens_at` until (not including) `closes_at`, accepts
/// submissions at `now`; the error says why not (the deadline in the edition's `time_zone`).
pub fn accepts_submissions(
    status: EditionStatus,
    opens_at: DateTime<Utc>,
    closes_at: DateTime<Utc>,
    time_zone: &str,
    now: DateTime<Utc>,
) -> Result<(), Message> {
    if status != EditionStatus::Open || now < opens_at {
        return Err(Message::new("call-not-open"));
    }
    if now >= closes_at {
        return Err(Message::new("call-deadline-passed")
            .instant("deadline", closes_at, time_zone)
            .text("zone", super::time::zone_name(time_zone)));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_open_edition_can_close_but_not_jump_to_decided() {
        assert!(
            EditionStatus::Open
                .check_transition(EditionStatus::Closed)
                .is_ok()
        );
        let refusal = EditionStatus::Open
            .check_transition(EditionStatus::Decided)
            .expect_err("refused");
        assert_eq!(refusal.id, "phase-refused-only-next");
    }

    #[test]
    fn an_archived_edition_is_final() {
        assert!(
            EditionStatus::Archived
                .check_transition(EditionStatus::Draft)
                .expect_err("refused")
                .id
                == "phase-refused-final"
        );
    }

    #[test]
    fn a_local_time_converts_to_utc_across_summer_time() {
        let winter = local_to_utc("2026-01-15T12:00", "Europe/Brussels").expect("valid");
        assert_eq!(winter.to_rfc3339(), "2026-01-15T11:00:00+00:00");
        let summer = local_to_utc("2026-06-30 23:59", "Europe/Brussels").expect("valid");
        assert_eq!(summer.to_rfc3339(), "2026-06-30T21:59:00+00:00");
        assert_eq!(
            local_input_value(summer, "Europe/Brussels"),
            "2026-06-30T23:59"
        );
    }

    #[test]
    fn a_time_skipped_or_repeated_by_a_clock_change_is_refused() {
        let skipped = local_to_utc("2026-03-29T02:30", "Europe/Brussels").expect_err("refused");
        assert_eq!(skipped.id, "edition-problem-time-skipped");
        let twice = local_to_utc("2026-10-25T02:30", "Europe/Brussels").expect_err("refused");
        assert_eq!(twice.id, "edition-problem-time-twice");
        assert!(local_to_utc("2026-10-25T02:30", "Mars/Olympus").is_err());
    }

    #[test]
    fn submissions_are_accepted_until_one_second_before_the_deadline() {
        let opens = local_to_utc("2026-03-01T09:00", "Europe/Brussels").expect("valid");
        let closes = local_to_utc("2026-03-29T03:00", "Europe/Brussels").expect("valid");
        assert_eq!(closes.to_rfc3339(), "2026-03-29T01:00:00+00:00");
        let second = chrono::Duration::seconds(1);
        let open = EditionStatus::Open;
        assert!(
            accepts_submissions(open, opens, closes, "Europe/Brussels", closes - second).is_ok()
        );
        let late =
            accepts_submissions(open, opens, closes, "Europe/Brussels", closes).expect_err("late");
        assert_eq!(
            crate::i18n::say(crate::domain::language::Lang::EN, &late),
            "The deadline has passed: the call closed on 29 March 2026 at 03:00 Central European Summer Time (edition time, Europe/Brussels)."
        );
        assert!(accepts_submissions(open, opens, closes, "UTC", opens - second).is_err());
        assert!(accepts_submissions(EditionStatus::Closed, opens, closes, "UTC", opens).is_err());
    }

    #[test]
    fn statuses_round_trip_through_their_stored_names() {
        for status in EditionStatus::ALL {
            assert_eq!(status.as_str().parse::<EditionStatus>(), Ok(status));
        }
    }
}
