//! The demo award of `laurel serve --demo`: a complete edition in jury evaluation, with a
//! secretariat, six jurors, fourteen submissions, conflicts of interest, assignments and
//! scorecards, plus an open call for the next edition. Evaluated in two rounds (a technical
//! committee of three shortlisted eight of the fourteen for the jury) or, on request, by the
//! jury alone. Everything is invented but plausible.

mod committee;
mod content;
mod submit;

use chrono::{DateTime, Duration, TimeZone, Utc};
use sea_orm::{ActiveModelTrait, DatabaseConnection, DbErr, Set, TransactionTrait};
use serde_json::json;

use crate::db::audit::{self, AuditEvent};
use crate::db::entities::{
    assignment, conflict_declaration, edition, jury_membership, organisation, score, score_history,
    submission, user,
};
use crate::domain::conflicts::{ConflictDecision, ConflictLevel};
use crate::domain::edition_texts::{EditionTexts, TranslatedTexts};
use crate::domain::eligibility::EligibilitySettings;
use crate::domain::password::hash_password;
use crate::domain::rubric::Rubric;
use crate::domain::scoring::ScorecardStatus;
use content::{
    CALL_2027_INTRODUCTION, CALL_2027_TRANSLATIONS, COMMENTS, CRITERION_TILT, JURORS, PROJECTS,
};

/// The password of every demo account.
pub const DEMO_PASSWORD: &str = "laurel-demo-2026";
/// The secretariat's demo login.
pub const SECRETARIAT_EMAIL: &str = "secretariat@laurel-demo.example";

/// How many rounds the demo edition is evaluated in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum DemoRounds {
    /// The jury alone scores all fourteen submissions.
    One,
    /// A technical committee of three scored all fourteen and shortlisted eight; the jury
    /// scores the eight.
    #[default]
    Two,
}

/// What the demo created, to print.
pub struct DemoLogins {
    /// (role, email) of representative accounts.
    pub accounts: Vec<(&'static str, String)>,
}

/// Mixes a seed into a pseudo-random number (SplitMix64), so the demo is the same every time.
fn mix(seed: u64) -> u64 {
    let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The invented score, in half-points, of juror `j` for project `p` on criterion `c`.
fn demo_score(p: usize, j: usize, c: usize, max_half_points: i32) -> i16 {
    let noise = i32::try_from(mix((p * 131 + j * 17 + c) as u64) % 13).unwrap_or(6) - 6;
    let tenths = PROJECTS[p].quality_tenths + JURORS[j].6 + CRITERION_TILT[c % 7] + noise;
    let half_points = (tenths * 2 + 5).div_euclid(10).clamp(0, max_half_points);
    i16::try_from(half_points).unwrap_or(0)
}

fn user_model(
    email: String,
    name: &str,
    role: &str,
    hash: &str,
    org: Option<i32>,
    now: DateTime<Utc>,
) -> user::ActiveModel {
    user::ActiveModel {
        email: Set(email),
        name: Set(name.to_owned()),
        role: Set(role.to_owned()),
        password_hash: Set(hash.to_owned()),
        active: Set(true),
        session_version: Set(1),
        organisation_id: Set(org),
        time_zone: Set("Europe/Brussels".to_owned()),
        created_at: Set(now),
        updated_at: Set(now),
        email_confirmed_at: Set(Some(now)),
        ..Default::default()
    }
}

fn organisation_model(
    name: &str,
    kind: &str,
    country: &str,
    now: DateTime<Utc>,
) -> organisation::ActiveModel {
    organisation::ActiveModel {
        name: Set(name.to_owned()),
        kind: Set(kind.to_owned()),
        is_lrg: Set(kind != "ngo"),
        country: Set(country.to_owned()),
        contact_name: Set(None),
        contact_email: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
}

fn slug(name: &str) -> String {
    name.split_whitespace()
        .last()
        .unwrap_or("applicant")
        .chars()
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ä' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            other => other,
        })
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_lowercase()
}

/// Creates the demo award in one transaction. Call it only on an empty database.
pub async fn seed(
    db: &DatabaseConnection,
    rubric: &Rubric,
    now: DateTime<Utc>,
    rounds: DemoRounds,
) -> Result<DemoLogins, DbErr> {
    let hash = tokio::task::spawn_blocking(|| hash_password(DEMO_PASSWORD))
        .await
        .map_err(|e| DbErr::Custom(e.to_string()))?
        .map_err(DbErr::Custom)?;
    let txn = db.begin().await?;
    let rubric_id = crate::db::rubrics::snapshot(&txn, rubric, now).await?;
    let secretariat = user_model(
        SECRETARIAT_EMAIL.to_owned(),
        "Sofia Andersson",
        "secretariat",
        &hash,
        None,
        now,
    )
    .insert(&txn)
    .await?;
    let settings = serde_json::to_string(&EligibilitySettings {
        started_after: chrono::NaiveDate::from_ymd_opt(2021, 1, 1),
        active_or_ended_after: chrono::NaiveDate::from_ymd_opt(2024, 1, 1),
        ..EligibilitySettings::default()
    })
    .map_err(|e| DbErr::Custom(e.to_string()))?;
    let current = edition::ActiveModel {
        name: Set("PLATFORMAwards 2026 (demo)".to_owned()),
        year: Set(2026),
        status: Set(match rounds {
            DemoRounds::One => "jury_evaluation",
            DemoRounds::Two => "consensus",
        }
        .to_owned()),
        time_zone: Set("Europe/Brussels".to_owned()),
        opens_at: Set(Utc
            .with_ymd_and_hms(2026, 3, 2, 9, 0, 0)
            .single()
            .unwrap_or(now)),
        closes_at: Set(Utc
            .with_ymd_and_hms(2026, 6, 30, 21, 59, 59)
            .single()
            .unwrap_or(now)),
        rubric_id: Set(rubric_id),
        shortlist_size: Set(match rounds {
            DemoRounds::One => 12,
            DemoRounds::Two => i32::try_from(committee::SHORTLIST).unwrap_or(8),
        }),
        languages: Set("en,fr,es,it".to_owned()),
        settings: Set(settings.clone()),
        scoring_deadline: Set(Some(now + Duration::days(14))),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let next = edition::ActiveModel {
        name: Set("PLATFORMAwards 2027 (demo)".to_owned()),
        year: Set(2027),
        status: Set("open".to_owned()),
        time_zone: Set("Europe/Brussels".to_owned()),
        opens_at: Set(now - Duration::days(7)),
        closes_at: Set(now + Duration::days(60)),
        rubric_id: Set(rubric_id),
        shortlist_size: Set(12),
        languages: Set("en,fr,es,it".to_owned()),
        settings: Set(settings),
        texts: Set(call_2027_texts()?),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    let (committee_round, jury_round) = match rounds {
        DemoRounds::One => (
            None,
            crate::db::rounds::create_single_jury(&txn, current.id, now).await?,
        ),
        DemoRounds::Two => {
            let (committee, jury) = committee::create_rounds(&txn, current.id, now).await?;
            (Some(committee), jury)
        }
    };
    crate::db::rounds::create_single_jury(&txn, next.id, now).await?;
    let current_edition = crate::db::editions::find(&txn, current.id)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound("demo edition".to_owned()))?;
    let mut jurors = Vec::new();
    for (name, local, role, affiliation, country, languages, _) in JURORS {
        let juror = user_model(
            format!("{local}@laurel-demo.example"),
            name,
            "juror",
            &hash,
            None,
            now,
        )
        .insert(&txn)
        .await?;
        jury_membership::ActiveModel {
            round_id: Set(Some(jury_round.id)),
            edition_id: Set(current.id),
            user_id: Set(juror.id),
            jury_role: Set(role.as_str().to_owned()),
            affiliation: Set(affiliation.to_owned()),
            country: Set(country.to_owned()),
            languages: Set(languages.to_owned()),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        jurors.push(juror);
    }
    let committee_members = match &committee_round {
        Some(round) => committee::seat_committee(&txn, (current.id, round.id), &hash, now).await?,
        None => Vec::new(),
    };
    let mut applicants = Vec::new();
    for (p, project) in PROJECTS.iter().enumerate() {
        let (lead_name, lead_kind, lead_country) = project.lead;
        let lead = organisation_model(lead_name, lead_kind, lead_country, now)
            .insert(&txn)
            .await?;
        let office = if project.language == "it" {
            format!("Relazioni internazionali, {lead_name}")
        } else {
            format!("International relations, {lead_name}")
        };
        let mut applicant = user_model(
            format!("international@{}.example", slug(lead_name)),
            &office,
            "applicant",
            &hash,
            Some(lead.id),
            now,
        );
        applicant.language = Set(project.language.to_owned());
        let applicant = applicant.insert(&txn).await?;
        let submitted_at = Utc
            .with_ymd_and_hms(2026, 6, 1, 10, 0, 0)
            .single()
            .unwrap_or(now)
            + Duration::hours(i64::try_from(p).unwrap_or(0) * 37);
        let sub = submit::submit_project(
            &txn,
            p,
            project,
            &current_edition,
            rubric,
            (applicant.id, lead.id),
            submitted_at,
        )
        .await?;
        if project.partner.1 == "other" {
            crate::db::screening::override_eligibility(
                &txn,
                sub.id,
                crate::domain::eligibility::Outcome::Pass,
                "The partner's municipal council confirmed in writing that it runs the civil-registry desks: it is the partner local government.",
                secretariat.id,
                submitted_at + Duration::days(30),
            )
            .await?;
        }
        applicants.push((applicant, sub, lead));
    }
    let submitted: Vec<(usize, i32)> = applicants
        .iter()
        .enumerate()
        .map(|(p, (_, sub, _))| (p, sub.id))
        .collect();
    let (in_jury_round, states) = match committee_round {
        None => (submitted, ONE_ROUND_STATES),
        Some(round) => {
            let chair = committee_members
                .first()
                .ok_or_else(|| DbErr::Custom("the committee's chair".to_owned()))?;
            committee::score_everything(
                &txn,
                rubric,
                round.id,
                &committee_members,
                &submitted,
                now,
            )
            .await?;
            let people = (secretariat.id, chair.id);
            let shortlisted =
                committee::adopt_shortlist(&txn, &current_edition, round, people, now).await?;
            let in_round = shortlisted
                .iter()
                .filter_map(|id| submitted.iter().find(|(_, s)| s == id).copied())
                .collect();
            (in_round, TWO_ROUND_STATES)
        }
    };
    seed_jury_work(
        &txn,
        rubric,
        (jury_round.id, &jurors),
        (&in_jury_round, states),
        secretariat.id,
        now,
    )
    .await?;
    let (first_applicant, _, first_lead) = &applicants[0];
    submission::ActiveModel {
        edition_id: Set(next.id),
        category_id: Set(None),
        lead_organisation_id: Set(first_lead.id),
        applicant_user_id: Set(first_applicant.id),
        status: Set("draft".to_owned()),
        language: Set("en".to_owned()),
        title: Set("Neighbourhood committees, second phase".to_owned()),
        summary: Set(String::new()),
        start_date: Set(None),
        end_date: Set(None),
        is_ongoing: Set(false),
        budget_total_cents: Set(None),
        beneficiaries: Set(None),
        answers: Set(serde_json::to_string(&crate::domain::application::Draft {
            title: "Neighbourhood committees, second phase".to_owned(),
            language: "en".to_owned(),
            ..crate::domain::application::Draft::default()
        })
        .map_err(|e| DbErr::Custom(e.to_string()))?),
        version: Set(1),
        submitted_at: Set(None),
        created_at: Set(now - Duration::days(2)),
        updated_at: Set(now - Duration::days(2)),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: None,
            action: "demo.seeded",
            subject_type: "edition",
            subject_id: Some(current.id.to_string()),
            details: json!({"submissions": PROJECTS.len(), "jurors": JURORS.len(), "rounds": committee_members.len().min(1) + 1}),
        },
    )
    .await?;
    txn.commit().await?;
    let mut accounts = vec![
        ("secretariat", SECRETARIAT_EMAIL.to_owned()),
        ("juror (chair)", jurors[0].email.clone()),
        ("juror", jurors[3].email.clone()),
        ("applicant", first_applicant.email.clone()),
    ];
    if let Some(chair) = committee_members.first() {
        accounts.insert(3, ("committee chair", chair.email.clone()));
    }
    Ok(DemoLogins { accounts })
}

/// The three jurors of project `p`: projects 2m and 2m+1 together cover all six jurors once,
/// and the window moves by one juror for each m, so loads are equal and the design connected.
fn jurors_of(p: usize, juror_count: usize) -> [usize; 3] {
    let first = p / 2 + if p % 2 == 1 { 3 } else { 0 };
    [
        first % juror_count,
        (first + 1) % juror_count,
        (first + 2) % juror_count,
    ]
}

/// The jury's unfinished scorecards, as (juror, place of the submission in the jury's round):
/// those in draft with three criteria scored, and those not started.
struct Unfinished {
    drafts: [(usize, usize); 2],
    not_started: (usize, usize),
}

/// Jonas Weber has two scorecards in draft and Nadia Benali has not started one, when the jury
/// scores all fourteen submissions.
const ONE_ROUND_STATES: Unfinished = Unfinished {
    drafts: [(3, 13), (3, 9)],
    not_started: (5, 5),
};

/// The same when the jury scores the committee's eight.
const TWO_ROUND_STATES: Unfinished = Unfinished {
    drafts: [(3, 6), (3, 4)],
    not_started: (5, 5),
};

/// Conflicts, assignments (three jurors per submission, the same number per juror) and
/// scorecards of the jury's round, whose submissions are `submissions` (each with the index of
/// its demo project).
async fn seed_jury_work(
    txn: &sea_orm::DatabaseTransaction,
    rubric: &Rubric,
    (round_id, jurors): (i32, &[user::Model]),
    (submissions, unfinished): (&[(usize, i32)], Unfinished),
    secretariat_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let juror_count = jurors.len();
    // (place in the round, juror, level, reason): each conflicted juror is one not assigned to
    // the submission at that place.
    let conflicts = [
        (
            1,
            2,
            ConflictLevel::Disqualifying,
            "office_in_applicant",
            "Holds a post in the region's international department.",
        ),
        (
            4,
            1,
            ConflictLevel::Potential,
            "same_lrg_association",
            "Member of the same national association of municipalities.",
        ),
        (
            7,
            5,
            ConflictLevel::Disqualifying,
            "helped_prepare",
            "Advised the partner municipalities on the application.",
        ),
    ];
    for (p, j, level, reason, details) in conflicts {
        let decided = level == ConflictLevel::Potential;
        let Some(&(_, submission_id)) = submissions.get(p) else {
            continue;
        };
        conflict_declaration::ActiveModel {
            submission_id: Set(submission_id),
            juror_id: Set(jurors[j].id),
            level: Set(level.as_str().to_owned()),
            reason_code: Set(Some(reason.to_owned())),
            details: Set(details.to_owned()),
            decision: Set(Some(ConflictDecision::Excluded.as_str().to_owned())),
            decided_by: Set(decided.then_some(secretariat_id)),
            decided_at: Set(decided.then_some(now - Duration::days(30))),
            declared_at: Set(now - Duration::days(35)),
            ..Default::default()
        }
        .insert(txn)
        .await?;
    }
    let max = i32::from(rubric.scale.max.0);
    for (k, &(p, submission_id)) in submissions.iter().enumerate() {
        for (offset, j) in jurors_of(k, juror_count).into_iter().enumerate() {
            let juror = &jurors[j];
            let state = if unfinished.drafts.contains(&(j, k)) {
                ScorecardStatus::Draft
            } else if unfinished.not_started == (j, k) {
                ScorecardStatus::NotStarted
            } else {
                ScorecardStatus::Submitted
            };
            let done = state.is_submitted();
            let submitted_at = now - Duration::days(10)
                + Duration::hours(i64::try_from(p * 3 + offset).unwrap_or(0));
            let assigned = assignment::ActiveModel {
                round_id: Set(Some(round_id)),
                submission_id: Set(submission_id),
                juror_id: Set(juror.id),
                phase: Set("jury".to_owned()),
                status: Set(state.as_str().to_owned()),
                overall_comment: Set(if done {
                    "A credible partnership; see the comments per criterion.".to_owned()
                } else {
                    String::new()
                }),
                revision: Set(1),
                submitted_at: Set(done.then_some(submitted_at)),
                created_at: Set(now - Duration::days(28)),
                ..Default::default()
            }
            .insert(txn)
            .await?;
            let scored = match state {
                ScorecardStatus::Submitted => rubric.criteria.len(),
                ScorecardStatus::Draft => 3,
                ScorecardStatus::NotStarted => 0,
            };
            for (c, criterion) in rubric.criteria.iter().enumerate().take(scored) {
                let half_points = demo_score(p, j, c, max);
                let written = (assigned.id, juror.id, submitted_at);
                save_score(txn, written, &criterion.key, (half_points, &COMMENTS)).await?;
            }
        }
    }
    Ok(())
}

/// Saves a score of scorecard `assignment_id`, written by `juror_id` at `at`, with the comment
/// of its band among `comments` (one per whole point), and its first line of history.
async fn save_score(
    txn: &sea_orm::DatabaseTransaction,
    (assignment_id, juror_id, at): (i32, i32, DateTime<Utc>),
    key: &str,
    (half_points, comments): (i16, &[&str]),
) -> Result<(), DbErr> {
    let band = usize::try_from(half_points / 2)
        .unwrap_or(0)
        .min(comments.len().saturating_sub(1));
    let comment = comments.get(band).copied().unwrap_or_default().to_owned();
    let saved = score::ActiveModel {
        assignment_id: Set(assignment_id),
        criterion_key: Set(key.to_owned()),
        half_points: Set(Some(half_points)),
        comment: Set(comment.clone()),
        version: Set(1),
        updated_at: Set(at),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    score_history::ActiveModel {
        score_id: Set(saved.id),
        changed_by: Set(juror_id),
        changed_at: Set(at),
        old_half_points: Set(None),
        new_half_points: Set(Some(half_points)),
        old_comment: Set(None),
        new_comment: Set(Some(comment)),
        revision: Set(1),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(())
}

/// The 2027 call's introduction and its texts in French, Spanish and Italian, as stored.
fn call_2027_texts() -> Result<String, DbErr> {
    let translations = CALL_2027_TRANSLATIONS
        .iter()
        .map(|(code, name, introduction)| {
            let texts = TranslatedTexts {
                name: (*name).to_owned(),
                introduction: (*introduction).to_owned(),
                categories: Default::default(),
            };
            ((*code).to_owned(), texts)
        })
        .collect();
    let texts = EditionTexts::tidy(CALL_2027_INTRODUCTION, translations);
    serde_json::to_string(&texts).map_err(|e| DbErr::Custom(e.to_string()))
}
