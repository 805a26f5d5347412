//! Small descriptive-statistics helpers shared by the engine: means, quantiles, ranks, MAD, distributions.

use statrs::distribution::{ChiSquared, ContinuousCDF, FisherSnedecor, Normal};
use std::cmp::Ordering;

/// `Some(x)` when `x` is finite, `None` otherwise (undefined statistics are never NaN).
pub fn finite(x: f64) -> Option<f64> {
    if x.is_finite() { Some(x) } else { None }
}

/// Arithmetic mean; `None` for an empty slice.
pub fn mean(x: &[f64]) -> Option<f64> {
    if x.is_empty() {
        return None;
    }
    finite(x.iter().sum::<f64>() / x.len() as f64)
}

/// Sample variance with n − 1 in the denominator; `None` for fewer than two values.
pub fn variance(x: &[f64]) -> Option<f64> {
    if x.len() < 2 {
        return None;
    }
    let m = mean(x)?;
    finite(x.iter().map(|v| (v - m) * (v - m)).sum::<f64>() / (x.len() - 1) as f64)
}

/// Sample standard deviation (n − 1).
pub fn std_dev(x: &[f64]) -> Option<f64> {
    variance(x).map(f64::sqrt)
}

/// Values sorted ascending (total order; inputs are finite).
pub fn sorted(x: &[f64]) -> Vec<f64> {
    let mut v = x.to_vec();
    v.sort_by(f64::total_cmp);
    v
}

/// Hyndman–Fan type 7 quantile (numpy's default, R's default) of already sorted data.
pub fn quantile7_sorted(s: &[f64], q: f64) -> Option<f64> {
    if s.is_empty() || !(0.0..=1.0).contains(&q) {
        return None;
    }
    let h = (s.len() - 1) as f64 * q;
    let lo = h.floor() as usize;
    let hi = h.ceil() as usize;
    let a = *s.get(lo)?;
    let b = *s.get(hi)?;
    Some(a + (h - lo as f64) * (b - a))
}

/// Hyndman–Fan type 7 quantile of unsorted data.
pub fn quantile7(x: &[f64], q: f64) -> Option<f64> {
    quantile7_sorted(&sorted(x), q)
}

/// Median (type 7 at 0.5, i.e. the usual median).
pub fn median(x: &[f64]) -> Option<f64> {
    quantile7(x, 0.5)
}

/// Trimmed mean dropping ⌊prop·n⌋ values at each end (scipy `trim_mean`).
pub fn trimmed_mean(x: &[f64], prop: f64) -> Option<f64> {
    let s = sorted(x);
    let cut = (prop * s.len() as f64).floor() as usize;
    if 2 * cut >= s.len() {
        return None;
    }
    mean(&s[cut..s.len() - cut])
}

/// Median absolute deviation from the median (raw, not scaled by 1.4826).
pub fn mad(x: &[f64]) -> Option<f64> {
    let m = median(x)?;
    let dev: Vec<f64> = x.iter().map(|v| (v - m).abs()).collect();
    median(&dev)
}

/// Average ranks (1-based) with ties sharing their mean rank. `descending` gives rank 1 to the largest value.
pub fn average_ranks(x: &[f64], descending: bool) -> Vec<f64> {
    let mut idx: Vec<usize> = (0..x.len()).collect();
    let cmp = |a: &usize, b: &usize| -> Ordering {
        let o = x[*a].total_cmp(&x[*b]);
        if descending { o.reverse() } else { o }
    };
    idx.sort_by(cmp);
    let mut ranks = vec![0.0; x.len()];
    let mut i = 0;
    while i < idx.len() {
        let mut j = i + 1;
        while j < idx.len() && x[idx[j]] == x[idx[i]] {
            j += 1;
        }
        let r = (i + 1 + j) as f64 / 2.0;
        for &k in &idx[i..j] {
            ranks[k] = r;
        }
        i = j;
    }
    ranks
}

/// Sizes of groups of equal values (tie groups, including singletons).
pub fn tie_groups(x: &[f64]) -> Vec<usize> {
    let s = sorted(x);
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        let mut j = i + 1;
        while j < s.len() && s[j] == s[i] {
            j += 1;
        }
        out.push(j - i);
        i = j;
    }
    out
}

/// Upper tail of F(d1, d2) at `x`.
pub fn f_sf(x: f64, d1: f64, d2: f64) -> Option<f64> {
    if !x.is_finite() {
        return None;
    }
    let d = FisherSnedecor::new(d1, d2).ok()?;
    finite(d.sf(x.max(0.0)))
}

/// Quantile of F(d1, d2).
pub fn f_quantile(p: f64, d1: f64, d2: f64) -> Option<f64> {
    let d = FisherSnedecor::new(d1, d2).ok()?;
    finite(d.inverse_cdf(p))
}

/// Upper tail of chi-square(df) at `x`.
pub fn chi2_sf(x: f64, df: f64) -> Option<f64> {
    if !x.is_finite() {
        return None;
    }
    let d = ChiSquared::new(df).ok()?;
    finite(d.sf(x.max(0.0)))
}

/// Upper tail of the standard normal at `x`.
pub fn normal_sf(x: f64) -> Option<f64> {
    if !x.is_finite() {
        return None;
    }
    let d = Normal::standard();
    finite(d.sf(x))
}

/// Standard normal quantile.
pub fn normal_quantile(p: f64) -> Option<f64> {
    finite(Normal::standard().inverse_cdf(p))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn average_ranks_share_ties_and_rank_one_is_best() {
        let r = average_ranks(&[3.0, 5.0, 3.0, 1.0], true);
        assert_eq!(r, vec![2.5, 1.0, 2.5, 4.0]);
    }

    #[test]
    fn quantile_type7_matches_numpy_linear() {
        let x = [1.0, 2.0, 3.0, 4.0];
        assert!((quantile7(&x, 0.025).unwrap() - 1.075).abs() < 1e-12);
        assert!((quantile7(&x, 0.975).unwrap() - 3.925).abs() < 1e-12);
    }

    #[test]
    fn trimmed_mean_drops_twenty_percent_each_side_like_scipy() {
        let x = [1.0, 2.0, 3.0, 4.0, 5.0, 100.0];
        assert!((trimmed_mean(&x, 0.2).unwrap() - 3.5).abs() < 1e-12);
    }
}
