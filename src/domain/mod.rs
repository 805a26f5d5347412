//! The pure core of Laurel: roles, rubrics, account rules, editions and throttling policy.
//!
//! Nothing here imports `rocket` or `sea_orm`; the `db` and `web` layers depend on this module,
//! never the other way round.

pub mod account;
pub mod edition;
pub mod password;
pub mod role;
pub mod rubric;
pub mod stats;
pub mod throttle;
