//! The application layer: each use case once, between the database and its adapters (the pages,
//! the command line, the exports), so that no adapter repeats a workflow. It grows use case by use
//! case; for now it owns the official results and what keeps an edition from being decided.

pub mod accounts;
pub mod applications;
pub mod assignment;
pub mod attachments;
pub mod conflicts;
pub mod consensus;
pub mod decisions;
pub mod jury;
pub mod phases;
pub mod progress;
pub mod results;
pub mod scoring;
pub mod screening;
pub mod tokens;
