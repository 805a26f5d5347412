//! What a request that matched no route, or whose guard failed, gets back: an HTML error page,
//! or under `/api/` a JSON error with a stable code. A 401 on a page sends the person to log in.

use rocket::http::Status;
use rocket::response::{self, Redirect, Responder};
use rocket::serde::json::Json;
use rocket::{Catcher, Request, catch, catchers, uri};

use super::api::caller::{Denial, Denied};
use super::auth;
use super::csrf::{CsrfRejected, FormRefused};
use super::errors::ErrorBody;
use super::language::language_seen;
use super::pages::{ErrorPage, Nav};
use crate::i18n::{self, msg};

fn message_for(status: Status, request: &Request<'_>) -> String {
    let id = match status.code {
        401 => msg("error-message-401"),
        403 if request.local_cache(|| CsrfRejected(false)).0 => msg("error-message-expired-form"),
        403 => msg("error-message-403"),
        404 => msg("error-message-404"),
        422 => msg("error-message-422"),
        code if code >= 500 => msg("error-message-500"),
        _ => return status.reason_lossy().to_owned(),
    };
    i18n::text(language_seen(request), id)
}

/// Sends someone who is not logged in to the login page.
#[catch(401)]
pub fn unauthorized() -> Redirect {
    Redirect::to(uri!(auth::show_login))
}

/// The status a page error is shown with: a 422 that no form body caused comes from a path
/// segment or query value that does not parse (`/secretariat/editions/abc`), so there is no such
/// page: 404.
fn page_status(status: Status, request: &Request<'_>) -> Status {
    let form_refused = request.local_cache(FormRefused::default).0;
    if status == Status::UnprocessableEntity && !form_refused {
        Status::NotFound
    } else {
        status
    }
}

/// Every other error, as a page with the navigation of whoever is logged in.
#[catch(default)]
pub async fn page(status: Status, request: &Request<'_>) -> ErrorPage {
    // Builds the navigation (and so looks up the session) for the error page to show.
    let _nav = request.guard::<Nav>().await;
    let status = page_status(status, request);
    ErrorPage::new(status, message_for(status, request))
}

fn api_code(status: Status) -> &'static str {
    match status.code {
        400 => "bad_request",
        401 => "unauthorized",
        403 => "forbidden",
        404 => "not_found",
        409 => "conflict",
        422 => "invalid_input",
        429 => "too_many_requests",
        503 => "unavailable",
        code if code >= 500 => "internal_error",
        _ => "error",
    }
}

/// An API error with its `Retry-After` when throttled.
pub struct ApiCaught {
    status: Status,
    body: ErrorBody,
    retry_after: Option<i64>,
    allow: Option<String>,
}

impl<'r> Responder<'r, 'static> for ApiCaught {
    fn respond_to(self, request: &'r Request<'_>) -> response::Result<'static> {
        let mut response = (self.status, Json(self.body)).respond_to(request)?;
        if let Some(seconds) = self.retry_after {
            response.set_raw_header("Retry-After", seconds.to_string());
        }
        if let Some(allow) = self.allow {
            response.set_raw_header("Allow", allow);
        }
        Ok(response)
    }
}

/// The methods of the API routes whose path template matches the request's path (for a 405).
fn allowed_methods(request: &Request<'_>) -> Vec<String> {
    let path: Vec<&str> = request.uri().path().segments().collect();
    let matches = |template: &str| {
        let parts: Vec<&str> = template.trim_start_matches('/').split('/').collect();
        parts.len() == path.len()
            && parts
                .iter()
                .zip(&path)
                .all(|(part, segment)| part.starts_with('<') || part == segment)
    };
    let mut methods: Vec<String> = request
        .rocket()
        .routes()
        .filter(|route| route.uri.path().starts_with("/api/") && matches(route.uri.path()))
        .map(|route| route.method.as_str().to_owned())
        .collect();
    methods.sort();
    methods.dedup();
    methods
}

/// Every error under `/api/`, as JSON: a refused caller with the guard's own code.
#[catch(default)]
pub fn api(status: Status, request: &Request<'_>) -> ApiCaught {
    let lang = language_seen(request);
    if let Some(denial) = request.local_cache(Denied::default).0 {
        let (status, code) = denial.status_and_code();
        let retry_after = match denial {
            Denial::Throttled(seconds) => Some(seconds),
            _ => None,
        };
        return ApiCaught {
            status,
            body: ErrorBody::new(code, i18n::say(lang, &denial.message())),
            retry_after,
            allow: None,
        };
    }
    let allowed = allowed_methods(request);
    if status == Status::NotFound && allowed.iter().any(|m| m == request.method().as_str()) {
        return ApiCaught {
            status: Status::UnsupportedMediaType,
            body: ErrorBody::new(
                "unsupported_media_type",
                i18n::text(lang, msg("api-caught-media-type")),
            ),
            retry_after: None,
            allow: None,
        };
    }
    if status == Status::NotFound && !allowed.is_empty() {
        return ApiCaught {
            status: Status::MethodNotAllowed,
            body: ErrorBody::new(
                "method_not_allowed",
                i18n::text_with(
                    lang,
                    msg("api-caught-method"),
                    &[("methods", &allowed.join(", "))],
                ),
            ),
            retry_after: None,
            allow: Some(allowed.join(", ")),
        };
    }
    let message = match status.code {
        401 => i18n::say(lang, &Denial::Unauthenticated.message()),
        403 => i18n::say(lang, &Denial::WrongRole.message()),
        404 => i18n::text(lang, msg("api-caught-not-found")),
        400 | 422 => i18n::text(lang, msg("api-caught-unreadable")),
        _ => message_for(status, request),
    };
    ApiCaught {
        status,
        body: ErrorBody::new(api_code(status), message),
        retry_after: (status == Status::TooManyRequests)
            .then(|| i64::try_from(crate::hashing::RETRY_AFTER_SECONDS).unwrap_or(5)),
        allow: None,
    }
}

/// The page catchers, to register at `/`.
pub fn pages() -> Vec<Catcher> {
    catchers![unauthorized, page]
}

/// The API catchers, to register at `/api`.
pub fn api_catchers() -> Vec<Catcher> {
    catchers![api]
}
