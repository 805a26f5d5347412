//! What the applicant's pages need about one application: the record (only its owner's), its
//! edition, the adopted rubric, and the validation context they imply (in the application layer).

pub use crate::app::applications::Loaded;
