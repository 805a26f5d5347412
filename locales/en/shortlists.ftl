# The shortlist a round adopts.

shortlist-problem-empty = Take at least one submission into the shortlist.
shortlist-problem-reason-taken-in = Place { $position } is below the line: say why the committee takes it in.
shortlist-problem-reason-left-out = Place { $position } is above the line: say why the committee leaves it out.
shortlist-problem-reason-long = Write at most { $most } characters.

shortlist-refused-final-round = This round decides the prizes; it ends with no shortlist.
shortlist-refused-phase = A shortlist is adopted in the consensus phase, when the round's scoring is over; the edition is in the phase “{ $phase }”.
shortlist-refused-nothing-recorded = No shortlist is recorded yet: the secretariat records the committee's choices first.
shortlist-refused-changed = The shortlist was recorded again since you read it. Read it again before confirming it.
shortlist-refused-recorded-meanwhile = Someone recorded the shortlist after you opened this page, so nothing was recorded. Your choices and reasons are kept below; record them again to replace that recording.

shortlist-title = Shortlist – { $edition }
shortlist-heading = Shortlist
shortlist-results-link = Results of the round
shortlist-problems = { $count ->
    [one] { $count } problem: nothing was recorded.
   *[other] { $count } problems: nothing was recorded.
}
shortlist-no-ranking = The round has no ranking yet: choose the official method on the results page first.
shortlist-line-heading = { $size ->
    [one] The line under the first { $size } submission
   *[other] The line under the first { $size } submissions
}
shortlist-statistical-ties = { $count ->
    [one] { $count } submission's side of the line is a statistical tie: the bootstrap cannot tell which side it belongs on.
   *[other] { $count } submissions' side of the line is a statistical tie: the bootstrap cannot tell which side they belong on.
}
shortlist-no-statistical-tie = The bootstrap puts every submission clearly on its side of the line.
shortlist-exact-ties = { $count ->
    [one] { $count } submission shares its rank across the line: the committee chooses.
   *[other] { $count } submissions share their rank across the line: the committee chooses between them.
}
shortlist-no-exact-tie = No exact tie at the line.
shortlist-reason-rule = Taking a submission in from below the line, or leaving one out from above it, needs a written reason; the chair reads it before confirming.
shortlist-recorded-at = Recorded on { $when }, waiting for the confirmation of the round's chair.
shortlist-confirmed-at = Adopted: the round's chair confirmed this shortlist on { $when }, which closed the round. It no longer changes.
shortlist-caption = The round's ranking and the committee's choices
shortlist-col-place = Place
shortlist-col-p-in = { $size ->
    [one] Chance of being first
   *[other] Chance of being in the top { $size }
}
shortlist-col-taken-in = Shortlisted
shortlist-col-reason = Reason (out of rank order)
shortlist-cut-line = { $size ->
    [one] Cut line: { $size } submission above
   *[other] Cut line: { $size } submissions above
}
shortlist-exact-tie = exact tie at the line
shortlist-statistical-tie = statistical tie with the line
shortlist-above = above the line
shortlist-below = below the line
shortlist-reason-for = Reason for “{ $title }”
shortlist-record = Record the shortlist
shortlist-record-hint = The round's chair then confirms it; the confirmation closes the round and the shortlisted submissions enter the next one.
shortlist-recorded = The shortlist is recorded. The round's chair confirms it on their dashboard.
shortlist-chair-hint = Confirming closes the round: the shortlisted submissions enter the next round, and this round's scorecards no longer change.
shortlist-chair-caption = { $size ->
    [one] The committee's choices (a shortlist of { $size } planned)
   *[other] The committee's choices (a shortlist of { $size } planned)
}
shortlist-conflicted = A submission you have a conflict of interest with
shortlist-taken-in = Shortlisted
shortlist-left-out = Not shortlisted
shortlist-out-of-order = out of rank order
shortlist-confirm = Confirm the shortlist and close the round
shortlist-confirmed = The shortlist is confirmed: the round is closed and the next round begins.
results-shortlist-link = The cut line and the shortlist
results-adopted-shortlist-link = The adopted shortlist and its cut line
consensus-refused-no-step = The round “{ $round }” has no consensus step: its ranking comes from the panel's scorecards.
results-rounds = The results of each round
results-round-exports = This round’s exports (CSV)
feedback-left-out = Your application was not shortlisted in round { $number }, “{ $round }”: it does not go on to the next round.
scorecard-previous-consensus = The previous round's consensus
scorecard-previous-none = The previous round recorded no consensus comment on this application.
