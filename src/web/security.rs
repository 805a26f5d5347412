//! Security headers on every response: Rocket's Shield plus a Content-Security-Policy that
//! allows no inline script, and `Cache-Control: no-store` on pages (they may hold personal data).

use rocket::fairing::{Fairing, Info, Kind};
use rocket::http::Header;
use rocket::shield::{Frame, NoSniff, Permission, Referrer, Shield};
use rocket::{Request, Response};

/// The Content-Security-Policy sent with every response.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; \
form-action 'self'; frame-ancestors 'none'";

/// Rocket's Shield with Laurel's choices.
pub fn shield() -> Shield {
    Shield::default()
        .enable(NoSniff::Enable)
        .enable(Frame::Deny)
        .enable(Referrer::NoReferrer)
        .enable(Permission::default())
}

/// Adds the headers Shield does not know.
pub struct ContentSecurity;

#[rocket::async_trait]
impl Fairing for ContentSecurity {
    fn info(&self) -> Info {
        Info {
            name: "Content-Security-Policy and Cache-Control",
            kind: Kind::Response,
        }
    }

    async fn on_response<'r>(&self, request: &'r Request<'_>, response: &mut Response<'r>) {
        response.set_header(Header::new(
            "Content-Security-Policy",
            CONTENT_SECURITY_POLICY,
        ));
        if !request.uri().path().as_str().starts_with("/static/") {
            response.set_header(Header::new("Cache-Control", "no-store"));
        }
    }
}
