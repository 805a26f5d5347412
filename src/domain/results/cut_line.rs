//! The shortlist's cut line under a ranking: which submissions are above it, the submissions whose
//! side of it the bootstrap cannot tell (statistical ties with the line), and the submissions an
//! exact tie places on both sides of it (the committee must choose between them).

use super::compute::OfficialLine;
use crate::domain::stats::bootstrap::TIE_THRESHOLD;

/// One submission's place relative to the cut line.
#[derive(Clone, Debug, PartialEq)]
pub struct CutPlace {
    /// Submission id.
    pub submission_id: i32,
    /// Its place in the official order, 1 first.
    pub position: usize,
    /// Above the line (within the shortlist's size) in the official order.
    pub above: bool,
    /// Share of bootstrap replicates in which it is within the shortlist's size, if known.
    pub p_in: Option<f64>,
    /// The bootstrap puts it on the other side of the line too often to tell: fewer than
    /// [`TIE_THRESHOLD`] of the replicates agree with its side. The replicates rank by the juror
    /// model (calibrated totals, thresholds not applied), so a submission that the official order
    /// puts below the line for a threshold it fails can be flagged: the committee reads why.
    pub statistical_tie: bool,
    /// Its official rank is shared by submissions on both sides of the line.
    pub exact_tie: bool,
}

/// A ranking cut at a shortlist of `size`.
#[derive(Clone, Debug, PartialEq)]
pub struct CutLine {
    /// The shortlist's size.
    pub size: usize,
    /// Every ranked submission in the official order.
    pub places: Vec<CutPlace>,
}

impl CutLine {
    /// The submissions above the line.
    pub fn above(&self) -> impl Iterator<Item = &CutPlace> {
        self.places.iter().filter(|p| p.above)
    }

    /// The submissions whose side of the line is a statistical tie.
    pub fn statistical_ties(&self) -> impl Iterator<Item = &CutPlace> {
        self.places.iter().filter(|p| p.statistical_tie)
    }

    /// The submissions an exact tie places on both sides of the line.
    pub fn exact_ties(&self) -> impl Iterator<Item = &CutPlace> {
        self.places.iter().filter(|p| p.exact_tie)
    }
}

/// Cuts `official` (in its order) at a shortlist of `size`.
pub fn cut_line(official: &[OfficialLine], size: usize) -> CutLine {
    let rank_at = |position: usize| official.get(position).map(|line| line.rank);
    let rank_on_line = rank_at(size.saturating_sub(1)).filter(|_| size > 0);
    let rank_below_line = rank_at(size);
    let tie_at_line = rank_on_line.is_some() && rank_on_line == rank_below_line;
    let places = official
        .iter()
        .enumerate()
        .map(|(i, line)| {
            let above = i < size;
            let agreeing = line.p_in_shortlist.map(|p| if above { p } else { 1.0 - p });
            CutPlace {
                submission_id: line.submission_id,
                position: i + 1,
                above,
                p_in: line.p_in_shortlist,
                statistical_tie: agreeing.is_some_and(|share| share < TIE_THRESHOLD),
                exact_tie: tie_at_line && Some(line.rank) == rank_on_line,
            }
        })
        .collect();
    CutLine { size, places }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::stats::totals::Exact;

    fn line(id: i32, rank: usize, p_in: Option<f64>) -> OfficialLine {
        OfficialLine {
            submission_id: id,
            title: format!("Project {id}"),
            rank,
            weighted_total: Exact::new(0, 1),
            criteria: Vec::new(),
            passes_thresholds: true,
            failed_thresholds: Vec::new(),
            tie_unresolved: false,
            trace: Vec::new(),
            steps: Vec::new(),
            scorecards: 3,
            raw: None,
            raw_mean: None,
            calibrated: None,
            rank_interval: None,
            p_top3: None,
            p_in_shortlist: p_in,
            statistical_tie_with_next: false,
            statistical_tie_partner: None,
        }
    }

    fn ids<'a>(places: impl Iterator<Item = &'a CutPlace>) -> Vec<i32> {
        places.map(|p| p.submission_id).collect()
    }

    #[test]
    fn the_first_n_are_above_the_line_and_the_rest_below() {
        let official = [line(7, 1, None), line(3, 2, None), line(9, 3, None)];
        let cut = cut_line(&official, 2);
        assert_eq!(ids(cut.above()), [7, 3]);
        assert_eq!(cut.places[2].position, 3);
        assert!(!cut.places[2].above);
        assert_eq!(ids(cut.statistical_ties()), Vec::<i32>::new());
        assert_eq!(ids(cut.exact_ties()), Vec::<i32>::new());
    }

    #[test]
    fn a_side_fewer_than_95_percent_of_replicates_agree_with_is_a_statistical_tie() {
        let official = [
            line(1, 1, Some(1.0)),
            line(2, 2, Some(0.96)),
            line(3, 3, Some(0.6)),
            line(4, 4, Some(0.4)),
            line(5, 5, Some(0.04)),
            line(6, 6, Some(0.0)),
        ];
        let cut = cut_line(&official, 3);
        assert_eq!(ids(cut.statistical_ties()), [3, 4]);
        assert_eq!(cut.places[2].p_in, Some(0.6));
    }

    #[test]
    fn an_official_rank_shared_across_the_line_is_an_exact_tie_for_all_who_share_it() {
        let official = [
            line(1, 1, None),
            line(2, 2, None),
            line(3, 2, None),
            line(4, 2, None),
            line(5, 5, None),
        ];
        assert_eq!(ids(cut_line(&official, 2).exact_ties()), [2, 3, 4]);
        assert_eq!(ids(cut_line(&official, 4).exact_ties()), Vec::<i32>::new());
        assert_eq!(ids(cut_line(&official, 1).exact_ties()), Vec::<i32>::new());
    }

    #[test]
    fn a_shortlist_as_long_as_the_ranking_or_of_zero_cuts_nothing() {
        let official = [line(1, 1, None), line(2, 1, None)];
        assert_eq!(ids(cut_line(&official, 2).above()), [1, 2]);
        assert_eq!(ids(cut_line(&official, 5).exact_ties()), Vec::<i32>::new());
        let none = cut_line(&official, 0);
        assert_eq!(ids(none.above()), Vec::<i32>::new());
        assert_eq!(ids(none.exact_ties()), Vec::<i32>::new());
    }
}
