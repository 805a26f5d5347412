//! The rows a submitted application writes (its organisations, partner links, goals, frozen
//! snapshot and the submission's own columns), built once for submitting and for importing.

use chrono::{DateTime, Utc};
use sea_orm::{DbErr, Set};

use super::entities::{
    organisation, submission, submission_partner, submission_sdg, submission_snapshot,
};
use crate::domain::application::{Application, Partner, SubmissionStatus, is_lrg_kind};
use crate::domain::eligibility::{Outcome, RuleResult, overall};

/// A new organisation as an application names it.
pub fn organisation(
    name: &str,
    kind: &str,
    country: &str,
    now: DateTime<Utc>,
) -> organisation::ActiveModel {
    organisation::ActiveModel {
        name: Set(name.to_owned()),
        kind: Set(kind.to_owned()),
        is_lrg: Set(is_lrg_kind(kind)),
        country: Set(country.to_owned()),
        created_at: Set(now),
        ..Default::default()
    }
}

/// A partner's link to a submission.
pub fn partner_link(
    submission_id: i32,
    organisation_id: i32,
    partner: &Partner,
) -> submission_partner::ActiveModel {
    submission_partner::ActiveModel {
        submission_id: Set(submission_id),
        organisation_id: Set(organisation_id),
        role: Set(partner.role.clone()),
        since_year: Set(partner.since_year),
        ..Default::default()
    }
}

/// The goals of a submitted application, the primary goal first, each with its targets.
pub fn goals(submission_id: i32, application: &Application) -> Vec<submission_sdg::ActiveModel> {
    std::iter::once(application.primary_sdg)
        .chain(application.secondary_sdgs.iter().copied())
        .enumerate()
        .map(|(i, goal)| {
            let prefix = format!("{goal}.");
            let targets: Vec<&str> = application
                .sdg_targets
                .iter()
                .filter(|t| t.starts_with(&prefix))
                .map(String::as_str)
                .collect();
            submission_sdg::ActiveModel {
                submission_id: Set(submission_id),
                goal: Set(i16::from(goal)),
                is_primary: Set(i == 0),
                targets: Set(targets.join(",")),
            }
        })
        .collect()
}

/// The frozen copy of an application as submitted, numbered from 1.
pub fn snapshot(
    submission_id: i32,
    number: i32,
    application: &Application,
    now: DateTime<Utc>,
) -> Result<submission_snapshot::ActiveModel, DbErr> {
    let content = serde_json::to_string(application).map_err(|e| DbErr::Custom(e.to_string()))?;
    Ok(submission_snapshot::ActiveModel {
        submission_id: Set(submission_id),
        number: Set(number),
        content: Set(content),
        submitted_at: Set(now),
        ..Default::default()
    })
}

/// Writes what submitting records on the submission itself (its status, the facts the lists
/// show, and the eligibility the rules gave, clearing any earlier decision); returns that outcome.
pub fn mark_submitted(
    change: &mut submission::ActiveModel,
    application: &Application,
    rules: &[RuleResult],
    category_id: Option<i32>,
    now: DateTime<Utc>,
) -> Result<Outcome, DbErr> {
    let outcome = overall(rules);
    change.category_id = Set(category_id);
    change.status = Set(SubmissionStatus::Submitted.as_str().to_owned());
    change.title = Set(application.title.clone());
    change.summary = Set(application.summary.clone());
    change.language = Set(application.language.clone());
    change.start_date = Set(Some(application.start_date));
    change.end_date = Set(application.end_date);
    change.is_ongoing = Set(application.end_date.is_none());
    change.budget_total_cents = Set(Some(application.budget_total_cents));
    change.beneficiaries = Set(Some(application.beneficiaries));
    change.submitted_at = Set(Some(now));
    change.updated_at = Set(now);
    change.eligibility = Set(Some(outcome.as_str().to_owned()));
    change.eligibility_rules = Set(Some(
        serde_json::to_string(rules).map_err(|e| DbErr::Custom(e.to_string()))?,
    ));
    change.eligibility_checked_at = Set(Some(now));
    change.eligibility_override = Set(None);
    change.eligibility_override_reason = Set(None);
    change.eligibility_override_by = Set(None);
    change.eligibility_override_at = Set(None);
    Ok(outcome)
}
