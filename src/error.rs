//! The one error type of the web layer: rendered as an HTML page, or as JSON under `/api/`.
//!
//! Handlers return [`AppResult`]; `?` converts database errors. 5xx causes are logged, never shown.

use std::collections::BTreeMap;

use rocket::http::Status;
use rocket::response::{self, Responder};
use rocket::serde::json::Json;
use rocket::{Request, error};
use serde::Serialize;

use crate::web::pages::ErrorPage;

/// Everything a request can fail with.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// 401: not logged in.
    #[error("you need to log in to see this page")]
    Unauthorized,
    /// 403: logged in, but this role may not do this.
    #[error("your account may not do this")]
    Forbidden,
    /// 404: no such thing, or not visible to this account.
    #[error("this page does not exist")]
    NotFound,
    /// 422: input that fails validation, field by field.
    #[error("some fields need correcting")]
    Invalid(BTreeMap<String, String>),
    /// 409: a business rule refuses the action; the code is stable.
    #[error("{message}")]
    Conflict {
        /// Stable snake_case code.
        code: &'static str,
        /// Explanation for people.
        message: String,
    },
    /// 429: too many failed logins.
    #[error("{0}")]
    TooManyRequests(String),
    /// 500: logged, never shown.
    #[error("internal error: {0}")]
    Internal(String),
}

/// The result of a handler.
pub type AppResult<T> = Result<T, AppError>;

impl From<sea_orm::DbErr> for AppError {
    fn from(e: sea_orm::DbErr) -> Self {
        match e {
            sea_orm::DbErr::RecordNotFound(_) => AppError::NotFound,
            other => AppError::Internal(format!("database: {other}")),
        }
    }
}

impl From<crate::hashing::Busy> for AppError {
    fn from(busy: crate::hashing::Busy) -> Self {
        AppError::TooManyRequests(busy.to_string())
    }
}

impl From<askama::Error> for AppError {
    fn from(e: askama::Error) -> Self {
        AppError::Internal(format!("template: {e}"))
    }
}

impl AppError {
    /// The HTTP status.
    pub fn status(&self) -> Status {
        match self {
            AppError::Unauthorized => Status::Unauthorized,
            AppError::Forbidden => Status::Forbidden,
            AppError::NotFound => Status::NotFound,
            AppError::Invalid(_) => Status::UnprocessableEntity,
            AppError::Conflict { .. } => Status::Conflict,
            AppError::TooManyRequests(_) => Status::TooManyRequests,
            AppError::Internal(_) => Status::InternalServerError,
        }
    }

    /// The stable snake_case code of the JSON body.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::Unauthorized => "unauthorized",
            AppError::Forbidden => "forbidden",
            AppError::NotFound => "not_found",
            AppError::Invalid(_) => "invalid_input",
            AppError::Conflict { code, .. } => code,
            AppError::TooManyRequests(_) => "too_many_requests",
            AppError::Internal(_) => "internal_error",
        }
    }

    /// The message shown to people: never the cause of an internal error.
    pub fn public_message(&self) -> String {
        match self {
            AppError::Internal(_) => {
                "Something went wrong on our side. It has been logged; please try again.".to_owned()
            }
            AppError::Invalid(fields) => fields
                .iter()
                .map(|(field, problem)| format!("{field}: {problem}"))
                .collect::<Vec<_>>()
                .join("; "),
            other => capitalise(&other.to_string()),
        }
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// The JSON body of an error under `/api/`.
#[derive(Serialize)]
pub struct ErrorBody {
    /// Stable snake_case code.
    pub error: &'static str,
    /// Explanation for people.
    pub message: String,
    /// Field-by-field problems, for `invalid_input`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fields: Option<BTreeMap<String, String>>,
}

/// Returns true if and only if the request is for the JSON API.
pub fn is_api(request: &Request<'_>) -> bool {
    request.uri().path().as_str().starts_with("/api/")
}

impl<'r> Responder<'r, 'static> for AppError {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'static> {
        let status = self.status();
        if status.code >= 500 {
            error!("{} {}: {self}", request.method(), request.uri());
        }
        if is_api(request) {
            let fields = match &self {
                AppError::Invalid(fields) => Some(fields.clone()),
                _ => None,
            };
            let body = ErrorBody {
                error: self.code(),
                message: self.public_message(),
                fields,
            };
            let mut response = (status, Json(body)).respond_to(request)?;
            if status == Status::TooManyRequests {
                response.set_raw_header(
                    "Retry-After",
                    crate::hashing::RETRY_AFTER_SECONDS.to_string(),
                );
            }
            Ok(response)
        } else {
            ErrorPage::new(status, self.public_message()).respond_to(request)
        }
    }
}
