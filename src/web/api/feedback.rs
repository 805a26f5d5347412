//! An applicant's feedback through the API: once the winners are announced, the prizes their
//! application won and the jury's consensus per criterion, as the feedback page shows them.

use rocket::get;
use rocket::serde::json::Json;
use serde::Serialize;
use utoipa::ToSchema;

use super::caller::ApiApplicant;
use crate::app::feedback;
use crate::error::AppResult;
use crate::web::errors::ErrorBody;
use crate::web::session::Db;

/// A prize the application won.
#[derive(Serialize, ToSchema)]
pub struct PrizeItem {
    /// The prize in words (`First prize`, `Special prize: …`).
    prize: String,
    /// Shared with other applications.
    ex_aequo: bool,
    /// Why the jury gave it.
    rationale: String,
}

/// The jury's consensus on one criterion.
#[derive(Serialize, ToSchema)]
pub struct CriterionItem {
    /// The criterion's name.
    name: String,
    /// Its weight, e.g. `20%`.
    weight: String,
    /// The consensus score, if recorded.
    score: Option<f64>,
    /// The consensus comment.
    comment: String,
}

/// The feedback on an application.
#[derive(Serialize, ToSchema)]
pub struct FeedbackBody {
    /// Application id.
    application_id: i32,
    /// Whether the results are public (the winners are announced); before that the lists are
    /// empty.
    results_public: bool,
    /// Whether the application was submitted.
    submitted: bool,
    /// The round whose shortlist left it out, by name, once that outcome is released (the
    /// consensus below is then that round's, or an earlier round's).
    left_out_in_round: Option<String>,
    /// The prizes it won.
    prizes: Vec<PrizeItem>,
    /// The consensus per criterion, in rubric order.
    criteria: Vec<CriterionItem>,
    /// The weighted total with two decimals, once every criterion has a consensus.
    weighted_total: Option<String>,
}

/// The feedback on one of the caller's applications: prizes and the jury's consensus once the
/// winners are announced. Never a juror's name, an individual score or the jury's dissent.
#[utoipa::path(
    tag = "applicant",
    params(("id" = i32, Path, description = "Application id")),
    responses((status = 200, body = FeedbackBody), (status = 401, body = ErrorBody),
               (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
               (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)),
    security(("token" = []))
)]
#[get("/api/v1/applications/<id>/feedback")]
pub async fn show_feedback(id: i32, me: ApiApplicant, db: &Db) -> AppResult<Json<FeedbackBody>> {
    let found = feedback::of_owner(db.inner(), id, &me.0).await?;
    let built = found.feedback;
    Ok(Json(FeedbackBody {
        application_id: id,
        results_public: found.public,
        submitted: found.submitted,
        left_out_in_round: found
            .left_out
            .as_ref()
            .map(|round| crate::i18n::say(me.0.language, &round.title())),
        prizes: found
            .prizes
            .into_iter()
            .map(|p| PrizeItem {
                prize: p.label(),
                ex_aequo: p.ex_aequo,
                rationale: p.rationale,
            })
            .collect(),
        weighted_total: built.as_ref().and_then(|b| b.total.clone()),
        criteria: built
            .map(|b| b.criteria)
            .unwrap_or_default()
            .into_iter()
            .map(|c| CriterionItem {
                name: c.name,
                weight: c.weight,
                score: c.score.map(|s| s.points()),
                comment: c.comment,
            })
            .collect(),
    }))
}
