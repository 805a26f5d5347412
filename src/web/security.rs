//! Security headers on every response: Rocket's Shield plus a Content-Security-Policy that
//! allows no inline script (downloads get one that sandboxes them), and `Cache-Control: no-store`
//! on pages (they may hold personal data).

use rocket::fairing::{Fairing, Info, Kind};
use rocket::http::Header;
use rocket::shield::{Frame, NoSniff, Permission, Referrer, Shield};
use rocket::{Request, Response};

/// The Content-Security-Policy sent with every response.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; \
form-action 'self'; frame-ancestors 'none'";

/// The Content-Security-Policy of a download (an attachment): nothing in it may load or run, and
/// should a browser show it anyway, it shows it in a sandbox without Laurel's origin.
pub const DOWNLOAD_SECURITY_POLICY: &str = "default-src 'none'; sandbox";

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
        let download = response
            .headers()
            .get_one("Content-Disposition")
            .is_some_and(|d| d.starts_with("attachment"));
        let policy = if download {
            DOWNLOAD_SECURITY_POLICY
        } else {
            CONTENT_SECURITY_POLICY
        };
        response.set_header(Header::new("Content-Security-Policy", policy));
        if !request.uri().path().as_str().starts_with("/static/") {
            response.set_header(Header::new("Cache-Control", "no-store"));
        }
    }
}
