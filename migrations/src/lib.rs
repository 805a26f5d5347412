//! Laurel's schema, one migration per change; each has a working `down`.
//!
//! Applied migrations are never edited: a change to the schema is a new file.

pub use sea_orm_migration::MigrationStatus;
pub use sea_orm_migration::prelude::*;

mod m20261122_000001_create_organisations;
mod m20261122_000002_create_users;
mod m20261122_000003_create_rubrics;
mod m20261122_000004_create_editions;
mod m20261122_000005_create_categories;
mod m20261122_000006_create_submissions;
mod m20261122_000007_create_submission_partners;
mod m20261122_000008_create_submission_sdgs;
mod m20261122_000009_create_jury_memberships;
mod m20261122_000010_create_conflict_declarations;
mod m20261122_000011_create_assignments;
mod m20261122_000012_create_scores;
mod m20261122_000013_create_score_history;
mod m20261122_000014_create_award_decisions;
mod m20261122_000015_create_audit_log;
mod m20261122_000016_create_login_throttle;
mod m20261122_000017_add_user_time_zone;
mod m20261122_000018_add_submission_eligibility;
mod m20261122_000019_create_submission_snapshots;
mod m20261122_000020_create_attachments;
mod m20261122_000021_create_invitations;
mod m20261122_000022_create_consensus_scores;
mod m20261122_000023_add_edition_peer_scores;
mod m20261122_000024_add_edition_official_method;
mod m20261122_000025_create_outbox;
mod m20261122_000026_create_decision_votes;
mod m20261205_000027_add_scorecard_safeguards;
mod m20261205_000028_create_sessions;
mod m20261206_000029_create_api_tokens;
mod m20261207_000030_add_user_language;
mod m20261207_000031_add_edition_texts;
mod m20261207_000032_create_rounds;
mod m20261207_000033_create_library_rubrics;
mod m20261207_000034_add_round_ids;
mod m20261207_000035_unique_per_round;
mod m20261207_000036_create_shortlist_choices;
mod m20261207_000037_add_round_outcome_release;
mod m20261207_000038_add_round_previous_consensus;
mod m20261207_000039_add_round_scoring_deadline;
mod m20261207_000040_add_round_peer_scores;
mod m20261207_000041_add_round_rubric;
mod m20261208_000042_create_password_resets;
mod m20261208_000043_add_email_confirmation;
mod m20261208_000044_create_mail_settings;
mod m20261208_000045_create_deadline_reminders;

/// The ordered list of Laurel's migrations.
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261122_000001_create_organisations::Migration),
            Box::new(m20261122_000002_create_users::Migration),
            Box::new(m20261122_000003_create_rubrics::Migration),
            Box::new(m20261122_000004_create_editions::Migration),
            Box::new(m20261122_000005_create_categories::Migration),
            Box::new(m20261122_000006_create_submissions::Migration),
            Box::new(m20261122_000007_create_submission_partners::Migration),
            Box::new(m20261122_000008_create_submission_sdgs::Migration),
            Box::new(m20261122_000009_create_jury_memberships::Migration),
            Box::new(m20261122_000010_create_conflict_declarations::Migration),
            Box::new(m20261122_000011_create_assignments::Migration),
            Box::new(m20261122_000012_create_scores::Migration),
            Box::new(m20261122_000013_create_score_history::Migration),
            Box::new(m20261122_000014_create_award_decisions::Migration),
            Box::new(m20261122_000015_create_audit_log::Migration),
            Box::new(m20261122_000016_create_login_throttle::Migration),
            Box::new(m20261122_000017_add_user_time_zone::Migration),
            Box::new(m20261122_000018_add_submission_eligibility::Migration),
            Box::new(m20261122_000019_create_submission_snapshots::Migration),
            Box::new(m20261122_000020_create_attachments::Migration),
            Box::new(m20261122_000021_create_invitations::Migration),
            Box::new(m20261122_000022_create_consensus_scores::Migration),
            Box::new(m20261122_000023_add_edition_peer_scores::Migration),
            Box::new(m20261122_000024_add_edition_official_method::Migration),
            Box::new(m20261122_000025_create_outbox::Migration),
            Box::new(m20261122_000026_create_decision_votes::Migration),
            Box::new(m20261205_000027_add_scorecard_safeguards::Migration),
            Box::new(m20261205_000028_create_sessions::Migration),
            Box::new(m20261206_000029_create_api_tokens::Migration),
            Box::new(m20261207_000030_add_user_language::Migration),
            Box::new(m20261207_000031_add_edition_texts::Migration),
            Box::new(m20261207_000032_create_rounds::Migration),
            Box::new(m20261207_000033_create_library_rubrics::Migration),
            Box::new(m20261207_000034_add_round_ids::Migration),
            Box::new(m20261207_000035_unique_per_round::Migration),
            Box::new(m20261207_000036_create_shortlist_choices::Migration),
            Box::new(m20261207_000037_add_round_outcome_release::Migration),
            Box::new(m20261207_000038_add_round_previous_consensus::Migration),
            Box::new(m20261207_000039_add_round_scoring_deadline::Migration),
            Box::new(m20261207_000040_add_round_peer_scores::Migration),
            Box::new(m20261207_000041_add_round_rubric::Migration),
            Box::new(m20261208_000042_create_password_resets::Migration),
            Box::new(m20261208_000043_add_email_confirmation::Migration),
            Box::new(m20261208_000044_create_mail_settings::Migration),
            Box::new(m20261208_000045_create_deadline_reminders::Migration),
        ]
    }
}

/// Builds a foreign key from `table.column` to `target.id`.
fn foreign_key(
    table: impl IntoIden + 'static,
    column: impl IntoIden + 'static,
    target: impl IntoIden + 'static,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, column)
        .to(target, Alias::new("id"))
        .on_delete(on_delete)
        .on_update(ForeignKeyAction::Cascade)
        .to_owned()
}

/// Builds a plain (non-unique) index named `idx_<table>_<suffix>`.
fn index(table: &str, suffix: &str, columns: &[&str]) -> IndexCreateStatement {
    let mut statement = Index::create();
    statement
        .name(format!("idx_{table}_{suffix}"))
        .table(Alias::new(table));
    for column in columns {
        statement.col(Alias::new(*column));
    }
    statement.to_owned()
}

/// Builds a unique index named `uq_<table>_<suffix>`.
fn unique_index(table: &str, suffix: &str, columns: &[&str]) -> IndexCreateStatement {
    let mut statement = index(table, suffix, columns);
    statement.name(format!("uq_{table}_{suffix}")).unique();
    statement
}
