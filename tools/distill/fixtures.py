"""Writes the Rust tests' fixtures from the reference tokenizer and the teacher.

    python fixtures.py

crate/tests/data/embed_tokenizer.json: ids of tricky texts (no [CLS]/[SEP], [UNK] kept),
a whole word of the table one id, as the runtime reads it.
crate/tests/data/embed_reference.json: the teacher's sentence vectors for a few
preference phrases, mapped into the table's space the way the fit's targets were
((v - target_mean) @ components^T), so a cosine with StaticModel's vector is meaningful.
"""

import json

import numpy as np

import distill
import minilm
import words
from static_table import StaticTable

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
    "Vegan, gluten-free ramen; VEGANS and veganism, sushi's tofu",
]

# Pools for seeded random texts: scripts, marks, invisibles, punctuation and symbols.
POOLS = [
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
    "àáâãäåæçèéêëìíîïñòóôõöøùúûüýÿĀāĂăĄąĆćČčĎďĒēĘęĚěĞğİıŁłŃńŇňŐőŒœŘřŚśŞşŠšŢţŤťŮůŰűŸŹźŻżŽžßẞ",
    "αβγδεζηθικλμνξοπρσςτυφχψωΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩάέήίόύώϊϋΐΰ",
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ",
    "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明家",
    "가나다라마바사아자차카타파하한국어음식좋아요ㄱㄴㄷあいうえおかきくけこさしすせそアイウエオカキクケコーッ",
    "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةى٠١٢٣٤٥٦٧٨٩",
    "אבגדהוזחטיכלמנסעפצקרשתךםןףץ",
    "अआइईउऊएऐओऔकखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसह्ािीुूेैोौंः",
    "กขคงจฉชซญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮะัาำิีึืุูเแโใไ่้๊๋",
    "\u0300\u0301\u0302\u0303\u0308\u030a\u0327\u0328\u0331\u20dd\u0488",
    "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u00ad\u202a\u202b\u202c\u202d\u202e\u2066\u2069\ufe0f\ufe0e",
    "\t\n\r \u00a0\u1680\u2000\u2003\u2009\u200a\u2028\u2029\u202f\u205f\u3000\x0b\x0c\x85\x1c\x1d\x00\x07\x7f\ufffd",
    "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~¡¿«»‹›“”‘’„‚–—…·•※‼⁇、。，．！？：；「」『』【】〈〉《》（）",
    "€£¥₹¢$©®™°±×÷≠≤≥∞√∑∫∂∆πµ§¶†‡‰′″←→↑↓⇒⇔♠♣♥♦♪♫☀☁☂★☆✓✗",
    "😀😂🙂🙃😍🤔👍👎👏🙏💯🔥🍕🍔🌶🍰🍩☕🍺🎷🎹🎸🐱🐶🌍🚀🫠🥲🧋🏽🏿👨👩👧🇫🇷🇯🇵",
    "ＡＢＣａｂｃ１２３！？ﬁﬂﬀﬃ½¼²³ⅠⅡⅢ①②③ℌℍℕ𝐀𝐁𝐚𝐛",
    "\ue000\ue001\uf8ff\U000f0000\U00100000\u0378\u0379\U000e0080\U0001fffe\u2065\U0003134b\U00020000\U0002a700\uf900\U0002f800",
]


def random_texts(n, seed=7):
    """Seeded mixtures of the pools, with words from a small list, for exact-id pins."""
    import random

    rng = random.Random(seed)
    words = ["jazz", "spicy", "food", "unaffable", "naïve", "Café", "running", "preferences", "Zürich", "x", "vegan", "Tofu"]
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 8)):
            if rng.random() < 0.35:
                parts.append(rng.choice(words))
            else:
                pool = rng.choice(POOLS)
                parts.append("".join(rng.choice(pool) for _ in range(rng.randint(1, 6))))
            parts.append(rng.choice(["", " ", " ", "\u00a0", "-", "\u200b"]))
        out.append("".join(parts))
    return out


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
    texts = TRICKY + random_texts(400)
    # The reference's ids, a whole word of the table one id (words.py).
    index = StaticTable(distill.ASSET).words
    cases = [{"text": t, "ids": ids} for t, ids in zip(texts, words.ids(tok, index, texts))]
    with open(DATA / "embed_tokenizer.json", "w", encoding="utf-8") as f:
        # One case per line: small diffs when a case changes.
        f.write('{"source": "tools/distill/fixtures.py (tokenizers 0.23.3, all-MiniLM-L6-v2 tokenizer.json)",\n "cases": [\n')
        f.write(",\n".join(json.dumps(c, ensure_ascii=True) for c in cases))
        f.write("\n]}\n")

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
