//! A progress indicator on standard error for commands that may run long (`analyze`, `export`):
//! a spinner with the elapsed time, shown once the command has run a second, and only when
//! standard error is a terminal, so that piped or redirected output stays exactly the data.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How long a command runs before the indicator appears.
const QUIET_FOR: Duration = Duration::from_secs(1);

/// A running indicator (or nothing, when standard error is not a terminal).
pub struct Progress(Option<ProgressBar>);

impl Progress {
    /// Starts the indicator for `what` (shown from the second second on).
    pub fn start(what: &str) -> Progress {
        if !std::io::stderr().is_terminal() {
            return Progress(None);
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        let style = ProgressStyle::with_template("{spinner} {msg} ({elapsed})")
            .unwrap_or_else(|_| ProgressStyle::default_spinner());
        bar.set_style(style);
        bar.set_message(what.to_owned());
        let later = bar.clone();
        std::thread::spawn(move || {
            std::thread::sleep(QUIET_FOR);
            if !later.is_finished() {
                later.enable_steady_tick(Duration::from_millis(120));
            }
        });
        Progress(Some(bar))
    }

    /// Whether anything can be shown (standard error is a terminal).
    #[cfg(test)]
    fn is_shown(&self) -> bool {
        self.0.is_some()
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nothing_is_shown_when_standard_error_is_not_a_terminal() {
        let progress = Progress::start("Analysing");
        assert_eq!(progress.is_shown(), std::io::stderr().is_terminal());
    }
}
