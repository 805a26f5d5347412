//! The applicant's feedback on one application, once the edition's winners are announced: the
//! prize if any, and the consensus score and comment per criterion with the weighted total.
//! Never a juror's name, an individual score or the jury's dissent.

use askama::Template;
use rocket::get;

use super::context::Loaded;
use crate::app::feedback;
use crate::db::applications::EligibilityDecision;
use crate::db::feedback::PublishedPrize;
use crate::domain::eligibility::{Outcome, RuleResult};
use crate::error::AppResult;
use crate::web::pages::{Nav, Page};
use crate::web::session::{ApplicantUser, Db};

/// A prize as the applicant reads it.
pub struct PrizeView {
    prize: PublishedPrize,
    ex_aequo: bool,
    rationale: String,
}

/// One criterion's consensus.
pub struct CriterionView {
    name: String,
    weight: String,
    score: Option<String>,
    comment: String,
}

/// Why an application was not evaluated, when its eligibility says so.
pub struct EligibilityNote {
    outcome: Outcome,
    rules: Vec<RuleResult>,
    decision: Option<EligibilityDecision>,
}

/// The feedback page.
#[derive(Template)]
#[template(path = "applicant/feedback.html", config = "src/web/askama.toml")]
pub struct FeedbackTemplate {
    nav: Nav,
    id: i32,
    title: String,
    edition: String,
    edition_id: i32,
    public: bool,
    submitted: bool,
    prizes: Vec<PrizeView>,
    criteria: Vec<CriterionView>,
    any_consensus: bool,
    total: Option<String>,
    scale_max: String,
    eligibility: Option<EligibilityNote>,
    /// The round whose shortlist left the application out, in one line, once released.
    left_out: Option<String>,
    /// That round had no consensus step, so it gives no feedback per criterion.
    left_out_without_consensus: bool,
}

fn eligibility_note(loaded: &Loaded) -> Option<EligibilityNote> {
    let state = loaded.record.eligibility.as_ref()?;
    let outcome = state.outcome();
    if outcome == Outcome::Pass {
        return None;
    }
    Some(EligibilityNote {
        outcome,
        rules: state
            .rules
            .iter()
            .filter(|r| r.outcome != Outcome::Pass)
            .cloned()
            .collect(),
        decision: state.override_decision.clone(),
    })
}

impl FeedbackTemplate {
    fn new(nav: Nav, id: i32, found: feedback::ApplicantFeedback) -> Self {
        let loaded = &found.loaded;
        let title = if loaded.record.draft.title.trim().is_empty() {
            nav.t("application-untitled")
        } else {
            loaded.record.draft.title.trim().to_owned()
        };
        let mut page = FeedbackTemplate {
            edition: loaded.edition.name_in(nav.lang.code()).to_owned(),
            nav,
            id,
            title,
            edition_id: loaded.edition.id,
            public: found.public,
            submitted: found.submitted,
            prizes: Vec::new(),
            criteria: Vec::new(),
            any_consensus: false,
            total: None,
            scale_max: found.rubric.scale.max.to_string(),
            eligibility: None,
            left_out: None,
            left_out_without_consensus: false,
        };
        page.left_out_without_consensus = found.left_out.as_ref().is_some_and(|r| !r.consensus);
        page.left_out = found.left_out.as_ref().map(|round| {
            let line = crate::domain::message::Message::new("feedback-left-out")
                .message("round", round.title())
                .number("number", round.position);
            page.nav.say(&line)
        });
        if let Some(built) = found.feedback {
            page.eligibility = eligibility_note(loaded);
            page.prizes = found
                .prizes
                .into_iter()
                .map(|p| PrizeView {
                    ex_aequo: p.ex_aequo,
                    rationale: p.rationale.clone(),
                    prize: p,
                })
                .collect();
            page.any_consensus = built.any_consensus;
            page.total = built.total;
            page.criteria = built
                .criteria
                .into_iter()
                .map(|c| CriterionView {
                    name: c.name,
                    weight: c.weight,
                    score: c.score.map(|s| s.to_string()),
                    comment: c.comment,
                })
                .collect();
        }
        page
    }
}

/// The feedback on an application (its owner only; anyone else's is "not found").
#[get("/applicant/applications/<id>/feedback")]
pub async fn show_feedback(
    id: i32,
    user: ApplicantUser,
    nav: Nav,
    db: &Db,
) -> AppResult<Page<FeedbackTemplate>> {
    let found = feedback::of_owner(db.inner(), id, &user.0).await?;
    Ok(Page::ok(FeedbackTemplate::new(nav, id, found)))
}
