//! A juror's role on one edition's jury as a request guard: the membership is resolved from the
//! edition in the path of every `/jury/editions/<id>/…` route, so a handler that takes
//! [`EditionChair`] cannot run for anyone who does not chair that jury. Anyone else gets "not
//! found", as for an edition they cannot see; other roles get 403.

use rocket::error;
use rocket::http::Status;
use rocket::outcome::try_outcome;
use rocket::request::{FromRequest, Outcome, Request};
use sea_orm::DatabaseConnection;

use super::session::JurorUser;
use crate::db::{self, jury::Membership};
use crate::domain::account::Account;
use crate::domain::jury::JuryRole;
use crate::error::{AppError, AppResult};

/// A juror on the jury of the edition in the path.
pub struct EditionMember {
    /// The juror.
    pub user: Account,
    /// Their membership, with its role.
    pub membership: Membership,
}

impl EditionMember {
    /// The membership of `user` in the jury of `edition_id`, for routes whose path names
    /// something else (a declaration, a submission); "not found" if there is none.
    pub async fn of(db: &DatabaseConnection, edition_id: i32, user: Account) -> AppResult<Self> {
        let membership = db::jury::membership(db, edition_id, user.id)
            .await?
            .ok_or(AppError::NotFound)?;
        Ok(Self { user, membership })
    }
}

/// The chair of the jury of the edition in the path.
pub struct EditionChair(pub EditionMember);

/// The edition id of a `/jury/editions/<id>/…` path.
fn edition_in_path(request: &Request<'_>) -> Option<i32> {
    match (request.routed_segment(0), request.routed_segment(1)) {
        (Some("jury"), Some("editions")) => request.routed_segment(2)?.parse().ok(),
        _ => None,
    }
}

async fn member_in_path(request: &Request<'_>) -> Outcome<EditionMember, ()> {
    let user = try_outcome!(request.guard::<JurorUser>().await);
    let Some(edition_id) = edition_in_path(request) else {
        return Outcome::Error((Status::NotFound, ()));
    };
    let Some(db) = request.rocket().state::<DatabaseConnection>() else {
        return Outcome::Error((Status::InternalServerError, ()));
    };
    match EditionMember::of(db, edition_id, user.0).await {
        Ok(member) => Outcome::Success(member),
        Err(AppError::NotFound) => Outcome::Error((Status::NotFound, ())),
        Err(e) => {
            error!("jury membership: {e}");
            Outcome::Error((Status::InternalServerError, ()))
        }
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for EditionMember {
    type Error = ();

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, ()> {
        member_in_path(request).await
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for EditionChair {
    type Error = ();

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, ()> {
        let member = try_outcome!(member_in_path(request).await);
        if member.membership.role == JuryRole::Chair {
            Outcome::Success(EditionChair(member))
        } else {
            Outcome::Error((Status::NotFound, ()))
        }
    }
}
