//! A small Nelder–Mead minimiser for the two-parameter REML criterion.

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
}
