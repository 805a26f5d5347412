//! Protection against cross-site request forgery for every state-changing form.
//!
//! A random token (32 bytes from the OS) is kept in a private cookie, encrypted and
//! authenticated by Rocket with the secret key. Every form carries it in a hidden
//! `csrf_token` field; [`CsrfForm`] parses the form and refuses it with 403 unless the field
//! equals the cookie's token (compared in constant time).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rocket::data::Limits;
use rocket::data::{self, Data, FromData};
use rocket::form::name::NameView;
use rocket::form::{Form, FromForm, ValueField};
use rocket::http::{ContentType, Cookie, CookieJar, SameSite, Status};
use rocket::request::{FromRequest, Outcome, Request};
use subtle::ConstantTimeEq;

use crate::config::AppConfig;

/// Name of the CSRF cookie.
pub const CSRF_COOKIE: &str = "laurel_csrf";

/// The CSRF token of this browser, to put in forms.
#[derive(Clone, Debug)]
pub struct CsrfToken(pub String);

fn new_token() -> Option<String> {
    let mut bytes = [0_u8; 32];
    getrandom::fill(&mut bytes).ok()?;
    Some(URL_SAFE_NO_PAD.encode(bytes))
}

fn store(cookies: &CookieJar<'_>, secure: bool, token: &str) {
    cookies.add_private(
        Cookie::build((CSRF_COOKIE, token.to_owned()))
            .path("/")
            .http_only(true)
            .same_site(SameSite::Strict)
            .secure(secure),
    );
}

/// Replaces the token (after login, so a token planted before login is worthless).
pub fn rotate(cookies: &CookieJar<'_>, config: &AppConfig) -> Option<String> {
    let token = new_token()?;
    store(cookies, config.secure_cookies, &token);
    Some(token)
}

/// This browser's CSRF token: the cookie's, or a new one set in the response; `None` only when
/// the operating system gives no random bytes.
pub fn current_token(request: &Request<'_>) -> Option<String> {
    request
        .local_cache(|| {
            if let Some(cookie) = request.cookies().get_private(CSRF_COOKIE) {
                return Some(cookie.value().to_owned());
            }
            let secure = request
                .rocket()
                .state::<AppConfig>()
                .is_some_and(|c| c.secure_cookies);
            let token = new_token()?;
            store(request.cookies(), secure, &token);
            Some(token)
        })
        .clone()
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for CsrfToken {
    type Error = ();

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, ()> {
        match current_token(request) {
            Some(token) => Outcome::Success(CsrfToken(token)),
            None => Outcome::Error((Status::InternalServerError, ())),
        }
    }
}

/// A form that carries a CSRF token.
pub trait CsrfProtected {
    /// Whether the form carries files, and so may come as `multipart/form-data`; its text fields
    /// then keep NUL characters, which the form must remove itself. Every other form is read only
    /// as URL-encoded, with NUL characters removed here.
    const ACCEPTS_FILES: bool = false;

    /// The token the form was submitted with.
    fn csrf_token(&self) -> &str;
}

/// Marks a request whose form was refused for its CSRF token (so the 403 page can say so).
#[derive(Clone, Copy, Debug)]
pub struct CsrfRejected(pub bool);

/// Marks a request whose form body was read and refused as unprocessable, so that the error page
/// keeps 422 for it (a 422 from a path segment that does not parse is a page that does not exist).
#[derive(Clone, Copy, Debug, Default)]
pub struct FormRefused(pub bool);

/// The decoded fields of a URL-encoded body with every NUL character taken out, kept for the
/// request's lifetime so the form can borrow from them.
struct FieldsWithoutNul(Vec<(String, String)>);

/// Reads a URL-encoded form body (within the `form` limit), decodes it and removes NUL
/// characters before parsing: no database stores them in text (PostgreSQL refuses them), and no
/// one types them.
async fn parse_urlencoded_without_nul<'r, T: FromForm<'r>>(
    request: &'r Request<'_>,
    data: Data<'r>,
) -> Result<T, (Status, String)> {
    let limit = request.limits().get("form").unwrap_or(Limits::FORM);
    let body = data
        .open(limit)
        .into_bytes()
        .await
        .map_err(|e| (Status::BadRequest, e.to_string()))?;
    if !body.is_complete() {
        return Err((Status::PayloadTooLarge, "the form is too large".to_owned()));
    }
    let fields = request.local_cache(|| {
        FieldsWithoutNul(
            form_urlencoded::parse(&body)
                .map(|(name, value)| (name.replace('\0', ""), value.replace('\0', "")))
                .collect(),
        )
    });
    Form::<T>::parse_iter(fields.0.iter().map(|(name, value)| ValueField {
        name: NameView::new(name.as_str()),
        value: value.as_str(),
    }))
    .map_err(|errors| (Status::UnprocessableEntity, errors.to_string()))
}

/// A form whose CSRF token was checked; any other POST body is refused with 403.
pub struct CsrfForm<T>(pub T);

impl<T> CsrfForm<T> {
    /// The checked form.
    pub fn into_inner(self) -> T {
        self.0
    }
}

/// Returns true if and only if `submitted` is the token in this browser's cookie.
pub fn token_matches(cookies: &CookieJar<'_>, submitted: &str) -> bool {
    cookies.get_private(CSRF_COOKIE).is_some_and(|cookie| {
        let expected = cookie.value().as_bytes();
        !expected.is_empty() && bool::from(expected.ct_eq(submitted.as_bytes()))
    })
}

#[rocket::async_trait]
impl<'r, T: FromForm<'r> + CsrfProtected + Send> FromData<'r> for CsrfForm<T> {
    type Error = String;

    async fn from_data(request: &'r Request<'_>, data: Data<'r>) -> data::Outcome<'r, Self> {
        let parsed = if request.content_type() == Some(&ContentType::Form) {
            parse_urlencoded_without_nul(request, data).await
        } else if !T::ACCEPTS_FILES {
            Err((
                Status::UnsupportedMediaType,
                "this form is sent as application/x-www-form-urlencoded".to_owned(),
            ))
        } else {
            match Form::<T>::from_data(request, data).await {
                data::Outcome::Success(form) => Ok(form.into_inner()),
                data::Outcome::Error((status, errors)) => Err((status, errors.to_string())),
                data::Outcome::Forward(forward) => return data::Outcome::Forward(forward),
            }
        };
        let form = match parsed {
            Ok(form) => form,
            Err(refusal) => {
                request.local_cache(|| FormRefused(true));
                return data::Outcome::Error(refusal);
            }
        };
        if token_matches(request.cookies(), form.csrf_token()) {
            data::Outcome::Success(CsrfForm(form))
        } else {
            request.local_cache(|| CsrfRejected(true));
            data::Outcome::Error((Status::Forbidden, "invalid CSRF token".to_owned()))
        }
    }
}
