//! The stylesheet and the one optional script, built into the binary.

use rocket::http::Header;
use rocket::{Responder, get};

/// The stylesheet with a cache header.
#[derive(Responder)]
#[response(content_type = "text/css")]
pub struct Stylesheet {
    body: &'static str,
    cache: Header<'static>,
}

/// Serves `laurel.css`.
#[get("/static/laurel.css")]
pub fn stylesheet() -> Stylesheet {
    Stylesheet {
        body: include_str!("static/laurel.css"),
        cache: Header::new("Cache-Control", "public, max-age=3600"),
    }
}

/// The script, with a cache header.
#[derive(Responder)]
#[response(content_type = "application/javascript")]
pub struct Script {
    body: &'static str,
    cache: Header<'static>,
}

/// Serves `laurel.js` (an optional enhancement: character counters).
#[get("/static/laurel.js")]
pub fn script() -> Script {
    Script {
        body: include_str!("static/laurel.js"),
        cache: Header::new("Cache-Control", "public, max-age=3600"),
    }
}
