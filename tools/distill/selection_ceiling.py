"""How far embedding alone can take selection: the static table against its teacher.

    python selection_ceiling.py --data ../../../shared/eval [--rows 400]

For each PrefEval relevance row (read from the shared evaluation folder, never copied
here) every candidate's whole preference statement and the question are embedded, and
the candidates ranked by cosine: no extraction, no strength, no clusters. Reported:
top-1 with no relevance floor, and top-1 at the floor that leaves a preamble for 10, 15
or 20 % of questions once the gold candidate is removed (the restraint measure), so the
two models are compared at equal restraint. `palate eval` measures the real pipeline;
this isolates what the embedding model caps.
"""

import argparse
import json
from pathlib import Path

import numpy as np

import minilm
from static_table import StaticTable

TABLE = Path(__file__).resolve().parents[2] / "crate" / "assets" / "minilm-l6-static-256.bin"


def features(embed, rows):
    """Per row: gold ranked first, best score with the gold, best score without it."""
    out = []
    for r in rows:
        q = embed([r["question"]])[0]
        s = embed([c["preference"] for c in r["candidates"]]) @ q
        g = r["gold_index"]
        out.append((int(np.argmax(s)) == g, s.max(), np.delete(s, g).max()))
    return np.array(out, dtype=float)


def report(name, f):
    line = [f"{name:8} top-1 (no floor) {f[:, 0].mean():.3f}"]
    for restraint in (0.10, 0.15, 0.20):
        floor = np.quantile(f[:, 2], 1 - restraint)
        top1 = ((f[:, 0] == 1) & (f[:, 1] > floor)).mean()
        line.append(f"at restraint {restraint:.2f}: floor {floor:.3f}, top-1 {top1:.3f}")
    print("; ".join(line))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, required=True)
    ap.add_argument("--rows", type=int, default=400, help="the teacher runs in numpy: ~0.1 s a row")
    args = ap.parse_args()
    for file in ("prefeval_relevance_crosstopic_n10.jsonl", "prefeval_relevance_sametopic_n5.jsonl"):
        rows = [json.loads(l) for l in (args.data / file).read_text().splitlines() if l.strip()][: args.rows]
        print(f"{file}: {len(rows)} rows")
        report("static", features(StaticTable(TABLE).embed, rows))
        report("teacher", features(minilm.MiniLM().encode, rows))


if __name__ == "__main__":
    main()
