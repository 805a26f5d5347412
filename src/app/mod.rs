//! The application layer: each use case once, between the database and its adapters (the pages,
//! the JSON API, the command line, the exports), so that no adapter repeats a workflow: who may,
//! in which phase, the checks, the transaction and the audit entry, with the result as a typed
//! value. Bad input is `AppError::Invalid` field by field, a refused rule `AppError::Conflict`
//! with its `Refusal` (or a workflow's own refusal type when its page keeps what was typed).

pub mod account_admin;
pub mod accounts;
pub mod applications;
pub mod assignment;
pub mod attachments;
pub mod conflict_decisions;
pub mod conflicts;
pub mod consensus;
pub mod decisions;
pub mod editions;
pub mod email_confirmation;
pub mod feedback;
pub mod imports;
pub mod jury;
pub mod notifications;
pub mod password_reset;
pub mod phases;
pub mod progress;
pub mod reminders;
pub mod results;
pub mod rounds;
pub mod rubrics;
pub mod scoring;
pub mod screening;
pub mod shortlists;
pub mod tokens;
