//! Eligibility screening: running the rules (at submission and when screening starts), overrides
//! with a written reason, and the secretariat's filtered list of submissions.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set, TransactionSession, TransactionTrait,
};
use serde_json::json;

use super::applications::{EligibilityState, latest_snapshot, to_record};
use super::audit::{self, AuditEvent};
use super::entities::{
    award_decision, category, edition, organisation, submission, submission_partner, submission_sdg,
};
use crate::domain::application::{Application, SubmissionStatus};
use crate::domain::edition::Edition;
use crate::domain::eligibility::{
    EligibilityInput, Outcome, PastWinner, RuleResult, evaluate, overall,
};

/// The prizes that make a partnership ineligible to win again (rule E8).
const PODIUM: [&str; 3] = ["first", "second", "third"];

/// Partnerships that won a first, second or third prize in another edition whose results are
/// public (announced or archived): unannounced decisions never reach an applicant.
pub async fn past_winners(
    db: &impl ConnectionTrait,
    except_edition: i32,
) -> Result<Vec<PastWinner>, DbErr> {
    let announced: Vec<i32> = edition::Entity::find()
        .filter(edition::Column::Status.is_in(["announced", "archived"]))
        .all(db)
        .await?
        .into_iter()
        .map(|e| e.id)
        .collect();
    let decisions = award_decision::Entity::find()
        .filter(award_decision::Column::EditionId.ne(except_edition))
        .filter(award_decision::Column::EditionId.is_in(announced))
        .filter(award_decision::Column::Prize.is_in(PODIUM))
        .all(db)
        .await?;
    let editions: HashMap<i32, String> = edition::Entity::find()
        .all(db)
        .await?
        .into_iter()
        .map(|e| (e.id, e.name))
        .collect();
    let mut winners = Vec::new();
    for decision in decisions {
        let Some(sub) = submission::Entity::find_by_id(decision.submission_id)
            .one(db)
            .await?
        else {
            continue;
        };
        let Some(lead) = organisation::Entity::find_by_id(sub.lead_organisation_id)
            .one(db)
            .await?
        else {
            continue;
        };
        let mut partners = Vec::new();
        for link in submission_partner::Entity::find()
            .filter(submission_partner::Column::SubmissionId.eq(sub.id))
            .all(db)
            .await?
        {
            if let Some(org) = organisation::Entity::find_by_id(link.organisation_id)
                .one(db)
                .await?
            {
                partners.push((org.name, org.country));
            }
        }
        let edition_name = editions
            .get(&decision.edition_id)
            .cloned()
            .unwrap_or_default();
        winners.push(PastWinner {
            lead: (lead.name, lead.country),
            partners,
            label: format!("{edition_name}, {} prize", decision.prize),
        });
    }
    Ok(winners)
}

/// Runs rules E1–E8 for an application of `edition` received at `submitted_at`.
pub async fn evaluate_rules(
    db: &impl ConnectionTrait,
    edition: &Edition,
    application: &Application,
    submitted_at: DateTime<Utc>,
) -> Result<Vec<RuleResult>, DbErr> {
    let winners = past_winners(db, edition.id).await?;
    Ok(evaluate_with_winners(
        edition,
        application,
        submitted_at,
        &winners,
    ))
}

/// Runs the eligibility rules against past winners read once (an import checks every row
/// against the same list).
#[must_use]
pub fn evaluate_with_winners(
    edition: &Edition,
    application: &Application,
    submitted_at: DateTime<Utc>,
    winners: &[PastWinner],
) -> Vec<RuleResult> {
    evaluate(&EligibilityInput {
        application,
        settings: &edition.eligibility,
        languages: &edition.languages,
        closes_at: edition.closes_at,
        time_zone: &edition.time_zone,
        submitted_at,
        past_winners: winners,
    })
}

/// Runs the rules again on every submitted application of an edition (when screening starts);
/// overrides stay. Returns how many were checked.
pub async fn recheck_edition(
    txn: &impl ConnectionTrait,
    edition: &Edition,
    now: DateTime<Utc>,
) -> Result<usize, DbErr> {
    let submitted = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(edition.id))
        .filter(submission::Column::Status.eq("submitted"))
        .all(txn)
        .await?;
    let mut checked = 0;
    for model in submitted {
        let Some(application) = latest_snapshot(txn, model.id).await? else {
            continue;
        };
        let received = model.submitted_at.unwrap_or(now);
        let rules = evaluate_rules(txn, edition, &application, received).await?;
        let outcome = overall(&rules);
        let mut change: submission::ActiveModel = model.into();
        change.eligibility = Set(Some(outcome.as_str().to_owned()));
        change.eligibility_rules = Set(Some(
            serde_json::to_string(&rules).map_err(|e| DbErr::Custom(e.to_string()))?,
        ));
        change.eligibility_checked_at = Set(Some(now));
        change.update(txn).await?;
        checked += 1;
    }
    Ok(checked)
}

/// Records a person's eligibility decision with its reason (audited).
pub async fn override_eligibility<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    id: i32,
    outcome: Outcome,
    reason: &str,
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<(), DbErr> {
    let txn = db.begin().await?;
    let model = submission::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("submission {id}")))?;
    let automatic = model.eligibility.clone();
    let mut change: submission::ActiveModel = model.into();
    change.eligibility_override = Set(Some(outcome.as_str().to_owned()));
    change.eligibility_override_reason = Set(Some(reason.to_owned()));
    change.eligibility_override_by = Set(Some(actor_id));
    change.eligibility_override_at = Set(Some(now));
    change.update(&txn).await?;
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(actor_id),
            action: "eligibility.overridden",
            subject_type: "submission",
            subject_id: Some(id.to_string()),
            details: json!({"automatic": automatic, "decision": outcome.as_str(), "reason": reason}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// A submission as the secretariat's list shows it.
#[derive(Clone, Debug)]
pub struct SubmissionRow {
    /// Id.
    pub id: i32,
    /// Title.
    pub title: String,
    /// Lead organisation name.
    pub lead: String,
    /// Lead country (alpha-2).
    pub lead_country: String,
    /// Partner countries (alpha-2).
    pub partner_countries: Vec<String>,
    /// Draft or submitted.
    pub status: SubmissionStatus,
    /// Eligibility, once submitted.
    pub eligibility: Option<EligibilityState>,
    /// Category code.
    pub category: Option<String>,
    /// Goals, primary first.
    pub sdgs: Vec<i16>,
    /// Submitted at.
    pub submitted_at: Option<DateTime<Utc>>,
}

/// Filters of the secretariat's list; `None` means any.
#[derive(Clone, Debug, Default)]
pub struct SubmissionFilter {
    /// Draft or submitted.
    pub status: Option<SubmissionStatus>,
    /// Final eligibility outcome.
    pub eligibility: Option<Outcome>,
    /// A country of the lead or of a partner.
    pub country: Option<String>,
    /// A goal.
    pub sdg: Option<i16>,
    /// A category code.
    pub category: Option<String>,
    /// Words in the title, summary, lead or partner names.
    pub search: Option<String>,
}

/// The submissions of an edition that pass the filter, ordered by title.
pub async fn list(
    db: &impl ConnectionTrait,
    edition_id: i32,
    filter: &SubmissionFilter,
) -> Result<Vec<SubmissionRow>, DbErr> {
    let models = submission::Entity::find()
        .filter(submission::Column::EditionId.eq(edition_id))
        .order_by_asc(submission::Column::Title)
        .all(db)
        .await?;
    let ids: Vec<i32> = models.iter().map(|m| m.id).collect();
    let categories: HashMap<i32, String> = category::Entity::find()
        .filter(category::Column::EditionId.eq(edition_id))
        .all(db)
        .await?
        .into_iter()
        .map(|c| (c.id, c.code))
        .collect();
    let links = submission_partner::Entity::find()
        .filter(submission_partner::Column::SubmissionId.is_in(ids.clone()))
        .all(db)
        .await?;
    let org_ids: Vec<i32> = links
        .iter()
        .map(|l| l.organisation_id)
        .chain(models.iter().map(|m| m.lead_organisation_id))
        .collect();
    let orgs: HashMap<i32, organisation::Model> = organisation::Entity::find()
        .filter(organisation::Column::Id.is_in(org_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let goals = submission_sdg::Entity::find()
        .filter(submission_sdg::Column::SubmissionId.is_in(ids))
        .all(db)
        .await?;
    let needle = filter.search.as_deref().map(str::to_lowercase);
    let mut rows = Vec::new();
    for model in models {
        let lead = orgs.get(&model.lead_organisation_id);
        let partners: Vec<&organisation::Model> = links
            .iter()
            .filter(|l| l.submission_id == model.id)
            .filter_map(|l| orgs.get(&l.organisation_id))
            .collect();
        let mut sdgs: Vec<(bool, i16)> = goals
            .iter()
            .filter(|g| g.submission_id == model.id)
            .map(|g| (!g.is_primary, g.goal))
            .collect();
        sdgs.sort_unstable();
        let record = to_record(model.clone());
        let row = SubmissionRow {
            id: model.id,
            title: if record.draft.title.trim().is_empty() {
                "(untitled draft)".to_owned()
            } else {
                record.draft.title.trim().to_owned()
            },
            lead: lead.map_or_else(String::new, |o| o.name.clone()),
            lead_country: lead.map_or_else(String::new, |o| o.country.clone()),
            partner_countries: partners.iter().map(|o| o.country.clone()).collect(),
            status: model.status.parse().map_err(DbErr::Custom)?,
            eligibility: record.eligibility.clone(),
            category: model.category_id.and_then(|c| categories.get(&c).cloned()),
            sdgs: sdgs.into_iter().map(|(_, g)| g).collect(),
            submitted_at: model.submitted_at,
        };
        let text = format!(
            "{} {} {} {}",
            row.title,
            model.summary,
            row.lead,
            partners
                .iter()
                .map(|o| o.name.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        )
        .to_lowercase();
        let keep = filter.status.is_none_or(|s| s == row.status)
            && filter
                .eligibility
                .is_none_or(|e| row.eligibility.as_ref().is_some_and(|el| el.outcome() == e))
            && filter
                .country
                .as_ref()
                .is_none_or(|c| row.lead_country == *c || row.partner_countries.contains(c))
            && filter.sdg.is_none_or(|g| row.sdgs.contains(&g))
            && filter
                .category
                .as_ref()
                .is_none_or(|c| row.category.as_ref() == Some(c))
            && needle.as_ref().is_none_or(|n| text.contains(n.as_str()));
        if keep {
            rows.push(row);
        }
    }
    Ok(rows)
}
