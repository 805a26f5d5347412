//! Plain-text rendering of the design summary and its notices (English; the web layer may render its own).

use super::model::{DesignSummary, Notice};
use super::names::{Named, with_ids};
use std::fmt;

impl fmt::Display for Notice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        with_ids(self, f)
    }
}

impl fmt::Display for Named<'_, Notice> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Named(notice, names) = self;
        match notice {
            Notice::Unbalanced { min, max } => write!(
                f,
                "loads range from {min} to {max}: this is the most balanced the conflicts, kept \
                 assignments and load caps allow"
            ),
            Notice::Disconnected {
                components,
                assignments,
                needed,
            } => {
                write!(
                    f,
                    "the juror–submission graph has {components} separate components: juror \
                     leniency can only be compared within a component"
                )?;
                if assignments < needed {
                    write!(
                        f,
                        " (a connected design needs at least {needed} assignments, this one has \
                         {assignments}: raise the jurors per submission or add a calibration block)"
                    )
                } else {
                    write!(
                        f,
                        " (no load-preserving exchange could join them under the conflicts: add a \
                         calibration block or a juror without conflicts)"
                    )
                }
            }
            Notice::OverAssigned {
                submission,
                kept,
                required,
            } => write!(
                f,
                "{} keeps {kept} jurors, more than the {required} required; none was added",
                names.submission(*submission)
            ),
            Notice::AboveCap { juror, load, cap } => write!(
                f,
                "{} already has {load} assignments, above their cap of {cap}; none was added",
                names.juror(*juror)
            ),
        }
    }
}

impl fmt::Display for DesignSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        with_ids(self, f)
    }
}

impl fmt::Display for Named<'_, DesignSummary> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Named(summary, names) = self;
        let rows = &summary.loads.per_juror;
        let kept: u32 = rows.iter().map(|r| r.kept).sum();
        let calibration: u32 = rows.iter().map(|r| r.calibration).sum();
        writeln!(
            f,
            "{} submissions × {} jurors, {} jurors per submission (seed {}): {} assignments \
             ({} kept, {} added for the calibration block, {} added to reach {} per submission)",
            summary.submissions,
            summary.jurors,
            summary.jurors_per_submission,
            summary.seed,
            summary.total_assignments,
            kept,
            calibration,
            summary.automatic_assignments,
            summary.jurors_per_submission
        )?;
        let l = &summary.loads;
        writeln!(
            f,
            "Loads: {}–{} per juror (mean {:.2}), {}",
            l.min,
            l.max,
            l.mean,
            if l.balanced {
                "balanced"
            } else {
                "not balanced"
            }
        )?;
        writeln!(
            f,
            "Language: {} assignments in a language the juror does not read ({} added \
             automatically); {} submissions have fewer readers than jurors needed",
            summary.language.mismatches,
            summary.language.automatic_mismatches,
            summary.language.too_few_readers.len()
        )?;
        let o = &summary.overlap;
        writeln!(
            f,
            "Overlap: {} of {} juror pairs share at least one submission; shared submissions per \
             pair min {}, mean {:.2}, max {}",
            o.pairs_sharing_any, o.pairs, o.min, o.mean, o.max
        )?;
        let c = &summary.connectivity;
        if c.connected {
            write!(f, "Connectivity: connected")?;
        } else {
            write!(f, "Connectivity: {} components", c.components)?;
            for (i, g) in c.groups.iter().enumerate() {
                write!(
                    f,
                    "\n  {}: jurors {}; {} submissions",
                    i + 1,
                    names.juror_list(&g.jurors),
                    g.submissions.len()
                )?;
            }
        }
        if c.repair_moves > 0 {
            write!(f, " ({} exchanges made to connect it)", c.repair_moves)?;
        }
        if !c.idle_jurors.is_empty() {
            write!(
                f,
                "; jurors without assignment: {}",
                names.juror_list(&c.idle_jurors)
            )?;
        }
        writeln!(f)?;
        if summary.calibration.is_empty() {
            write!(f, "Calibration block: none")?;
        } else {
            write!(
                f,
                "Calibration block (every juror scores it): {}",
                names.submission_list(&summary.calibration)
            )?;
        }
        for notice in &summary.notices {
            write!(f, "\nNote: {}", Named(notice, names))?;
        }
        Ok(())
    }
}
