//! What API handlers answer besides plain JSON: a body with its version as `ETag`, the `If-Match`
//! a write must carry, and the 412 of a stale write with the current version.

use rocket::http::{Header, Status};
use rocket::request::{FromRequest, Outcome, Request};
use rocket::response::{self, Responder};
use rocket::serde::json::Json;
use serde::Serialize;
use utoipa::ToSchema;

use crate::error::AppError;

/// A JSON body with its version in the `ETag` header.
pub struct Tagged<T> {
    version: i64,
    body: T,
}

impl<T> Tagged<T> {
    /// `body` at `version`.
    pub fn new(version: i64, body: T) -> Tagged<T> {
        Tagged { version, body }
    }

    /// The version.
    pub fn version(&self) -> i64 {
        self.version
    }

    /// The body.
    pub fn into_body(self) -> T {
        self.body
    }
}

fn etag(version: i64) -> Header<'static> {
    Header::new("ETag", format!("\"{version}\""))
}

impl<'r, T: Serialize> Responder<'r, 'static> for Tagged<T> {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'static> {
        let mut response = Json(self.body).respond_to(request)?;
        response.set_header(etag(self.version));
        Ok(response)
    }
}

/// The body of a 412: the write was refused because the resource changed since it was read.
#[derive(Serialize, ToSchema)]
pub struct StaleBody<T> {
    /// Always `stale_version`.
    code: &'static str,
    /// For people.
    message: String,
    /// The version as it is now (its `ETag` is in the header too).
    current: T,
}

/// A write's answer: the new version, or the current one when the sent version is stale.
pub enum ApiAnswer<T> {
    /// Done: the resource as it is now.
    Ok(Tagged<T>),
    /// Refused as stale (412).
    Stale(Tagged<StaleBody<T>>),
}

impl<T> ApiAnswer<T> {
    /// A 412 with the current version.
    pub fn stale(version: i64, current: T) -> ApiAnswer<T> {
        ApiAnswer::Stale(Tagged::new(
            version,
            StaleBody {
                code: "stale_version",
                message: String::new(),
                current,
            },
        ))
    }
}

impl<'r, T: Serialize> Responder<'r, 'static> for ApiAnswer<T> {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'static> {
        match self {
            ApiAnswer::Ok(tagged) => tagged.respond_to(request),
            ApiAnswer::Stale(mut tagged) => {
                let lang = crate::web::language::language_seen(request);
                tagged.body.message = crate::i18n::text(lang, crate::i18n::msg("api-stale"));
                let mut response = tagged.respond_to(request)?;
                response.set_status(Status::PreconditionFailed);
                Ok(response)
            }
        }
    }
}

/// The `If-Match` header of a write, if sent.
pub struct IfMatch(Option<String>);

#[rocket::async_trait]
impl<'r> FromRequest<'r> for IfMatch {
    type Error = ();

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, ()> {
        Outcome::Success(IfMatch(
            request.headers().get_one("If-Match").map(str::to_owned),
        ))
    }
}

impl IfMatch {
    /// The version the client read: required (428 without it), an `ETag` this API gave (422).
    pub fn version(&self) -> Result<i64, AppError> {
        let Some(value) = &self.0 else {
            return Err(AppError::PreconditionRequired);
        };
        value
            .trim()
            .trim_start_matches("W/")
            .trim_matches('"')
            .parse()
            .map_err(|_| {
                AppError::invalid(
                    "If-Match",
                    crate::domain::message::Message::new("api-problem-if-match"),
                )
            })
    }
}
