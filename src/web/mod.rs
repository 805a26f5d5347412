//! The web layer: thin handlers, one module per role, roles as request guards, forms in and
//! views out. Every route is mounted at `/` with its full path so that `uri!` builds every link.

pub mod account;
pub mod account_tokens;
pub mod api;
pub mod applicant;
pub mod application_view;
pub mod assets;
pub mod auth;
pub mod catchers;
pub mod charts;
pub mod consensus;
pub mod csrf;
pub mod email_confirmation;
pub mod errors;
pub mod format;
pub mod health;
pub mod invitations;
pub mod jury;
pub mod jury_conflicts;
pub mod jury_decisions;
pub mod jury_scope;
pub mod jury_shortlist;
pub mod labels;
pub mod language;
pub mod notice;
pub mod pages;
pub mod password_reset;
pub mod register;
pub mod rubric_set;
pub mod scoring;
pub mod secretariat;
pub mod security;
pub mod session;
pub mod upload;
pub mod winners;

use rocket::{Build, Rocket, routes};

/// Mounts every route, catcher and security fairing.
pub fn mount(rocket: Rocket<Build>) -> Rocket<Build> {
    rocket
        .attach(security::shield())
        .attach(security::ContentSecurity)
        .mount(
            "/",
            routes![
                auth::home,
                auth::show_login,
                auth::login,
                auth::logout,
                auth::logout_everywhere,
                register::show_register,
                register::register,
                language::switch_language,
                account::show_account,
                account::change_password,
                account_tokens::create_token,
                account_tokens::revoke_token,
                applicant::dashboard,
                applicant::start_application,
                applicant::pages::show_application,
                applicant::pages::show_section,
                applicant::feedback::show_feedback,
                applicant::pages::save_section,
                applicant::pages::submit_application,
                applicant::pages::withdraw_application,
                applicant::attachments::upload_attachment,
                applicant::attachments::remove_attachment,
                applicant::attachments::download_own_attachment,
                applicant::attachments::download_attachment,
                applicant::attachments::download_assigned_attachment,
                jury::dashboard,
                secretariat::dashboard,
                secretariat::accounts::list_accounts,
                secretariat::accounts::create_account,
                secretariat::accounts::deactivate_account,
                secretariat::accounts::reactivate_account,
                secretariat::account_detail::show_account,
                secretariat::account_detail::reset_password,
                secretariat::rubrics::list_rubrics,
                secretariat::rubrics::download_rubric,
                secretariat::rubrics::upload_rubric,
                secretariat::rubric_editor::new_rubric,
                secretariat::rubric_editor::edit_rubric,
                secretariat::rubric_editor::create_rubric,
                secretariat::rubric_editor::save_rubric,
                secretariat::editions::new_edition,
                secretariat::editions::create_edition,
                secretariat::editions::edit_edition,
                secretariat::editions::update_edition,
                secretariat::editions::show_edition,
                secretariat::editions::change_status,
                secretariat::evaluation_phase::confirm_open,
                secretariat::evaluation_phase::confirm_back,
                secretariat::evaluation_phase::return_to_evaluation,
                secretariat::submissions::list_submissions,
                secretariat::submissions::export_submissions,
                secretariat::exports::export,
                secretariat::submissions::show_submission,
                secretariat::submissions::override_eligibility,
                secretariat::import::show_import,
                secretariat::import::import_submissions,
                secretariat::jury::show_jury,
                secretariat::conflicts::list_conflicts,
                secretariat::assignments::show_assignments,
                secretariat::assignments::assign_automatically,
                secretariat::assignments::remove_assignment,
                secretariat::assignments::reopen_scorecard,
                secretariat::assignments::add_assignment,
                secretariat::progress::show_progress,
                secretariat::results::show_results,
                secretariat::results::record_method,
                secretariat::decisions::show_decisions,
                secretariat::decisions::record_decision,
                secretariat::decisions::remove_decision,
                jury_decisions::show_chair_decisions,
                jury_decisions::confirm_decisions,
                jury_shortlist::show_chair_shortlist,
                jury_shortlist::confirm_shortlist,
                secretariat::shortlist::show_shortlist,
                secretariat::rounds::show_rounds,
                secretariat::rounds::save_rounds,
                secretariat::shortlist::record_shortlist,
                secretariat::scorecard::show_scorecard,
                secretariat::conflicts::decide_conflict,
                secretariat::conflicts::decide_review,
                jury_conflicts::show_conflicts,
                scoring::show_scorecard,
                consensus::show_consensus,
                consensus::record_consensus,
                scoring::save_scorecard,
                jury_conflicts::declare_conflict,
                jury_conflicts::chair_decides,
                jury_conflicts::chair_decides_review,
                jury_conflicts::request_review,
                secretariat::jury::invite_juror,
                secretariat::mail::show_mail,
                secretariat::mail::save_settings,
                secretariat::mail::retry_message,
                secretariat::jury_removal::confirm_removal,
                secretariat::jury_removal::remove_juror,
                invitations::show_invitation,
                invitations::accept_invitation,
                email_confirmation::show_confirm,
                email_confirmation::confirm,
                email_confirmation::resend_own,
                email_confirmation::resend_for,
                email_confirmation::change_email,
                password_reset::show_forgot,
                password_reset::ask_for_link,
                password_reset::show_reset,
                password_reset::reset_password,
                winners::show_winners,
                health::healthz,
                assets::stylesheet,
                assets::script,
            ],
        )
        .mount("/", api::routes())
        .register("/", catchers::pages())
        .register("/api", catchers::api_catchers())
}
