//! The one error type of the application, independent of how it is shown: the web layer renders
//! it as an HTML page or as JSON under `/api/` (see `web::errors`).
//!
//! Handlers return [`AppResult`]; `?` converts database errors. 5xx causes are logged, never shown.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::domain::language::Lang;
use crate::domain::message::Message;
use crate::i18n;

/// Everything a request can fail with.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// 401: not logged in.
    #[error("you need to log in to see this page")]
    Unauthorized,
    /// 403: logged in, but this role may not do this.
    #[error("your account may not do this")]
    Forbidden,
    /// 404: no such thing, or not visible to this account.
    #[error("this page does not exist")]
    NotFound,
    /// 422: input that fails validation, field by field.
    #[error("some fields need correcting")]
    Invalid(BTreeMap<String, Message>),
    /// 409: a business rule refuses the action; the code is stable.
    #[error("{message}")]
    Conflict {
        /// Which rule.
        code: Refusal,
        /// Explanation for people.
        message: Message,
    },
    /// 428: a write through the API without the `If-Match` of the version it changes.
    #[error(
        "send the ETag of the version you read in an If-Match header; this write needs it to be sure nothing is overwritten"
    )]
    PreconditionRequired,
    /// 429: too many failed logins.
    #[error("{0}")]
    TooManyRequests(Message),
    /// 500: logged, never shown.
    #[error("internal error: {0}")]
    Internal(String),
}

/// The result of a handler.
pub type AppResult<T> = Result<T, AppError>;

impl From<sea_orm::DbErr> for AppError {
    fn from(e: sea_orm::DbErr) -> Self {
        match e {
            sea_orm::DbErr::RecordNotFound(_) => AppError::NotFound,
            other => AppError::Internal(format!("database: {other}")),
        }
    }
}

impl From<crate::hashing::Busy> for AppError {
    fn from(busy: crate::hashing::Busy) -> Self {
        let _ = busy;
        AppError::TooManyRequests(Message::new("login-refused-busy"))
    }
}

impl AppError {
    /// The stable snake_case code of the JSON body.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::Unauthorized => "unauthorized",
            AppError::Forbidden => "forbidden",
            AppError::NotFound => "not_found",
            AppError::Invalid(_) => "invalid_input",
            AppError::Conflict { code, .. } => code.as_str(),
            AppError::PreconditionRequired => "precondition_required",
            AppError::TooManyRequests(_) => "too_many_requests",
            AppError::Internal(_) => "internal_error",
        }
    }

    /// Input that fails validation in one field.
    pub fn invalid(field: &str, problem: Message) -> AppError {
        AppError::Invalid(BTreeMap::from([(field.to_owned(), problem)]))
    }

    /// A business rule refusing the action.
    pub fn conflict(code: Refusal, message: Message) -> AppError {
        AppError::Conflict { code, message }
    }

    /// The message shown to people, in `lang`: never the cause of an internal error.
    pub fn public_message(&self, lang: Lang) -> String {
        let general = match self {
            AppError::Unauthorized => i18n::msg("error-message-401"),
            AppError::Forbidden => i18n::msg("error-message-403"),
            AppError::NotFound => i18n::msg("error-message-404"),
            AppError::PreconditionRequired => i18n::msg("error-message-428"),
            AppError::Internal(_) => i18n::msg("error-message-500"),
            AppError::Invalid(fields) => {
                let said: Vec<String> = fields.values().map(|m| i18n::say(lang, m)).collect();
                return said.join("; ");
            }
            AppError::Conflict { message, .. } | AppError::TooManyRequests(message) => {
                return i18n::say(lang, message);
            }
        };
        i18n::text(lang, general)
    }
}

/// Field-by-field problems said in `lang`, as a form shows them.
pub fn said(lang: Lang, problems: &BTreeMap<String, Message>) -> BTreeMap<String, String> {
    problems
        .iter()
        .map(|(field, problem)| (field.clone(), i18n::say(lang, problem)))
        .collect()
}

/// The business rules that refuse an action (409), as stable snake_case codes that clients of the
/// JSON API may rely on: renaming one is a breaking change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Refusal {
    /// The application is not a draft any more.
    NotADraft,
    /// A declaration can only be made stricter by the juror.
    DeclarationWouldLower,
    /// No declaration to review.
    NothingToReview,
    /// A review of the declaration is already waiting.
    ReviewAlreadyRequested,
    /// No review was requested.
    NoReviewRequested,
    /// The declaration changed since the review was requested.
    ReviewOutdated,
    /// The consensus phase has not started.
    ConsensusNotOpen,
    /// The consensus phase has ended.
    ConsensusClosed,
    /// Decisions are not taken in this phase yet.
    DecisionsNotAvailable,
    /// Decisions can no longer change in this phase.
    DecisionsClosed,
    /// The decision breaks one of its rules.
    DecisionRefused,
    /// Results are not available in this phase.
    ResultsNotAvailable,
    /// The official method has not been recorded.
    OfficialMethodNotRecorded,
    /// The account holds as many usable API tokens as it may.
    TooManyTokens,
    /// The scorecard is submitted and locked.
    ScorecardLocked,
    /// Scoring is closed in the edition's phase.
    ScoringClosed,
    /// A declared conflict of interest suspends the scorecard.
    ScorecardSuspended,
    /// The call does not accept submissions or withdrawals now.
    CallClosed,
    /// The same file is already attached to the application.
    DuplicateAttachment,
    /// The application already has as many documents as it may.
    TooManyAttachments,
    /// The edition's phase does not allow assignments.
    AssignmentsClosed,
    /// The assignment request cannot be met (too few jurors without a conflict, …).
    AssignmentInfeasible,
    /// A juror cannot be assigned to this submission (conflicted, not on the jury, not
    /// eligible, already assigned).
    AssignmentRefused,
    /// Only a submitted scorecard can be reopened.
    ScorecardNotSubmitted,
    /// Only a potential conflict is decided (a disqualifying one always excludes).
    NotAPotentialConflict,
    /// A juror may not decide about their own conflict of interest.
    OwnConflict,
    /// There is no decision to confirm.
    NothingToConfirm,
    /// The edition's lifecycle refuses the phase change now (the reason says why).
    PhaseChangeRefused,
    /// The juror cannot leave the jury now (the reason says why).
    JurorRemovalRefused,
    /// The edition can no longer be edited (announced or archived).
    EditionLocked,
    /// The secretariat may not deactivate its own account.
    OwnAccount,
    /// Another rubric (shipped, or made in the browser) has the key.
    RubricKeyTaken,
    /// Editions past their draft score against the rubric, so it cannot change.
    RubricInUse,
    /// The evaluation has begun: the edition's rounds are fixed, or a round to remove has a
    /// panel.
    RoundsFixed,
    /// The round cannot adopt a shortlist now (not deliberating on it, or it decides the prizes).
    ShortlistClosed,
    /// The shortlist changed since it was read, or there is none to confirm.
    ShortlistChanged,
    /// The account's email address must be confirmed first.
    EmailUnconfirmed,
    /// The email address is already confirmed.
    EmailAlreadyConfirmed,
}

impl Refusal {
    /// Every refusal.
    pub const ALL: [Refusal; 38] = [
        Refusal::NotADraft,
        Refusal::DeclarationWouldLower,
        Refusal::NothingToReview,
        Refusal::ReviewAlreadyRequested,
        Refusal::NoReviewRequested,
        Refusal::ReviewOutdated,
        Refusal::ConsensusNotOpen,
        Refusal::ConsensusClosed,
        Refusal::DecisionsNotAvailable,
        Refusal::DecisionsClosed,
        Refusal::DecisionRefused,
        Refusal::ResultsNotAvailable,
        Refusal::OfficialMethodNotRecorded,
        Refusal::TooManyTokens,
        Refusal::ScorecardLocked,
        Refusal::ScoringClosed,
        Refusal::ScorecardSuspended,
        Refusal::CallClosed,
        Refusal::DuplicateAttachment,
        Refusal::TooManyAttachments,
        Refusal::AssignmentsClosed,
        Refusal::AssignmentInfeasible,
        Refusal::AssignmentRefused,
        Refusal::ScorecardNotSubmitted,
        Refusal::NotAPotentialConflict,
        Refusal::OwnConflict,
        Refusal::NothingToConfirm,
        Refusal::PhaseChangeRefused,
        Refusal::JurorRemovalRefused,
        Refusal::EditionLocked,
        Refusal::OwnAccount,
        Refusal::RubricKeyTaken,
        Refusal::RubricInUse,
        Refusal::RoundsFixed,
        Refusal::ShortlistClosed,
        Refusal::ShortlistChanged,
        Refusal::EmailUnconfirmed,
        Refusal::EmailAlreadyConfirmed,
    ];

    /// The stable code.
    pub fn as_str(self) -> &'static str {
        match self {
            Refusal::NotADraft => "not_a_draft",
            Refusal::DeclarationWouldLower => "declaration_would_lower",
            Refusal::NothingToReview => "nothing_to_review",
            Refusal::ReviewAlreadyRequested => "review_already_requested",
            Refusal::NoReviewRequested => "no_review_requested",
            Refusal::ReviewOutdated => "review_outdated",
            Refusal::ConsensusNotOpen => "consensus_not_open",
            Refusal::ConsensusClosed => "consensus_closed",
            Refusal::DecisionsNotAvailable => "decisions_not_available",
            Refusal::DecisionsClosed => "decisions_closed",
            Refusal::DecisionRefused => "decision_refused",
            Refusal::ResultsNotAvailable => "results_not_available",
            Refusal::OfficialMethodNotRecorded => "official_method_not_recorded",
            Refusal::TooManyTokens => "too_many_tokens",
            Refusal::ScorecardLocked => "scorecard_locked",
            Refusal::ScoringClosed => "scoring_closed",
            Refusal::ScorecardSuspended => "scorecard_suspended",
            Refusal::CallClosed => "call_closed",
            Refusal::DuplicateAttachment => "duplicate_attachment",
            Refusal::TooManyAttachments => "too_many_attachments",
            Refusal::AssignmentsClosed => "assignments_closed",
            Refusal::AssignmentInfeasible => "assignment_infeasible",
            Refusal::AssignmentRefused => "assignment_refused",
            Refusal::ScorecardNotSubmitted => "scorecard_not_submitted",
            Refusal::NotAPotentialConflict => "not_a_potential_conflict",
            Refusal::OwnConflict => "own_conflict",
            Refusal::NothingToConfirm => "nothing_to_confirm",
            Refusal::PhaseChangeRefused => "phase_change_refused",
            Refusal::JurorRemovalRefused => "juror_removal_refused",
            Refusal::EditionLocked => "edition_locked",
            Refusal::OwnAccount => "own_account",
            Refusal::RubricKeyTaken => "rubric_key_taken",
            Refusal::RubricInUse => "rubric_in_use",
            Refusal::RoundsFixed => "rounds_fixed",
            Refusal::ShortlistClosed => "shortlist_closed",
            Refusal::ShortlistChanged => "shortlist_changed",
            Refusal::EmailUnconfirmed => "email_unconfirmed",
            Refusal::EmailAlreadyConfirmed => "email_already_confirmed",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Refusal;

    #[test]
    fn every_refusal_code_is_distinct_snake_case_and_the_one_serialised() {
        let mut seen = std::collections::BTreeSet::new();
        for refusal in Refusal::ALL {
            let code = refusal.as_str();
            assert!(
                code.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
                "{code}"
            );
            assert!(seen.insert(code), "{code} twice");
            assert_eq!(serde_json::to_value(refusal).expect("a code"), code);
        }
    }
}
