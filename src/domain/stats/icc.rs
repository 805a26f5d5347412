//! Intraclass correlations: the six Shrout–Fleiss forms on a complete block, and one-way unbalanced ICC(1).
//!
//! Conventions: p-values use df2 = n(k−1) for ICC1 and (n−1)(k−1) for ICC2/ICC3 (psych, pingouin);
//! the ICC2 CI uses the Satterthwaite df; the ICC2k CI is the Spearman–Brown step-up of the ICC2 bounds.
//!
//! Undefined values are `None`:
//! * The step-up L_k = kL/(1+(k−1)L) is defined only for L > −1/(k−1); below that (a very negative
//!   ICC2 lower bound) it has a pole and would give a bound > 1 or an inverted interval, so that
//!   bound of ICC2k is `None`.
//! * Every CI bound must be finite; a bound that is not is `None`.
//!
//! Values are the textbook estimators and are not truncated: with BMS < EMS the ICC2/ICC3 values
//! are negative, and ICC2k = (BMS−EMS)/(BMS+(JMS−EMS)/n) can exceed 1 (or take any sign) when its
//! denominator is negative too (JMS < EMS with BMS small); read such values as "no reliability".

use super::describe::{f_quantile, f_sf, finite};
use super::design::Design;
use serde::Serialize;

/// One ICC form with its F test and 95% confidence interval.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IccForm {
    pub value: Option<f64>,
    #[serde(rename = "F")]
    pub f: Option<f64>,
    pub df1: f64,
    pub df2: f64,
    pub p: Option<f64>,
    pub ci95: [Option<f64>; 2],
}

/// The six Shrout & Fleiss (1979) forms, plus the ANOVA mean squares.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IccSet {
    #[serde(rename = "ICC1")]
    pub icc1: IccForm,
    #[serde(rename = "ICC2")]
    pub icc2: IccForm,
    #[serde(rename = "ICC3")]
    pub icc3: IccForm,
    #[serde(rename = "ICC1k")]
    pub icc1k: IccForm,
    #[serde(rename = "ICC2k")]
    pub icc2k: IccForm,
    #[serde(rename = "ICC3k")]
    pub icc3k: IccForm,
    pub n: usize,
    pub k: usize,
    pub mean_squares: MeanSquares,
}

/// Two-way ANOVA mean squares of a complete block.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct MeanSquares {
    pub bms: f64,
    pub jms: f64,
    pub wms: f64,
    pub ems: f64,
}

/// Two-way ANOVA of an n × k complete matrix (rows = projects, columns = jurors).
pub fn mean_squares(x: &[Vec<f64>]) -> Option<MeanSquares> {
    let n = x.len();
    let k = x.first()?.len();
    if n < 2 || k < 2 || x.iter().any(|r| r.len() != k) {
        return None;
    }
    let (nf, kf) = (n as f64, k as f64);
    let grand = x.iter().flatten().sum::<f64>() / (nf * kf);
    let row_means: Vec<f64> = x.iter().map(|r| r.iter().sum::<f64>() / kf).collect();
    let col_means: Vec<f64> = (0..k)
        .map(|j| x.iter().map(|r| r[j]).sum::<f64>() / nf)
        .collect();
    let ssr = kf * row_means.iter().map(|m| (m - grand).powi(2)).sum::<f64>();
    let ssc = nf * col_means.iter().map(|m| (m - grand).powi(2)).sum::<f64>();
    let sst = x.iter().flatten().map(|v| (v - grand).powi(2)).sum::<f64>();
    // Residual sum of squares computed directly, to avoid cancellation in SST − SSR − SSC.
    let mut sse = 0.0;
    for (r, rm) in x.iter().zip(&row_means) {
        for (v, cm) in r.iter().zip(&col_means) {
            sse += (v - rm - cm + grand).powi(2);
        }
    }
    Some(MeanSquares {
        bms: ssr / (nf - 1.0),
        jms: ssc / (kf - 1.0),
        wms: (sst - ssr) / (nf * (kf - 1.0)),
        ems: sse / ((nf - 1.0) * (kf - 1.0)),
    })
}

/// All six ICC forms of a complete n × k block (n ≥ 2 projects, k ≥ 2 jurors).
pub fn icc_all(x: &[Vec<f64>]) -> Option<IccSet> {
    let ms = mean_squares(x)?;
    if ![ms.bms, ms.jms, ms.wms, ms.ems]
        .iter()
        .all(|v| v.is_finite())
    {
        return None;
    }
    let n = x.len();
    let k = x.first()?.len();
    let (nf, kf) = (n as f64, k as f64);
    let MeanSquares { bms, jms, wms, ems } = ms;
    let q = 0.975;

    // ICC1 (one-way random).
    let df1 = nf - 1.0;
    let df2_1 = nf * (kf - 1.0);
    let f1 = bms / wms;
    let p1 = f_sf(f1, df1, df2_1);
    let fl1 = f_quantile(q, df1, df2_1).map(|c| f1 / c);
    let fu1 = f_quantile(q, df2_1, df1).map(|c| f1 * c);
    let single = |fb: Option<f64>| fb.and_then(|v| finite((v - 1.0) / (v + kf - 1.0)));
    let average = |fb: Option<f64>| fb.and_then(|v| finite(1.0 - 1.0 / v));
    let icc1 = IccForm {
        value: finite((bms - wms) / (bms + (kf - 1.0) * wms)),
        f: finite(f1),
        df1,
        df2: df2_1,
        p: p1,
        ci95: [single(fl1), single(fu1)],
    };
    let icc1k = IccForm {
        value: finite((bms - wms) / bms),
        ci95: [average(fl1), average(fu1)],
        ..icc1.clone()
    };

    // ICC3 (two-way mixed, consistency).
    let df2 = (nf - 1.0) * (kf - 1.0);
    let f3 = bms / ems;
    let p3 = f_sf(f3, df1, df2);
    let fl3 = f_quantile(q, df1, df2).map(|c| f3 / c);
    let fu3 = f_quantile(q, df2, df1).map(|c| f3 * c);
    let icc3 = IccForm {
        value: finite((bms - ems) / (bms + (kf - 1.0) * ems)),
        f: finite(f3),
        df1,
        df2,
        p: p3,
        ci95: [single(fl3), single(fu3)],
    };
    let icc3k = IccForm {
        value: finite((bms - ems) / bms),
        ci95: [average(fl3), average(fu3)],
        ..icc3.clone()
    };

    // ICC2 (two-way random, absolute agreement) with the Satterthwaite CI.
    let rho = (bms - ems) / (bms + (kf - 1.0) * ems + kf * (jms - ems) / nf);
    let (lo2, hi2) = icc2_ci(bms, jms, ems, nf, kf, rho);
    let icc2 = IccForm {
        value: finite(rho),
        f: finite(f3),
        df1,
        df2,
        p: p3,
        ci95: [lo2, hi2],
    };
    let sb = |l: Option<f64>| l.and_then(|l| spearman_brown(l, kf));
    let icc2k = IccForm {
        value: finite((bms - ems) / (bms + (jms - ems) / nf)),
        ci95: [sb(lo2), sb(hi2)],
        ..icc2.clone()
    };
    Some(IccSet {
        icc1,
        icc2,
        icc3,
        icc1k,
        icc2k,
        icc3k,
        n,
        k,
        mean_squares: ms,
    })
}

/// Spearman–Brown step-up kL/(1+(k−1)L) of a single-juror bound to k jurors; `None` where
/// 1+(k−1)L ≤ 0 (outside the domain, where the map is not increasing).
pub fn spearman_brown(l: f64, k: f64) -> Option<f64> {
    let den = 1.0 + (k - 1.0) * l;
    if den <= 0.0 {
        return None;
    }
    finite(k * l / den)
}

fn icc2_ci(bms: f64, jms: f64, ems: f64, n: f64, k: f64, rho: f64) -> (Option<f64>, Option<f64>) {
    let fj = jms / ems;
    let a = n * (1.0 + (k - 1.0) * rho) - k * rho;
    let num = (n - 1.0) * (k - 1.0) * (k * rho * fj + a).powi(2);
    let den = (n - 1.0) * k * k * rho * rho * fj * fj + a * a;
    let v = num / den;
    if !v.is_finite() || v <= 0.0 {
        return (None, None);
    }
    let c = k * jms + (k * n - k - n) * ems;
    let lo = f_quantile(0.975, n - 1.0, v)
        .and_then(|fs| finite(n * (bms - fs * ems) / (fs * c + n * bms)));
    let hi = f_quantile(0.975, v, n - 1.0)
        .and_then(|fss| finite(n * (fss * bms - ems) / (c + n * fss * bms)));
    (lo, hi)
}

/// One-way unbalanced ICC(1) over all data (Searle's n0-corrected ANOVA estimator).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OneWayIcc {
    pub value: Option<f64>,
    #[serde(rename = "F")]
    pub f: Option<f64>,
    pub df1: f64,
    pub df2: f64,
    pub p: Option<f64>,
    pub n0: Option<f64>,
    pub msb: Option<f64>,
    pub msw: Option<f64>,
}

/// One-way ICC(1) with projects as groups; needs ≥ 2 projects and more scores than projects.
pub fn icc1_unbalanced(d: &Design) -> OneWayIcc {
    let groups: Vec<Vec<f64>> = (0..d.n_projects()).map(|p| d.project_scores(p)).collect();
    let a = groups.iter().filter(|g| !g.is_empty()).count();
    let nn: usize = groups.iter().map(Vec::len).sum();
    let df1 = a as f64 - 1.0;
    let df2 = nn as f64 - a as f64;
    let undefined = OneWayIcc {
        value: None,
        f: None,
        df1,
        df2,
        p: None,
        n0: None,
        msb: None,
        msw: None,
    };
    if a < 2 || nn <= a {
        return undefined;
    }
    let nf = nn as f64;
    let grand = groups.iter().flatten().sum::<f64>() / nf;
    let mut ssb = 0.0;
    let mut ssw = 0.0;
    let mut sum_n2 = 0.0;
    for g in groups.iter().filter(|g| !g.is_empty()) {
        let gm = g.iter().sum::<f64>() / g.len() as f64;
        ssb += g.len() as f64 * (gm - grand).powi(2);
        ssw += g.iter().map(|v| (v - gm).powi(2)).sum::<f64>();
        sum_n2 += (g.len() * g.len()) as f64;
    }
    let msb = ssb / df1;
    let msw = ssw / df2;
    let n0 = (nf - sum_n2 / nf) / df1;
    let var_p = (msb - msw) / n0;
    let f = msb / msw;
    OneWayIcc {
        value: finite(var_p / (var_p + msw)),
        f: finite(f),
        p: f_sf(f, df1, df2),
        n0: finite(n0),
        msb: finite(msb),
        msw: finite(msw),
        ..undefined
    }
}
