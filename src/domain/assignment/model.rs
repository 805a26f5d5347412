//! The public data of automatic assignment: the request, its options, the plan and its design summary.

use serde::{Deserialize, Serialize};

/// A submission's id (the database id of `submission`).
pub type SubmissionId = i32;
/// A juror's id (the database id of the juror's account or jury membership).
pub type JurorId = i32;

/// One eligible submission to be assessed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SubmissionInput {
    pub id: SubmissionId,
    /// Language of the submission (e.g. `"fr"`); compared case-insensitively. Empty means
    /// unknown: any juror is then a language match.
    pub language: String,
}

/// One juror who can be assigned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JurorInput {
    pub id: JurorId,
    /// Languages the juror reads (e.g. `["en", "fr"]`); compared case-insensitively. A juror
    /// with none is a mismatch for every submission of known language.
    pub languages: Vec<String>,
    /// At most this many assignments in total (kept, calibration and automatic); `None`: no cap.
    #[serde(default)]
    pub max_load: Option<u32>,
}

/// A (juror, submission) pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Pair {
    pub juror: JurorId,
    pub submission: SubmissionId,
}

impl Pair {
    pub fn new(juror: JurorId, submission: SubmissionId) -> Self {
        Self { juror, submission }
    }
}

/// What automatic assignment works from.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssignmentInput {
    pub submissions: Vec<SubmissionInput>,
    pub jurors: Vec<JurorInput>,
    /// Pairs that must never be assigned: disqualifying conflicts and potential conflicts not yet
    /// decided (or decided "excluded").
    #[serde(default)]
    pub forbidden: Vec<Pair>,
    /// Existing assignments to keep (manual ones, or jurors who already started scoring).
    #[serde(default)]
    pub keep: Vec<Pair>,
}

/// How to assign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AssignmentOptions {
    /// r: jurors per submission (default 3).
    pub jurors_per_submission: u32,
    /// c: size of the calibration block, submissions scored by every juror (0 = none).
    pub calibration_size: u32,
    /// A load cap for every juror (combined with each juror's own `max_load`).
    pub max_load: Option<u32>,
    /// Seed of the deterministic tie-breaking: the same input and seed give the same plan.
    pub seed: u64,
}

impl Default for AssignmentOptions {
    fn default() -> Self {
        Self {
            jurors_per_submission: 3,
            calibration_size: 0,
            max_load: None,
            seed: 0,
        }
    }
}

/// Why a pair is in the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// An existing assignment the request asked to keep.
    Kept,
    /// A calibration-block submission (scored by every juror).
    Calibration,
    /// Chosen by the algorithm.
    Automatic,
}

/// One assignment of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assignment {
    pub submission: SubmissionId,
    pub juror: JurorId,
    pub origin: Origin,
    /// The juror reads the submission's language (or the language is unknown).
    pub language_match: bool,
}

/// The result: every assignment (kept ones included), sorted by submission then juror, and the
/// design summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AssignmentPlan {
    pub assignments: Vec<Assignment>,
    pub summary: DesignSummary,
}

/// What the secretariat reads before accepting a plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DesignSummary {
    pub submissions: usize,
    pub jurors: usize,
    pub jurors_per_submission: u32,
    pub seed: u64,
    /// All assignments, kept and calibration included.
    pub total_assignments: usize,
    /// How many of them the algorithm added.
    pub automatic_assignments: usize,
    pub loads: LoadSummary,
    pub language: LanguageSummary,
    pub overlap: OverlapSummary,
    pub connectivity: Connectivity,
    /// Ids of the calibration block (empty when none was requested).
    pub calibration: Vec<SubmissionId>,
    /// Things the secretariat should know (imbalance forced by conflicts, disconnection, …).
    pub notices: Vec<Notice>,
}

/// Juror loads.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LoadSummary {
    pub min: u32,
    pub max: u32,
    pub mean: f64,
    /// max − min ≤ 1.
    pub balanced: bool,
    /// One row per juror, by juror id.
    pub per_juror: Vec<JurorLoad>,
}

/// One juror's share of the design.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JurorLoad {
    pub juror: JurorId,
    pub load: u32,
    pub kept: u32,
    pub calibration: u32,
    pub automatic: u32,
    /// Assignments in a language the juror does not read.
    pub language_mismatches: u32,
    /// How many other jurors share at least one submission with this juror.
    pub co_jurors: u32,
}

/// Language fit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageSummary {
    /// Assignments whose juror does not read the submission's language (all origins).
    pub mismatches: usize,
    /// Of those, the ones the algorithm added.
    pub automatic_mismatches: usize,
    /// Submissions that fewer than r non-conflicted jurors can read: some mismatch is unavoidable.
    pub too_few_readers: Vec<SubmissionId>,
}

/// Overlap between jurors: for each pair of jurors, the number of submissions both score.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OverlapSummary {
    /// Number of juror pairs, m(m−1)/2.
    pub pairs: usize,
    /// Pairs sharing at least one submission.
    pub pairs_sharing_any: usize,
    pub min: u32,
    pub mean: f64,
    pub max: u32,
    /// `matrix[a][b]`: submissions shared by jurors a and b, in juror-id order (the order of
    /// `loads.per_juror`); the diagonal holds each juror's load.
    pub matrix: Vec<Vec<u32>>,
}

/// Connectivity of the juror–submission graph (jurors linked through shared submissions).
/// Juror offsets are only comparable inside one component.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Connectivity {
    /// Components counting every submission and every juror with at least one assignment.
    pub components: usize,
    pub connected: bool,
    /// The components, largest first, when there are more than one.
    pub groups: Vec<Component>,
    /// Jurors with no assignment at all (not part of any component).
    pub idle_jurors: Vec<JurorId>,
    /// Exchanges made after the load-balancing step to connect the graph.
    pub repair_moves: usize,
}

/// One connected component.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Component {
    pub jurors: Vec<JurorId>,
    pub submissions: Vec<SubmissionId>,
}

/// A remark on a feasible plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Notice {
    /// Loads differ by more than one: the conflicts, kept assignments or load caps allow no better.
    Unbalanced { min: u32, max: u32 },
    /// The graph is not connected.
    Disconnected {
        components: usize,
        /// A connected graph needs at least (submissions + active jurors − 1) assignments; with
        /// fewer, connection is impossible without unbalancing the loads.
        assignments: usize,
        needed: usize,
    },
    /// A submission keeps more jurors than r; none was added.
    OverAssigned {
        submission: SubmissionId,
        kept: u32,
        required: u32,
    },
    /// A juror's kept assignments already exceed their load cap; none was added.
    AboveCap { juror: JurorId, load: u32, cap: u32 },
}
