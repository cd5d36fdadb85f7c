"""Measures the committed table against the teacher.

    python evaluate.py [--table PATH]

1. Preference phrases (phrases.py): Spearman between the table's and the teacher's
   cosines over all pairs; how much closer same-topic pairs are than cross-topic ones.
2. Retrieval: 48 natural queries against the 120 stored phrases; top-1 topic accuracy.
3. WordNet held out from the fit: definition -> lemma retrieval among 1,000 synsets
   (top-1, MRR), and Spearman on 3,000 random pairs of held-out texts.
"""

import argparse
import re
from pathlib import Path

import numpy as np
from scipy.stats import spearmanr

import distill
import minilm
import phrases
from static_table import StaticTable


def pair_spearman(a, b):
    iu = np.triu_indices(len(a), 1)
    return spearmanr((a @ a.T)[iu], (b @ b.T)[iu]).statistic, iu


def separation(v, groups):
    sims = v @ v.T
    same = groups[:, None] == groups[None, :]
    off = ~np.eye(len(v), dtype=bool)
    return sims[same & off].mean() - sims[~same].mean(), sims[same & off].mean(), sims[~same].mean()


def retrieval(q, stored, groups, want):
    best = groups[np.argmax(q @ stored.T, axis=1)]
    return float((best == want).mean())


def heldout_synsets(train, n, rng):
    pairs = []
    for pos in ("noun", "verb", "adj", "adv"):
        with open(distill.WORDNET / f"data.{pos}", encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                head, _, gloss = line.partition(" | ")
                lemma = re.sub(r"\(.*\)$", "", head.split()[4]).replace("_", " ")
                first = gloss.split(";")[0].strip()
                if first and lemma not in train and first not in train:
                    pairs.append((lemma, first))
    idx = rng.choice(len(pairs), n, replace=False)
    return [pairs[i] for i in idx]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--table", type=Path, default=distill.ASSET)
    ap.add_argument("--max-tokens", type=int, default=distill.MAX_CORPUS_TOKENS)
    args = ap.parse_args()
    table = StaticTable(args.table)
    teacher = minilm.MiniLM()
    print(f"table {args.table.name}: {args.table.stat().st_size / 1e6:.2f} MB, id {table.model_id}")

    topics = phrases.all_topics()
    groups = np.array([g for g, _ in topics])
    texts = [t for _, t in topics]
    ts, tt = table.embed(texts), teacher.encode(texts)
    rho, iu = pair_spearman(ts, tt)
    print(f"phrases: {len(texts)} phrases, {len(iu[0])} pairs, Spearman(table, teacher) = {100 * rho:.1f}")
    for name, v in (("table", ts), ("teacher", tt)):
        d, s, x = separation(v, groups)
        print(f"  {name:8s} same-topic mean cos {s:.3f}, cross-topic {x:.3f}, gap {d:.3f}")

    qs = [q for q, _ in phrases.QUERIES]
    want = np.array([g for _, g in phrases.QUERIES])
    qts, qtt = table.embed(qs), teacher.encode(qs)
    print(
        f"retrieval top-1 ({len(qs)} queries, {len(texts)} stored): "
        f"table {retrieval(qts, ts, groups, want):.2f}, teacher {retrieval(qtt, tt, groups, want):.2f}"
    )

    rng = np.random.default_rng(1)
    train, _ = distill.sample_corpus(teacher.tok, args.max_tokens)
    pairs = heldout_synsets(set(train), 1000, rng)
    lemmas, glosses = [p[0] for p in pairs], [p[1] for p in pairs]
    for name, enc in (("table", table.embed), ("teacher", teacher.encode)):
        lv, gv = enc(lemmas), enc(glosses)
        ranks = (gv @ lv.T > np.sum(gv * lv, 1, keepdims=True)).sum(1) + 1
        print(f"wordnet held-out definition->lemma among 1000: {name:8s} top-1 {np.mean(ranks == 1):.3f}, MRR {np.mean(1 / ranks):.3f}")
    alltexts = lemmas + glosses
    a, b = rng.integers(0, len(alltexts), (2, 3000))
    sv, tv = table.embed(alltexts), teacher.encode(alltexts)
    rho2 = spearmanr(np.sum(sv[a] * sv[b], 1), np.sum(tv[a] * tv[b], 1)).statistic
    rho3 = spearmanr(np.sum(sv[:1000] * sv[1000:], 1), np.sum(tv[:1000] * tv[1000:], 1)).statistic
    print(f"wordnet held-out Spearman(table, teacher): 3000 random pairs {100 * rho2:.1f}; 1000 lemma-definition pairs {100 * rho3:.1f}")


if __name__ == "__main__":
    main()
