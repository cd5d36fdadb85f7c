"""Reads the committed table and embeds texts the way the Rust `StaticModel` does."""

import struct
from pathlib import Path

import numpy as np

import minilm
import words

HEADER = struct.Struct("<8s6I")


class StaticTable:
    def __init__(self, path: Path):
        raw = path.read_bytes()
        magic, version, dim, rows, vocab_len, scale_kind, id_len = HEADER.unpack_from(raw)
        assert magic == b"PLTSTATE" and version == 1 and scale_kind == 1, "not a v1 table"
        at = HEADER.size
        self.model_id = raw[at : at + id_len].decode()
        at += id_len
        self.scale = np.frombuffer(raw, "<f2", rows, at).astype(np.float32)
        at += 2 * rows
        q = np.frombuffer(raw, np.int8, rows * dim, at).reshape(rows, dim)
        self.rows = q.astype(np.float32) * self.scale[:, None]
        at += rows * dim
        vocab = raw[at : at + vocab_len].decode().split("\n")
        self.dim = dim
        self.tok = minilm.reference_tokenizer()
        self.unk = self.tok.token_to_id("[UNK]")
        # Whole words (words.py): " word" in the vocabulary.
        self.words = {t[1:]: i for i, t in enumerate(vocab) if t.startswith(" ") and len(t) > 1}

    def embed(self, texts: list[str]) -> np.ndarray:
        """Unit vectors; all-zero rows for texts with no known token (Rust returns None)."""
        out = np.zeros((len(texts), self.dim), np.float32)
        for i, seq in enumerate(words.ids(self.tok, self.words, texts)):
            ids = [t for t in seq if t != self.unk]
            if ids:
                v = self.rows[ids].sum(0)
                n = np.linalg.norm(v)
                if n > 0:
                    out[i] = v / n
        return out
