//! How Laurel writes an instant for people: in a named time zone with its abbreviation, to the
//! minute, and for deadlines in the tense that is true now.
//!
//! Every page writes instants through these functions: in the viewer's zone (their account's,
//! UTC when logged out) for when something happened, and in the edition's zone, said so, where the
//! edition's own time matters (its opening and its deadline).

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// The zone named `name`, or UTC when the name is not a time zone.
fn zone_or_utc(name: &str) -> Tz {
    name.trim().parse::<Tz>().unwrap_or(Tz::UTC)
}

/// The name of the zone `name` as it is used: itself, or `UTC` when it is not a time zone.
/// The IANA name of a zone (UTC for an unknown one).
pub fn zone_name(name: &str) -> String {
    zone_or_utc(name).name().to_owned()
}

/// An instant in `zone`, to the minute, with the zone's abbreviation: `3 Feb 2027, 08:30 CET`.
/// An unknown zone writes the instant in UTC.
pub fn in_zone(at: DateTime<Utc>, zone: &str) -> String {
    at.with_timezone(&zone_or_utc(zone))
        .format("%-d %b %Y, %H:%M %Z")
        .to_string()
}

/// An instant in an edition's zone, said to be the edition's:
/// `3 Feb 2027, 08:30 CET (edition time, Europe/Brussels)`.
pub fn in_edition_zone(at: DateTime<Utc>, edition_zone: &str) -> String {
    format!(
        "{} (edition time, {})",
        in_zone(at, edition_zone),
        zone_name(edition_zone)
    )
}

/// An instant in an edition's zone and, when the viewer's zone is another, in theirs too:
/// `3 Feb 2027, 08:30 CET (edition time, Europe/Brussels; 3 Feb 2027, 02:30 EST your time)`.
pub fn in_edition_and_viewer_zone(
    at: DateTime<Utc>,
    edition_zone: &str,
    viewer_zone: &str,
) -> String {
    if zone_or_utc(edition_zone) == zone_or_utc(viewer_zone) {
        in_edition_zone(at, edition_zone)
    } else {
        format!(
            "{} (edition time, {}; {} your time)",
            in_zone(at, edition_zone),
            zone_name(edition_zone),
            in_zone(at, viewer_zone)
        )
    }
}

/// Whether an instant is still to come or already gone, seen at some moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    /// The instant is after the moment of speaking.
    Future,
    /// The instant is at or before the moment of speaking.
    Past,
}

impl Tense {
    /// The tense of `at` seen at `now`: an instant equal to `now` has passed.
    pub fn of(at: DateTime<Utc>, now: DateTime<Utc>) -> Tense {
        if at > now { Tense::Future } else { Tense::Past }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, s)
            .single()
            .unwrap_or_default()
    }

    #[test]
    fn an_instant_is_written_in_the_zone_with_its_abbreviation_and_no_seconds() {
        let deadline = at(2027, 2, 3, 7, 30, 39);
        assert_eq!(
            in_zone(deadline, "Europe/Brussels"),
            "3 Feb 2027, 08:30 CET"
        );
        assert_eq!(in_zone(deadline, "UTC"), "3 Feb 2027, 07:30 UTC");
        assert_eq!(
            in_zone(at(2027, 6, 30, 21, 59, 0), "Europe/Brussels"),
            "30 Jun 2027, 23:59 CEST"
        );
    }

    #[test]
    fn an_unknown_zone_writes_utc() {
        assert_eq!(
            in_zone(at(2027, 2, 3, 7, 30, 0), "Mars/Olympus"),
            "3 Feb 2027, 07:30 UTC"
        );
        assert_eq!(
            in_edition_zone(at(2027, 2, 3, 7, 30, 0), "Mars/Olympus"),
            "3 Feb 2027, 07:30 UTC (edition time, UTC)"
        );
    }

    #[test]
    fn an_absent_instant_is_a_dash() {}

    #[test]
    fn edition_time_names_the_edition_zone() {
        assert_eq!(
            in_edition_zone(at(2027, 2, 3, 7, 30, 0), "Europe/Brussels"),
            "3 Feb 2027, 08:30 CET (edition time, Europe/Brussels)"
        );
    }

    #[test]
    fn edition_time_adds_the_viewers_time_only_when_it_differs() {
        let instant = at(2027, 2, 3, 7, 30, 0);
        assert_eq!(
            in_edition_and_viewer_zone(instant, "Europe/Brussels", "Europe/Brussels"),
            "3 Feb 2027, 08:30 CET (edition time, Europe/Brussels)"
        );
        assert_eq!(
            in_edition_and_viewer_zone(instant, "Europe/Brussels", "Africa/Dakar"),
            "3 Feb 2027, 08:30 CET (edition time, Europe/Brussels; 3 Feb 2027, 07:30 GMT your time)"
        );
    }

    #[test]
    fn a_deadline_is_in_the_future_tense_until_it_passes() {
        let closes = at(2027, 2, 3, 7, 30, 0);
        assert_eq!(Tense::of(closes, at(2027, 2, 3, 7, 29, 59)), Tense::Future);
        assert_eq!(Tense::of(closes, closes), Tense::Past);
    }
}
