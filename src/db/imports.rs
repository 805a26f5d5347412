//! Importing applications from another form tool: every row becomes an account (when new) and a
//! submitted application with its snapshot and eligibility, all rows or none. Rows are checked and
//! built before the transaction, which writes them in batches of a few hundred per statement, so
//! the database (SQLite's one connection above all) is held for a moment, not for the whole file.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel,
    QueryFilter, TransactionSession, TransactionTrait,
};
use serde_json::json;

use super::audit::{self, AuditEvent};
use super::entities::{category, organisation, submission, submission_partner, user};
use super::submission_rows as rows;
use crate::domain::account::NewAccount;
use crate::domain::application::{Application, ImportRow, ValidationContext, validate};
use crate::domain::edition::Edition;
use crate::domain::eligibility::RuleResult;
use crate::domain::message::Message;
use crate::domain::password::NO_PASSWORD;
use crate::domain::role::Role;

/// Why an import wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// Rows that cannot be imported, each problem with its line.
    #[error("{} rows cannot be imported", .0.len())]
    Refused(Vec<Message>),
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// How many rows one insert carries (well within every backend's limit on parameters).
const ROWS_PER_STATEMENT: usize = 400;

/// One row ready to write.
struct Prepared<'a> {
    row: &'a ImportRow,
    application: Application,
    received: DateTime<Utc>,
}

/// An applicant's account as the import needs it.
struct Applicant {
    id: i32,
    name: String,
    email: String,
}

/// Imports valid rows into an edition; returns how many. Any failure writes nothing.
pub async fn import_applications<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    edition: &Edition,
    ctx: &ValidationContext,
    rows: &[ImportRow],
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<usize, ImportError> {
    let prepared = prepare(rows, ctx, now)?;
    let txn = db.begin().await?;
    let (applicants, mut events) = applicants(&txn, rows, actor_id, now).await?;
    let winners = super::screening::past_winners(&txn, edition.id).await?;
    let categories: HashMap<String, i32> = category::Entity::find()
        .filter(category::Column::EditionId.eq(edition.id))
        .all(&txn)
        .await?
        .into_iter()
        .map(|c| (c.code, c.id))
        .collect();
    let owner = |p: &Prepared<'_>| applicants.get(&p.row.email).ok_or_else(|| missing(p.row));

    let mut leads = Vec::with_capacity(prepared.len());
    let mut lead_keys = Vec::with_capacity(prepared.len());
    for p in &prepared {
        let applicant = owner(p)?;
        let lead = &p.application.lead;
        let mut model = rows::organisation(&lead.name, &lead.kind, &lead.country, now);
        model.contact_name = sea_orm::Set(Some(applicant.name.clone()));
        model.contact_email = sea_orm::Set(Some(applicant.email.clone()));
        leads.push(model);
        lead_keys.push((lead.name.clone(), Some(applicant.email.clone())));
    }
    let lead_ids = insert_in_order(&txn, leads, &lead_keys, |m: &organisation::Model| {
        (m.id, (m.name.clone(), m.contact_email.clone()))
    })
    .await?;

    let mut submissions = Vec::with_capacity(prepared.len());
    let mut submission_keys = Vec::with_capacity(prepared.len());
    let mut outcomes = Vec::with_capacity(prepared.len());
    for (p, lead_id) in prepared.iter().zip(&lead_ids) {
        let applicant = owner(p)?;
        let rules: Vec<RuleResult> =
            super::screening::evaluate_with_winners(edition, &p.application, p.received, &winners);
        let category_id = p
            .application
            .category
            .as_ref()
            .and_then(|code| categories.get(code).copied());
        let mut model = submission::ActiveModel {
            edition_id: sea_orm::Set(edition.id),
            lead_organisation_id: sea_orm::Set(*lead_id),
            applicant_user_id: sea_orm::Set(applicant.id),
            answers: sea_orm::Set(
                serde_json::to_string(&p.row.draft).map_err(|e| DbErr::Custom(e.to_string()))?,
            ),
            version: sea_orm::Set(1),
            created_at: sea_orm::Set(now),
            ..Default::default()
        };
        let outcome =
            rows::mark_submitted(&mut model, &p.application, &rules, category_id, p.received)?;
        submissions.push(model);
        submission_keys.push((applicant.id, p.application.title.clone()));
        outcomes.push(outcome);
    }
    let submission_ids = insert_in_order(
        &txn,
        submissions,
        &submission_keys,
        |m: &submission::Model| (m.id, (m.applicant_user_id, m.title.clone())),
    )
    .await?;

    let partners: Vec<_> = prepared
        .iter()
        .zip(&submission_ids)
        .flat_map(|(p, id)| {
            p.application
                .partners
                .iter()
                .map(move |partner| (*id, partner))
        })
        .collect();
    let partner_keys: Vec<_> = partners
        .iter()
        .map(|(_, partner)| (partner.name.clone(), partner.country.clone()))
        .collect();
    let partner_orgs = partners
        .iter()
        .map(|(_, partner)| rows::organisation(&partner.name, &partner.kind, &partner.country, now))
        .collect();
    let partner_org_ids = insert_in_order(
        &txn,
        partner_orgs,
        &partner_keys,
        |m: &organisation::Model| (m.id, (m.name.clone(), m.country.clone())),
    )
    .await?;
    let links: Vec<submission_partner::ActiveModel> = partners
        .iter()
        .zip(&partner_org_ids)
        .map(|((id, partner), org)| rows::partner_link(*id, *org, partner))
        .collect();
    insert_all(&txn, links).await?;

    let goals = prepared
        .iter()
        .zip(&submission_ids)
        .flat_map(|(p, id)| rows::goals(*id, &p.application))
        .collect();
    insert_all(&txn, goals).await?;
    let snapshots = prepared
        .iter()
        .zip(&submission_ids)
        .map(|(p, id)| rows::snapshot(*id, 1, &p.application, p.received))
        .collect::<Result<Vec<_>, _>>()?;
    insert_all(&txn, snapshots).await?;

    for ((p, id), outcome) in prepared.iter().zip(&submission_ids).zip(&outcomes) {
        events.push(AuditEvent {
            actor_id: Some(actor_id),
            action: "application.imported",
            subject_type: "submission",
            subject_id: Some(id.to_string()),
            details: json!({"snapshot": 1, "eligibility": outcome.as_str(), "line": p.row.line}),
        });
    }
    events.push(AuditEvent {
        actor_id: Some(actor_id),
        action: "submissions.imported",
        subject_type: "edition",
        subject_id: Some(edition.id.to_string()),
        details: json!({"rows": rows.len()}),
    });
    audit::record_many(&txn, now, events).await?;
    txn.commit().await?;
    Ok(rows.len())
}

/// Validates every row (each problem with its line) before anything is written.
fn prepare<'a>(
    rows: &'a [ImportRow],
    ctx: &ValidationContext,
    now: DateTime<Utc>,
) -> Result<Vec<Prepared<'a>>, ImportError> {
    let mut prepared = Vec::with_capacity(rows.len());
    let mut problems = Vec::new();
    for row in rows {
        match validate(&row.draft, ctx) {
            Ok(application) => prepared.push(Prepared {
                row,
                application,
                received: row.submitted_at.unwrap_or(now),
            }),
            Err(_) => problems.push(
                Message::new("import-line")
                    .number("line", row.line)
                    .message("problem", Message::new("import-incomplete")),
            ),
        }
    }
    if problems.is_empty() {
        Ok(prepared)
    } else {
        Err(ImportError::Refused(problems))
    }
}

fn missing(row: &ImportRow) -> DbErr {
    DbErr::Custom(format!(
        "line {}: the account of {} was not found",
        row.line, row.email
    ))
}

/// The accounts the rows belong to, created (without a password) where new; refuses rows whose
/// address belongs to a juror's or the secretariat's account. Returns them by address, with the
/// audit events of the accounts created.
async fn applicants<'e>(
    txn: &impl ConnectionTrait,
    rows: &[ImportRow],
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<(HashMap<String, Applicant>, Vec<AuditEvent<'e>>), ImportError> {
    let mut names: HashMap<&str, &str> = HashMap::new();
    let mut emails: Vec<&str> = Vec::new();
    for row in rows {
        names.entry(row.email.as_str()).or_insert_with(|| {
            emails.push(row.email.as_str());
            row.name.trim()
        });
    }
    let existing = accounts_by_email(txn, &emails).await?;
    let new_rows: Vec<(user::ActiveModel, &str)> = emails
        .iter()
        .filter(|email| !existing.contains_key(**email))
        .map(|email| {
            let name = names
                .get(email)
                .copied()
                .filter(|n| !n.is_empty())
                .unwrap_or(email);
            let new = NewAccount {
                email: (*email).to_owned(),
                name: name.to_owned(),
                role: Role::Applicant,
                password: String::new(),
                language: crate::domain::language::Lang::EN,
            };
            (
                super::users::new_row(&new, NO_PASSWORD.to_owned(), now),
                *email,
            )
        })
        .collect();
    let mut events = Vec::new();
    let mut new_rows = new_rows.into_iter().peekable();
    while new_rows.peek().is_some() {
        let batch: Vec<user::ActiveModel> = new_rows
            .by_ref()
            .take(ROWS_PER_STATEMENT)
            .map(|(model, _)| model)
            .collect();
        // An address registered meanwhile by another request is kept as it is (and checked below).
        let created = user::Entity::insert_many(batch)
            .on_conflict(
                OnConflict::column(user::Column::Email)
                    .do_nothing()
                    .to_owned(),
            )
            .exec_with_returning(txn)
            .await?;
        events.extend(created.into_iter().map(|account| AuditEvent {
            actor_id: Some(actor_id),
            action: "account.created",
            subject_type: "user",
            subject_id: Some(account.id.to_string()),
            details: json!({"email": account.email, "role": Role::Applicant.as_str(), "password": "none yet"}),
        }));
    }
    let accounts = accounts_by_email(txn, &emails).await?;
    let mut problems = Vec::new();
    for row in rows {
        if let Some(account) = accounts.get(&row.email)
            && account.role != Role::Applicant.as_str()
        {
            let role = if account.role == Role::Juror.as_str() {
                Message::new("role-juror")
            } else {
                Message::new("role-secretariat")
            };
            let problem = Message::new("import-not-applicant")
                .text("email", &row.email)
                .message("role", role);
            problems.push(
                Message::new("import-line")
                    .number("line", row.line)
                    .message("problem", problem),
            );
        }
    }
    if !problems.is_empty() {
        return Err(ImportError::Refused(problems));
    }
    let applicants = accounts
        .into_iter()
        .map(|(email, account)| {
            let applicant = Applicant {
                id: account.id,
                name: account.name,
                email: account.email,
            };
            (email, applicant)
        })
        .collect();
    Ok((applicants, events))
}

async fn accounts_by_email(
    txn: &impl ConnectionTrait,
    emails: &[&str],
) -> Result<HashMap<String, user::Model>, DbErr> {
    let mut found = HashMap::with_capacity(emails.len());
    for batch in emails.chunks(ROWS_PER_STATEMENT) {
        let accounts = user::Entity::find()
            .filter(user::Column::Email.is_in(batch.iter().copied()))
            .all(txn)
            .await?;
        found.extend(accounts.into_iter().map(|a| (a.email.clone(), a)));
    }
    Ok(found)
}

/// Inserts rows in batches and returns their new ids in the order given. The ids are read back
/// sorted (both backends number a multi-row insert in the order of its values) and each row is
/// checked against `expected`, so a database that numbered otherwise stops the import instead of
/// linking a partner or a snapshot to the wrong application.
async fn insert_in_order<A, K, M>(
    txn: &impl ConnectionTrait,
    models: Vec<A>,
    expected: &[K],
    id_and_key: impl Fn(&M) -> (i32, K),
) -> Result<Vec<i32>, DbErr>
where
    A: ActiveModelTrait,
    A::Entity: EntityTrait<Model = M>,
    M: IntoActiveModel<A> + sea_orm::FromQueryResult + Send + Sync,
    K: PartialEq,
{
    let mut ids = Vec::with_capacity(models.len());
    let mut models = models.into_iter().peekable();
    while models.peek().is_some() {
        let batch: Vec<A> = models.by_ref().take(ROWS_PER_STATEMENT).collect();
        let written = batch.len();
        let mut inserted: Vec<(i32, K)> = A::Entity::insert_many(batch)
            .exec_with_returning(txn)
            .await?
            .iter()
            .map(&id_and_key)
            .collect();
        inserted.sort_by_key(|(id, _)| *id);
        let wanted = expected
            .get(ids.len()..ids.len() + written)
            .unwrap_or_default();
        let in_order = inserted.len() == written
            && inserted
                .iter()
                .zip(wanted)
                .all(|((_, key), want)| key == want);
        if !in_order {
            return Err(DbErr::Custom(
                "the database numbered the imported rows out of order; nothing was imported"
                    .to_owned(),
            ));
        }
        ids.extend(inserted.into_iter().map(|(id, _)| id));
    }
    Ok(ids)
}

/// Inserts rows in batches.
async fn insert_all<A: ActiveModelTrait>(
    txn: &impl ConnectionTrait,
    models: Vec<A>,
) -> Result<(), DbErr> {
    let mut models = models.into_iter().peekable();
    while models.peek().is_some() {
        let batch: Vec<A> = models.by_ref().take(ROWS_PER_STATEMENT).collect();
        A::Entity::insert_many(batch)
            .exec_without_returning(txn)
            .await?;
    }
    Ok(())
}
