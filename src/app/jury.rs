//! The jury, the secretariat's side: adding a member to an edition's jury. A person without an
//! account gets one and a single-use invitation link (emailed when mail is set up); someone
//! already on the jury, or an account of another role, is refused on the email field.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

use crate::db;
use crate::db::jury::{JuryError, NewInvitation, NewMember};
use crate::domain::countries;
use crate::domain::edition::known_languages;
use crate::domain::jury::{JuryRole, invitation_lifetime, new_invitation_token, token_hash};
use crate::domain::language::Lang;
use crate::domain::message::Message;
use crate::domain::outbox::Email;
use crate::domain::password::{check_name, normalise_email};
use crate::error::{AppError, AppResult};
use crate::i18n::{self, msg};
use crate::mail::MailSetup;

/// A new jury member as typed.
#[derive(Clone, Debug, Default)]
pub struct MemberTyped {
    /// Their name.
    pub name: String,
    /// Their email address.
    pub email: String,
    /// `member`, `chair`, `rapporteur` or `observer`.
    pub jury_role: String,
    /// Their affiliation.
    pub affiliation: String,
    /// Their country (ISO 3166-1 alpha-2).
    pub country: String,
    /// The languages they read (ISO 639-1), among the edition's languages list.
    pub languages: Vec<String>,
}

/// Checks a new member as typed; problems by field.
pub fn check_member(form: &MemberTyped) -> Result<NewMember, BTreeMap<String, Message>> {
    let mut errors = BTreeMap::new();
    let name = check_name(&form.name)
        .map_err(|p| {
            errors.insert(
                "name".to_owned(),
                p.message(Message::new("label-juror-name")),
            )
        })
        .ok();
    let email = normalise_email(&form.email)
        .map_err(|p| errors.insert("email".to_owned(), p.message(Message::new("label-email"))))
        .ok();
    let jury_role = form.jury_role.parse::<JuryRole>();
    if jury_role.is_err() {
        errors.insert("jury_role".to_owned(), Message::new("jury-problem-role"));
    }
    let country = form.country.trim().to_uppercase();
    if !countries::is_known(&country) {
        errors.insert("country".to_owned(), Message::new("jury-problem-country"));
    }
    if let Err(problem) = crate::domain::limits::check_length(
        Message::new("label-affiliation"),
        form.affiliation.trim(),
        crate::domain::limits::LINE,
    ) {
        errors.insert("affiliation".to_owned(), problem);
    }
    let languages = known_languages(&form.languages);
    if languages.is_empty() {
        errors.insert(
            "languages".to_owned(),
            Message::new("jury-problem-languages"),
        );
    }
    match (name, email, jury_role) {
        (Some(name), Some(email), Ok(jury_role)) if errors.is_empty() => Ok(NewMember {
            name,
            email,
            jury_role,
            affiliation: form.affiliation.trim().to_owned(),
            country,
            languages,
        }),
        _ => Err(errors),
    }
}

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

/// The invitation a new juror receives, in their language: who invites them to which jury (and
/// in which role), the one-time link and until when it works.
fn invitation(
    lang: Lang,
    new: &NewMember,
    (edition_id, edition): (i32, &str),
    link: &str,
    expires: DateTime<Utc>,
) -> Email {
    let role = i18n::text(lang, role_id(new.jury_role));
    let expires = i18n::instant(lang, expires, "UTC");
    let args = [
        ("name", new.name.as_str()),
        ("edition", edition),
        ("role", role.as_str()),
        ("link", link),
        ("until", expires.as_str()),
    ];
    Email {
        kind: "invitation",
        recipient: new.email.clone(),
        subject: i18n::text_with(lang, msg("invitation-subject"), &args),
        body: i18n::text_with(lang, msg("invitation-body"), &args),
        edition_id: Some(edition_id),
    }
}

/// The language of a new juror: the first language they read that Laurel speaks, else English.
fn invitation_language(new: &NewMember) -> Lang {
    new.languages
        .iter()
        .find_map(|code| i18n::lang(code))
        .unwrap_or(Lang::EN)
}

/// The message id of a jury role's name.
fn role_id(role: JuryRole) -> &'static str {
    match role {
        JuryRole::Chair => msg("jury-role-chair"),
        JuryRole::Member => msg("jury-role-member"),
        JuryRole::Rapporteur => msg("jury-role-rapporteur"),
        JuryRole::Observer => msg("jury-role-observer"),
    }
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
    let lang = invitation_language(new);
    let email = mail.enabled().then(|| {
        invitation(
            lang,
            new,
            (id, edition.name_in(lang.code())),
            &link,
            expires,
        )
    });
    let invite = NewInvitation {
        language: lang,
        token_hash: token_hash(&token),
        expires_at: expires,
        email,
    };
    let on_email = |id: &str| AppError::invalid("email", Message::new(id));
    match db::jury::add_member(db, id, new, &invite, actor_id, now).await {
        Ok(true) => Ok(Some(Invited {
            name: new.name.clone(),
            link,
            expires,
            emailed_to: invite.email.as_ref().map(|e| e.recipient.clone()),
        })),
        Ok(false) => Ok(None),
        Err(JuryError::NotAJuror) => Err(on_email(msg("jury-problem-not-a-juror"))),
        Err(JuryError::AlreadyMember) => Err(on_email(msg("jury-problem-already-member"))),
        Err(JuryError::Account(e)) => Err(AppError::Internal(e.to_string())),
        Err(JuryError::Db(e)) => Err(e.into()),
    }
}

/// The fewest characters of the reason a juror leaves the jury.
pub const MIN_REMOVAL_REASON: usize = 10;

/// Removes juror `user_id` from edition `edition_id`'s jury with the reason as typed (audited,
/// under the edition's lock): their assignments without a submitted scorecard go, submitted
/// scorecards are kept unless `withdraw_submitted`. 422 on `reason`; 409 `juror_removal_refused`
/// with why (the last chair, a decided edition, …); "not found" for someone not on the jury.
pub async fn remove_member(
    db: &DatabaseConnection,
    edition_id: i32,
    user_id: i32,
    reason: &str,
    withdraw_submitted: bool,
    actor_id: i32,
    now: DateTime<Utc>,
) -> AppResult<db::jury_removal::RemovalOutcome> {
    use crate::db::jury_removal::RemovalError;
    let reason = reason.trim();
    let why = Message::new("why-juror-removed");
    crate::domain::limits::check_reason(reason, MIN_REMOVAL_REASON, why)
        .map_err(|problem| AppError::invalid("reason", problem))?;
    let removed = db::jury_removal::remove_member(
        db,
        edition_id,
        user_id,
        reason,
        withdraw_submitted,
        actor_id,
        now,
    )
    .await;
    match removed {
        Ok(done) => Ok(done),
        Err(RemovalError::NotMember) => Err(AppError::NotFound),
        Err(RemovalError::Refused(refused)) => Err(AppError::Conflict {
            code: crate::error::Refusal::JurorRemovalRefused,
            message: Message::new("jury-removal-refused").message("why", refused.message()),
        }),
        Err(RemovalError::Db(e)) => Err(e.into()),
    }
}
