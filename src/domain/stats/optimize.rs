//! A small Nelder–Mead minimiser for the two-parameter REML criterion, and a box-constrained wrapper.

/// Minimise `f` from `start` with initial step `step`; stops when the simplex values agree to `ftol`
/// (relative) and the simplex is smaller than √ftol, or after `max_iter` iterations. Returns the best point.
pub fn nelder_mead<F: Fn([f64; 2]) -> f64>(
    f: &F,
    start: [f64; 2],
    step: f64,
    ftol: f64,
    max_iter: usize,
) -> [f64; 2] {
    let mut pts = [
        start,
        [start[0] + step, start[1]],
        [start[0], start[1] + step],
    ];
    let mut val = pts.map(f);
    for _ in 0..max_iter {
        // Order best..worst.
        let mut idx = [0usize, 1, 2];
        idx.sort_by(|&a, &b| val[a].total_cmp(&val[b]));
        pts = idx.map(|i| pts[i]);
        val = idx.map(|i| val[i]);
        let spread = (val[2] - val[0]).abs();
        let size = (0..2)
            .map(|k| {
                (pts[1][k] - pts[0][k])
                    .abs()
                    .max((pts[2][k] - pts[0][k]).abs())
            })
            .fold(0.0, f64::max);
        if val[0].is_finite() && spread <= ftol * (1.0 + val[0].abs()) && size < ftol.sqrt() {
            break;
        }
        let c = [(pts[0][0] + pts[1][0]) / 2.0, (pts[0][1] + pts[1][1]) / 2.0];
        let at = |t: f64| [c[0] + t * (pts[2][0] - c[0]), c[1] + t * (pts[2][1] - c[1])];
        let r = at(-1.0);
        let fr = f(r);
        if fr < val[0] {
            let e = at(-2.0);
            let fe = f(e);
            if fe < fr {
                pts[2] = e;
                val[2] = fe;
            } else {
                pts[2] = r;
                val[2] = fr;
            }
        } else if fr < val[1] {
            pts[2] = r;
            val[2] = fr;
        } else {
            let (k, fk) = if fr < val[2] {
                let k = at(-0.5);
                (k, f(k))
            } else {
                let k = at(0.5);
                (k, f(k))
            };
            if fk < val[2].min(fr) {
                pts[2] = k;
                val[2] = fk;
            } else {
                for i in 1..3 {
                    pts[i] = [(pts[i][0] + pts[0][0]) / 2.0, (pts[i][1] + pts[0][1]) / 2.0];
                    val[i] = f(pts[i]);
                }
            }
        }
    }
    let mut best = 0;
    for i in 1..3 {
        if val[i] < val[best] {
            best = i;
        }
    }
    pts[best]
}

/// Minimise `f` over the box [lo, hi]² from `start` (three Nelder–Mead runs, each restarted at the
/// previous best). Outside the box `f` is evaluated at the nearest box point plus a quadratic penalty
/// on the distance, so the simplex is pushed back instead of stalling on a flat region. Returns a
/// point in the box.
pub fn minimise_in_box<F: Fn([f64; 2]) -> f64>(
    f: &F,
    start: [f64; 2],
    lo: f64,
    hi: f64,
) -> [f64; 2] {
    minimise_in_bounds(f, start, [lo, lo], [hi, hi])
}

/// [`minimise_in_box`] with bounds per coordinate (lo[k] = hi[k] pins coordinate k).
pub fn minimise_in_bounds<F: Fn([f64; 2]) -> f64>(
    f: &F,
    start: [f64; 2],
    lo: [f64; 2],
    hi: [f64; 2],
) -> [f64; 2] {
    const PENALTY: f64 = 1e3;
    let clamp = |t: [f64; 2]| [t[0].clamp(lo[0], hi[0]), t[1].clamp(lo[1], hi[1])];
    let obj = |t: [f64; 2]| {
        let c = clamp(t);
        let excess = (t[0] - c[0]).powi(2) + (t[1] - c[1]).powi(2);
        f(c) + PENALTY * excess
    };
    let mut best = clamp(start);
    for _ in 0..3 {
        best = clamp(nelder_mead(&obj, best, 1.0, 1e-13, 4000));
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nelder_mead_finds_the_minimum_of_a_rosenbrock_valley() {
        let f = |p: [f64; 2]| (1.0 - p[0]).powi(2) + 100.0 * (p[1] - p[0] * p[0]).powi(2);
        let b = nelder_mead(&f, [-1.0, 1.0], 0.5, 1e-14, 10_000);
        assert!(
            (b[0] - 1.0).abs() < 1e-5 && (b[1] - 1.0).abs() < 1e-5,
            "{b:?}"
        );
    }

    #[test]
    fn box_minimiser_returns_from_a_flat_region_beyond_the_box() {
        // Minimum at (3, 1) inside [−5, 4]²; the function is flat beyond the box in x, as a clamped
        // criterion is. Plain restarts from a clamped point stalled at the box edge.
        let f = |p: [f64; 2]| (p[0] - 3.0).powi(2) + (p[1] - 1.0).powi(2);
        let b = minimise_in_box(&f, [0.0, 0.0], -5.0, 4.0);
        assert!(
            (b[0] - 3.0).abs() < 1e-5 && (b[1] - 1.0).abs() < 1e-5,
            "{b:?}"
        );
        // A minimum beyond the box ends at the box edge.
        let g = |p: [f64; 2]| -p[0] + (p[1] - 1.0).powi(2);
        let c = minimise_in_box(&g, [0.0, 0.0], -5.0, 4.0);
        assert!(
            (c[0] - 4.0).abs() < 1e-9 && (c[1] - 1.0).abs() < 1e-5,
            "{c:?}"
        );
    }
}
