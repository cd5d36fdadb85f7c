"""Writes crate/assets/minilm-l6-int8.bin: all-MiniLM-L6-v2 itself, int8, for the
Rust `TransformerModel` (`palate --embedding transformer`).

    HF_HUB_OFFLINE=1 python3 transformer.py          # about a minute

Every matrix is int8 with one f32 scale per output row (symmetric, max-abs); biases and
LayerNorm parameters stay f32. The token-type row 0 is folded into the position rows
before quantizing (BERT adds both to every token). The file also carries the teacher's
vectors for the everyday-domain lines of `crate/src/domain.rs`, so the worker does not
run 26 long lines through six layers at every start; the Rust side uses a carried
vector only for the exact same text and computes anything else. It also writes
crate/tests/data/embed_transformer.json, the float model's vectors for a few texts that
pin the Rust forward pass.

Before writing, the int8 model is checked against the float one on the preference
phrases and queries of `phrases.py` and the domain lines: the cosines are printed and must all
be at least 0.98.

Layout, little-endian (the Rust reader in `crate/src/embed/transformer.rs` mirrors it):

| bytes | field |
|---|---|
| 8 | magic `PLTMINIL` |
| 4 × 10 | version (1), dim, layers, heads, ffn width, vocabulary rows, positions, vocabulary length in bytes, model id length, carried texts |
| id_len | model id, UTF-8 |
| vocab_len | vocabulary, UTF-8, `\\n`-separated, line `i` is id `i` |
| ... | matrices (rows × cols int8, then rows f32 scales) and vectors (f32), in the order of `tensors()` |
| ... | per carried text: 4-byte length, UTF-8 text, dim f32 |
"""

import json
import re
import struct
import sys
from pathlib import Path

import numpy as np

import minilm

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
OUT = ROOT / "crate" / "assets" / "minilm-l6-int8.bin"
FIXTURE = ROOT / "crate" / "tests" / "data" / "embed_transformer.json"
# The float model's vectors for these pin the Rust forward pass (cosine >= 0.99).
PINNED = [
    "very sweet desserts",
    "I don't like strawberries",
    "Suggest a restaurant for date night",
    "keep answers short, I read them on my phone",
    "Héllo Wörld! naïve café",
    "我喜欢辣的食物",
    "pizza😀 tacos",
    "a " * 200,
]
MODEL_ID = "all-minilm-l6-v2-int8-1"
MAGIC = b"PLTMINIL"
VERSION = 1


def domain_lines() -> list[str]:
    """The words of each `("name", "words")` entry of `DOMAINS` in domain.rs."""
    src = (ROOT / "crate" / "src" / "domain.rs").read_text(encoding="utf-8")
    block = src.split("pub const DOMAINS", 1)[1].split("];", 1)[0]
    return re.findall(r'\("[a-z]+",\s*"([^"]+)"\)', block)


def quantize(m: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Symmetric int8 per row: m ≈ q * scale[:, None]."""
    scale = np.abs(m).max(axis=1) / 127.0
    scale[scale == 0] = 1.0
    q = np.clip(np.rint(m / scale[:, None]), -127, 127).astype(np.int8)
    return q, scale.astype(np.float32)


def tensors(w: dict) -> list[tuple[str, np.ndarray]]:
    """(kind, array) in file order; kind is "m" for a matrix, "v" for a vector."""
    pos = w["embeddings.position_embeddings.weight"] + w["embeddings.token_type_embeddings.weight"][0][None]
    out = [
        ("m", w["embeddings.word_embeddings.weight"]),
        ("m", pos),
        ("v", w["embeddings.LayerNorm.weight"]),
        ("v", w["embeddings.LayerNorm.bias"]),
    ]
    for i in range(minilm.LAYERS):
        p = f"encoder.layer.{i}."
        for name in ["attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense"]:
            out += [("m", w[p + name + ".weight"]), ("v", w[p + name + ".bias"])]
        out += [("v", w[p + "attention.output.LayerNorm.weight"]), ("v", w[p + "attention.output.LayerNorm.bias"])]
        out += [("m", w[p + "intermediate.dense.weight"]), ("v", w[p + "intermediate.dense.bias"])]
        out += [("m", w[p + "output.dense.weight"]), ("v", w[p + "output.dense.bias"])]
        out += [("v", w[p + "output.LayerNorm.weight"]), ("v", w[p + "output.LayerNorm.bias"])]
    return out


def int8_teacher(teacher: minilm.MiniLM) -> minilm.MiniLM:
    """The same model with every matrix replaced by its int8 reading (for the check)."""
    q = minilm.MiniLM.__new__(minilm.MiniLM)
    q.__dict__.update(teacher.__dict__)
    q._wt = {}
    w = dict(teacher.w)
    for k, v in w.items():
        if v.ndim == 2 and k != "embeddings.position_ids" and k != "embeddings.token_type_embeddings.weight":
            m, s = quantize(v)
            w[k] = m.astype(np.float32) * s[:, None]
    # Folding the token type into the positions, as the file does.
    pos = teacher.w["embeddings.position_embeddings.weight"] + teacher.w["embeddings.token_type_embeddings.weight"][0][None]
    m, s = quantize(pos)
    w["embeddings.position_embeddings.weight"] = m.astype(np.float32) * s[:, None]
    w["embeddings.token_type_embeddings.weight"] = np.zeros_like(teacher.w["embeddings.token_type_embeddings.weight"])
    q.w = w
    return q


def check(teacher: minilm.MiniLM) -> None:
    sys.path.insert(0, str(HERE))
    import phrases

    texts = [t for _, t in phrases.all_topics()] + [q for q, _ in phrases.QUERIES] + domain_lines() + [
        "very sweet desserts", "I love spicy food", "Suggest a restaurant for date night",
        "How do I reset my router?", "keep answers short", "我喜欢辣的食物", "🙂🙂🙂",
    ]
    a = teacher.encode(texts)
    b = int8_teacher(teacher).encode(texts)
    cos = (a * b).sum(1)
    print(f"int8 vs float on {len(texts)} texts: min cosine {cos.min():.4f}, mean {cos.mean():.4f}")
    if cos.min() < 0.98:
        sys.exit("int8 model strays from the float one; not writing the asset")


def main() -> None:
    teacher = minilm.MiniLM()
    check(teacher)
    w = teacher.w
    vocab = "\n".join(minilm.vocab()).encode("utf-8")
    mid = MODEL_ID.encode("utf-8")
    lines = domain_lines()
    carried = teacher.encode(lines)
    word = w["embeddings.word_embeddings.weight"]
    pos = w["embeddings.position_embeddings.weight"]
    ffn = w["encoder.layer.0.intermediate.dense.weight"].shape[0]
    header = struct.pack(
        "<10I", VERSION, word.shape[1], minilm.LAYERS, minilm.HEADS, ffn, word.shape[0], pos.shape[0],
        len(vocab), len(mid), len(lines),
    )
    with open(OUT, "wb") as f:
        f.write(MAGIC + header + mid + vocab)
        for kind, t in tensors(w):
            if kind == "m":
                q, s = quantize(t.astype(np.float32))
                f.write(q.tobytes())
                f.write(s.astype("<f4").tobytes())
            else:
                f.write(t.astype("<f4").tobytes())
        for text, v in zip(lines, carried):
            b = text.encode("utf-8")
            f.write(struct.pack("<I", len(b)) + b + v.astype("<f4").tobytes())
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes, {len(lines)} carried texts)")
    # Texts longer than the Rust side reads (128 tokens) are cut the same way here.
    seqs = []
    for e in teacher.tok.encode_batch(PINNED):
        ids = e.ids if len(e.ids) <= 128 else e.ids[:127] + [teacher.sep]
        seqs.append(ids)
    pinned = teacher.pooled_ids(seqs)
    FIXTURE.write_text(json.dumps({
        "model_id": MODEL_ID,
        "phrases": [{"text": t, "vector": [round(float(x), 6) for x in v]} for t, v in zip(PINNED, pinned)],
    }) + "\n", encoding="utf-8")
    print(f"wrote {FIXTURE}")


if __name__ == "__main__":
    main()
