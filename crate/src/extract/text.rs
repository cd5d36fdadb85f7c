//! Shared pre-processing: mask what the user did not write as their own words
//! (code, logs, markup, quotations), split sentences and clauses, tokenize.
//!
//! Masking keeps byte offsets: a masked byte becomes [`MASK`], so every token
//! still points into the original text and quotes stay verbatim.

/// Stands in for every masked byte; the tokenizer turns it into a hard stop.
pub(crate) const MASK: u8 = 0x01;

/// Sentences longer than this many tokens are skipped: people state preferences
/// in ordinary sentences, and the cap keeps rule work per sentence bounded.
pub(crate) const MAX_SENTENCE_TOKENS: usize = 120;

/// Mask code blocks, quoted lines, log-like and markup lines, inline code and
/// double-quoted text. Linear in the input.
pub(crate) fn mask(text: &str) -> Vec<u8> {
    let mut out = text.as_bytes().to_vec();
    let mut in_fence = false;
    let mut pasted = false;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let range = line_start..line_start + line.len();
        line_start += line.len();
        if pasted {
            blank(&mut out[range]);
            continue;
        }
        // "Here's my draft: I love working with data": what follows is the text, not me.
        let own = match pasted_after(line) {
            Some(colon) => {
                blank(&mut out[range.start + colon + 1..range.end]);
                pasted = true;
                colon
            }
            None => line.len(),
        };
        let range = range.start..range.start + own;
        let line = &line[..own];
        let trimmed = line.trim_start();
        let fence = trimmed.starts_with("```") || trimmed.starts_with("~~~");
        if fence || in_fence {
            if fence {
                in_fence = !in_fence;
            }
            blank(&mut out[range]);
            continue;
        }
        let indented = line.starts_with("    ") || line.starts_with('\t');
        if indented || trimmed.starts_with('>') || is_log_like(trimmed) || is_markup(trimmed) {
            blank(&mut out[range]);
            continue;
        }
        if is_whole_quote(trimmed.trim_end()) {
            // A line that is one quotation and nothing else is the user's own statement, typed in quotes.
            continue;
        }
        mask_inline(&mut out[range]);
    }
    out
}

/// Where a line introduces text the user pastes ("Here's my draft:", "my boss wrote:",
/// "fix the following:"): the byte index of the colon. A one-word label ("Note: I'm
/// vegan") introduces the user's own words.
fn pasted_after(line: &str) -> Option<usize> {
    let colon = line.find(':')?;
    let intro = &line[..colon];
    let clause = intro
        .rfind(['.', '!', '?'])
        .map_or(intro, |k| &intro[k + 1..])
        .to_lowercase();
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .collect();
    let introduces = words.iter().any(|w| {
        matches!(
            *w,
            "draft"
                | "text"
                | "essay"
                | "email"
                | "e-mail"
                | "letter"
                | "message"
                | "paragraph"
                | "post"
                | "review"
                | "story"
                | "poem"
                | "script"
                | "article"
                | "bio"
                | "caption"
                | "tweet"
                | "transcript"
                | "excerpt"
                | "passage"
                | "following"
                | "below"
                | "wrote"
                | "writes"
                | "said"
                | "says"
        )
    });
    (words.len() >= 2 && introduces).then_some(colon)
}

/// The double-quoted texts that follow byte `at` of `text` (past spaces), several
/// when joined by commas, "and" or "or": each as its byte range, closing mark
/// included. Masked, a quotation has no tokens; a few rules and the quote still
/// need it ("don't use the words "delve" and "tapestry"").
pub(crate) fn quotations_after(text: &str, at: usize) -> Vec<std::ops::Range<usize>> {
    /// A quotation longer than this is no word or phrase.
    const LONGEST: usize = 200;
    let mut out = Vec::new();
    let mut at = at;
    while let Some(rest) = text.get(at..) {
        let trimmed = rest.trim_start();
        let Some(open) = trimmed
            .chars()
            .next()
            .filter(|c| matches!(c, '"' | '\u{201C}'))
        else {
            break;
        };
        let start = at + (rest.len() - trimmed.len());
        let inner = &trimmed[open.len_utf8()..];
        let Some(close) = inner.find(['"', '\u{201D}']).filter(|&c| c <= LONGEST) else {
            break;
        };
        let mark = inner[close..].chars().next().map_or(0, char::len_utf8);
        let end = start + open.len_utf8() + close + mark;
        out.push(start..end);
        let after = text[end..].trim_start_matches([',', ' ']);
        let joined = ["and ", "or "]
            .iter()
            .find_map(|j| after.strip_prefix(j))
            .unwrap_or(after);
        at = text.len() - joined.len();
    }
    out
}

fn is_whole_quote(line: &str) -> bool {
    let inner = line
        .strip_prefix('"')
        .and_then(|l| l.strip_suffix('"'))
        .or_else(|| {
            line.strip_prefix('\u{201C}')
                .and_then(|l| l.strip_suffix('\u{201D}'))
        });
    inner.is_some_and(|i| !i.contains(['"', '\u{201C}', '\u{201D}']))
}

fn blank(bytes: &mut [u8]) {
    for b in bytes {
        if *b != b'\n' {
            *b = MASK;
        }
    }
}

/// Inline `code` and "quoted" or “quoted” text: someone else's words or a name, not a statement.
fn mask_inline(line: &mut [u8]) {
    let mut i = 0;
    while i < line.len() {
        let close: Option<&[u8]> = match line[i] {
            b'`' => Some(b"`"),
            b'"' => Some(b"\""),
            // U+201C left double quotation mark, closed by U+201D.
            0xE2 if line[i..].starts_with("\u{201C}".as_bytes()) => Some("\u{201D}".as_bytes()),
            _ => None,
        };
        let Some(close) = close else {
            i += 1;
            continue;
        };
        let open_len = if line[i] == 0xE2 { 3 } else { 1 };
        let body = i + open_len;
        let end = find(&line[body..], close).map_or(line.len(), |p| body + p + close.len());
        blank(&mut line[i..end]);
        i = end;
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Timestamps, log levels, stack frames, prompts, or a high share of code symbols.
fn is_log_like(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() {
        return false;
    }
    let lower_start: String = t.chars().take(12).flat_map(char::to_lowercase).collect();
    const PREFIXES: &[&str] = &[
        "[info",
        "[warn",
        "[error",
        "[debug",
        "[trace",
        "info:",
        "warn:",
        "warning:",
        "error:",
        "debug:",
        "trace:",
        "traceback",
        "$ ",
        "# ",
        "fatal:",
        "panic",
        "exception",
        "caused by",
        "file \"",
    ];
    if PREFIXES.iter().any(|p| lower_start.starts_with(p)) {
        return true;
    }
    // A stack frame ("at foo.bar(Baz.java:12)"), not a sentence that opens "At work, ...".
    if lower_start.starts_with("at ") {
        let frame = t[3..].split_whitespace().next().unwrap_or("");
        let b = frame.as_bytes();
        if frame.contains(['(', '/', '<'])
            || b.windows(2).any(|w| {
                w[0] == b'.' && w[1].is_ascii_alphanumeric()
                    || w[0] == b':' && w[1].is_ascii_digit()
            })
        {
            return true;
        }
    }
    // "2024-01-02 ..." or "12:03:44 ...": a line that opens with a timestamp.
    let b = t.as_bytes();
    if b.len() >= 5
        && b[0].is_ascii_digit()
        && b[1].is_ascii_digit()
        && matches!(b[2], b':' | b'-' | b'/')
    {
        return true;
    }
    if b.len() >= 5 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-' {
        return true;
    }
    let mut symbols = 0usize;
    let mut visible = 0usize;
    for (i, c) in t.char_indices() {
        if c.is_whitespace() {
            continue;
        }
        visible += 1;
        // ("Dogs > cats": a word set against a word is prose.)
        if c == '>' && is_versus(t, i) {
            continue;
        }
        if matches!(
            c,
            '{' | '}'
                | '['
                | ']'
                | '<'
                | '>'
                | '='
                | ';'
                | '|'
                | '\\'
                | '$'
                | '_'
                | '*'
                | '~'
                | '^'
                | '@'
        ) {
            symbols += 1;
        }
    }
    visible >= 8 && symbols * 10 > visible
}

/// The '>' (or run of them) at byte `i` stands between two words with spaces round
/// it: "Dogs > cats", "vim >>> emacs", a choice said in a symbol.
pub(crate) fn is_versus(t: &str, i: usize) -> bool {
    let before = t[..i].trim_end_matches('>');
    let after = t[i..].trim_start_matches('>');
    before.ends_with(' ')
        && after.starts_with(' ')
        && before.trim_end().ends_with(char::is_alphanumeric)
        && after.trim_start().starts_with(char::is_alphanumeric)
}

/// A line holding an HTML/XML tag: markup is pasted, not typed as prose.
fn is_markup(line: &str) -> bool {
    let b = line.as_bytes();
    b.windows(2)
        .any(|w| w[0] == b'<' && (w[1].is_ascii_alphabetic() || w[1] == b'/' || w[1] == b'!'))
        && line.contains('>')
}

/// A sentence: a byte range of the masked text, and whether it ended with '?'.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Sentence {
    pub start: usize,
    pub end: usize,
    pub question: bool,
}

/// A '.' closing a title or place abbreviation ("Dr. Pepper", "Mt. Dew", "St. Louis").
fn after_title(masked: &[u8], dot: usize) -> bool {
    const TITLES: &[&[u8]] = &[
        b"dr", b"ft", b"jr", b"mr", b"mrs", b"ms", b"mt", b"prof", b"sr", b"st", b"vs",
    ];
    let start = masked[..dot]
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |k| k + 1);
    let word = &masked[start..dot];
    TITLES.iter().any(|t| word.eq_ignore_ascii_case(t))
        && masked.get(dot + 1) == Some(&b' ')
        && masked.get(dot + 2).is_some_and(u8::is_ascii_alphabetic)
}

/// A '.' after the initial of a name, before the rest of it: "Ursula K. Le Guin",
/// "J.R.R. Tolkien" (not "I got an A. The rest": the word before must be a name or an
/// initial too).
fn initial(masked: &[u8], dot: usize) -> bool {
    let upper = |k: usize| masked.get(k).is_some_and(u8::is_ascii_uppercase);
    let single = dot >= 1
        && upper(dot - 1)
        && (dot < 2 || !masked[dot - 2].is_ascii_alphanumeric())
        && masked.get(dot + 1) == Some(&b' ')
        && upper(dot + 2);
    if !single {
        return false;
    }
    // "J.R.R.": more initials before it; else the word before the space is a name.
    if dot >= 2 && masked[dot - 2] == b'.' {
        return true;
    }
    let Some(space) = dot.checked_sub(2).filter(|&k| masked[k] == b' ') else {
        return false;
    };
    // ("George R. R. Martin": the word before may be an initial with its dot.)
    let end = space - usize::from(space > 0 && masked[space - 1] == b'.');
    let start = masked[..end]
        .iter()
        .rposition(|b| !b.is_ascii_alphabetic())
        .map_or(0, |k| k + 1);
    start < end && upper(start)
}

/// Split on '.', '!', '?', and line breaks; a '.' between digits, after a
/// one-letter word ("e.g."), a title ("Dr.") or an initial ("K. Le Guin") does not end
/// a sentence.
pub(crate) fn sentences(masked: &[u8]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let n = masked.len();
    let mut i = 0;
    while i < n {
        let b = masked[i];
        let boundary = match b {
            b'\n' | b'!' | b'?' => true,
            b'.' => {
                let digit_around = i > 0
                    && masked[i - 1].is_ascii_digit()
                    && i + 1 < n
                    && masked[i + 1].is_ascii_digit();
                let short_abbrev = i >= 2
                    && masked[i - 1].is_ascii_alphabetic()
                    && !masked[i - 2].is_ascii_alphanumeric()
                    && i + 1 < n
                    && masked[i + 1].is_ascii_alphabetic();
                // "Node.js", "os.path": a dot inside a name.
                let dotted = i > 0
                    && masked[i - 1].is_ascii_alphanumeric()
                    && i + 1 < n
                    && masked[i + 1].is_ascii_lowercase();
                !digit_around
                    && !short_abbrev
                    && !dotted
                    && !after_title(masked, i)
                    && !initial(masked, i)
            }
            _ => false,
        };
        if boundary {
            // Swallow runs like "?!" or "...".
            let mut j = i;
            let mut question = false;
            while j < n && matches!(masked[j], b'.' | b'!' | b'?' | b'\n') {
                question |= masked[j] == b'?';
                j += 1;
            }
            if i > start {
                out.push(Sentence {
                    start,
                    end: i,
                    question,
                });
            }
            start = j;
            i = j;
        } else {
            i += 1;
        }
    }
    if start < n {
        out.push(Sentence {
            start,
            end: n,
            question: false,
        });
    }
    out
}

/// One token: a canonical lower-case word (contractions expanded) or a stop mark,
/// with its byte span in the original text.
#[derive(Debug, Clone)]
pub(crate) struct Tok {
    pub w: String,
    pub start: usize,
    pub end: usize,
}

impl Tok {
    /// Punctuation and masked text: topics never run across these.
    pub fn is_stop(&self) -> bool {
        !self.w.starts_with(|c: char| c.is_alphanumeric())
    }
}

/// The stop-mark word for a comma; clause splitting and anchors look for it.
pub(crate) const COMMA: &str = ",";

/// The stop mark for a '>' between two words ([`is_versus`]).
pub(crate) const VERSUS: &str = ">";

/// Tokenize one sentence of the masked text. Returns None when the sentence is
/// too long to be a statement.
pub(crate) fn tokenize(masked: &[u8], s: Sentence) -> Option<Vec<Tok>> {
    let text = std::str::from_utf8(&masked[s.start..s.end]).ok()?;
    let mut raw: Vec<Tok> = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let start = s.start + i;
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                let joiner = matches!(d, '\'' | '\u{2019}' | '-' | '+' | '#' | '&' | '.');
                if d.is_alphanumeric() {
                    end = j + d.len_utf8();
                    chars.next();
                } else if joiner {
                    // Keep an apostrophe or hyphen only inside a word; '+'/'#' end a word (c++, c#).
                    let mut look = chars.clone();
                    look.next();
                    let next_alnum = look.peek().is_some_and(|&(_, e)| e.is_alphanumeric());
                    // "node.js", "os.path", "asp.net": a dot inside a name (as in
                    // `sentences`, only before a lower-case letter).
                    let dotted =
                        end - i > 1 && look.peek().is_some_and(|&(_, e)| e.is_ascii_lowercase());
                    if d == '.' && !dotted {
                        break;
                    }
                    if matches!(d, '+' | '#') || next_alnum && d != '&' {
                        end = j + d.len_utf8();
                        chars.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            let word: String = text[i..end]
                .chars()
                .map(|c| if c == '\u{2019}' { '\'' } else { c })
                .flat_map(char::to_lowercase)
                .collect();
            raw.push(Tok {
                w: word,
                start,
                end: s.start + end,
            });
            if raw.len() > MAX_SENTENCE_TOKENS * 2 {
                return None;
            }
        } else if let Some(skip) = (c == '(').then(|| acronym_after(&text[i + 1..])).flatten() {
            // "virtual reality (VR) games": the acronym repeats the name; the phrase
            // goes on after it.
            for _ in 0..skip {
                chars.next();
            }
        } else if c == '/'
            && text[..i].ends_with(|p: char| p.is_alphanumeric())
            && text[i + 1..].starts_with(|n: char| n.is_alphanumeric())
        {
            // "async/await", "red/green", "tabs/spaces": a choice between two words,
            // not the end of a clause.
            raw.push(Tok {
                w: "or".to_owned(),
                start,
                end: start + 1,
            });
        } else if matches!(
            c,
            ',' | ';' | ':' | '(' | ')' | '[' | ']' | '/' | '\u{2014}' | '\u{2013}' | '\u{1}'
        ) {
            let w = if c == ',' { COMMA } else { ";" };
            raw.push(Tok {
                w: w.to_owned(),
                start,
                end: start + c.len_utf8(),
            });
        } else if c == '-' && text[i + 1..].starts_with(' ') && text[..i].ends_with(' ') {
            raw.push(Tok {
                w: ";".to_owned(),
                start,
                end: start + 1,
            });
        } else if c == '>' && is_versus(text, i) {
            // (One mark for a run: ">>>".)
            while chars.peek().is_some_and(|&(_, d)| d == '>') {
                chars.next();
            }
            raw.push(Tok {
                w: VERSUS.to_owned(),
                start,
                end: start + 1,
            });
        } else if c == '&' {
            raw.push(Tok {
                w: "and".to_owned(),
                start,
                end: start + 1,
            });
        }
    }
    let toks = canonicalize(raw);
    if toks.len() > MAX_SENTENCE_TOKENS {
        return None;
    }
    Some(toks)
}

/// Characters up to and including the ')' of an acronym in parentheses that starts
/// `rest` ("VR)", "FPS)", "PvP)"): 2-6 letters with at least two capitals.
fn acronym_after(rest: &str) -> Option<usize> {
    // Only the next few characters: a message of many '(' stays linear.
    let close = rest.bytes().take(7).position(|b| b == b')')?;
    let inner = &rest[..close];
    let capitals = inner.chars().filter(char::is_ascii_uppercase).count();
    ((2..=6).contains(&inner.len())
        && capitals >= 2
        && inner.chars().all(|c| c.is_ascii_alphabetic()))
    .then_some(close + 1)
}

/// Token `k` is the "who" of "am I the only one who ...": a question about a taste of
/// the asker's, who says it all the same.
fn only_one(merged: &[Tok], k: usize) -> bool {
    k >= 5
        && matches!(merged[k].w.as_str(), "who" | "that")
        && merged[k - 5..k]
            .iter()
            .map(|t| t.w.as_str())
            .eq(["am", "i", "the", "only", "one"])
}

/// Join split contractions ("don t"), expand contractions ("don't" -> do not), and
/// map spelling variants to one form ("favourite" -> favorite).
fn canonicalize(raw: Vec<Tok>) -> Vec<Tok> {
    let mut merged: Vec<Tok> = Vec::with_capacity(raw.len() + 4);
    for t in raw {
        // "TL;DR": one word, not two clauses.
        let n = merged.len();
        let tl_dr = t.w == "dr"
            && n >= 2
            && merged[n - 1].w == ";"
            && merged[n - 1].end == t.start
            && merged[n - 2].w == "tl";
        if tl_dr {
            merged.pop();
            let tl = merged.last_mut().expect("two tokens before");
            tl.w = "tldr".to_owned();
            tl.end = t.end;
            continue;
        }
        if let Some(prev) = merged.last_mut() {
            let joins = match t.w.as_str() {
                "t" => matches!(
                    prev.w.as_str(),
                    "don"
                        | "can"
                        | "won"
                        | "isn"
                        | "doesn"
                        | "didn"
                        | "aren"
                        | "wasn"
                        | "haven"
                        | "wouldn"
                        | "couldn"
                ),
                "m" | "ve" | "d" | "ll" => prev.w == "i",
                "s" => matches!(prev.w.as_str(), "it" | "that"),
                // "i love the who": no relative follows "the", so this is the band's
                // name, one word that no rule reads as "who".
                "who" => prev.w == "the",
                _ => false,
            };
            if joins && t.w == "who" {
                prev.w.push_str(" who");
                prev.end = t.end;
                continue;
            }
            if joins {
                prev.w.push('\'');
                prev.w.push_str(&t.w);
                prev.end = t.end;
                continue;
            }
        }
        merged.push(t);
    }
    let mut out = Vec::with_capacity(merged.len() + 8);
    for (k, t) in merged.iter().enumerate() {
        let next = merged.get(k + 1).map_or("", |n| n.w.as_str());
        let expansion: Option<&[&str]> = match t.w.as_str() {
            // "its my favorite": the apostrophe is often dropped in chat.
            "its"
                if matches!(
                    next,
                    "my" | "not"
                        | "a"
                        | "an"
                        // "its one of my hobbies".
                        | "one"
                        | "so"
                        | "very"
                        | "really"
                        | "just"
                        | "too"
                        | "the"
                        | "all"
                        | "been"
                        | "great"
                        | "good"
                        | "fun"
                        | "ok"
                        | "okay"
                        | "nice"
                ) =>
            {
                Some(&["it", "is"])
            }
            "i'm" | "im" | "iam" => Some(&["i", "am"]),
            "i've" | "ive" => Some(&["i", "have"]),
            "i'd" => Some(&["i", "would"]),
            "i'll" => Some(&["i", "will"]),
            "we're" => Some(&["we", "are"]),
            "you're" | "youre" => Some(&["you", "are"]),
            "they're" => Some(&["they", "are"]),
            // "she's amazing", "he's been great" ("has" before a participle).
            "she's" | "he's" => {
                let has = matches!(next, "been" | "got" | "gotten" | "had" | "done");
                Some(match (t.w.as_str(), has) {
                    ("she's", false) => &["she", "is"],
                    ("she's", true) => &["she", "has"],
                    (_, false) => &["he", "is"],
                    (_, true) => &["he", "has"],
                })
            }
            "we've" => Some(&["we", "have"]),
            "we'd" => Some(&["we", "would"]),
            "don't" | "dont" => Some(&["do", "not"]),
            "doesn't" | "doesnt" if k >= 1 && only_one(&merged, k - 1) => Some(&["do", "not"]),
            "doesn't" | "doesnt" => Some(&["does", "not"]),
            "didn't" | "didnt" => Some(&["did", "not"]),
            "can't" | "cant" | "cannot" => Some(&["can", "not"]),
            "won't" | "wont" => Some(&["will", "not"]),
            "isn't" | "isnt" => Some(&["is", "not"]),
            "aren't" | "arent" => Some(&["are", "not"]),
            "wasn't" => Some(&["was", "not"]),
            "haven't" | "havent" => Some(&["have", "not"]),
            "wouldn't" | "wouldnt" => Some(&["would", "not"]),
            "couldn't" | "couldnt" => Some(&["could", "not"]),
            "shouldn't" => Some(&["should", "not"]),
            "ain't" => Some(&["am", "not"]),
            "it's" => Some(&["it", "is"]),
            "that's" => Some(&["that", "is"]),
            "favourite" | "fav" | "fave" | "favourites" | "favs" | "faves" | "favorites" => {
                Some(if t.w.ends_with('s') && t.w != "favs" || t.w == "faves" {
                    &["favorites"]
                } else {
                    &["favorite"]
                })
            }
            // "our family loves camping": the user is one of the family, and the
            // cues are said in the first person.
            // "am I the only one who hates cilantro?": the one is me ("who" reads as
            // "I", [`only_one`]).
            "loves" | "likes" | "enjoys" | "hates" | "avoids" | "prefers" | "adores"
                if k >= 2
                    && merged[k - 2].w == "our"
                    && matches!(merged[k - 1].w.as_str(), "family" | "household")
                    || k >= 1 && only_one(&merged, k - 1) =>
            {
                Some(match t.w.as_str() {
                    "loves" => &["love"],
                    "likes" => &["like"],
                    "enjoys" => &["enjoy"],
                    "hates" => &["hate"],
                    "avoids" => &["avoid"],
                    "prefers" => &["prefer"],
                    _ => &["adore"],
                })
            }
            "who" | "that" if only_one(&merged, k) => Some(&["i"]),
            // "I've got a peanut allergy" is "I have ..." ("I've got to go", "I've got
            // into X" are not).
            "got"
                if k >= 1
                    && matches!(merged[k - 1].w.as_str(), "i've" | "ive" | "have" | "we've")
                    && (matches!(
                        next,
                        "a" | "an" | "no" | "some" | "two" | "three" | "four" | "lots" | "plenty"
                    ) || next.starts_with(|c: char| c.is_ascii_digit())) =>
            {
                Some(&[])
            }
            // "i am like obsessed with sharks", "i'm really like craving donuts": chat's
            // filler "like" before how one feels (not "i am like you").
            "like"
                if (matches!(
                    next,
                    "obsessed"
                        | "addicted"
                        | "craving"
                        | "hooked"
                        | "crazy"
                        | "totally"
                        | "so"
                        | "super"
                        | "really"
                        | "such"
                        | "madly"
                ) || next == "in" && merged.get(k + 2).is_some_and(|t| t.w == "love"))
                    && (k >= 1 && is_be(&merged[k - 1].w)
                        || k >= 2
                            && matches!(merged[k - 1].w.as_str(), "really" | "just" | "so")
                            && is_be(&merged[k - 2].w)) =>
            {
                Some(&[])
            }
            // "i like dry land though and horseback riding": an aside inside a list
            // (not "i like it though and i will go back").
            "though" | "tho"
                if next == "and"
                    && merged.get(k + 2).is_some_and(|t| {
                        !t.is_stop() && !matches!(t.w.as_str(), "i" | "you" | "we" | "my")
                    }) =>
            {
                Some(&[])
            }
            // "my favorite drink: coffee", "my favorite snack - honey": the name set
            // off after its slot, as after a comma.
            // ("my editor of choice: VS Code".)
            ";" if ((1..=2).any(|back| {
                k >= back
                    && matches!(
                        merged[k - back].w.as_str(),
                        "favorite" | "favourite" | "fav"
                    )
            }) || k >= 2 && merged[k - 2].w == "of" && merged[k - 1].w == "choice")
                && !next.is_empty() =>
            {
                Some(&[COMMA])
            }
            "luv" => Some(&["love"]),
            // "I kind of like jazz": the hedge "kinda", not a kind of something.
            "kind" | "sort" if next == "of" && hedged(&merged, k) => Some(&[match t.w.as_str() {
                "kind" => "kinda",
                _ => "sorta",
            }]),
            "of" if k >= 1 && hedged(&merged, k - 1) => Some(&[]),
            // "Thai food, esp green curry".
            "esp" => Some(&["especially"]),
            "em-dashes" => Some(&["em", "dashes"]),
            "em-dash" => Some(&["em", "dash"]),
            // "i hate em": 'em is "them"; not the dash in "no em dashes".
            "em" if !matches!(next, "dash" | "dashes" | "-" | "\u{2014}") => Some(&["them"]),
            "u" => Some(&["you"]),
            "ur" => Some(&["your"]),
            "colour" => Some(&["color"]),
            // Chat's slips of the keyboard: "the only think i do not like is music",
            // "orange does not suite me".
            "think"
                if next == "i"
                    && k >= 1
                    && matches!(merged[k - 1].w.as_str(), "only" | "the" | "one") =>
            {
                Some(&["thing"])
            }
            "suite" if next == "me" => Some(&["suit"]),
            // "yes i love it an shopping an my sis": "and" short of its "d" (never before
            // a vowel, nor an acronym: "an mri").
            "an" if next.ends_with("ing")
                && next.len() > 5
                && !next.starts_with(['a', 'e', 'i', 'o', 'u', 'h'])
                || matches!(next, "my" | "i" | "the" | "then") =>
            {
                Some(&["and"])
            }
            // "i play the violin an di love imagine dragons": its "d" slipped to the "i".
            "an" if next == "di" => Some(&["and"]),
            "di" if k >= 1 && merged[k - 1].w == "an" => Some(&["i"]),
            // "i have always love animals": the participle's "d" left off.
            "love" | "like" | "hate" | "enjoy"
                if k >= 2
                    && matches!(merged[k - 1].w.as_str(), "always" | "never")
                    && matches!(merged[k - 2].w.as_str(), "have" | "i've" | "ive") =>
            {
                Some(match t.w.as_str() {
                    "love" => &["loved"],
                    "like" => &["liked"],
                    "hate" => &["hated"],
                    _ => &["enjoyed"],
                })
            }
            // "i am in to fashion": "into", split (not "in to the city").
            "in" if next == "to" && k >= 1 && is_be(&merged[k - 1].w) && into_after(&merged, k) => {
                Some(&[])
            }
            "to" if k >= 2
                && merged[k - 1].w == "in"
                && is_be(&merged[k - 2].w)
                && into_after(&merged, k - 1) =>
            {
                Some(&["into"])
            }
            "out"
                if matches!(next, "favorite" | "favourite" | "fav" | "fave")
                    && k >= 1
                    && is_be(&merged[k - 1].w) =>
            {
                Some(&["our"])
            }
            _ => None,
        };
        // "Opera's not my cup of tea", "jazz's really my thing", "money's tight", "money's
        // no object": "'s"
        // is "is" before what only follows a verb (a possessive "'s" comes before a noun).
        let stem = t.w.strip_suffix("'s").filter(|s| {
            s.len() > 1
                && expansion.is_none()
                && (matches!(
                    next,
                    "not"
                        | "never"
                        | "really"
                        | "so"
                        | "too"
                        | "just"
                        | "definitely"
                        | "always"
                        | "kinda"
                        | "my"
                ) || matches!(*s, "money" | "budget" | "price" | "cost")
                    && matches!(next, "tight" | "limited" | "no"))
        });
        let contracted = stem.map(|stem| [stem, "is"]);
        match expansion.or(contracted.as_ref().map(|c| &c[..])) {
            Some(words) => {
                for w in words {
                    out.push(Tok {
                        w: (*w).to_owned(),
                        start: t.start,
                        end: t.end,
                    });
                }
            }
            None => out.push(t.clone()),
        }
    }
    out
}

/// Whether "kind of" or "sort of" at token `k` hedges the verb of taste after it ("I
/// kind of like jazz"), said by "I".
fn hedged(toks: &[Tok], k: usize) -> bool {
    let w = |j: usize| toks.get(j).map_or("", |t| t.w.as_str());
    matches!(w(k), "kind" | "sort")
        && w(k + 1) == "of"
        && matches!(
            w(k + 2),
            "like" | "love" | "hate" | "enjoy" | "dislike" | "prefer"
        )
        && k >= 1
        && matches!(
            w(k - 1),
            "i" | "really" | "also" | "actually" | "honestly" | "just"
        )
}

/// Whether "in to" at token `k` is a split "into": a bare thing follows it.
fn into_after(toks: &[Tok], k: usize) -> bool {
    toks.get(k + 2).is_some_and(|t| {
        !t.is_stop()
            && !super::topic::is_possessive(&t.w)
            && !matches!(t.w.as_str(), "the" | "a" | "an" | "town" | "work")
    })
}

/// A form of "be" as typed ("am", "i'm", "is", "was"): after it, "like" may be filler.
fn is_be(w: &str) -> bool {
    matches!(w, "am" | "was" | "i'm" | "im" | "iam" | "is" | "are")
}

/// Words that open a contrast: the sentence is split there into clauses.
pub(crate) fn is_contrast(w: &str) -> bool {
    matches!(
        w,
        "but" | "however" | "whereas" | "although" | "though" | "yet" | "except"
    )
}

/// A clause: a token range of a sentence, and how it relates to the one before.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ClauseSpan {
    pub start: usize,
    pub end: usize,
    /// It followed a contrast word ("but not Y").
    pub after_contrast: bool,
}

/// Split at contrast words and ';'. A hypothetical "if ..." part, up to the next
/// comma or the end, is cut out.
pub(crate) fn clauses(toks: &[Tok]) -> Vec<ClauseSpan> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut after_contrast = false;
    let mut i = 0;
    while i < toks.len() {
        let w = toks[i].w.as_str();
        let negated_tail =
            (w == COMMA || w == "and") && toks.get(i + 1).is_some_and(|t| t.w == "not");
        // "a lot of types of food, just not fish" (the exception rule reads "everything,
        // just not mushrooms" whole).
        let just_not = w == COMMA
            && toks.get(i + 1).is_some_and(|t| t.w == "just")
            && toks.get(i + 2).is_some_and(|t| t.w == "not")
            && !toks[start..i]
                .iter()
                .any(|t| matches!(t.w.as_str(), "everything" | "anything"));
        let negated_tail = negated_tail || just_not;
        // "my favorite book though is 1984": "though"/"yet" only split before a new subject.
        let adverb = matches!(w, "though" | "yet")
            && !toks.get(i + 1).is_some_and(|t| {
                matches!(
                    t.w.as_str(),
                    "i" | "you" | "he" | "she" | "they" | "we" | "it" | "my" | "not"
                )
            });
        // "not coffee, and keep it short": an instruction after a comma is its own clause.
        let instruction = w == COMMA && {
            let mut k = i + 1;
            while toks
                .get(k)
                .is_some_and(|t| matches!(t.w.as_str(), "and" | "so" | "just"))
            {
                k += 1;
            }
            // Not "i like to cook, and make bread": a verb of a list needs its object
            // to be me or the answer to count as an instruction.
            let next = toks.get(k + 1).map_or("", |t| t.w.as_str());
            // "..., so use celsius": after "so" or "just", any answer-shaping verb.
            let linked = k > i + 1 && matches!(toks[k - 1].w.as_str(), "so" | "just");
            // "..., write in paragraphs", "..., answer in French": a manner of answering
            // (not "..., and write in my journal").
            let manner = matches!(next, "in" | "with" | "as" | "like")
                && !toks.get(k + 2).is_some_and(|t| {
                    matches!(t.w.as_str(), "my" | "his" | "her" | "our" | "their")
                });
            toks.get(k).is_some_and(|t| match t.w.as_str() {
                "keep" | "stop" => true,
                // "I hate fluff, just get to the point".
                "get" => next == "to" && toks.iter().skip(k + 2).take(2).any(|t| t.w == "point"),
                // Not a closing "please": "Too verbose, please."
                "please" => toks.get(k + 1).is_some_and(|t| !t.is_stop()),
                // "i don't drink alcohol, suggest some mocktails": a request, not a list item.
                "suggest" | "recommend" => k == i + 1 || linked,
                "write" | "answer" | "reply" | "respond" | "explain" if manner => true,
                "use" | "answer" | "reply" | "respond" | "explain" | "be" => linked,
                "make" | "give" | "tell" | "show" | "write" => {
                    matches!(next, "me" | "it" | "sure" | "them" | "us")
                }
                _ => false,
            })
        };
        // "i hate the cold, moving somewhere warm next year": a plan of mine after a
        // comma, its subject dropped, is no part of the list before it.
        let plan = w == COMMA
            && toks
                .get(i + 1)
                .is_some_and(|t| matches!(t.w.as_str(), "moving" | "relocating" | "heading"))
            && toks.get(i + 2).is_some_and(|t| {
                matches!(
                    t.w.as_str(),
                    "to" | "somewhere" | "south" | "north" | "abroad" | "back" | "overseas"
                )
            });
        let instruction = instruction || plan;
        // "anything but reggaeton": an exception, not a contrast.
        let except = w == "but" && i > 0 && matches!(toks[i - 1].w.as_str(), "anything" | "everything")
            // "all animals, but especially dogs": an example, not a contrast.
            || w == "but"
                && toks.get(i + 1).is_some_and(|t| {
                    matches!(t.w.as_str(), "especially" | "particularly")
                })
            // "music, but mostly jazz" (not "but mostly I watch them", "but mostly on
            // weekends").
            || w == "but"
                && toks.get(i + 1).is_some_and(|t| matches!(t.w.as_str(), "mostly" | "mainly"))
                && toks.get(i + 2).is_some_and(|t| {
                    !t.is_stop() && !crate::extract::topic::is_function_word(&t.w)
                });
        if instruction || !adverb && !except && (w == ";" || is_contrast(w) || negated_tail) {
            if i > start {
                out.push(ClauseSpan {
                    start,
                    end: i,
                    after_contrast,
                });
            }
            after_contrast = !instruction && (w != ";" || negated_tail);
            start = i + 1 + usize::from(just_not);
        } else if w == "if" && polite_if(toks, i) {
            // "I'd appreciate it if you didn't use so many headers": a wish, asked
            // politely; what follows is the request.
            if i > start {
                out.push(ClauseSpan {
                    start,
                    end: i,
                    after_contrast,
                });
            }
            after_contrast = false;
            start = i + 1;
        } else if matches!(w, "if" | "unless" | "supposing" | "hypothetically")
            || matches!(w, "suppose" | "imagine")
                && opens_clause(toks.get(i + 1).map_or("", |t| t.w.as_str()))
        {
            if i > start {
                out.push(ClauseSpan {
                    start,
                    end: i,
                    after_contrast,
                });
            }
            // Skip the hypothetical to the next comma (its consequence may follow).
            // Chat may leave the comma out between my condition and my taste: "if i
            // have time i like to go for hikes".
            let mut j = i + 1;
            let mut taste = false;
            while j < toks.len() && toks[j].w != COMMA && toks[j].w != ";" {
                taste = j > i + 2
                    && toks[i + 1].w == "i"
                    && toks[j].w == "i"
                    && toks.get(j + 1).is_some_and(|t| {
                        matches!(t.w.as_str(), "like" | "love" | "enjoy" | "hate" | "prefer")
                    });
                if taste {
                    break;
                }
                j += 1;
            }
            after_contrast = false;
            start = if taste { j } else { j + 1 };
            i = if taste { j - 1 } else { j };
        }
        i += 1;
    }
    if start < toks.len() {
        out.push(ClauseSpan {
            start,
            end: toks.len(),
            after_contrast,
        });
    }
    out
}

/// Whether the "if" at token `i` asks for something ("I'd appreciate it if", "I'd
/// prefer if", "it would be great if", of "you") rather than supposing it.
fn polite_if(toks: &[Tok], i: usize) -> bool {
    let w = |k: usize| if k < i { toks[k].w.as_str() } else { "" };
    let (p1, p2, p3) = (
        w(i.wrapping_sub(1)),
        w(i.wrapping_sub(2)),
        w(i.wrapping_sub(3)),
    );
    let wish = |v: &str| matches!(v, "appreciate" | "prefer" | "like" | "love");
    // Asked of the assistant: "if I liked coffee" stays a supposition.
    toks.get(i + 1).is_some_and(|t| t.w == "you")
        && (p1 == "it" && wish(p2) && matches!(p3, "would" | "i'd" | "really")
            || p1 == "prefer" && matches!(p2, "would" | "i'd")
            || matches!(p1, "great" | "nice" | "better" | "helpful" | "ideal")
                && (p2 == "be" || p3 == "be")
                && w(i.wrapping_sub(4)) != "what")
}

/// Whether `w` opens the clause a verb like "imagine" takes: "imagine if I ...",
/// "suppose you ...", not the band in "I love Imagine Dragons".
pub(crate) fn opens_clause(w: &str) -> bool {
    matches!(
        w,
        "if" | "that"
            | "i"
            | "you"
            | "we"
            | "he"
            | "she"
            | "they"
            | "a"
            | "an"
            | "the"
            | "being"
            | "having"
            | "living"
            | "my"
            | "your"
            | "there"
            | "someone"
            | "somebody"
            | "what"
            | "how"
            | "for"
            | COMMA
    )
}
