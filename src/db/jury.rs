//! Jury memberships per edition and the invitations that bring new jurors in.

use chrono::{DateTime, Utc};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, QueryFilter, QueryOrder,
    Set, TransactionSession, TransactionTrait,
};
use serde_json::json;

use super::audit::{self, AuditEvent};
use super::entities::{invitation, jury_membership, user};
use super::users::{CreateAccountError, insert_account};
use crate::domain::account::{Account, NewAccount};
use crate::domain::jury::JuryRole;
use crate::domain::outbox::Email;
use crate::domain::password::NO_PASSWORD;
use crate::domain::role::Role;

/// A member as listed.
#[derive(Clone, Debug)]
pub struct Member {
    /// Account id.
    pub user_id: i32,
    /// Name.
    pub name: String,
    /// Email.
    pub email: String,
    /// Role on the jury.
    pub jury_role: JuryRole,
    /// Affiliation.
    pub affiliation: String,
    /// Country (alpha-2).
    pub country: String,
    /// Languages read.
    pub languages: Vec<String>,
    /// Whether the juror has set a password (accepted the invitation or had an account).
    pub ready: bool,
}

/// A member to add.
#[derive(Clone, Debug)]
pub struct NewMember {
    /// Name (for a new account).
    pub name: String,
    /// Email.
    pub email: String,
    /// Role on the jury.
    pub jury_role: JuryRole,
    /// Affiliation.
    pub affiliation: String,
    /// Country.
    pub country: String,
    /// Languages.
    pub languages: Vec<String>,
}

/// Why a member could not be added.
#[derive(Debug, thiserror::Error)]
pub enum JuryError {
    /// The email belongs to an applicant or secretariat account.
    #[error("this email belongs to an account that is not a juror's")]
    NotAJuror,
    /// Already on this jury.
    #[error("this person is already on the jury of this edition")]
    AlreadyMember,
    /// The account could not be created.
    #[error(transparent)]
    Account(#[from] CreateAccountError),
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// The role stored on a membership (the one place a stored role is read).
pub fn role_of(row: &jury_membership::Model) -> Result<JuryRole, DbErr> {
    row.jury_role.parse().map_err(DbErr::Custom)
}

/// A juror's membership of one edition's jury.
#[derive(Clone, Debug)]
pub struct Membership {
    /// The edition.
    pub edition_id: i32,
    /// The juror's account.
    pub user_id: i32,
    /// Role on the jury.
    pub role: JuryRole,
    /// Affiliation.
    pub affiliation: String,
    /// Country (alpha-2).
    pub country: String,
}

/// The membership of `juror_id` in the panel of the current round of `edition_id`, if any.
pub async fn membership(
    db: &impl ConnectionTrait,
    edition_id: i32,
    juror_id: i32,
) -> Result<Option<Membership>, DbErr> {
    let round_id = super::rounds::current_id(db, edition_id).await?;
    let Some(row) = jury_membership::Entity::find()
        .filter(jury_membership::Column::RoundId.eq(round_id))
        .filter(jury_membership::Column::UserId.eq(juror_id))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    Ok(Some(Membership {
        role: role_of(&row)?,
        edition_id: row.edition_id,
        user_id: row.user_id,
        affiliation: row.affiliation,
        country: row.country,
    }))
}

/// The members of the panel of an edition's current round, by name.
pub async fn members(db: &impl ConnectionTrait, edition_id: i32) -> Result<Vec<Member>, DbErr> {
    let round_id = super::rounds::current_id(db, edition_id).await?;
    let rows = jury_membership::Entity::find()
        .filter(jury_membership::Column::RoundId.eq(round_id))
        .all(db)
        .await?;
    let mut members = Vec::new();
    for row in rows {
        let Some(account) = user::Entity::find_by_id(row.user_id).one(db).await? else {
            continue;
        };
        let pending = invitation::Entity::find()
            .filter(invitation::Column::UserId.eq(row.user_id))
            .filter(invitation::Column::UsedAt.is_null())
            .one(db)
            .await?
            .is_some();
        members.push(Member {
            user_id: row.user_id,
            name: account.name,
            email: account.email,
            jury_role: role_of(&row)?,
            affiliation: row.affiliation,
            country: row.country,
            languages: row
                .languages
                .split(',')
                .filter(|l| !l.is_empty())
                .map(str::to_owned)
                .collect(),
            ready: !pending,
        });
    }
    members.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(members)
}

/// The invitation a new juror gets if the email has no account yet.
#[derive(Clone, Debug)]
pub struct NewInvitation {
    /// The stored hash of the link's token.
    pub token_hash: String,
    /// When the link stops working.
    pub expires_at: DateTime<Utc>,
    /// The email to queue with it, when mail is set up.
    pub email: Option<Email>,
    /// The language of the new account (the one the invitation is written in).
    pub language: crate::domain::language::Lang,
}

/// Adds a member to an edition's jury; a new email gets a juror account and the invitation,
/// whose email (if any) is queued in the same transaction. Returns whether an invitation was
/// created. Audited.
pub async fn add_member<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    edition_id: i32,
    new: &NewMember,
    invite: &NewInvitation,
    actor_id: i32,
    now: DateTime<Utc>,
) -> Result<bool, JuryError> {
    let txn = db.begin().await?;
    // Two additions of the same person at once: the edition's row is the lock, and the account
    // is looked up under it, so the second finds the first's account and membership.
    super::editions::locked(&txn, edition_id)
        .await?
        .ok_or_else(|| DbErr::RecordNotFound(format!("edition {edition_id}")))?;
    // The same new person added to two editions at once: the email's lock makes the second
    // find the account the first created.
    super::users::lock_email(&txn, &new.email).await?;
    let existing = super::users::find_for_login(&txn, &new.email).await?;
    // A new account has no password (nothing logs in with it) until the invitation sets one.
    let placeholder = existing.is_none().then(|| NO_PASSWORD.to_owned());
    let (user_id, invited) = match (existing, placeholder) {
        (Some((account, _)), _) if account.role != Role::Juror => return Err(JuryError::NotAJuror),
        (Some((account, _)), _) => (account.id, false),
        (None, Some(hash)) => {
            let account: Account = insert_account(
                &txn,
                &NewAccount {
                    email: new.email.clone(),
                    name: new.name.clone(),
                    role: Role::Juror,
                    password: String::new(),
                    language: invite.language,
                },
                hash,
                None,
                None,
                now,
            )
            .await?;
            invitation::ActiveModel {
                user_id: Set(account.id),
                token_hash: Set(invite.token_hash.clone()),
                expires_at: Set(invite.expires_at),
                used_at: Set(None),
                created_by: Set(actor_id),
                created_at: Set(now),
                ..Default::default()
            }
            .insert(&txn)
            .await?;
            if let Some(email) = &invite.email {
                super::outbox::enqueue(&txn, email, now).await?;
            }
            (account.id, true)
        }
        (None, None) => return Err(JuryError::Db(DbErr::Custom("no password hash".to_owned()))),
    };
    let round_id = super::rounds::current_id(&txn, edition_id).await?;
    let already = jury_membership::Entity::find()
        .filter(jury_membership::Column::RoundId.eq(round_id))
        .filter(jury_membership::Column::UserId.eq(user_id))
        .one(&txn)
        .await?;
    if already.is_some() {
        return Err(JuryError::AlreadyMember);
    }
    jury_membership::ActiveModel {
        round_id: Set(Some(round_id)),
        edition_id: Set(edition_id),
        user_id: Set(user_id),
        jury_role: Set(new.jury_role.as_str().to_owned()),
        affiliation: Set(new.affiliation.clone()),
        country: Set(new.country.clone()),
        languages: Set(new.languages.join(",")),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(actor_id),
            action: if invited {
                "jury.invited"
            } else {
                "jury.member_added"
            },
            subject_type: "edition",
            subject_id: Some(edition_id.to_string()),
            details: json!({
                "juror": user_id,
                "role": new.jury_role.as_str(),
                "email_queued": invited && invite.email.is_some(),
            }),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(invited)
}

/// Why an invitation cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum InvitationError {
    /// No invitation has this token.
    #[error("this invitation link is not valid")]
    Unknown,
    /// It has expired.
    #[error("this invitation link has expired; ask the secretariat for a new one")]
    Expired,
    /// It was used already.
    #[error("this invitation link has already been used; log in with your password")]
    Used,
    /// The database failed.
    #[error(transparent)]
    Db(#[from] DbErr),
}

/// The account an unused, unexpired invitation is for.
pub async fn invited_account(
    db: &impl ConnectionTrait,
    token_hash: &str,
    now: DateTime<Utc>,
) -> Result<(invitation::Model, Account), InvitationError> {
    let found = invitation::Entity::find()
        .filter(invitation::Column::TokenHash.eq(token_hash))
        .order_by_desc(invitation::Column::Id)
        .one(db)
        .await?
        .ok_or(InvitationError::Unknown)?;
    if found.used_at.is_some() {
        return Err(InvitationError::Used);
    }
    if found.expires_at <= now {
        return Err(InvitationError::Expired);
    }
    let account = super::users::find(db, found.user_id)
        .await?
        .ok_or(InvitationError::Unknown)?;
    Ok((found, account))
}

/// Uses an invitation: sets the juror's password, once. Audited.
pub async fn accept_invitation<C: TransactionTrait + ConnectionTrait>(
    db: &C,
    token_hash: &str,
    password_hash: String,
    now: DateTime<Utc>,
) -> Result<Account, InvitationError> {
    let txn = db.begin().await?;
    let (found, account) = invited_account(&txn, token_hash, now).await?;
    let mut used: invitation::ActiveModel = found.into();
    used.used_at = Set(Some(now));
    used.update(&txn).await?;
    let account =
        super::users::end_sessions(&txn, account.id, Some(password_hash), account.id, now).await?;
    audit::record(
        &txn,
        now,
        AuditEvent {
            actor_id: Some(account.id),
            action: "jury.invitation_accepted",
            subject_type: "user",
            subject_id: Some(account.id.to_string()),
            details: json!({}),
        },
    )
    .await?;
    txn.commit().await?;
    Ok(account)
}

/// The editions on whose current round's panel an account sits: (edition id, edition name,
/// role on the panel).
pub async fn editions_of(
    db: &impl ConnectionTrait,
    user_id: i32,
) -> Result<Vec<(i32, String, JuryRole)>, DbErr> {
    let current = super::rounds::current_ids(db).await?;
    let rows = jury_membership::Entity::find()
        .filter(jury_membership::Column::UserId.eq(user_id))
        .all(db)
        .await?;
    let mut editions = Vec::new();
    for row in rows
        .into_iter()
        .filter(|r| r.round_id.is_some() && r.round_id == current.get(&r.edition_id).copied())
    {
        if let Some(edition) = super::entities::edition::Entity::find_by_id(row.edition_id)
            .one(db)
            .await?
        {
            editions.push((edition.id, edition.name, role_of(&row)?));
        }
    }
    Ok(editions)
}

/// Returns true if and only if the account chairs the panel of at least one edition's current
/// round.
pub async fn chairs_a_jury(db: &impl ConnectionTrait, user_id: i32) -> Result<bool, DbErr> {
    let current = super::rounds::current_ids(db).await?;
    Ok(jury_membership::Entity::find()
        .filter(jury_membership::Column::UserId.eq(user_id))
        .filter(jury_membership::Column::JuryRole.eq(JuryRole::Chair.as_str()))
        .all(db)
        .await?
        .into_iter()
        .any(|m| m.round_id.is_some() && m.round_id == current.get(&m.edition_id).copied()))
}
