"""Whole words for the static table: everyday words WordPiece splits into pieces.

"vegan" is "vega ##n" and "gluten" is "g ##lu ##ten" to the teacher's tokenizer, so a
table of piece rows can only average them into something else ("ramen" came out near
computer memory). Model2Vec's remedy is a row per whole word, distilled from the teacher
reading the word. Candidates are WordNet 3.0 lemmas of everyday lexicographer files,
their plurals and gerunds, plus a short list of our own for words WordNet predates; the
distillation keeps those the piece average gets most wrong (distill.py, step 6).

The runtime looks a whole word up before WordPiece; `ids` mirrors that exactly, so the
fit, the evaluation and the Rust tests all tokenize alike. In the table's vocabulary a
whole word is stored with a leading space, which no WordPiece token has.
"""

import re

WORDNET = "/usr/share/wordnet"

# Lexicographer files whose lemmas people name as tastes or facts: acts (hobbies,
# sports), artifacts (products), communication (genres, media), food, people (roles,
# diets), states (conditions), substances (drinks, materials).
EVERYDAY = {4, 6, 10, 13, 18, 26, 27}

# Words WordNet 3.0 (2006) does not know, written for Palate: no word-frequency data.
OURS = """
ramen pho bibimbap kimchi gochujang sriracha matcha boba kombucha keto paleo quinoa
acai hummus falafel shawarma poke burrata prosciutto tempeh seitan oatmilk
crossfit pilates zumba kayaking paddleboarding bouldering snowboarding parkour
podcasts podcast audiobooks audiobook emojis emoji memes kpop jpop lofi edm
airbnb hostels glamping roadtrips
typescript javascript kotlin golang rustlang webassembly kubernetes docker linux
ubuntu debian fedora macos ios android iphone ipad chromebook
introvert introverts extrovert extroverts vegans vegetarians pescatarian pescatarians
allergies intolerances toddler toddlers newborn newborns
skincare haircare selfcare mindfulness journaling
""".split()


def wordnet_lemmas():
    """Lower-case single-word lemmas per part of speech, with their lexicographer files
    (nouns) and SemCor tag counts."""
    files = {}
    for line in open(f"{WORDNET}/data.noun", encoding="latin-1"):
        if line.startswith("  "):
            continue
        p = line.split()
        fn, n = int(p[1]), int(p[3], 16)
        for k in range(n):
            w = p[4 + 2 * k]
            if w == w.lower():  # proper nouns are capitalised
                files.setdefault(w, set()).add(fn)
    tagged = {}
    for pos in ("noun", "verb", "adj"):
        for line in open(f"{WORDNET}/index.{pos}", encoding="latin-1"):
            if line.startswith("  "):
                continue
            p = line.split()
            pointers = int(p[3])
            tagged[(p[0], pos)] = int(p[4 + pointers + 1])
    return files, tagged


def plural(w):
    if re.search(r"(s|x|z|ch|sh)$", w):
        return w + "es"
    if re.search(r"[^aeiou]y$", w):
        return w[:-1] + "ies"
    return w + "s"


def gerund(v):
    if v.endswith("ie"):
        return v[:-2] + "ying"
    if v.endswith("e") and not v.endswith(("ee", "ye", "oe")):
        return v[:-1] + "ing"
    return v + "ing"


def candidates(tok):
    """Plain lower-case words of 3-14 letters that WordPiece splits into 2-4 pieces."""
    files, tagged = wordnet_lemmas()
    plain = re.compile(r"[a-z]{3,14}")
    nouns = {w for w, f in files.items() if plain.fullmatch(w) and (f & EVERYDAY or tagged.get((w, "noun"), 0))}
    words = set(nouns) | {plural(n) for n in nouns}
    words |= {gerund(v) for (v, pos), n in tagged.items() if pos == "verb" and n > 0 and plain.fullmatch(v)}
    words |= {a for (a, pos), n in tagged.items() if pos == "adj" and n > 0 and plain.fullmatch(a)}
    words |= set(OURS)
    words = sorted(w for w in words if plain.fullmatch(w))
    pieces = [e.ids for e in tok.encode_batch(words, add_special_tokens=False)]
    return [(w, p) for w, p in zip(words, pieces) if 2 <= len(p) <= 4]


def ids(tok, index, texts, special=False):
    """Token ids as the runtime makes them: a word of `index` (word -> row id) is one
    id, any other word its WordPiece ids ([UNK] kept)."""
    out = []
    for e in tok.encode_batch(texts, add_special_tokens=special):
        seq, group, last = [], [], None
        for t, i, wid in zip(e.tokens, e.ids, e.word_ids):
            if wid != last and group:
                seq.extend(_whole(group, index))
                group = []
            last = wid
            if wid is None:  # [CLS] / [SEP]
                seq.append(i)
            else:
                group.append((t, i))
        if group:
            seq.extend(_whole(group, index))
        out.append(seq)
    return out


def _whole(group, index):
    word = "".join(t.removeprefix("##") for t, _ in group)
    if len(group) > 1 and word in index:
        return [index[word]]
    return [i for _, i in group]
