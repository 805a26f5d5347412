//! The secretariat's side of an edition's evaluation through the API: the jury (read, add a
//! member), the assignments (read, assign automatically), and the progress board.

use super::body::JsonBody;
use rocket::serde::json::Json;
use rocket::{get, post};
use serde::Serialize;
use utoipa::ToSchema;

use super::caller::ApiSecretariat;
use super::paging::{PageRequest, Paged};
use crate::app::progress;
use crate::db;
use crate::error::{AppError, AppResult};
use crate::web::errors::ErrorBody;
use crate::web::session::Db;

async fn edition_exists(db: &Db, id: i32) -> AppResult<()> {
    db::editions::find(db.inner(), id)
        .await?
        .map(|_| ())
        .ok_or(AppError::NotFound)
}

/// A member of an edition's jury.
#[derive(Serialize, ToSchema)]
pub struct JurorItem {
    /// Account id.
    user_id: i32,
    /// Name.
    name: String,
    /// Email address.
    email: String,
    /// `member`, `chair` or `rapporteur`.
    jury_role: String,
    /// Affiliation.
    affiliation: String,
    /// Country (ISO 3166-1 alpha-2).
    country: String,
    /// Languages read (ISO 639-1).
    languages: Vec<String>,
    /// Whether they have set a password (accepted the invitation).
    ready: bool,
}

/// The jury of an edition, in account id order.
#[utoipa::path(
    tag = "secretariat",
    params(("id" = i32, Path, description = "Edition id"),
           ("cursor" = Option<i32>, Query, description = "The `next_cursor` of the previous page", minimum = 0),
           ("limit" = Option<u32>, Query, description = "1 to 200, default 50", minimum = 1, maximum = 200)),
    responses((status = 200, body = Paged<JurorItem>), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
               (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/editions/<id>/jury?<cursor>&<limit>")]
pub async fn list_jury(
    id: i32,
    _me: ApiSecretariat,
    db: &Db,
    cursor: Vec<&str>,
    limit: Vec<&str>,
) -> AppResult<Json<Paged<JurorItem>>> {
    let request = PageRequest::from_query(&cursor, &limit)?;
    edition_exists(db, id).await?;
    let mut members = db::jury::members(db.inner(), id).await?;
    members.sort_by_key(|m| m.user_id);
    let items = members
        .into_iter()
        .map(|m| JurorItem {
            user_id: m.user_id,
            name: m.name,
            email: m.email,
            jury_role: m.jury_role.as_str().to_owned(),
            affiliation: m.affiliation,
            country: m.country,
            languages: m.languages,
            ready: m.ready,
        })
        .collect();
    Ok(Json(request.page(items, |j| j.user_id)))
}

/// An assignment of a juror to a submission (its scorecard).
#[derive(Serialize, ToSchema)]
pub struct EditionAssignmentItem {
    /// Assignment id.
    id: i32,
    /// Submission id.
    submission_id: i32,
    /// The submission's title.
    title: String,
    /// The juror's account id.
    juror_id: i32,
    /// The juror's name.
    juror: String,
    /// `not_started`, `draft` or `submitted`.
    status: String,
    /// Suspended while a declared conflict of interest keeps the juror away.
    suspended: bool,
}

impl From<db::assignments::AssignmentRow> for EditionAssignmentItem {
    fn from(r: db::assignments::AssignmentRow) -> Self {
        EditionAssignmentItem {
            id: r.id,
            submission_id: r.submission_id,
            title: r.title,
            juror_id: r.juror_id,
            juror: r.juror,
            status: r.status.as_str().to_owned(),
            suspended: r.suspended,
        }
    }
}

/// The assignments of an edition, in id order.
#[utoipa::path(
    tag = "secretariat",
    params(("id" = i32, Path, description = "Edition id"),
           ("cursor" = Option<i32>, Query, description = "The `next_cursor` of the previous page", minimum = 0),
           ("limit" = Option<u32>, Query, description = "1 to 200, default 50", minimum = 1, maximum = 200)),
    responses((status = 200, body = Paged<EditionAssignmentItem>), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
               (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/editions/<id>/assignments?<cursor>&<limit>")]
pub async fn list_assignments(
    id: i32,
    _me: ApiSecretariat,
    db: &Db,
    cursor: Vec<&str>,
    limit: Vec<&str>,
) -> AppResult<Json<Paged<EditionAssignmentItem>>> {
    let request = PageRequest::from_query(&cursor, &limit)?;
    edition_exists(db, id).await?;
    let mut rows = db::assignments::list(db.inner(), id).await?;
    rows.sort_by_key(|r| r.id);
    let items = rows.into_iter().map(EditionAssignmentItem::from).collect();
    Ok(Json(request.page(items, |a| a.id)))
}

/// One submission's or one juror's progress.
#[derive(Serialize, ToSchema)]
pub struct ProgressLine {
    /// The submission's or the juror's id.
    id: i32,
    /// Its title or their name.
    name: String,
    /// Scorecards submitted.
    done: usize,
    /// Scorecards assigned.
    assigned: usize,
}

/// An edition's progress board.
#[derive(Serialize, ToSchema)]
pub struct ProgressBody {
    /// Edition id.
    edition_id: i32,
    /// Scorecards submitted in all.
    done: usize,
    /// Scorecards assigned in all.
    assigned: usize,
    /// Per submission, in id order.
    submissions: Vec<ProgressLine>,
    /// Per juror, in id order.
    jurors: Vec<ProgressLine>,
}

fn lines(lines: Vec<progress::Line>) -> Vec<ProgressLine> {
    lines
        .into_iter()
        .map(|l| ProgressLine {
            id: l.id,
            name: l.name,
            done: l.done,
            assigned: l.assigned,
        })
        .collect()
}

/// How far the jury has come: scorecards submitted out of assigned, per submission and per
/// juror (the progress board; one document, not paged).
#[utoipa::path(
    tag = "secretariat",
    params(("id" = i32, Path, description = "Edition id")),
    responses((status = 200, body = ProgressBody), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
               (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/editions/<id>/progress")]
pub async fn show_progress(id: i32, _me: ApiSecretariat, db: &Db) -> AppResult<Json<ProgressBody>> {
    let progress = progress::of_edition(db.inner(), id).await?;
    let (done, assigned) = progress
        .submissions
        .iter()
        .fold((0, 0), |(d, a), l| (d + l.done, a + l.assigned));
    Ok(Json(ProgressBody {
        edition_id: id,
        done,
        assigned,
        submissions: lines(progress.submissions),
        jurors: lines(progress.jurors),
    }))
}

/// An automatic assignment as asked for.
#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AutomaticInput {
    /// Jurors per submission, 1 to 20.
    jurors_per_submission: u32,
    /// Submissions every juror scores (a calibration block), 0 to 50.
    #[serde(default)]
    calibration: u32,
    /// The seed that makes the plan reproducible.
    #[serde(default)]
    seed: u64,
}

/// The outcome of an automatic assignment.
#[derive(Serialize, ToSchema)]
pub struct AutomaticBody {
    /// How many were added, and the design: loads, languages, overlap, connectivity, the
    /// calibration block, notes (plain text, submissions by title, jurors by name).
    summary: String,
}

/// Assigns jurors to the eligible submissions automatically, keeping existing assignments and
/// every conflict of interest (as the assignments page does). 409 `assignments_closed` outside
/// the phases that allow it, `assignment_infeasible` with exactly why when it cannot be met.
#[utoipa::path(
    tag = "secretariat",
    params(("id" = i32, Path, description = "Edition id")),
    request_body = AutomaticInput,
    responses((status = 200, body = AutomaticBody), (status = 400, body = ErrorBody),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
               (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[post("/api/v1/editions/<id>/assignments/automatic", data = "<input>")]
pub async fn assign_automatically(
    id: i32,
    input: JsonBody<AutomaticInput>,
    me: ApiSecretariat,
    db: &Db,
    clock: &rocket::State<crate::clock::Clock>,
) -> AppResult<Json<AutomaticBody>> {
    use crate::app::assignment::{self, Refused, Request};
    use crate::error::Refusal;
    let request = Request {
        per_submission: input.jurors_per_submission.to_string(),
        calibration: input.calibration.to_string(),
        seed: input.seed.to_string(),
    };
    match assignment::automatic(db.inner(), id, &request, me.0.id, clock.now()).await? {
        Ok(summary) => {
            let lines: Vec<String> = summary
                .iter()
                .map(|line| crate::i18n::say(me.0.language, line))
                .collect();
            Ok(Json(AutomaticBody {
                summary: lines.join("\n"),
            }))
        }
        Err(Refused::Closed(message)) => Err(AppError::Conflict {
            code: Refusal::AssignmentsClosed,
            message,
        }),
        Err(Refused::Infeasible(message)) => Err(AppError::Conflict {
            code: Refusal::AssignmentInfeasible,
            message,
        }),
        Err(Refused::Invalid(problems)) => Err(AppError::Invalid(
            problems
                .into_iter()
                .map(|(field, problem)| (field.to_owned(), problem))
                .collect(),
        )),
    }
}

/// A new jury member as sent.
#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MemberInput {
    /// Their name.
    name: String,
    /// Their email address.
    email: String,
    /// `member`, `chair`, `rapporteur` or `observer`.
    jury_role: String,
    /// Their affiliation.
    #[serde(default)]
    affiliation: String,
    /// Their country (ISO 3166-1 alpha-2).
    country: String,
    /// The languages they read (ISO 639-1: `en`, `fr`, `es`, `it`, …).
    languages: Vec<String>,
}

/// The new member, and the invitation a person without an account needs.
#[derive(Serialize, ToSchema)]
pub struct MemberAdded {
    /// Their email address.
    email: String,
    /// The link that sets their password (shown once; absent when they already had an account).
    invitation_link: Option<String>,
    /// When the link stops working.
    invitation_expires_at: Option<chrono::DateTime<chrono::Utc>>,
    /// Whom the invitation was emailed to, when mail is set up.
    emailed_to: Option<String>,
}

/// Adds a member to an edition's jury (audited). A person without an account gets one and an
/// invitation link to pass on (emailed when mail is set up); 422 on `email` for someone already
/// on the jury or an account of another role.
#[utoipa::path(
    tag = "secretariat",
    params(("id" = i32, Path, description = "Edition id")),
    request_body = MemberInput,
    responses((status = 201, body = MemberAdded), (status = 400, body = ErrorBody),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 404, body = ErrorBody), (status = 415, body = ErrorBody),
               (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[post("/api/v1/editions/<id>/jury", data = "<input>")]
pub async fn add_member(
    id: i32,
    input: JsonBody<MemberInput>,
    me: ApiSecretariat,
    db: &Db,
    clock: &rocket::State<crate::clock::Clock>,
    mail: &rocket::State<crate::mail::MailSetup>,
) -> AppResult<(rocket::http::Status, Json<MemberAdded>)> {
    use crate::app::jury::{self, MemberTyped};
    let input = input.into_inner();
    let typed = MemberTyped {
        name: input.name,
        email: input.email,
        jury_role: input.jury_role,
        affiliation: input.affiliation,
        country: input.country,
        languages: input.languages,
    };
    let new = jury::check_member(&typed).map_err(AppError::Invalid)?;
    let invited = jury::add_member(db.inner(), id, &new, mail, me.0.id, clock.now()).await?;
    Ok((
        rocket::http::Status::Created,
        Json(MemberAdded {
            email: new.email,
            invitation_link: invited.as_ref().map(|i| i.link.clone()),
            invitation_expires_at: invited.as_ref().map(|i| i.expires),
            emailed_to: invited.and_then(|i| i.emailed_to),
        }),
    ))
}

/// An assignment by hand as sent.
#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ManualInput {
    /// The juror's account id.
    juror_id: i32,
    /// The submission.
    submission_id: i32,
}

/// Assigns a juror to a submission by hand (audited). 409 `assignments_closed` outside the
/// phases that allow it, `assignment_refused` with why for a conflicted juror, someone not on
/// the jury, a submission that is not eligible, or a pair already assigned.
#[utoipa::path(
    tag = "secretariat",
    params(("id" = i32, Path, description = "Edition id")),
    request_body = ManualInput,
    responses((status = 201, body = EditionAssignmentItem), (status = 400, body = ErrorBody),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
               (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[post("/api/v1/editions/<id>/assignments", data = "<input>")]
pub async fn assign_by_hand(
    id: i32,
    input: JsonBody<ManualInput>,
    me: ApiSecretariat,
    db: &Db,
    clock: &rocket::State<crate::clock::Clock>,
) -> AppResult<(rocket::http::Status, Json<EditionAssignmentItem>)> {
    use crate::app::assignment::{self, ManualRefused};
    use crate::error::Refusal;
    let pair = (input.juror_id, input.submission_id);
    let now = clock.now();
    match assignment::assign_by_hand(db.inner(), id, pair, me.0.id, now).await? {
        Ok(()) => {}
        Err(ManualRefused::Closed(message)) => {
            let code = Refusal::AssignmentsClosed;
            return Err(AppError::Conflict { code, message });
        }
        Err(ManualRefused::Pair(message)) => {
            let code = Refusal::AssignmentRefused;
            return Err(AppError::Conflict { code, message });
        }
    }
    let added = db::assignments::list(db.inner(), id)
        .await?
        .into_iter()
        .find(|a| a.juror_id == input.juror_id && a.submission_id == input.submission_id)
        .ok_or(AppError::NotFound)?;
    Ok((
        rocket::http::Status::Created,
        Json(EditionAssignmentItem::from(added)),
    ))
}

/// A reason as sent.
#[derive(serde::Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReasonInput {
    /// Why, in at least 5 characters (kept in the audit log).
    reason: String,
}

fn change_refused(refused: crate::app::assignment::ChangeRefused) -> AppError {
    use crate::app::assignment::ChangeRefused;
    match refused {
        ChangeRefused::Invalid(problem) => AppError::invalid("reason", problem),
        ChangeRefused::NotSubmitted => AppError::conflict(
            crate::error::Refusal::ScorecardNotSubmitted,
            crate::domain::message::Message::new("assignment-refused-not-submitted"),
        ),
    }
}

/// Removes an assignment with a reason (audited: the whole scorecard is kept in the audit log).
#[utoipa::path(
    tag = "secretariat",
    params(("aid" = i32, Path, description = "Assignment id")),
    request_body = ReasonInput,
    responses((status = 204, description = "Removed"), (status = 400, body = ErrorBody),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 404, body = ErrorBody), (status = 415, body = ErrorBody),
               (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[post("/api/v1/assignments/<aid>/remove", data = "<input>")]
pub async fn remove_assignment(
    aid: i32,
    input: JsonBody<ReasonInput>,
    me: ApiSecretariat,
    db: &Db,
    clock: &rocket::State<crate::clock::Clock>,
) -> AppResult<rocket::http::Status> {
    let now = clock.now();
    match crate::app::assignment::remove(db.inner(), aid, &input.reason, me.0.id, now).await? {
        Ok(_) => Ok(rocket::http::Status::NoContent),
        Err(refused) => Err(change_refused(refused)),
    }
}

/// Reopens a submitted scorecard with a reason (audited: a new revision begins, the history is
/// kept). 409 `scorecard_not_submitted` for one that is not submitted.
#[utoipa::path(
    tag = "secretariat",
    params(("aid" = i32, Path, description = "Assignment id")),
    request_body = ReasonInput,
    responses((status = 204, description = "Reopened"), (status = 400, body = ErrorBody),
               (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
               (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
               (status = 415, body = ErrorBody), (status = 422, body = ErrorBody),
               (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[post("/api/v1/assignments/<aid>/reopen", data = "<input>")]
pub async fn reopen_scorecard(
    aid: i32,
    input: JsonBody<ReasonInput>,
    me: ApiSecretariat,
    db: &Db,
    clock: &rocket::State<crate::clock::Clock>,
) -> AppResult<rocket::http::Status> {
    let now = clock.now();
    match crate::app::assignment::reopen(db.inner(), aid, &input.reason, me.0.id, now).await? {
        Ok(_) => Ok(rocket::http::Status::NoContent),
        Err(refused) => Err(change_refused(refused)),
    }
}
