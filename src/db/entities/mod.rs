//! SeaORM entities, one per table; they mirror the migrations and never leave the `db` layer.

pub mod api_token;
pub mod assignment;
pub mod attachment;
pub mod audit_entry;
pub mod award_decision;
pub mod category;
pub mod conflict_declaration;
pub mod consensus_score;
pub mod decision_vote;
pub mod edition;
pub mod invitation;
pub mod jury_membership;
pub mod library_rubric;
pub mod login_throttle;
pub mod organisation;
pub mod outbox;
pub mod round;
pub mod rubric;
pub mod score;
pub mod score_history;
pub mod session;
pub mod submission;
pub mod submission_partner;
pub mod submission_sdg;
pub mod submission_snapshot;
pub mod user;
