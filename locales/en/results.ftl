# The results page of the secretariat: the official ranking, its checks and statistics, and the
# official method.

results-title = Results: { $edition }
results-heading = Results
results-official-method = Official method: { $method }
results-recorded = Recorded { $recorded }; locked since the results were first shown ({ $locked }).
results-change-method = Change the method (needs a reason, kept in the audit log)
results-method-legend = Official method
results-change-reason = Reason for the change (at least { $min } characters)
results-change-button = Change the method
results-checks = Checks before deciding
results-nothing-ranked = Nothing is ranked yet: see “Not ranked” below.
results-unranked-count = { $count ->
    [one] 1 eligible submission is not ranked yet.
   *[other] { $count } eligible submissions are not ranked yet.
}
results-exact-ties = { $count ->
    [one] 1 submission is in an exact tie that the rules cannot break.
   *[other] { $count } submissions are in an exact tie that the rules cannot break.
}
results-exact-ties-then = The jury must resolve it (vote, or an explicit ex aequo) before the results can be decided.
results-no-exact-tie = No exact tie in the official ranking.
results-no-comparison = No statistical comparison of the official ranking yet.
results-statistical-ties = { $count ->
    [one] In the calibrated ranking, 1 submission cannot be told apart statistically from the next one (marked “statistical tie”): their order may be chance.
   *[other] In the calibrated ranking, { $count } submissions cannot be told apart statistically from the next one (marked “statistical tie”): their order may be chance.
}
results-distinguishable = Neighbouring submissions are statistically distinguishable.
results-overall-agreement = Agreement between jurors on the weighted totals (Krippendorff's alpha): { $alpha }, { $reading }.
results-no-outlier = No outlying score.
results-outliers-count = { $count ->
    [one] 1 outlying score to look at (below).
   *[other] { $count } outlying scores to look at (below).
}
results-ranking = Official ranking
results-col-rank = Rank
results-col-total = Weighted total
results-col-thresholds = Thresholds
results-col-calibrated = Calibrated
results-col-raw = Raw mean
results-col-interval = Rank interval (95%, calibrated)
results-col-top3 = P(top 3), calibrated
results-col-flags = Flags
results-scorecards = { $count ->
    [one] 1 scorecard
   *[other] { $count } scorecards
}
results-per-criterion = Scores per criterion
results-below-threshold = below threshold
results-trace = Tie-break trace
results-all-met = all met
results-not-met = not met: { $criteria }
results-overall-total = overall total
results-rank = rank { $rank }
results-percent = { $value }%
results-tie-to-resolve = tie to resolve
results-statistical-tie-with = statistical tie with “{ $title }” (calibrated ranking)
results-not-ranked = Not ranked
results-unranked-consensus = the consensus is not recorded for every criterion
results-unranked-calibrated = no submitted scorecard scores every criterion
results-how-certain = How certain is each rank?
results-same-figures = The table above gives the same figures.
results-agreement = Agreement per criterion
results-alpha = Krippendorff's alpha
results-reading = Reading
results-reliability = Reliability of the mean
results-distributions = Scores given per criterion
results-leniency = Juror leniency (offsets from the juror model, in points)
results-juror = Juror
results-offset = Offset
results-se = Standard error
results-scorecards-column = Scorecards
results-mean-given = Mean given
results-lenient-severe = Lenient and severe jurors
results-comparisons = Do other aggregation methods agree with the official ranking?
results-method = Method
results-tau = Kendall's tau-b
results-same-top3 = Same top 3
results-outliers = Outlying scores
results-total-given = Weighted total given
results-robust-z = Robust z
results-read-scorecard = Read the scorecard
results-method-first = Results: choose the official method first
results-method-why = Before any ranking is shown, record how the official ranking is computed. This keeps anyone from choosing a method after seeing which one favours a submission. The choice is recorded in the audit log; once the results have been shown, changing it needs a written reason.
results-method-hint = Both are always shown side by side; only the official one decides the order and the prizes.
results-method-record = Record the method and show the results
results-method-recorded = The official method is: { $method }.
results-reason = Reason
results-back-to-edition = Back to the edition
results-method-not-recorded = Method not recorded

## The methods.
method-consensus-total = Weighted total of the consensus scores
method-calibrated = Calibrated scores: the jurors' weighted totals with each juror's leniency removed
method-mean = Mean of the jurors' totals
method-median = Median of the jurors' totals
method-trimmed-mean = Trimmed mean of the jurors' totals
method-juror-z = Standardised per juror (z-scores)
method-bias-corrected = Bias-corrected (juror model)
method-borda = Borda count of the jurors' rankings
method-schulze = Schulze method on the jurors' rankings

## Plain readings of the statistics.
reading-agreement-unmeasurable = not measurable: too few submissions were scored by two or more jurors
reading-agreement-good = jurors agree well
reading-agreement-partial = jurors partly agree: draw conclusions with care
reading-agreement-poor = jurors disagree: discuss before deciding
reading-reliability-unmeasurable = not measurable with these scores
reading-reliability-good = the mean scores separate submissions reliably
reading-reliability-rough = the mean scores separate submissions only roughly
reading-reliability-noise = the mean scores are mostly juror noise: do not rank on small differences

## The charts' legends and text alternatives.
chart-ranks-dot = calibrated rank
chart-ranks-whisker = 95% interval of the calibrated rank (bootstrap)
chart-ranks-flagged = red: cannot be told apart from the next submission, or an exact tie to resolve
chart-ranks-description = For each submission in the official order, the dot is its calibrated rank and the line its 95% interval over bootstrap replicates; overlapping lines mean the ranks cannot be told apart. A red line marks a submission the bootstrap cannot tell apart from the next one (a statistical tie), or one in an exact tie the jury must resolve.
chart-offsets-dot = offset in points
chart-offsets-whisker = 95% interval of the offset
chart-offsets-flagged = red: the interval does not include zero (clearly lenient or severe)
chart-offsets-reference = zero: scores like the other jurors
chart-offsets-description = Each juror's offset in points (dot) with a 95% interval (line): right of zero scores more leniently than the other jurors, left more severely; red lines do not cross zero.
chart-distribution-description = { $count } scores from 0 to { $max }, one bar per value.

## Tie-break traces: why one submission is listed above its neighbour.
tie-thresholds = { $above } above { $below }: meets every threshold, { $below } does not
tie-total = { $above } above { $below }: weighted total { $higher } > { $lower }
tie-same-total = { $first } and { $second } have the same weighted total { $total }
tie-criterion-higher = { $criterion } (tie-break priority { $priority }): { $higher } > { $lower }
tie-criterion-equal = { $criterion } (tie-break priority { $priority }): equal at { $score }
tie-above = so { $above } comes before { $below }
tie-unresolved = tie unresolved: the jury decides
tie-calibrated = { $above } above { $below }: calibrated score { $higher } > { $lower }
tie-same-calibrated = { $first } and { $second } have the same calibrated score { $score }: the jury decides

## Cautions of the statistics engine about an analysis.
caution-model-not-estimable = The juror model cannot be estimated ({ $why }): its variances, effects, leniencies and standard errors are not given, and the bias-corrected ranking shows the plain mean.
caution-issue-few-submissions = fewer than 2 submissions: the variance between submissions cannot be estimated
caution-issue-few-jurors = fewer than 2 jurors: the variance between jurors cannot be estimated
caution-issue-no-residual = no residual degrees of freedom: the error variance cannot be told apart from the submission and juror variances
caution-issue-not-finite = the estimates are not finite numbers
caution-exact-fit = The scores fit “score = mean + submission effect + juror leniency” exactly (no residual variation): the error variance is 0, and the other variances are the REML solution on that boundary.
caution-near-exact-fit = The scores fit “score = mean + submission effect + juror leniency” almost exactly: the variances are the REML solution where the error variance tends to 0.
caution-ratio-at-bound = The juror model’s residual variance is negligible next to the submission or juror variance: variances, model ICCs, reliabilities and standard errors are not reported; effects and leniencies are close to the fixed-effects fit.
caution-disconnected = The jurors and submissions fall into { $count } separate groups ({ $components }): leniencies and calibrated scores cannot be compared across them, so the bias-corrected ranking ranks submissions within each group and the bootstrap never pairs submissions of different groups; the other rankings compare raw aggregates across groups.
caution-component = Group { $number }: { $submissions } submissions, { $jurors } jurors.
caution-schulze-skipped = Schulze’s method is skipped: more than { $max } submissions.
caution-juror-z = The standardised scores (juror_z) leave out { $scores ->
        [one] one score
       *[other] { $scores } scores
    } of { $jurors ->
        [one] one juror
       *[other] { $jurors } jurors
    } with fewer than 5 scores or no spread (they cannot be standardised).
caution-juror-z-unranked = { $first } { $count ->
        [one] One submission has no standardised score: it is ranked last.
       *[other] { $count } submissions have no standardised score: they are ranked last.
    }
caution-bootstrap-without-model = Bootstrap: the juror model cannot be estimated, so the rank intervals, adjacent pairs and tie flags use the mean instead of the bias-corrected scores.
caution-bootstrap-without-values = Bootstrap: no submission has a { $method } value, so the rank intervals, adjacent pairs and tie flags use the mean.
caution-bootstrap-pairs-skipped = Bootstrap: { $count ->
        [one] one adjacent pair of the { $method } ranking is left out because its submissions lie in different groups.
       *[other] { $count } adjacent pairs of the { $method } ranking are left out because their submissions lie in different groups.
    }
