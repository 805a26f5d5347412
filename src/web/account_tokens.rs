//! Personal API tokens on "My account": make one (its secret is shown once), see which exist and
//! when they were last used, revoke one.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use rocket::http::Status;
use rocket::response::{Flash, Redirect};
use rocket::{FromForm, State, post, uri};

use super::account::{self, AccountTemplate};
use super::csrf::{CsrfForm, CsrfProtected};
use super::pages::{Nav, Page};
use super::session::{CurrentUser, Db};
use crate::app;
use crate::clock::Clock;
use crate::db;
use crate::domain::api_token::{LIFETIME_DAYS, TokenRequest, TokenScope, TokenState};
use crate::error::{AppError, AppResult};
use crate::i18n::{self, msg};

/// A token as listed.
pub struct TokenRow {
    /// Id, for revoking.
    pub id: i32,
    /// Its name.
    pub name: String,
    /// The message id of what it may do.
    pub scope: &'static str,
    /// When it was made.
    pub created: String,
    /// When it expires.
    pub expires: String,
    /// When it was last used, if ever.
    pub last_used: Option<String>,
    /// The message id of its state: active, expired or revoked.
    pub state: &'static str,
    /// Whether it can be revoked (it is not revoked yet).
    pub revocable: bool,
}

/// The tokens panel of the account page.
#[derive(Default)]
pub struct TokenPanel {
    /// The account's tokens, newest first.
    pub rows: Vec<TokenRow>,
    /// A secret just made: shown this once.
    pub issued: Option<(String, String)>,
    /// The form as typed: name, scope, days.
    pub typed: (String, String, String),
    /// Problems with the form, by field.
    pub errors: BTreeMap<String, String>,
    /// The scopes offered: (value, message id of its name).
    pub scopes: Vec<(&'static str, &'static str)>,
    /// The lifetimes offered, in days.
    pub lifetimes: Vec<u32>,
}

impl TokenPanel {
    /// The form's problems in the order of its fields.
    pub fn problems(&self) -> Vec<(&'static str, &str)> {
        ["token_name", "token_scope", "token_days"]
            .into_iter()
            .filter_map(|field| Some((field, self.errors.get(field)?.as_str())))
            .collect()
    }
}

/// The message id of the name of a token's scope.
fn scope_label(scope: TokenScope) -> &'static str {
    match scope {
        TokenScope::ReadOnly => msg("tokens-read-only"),
        TokenScope::ReadWrite => msg("tokens-read-write"),
    }
}

/// The panel for `user` at `now`.
pub async fn panel(db: &Db, user: &CurrentUser, now: DateTime<Utc>) -> AppResult<TokenPanel> {
    let zone = &user.0.time_zone;
    let when = |at| crate::i18n::instant(user.0.language, at, zone);
    let rows = db::api_tokens::list(db.inner(), user.0.id)
        .await?
        .into_iter()
        .map(|t| TokenRow {
            id: t.id,
            scope: scope_label(t.scope),
            created: when(t.created_at),
            expires: when(t.expires_at),
            last_used: t.last_used_at.map(when),
            state: match t.state(now) {
                TokenState::Active => msg("tokens-active"),
                TokenState::Expired => msg("tokens-expired"),
                TokenState::Revoked => msg("tokens-revoked"),
            },
            revocable: t.revoked_at.is_none(),
            name: t.name,
        })
        .collect();
    Ok(TokenPanel {
        rows,
        issued: None,
        typed: (String::new(), "read".to_owned(), "90".to_owned()),
        errors: BTreeMap::new(),
        scopes: TokenScope::ALL
            .iter()
            .map(|s| (s.as_str(), scope_label(*s)))
            .collect(),
        lifetimes: LIFETIME_DAYS.to_vec(),
    })
}

/// The new-token form.
#[derive(FromForm)]
pub struct TokenForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    token_name: String,
    #[field(default = String::new())]
    token_scope: String,
    #[field(default = String::new())]
    token_days: String,
}

impl CsrfProtected for TokenForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// Makes a token and shows its secret, once, on the account page; a refused form comes back with
/// what was typed.
#[post("/account/tokens", data = "<form>")]
pub async fn create_token(
    form: CsrfForm<TokenForm>,
    user: CurrentUser,
    nav: Nav,
    db: &Db,
    clock: &State<Clock>,
    mail: &State<crate::mail::MailSetup>,
) -> AppResult<Page<AccountTemplate>> {
    let form = form.into_inner();
    let request = TokenRequest::parse(&form.token_name, &form.token_scope, &form.token_days);
    let issued = match request {
        Ok(request) => match app::tokens::issue(db.inner(), &user.0, &request, clock.now()).await {
            Ok(issued) => Ok(issued),
            Err(AppError::Conflict { message, .. }) => Err(BTreeMap::from([(
                "token_name".to_owned(),
                nav.say(&message),
            )])),
            Err(other) => return Err(other),
        },
        Err(errors) => Err(errors),
    };
    let mut tokens = panel(db, &user, clock.now()).await?;
    let status = match issued {
        Ok(issued) => {
            tokens.issued = Some((issued.token.name, issued.secret));
            Status::Created
        }
        Err(errors) => {
            tokens.typed = (form.token_name, form.token_scope, form.token_days);
            tokens.errors = errors;
            Status::UnprocessableEntity
        }
    };
    let address = super::email_confirmation::email_panel(db, &user.0, mail, clock.now()).await?;
    let template = AccountTemplate::new(nav, &user, BTreeMap::new(), (tokens, address));
    Ok(Page::with_status(status, template))
}

/// The revoke button's form.
#[derive(FromForm)]
pub struct RevokeForm {
    #[field(default = String::new())]
    csrf_token: String,
}

impl CsrfProtected for RevokeForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// Revokes one of the account's tokens at once.
#[post("/account/tokens/<id>/revoke", data = "<_form>")]
pub async fn revoke_token(
    id: i32,
    _form: CsrfForm<RevokeForm>,
    user: CurrentUser,
    db: &Db,
    clock: &State<Clock>,
) -> AppResult<Flash<Redirect>> {
    app::tokens::revoke(db.inner(), &user.0, id, clock.now()).await?;
    Ok(Flash::success(
        Redirect::to(uri!(account::show_account)),
        i18n::text(user.0.language, "tokens-revoked-flash"),
    ))
}
