//! "My favorite color is blue", "sushi is my favorite food", "reading is one of my favorite hobbies".

use super::{is_third_person_verb, Ctx, Found, Rule};
use crate::extract::text::Tok;
use crate::extract::topic::is_function_word;
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "favorite",
    description:
        "favourites: my favorite N is X, X is (one of) my favorite(s), my passion/hobby/first love is X",
    in_requests: false,
    apply,
};

const INTENSITY: f32 = 0.85;

fn is_copula(ctx: &Ctx, i: usize) -> Option<usize> {
    match (ctx.word(i), ctx.word(i + 1)) {
        ("is" | "are" | "was" | "=", _) => Some(i + 1),
        ("would" | "has" | "have" | "must", "be") => Some(i + 2),
        // "which happens to be my favorite color".
        ("happens" | "happened", "to") if ctx.word(i + 2) == "be" => Some(i + 3),
        ("has" | "have", "to") if ctx.word(i + 2) == "be" => Some(i + 3),
        // "my favorite has (always) been jazz".
        ("has" | "have", "been") => Some(i + 2),
        ("has" | "have", "always" | "long" | "ever") if ctx.word(i + 2) == "been" => Some(i + 3),
        ("includes" | "include", _) => Some(i + 1),
        _ => None,
    }
}

/// Category nouns: "my favorite color" names a slot, not a taste.
pub(super) fn is_category(w: &str) -> bool {
    matches!(
        w,
        "color"
            | "colors"
            | "show"
            | "shows"
            | "movie"
            | "movies"
            | "film"
            | "films"
            | "band"
            | "bands"
            | "food"
            | "foods"
            | "game"
            | "games"
            | "book"
            | "books"
            | "song"
            | "songs"
            | "artist"
            | "artists"
            | "sport"
            | "sports"
            | "drink"
            | "drinks"
            | "season"
            | "team"
            | "activity"
            | "hobby"
            | "place"
            | "animal"
            | "meal"
            | "singer"
            | "genre"
            | "author"
            | "actor"
            | "actress"
            | "snack"
            | "dish"
            | "restaurant"
            | "thing"
            | "things"
            | "music"
            | "group"
            | "tv"
            | "series"
            | "character"
            | "holiday"
            | "city"
            | "country"
            | "fruit"
            | "vegetable"
            | "dessert"
            | "candy"
            | "one"
            | "ones"
            | "part"
            | "brand"
            | "car"
            | "player"
            | "musician"
            | "rapper"
            | "composer"
            | "writer"
            | "flavor"
            | "drama"
            | "album"
            | "day"
            | "pet"
            | "breed"
            | "subject"
            | "class"
            | "beer"
            | "wine"
            | "hobbies"
            | "activities"
            | "places"
            | "animals"
            | "seasons"
            | "authors"
            | "singers"
            | "beverage"
            | "beverages"
            | "seafood"
            | "superhero"
            | "superheroes"
            | "hero"
            | "cuisine"
            | "kind"
            | "type"
            | "store"
            | "app"
            | "channel"
            | "podcast"
            | "cartoon"
            | "month"
            | "time"
    )
}

/// "favorite food is tacos", "..., favorites are true crime novels": "favorite"
/// opening a clause and followed by a copula soon after, its "my" dropped.
fn bare_favorite(ctx: &Ctx, i: usize) -> bool {
    matches!(ctx.word(i), "favorite" | "favorites")
        && (i == 0 || matches!(ctx.word(i - 1), "," | "and"))
        && (i + 1..(i + 4).min(ctx.toks.len())).any(|k| is_copula(ctx, k).is_some())
}

/// "its our favorite food": a favourite the user shares with the household.
fn ours(ctx: &Ctx, i: usize) -> bool {
    ctx.word(i) == "our" && ctx.word(i + 1) == "favorite"
}

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    let n = ctx.toks.len();
    for i in 0..n {
        let w = ctx.word(i);
        if w == "mine" || w == "mines" {
            answered(ctx, i, out);
        } else if w == "my" || ours(ctx, i) || bare_favorite(ctx, i) {
            // "my (all-time) favorite (N...) is X", "my passion is X"; chat drops the
            // "my" at a clause start ("favorite food is tacos").
            let mut j = if bare_favorite(ctx, i) { i } else { i + 1 };
            while matches!(
                ctx.word(j),
                "by" | "far"
                    | "all"
                    | "time"
                    | "all-time"
                    | "absolute"
                    | "very"
                    | "personal"
                    | "most"
                    | "total"
                    | "current"
                    | "top"
                    | "biggest"
                    | "greatest"
                    | "main"
                    | "real"
                    | "true"
                    | "first"
                    | "life"
                    | "lifelong"
                    | "alltime"
                    | "favorite"
            ) {
                if ctx.word(j) == "favorite" {
                    break;
                }
                j += 1;
            }
            let head = ctx.word(j);
            let intensity = match head {
                // A colour's or season's slot is the slot rule's: it knows their words.
                "favorite" | "favorites" if super::slot::is_slot(ctx.word(j + 1)) => continue,
                "favorite" | "favorites" => INTENSITY,
                "passion" | "passions" | "obsession" => 0.85,
                "hobby" | "hobbies" | "go-to" => 0.7,
                // "my comfort show is Gilmore Girls", "my comfort food is ramen".
                "comfort" if is_category(ctx.word(j + 1)) => 0.7,
                // "my first love is traveling"; "my love for dogs is ..." is love_of's.
                "love" | "loves" if is_copula(ctx, j + 1).is_some() => 0.85,
                // "my drink of choice is coffee", "editor of choice: VS Code".
                _ if ctx.seq(j + 1, &["of", "choice"]).is_some() && !is_function_word(head) => 0.7,
                _ => continue,
            };
            // ("my favorite book to read on vacation is X": a purpose may come between.)
            let reach = if ctx.word(j + 2) == "to" { 9 } else { 6 };
            let Some((at, c)) =
                (j + 1..(j + reach).min(n)).find_map(|k| is_copula(ctx, k).map(|c| (k, c)))
            else {
                // "X is one of my favorite hobbies" is the other construction; after
                // "of" only a name that follows the category counts ("a video of my
                // favorite band, simple plan"), never the noun phrase before.
                let after_of = i > 0 && ctx.word(i - 1) == "of";
                if i > 0
                    && matches!(
                        ctx.word(i - 1),
                        "is" | "are" | "was" | "become" | "became" | "becomes"
                    )
                    || after_of && !is_category(ctx.word(j + 1))
                {
                    continue;
                }
                // "watching my favorite show dancing with the stars": the name follows the category.
                let mut k = j + 1;
                // ("my favorite editor: VS Code": any noun set off so is the slot.)
                if is_category(ctx.word(k))
                    || ctx.word(k + 1) == "," && !is_function_word(ctx.word(k))
                {
                    k += 1;
                }
                if ctx.seq(k, &["of", "choice"]).is_some() {
                    k += 2;
                }
                while matches!(ctx.word(k), "ever" | "now") {
                    k += 1;
                }
                let apposed = ctx.word(k) == ",";
                if apposed {
                    k += 1;
                }
                // "one of my favorite colors along with red", "... such as jazz".
                if matches!(ctx.word(k), "along" | "together" | "such")
                    && matches!(ctx.word(k + 1), "with" | "as")
                {
                    k += 2;
                } else if matches!(ctx.word(k), "including" | "especially" | "like") {
                    k += 1;
                }
                // "beastie boys being my favorite has gotten me laughs": a verb follows,
                // so nothing is named after it.
                let verb_follows = is_third_person_verb(ctx.word(k))
                    || matches!(ctx.word(k), "had" | "made" | "got" | "will" | "would");
                // "to see my favorite band in pittsburgh": where or when, not a name.
                let place_follows = k == j + 2
                    && matches!(
                        ctx.word(k),
                        "in" | "at" | "on" | "from" | "near" | "to" | "this" | "next" | "last"
                    );
                let verb_follows = verb_follows || place_follows;
                let named: Vec<String> = if verb_follows {
                    Vec::new()
                } else {
                    // ("my all-time passion, music!": after a comma a category word
                    // is the thing itself.)
                    ctx.topics(k)
                        .into_iter()
                        .filter(|t| {
                            !is_category(t)
                                || apposed
                                    && !matches!(
                                        t.as_str(),
                                        "one"
                                            | "ones"
                                            | "thing"
                                            | "things"
                                            | "kind"
                                            | "type"
                                            | "part"
                                            | "time"
                                    )
                        })
                        .collect()
                };
                if named.is_empty() && !after_of {
                    // "mac and cheese, my favorite!", "X being my favorite": the name
                    // came first.
                    let mut end = if ctx.word(i.wrapping_sub(1)) == "being" {
                        i - 1
                    } else {
                        i
                    };
                    // ("watching greys anatomy lol my favorite!")
                    while end > 0 && matches!(ctx.word(end - 1), "lol" | "haha" | "lmao") {
                        end -= 1;
                    }
                    // ("... the twilight book series; my favorite.", "... greys anatomy.
                    // my favorite!": said on its own after the thing.)
                    let said = match end {
                        0 if i == 0 && ctx.toks.len() <= 4 => {
                            if ctx.before.is_empty() {
                                crate::extract::topic::np_across(ctx.earlier)
                            } else {
                                let b = ctx.before;
                                let n = b.len() - usize::from(b.last().is_some_and(Tok::is_stop));
                                crate::extract::topic::np_before(b, n)
                            }
                        }
                        _ => crate::extract::topic::np_before(ctx.toks, end),
                    };
                    // ("i often eat sushi and pizza my favorite meal": both, said as a pair.)
                    // (Not after a lone doing whose object the favourite is: "playing with
                    // barbies and singing my favorite song".)
                    let doing = said
                        .as_deref()
                        .is_some_and(|t| !t.contains(' ') && t.ends_with("ing"));
                    let pair = said.as_ref().filter(|_| end > 0 && !doing).and_then(|t| {
                        let first = t.split(' ').next()?;
                        let start = (0..end).rev().find(|&k| ctx.word(k) == first)?;
                        (start > 1 && ctx.word(start - 1) == "and")
                            .then(|| crate::extract::topic::np_before(ctx.toks, start - 1))
                            .flatten()
                            // (A thing or a doing, not "got done eating sushi".)
                            .filter(|p| {
                                let first = p.split(' ').next().unwrap_or_default();
                                p.split(' ').count() <= 3
                                    && (first.ends_with("ing") || !p.contains("ing "))
                            })
                    });
                    for t in said.into_iter().chain(pair) {
                        let t = filled(ctx, j, t);
                        out.push(Found::new(t, Polarity::Like, Kind::Preference, intensity));
                    }
                }
                for t in named {
                    let t = filled(ctx, j, t);
                    out.push(Found::new(t, Polarity::Like, Kind::Preference, intensity));
                }
                continue;
            };
            // "my favorite movie, which is titanic": a relative clause names it.
            let relative = at >= j + 3
                && matches!(ctx.word(at - 1), "which" | "that" | "who")
                && ctx.word(at - 2) == ",";
            if !relative && ctx.toks[j..c].iter().any(|t| t.is_stop()) {
                continue;
            }
            // "my favorite band the beastie boys are from nyc": the name sits between
            // the category and the verb; what follows says something else.
            // ("my favorite tv show is", "my favorite food ever is", "my favorite sport to
            // watch is": no name there.)
            let plain = |k: usize| {
                let w = ctx.word(k);
                w.chars()
                    .all(|c| c.is_alphanumeric() || c == '\'' || c == '-')
                    && (w == "the"
                        || !is_function_word(w) && !matches!(w, "right" | "ever" | "time"))
            };
            let name = (is_category(ctx.word(j + 1)) && at > j + 2 && (j + 2..at).all(plain))
                .then(|| crate::extract::topic::topic_until(ctx.toks, j + 2, at))
                .flatten()
                .filter(|t| {
                    !t.split(' ').any(is_category) && !matches!(t.as_str(), "ever" | "now")
                });
            if let Some(t) = name {
                out.push(Found::new(t, Polarity::Like, Kind::Preference, intensity));
                continue;
            }
            let mut c = c;
            if ctx.seq(c, &["of", "course"]).is_some() {
                c += 2;
            }
            while matches!(
                ctx.word(c),
                "definitely" | "probably" | "still" | "always" | "currently" | "easily"
            ) {
                c += 1;
            }
            // "my passion is with animals", "my love is for cats".
            let c = c + usize::from(matches!(ctx.word(c), "with" | "for"));
            for t in ctx.topics(c) {
                let t = filled(ctx, j, t);
                out.push(Found::new(t, Polarity::Like, Kind::Preference, intensity));
            }
        } else if w == "its" && ctx.word(i + 1) != "own" {
            // "its my favorite", typed for "it's": the noun phrase before stands for "it".
            let mut j = i + 1;
            while matches!(
                ctx.word(j),
                "still" | "also" | "definitely" | "really" | "just" | "always"
            ) {
                j += 1;
            }
            if (ctx.word(j) == "my" || ours(ctx, j))
                && matches!(ctx.word(j + 1), "favorite" | "favorites" | "passion")
                && !super::slot::is_slot(ctx.word(j + 2))
            {
                out.extend(ctx.phrase_before(i).map(|t| {
                    Found::new(
                        filled(ctx, j + 1, t),
                        Polarity::Like,
                        Kind::Preference,
                        INTENSITY,
                    )
                }));
            }
        } else if matches!(
            w,
            "is" | "are" | "been" | "be" | "was" | "become" | "became" | "becomes"
        ) {
            // "X is (one of) my favorite(s) (N)".
            let mut j = i + 1;
            if ctx.seq(j, &["one", "of"]).is_some() {
                j += 2;
            }
            while matches!(
                ctx.word(j),
                "also"
                    | "definitely"
                    | "really"
                    | "probably"
                    | "still"
                    | "always"
                    | "by"
                    | "far"
                    | "easily"
                    | "just"
                    | "totally"
                    | "absolutely"
                    | "now"
                    | "officially"
                    | "actually"
                    | "honestly"
                    | "pretty"
                    | "much"
                    | "kind"
                    | "kinda"
                    | "sort"
                    | "of"
            ) {
                j += 1;
            }
            if ctx.word(j) != "my" && !ours(ctx, j) {
                continue;
            }
            j += 1;
            while matches!(
                ctx.word(j),
                "all"
                    | "time"
                    | "all-time"
                    | "absolute"
                    | "very"
                    | "personal"
                    | "most"
                    | "top"
                    | "real"
                    | "true"
                    | "lifelong"
                    | "number"
                    | "life"
                    | "big"
                    | "only"
                    | "first"
                    | "biggest"
                    | "greatest"
                    | "one"
                    | "other"
                    | "current"
                    | "new"
                    | "second"
                    | "latest"
                    | "main"
            ) {
                j += 1;
            }
            // "X is my favorite", "drawing is my (true) love", "running is my passion".
            if !matches!(
                ctx.word(j),
                "favorite"
                    | "favorites"
                    | "love"
                    | "loves"
                    | "passion"
                    | "passions"
                    | "obsession"
                    | "hobby"
            ) || ctx.word(j) == "love" && ctx.word(j + 1) == "for"
                || super::slot::is_slot(ctx.word(j + 1))
            {
                continue;
            }
            // "X has always been my passion", "X might be my favorite".
            let mut subject_end = i;
            while subject_end > 0
                && matches!(
                    ctx.word(subject_end - 1),
                    "has"
                        | "have"
                        | "always"
                        | "might"
                        | "will"
                        | "would"
                        | "must"
                        | "probably"
                        | "definitely"
                        | "also"
                        | "to"
                        | "happens"
                        | "happened"
                )
            {
                subject_end -= 1;
            }
            if matches!(w, "been" | "be") && subject_end == i {
                continue;
            }
            let i = subject_end;
            // "listening to iron maiden which is my favorite band", "mickey mouse, he is my
            // favorite": a pronoun subject stands for the noun phrase before it, however far
            // the clause started.
            if i > 0 && is_pronoun_subject(ctx.word(i - 1)) {
                out.extend(ctx.phrase_before(i - 1).map(|t| {
                    Found::new(
                        filled(ctx, j, t),
                        Polarity::Like,
                        Kind::Preference,
                        INTENSITY,
                    )
                }));
                continue;
            }
            let start = opinion_said(ctx, ctx.subject_start(i), i);
            if i - start > 6 || i == start {
                continue;
            }
            let mut parts = super::fronted::split_and(ctx, start, i);
            if parts.is_empty() {
                // "iron maiden, which is my favorite band", "red, that is my favorite".
                parts.extend(crate::extract::topic::np_before(ctx.toks, i));
            }
            for t in parts {
                let t = filled(ctx, j, t);
                out.push(Found::new(t, Polarity::Like, Kind::Preference, INTENSITY));
            }
        }
    }
}

/// Where the subject of "X is my favorite" begins once an opener is read past: "i
/// (would have to) say (that) meat is ...", "honestly, meat is ...".
fn opinion_said(ctx: &Ctx, start: usize, end: usize) -> usize {
    let speech = |w: &str| {
        matches!(
            w,
            "say"
                | "think"
                | "guess"
                | "bet"
                | "believe"
                | "admit"
                | "reckon"
                | "suppose"
                | "confess"
                | "mean"
                | "swear"
        )
    };
    // After the last verb of saying, and the "that" it takes.
    let mut s = (start..end)
        .rev()
        .find(|&k| speech(ctx.word(k)))
        .map_or(start, |k| k + 1);
    while s < end
        && matches!(
            ctx.word(s),
            "that"
                | "honestly"
                | "actually"
                | "personally"
                | "well"
                | "oh"
                | "yes"
                | "yeah"
                | "lol"
                | "haha"
                | "ok"
                | "okay"
                | "really"
                | "definitely"
                | "probably"
                | "so"
                | "now"
        )
    {
        s += 1;
    }
    s
}

/// A subject that points back to something already named.
fn is_pronoun_subject(w: &str) -> bool {
    matches!(
        w,
        "which" | "that" | "it" | "they" | "he" | "she" | "this" | "these" | "those"
    )
}

/// "(your) favorite color, mine is blue", "favorite holiday, christmas is mine": an
/// answer to a favourite question names the taste beside "mine". The question may be
/// the sentence before ("what's your favorite color? mine is yellow").
///
/// ("what color do you like best? mine is purple" asks for a favourite too; chat's
/// "mines black" is "mine is black".)
fn answered(ctx: &Ctx, mine: usize, out: &mut Vec<Found>) {
    let best = |ts: &[Tok]| {
        ts.windows(2).any(|p| {
            matches!(p[0].w.as_str(), "like" | "love" | "enjoy")
                && matches!(p[1].w.as_str(), "best" | "most")
        })
    };
    let asked = (0..mine).any(|k| ctx.word(k) == "favorite")
        || mine == 0 && (ctx.earlier.iter().any(|t| t.w == "favorite") || best(ctx.earlier));
    if !asked {
        return;
    }
    let found = |t| Found::new(t, Polarity::Like, Kind::Preference, INTENSITY);
    if let Some(c) = is_copula(ctx, mine + 1) {
        out.extend(ctx.topics(c).into_iter().map(found));
    } else if ctx.word(mine) == "mines" {
        out.extend(ctx.topics(mine + 1).into_iter().map(found));
    } else if mine >= 2 && matches!(ctx.word(mine - 1), "is" | "are") {
        out.extend(crate::extract::topic::np_before(ctx.toks, mine - 1).map(found));
    }
}

/// The filler `t` of the slot at `j` ("favorite") said with what the slot tells of it:
/// "my favorite cuisine is thai" -> "thai food", "havarti is my favorite cheese" ->
/// "havarti cheese", "my favorite thing to cook is stew" -> "cooking stew".
fn filled(ctx: &Ctx, j: usize, t: String) -> String {
    let mut k = j + 1;
    // "my favorite type of car".
    if matches!(ctx.word(k), "type" | "kind" | "sort") && ctx.word(k + 1) == "of" {
        k += 2;
    }
    let category = ctx.word(k);
    if matches!(category, "cuisine" | "food") && is_cuisine(&t) {
        return format!("{t} food");
    }
    // A kind of drink, dish or thing the filler alone may not say: "chamomile" is
    // also a flower, "havarti" a word few know.
    let names_kind = matches!(
        category,
        "tea"
            | "cheese"
            | "beer"
            | "wine"
            | "coffee"
            | "soda"
            | "juice"
            | "cocktail"
            | "car"
            // "tigers are my favorite team": the team, not the animal.
            | "team"
            | "pie"
            | "cake"
            | "sandwich"
            | "pasta"
            | "soup"
            | "salad"
            | "bread"
            | "cookie"
    );
    if names_kind && !t.split(' ').any(|w| w.trim_end_matches('s') == category) {
        return format!("{t} {category}");
    }
    // "my favorite thing to cook", "my favorite to bake": what is done with it is the
    // taste; eating or drinking it is the thing itself.
    let k = if matches!(category, "thing" | "things" | "food" | "dish" | "meal") {
        k + 1
    } else {
        k
    };
    let verb = ctx.word(k + 1);
    if ctx.word(k) != "to"
        || !matches!(
            verb,
            "cook"
                | "bake"
                | "make"
                | "shop"
                | "watch"
                | "play"
                | "wear"
                | "draw"
                | "paint"
                | "sing"
                | "knit"
                | "grow"
                | "build"
                | "collect"
                | "visit"
                | "write"
                | "listen"
        )
    {
        return t;
    }
    let with = match ctx.word(k + 2) {
        p @ ("for" | "to" | "with") => format!(" {p}"),
        _ => String::new(),
    };
    format!("{}{with} {t}", crate::extract::topic::gerund(verb))
}

/// A cuisine named by its country's adjective ("thai", "italian").
fn is_cuisine(w: &str) -> bool {
    matches!(
        w,
        "thai"
            | "italian"
            | "mexican"
            | "indian"
            | "chinese"
            | "japanese"
            | "french"
            | "greek"
            | "korean"
            | "vietnamese"
            | "spanish"
            | "turkish"
            | "lebanese"
            | "ethiopian"
            | "moroccan"
            | "american"
            | "peruvian"
            | "brazilian"
            | "german"
            | "caribbean"
            | "mediterranean"
            | "persian"
            | "filipino"
            | "indonesian"
            | "malaysian"
    )
}
