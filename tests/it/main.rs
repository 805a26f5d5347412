//! Laurel's integration tests: one binary, the real application on a fresh database per test
//! (a SQLite file, or a PostgreSQL database when LAUREL_TEST_DATABASE_URL is set).

#![expect(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

mod accounts;
mod api;
mod api_accounts;
mod api_and_pages;
mod api_applicant;
mod api_consensus;
mod api_decisions;
mod api_declarations;
mod api_editions;
mod api_jury;
mod api_jury_removal;
mod api_phases;
mod api_results;
mod api_rubrics;
mod api_secretariat;
mod applicant_text;
mod applications;
mod assignments;
mod attachments;
mod auth;
mod cli;
mod concurrency;
mod conflict_reviews;
mod conflicts;
mod consensus;
mod decisions;
mod demo;
mod edition_texts;
mod editions;
mod evaluation_phase;
mod exports;
mod feedback;
mod fixtures;
mod helpers;
mod import;
mod jury;
mod jury_removal;
mod languages;
mod languages_french;
mod leaks;
mod locales;
mod mail;
mod migrations;
mod nul_bytes;
mod pseudo_locale;
mod refusals_keep_input;
mod results;
mod role_table;
mod rounds;
mod rubric_editor;
mod rubrics;
mod scoring;
mod screens;
