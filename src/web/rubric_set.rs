//! The rubrics an edition may adopt, as a request guard: the shipped files and the rubrics made
//! in the browser, read from the database on each request (so every instance sees the same).

use std::ops::Deref;

use rocket::http::Status;
use rocket::request::{FromRequest, Outcome, Request};
use sea_orm::DatabaseConnection;

use crate::rubric_files::RubricSet;

/// Every rubric an edition may adopt.
pub struct AvailableRubrics(pub RubricSet);

impl Deref for AvailableRubrics {
    type Target = RubricSet;

    fn deref(&self) -> &RubricSet {
        &self.0
    }
}

#[rocket::async_trait]
impl<'r> FromRequest<'r> for AvailableRubrics {
    type Error = ();

    async fn from_request(request: &'r Request<'_>) -> Outcome<Self, ()> {
        let rocket = request.rocket();
        let (Some(db), Some(shipped)) = (
            rocket.state::<DatabaseConnection>(),
            rocket.state::<RubricSet>(),
        ) else {
            return Outcome::Error((Status::InternalServerError, ()));
        };
        match crate::app::rubrics::available(db, shipped).await {
            Ok(all) => Outcome::Success(AvailableRubrics(all)),
            Err(e) => {
                rocket::error!("the rubric library cannot be read: {e}");
                Outcome::Error((Status::InternalServerError, ()))
            }
        }
    }
}
