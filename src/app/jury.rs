//! The jury, the secretariat's side: adding a member to an edition's jury. A person without an
//! account gets one and a single-use invitation link (emailed when mail is set up); someone
//! already on the jury, or an account of another role, is refused on the email field.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

use crate::db;
use crate::db::jury::{JuryError, NewInvitation, NewMember};
use crate::domain::jury::{invitation_lifetime, new_invitation_token, token_hash};
use crate::domain::outbox;
use crate::domain::time;
use crate::error::{AppError, AppResult};
use crate::mail::MailSetup;

/// An invitation made for a new juror, to pass on (shown once).
pub struct Invited {
    /// The juror's name.
    pub name: String,
    /// The link that sets their password.
    pub link: String,
    /// When it stops working.
    pub expires: DateTime<Utc>,
    /// Whom it was emailed to, when mail is set up.
    pub emailed_to: Option<String>,
}

/// Adds `new` to the jury of edition `id`. `None` when the person already had an account (no
/// invitation needed); problems come back on the `email` field.
pub async fn add_member(
    db: &DatabaseConnection,
    id: i32,
    new: &NewMember,
    mail: &MailSetup,
    actor_id: i32,
    now: DateTime<Utc>,
) -> AppResult<Option<Invited>> {
    let edition = db::editions::find(db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    let token =
        new_invitation_token().ok_or_else(|| AppError::Internal("no randomness".to_owned()))?;
    let expires = now + invitation_lifetime();
    let path = format!("/invitations/{token}");
    let link = match &mail.public_url {
        Some(base) => format!("{base}{path}"),
        None => path,
    };
    let email = mail.enabled().then(|| {
        let expires_text = time::in_zone(expires, "UTC");
        let role = new.jury_role.label();
        outbox::invitation(
            &new.email,
            &new.name,
            &edition.name,
            role,
            &link,
            &expires_text,
        )
    });
    let invite = NewInvitation {
        token_hash: token_hash(&token),
        expires_at: expires,
        email,
    };
    let on_email = |message: &str| {
        AppError::Invalid(BTreeMap::from([("email".to_owned(), message.to_owned())]))
    };
    match db::jury::add_member(db, id, new, &invite, actor_id, now).await {
        Ok(true) => Ok(Some(Invited {
            name: new.name.clone(),
            link,
            expires,
            emailed_to: invite.email.as_ref().map(|e| e.recipient.clone()),
        })),
        Ok(false) => Ok(None),
        Err(JuryError::NotAJuror) => Err(on_email(
            "Email address: this email belongs to an applicant or secretariat account",
        )),
        Err(JuryError::AlreadyMember) => Err(on_email(
            "Email address: this person is already on the jury",
        )),
        Err(JuryError::Account(e)) => Err(AppError::Internal(e.to_string())),
        Err(JuryError::Db(e)) => Err(e.into()),
    }
}
