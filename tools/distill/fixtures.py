"""Writes the Rust tests' fixtures from the reference tokenizer and the teacher.

    python fixtures.py

crate/tests/data/embed_tokenizer.json: ids of tricky texts (no [CLS]/[SEP], [UNK] kept).
crate/tests/data/embed_reference.json: the teacher's sentence vectors for a few
preference phrases, mapped into the table's space the way the fit's targets were
((v - target_mean) @ components^T), so a cosine with StaticModel's vector is meaningful.
"""

import json

import numpy as np

import distill
import minilm

DATA = distill.HERE.parent.parent / "crate" / "tests" / "data"

TRICKY = [
    "",
    "   \t\n  ",
    "very sweet desserts",
    "ThIs Is MiXeD CaSe, JavaScript vs TypeScript, iPhone USB-C",
    "Héllo Wörld! naïve café résumé Crème Brûlée",
    "ÅNGSTRÖM İstanbul Straße ﬁne ligature",
    "ΣΑΣ Οδυσσέας ΟΔΥΣΣΕΥΣ",
    "Tiếng Việt và tiếng Anh",
    "e\u0301 a\u0308o combining marks",
    "हिन्दी भाषा and ภาษาไทย",
    "我喜欢辣的食物",
    "中文mixed英文text",
    "日本語のテキストとカタカナ",
    "한국어 음식 좋아요",
    "I love 🍕 and 🌶️ food",
    "🙂🙂🙂",
    "pizza😀 tacos",
    "thumbs 👍🏽 family 👨\u200d👩\u200d👧",
    "melting 🫠 face",
    "zero\u200bwidth space",
    "soft\u00adhyphen and join\u200djoiner and non\u200cjoiner",
    "\ufeffBOM at start, word\u2060joiner",
    "مرحبا بالعالم",
    "שלום עולם and עברית mixed",
    "\u202eevil\u202c override \u200fmark",
    "a" * 100,
    "a" * 101,
    "supercalifragilisticexpialidocious" * 3 + " ok",
    "x" * 150 + " short words",
    "Hello, world! (really?) — yes… don't stop",
    "e-mail@example.com C++/C# $5.00 & 10% off ~tilde^caret|pipe`tick",
    "«quotes» „German“ ‘single’ ¡Hola! ¿Qué tal?",
    "well...ok;fine:good[bracket]{brace}<angle>",
    "3.14159 1,000,000 2nd 21st",
    "tab\there\nnew\r\nline",
    "a\x0bb\x0cc\x1fd\x7fe",
    "nul\x00char \ufffdreplacement",
    "nbsp\u00a0space ideographic\u3000space line\u2028sep \x85nel",
    "private\ue000use unassigned\U000e0080tag",
    "ＡＢＣ１２３ fullwidth",
    "metric units, please",
    "I'd prefer concise answers without fluff.",
]

PINNED = [
    "very sweet desserts",
    "concise answers",
    "jazz music",
    "spicy food",
    "metric units",
    "vegetarian recipes",
    "dark mode",
    "python code examples",
    "classical piano",
    "budget travel",
]


def main():
    tok = minilm.reference_tokenizer()
    DATA.mkdir(parents=True, exist_ok=True)
    cases = [{"text": t, "ids": tok.encode(t, add_special_tokens=False).ids} for t in TRICKY]
    with open(DATA / "embed_tokenizer.json", "w", encoding="utf-8") as f:
        json.dump({"source": "tools/distill/fixtures.py (tokenizers, all-MiniLM-L6-v2 tokenizer.json)", "cases": cases}, f, ensure_ascii=False, indent=1)

    teacher = minilm.MiniLM()
    mu = np.load(distill.CACHE / "target_mean.npy")
    comps = np.load(distill.CACHE / "pca_components.npy")
    ref = (teacher.encode(PINNED) - mu) @ comps.T
    ref /= np.linalg.norm(ref, axis=1, keepdims=True)
    out = {
        "source": "tools/distill/fixtures.py: teacher sentence vectors, (v - target_mean) @ pca_components^T, normalised",
        "model_id": distill.MODEL_ID,
        "phrases": [{"text": t, "vector": [round(float(x), 5) for x in v]} for t, v in zip(PINNED, ref)],
    }
    with open(DATA / "embed_reference.json", "w", encoding="utf-8") as f:
        json.dump(out, f, indent=0)
    print(f"wrote {len(cases)} tokenizer cases and {len(PINNED)} reference vectors to {DATA}")


if __name__ == "__main__":
    main()
