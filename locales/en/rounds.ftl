# An edition's rounds of evaluation: the problems of their settings.

round-problem-none = Rounds: an edition has at least one round
round-problem-name = Round { $round }: give a name of at most { $most } characters
round-problem-name-twice = Round { $round }: another round is already called “{ $name }”
round-problem-jurors = Round { $round }: between 1 and { $most } jurors per submission
round-problem-prizes-before-last = Round { $round }: only the last round decides the prizes; this one ends in a shortlist
round-problem-last-shortlists = Round { $round }: the last round decides the prizes, it cannot end in a shortlist
round-problem-shortlist-empty = Round { $round }: a shortlist holds at least one submission
round-problem-shortlist-not-smaller = Round { $round }: a shortlist of { $size } is not smaller than the previous round's, { $before }
round-problem-deadline-order = Round { $round }: scorecards are due after those of the rounds before it

round-default-name = Jury
round-line = { $number }. { $name }: { $outcome }
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
