//! The first round of the two-round demo: a technical committee of three scored all fourteen
//! submissions, its ranking was cut at eight, and the committee's shortlist, recorded by the
//! secretariat and confirmed by its chair, sent eight submissions on to the jury.

use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveModelTrait, DatabaseTransaction, DbErr, Set};
use serde_json::json;

use super::content::{COMMITTEE, COMMITTEE_COMMENTS, CRITERION_TILT, PROJECTS};
use super::{mix, save_score, user_model};
use crate::app::results::{Depth, official_in};
use crate::db::audit::{self, AuditEvent};
use crate::db::entities::{assignment, edition, jury_membership, round, user};
use crate::domain::edition::Edition;
use crate::domain::results::cut_line::cut_line;
use crate::domain::round::Round;
use crate::domain::rubric::Rubric;
use crate::domain::shortlist::{ShortlistChoice, check_shortlist};

/// How many submissions the committee sends on to the jury.
pub const SHORTLIST: u32 = 8;

/// The bootstrap seed of the demo edition's results, fixed so that the demo is the same every
/// time it is created.
const RESULTS_SEED: i64 = 2026;

/// The demo edition's two rounds: (the committee's, the jury's).
pub async fn create_rounds(
    txn: &DatabaseTransaction,
    edition_id: i32,
    now: DateTime<Utc>,
) -> Result<(Round, Round), DbErr> {
    let committee = round::ActiveModel {
        edition_id: Set(edition_id),
        position: Set(1),
        name: Set(Some("Technical committee".to_owned())),
        consensus: Set(false),
        shortlist_size: Set(Some(i32::try_from(SHORTLIST).unwrap_or(8))),
        jurors_per_submission: Set(3),
        created_at: Set(now - Duration::days(80)),
        closed_at: Set(None),
        outcome_at_once: Set(true),
        sees_previous_consensus: Set(false),
        scoring_deadline: Set(Some(now - Duration::days(45))),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    let jury = round::ActiveModel {
        edition_id: Set(edition_id),
        position: Set(2),
        name: Set(Some("Jury".to_owned())),
        consensus: Set(true),
        shortlist_size: Set(None),
        jurors_per_submission: Set(3),
        created_at: Set(now - Duration::days(80)),
        closed_at: Set(None),
        outcome_at_once: Set(false),
        sees_previous_consensus: Set(false),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    let committee = crate::db::rounds::find(txn, committee.id).await?;
    let jury = crate::db::rounds::find(txn, jury.id).await?;
    committee
        .zip(jury)
        .ok_or_else(|| DbErr::RecordNotFound("the demo's rounds".to_owned()))
}

/// Two projects near the line on which the committee split, in tenths of a point by member: the
/// solar pumping project (which the chair rates higher than his colleagues do) and the open
/// budgets project (which the evaluation specialist rates higher).
const SPLIT: [(usize, [i32; 3]); 2] = [(4, [9, -7, 0]), (12, [-6, 9, 0])];

/// The invented score, in half-points, of committee member `m` for project `p` on criterion `c`:
/// the project's quality, the member's leniency, the member's own view of the project (the same
/// on every criterion, so that members disagree where it matters) and noise.
fn committee_score(p: usize, m: usize, c: usize, max_half_points: i32) -> i16 {
    let noise = i32::try_from(mix((p * 173 + m * 29 + c + 5_000) as u64) % 11).unwrap_or(5) - 5;
    let view = i32::try_from(mix((p * 7_919 + m * 104_729 + 77) as u64) % 11).unwrap_or(5) - 5;
    let split = SPLIT
        .iter()
        .find(|(project, _)| *project == p)
        .map_or(0, |(_, views)| views[m]);
    let tenths =
        PROJECTS[p].quality_tenths + COMMITTEE[m].6 + view + split + CRITERION_TILT[c % 7] + noise;
    let half_points = (tenths * 2 + 5).div_euclid(10).clamp(0, max_half_points);
    i16::try_from(half_points).unwrap_or(0)
}

/// The committee's members, on the committee's panel.
pub async fn seat_committee(
    txn: &DatabaseTransaction,
    (edition_id, round_id): (i32, i32),
    hash: &str,
    now: DateTime<Utc>,
) -> Result<Vec<user::Model>, DbErr> {
    let mut members = Vec::new();
    for (name, local, role, affiliation, country, languages, _) in COMMITTEE {
        let member = user_model(
            format!("{local}@laurel-demo.example"),
            name,
            "juror",
            hash,
            None,
            now,
        )
        .insert(txn)
        .await?;
        jury_membership::ActiveModel {
            round_id: Set(Some(round_id)),
            edition_id: Set(edition_id),
            user_id: Set(member.id),
            jury_role: Set(role.as_str().to_owned()),
            affiliation: Set(affiliation.to_owned()),
            country: Set(country.to_owned()),
            languages: Set(languages.to_owned()),
            created_at: Set(now - Duration::days(75)),
            ..Default::default()
        }
        .insert(txn)
        .await?;
        members.push(member);
    }
    Ok(members)
}

/// Every committee member scored every submission (`submissions`: project index and id), all
/// scorecards submitted weeks ago.
pub async fn score_everything(
    txn: &DatabaseTransaction,
    rubric: &Rubric,
    round_id: i32,
    members: &[user::Model],
    submissions: &[(usize, i32)],
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let max = i32::from(rubric.scale.max.0);
    for &(p, submission_id) in submissions {
        for (m, member) in members.iter().enumerate() {
            let submitted_at =
                now - Duration::days(50) + Duration::hours(i64::try_from(p * 5 + m).unwrap_or(0));
            let assigned = assignment::ActiveModel {
                round_id: Set(Some(round_id)),
                submission_id: Set(submission_id),
                juror_id: Set(member.id),
                phase: Set("jury".to_owned()),
                status: Set("submitted".to_owned()),
                overall_comment: Set(
                    "Checked against the application and the partners' letters.".to_owned()
                ),
                revision: Set(1),
                submitted_at: Set(Some(submitted_at)),
                created_at: Set(now - Duration::days(70)),
                ..Default::default()
            }
            .insert(txn)
            .await?;
            for (c, criterion) in rubric.criteria.iter().enumerate() {
                let half_points = committee_score(p, m, c, max);
                let written = (assigned.id, member.id, submitted_at);
                let band = (half_points, COMMITTEE_COMMENTS.as_slice());
                save_score(txn, written, &criterion.key, band).await?;
            }
        }
    }
    Ok(())
}

/// The secretariat records the official method (the demo's fixed seed) and looks at the
/// committee's results.
async fn record_method(
    txn: &DatabaseTransaction,
    edition_id: i32,
    secretariat_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let at = now - Duration::days(44);
    edition::ActiveModel {
        id: Set(edition_id),
        official_method: Set(Some("consensus_total".to_owned())),
        official_method_at: Set(Some(at)),
        results_seed: Set(Some(RESULTS_SEED)),
        ..Default::default()
    }
    .update(txn)
    .await?;
    audit::record(
        txn,
        at,
        AuditEvent {
            actor_id: Some(secretariat_id),
            action: "results.method_recorded",
            subject_type: "edition",
            subject_id: Some(edition_id.to_string()),
            details: json!({"before": null, "after": "consensus_total", "results_already_shown": false, "reason": null}),
        },
    )
    .await?;
    let shown = at + Duration::minutes(2);
    crate::db::results::mark_shown_by(txn, edition_id, Some(secretariat_id), "results_page", shown)
        .await
}

/// The committee adopts its shortlist: the top eight of its ranking, recorded by the secretariat
/// and confirmed by the committee's chair, which closes its round and opens the jury's. Returns
/// the shortlisted submissions in the committee's order.
pub async fn adopt_shortlist(
    txn: &DatabaseTransaction,
    edition: &Edition,
    committee: Round,
    (secretariat_id, chair_id): (i32, i32),
    now: DateTime<Utc>,
) -> Result<Vec<i32>, DbErr> {
    record_method(txn, edition.id, secretariat_id, now).await?;
    let round_id = committee.id;
    let official = official_in(txn, edition, committee, Depth::Full)
        .await
        .map_err(|e| DbErr::Custom(e.to_string()))?
        .ok_or_else(|| DbErr::Custom("the committee's results".to_owned()))?;
    let size = usize::try_from(SHORTLIST).unwrap_or(8);
    let cut = cut_line(&official.results.official, size);
    let choices = cut
        .places
        .iter()
        .map(|place| ShortlistChoice {
            submission_id: place.submission_id,
            position: u32::try_from(place.position).unwrap_or(u32::MAX),
            shortlisted: place.above,
            reason: String::new(),
        })
        .collect();
    let adopted = check_shortlist(SHORTLIST, choices)
        .map_err(|problems| DbErr::Custom(format!("the demo's shortlist: {problems:?}")))?;
    let recorded_at = now - Duration::days(40);
    crate::db::shortlists::record(txn, (round_id, None), &adopted, secretariat_id, recorded_at)
        .await
        .map_err(|e| DbErr::Custom(e.to_string()))?;
    // The chair confirms the recording as stored (PostgreSQL keeps microseconds only).
    let recorded_at = crate::db::rounds::find(txn, round_id)
        .await?
        .and_then(|r| r.shortlist_recorded_at)
        .ok_or_else(|| DbErr::Custom("the demo's shortlist was not recorded".to_owned()))?;
    let confirmed_at = recorded_at + Duration::days(1);
    crate::db::shortlists::confirm(txn, round_id, recorded_at, chair_id, confirmed_at)
        .await
        .map_err(|e| DbErr::Custom(e.to_string()))?;
    Ok(adopted
        .iter()
        .filter(|c| c.shortlisted)
        .map(|c| c.submission_id)
        .collect())
}
