//! How an [`AppError`] answers: an HTML error page, or under `/api/` a JSON body with its stable
//! code. 5xx causes are logged, never shown.

use std::collections::BTreeMap;

use rocket::http::Status;
use rocket::response::{self, Responder};
use rocket::serde::json::Json;
use rocket::{Request, error};
use serde::Serialize;

use crate::error::AppError;
use crate::web::pages::ErrorPage;

/// The HTTP status of an error.
pub fn status_of(error: &AppError) -> Status {
    match error {
        AppError::Unauthorized => Status::Unauthorized,
        AppError::Forbidden => Status::Forbidden,
        AppError::NotFound => Status::NotFound,
        AppError::Invalid(_) => Status::UnprocessableEntity,
        AppError::Conflict { .. } => Status::Conflict,
        AppError::PreconditionRequired => Status::PreconditionRequired,
        AppError::TooManyRequests(_) => Status::TooManyRequests,
        AppError::Internal(_) => Status::InternalServerError,
    }
}

/// The JSON body of an error under `/api/`.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// Stable snake_case code.
    pub code: &'static str,
    /// Explanation for people.
    pub message: String,
    /// The first field with a problem, for `invalid_input`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// Field-by-field problems, for `invalid_input`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fields: Option<BTreeMap<String, String>>,
}

impl ErrorBody {
    /// A body without field problems.
    pub fn new(code: &'static str, message: String) -> ErrorBody {
        ErrorBody {
            code,
            message,
            field: None,
            fields: None,
        }
    }
}

/// Returns true if and only if the request is for the JSON API.
pub fn is_api(request: &Request<'_>) -> bool {
    request.uri().path().as_str().starts_with("/api/")
}

impl From<askama::Error> for AppError {
    fn from(e: askama::Error) -> Self {
        AppError::Internal(format!("template: {e}"))
    }
}

impl<'r> Responder<'r, 'static> for AppError {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'static> {
        let status = status_of(&self);
        if status.code >= 500 {
            error!("{} {}: {self}", request.method(), request.uri());
        }
        let lang = super::language::language_seen(request);
        if !is_api(request) {
            return ErrorPage::new(status, self.public_message(lang)).respond_to(request);
        }
        let fields = match &self {
            AppError::Invalid(fields) => Some(crate::error::said(lang, fields)),
            _ => None,
        };
        let body = ErrorBody {
            code: self.code(),
            message: self.public_message(lang),
            field: fields.as_ref().and_then(|f| f.keys().next().cloned()),
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
    }
}
