//! The pure core of Laurel: roles, rubrics, account rules, editions and throttling policy.
//!
//! Nothing here imports `rocket` or `sea_orm`; the `db` and `web` layers depend on this module,
//! never the other way round.

pub mod account;
pub mod api_token;
pub mod application;
pub mod assignment;
pub mod attachment;
pub mod conflicts;
pub mod consensus;
pub mod countries;
pub mod decisions;
pub mod edition;
pub mod edition_texts;
pub mod eligibility;
pub mod evaluation_phase;
pub mod feedback;
pub mod jury;
pub mod language;
pub mod limits;
pub mod message;
pub mod notification;
pub mod one_time_link;
pub mod outbox;
pub mod password;
pub mod peer_scores;
pub mod results;
pub mod role;
pub mod round;
pub mod rubric;
pub mod scoring;
pub mod sdg;
pub mod shortlist;
pub mod stats;
pub mod text;
pub mod throttle;
pub mod time;
pub mod version;
