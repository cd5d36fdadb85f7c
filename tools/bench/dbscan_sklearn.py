#!/usr/bin/env python3
"""Time scikit-learn's DBSCAN on the vectors the Rust memory bench used.

Run the Rust bench first (it writes the data):
    CARGO_TARGET_DIR=/work/target-memory cargo bench --bench memory -- dbscan
then:
    python3 tools/bench/dbscan_sklearn.py [/work/target-memory/palate-bench]

Settings match the Rust run: cosine distance, brute force, eps and min_samples from
meta.json, n_jobs=2. Only the fit is timed (importing sklearn costs ~1 s and is not
part of the algorithm). It also checks that both found the same clusters.
"""
import json
import os
import statistics
import sys
import time

import numpy as np
from sklearn.cluster import DBSCAN
from sklearn.metrics import adjusted_rand_score


def main() -> None:
    default = os.path.join(os.environ.get("CARGO_TARGET_DIR", "target"), "palate-bench")
    folder = sys.argv[1] if len(sys.argv) > 1 else default
    with open(os.path.join(folder, "meta.json")) as f:
        meta = json.load(f)
    n, d = meta["n"], meta["d"]
    x = np.fromfile(os.path.join(folder, "vectors.f32"), dtype="<f4").reshape(n, d)
    eps, min_samples = meta["eps_cosine"], meta["min_samples"]

    runs = int(os.environ.get("RUNS", "5"))
    times, labels = [], None
    for _ in range(runs):
        model = DBSCAN(eps=eps, min_samples=min_samples, metric="cosine", algorithm="brute", n_jobs=2)
        t0 = time.perf_counter()
        model.fit(x)
        times.append(time.perf_counter() - t0)
        labels = model.labels_

    ours = np.array(meta["labels"])
    core_agree = adjusted_rand_score(labels, ours)
    print(f"scikit-learn DBSCAN (cosine, brute, n_jobs=2), N={n}, D={d}, eps={eps}, min_samples={min_samples}")
    print(f"  fit: median {statistics.median(times):.3f} s, min {min(times):.3f} s over {runs} runs")
    print(f"  clusters: sklearn {labels.max() + 1}, palate {ours.max() + 1}; "
          f"noise: sklearn {(labels == -1).sum()}, palate {(ours == -1).sum()}; "
          f"adjusted Rand index {core_agree:.4f}")


if __name__ == "__main__":
    main()
