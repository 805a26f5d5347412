//! A file sent in a multipart form, read into memory within Rocket's `limits.file`, so that a form
//! of typed fields can carry a document too (the applicant's text is saved in the same request).

use std::fmt;

use rocket::data::ToByteUnit;
use rocket::form::{self, DataField, FromFormField, ValueField};

/// A file as sent: the name the browser gave and the bytes.
#[derive(Clone, Default)]
pub struct UploadedFile {
    /// The file name as sent (not safe to show or store before it is cleaned).
    pub raw_name: String,
    /// The content.
    pub bytes: Vec<u8>,
}

impl fmt::Debug for UploadedFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UploadedFile")
            .field("raw_name", &self.raw_name)
            .field("bytes", &self.bytes.len())
            .finish()
    }
}

#[rocket::async_trait]
impl<'r> FromFormField<'r> for UploadedFile {
    fn from_value(_field: ValueField<'r>) -> form::Result<'r, Self> {
        Err(form::Error::validation(
            "a file must be sent in a multipart form",
        ))?
    }

    async fn from_data(field: DataField<'r, '_>) -> form::Result<'r, Self> {
        let limit = field
            .request
            .limits()
            .get("file")
            .unwrap_or_else(|| 32.mebibytes());
        let read = field.data.open(limit).into_bytes().await?;
        if !read.is_complete() {
            Err(form::Error::from(form::error::ErrorKind::InvalidLength {
                min: None,
                max: Some(limit.as_u64()),
            }))?;
        }
        let raw_name = field
            .file_name
            .map(|n| n.dangerous_unsafe_unsanitized_raw().as_str().to_owned())
            .unwrap_or_default();
        Ok(UploadedFile {
            raw_name,
            bytes: read.into_inner(),
        })
    }
}
