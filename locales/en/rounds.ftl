# An edition's rounds of evaluation: the problems of their settings.

round-problem-none = Rounds: an edition has at least one round
round-problem-name = Round { $round }: give a name of at most { $most } characters
round-problem-name-twice = Round { $round }: another round is already called “{ $name }”
round-problem-jurors = Round { $round }: between 1 and { $most } jurors per submission
round-problem-prizes-before-last = Round { $round }: only the last round decides the prizes; this one ends in a shortlist
round-problem-last-shortlists = Round { $round }: the last round decides the prizes, it cannot end in a shortlist
round-problem-shortlist-empty = Round { $round }: a shortlist holds at least one submission
round-problem-shortlist-not-smaller = Round { $round }: a shortlist of { $size } is not smaller than the previous round's, { $before }
round-problem-shortlist-number = Round { $round }: give the shortlist's size as a whole number
round-problem-deadline-order = Round { $round }: scorecards are due after those of the rounds before it

round-default-name = Jury
round-line = { $number }. { $round }
round-named = { $name }
round-described = { $name }: { $outcome }
round-outcome-prizes = decides the prizes
round-outcome-prizes-consensus = decides the prizes after a consensus
round-outcome-shortlist = { $size ->
    [one] shortlists { $size } submission for the next round
   *[other] shortlists { $size } submissions for the next round
}
round-outcome-shortlist-consensus = { $size ->
    [one] shortlists { $size } submission for the next round after a consensus
   *[other] shortlists { $size } submissions for the next round after a consensus
}

rounds-refused-started = The rounds are fixed once the evaluation begins; the edition is in the phase “{ $phase }”.
rounds-refused-has-panel = Round { $round } has a panel or assignments, so it cannot be removed: remove its members on the jury page first.

rounds-title = Rounds – { $edition }
rounds-heading = Evaluation rounds
rounds-intro = Each round has its own panel and ends with a shortlist for the next round; the last round decides the prizes. The rounds are fixed once the evaluation begins.
rounds-problems = { $count ->
    [one] { $count } problem: nothing was saved.
   *[other] { $count } problems: nothing was saved.
}
rounds-legend = Round { $number }
rounds-legend-last = Round { $number } (the last: decides the prizes)
rounds-name = Name
rounds-jurors = Jurors per submission
rounds-shortlist = Shortlist for the next round (number of submissions)
rounds-last-decides = This round decides the prizes.
rounds-consensus = The panel records a consensus after scoring
rounds-remove = Remove this round when saving
rounds-save = Save the rounds
rounds-add = Add a round before the last
rounds-new-name = Round { $number }
rounds-saved = The rounds are saved.
rounds-link = Set up the rounds
rounds-outcome-at-once = Tell the applicants left out as soon as the shortlist is confirmed (otherwise with the announcement of the winners)
rounds-sees-previous-consensus = The panel reads the previous round's consensus comments (never its scores by juror or its jurors' names)
round-deadline-label = Round { $round }: scorecards due
rounds-deadline = Scorecards due (optional; { $zone } time; otherwise the edition's)
round-problem-peer-scores = Round { $round }: choose when panel members see each other's scores
round-problem-rubric = Round { $round }: choose a rubric from the list.
rounds-peers = Panel members see each other's scores
rounds-rubric = Rubric the round scores against
rounds-rubric-edition = The edition's rubric ({ $name })
rounds-peers-edition = As the edition sets it
rounds-refused-stale = The rounds were changed elsewhere since you opened this page; nothing was saved. The rounds now are listed below; what you typed is kept in the form: save again to replace them.
