# Automatic assignment of jurors: the design summary of a plan, its notes, and why a request cannot be met.

## The design summary, one message per line.
assign-summary-header = { $submissions ->
        [one] { $submissions } submission
       *[other] { $submissions } submissions
    } × { $jurors ->
        [one] { $jurors } juror
       *[other] { $jurors } jurors
    }, { $required ->
        [one] { $required } juror
       *[other] { $required } jurors
    } per submission (seed { $seed }): { $total ->
        [one] { $total } assignment
       *[other] { $total } assignments
    } ({ $kept } kept, { $calibration } added for the calibration block, { $automatic } added to reach { $required } per submission)
assign-summary-loads-balanced = Loads: { $min }–{ $max } per juror (mean { $mean }), balanced
assign-summary-loads-unbalanced = Loads: { $min }–{ $max } per juror (mean { $mean }), not balanced
assign-summary-language = Language: { $mismatches ->
        [one] { $mismatches } assignment
       *[other] { $mismatches } assignments
    } in a language the juror does not read ({ $automatic } added automatically); { $lacking ->
        [one] { $lacking } submission has
       *[other] { $lacking } submissions have
    } fewer readers than jurors needed
assign-summary-overlap = Overlap: { $sharing } of { $pairs ->
        [one] { $pairs } juror pair shares
       *[other] { $pairs } juror pairs share
    } at least one submission; shared submissions per pair min { $min }, mean { $mean }, max { $max }
assign-summary-connected = Connectivity: connected
assign-summary-disconnected = Connectivity: { $components ->
        [one] { $components } component
       *[other] { $components } components
    }
# One line per component of a design that is not connected.
assign-summary-component = Component { $number }: jurors { $names }; { $count ->
        [one] { $count } submission
       *[other] { $count } submissions
    }
assign-summary-repairs = { $count ->
        [one] { $count } exchange was made to connect the design
       *[other] { $count } exchanges were made to connect the design
    }
assign-summary-idle = { $count ->
        [one] Juror without assignment: { $names }
       *[other] Jurors without assignment: { $names }
    }
assign-summary-calibration-none = Calibration block: none
assign-summary-calibration = Calibration block (every juror scores it): { $names }
# Followed by one of the notes below.
assign-summary-note = Note: { $note }
# A list of names cut short.
assign-list-more = { $names }, … and { $count } more

## Notes on a plan.
assign-notice-unbalanced = Loads range from { $min } to { $max } assignments per juror, the most balanced that the conflicts of interest, kept assignments and load caps allow.
assign-notice-disconnected-too-few = The juror–submission graph has { $components } separate components: juror leniency can only be compared within a component. A connected design needs at least { $needed } assignments and this one has { $assignments }: raise the number of jurors per submission or add a calibration block.
assign-notice-disconnected-conflicts = The juror–submission graph has { $components } separate components: juror leniency can only be compared within a component. No exchange that keeps every juror's load could join them under the conflicts of interest: add a calibration block or a juror without conflicts.
assign-notice-over-assigned = { $submission } keeps { $kept } jurors, more than the { $required } required; none was added.
assign-notice-above-cap = { $juror } already has { $load ->
        [one] { $load } assignment
       *[other] { $load } assignments
    }, above their load cap of { $cap }; none was added.

## Why an assignment request cannot be met.
# Followed by the problems, each a sentence.
assign-infeasible-invalid = The assignment request is inconsistent. { $problems }
assign-infeasible-zero-per-submission = The number of jurors per submission must be at least 1.
assign-infeasible-duplicate-submission = { $submission } is listed twice.
assign-infeasible-duplicate-juror = { $juror } is listed twice.
assign-infeasible-unknown-submission-conflicts = The list of conflicts names { $submission }, which is not in the request.
assign-infeasible-unknown-submission-keep = The list of assignments to keep names { $submission }, which is not in the request.
assign-infeasible-unknown-juror-conflicts = The list of conflicts names { $juror }, who is not in the request.
assign-infeasible-unknown-juror-keep = The list of assignments to keep names { $juror }, who is not in the request.
assign-infeasible-kept-but-conflicted = { $juror } is assigned to { $submission } but has a conflict of interest with it: remove that assignment first.
assign-infeasible-cap-below-calibration = { $juror } may take at most { $cap ->
        [one] { $cap } submission
       *[other] { $cap } submissions
    }, fewer than the calibration block of { $block }.
# Ends a list cut short.
assign-infeasible-more = … and { $count } more.
assign-infeasible-too-few-jurors = { $count ->
        [one] { $count } submission has
       *[other] { $count } submissions have
    } fewer than { $required ->
        [one] { $required } juror
       *[other] { $required } jurors
    } without a conflict of interest ({ $jurors } jurors in total, { $required } needed per submission). { $shortfalls } Add jurors, resolve pending potential conflicts, or lower the number of jurors per submission.
# One submission short of jurors, within assign-infeasible-too-few-jurors.
assign-infeasible-shortfall = { $submission }: { $available } without a conflict, { $conflicted } conflicted; { $missing } more needed.
assign-infeasible-calibration = A calibration block of { $requested ->
        [one] { $requested } submission
       *[other] { $requested } submissions
    } was requested, but only { $count ->
        [one] { $count } submission has
       *[other] { $count } submissions have
    } no conflict with any juror ({ $names }). Choose a smaller block or none.
assign-infeasible-calibration-none = A calibration block of { $requested ->
        [one] { $requested } submission
       *[other] { $requested } submissions
    } was requested, but every submission has a conflict with at least one juror. Assign without a calibration block.
assign-infeasible-capacity = Total capacity is insufficient: the submissions need { $needed ->
        [one] { $needed } more assignment
       *[other] { $needed } more assignments
    }, but the jurors' load caps allow only { $available } more. Raise the caps or add jurors.
assign-infeasible-bottleneck = { $count ->
        [one] { $count } submission ({ $names }) needs
       *[other] { $count } submissions ({ $names }) need
    } { $needed } more jurors between them, but the jurors without a conflict with them can give at most { $available } more within their load caps. Raise those jurors' caps, add jurors, or resolve pending conflicts.

assign-added = { $count ->
    [one] One assignment added.
   *[other] { $count } assignments added.
}

## How the assignment's messages name submissions and jurors.
# A submission's title in quotation marks.
assign-name-title = “{ $title }”
# A submission named by its number, when its title is not known.
assign-name-submission = submission { $id }
# A juror's name as it is.
assign-name-person = { $name }
# A juror named by their number, when their name is not known.
assign-name-juror = juror { $id }
# An item of a list named by its number.
assign-name-id = { $id }
# Names separated by commas.
assign-name-list = { $items }
