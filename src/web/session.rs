//! Logins: the session cookie, the `CurrentUser` guard and the role guards built on it.
//!
//! The session lives in a Rocket private cookie (encrypted and authenticated with the secret key,
//! HttpOnly, SameSite=Lax, Secure when configured). It carries a random session token whose
//! hash is a row in the database, so logging out ends that session on every instance even if a
//! copy of the cookie survives; and the account's session version: bumping it (logout
//! everywhere, password change, deactivation) makes every older cookie worthless at once.

use chrono::{DateTime, Duration, Utc};
use rocket::http::{Cookie, CookieJar, SameSite, Status};
use rocket::request::{FromRequest, Outcome, Request};
use rocket::{State, outcome::try_outcome};
use sea_orm::DatabaseConnection;

use crate::clock::Clock;
use crate::config::AppConfig;
use crate::db;
use crate::domain::account::Account;
use crate::domain::role::Role;
use crate::error::AppError;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// Name of the session cookie.
pub const SESSION_COOKIE: &str = "laurel_session";

/// The logged-in account of a request.
#[derive(Clone, Debug)]
pub struct CurrentUser(pub Account);

impl CurrentUser {
    /// The account.
    pub fn account(&self) -> &Account {
        &self.0
    }
}

/// Starts a session of `account` at `now`: a row in the database and the cookie that names it.
pub async fn start_session(
    db: &DatabaseConnection,
    cookies: &CookieJar<'_>,
    config: &AppConfig,
    account: &Account,
    now: DateTime<Utc>,
) -> Result<(), AppError> {
    let mut bytes = [0_u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| AppError::Internal(format!("session token: {e}")))?;
    let token = URL_SAFE_NO_PAD.encode(bytes);
    let expires = now + Duration::hours(i64::from(config.session_hours));
    db::sessions::create(db, &token, account.id, now, expires).await?;
    let value = format!(
        "{}.{}.{}.{token}",
        account.id,
        account.session_version,
        now.timestamp()
    );
    let cookie = Cookie::build((SESSION_COOKIE, value))
        .path("/")
        .http_only(true)
        .same_site(SameSite::Lax)
        .secure(config.secure_cookies)
        .max_age(rocket::time::Duration::hours(i64::from(
            config.session_hours,
        )));
    cookies.add_private(cookie);
    Ok(())
}

/// Ends this browser's session: its row goes, so no copy of the cookie works any more.
pub async fn end_session(db: &DatabaseConnection, cookies: &CookieJar<'_>) -> Result<(), AppError> {
    if let Some(claim) = read_claim(cookies) {
        db::sessions::end(db, &claim.token).await?;
    }
    cookies.remove_private(Cookie::build(SESSION_COOKIE).path("/"));
    Ok(())
}

struct SessionClaim {
    user_id: i32,
    session_version: i32,
    issued_at: DateTime<Utc>,
    token: String,
}

fn read_claim(cookies: &CookieJar<'_>) -> Option<SessionClaim> {
    let cookie = cookies.get_private(SESSION_COOKIE)?;
    let mut parts = cookie.value().split('.');
    let user_id = parts.next()?.parse().ok()?;
    let session_version = parts.next()?.parse().ok()?;
    let issued_at = DateTime::from_timestamp(parts.next()?.parse().ok()?, 0)?;
    let token = parts.next()?.to_owned();
    Some(SessionClaim {
        user_id,
        session_version,
        issued_at,
        token,
    })
}

async fn load_current_user(request: &Request<'_>) -> Result<Option<CurrentUser>, ()> {
    let Some(claim) = read_claim(request.cookies()) else {
        return Ok(None);
    };
    let (Some(db), Some(config), Some(clock)) = (
        request.rocket().state::<DatabaseConnection>(),
        request.rocket().state::<AppConfig>(),
        request.rocket().state::<Clock>(),
    ) else {
        return Err(());
    };
    let expires = claim.issued_at + Duration::hours(i64::from(config.session_hours));
    if expires <= clock.now() {
        return Ok(None);
    }
    let live = db::sessions::is_live(db, &claim.token, claim.user_id, clock.now())
        .await
        .map_err(|e| {
            rocket::error!("loading the session: {e}");
        })?;
    if !live {
        return Ok(None);
    }
    let account = db::users::find(db, claim.user_id).await.map_err(|e| {
        rocket::error!("loading the session's account: {e}");
    })?;
    Ok(account
        .filter(|a| a.active && a.session_version == claim.session_version)
        .map(CurrentUser))
}

/// The account a guard of this request found logged in, kept for responders, which cannot
/// wait on the database.
#[derive(Clone, Debug, Default)]
struct SessionSeen(Option<CurrentUser>);

/// The logged-in account of this request if a guard already looked it up; `None` otherwise
/// (an error page rendered after the guards ran).
pub fn checked_session(request: &Request<'_>) -> Option<CurrentUser> {
    request.local_cache(SessionSeen::default).0.clone()
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for CurrentUser {
    type Error = ();

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, ()> {
        let loaded = request
            .local_cache_async(async { load_current_user(request).await })
            .await;
        if let Ok(Some(user)) = loaded {
            request.local_cache(|| SessionSeen(Some(user.clone())));
        }
        match loaded {
            Ok(Some(user)) => Outcome::Success(user.clone()),
            Ok(None) => Outcome::Error((Status::Unauthorized, ())),
            Err(()) => Outcome::Error((Status::InternalServerError, ())),
        }
    }
}

/// The logged-in account, if any (never fails).
pub struct MaybeUser(pub Option<CurrentUser>);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for MaybeUser {
    type Error = ();

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, ()> {
        Outcome::Success(MaybeUser(request.guard::<CurrentUser>().await.succeeded()))
    }
}

macro_rules! role_guard {
    ($(#[$doc:meta])* $name:ident, $role:expr) => {
        $(#[$doc])*
        #[derive(Clone, Debug)]
        pub struct $name(pub Account);

        #[rocket::async_trait]
        impl<'r> FromRequest<'r> for $name {
            type Error = ();

            async fn from_request(request: &'r Request<'_>) -> Outcome<Self, ()> {
                let user = try_outcome!(request.guard::<CurrentUser>().await);
                if user.0.role == $role {
                    Outcome::Success($name(user.0))
                } else {
                    Outcome::Error((Status::Forbidden, ()))
                }
            }
        }
    };
}

role_guard!(
    /// A logged-in applicant.
    ApplicantUser,
    Role::Applicant
);
role_guard!(
    /// A logged-in juror.
    JurorUser,
    Role::Juror
);
role_guard!(
    /// A logged-in member of the secretariat.
    SecretariatUser,
    Role::Secretariat
);

/// The client address used for throttling (honours Rocket's `ip_header` behind a proxy).
pub struct ClientAddress(pub String);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for ClientAddress {
    type Error = ();

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, ()> {
        let address = request
            .client_ip()
            .map_or_else(|| "unknown".to_owned(), |ip| ip.to_string());
        Outcome::Success(ClientAddress(address))
    }
}

/// Shorthand for the managed state handlers use.
pub type Db = State<DatabaseConnection>;
