//! Plain-text rendering of the design summary and its notices (English; the web layer may render its own),
//! and the same as messages, said in the reader's language (`locales/<code>/assignment.ftl`).

use super::infeasible::with_list;
use super::model::{DesignSummary, Notice};
use super::names::{Named, with_ids};
use crate::domain::message::Message;
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

impl Named<'_, Notice> {
    /// The notice as a message: what its `Display` says in English, in the reader's language.
    pub fn message(&self) -> Message {
        let Named(notice, names) = self;
        match notice {
            Notice::Unbalanced { min, max } => Message::new("assign-notice-unbalanced")
                .number("min", *min)
                .number("max", *max),
            Notice::Disconnected {
                components,
                assignments,
                needed,
            } => {
                if assignments < needed {
                    Message::new("assign-notice-disconnected-too-few")
                        .number("components", *components)
                        .number("needed", *needed)
                        .number("assignments", *assignments)
                } else {
                    Message::new("assign-notice-disconnected-conflicts")
                        .number("components", *components)
                }
            }
            Notice::OverAssigned {
                submission,
                kept,
                required,
            } => Message::new("assign-notice-over-assigned")
                .message("submission", names.submission_said(*submission))
                .number("kept", *kept)
                .number("required", *required),
            Notice::AboveCap { juror, load, cap } => Message::new("assign-notice-above-cap")
                .message("juror", names.juror_said(*juror))
                .number("load", *load)
                .number("cap", *cap),
        }
    }
}

impl Named<'_, DesignSummary> {
    /// The summary as messages, one per line of its `Display` (and one per component of a
    /// design that is not connected, and one each for the exchanges made and the idle jurors).
    pub fn messages(&self) -> Vec<Message> {
        let Named(summary, names) = self;
        let rows = &summary.loads.per_juror;
        let kept: u32 = rows.iter().map(|r| r.kept).sum();
        let calibration: u32 = rows.iter().map(|r| r.calibration).sum();
        let mut lines = vec![
            Message::new("assign-summary-header")
                .number("submissions", summary.submissions)
                .number("jurors", summary.jurors)
                .number("required", summary.jurors_per_submission)
                .text("seed", summary.seed)
                .number("total", summary.total_assignments)
                .number("kept", kept)
                .number("calibration", calibration)
                .number("automatic", summary.automatic_assignments),
        ];
        let l = &summary.loads;
        let loads = if l.balanced {
            Message::new("assign-summary-loads-balanced")
        } else {
            Message::new("assign-summary-loads-unbalanced")
        };
        lines.push(
            loads
                .number("min", l.min)
                .number("max", l.max)
                .decimal("mean", l.mean, 2),
        );
        let language = &summary.language;
        lines.push(
            Message::new("assign-summary-language")
                .number("mismatches", language.mismatches)
                .number("automatic", language.automatic_mismatches)
                .number("lacking", language.too_few_readers.len()),
        );
        let o = &summary.overlap;
        lines.push(
            Message::new("assign-summary-overlap")
                .number("sharing", o.pairs_sharing_any)
                .number("pairs", o.pairs)
                .number("min", o.min)
                .decimal("mean", o.mean, 2)
                .number("max", o.max),
        );
        let c = &summary.connectivity;
        if c.connected {
            lines.push(Message::new("assign-summary-connected"));
        } else {
            lines.push(
                Message::new("assign-summary-disconnected").number("components", c.components),
            );
            for (i, g) in c.groups.iter().enumerate() {
                let component = Message::new("assign-summary-component").number("number", i + 1);
                let component =
                    with_list(component, "names", &g.jurors, |ids| names.juror_items(ids));
                lines.push(component.number("count", g.submissions.len()));
            }
        }
        if c.repair_moves > 0 {
            lines.push(Message::new("assign-summary-repairs").number("count", c.repair_moves));
        }
        if !c.idle_jurors.is_empty() {
            let idle = Message::new("assign-summary-idle").number("count", c.idle_jurors.len());
            lines.push(with_list(idle, "names", &c.idle_jurors, |ids| {
                names.juror_items(ids)
            }));
        }
        if summary.calibration.is_empty() {
            lines.push(Message::new("assign-summary-calibration-none"));
        } else {
            lines.push(with_list(
                Message::new("assign-summary-calibration"),
                "names",
                &summary.calibration,
                |ids| names.submission_items(ids),
            ));
        }
        for notice in &summary.notices {
            let note = Named(notice, names).message();
            lines.push(Message::new("assign-summary-note").message("note", note));
        }
        lines
    }
}
