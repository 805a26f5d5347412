//! The JSON body of an API write, with every NUL character taken out of its strings and keys
//! before it is read, as the pages' forms do: PostgreSQL refuses NUL in text, and SQLite and
//! PostgreSQL must answer alike. A body that is not JSON is a 400, one of the wrong shape a 422.

use std::ops::Deref;

use rocket::data::{self, Data, FromData};
use rocket::http::Status;
use rocket::outcome::Outcome;
use rocket::request::Request;
use rocket::serde::json::Json;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// A JSON request body of type `T`, without NUL characters.
#[derive(Debug)]
pub struct JsonBody<T>(pub T);

impl<T> JsonBody<T> {
    /// The body.
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> Deref for JsonBody<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

/// `value` with every NUL character removed from its strings and object keys.
fn without_nul(value: Value) -> Value {
    match value {
        Value::String(text) => Value::String(text.replace('\0', "")),
        Value::Array(items) => Value::Array(items.into_iter().map(without_nul).collect()),
        Value::Object(fields) => Value::Object(
            fields
                .into_iter()
                .map(|(key, value)| (key.replace('\0', ""), without_nul(value)))
                .collect(),
        ),
        other => other,
    }
}

#[rocket::async_trait]
impl<'r, T: DeserializeOwned> FromData<'r> for JsonBody<T> {
    type Error = String;

    async fn from_data(request: &'r Request<'_>, data: Data<'r>) -> data::Outcome<'r, Self> {
        match Json::<Value>::from_data(request, data).await {
            Outcome::Success(Json(value)) => match serde_json::from_value(without_nul(value)) {
                Ok(body) => Outcome::Success(JsonBody(body)),
                Err(e) => Outcome::Error((Status::UnprocessableEntity, e.to_string())),
            },
            Outcome::Error((status, e)) => Outcome::Error((status, e.to_string())),
            Outcome::Forward(forward) => Outcome::Forward(forward),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::without_nul;
    use serde_json::json;

    #[test]
    fn nul_characters_leave_every_string_and_key_and_nothing_else() {
        let sent = json!({"a\u{0}b": ["x\u{0}y", 1, null, {"c": "d\u{0}"}], "n": 2.5});
        assert_eq!(
            without_nul(sent),
            json!({"ab": ["xy", 1, null, {"c": "d"}], "n": 2.5})
        );
    }
}
