"""Distil all-MiniLM-L6-v2 into Palate's static embedding table.

    python distill.py            # writes crate/assets/minilm-l6-static-256.bin

Steps (EMBEDDING.md): teacher on [CLS] t [SEP] for every WordPiece id -> PCA to 256 d
-> rank-based Zipf SIF weights -> ridge fit so mean-pooled rows reproduce the teacher's
sentence vectors on a WordNet corpus -> a row per whole word the pieces get most wrong
(words.py) -> int8 rows with a per-row f16 scale.
Intermediate arrays are cached under cache/; delete a file to redo its step.
"""

import argparse
import gzip
import json
import re
import struct
import time
from pathlib import Path

import numpy as np
import scipy.sparse as sp

import minilm
import words

HERE = Path(__file__).resolve().parent
CACHE = HERE / "cache"
ASSET = HERE.parent.parent / "crate" / "assets" / "minilm-l6-static-256.bin"
WORDNET = Path("/usr/share/wordnet")

DIM = 256
SIF_A = 1e-4  # Model2Vec's coefficient for rank-based probabilities
LAMBDA = 0.1
CG_ITERS = 60
# Teacher tokens to spend on the corpus: numpy runs ~4k tokens/s on 2 cores, so the
# full 2.19M-token WordNet corpus would take ~10 min; a seeded sample keeps it to ~5.
MAX_CORPUS_TOKENS = 1_200_000
MAGIC = b"PLTSTATE"  # Palate static embedding table
VERSION = 1
SCALE_F16 = 1
# Bump when the table changes: vectors from different ids are never compared.
MODEL_ID = "minilm-l6-static-256-v2"
# Whole-word rows (step 6): at most this many, each for a word whose piece average
# points elsewhere than the teacher's reading of it (cosine below MAX_COS).
MAX_WORDS = 20_000
MAX_COS = 0.8

T0 = time.time()


def log(msg):
    print(f"[{time.time() - T0:7.1f}s] {msg}", flush=True)


def cached(name, make):
    path = CACHE / name
    if path.exists():
        return np.load(path)
    arr = make()
    CACHE.mkdir(exist_ok=True)
    np.save(path, arr)
    return arr


def special_mask(vocab):
    """Rows that text never reaches or that the runtime drops: [PAD] [UNK] [CLS] [SEP] [MASK] [unusedN]."""
    return np.array([re.fullmatch(r"\[(PAD|UNK|CLS|SEP|MASK|unused\d+)\]", t) is not None for t in vocab])


def token_vectors(model):
    """Step 1: the teacher's output on [CLS] t [SEP], averaged over the three positions."""
    seqs = [[model.cls, i, model.sep] for i in range(30522)]
    return model.pooled_ids(seqs, normalize=False)


def pca(x, usable):
    """Step 2: centre and project onto the top-DIM principal axes of the usable rows."""
    mu = x[usable].mean(0)
    _, s, vt = np.linalg.svd(x[usable] - mu, full_matrices=False)
    comps = vt[:DIM].astype(np.float32)
    log(f"PCA keeps {100 * (s[:DIM] ** 2).sum() / (s ** 2).sum():.1f}% of variance")
    return mu.astype(np.float32), comps


def sif_weights(usable):
    """Step 3: a / (a + p(rank)), ranks in vocabulary order (BERT's vocab is roughly
    frequency-sorted); a Zipf estimate needs no word-frequency data."""
    ranks = np.cumsum(usable) - 1
    inv = 1.0 / (ranks + 2.0)
    p = inv / inv[usable].sum()
    return np.where(usable, SIF_A / (SIF_A + p), 0.0).astype(np.float32)


def wordnet_corpus():
    """WordNet 3.0 lemmas and the first sentence of each gloss."""
    texts = set()
    for pos in ("noun", "verb", "adj", "adv"):
        with open(WORDNET / f"data.{pos}", encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):  # licence header
                    continue
                head, _, gloss = line.partition(" | ")
                parts = head.split()
                n = int(parts[3], 16)
                for k in range(n):
                    lemma = re.sub(r"\(.*\)$", "", parts[4 + 2 * k]).replace("_", " ")
                    texts.add(lemma)
                first = gloss.split(";")[0].strip()
                if first:
                    texts.add(first)
    return sorted(texts)


def sample_corpus(tok, max_tokens):
    """A seeded sample of the WordNet corpus within a teacher-token budget."""
    texts = wordnet_corpus()
    seqs = [e.ids for e in tok.encode_batch(texts)]
    order = np.random.default_rng(0).permutation(len(texts))
    budget = np.cumsum([len(seqs[i]) for i in order])
    pick = np.sort(order[budget <= max_tokens])
    return [texts[i] for i in pick], [seqs[i] for i in pick]


def design_matrix(seqs, unk, cls, sep):
    """Rows average the tokens the runtime would use (no [CLS]/[SEP], no [UNK])."""
    rows, cols, vals, keep = [], [], [], []
    for s_i, ids in enumerate(seqs):
        toks = [t for t in ids if t not in (unk, cls, sep)]
        if not toks:
            continue
        r = len(keep)
        keep.append(s_i)
        w = 1.0 / len(toks)
        for t in toks:
            rows.append(r)
            cols.append(t)
            vals.append(w)
    a = sp.csr_matrix((np.array(vals, np.float32), (rows, cols)), shape=(len(keep), 30522))
    a.sum_duplicates()
    return a, np.array(keep)


def ridge_cg(a, target, w0, lam, iters, fit_rows):
    """Step 4: solve (A'A + lam I) W = A'T + lam W0 for all columns at once by conjugate
    gradients, starting from W0; rows outside fit_rows stay at W0."""
    at = a.T.tocsr()
    m = fit_rows[:, None].astype(np.float32)

    def op(w):
        return (at @ (a @ w)) * m + lam * w * m

    b = (at @ target) * m + lam * w0 * m
    x = w0.copy()
    r = b - op(x)
    p = r.copy()
    rs = (r * r).sum(0)
    rs0 = rs.copy()
    for it in range(iters):
        ap = op(p)
        alpha = rs / np.maximum((p * ap).sum(0), 1e-30)
        x += p * alpha
        r -= ap * alpha
        rs_new = (r * r).sum(0)
        if it % 10 == 0 or it == iters - 1:
            log(f"  cg {it:3d}: relative residual {np.sqrt(rs_new.sum() / rs0.sum()):.2e}")
        p = r + p * (rs_new / np.maximum(rs, 1e-30))
        rs = rs_new
    return x


def quantize(w):
    """Step 5: int8 rows with a per-row f16 scale (max |x| maps to 127)."""
    scale = (np.abs(w).max(1) / 127.0).astype(np.float16)
    s32 = scale.astype(np.float32)
    q = np.where(s32[:, None] > 0, np.round(w / np.where(s32 > 0, s32, 1)[:, None]), 0)
    return scale, np.clip(q, -127, 127).astype(np.int8)


def write_table(path, scale, q, vocab, model_id=MODEL_ID):
    """Layout (little-endian), documented in crate/src/embed/static_model.rs:
    magic[8] version u32 dim u32 rows u32 vocab_len u32 scale_kind u32 id_len u32,
    then the model id (UTF-8), f16 scale[rows], int8 row[rows][dim],
    vocab (UTF-8, one token per line, '\n'-separated, line i is id i)."""
    blob = "\n".join(vocab).encode("utf-8")
    mid = model_id.encode("utf-8")
    rows, dim = q.shape
    header = MAGIC + struct.pack("<6I", VERSION, dim, rows, len(blob), SCALE_F16, len(mid))
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        f.write(header)
        f.write(mid)
        f.write(scale.astype("<f2").tobytes())
        f.write(q.tobytes())
        f.write(blob)
    log(f"wrote {path} ({path.stat().st_size / 1e6:.2f} MB)")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lam", type=float, default=LAMBDA)
    ap.add_argument("--iters", type=int, default=CG_ITERS)
    ap.add_argument("--max-tokens", type=int, default=MAX_CORPUS_TOKENS)
    ap.add_argument("--no-fit", action="store_true", help="skip step 4 (for comparison)")
    ap.add_argument("--out", type=Path, default=ASSET)
    args = ap.parse_args()

    model = minilm.MiniLM()
    vocab = minilm.vocab()
    tok = model.tok
    usable = ~special_mask(vocab)
    unk = tok.token_to_id("[UNK]")

    log("step 1: teacher on [CLS] token [SEP] for 30,522 ids")
    tv = cached("token_vectors.npy", lambda: token_vectors(model))

    log("step 2: PCA")
    mu, comps = pca(tv, usable)
    np.save(CACHE / "pca_mean.npy", mu)
    np.save(CACHE / "pca_components.npy", comps)
    proj = ((tv - mu) @ comps.T) * usable[:, None]

    log("step 3: rank-based SIF weights")
    w0 = (proj * sif_weights(usable)[:, None]).astype(np.float32)

    if args.no_fit:
        w = w0
    else:
        log("step 4: WordNet corpus")
        texts, seqs = sample_corpus(tok, args.max_tokens)
        log(f"  sampled {len(texts)} texts, {sum(len(s) for s in seqs)} tokens; running the teacher (cached)")
        y = cached(f"wordnet_teacher_{args.max_tokens}.npy", lambda: model.encode(texts))
        a, keep = design_matrix(seqs, unk, model.cls, model.sep)
        y = y[keep]
        y_mu = y.mean(0).astype(np.float32)
        np.save(CACHE / "target_mean.npy", y_mu)
        yp = ((y - y_mu) @ comps.T).astype(np.float32)
        z0 = a @ w0
        alpha = float((z0 * yp).sum() / (yp * yp).sum())
        log(f"  target scale {alpha:.4f}; ridge lambda {args.lam}")
        np.save(CACHE / "target_scale.npy", np.array([alpha], np.float32))
        fit_rows = usable & (np.asarray(a.sum(0)).ravel() > 0)
        w = cached(
            f"fit_{args.max_tokens}_{args.lam}_{args.iters}.npy",
            lambda: ridge_cg(a, (alpha * yp).astype(np.float32), w0, args.lam, args.iters, fit_rows),
        )
        w = w * usable[:, None]

        log("step 6: whole words")
        w, vocab = whole_words(model, w, vocab, comps, y_mu, alpha)

    log("step 5: int8 quantisation")
    scale, q = quantize(w.astype(np.float32))
    err = np.abs(scale.astype(np.float32)[:, None] * q - w).max()
    log(f"  max abs quantisation error {err:.2e}")
    write_table(args.out, scale, q, vocab)


def whole_words(model, w, vocab, comps, y_mu, alpha):
    """Step 6: a row for each whole word (words.py) whose pieces' mean row points away
    from the teacher's own reading of the word, set to the fit's target for that word
    alone; the worst first, at most MAX_WORDS. Stored as ' word' in the vocabulary."""
    cands = words.candidates(model.tok)
    log(f"  {len(cands)} candidates; running the teacher (cached)")
    y = cached(f"words_teacher_{len(cands)}.npy", lambda: model.encode([c for c, _ in cands]))
    target = (alpha * (y - y_mu) @ comps.T).astype(np.float32)
    mean = np.stack([w[p].mean(0) for _, p in cands])
    cos = (mean * target).sum(1) / np.maximum(
        np.linalg.norm(mean, axis=1) * np.linalg.norm(target, axis=1), 1e-12
    )
    order = [i for i in np.argsort(cos, kind="stable") if cos[i] < MAX_COS][:MAX_WORDS]
    order.sort()
    log(f"  kept {len(order)}; median cosine of pieces to teacher {np.median(cos):.2f}, kept ones {np.median(cos[order]):.2f}")
    rows = np.vstack([w, target[order]])
    return rows, vocab + [" " + cands[i][0] for i in order]


if __name__ == "__main__":
    main()
