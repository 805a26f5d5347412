//! Who is calling the JSON API: the holder of a personal token (`Authorization: Bearer …`), or
//! for reads only a logged-in browser. A write needs a read-write token: the session cookie alone
//! is never enough, so no other site can make a browser write through the API.

use rocket::http::{Method, Status};
use rocket::request::{FromRequest, Outcome, Request};
use sea_orm::DatabaseConnection;

use crate::app;
use crate::clock::Clock;
use crate::config::AppConfig;
use crate::db;
use crate::domain::account::Account;
use crate::domain::api_token::TokenScope;
use crate::domain::message::Message;
use crate::domain::role::Role;
use crate::domain::throttle::{Admission, ThrottlePolicy};
use crate::web::session::CurrentUser;
use chrono::{DateTime, Utc};

/// How the caller proved who they are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Credential {
    /// A personal token of this scope.
    Token(TokenScope),
    /// The browser's session cookie (reads only).
    Session,
}

/// An authenticated API caller.
#[derive(Clone, Debug)]
pub struct ApiCaller {
    /// The account.
    pub account: Account,
    /// How they proved it.
    pub credential: Credential,
}

/// Why the API refused a caller, kept for the catcher to answer with its code.
#[derive(Clone, Debug, Default)]
pub struct Denied(pub Option<Denial>);

/// A refusal of the caller, with its stable code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Denial {
    /// No token and no session.
    Unauthenticated,
    /// The token is unknown, expired or revoked, or its account is deactivated.
    InvalidToken,
    /// Too many invalid tokens from this address; try again after this many seconds.
    Throttled(i64),
    /// A write came with the session cookie only.
    TokenRequired,
    /// A write came with a read-only token.
    ReadOnlyToken,
    /// The account's role may not use this route.
    WrongRole,
}

impl Denial {
    /// The status and stable code.
    pub fn status_and_code(self) -> (Status, &'static str) {
        match self {
            Denial::Unauthenticated => (Status::Unauthorized, "unauthorized"),
            Denial::InvalidToken => (Status::Unauthorized, "invalid_token"),
            Denial::Throttled(_) => (Status::TooManyRequests, "too_many_requests"),
            Denial::TokenRequired => (Status::Forbidden, "token_required"),
            Denial::ReadOnlyToken => (Status::Forbidden, "read_only_token"),
            Denial::WrongRole => (Status::Forbidden, "forbidden"),
        }
    }

    /// For people.
    pub fn message(self) -> Message {
        match self {
            Denial::Unauthenticated => Message::new("api-denied-unauthenticated"),
            Denial::InvalidToken => Message::new("api-denied-invalid-token"),
            Denial::Throttled(seconds) => {
                Message::new("api-denied-throttled").number("count", seconds)
            }
            Denial::TokenRequired => Message::new("api-denied-token-required"),
            Denial::ReadOnlyToken => Message::new("api-denied-read-only"),
            Denial::WrongRole => Message::new("api-denied-role"),
        }
    }
}

fn deny<T>(request: &Request<'_>, denial: Denial) -> Outcome<T, ()> {
    request.local_cache(|| Denied(Some(denial)));
    Outcome::Error((denial.status_and_code().0, ()))
}

fn bearer<'r>(request: &'r Request<'_>) -> Option<&'r str> {
    let header = request.headers().get_one("Authorization")?;
    let (scheme, secret) = header.split_once(' ')?;
    scheme
        .eq_ignore_ascii_case("bearer")
        .then_some(secret.trim())
}

async fn by_token(request: &Request<'_>, secret: &str) -> Outcome<ApiCaller, ()> {
    let (Some(db), Some(config), Some(clock)) = (
        request.rocket().state::<DatabaseConnection>(),
        request.rocket().state::<AppConfig>(),
        request.rocket().state::<Clock>(),
    ) else {
        return Outcome::Error((Status::InternalServerError, ()));
    };
    let now = clock.now();
    let address = request
        .client_ip()
        .map_or_else(|| "unknown".to_owned(), |ip| ip.to_string());
    let key = format!("api-token:{address}");
    let policy = config.address_throttle();
    match db::throttle::locked_until(db, &key, now).await {
        Ok(Some(until)) => {
            return deny(
                request,
                Denial::Throttled((until - now).num_seconds().max(1)),
            );
        }
        Ok(None) => {}
        Err(e) => {
            rocket::error!("reading the API token throttle: {e}");
            return Outcome::Error((Status::InternalServerError, ()));
        }
    }
    match app::tokens::authenticate(db, secret, now).await {
        Ok(Some((account, token))) => Outcome::Success(ApiCaller {
            account,
            credential: Credential::Token(token.scope),
        }),
        Ok(None) => match count_failure(db, &key, policy, now).await {
            Ok(Some(seconds)) => deny(request, Denial::Throttled(seconds)),
            Ok(None) => deny(request, Denial::InvalidToken),
            Err(e) => {
                rocket::error!("recording an invalid API token: {e}");
                Outcome::Error((Status::InternalServerError, ()))
            }
        },
        Err(e) => {
            rocket::error!("checking an API token: {e}");
            Outcome::Error((Status::InternalServerError, ()))
        }
    }
}

/// Counts an invalid token against the client's address; the seconds to wait if that locks it.
async fn count_failure(
    db: &DatabaseConnection,
    key: &str,
    policy: ThrottlePolicy,
    now: DateTime<Utc>,
) -> Result<Option<i64>, sea_orm::DbErr> {
    let wait = |until: DateTime<Utc>| (until - now).num_seconds().max(1);
    match db::throttle::admit(db, key, policy, now).await? {
        Admission::LockedUntil(until) => Ok(Some(wait(until))),
        Admission::Busy => Ok(Some(policy.lockout.num_seconds().max(1))),
        Admission::Admitted => Ok(db::throttle::failed(db, key, policy, now).await?.map(wait)),
    }
}

/// The language of the account a token authenticated, for the answers to its request (errors
/// among them); `None` when no token did.
#[derive(Clone, Copy, Debug, Default)]
pub struct CallerLanguage(pub Option<crate::domain::language::Lang>);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for ApiCaller {
    type Error = ();

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, ()> {
        let caller = if let Some(secret) = bearer(request) {
            let caller = rocket::outcome::try_outcome!(by_token(request, secret).await);
            request.local_cache(|| CallerLanguage(Some(caller.account.language)));
            caller
        } else {
            match request.guard::<CurrentUser>().await {
                Outcome::Success(user) => ApiCaller {
                    account: user.0,
                    credential: Credential::Session,
                },
                Outcome::Error((Status::Unauthorized, ())) | Outcome::Forward(_) => {
                    return deny(request, Denial::Unauthenticated);
                }
                Outcome::Error(e) => return Outcome::Error(e),
            }
        };
        if request.method() != Method::Get && request.method() != Method::Head {
            match caller.credential {
                Credential::Session => return deny(request, Denial::TokenRequired),
                Credential::Token(scope) if !scope.may_write() => {
                    return deny(request, Denial::ReadOnlyToken);
                }
                Credential::Token(_) => {}
            }
        }
        Outcome::Success(caller)
    }
}

macro_rules! api_role {
    ($(#[$doc:meta])* $name:ident, $role:expr) => {
        $(#[$doc])*
        #[derive(Clone, Debug)]
        pub struct $name(pub Account);

        #[rocket::async_trait]
        impl<'r> FromRequest<'r> for $name {
            type Error = ();

            async fn from_request(request: &'r Request<'_>) -> Outcome<Self, ()> {
                let caller = rocket::outcome::try_outcome!(request.guard::<ApiCaller>().await);
                if caller.account.role == $role {
                    Outcome::Success($name(caller.account))
                } else {
                    deny(request, Denial::WrongRole)
                }
            }
        }
    };
}

api_role!(
    /// An API caller with an applicant account.
    ApiApplicant,
    Role::Applicant
);
api_role!(
    /// An API caller with a juror account.
    ApiJuror,
    Role::Juror
);
api_role!(
    /// An API caller with a secretariat account.
    ApiSecretariat,
    Role::Secretariat
);

/// An API caller who may decide conflicts of interest somewhere: the secretariat, or a juror
/// (only as the chair of the edition's jury, which each use case checks).
#[derive(Clone, Debug)]
pub struct ApiDecider(pub Account);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for ApiDecider {
    type Error = ();

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, ()> {
        let caller = rocket::outcome::try_outcome!(request.guard::<ApiCaller>().await);
        match caller.account.role {
            Role::Secretariat | Role::Juror => Outcome::Success(ApiDecider(caller.account)),
            Role::Applicant => deny(request, Denial::WrongRole),
        }
    }
}
