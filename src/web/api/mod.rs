//! The JSON API under `/api/v1`. Errors are `{"code": "snake_case_code", "message": "..."}`.

pub mod caller;

use rocket::get;
use rocket::serde::json::Json;
use serde::Serialize;

use super::session::CurrentUser;

/// Who is logged in.
#[derive(Serialize)]
pub struct MeResponse {
    id: i32,
    email: String,
    name: String,
    role: &'static str,
}

/// The account of the caller.
#[get("/api/v1/me")]
pub fn me(user: CurrentUser) -> Json<MeResponse> {
    Json(MeResponse {
        id: user.0.id,
        email: user.0.email.clone(),
        name: user.0.name.clone(),
        role: user.0.role.as_str(),
    })
}
