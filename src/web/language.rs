//! Which language a page is written in: the account's for a logged-in person, otherwise the
//! one chosen with the language switch (a cookie), otherwise the browser's `Accept-Language`,
//! otherwise English; and the switch itself, a form on every page that works without JavaScript.

use rocket::http::{Cookie, CookieJar, SameSite};
use rocket::request::{FromRequest, Outcome};
use rocket::response::Redirect;
use rocket::{FromForm, Request, post};

use super::csrf::{CsrfForm, CsrfProtected};
use super::session::{Db, MaybeUser, checked_session};
use crate::db;
use crate::domain::account::Account;
use crate::domain::language::Lang;
use crate::error::AppResult;
use crate::i18n;

/// The cookie that keeps the language a visitor chose with the switch.
pub const LANGUAGE_COOKIE: &str = "laurel_lang";

/// The language of a request: the tests' pseudo-language when it is offered and chosen, else
/// `account`'s when someone is logged in, else the switch's cookie, else `Accept-Language`, else
/// English.
pub fn language_of(request: &Request<'_>, account: Option<&Account>) -> Lang {
    if pseudo_chosen(request) {
        return Lang::PSEUDO;
    }
    if let Some(account) = account {
        return account.language;
    }
    let chosen = request
        .cookies()
        .get(LANGUAGE_COOKIE)
        .and_then(|c| i18n::lang(c.value()));
    chosen
        .or_else(|| {
            request
                .headers()
                .get_one("Accept-Language")
                .and_then(i18n::preferred)
        })
        .unwrap_or_default()
}

/// Whether the tests' pseudo-language is chosen (its cookie) and offered (the configuration).
fn pseudo_chosen(request: &Request<'_>) -> bool {
    let offered = request
        .rocket()
        .state::<crate::config::AppConfig>()
        .is_some_and(|config| config.pseudo_locale);
    offered
        && request
            .cookies()
            .get(LANGUAGE_COOKIE)
            .is_some_and(|c| c.value() == Lang::PSEUDO.code())
}

/// The language of a request whose session a guard may not have looked up (an error page): the
/// logged-in account's when a guard found one.
pub fn language_seen(request: &Request<'_>) -> Lang {
    if let Some(lang) = request
        .local_cache(super::api::caller::CallerLanguage::default)
        .0
    {
        return lang;
    }
    let user = checked_session(request);
    language_of(request, user.as_ref().map(|u| &u.0))
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for Lang {
    type Error = ();

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, ()> {
        let user = match request.guard::<MaybeUser>().await {
            Outcome::Success(MaybeUser(user)) => user,
            _ => None,
        };
        Outcome::Success(language_of(request, user.as_ref().map(|u| &u.0)))
    }
}

/// Where a page's language switch sends the reader back to: the page itself when it was read
/// with GET, otherwise the start page (a form's answer cannot be fetched again).
pub fn back_address(request: &Request<'_>) -> String {
    if request.method() == rocket::http::Method::Get {
        request.uri().to_string()
    } else {
        "/".to_owned()
    }
}

/// The language switch as sent.
#[derive(FromForm)]
pub struct LanguageForm {
    #[field(default = String::new())]
    csrf_token: String,
    #[field(default = String::new())]
    lang: String,
    #[field(default = String::new())]
    back: String,
}

impl CsrfProtected for LanguageForm {
    fn csrf_token(&self) -> &str {
        &self.csrf_token
    }
}

/// A local address to go back to: a path on this site, never another site's address.
fn local(back: &str) -> &str {
    let is_local = back.starts_with('/') && !back.starts_with("//") && !back.contains('\\');
    if is_local { back } else { "/" }
}

/// Switches the language: remembered in a cookie for a year and, for a logged-in person, on
/// their account (so every device follows); an unknown language changes nothing.
#[post("/language", data = "<form>")]
pub async fn switch_language(
    form: CsrfForm<LanguageForm>,
    user: MaybeUser,
    db: &Db,
    cookies: &CookieJar<'_>,
) -> AppResult<Redirect> {
    let form = form.into_inner();
    if let Some(lang) = i18n::lang(&form.lang) {
        let cookie = Cookie::build((LANGUAGE_COOKIE, lang.code()))
            .path("/")
            .same_site(SameSite::Lax)
            .max_age(rocket::time::Duration::days(365));
        cookies.add(cookie);
        if let Some(user) = user.0 {
            db::users::set_language(db.inner(), user.0.id, lang).await?;
        }
    }
    Ok(Redirect::to(local(&form.back).to_owned()))
}

#[cfg(test)]
mod tests {
    use super::local;

    #[test]
    fn the_switch_only_goes_back_to_an_address_on_this_site() {
        assert_eq!(
            local("/secretariat/editions/1?x=2"),
            "/secretariat/editions/1?x=2"
        );
        assert_eq!(local("//evil.example/"), "/");
        assert_eq!(local("https://evil.example/"), "/");
        assert_eq!(local("/\\evil.example"), "/");
        assert_eq!(local(""), "/");
    }
}
