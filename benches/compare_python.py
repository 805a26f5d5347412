"""Times Python's `krippendorff` and `pingouin` on the CSVs written by `cargo bench --bench stats`.

Usage (after `pip install krippendorff pingouin`):
    cargo bench --bench stats -- --write-csv /tmp/sparse.csv
    cargo bench --bench stats -- --projects 2000 --jurors 6 --complete --bootstrap 0 --write-csv /tmp/complete.csv
    python3 benches/compare_python.py /tmp/sparse.csv /tmp/complete.csv

Prints the wall time of interval alpha on the first file and of the six ICC forms on the second,
best of three runs each, with the values so that they can be checked against Laurel's.
"""

import sys
import time

import krippendorff
import numpy as np
import pandas as pd
import pingouin


def best_of(runs, fn):
    best, value = float("inf"), None
    for _ in range(runs):
        start = time.perf_counter()
        value = fn()
        best = min(best, time.perf_counter() - start)
    return best * 1000.0, value


def main():
    sparse = pd.read_csv(sys.argv[1], dtype={"project": str, "juror": str})
    matrix = sparse.pivot(index="juror", columns="project", values="score").to_numpy(dtype=float)
    for level in ("interval", "ordinal", "nominal", "ratio"):
        ms, alpha = best_of(3, lambda: krippendorff.alpha(reliability_data=matrix, level_of_measurement=level))
        print(f"krippendorff.alpha {level:<8} {ms:10.1f} ms  alpha = {alpha:.6f}")
    complete = pd.read_csv(sys.argv[2], dtype={"project": str, "juror": str})
    ms, table = best_of(3, lambda: pingouin.intraclass_corr(data=complete, targets="project", raters="juror", ratings="score"))
    print(f"pingouin.intraclass_corr   {ms:10.1f} ms")
    print(table[["Type", "ICC", "F", "df1", "df2", "pval"]].to_string(index=False))


if __name__ == "__main__":
    main()
