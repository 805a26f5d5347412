# The secretariat's evaluation pages: the jury's progress, the rubrics, a juror's scorecard, importing submissions and the assignments.

## The progress of the jury.
progress-title = Progress: { $edition }
progress-heading = Progress of the jury
progress-sort-filter = Sort and filter
progress-order = Order
progress-least-first = Least progress first
progress-by-name = By name
progress-unfinished-only = Only what is unfinished
progress-show = Show
progress-per-submission = Scorecards per submission
progress-per-juror = Scorecards per juror
progress-done = Done

## The rubrics.
rubrics-summary = The rubrics shipped with Laurel come from the server's rubric directory and cannot be changed here: copy one to change it. Rubrics made here can be edited until an edition past its draft scores against them. When an edition adopts a rubric, its content is frozen with its hash.
rubrics-scale = Scale
rubrics-scale-half = { $min } to { $max }, in half points
rubrics-scale-whole = { $min } to { $max }, in whole points
rubrics-overall-threshold = Overall threshold
rubrics-hash = Content hash
rubrics-criteria-of = Criteria of { $name }
rubrics-tie-break-order = Tie-break order
rubrics-threshold = Threshold
rubrics-core = Core
rubrics-core-yes = Yes
rubrics-core-no = No
rubrics-guidance = { $name }: guiding questions and levels

## A juror's scorecard as the secretariat reads it.
reading-scorecard-title = Scorecard: { $title }
reading-by = By
reading-revision = revision { $number }
reading-scores-comments = Scores and comments

## Importing submissions from a CSV file.
import-page-title = Import submissions
import-page-heading = Import submissions from a CSV file
import-page-nothing-imported = Nothing was imported
import-page-correct-every-line = Correct every line below and upload the file again: a file is imported whole or not at all.
import-page-the-file = The file
# Followed by the optional columns, "and" (import-page-and), the last one, then import-page-optional.
import-page-columns = One application per row, UTF-8, with a header row naming these columns (in any order;
import-page-and = and
import-page-optional = are optional):
import-page-checks = Each row is checked like the online form. New applicant accounts are created for unknown emails; they log in after the secretariat sets their password.
# Follows the column name submitted_at.
import-page-submitted-at = is when the other tool received it (e.g. 2026-06-01T10:00:00Z); empty means now.
import-page-csv-file = CSV file
import-page-import = Import
import-page-imported = { $count ->
    [one] { $count } application was imported and submitted.
   *[other] { $count } applications were imported and submitted.
}

## The assignments of jurors.
assign-title = Assignments: { $edition }
assign-heading = Assignments
assign-design = Design of the assignment
assign-not-possible = Automatic assignment is not possible
assign-automatic = Automatic assignment
assign-automatic-hint = Gives every eligible submission the number of jurors below, never a conflicted juror, keeps existing assignments, balances the loads, prefers jurors who read the submission's language, and links every juror to the others through shared submissions so that juror leniency can be measured. A calibration block is a few submissions scored by every juror. The same seed gives the same assignment.
assign-per-submission = Jurors per submission
assign-calibration = Calibration block (submissions)
assign-seed = Seed
assign-automatically = Assign automatically
assign-by-hand = Assign by hand
assign-assign = Assign
assign-assigned = The juror has been assigned.
assign-loads = Loads
assign-load = { $name }: { $count }
assign-every = Every assignment
assign-change = Change
assign-suspended = Suspended
# Followed by a link, assign-decide.
assign-suspended-why = a conflict of interest keeps the juror away;
assign-decide = decide it
assign-remove-label = Reason for removing { $name }
assign-remove-placeholder = Reason for removing
assign-removed = The assignment has been removed.
assign-reopen-label = Reason for reopening the scorecard of { $name }
assign-reopen-placeholder = Reason for reopening
assign-reopen = Reopen
assign-reopened = The scorecard is open again; a new revision begins and the history is kept.
assign-only-submitted = Only a submitted scorecard can be reopened.
