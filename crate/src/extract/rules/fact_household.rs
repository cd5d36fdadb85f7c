//! "I have two kids", "I have a dog", "I'm married", "I'm a mom": who the person lives with.

use super::{Ctx, Found, Rule};
use crate::extract::text::Tok;
use crate::item::Polarity;

pub(crate) const RULE: Rule = Rule {
    name: "fact_household",
    description: "household facts: I live alone / with my mother, I have two kids / a 2 year old / a dog / no car (or sold it), I don't drive, I drive an electric car, we're a family of four / a big family, I'm married, a mom, pregnant",
    in_requests: false,
    apply,
};

pub(super) fn is_household(w: &str) -> bool {
    is_child(w)
        || is_pet(w)
        || matches!(
            w,
            "husband"
                | "wife"
                | "boyfriend"
                | "girlfriend"
                | "partner"
                | "brother"
                | "brothers"
                | "sister"
                | "sisters"
                | "siblings"
        )
}

/// A partner the person lives with ("my wife", "my boyfriend").
pub(crate) fn is_partner(w: &str) -> bool {
    matches!(
        w,
        "wife" | "husband" | "partner" | "boyfriend" | "girlfriend" | "fiance" | "fiancee"
    )
}

/// How many words from token `k` say something is done for the first time: "first-time"
/// or "new" one, "first time" two, else none ("a first-time mom", "first time buyers").
fn first_time(ctx: &Ctx, k: usize) -> usize {
    match (ctx.word(k), ctx.word(k + 1)) {
        ("first-time" | "new", _) => 1,
        ("first", "time") => 2,
        _ => 0,
    }
}

/// A child of the household ("kids", "a newborn", "twins"): what family advice turns on.
pub(crate) fn is_child(w: &str) -> bool {
    matches!(
        w,
        "kid"
            | "kids"
            | "child"
            | "children"
            | "son"
            | "sons"
            | "daughter"
            | "daughters"
            | "grandchildren"
            | "grandkids"
            | "baby"
            | "newborn"
            | "twins"
            | "toddler"
            | "toddlers"
            | "babies"
            | "teenager"
            | "teenagers"
            | "teens"
            | "stepson"
            | "stepdaughter"
            | "grandson"
            | "granddaughter"
            | "boys"
            | "girls"
    )
}

/// "a dog", "an iguana".
fn a(noun: &str) -> String {
    let an = noun.starts_with(['a', 'e', 'i', 'o', 'u']);
    format!("{} {noun}", if an { "an" } else { "a" })
}

/// An animal of the household.
pub(crate) fn is_pet(w: &str) -> bool {
    matches!(
        w,
        "dog"
            | "dogs"
            | "cat"
            | "cats"
            | "puppy"
            | "puppies"
            | "kitten"
            | "kittens"
            | "bird"
            | "birds"
            | "parrot"
            | "fish"
            | "hamster"
            | "hamsters"
            | "rabbit"
            | "rabbits"
            | "bunny"
            | "horse"
            | "horses"
            | "pet"
            | "pets"
            | "turtle"
            | "snake"
            | "lizard"
            | "gecko"
            | "iguana"
            | "tortoise"
            | "ferret"
            | "ferrets"
            | "parakeet"
            | "budgie"
            | "cockatiel"
            // "a bearded dragon", "a guinea pig".
            | "dragon"
            | "pig"
            | "pigs"
            | "goldfish"
            | "chickens"
            | "goats"
            // The breeds people name instead: "we have a golden retriever".
            | "retriever"
            | "labrador"
            | "poodle"
            | "terrier"
            | "beagle"
            | "spaniel"
            | "collie"
            | "dachshund"
            | "husky"
            | "pug"
            | "chihuahua"
            | "bulldog"
            | "corgi"
            | "greyhound"
    )
}

/// A part of the home that advice turns on: what to grow, where to dry laundry,
/// whether a barbecue fits.
pub(crate) fn is_home_part(w: &str) -> bool {
    matches!(
        w,
        "garden"
            | "backyard"
            | "yard"
            | "balcony"
            | "patio"
            | "terrace"
            | "pool"
            | "garage"
            | "basement"
            | "fireplace"
            | "greenhouse"
            | "allotment"
    )
}

/// "Our dog died", "my old cat passed away": the household's pet is gone, so what was
/// learned as "has a dog" is retracted (`retractions` in `extract/mod.rs`). A plural
/// ("one of our cats died") leaves the others.
pub(crate) fn pet_gone(toks: &[Tok]) -> Option<String> {
    let w = |i: usize| toks.get(i).map_or("", |t| t.w.as_str());
    (0..toks.len()).find_map(|i| {
        if !matches!(w(i), "my" | "our") {
            return None;
        }
        let mut p = i + 1;
        if matches!(
            w(p),
            "old" | "beloved" | "little" | "sweet" | "family" | "senior"
        ) {
            p += 1;
        }
        let pet = w(p);
        let gone = match (w(p + 1), w(p + 2)) {
            ("died", _) | ("passed", "away") | ("has" | "had", "died") => true,
            ("has" | "had", "passed") => w(p + 3) == "away",
            _ => false,
        };
        (gone && is_pet(pet) && !pet.ends_with('s')).then(|| format!("has {}", a(pet)))
    })
}

fn is_count(w: &str) -> bool {
    matches!(w, "a" | "an" | "some" | "several" | "many" | "no")
        || crate::extract::topic::is_number(w)
}

/// The household noun of a counted phrase starting at `end` ("two little kids", "a
/// golden retriever dog": the noun comes within three words, four after an age).
fn member(ctx: &Ctx, end: usize) -> Option<usize> {
    if !is_count(ctx.word(end)) || ctx.word(end) == "no" {
        return None;
    }
    // "a 2 year old", "a six-month-old": a child named by age alone.
    let aged = |k: usize| {
        let w = ctx.word(k);
        (w == "old" && matches!(ctx.word(k - 1), "year" | "years" | "month" | "months")
            || w.ends_with("-old") && w.contains("-year") | w.contains("-month"))
            && (ctx.toks.get(k + 1).map_or(true, Tok::is_stop)
                || matches!(ctx.word(k + 1), "and" | "who" | "so"))
    };
    // "a small backyard" (not "a garden party"): the part ends the phrase.
    // ("a tiny kitchen": its size is what a recipe or a gadget must fit.)
    let sized_kitchen = |k: usize| {
        ctx.word(k) == "kitchen"
            && matches!(
                ctx.word(k - 1),
                "small" | "tiny" | "little" | "galley" | "big" | "huge"
            )
    };
    let home_part = |k: usize| {
        (is_home_part(ctx.word(k)) || sized_kitchen(k))
            && (ctx.toks.get(k + 1).map_or(true, Tok::is_stop)
                || matches!(
                    ctx.word(k + 1),
                    "and" | "so" | "but" | "with" | "where" | "that"
                ))
    };
    // "two girls and one boy", "a boy and a girl": one boy or girl is a child when
    // counted as one or listed with another child ("I have a girl" may be a partner).
    let lone_child = |k: usize| {
        matches!(ctx.word(k), "boy" | "girl")
            && (matches!(ctx.word(k - 1), "one" | "1")
                || (k.saturating_sub(5)..(k + 5).min(ctx.toks.len()))
                    .any(|j| j != k && matches!(ctx.word(j), "boy" | "boys" | "girl" | "girls")))
    };
    let k = (end + 1..(end + 5).min(ctx.toks.len())).find(|&k| {
        let far = k == end + 4;
        (is_household(ctx.word(k)) || lone_child(k)) && (!far || ctx.word(k - 1) == "old")
            || !far && (aged(k) || home_part(k))
    })?;
    // "a cat allergy", "a dragon tattoo", "a fish tank": the animal names something else.
    if is_pet(ctx.word(k))
        && matches!(
            ctx.word(k + 1),
            "allergy"
                | "allergies"
                | "tattoo"
                | "tattoos"
                | "tank"
                | "food"
                | "bed"
                | "sitter"
                | "walker"
                | "toy"
                | "toys"
                | "hair"
                | "costume"
                | "mug"
                | "phobia"
        )
    {
        return None;
    }
    let interrupted = ctx.toks[end..k].iter().any(|t| {
        t.is_stop()
            || matches!(
                t.w.as_str(),
                "for" | "of" | "with" | "to" | "love" | "passion"
            )
    });
    (!interrupted).then_some(k)
}

/// "two cats and a dog" from token `end`: each counted member of the household.
fn members(ctx: &Ctx, mut end: usize, out: &mut Vec<Found>) {
    while let Some(k) = member(ctx, end) {
        // "an iguana", but "a dog" for "an dog".
        let words: Vec<&str> = (end..=k)
            .map(|j| match ctx.word(j) {
                "an" if !ctx.word(j + 1).starts_with(['a', 'e', 'i', 'o', 'u']) => "a",
                w => w,
            })
            .collect();
        out.push(Found::fact(format!("has {}", words.join(" ")), 0.9));
        // "two kids under 5 and a dog": past an age, the next member.
        let mut next = k + 1;
        if matches!(ctx.word(next), "under" | "over" | "aged")
            && crate::extract::topic::is_number(ctx.word(next + 1))
        {
            next += 2;
        }
        if !matches!(ctx.word(next), "and" | ",") {
            break;
        }
        end = next + 1 + usize::from(ctx.word(next + 1) == "and");
    }
}

/// A parent or grandparent, as one is ("I'm a mom") or lives with one ("my mother").
fn is_parent(w: &str) -> bool {
    matches!(
        w,
        "mom"
            | "mother"
            | "mum"
            | "dad"
            | "father"
            | "parent"
            | "grandmother"
            | "grandfather"
            | "grandma"
            | "grandpa"
    )
}

/// Who "I live with" names, from token `at`: "my (elderly) mother", "two roommates", "my
/// parents and my sister" (the first only); not "I live with anxiety".
fn lives_with(ctx: &Ctx, at: usize) -> Option<String> {
    let end = (at..(at + 4).min(ctx.toks.len())).find(|&k| {
        is_household(ctx.word(k))
            || is_parent(ctx.word(k))
            || matches!(
                ctx.word(k),
                "parents"
                    | "grandparents"
                    | "family"
                    | "roommate"
                    | "roommates"
                    | "flatmate"
                    | "flatmates"
                    | "housemate"
                    | "housemates"
                    | "in-laws"
                    | "fiance"
                    | "fiancee"
            )
    })?;
    if ctx.toks[at..end]
        .iter()
        .any(|t| t.is_stop() || t.w == "and")
    {
        return None;
    }
    Some(format!("lives with {}", ctx.words(at, end)))
}

/// How a member of the household eats, as [`member_eats`] words it ("has a vegan
/// wife", "has picky-eater kids"): what a meal for them must suit.
pub(crate) fn is_eating_word(w: &str) -> bool {
    matches!(
        w,
        "vegetarian"
            | "vegan"
            | "pescatarian"
            | "gluten-free"
            | "dairy-free"
            | "keto"
            | "picky-eater"
            | "lactose-intolerant"
            | "celiac"
            | "diabetic"
    )
}

/// The child or partner a statement opens on ("my son ...", "my kids ...", "my wife
/// ..."), and whether they are many (said "are", not "is"): who of the household a fact
/// about their meals, tastes or health is of.
pub(super) fn member_said<'a>(ctx: &'a Ctx) -> Option<(&'a str, bool)> {
    if ctx.word(0) != "my" {
        return None;
    }
    let who = ctx.word(1);
    let many = matches!(
        who,
        "kids"
            | "children"
            | "sons"
            | "daughters"
            | "twins"
            | "toddlers"
            | "teenagers"
            | "teens"
            | "grandkids"
            | "grandchildren"
            | "babies"
            | "boys"
            | "girls"
    );
    (many || is_partner(who) || is_child(who)).then_some((who, many))
}

/// "My kids are picky eaters", "my husband is vegetarian": how someone the person
/// cooks for eats, a fact about the household's meals.
fn member_eats(ctx: &Ctx) -> Option<String> {
    let (who, many) = member_said(ctx)?;
    // "my daughter has celiac (disease)".
    if !many && ctx.word(2) == "has" && matches!(ctx.word(3), "celiac" | "coeliac") {
        return Some(format!("has a celiac {who}"));
    }
    if ctx.word(2) != if many { "are" } else { "is" } {
        return None;
    }
    let mut k = 3;
    let one = !many && ctx.word(k) == "a";
    k += usize::from(one);
    k += usize::from(matches!(
        ctx.word(k),
        "very" | "really" | "super" | "so" | "such"
    ));
    // Said before the person ("a vegetarian husband", "picky-eater kids"): a relative
    // clause is what the preamble tightens away.
    let how = match (ctx.word(k), ctx.word(k + 1)) {
        ("picky", "eaters") if many => "picky-eater",
        ("picky", "eater") if one => "picky-eater",
        // "my husband is lactose intolerant", "my son is celiac".
        ("lactose", "intolerant") if !one => "lactose-intolerant",
        ("coeliac", _) if !one => "celiac",
        (d, _) if is_eating_word(d) && d != "picky-eater" && d != "lactose-intolerant" => d,
        _ => return None,
    };
    let article = if many { "" } else { "a " };
    Some(format!("has {article}{how} {who}"))
}

/// One of the household and what they do, as the extractor words it: "has a son who
/// avoids dairy" is *son*, *avoids dairy*; "has kids who love dinosaurs" is *kids*,
/// *love dinosaurs*.
pub(crate) fn member_doing(topic: &str) -> Option<(&str, &str)> {
    let rest = topic.strip_prefix("has ")?;
    let rest = rest
        .strip_prefix("a ")
        .or_else(|| rest.strip_prefix("an "))
        .unwrap_or(rest);
    let (who, does) = rest.split_once(" who ")?;
    ((is_child(who) || is_partner(who)) && !does.is_empty()).then_some((who, does))
}

/// "My wife doesn't like spicy food", "my kids hate mushrooms", "my son loves
/// Minecraft", "my kids are obsessed with dinosaurs": what one of the household
/// likes or dislikes, as *has a son who loves minecraft*; what a gift, a party, a
/// family day out or a meal for them should suit. A dislike is kept of a food only:
/// "my husband hates museums" is no reason to leave museums out of the person's own
/// plans, while a meal is shared.
fn member_tastes(ctx: &Ctx) -> Vec<String> {
    let Some((who, many)) = member_said(ctx) else {
        return Vec::new();
    };
    // The verb as said of one ("hates", "is into") or of many ("hate", "are into").
    let verbs: &[(&[&str], &[&str], Polarity)] = &[
        (&["loves"], &["love"], Polarity::Like),
        (&["likes"], &["like"], Polarity::Like),
        (&["adores"], &["adore"], Polarity::Like),
        (
            &["is", "obsessed", "with"],
            &["are", "obsessed", "with"],
            Polarity::Like,
        ),
        (&["is", "into"], &["are", "into"], Polarity::Like),
        (
            &["is", "crazy", "about"],
            &["are", "crazy", "about"],
            Polarity::Like,
        ),
        (
            &["is", "a", "fan", "of"],
            &["are", "fans", "of"],
            Polarity::Like,
        ),
        (
            &["does", "not", "like"],
            &["do", "not", "like"],
            Polarity::Dislike,
        ),
        (&["hates"], &["hate"], Polarity::Dislike),
        (&["dislikes"], &["dislike"], Polarity::Dislike),
        (
            &["can", "not", "stand"],
            &["can", "not", "stand"],
            Polarity::Dislike,
        ),
        (
            &["can", "not", "handle"],
            &["can", "not", "handle"],
            Polarity::Dislike,
        ),
        (
            &["is", "not", "a", "fan", "of"],
            &["are", "not", "fans", "of"],
            Polarity::Dislike,
        ),
    ];
    let Some((end, polarity)) = verbs.iter().find_map(|&(one, more, polarity)| {
        ctx.seq(2, if many { more } else { one })
            .map(|(end, _)| (end, polarity))
    }) else {
        return Vec::new();
    };
    let liked = ctx.word(2).starts_with("like");
    let verb = match (polarity, many) {
        (Polarity::Like, false) if liked => "likes",
        (Polarity::Like, true) if liked => "like",
        (Polarity::Like, false) => "loves",
        (Polarity::Like, true) => "love",
        (Polarity::Dislike, false) => "dislikes",
        (Polarity::Dislike, true) => "dislike",
    };
    let article = if many { "" } else { "a " };
    ctx.topics(end)
        .into_iter()
        .filter(|t| {
            // ("my kids like to tease me": about the person, no taste of theirs.)
            !t.split(' ')
                .any(|w| super::is_pronoun(w) || matches!(w, "me" | "my" | "us" | "our"))
                && (polarity == Polarity::Like || is_eaten(t))
        })
        .map(|t| format!("has {article}{who} who {verb} {t}"))
        .collect()
}

/// A food or a kind of food: "spicy food", "mushrooms", "vegetables" (not "food
/// shopping").
pub(crate) fn is_eaten(topic: &str) -> bool {
    crate::domain::taste_kind(topic) == Some(crate::domain::FOOD)
        || topic.rsplit(' ').next().is_some_and(|w| {
            crate::domain::is_food(w)
                || matches!(
                    w,
                    "food" | "foods" | "vegetables" | "veggies" | "greens" | "meat" | "fruit"
                )
        })
}

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    if let Some(child) = aged_child(ctx) {
        out.push(Found::fact(child, 0.85));
    }
    if let Some(child) = travels_with_child(ctx) {
        out.push(Found::fact(child, 0.8));
    }
    if let Some(eats) = member_eats(ctx) {
        out.push(Found::fact(eats, 0.85));
    }
    for taste in member_tastes(ctx) {
        out.push(Found::fact(taste, 0.8));
    }
    if let Some(pet) = pet_spoken_of(ctx) {
        out.push(Found::fact(pet, 0.85));
    }
    for &a in ctx.anchors {
        // "We're expecting our first baby in March", "I'm expecting twins".
        let we = a > 0 && ctx.word(a - 1) == "we";
        let expecting = ctx
            .seq(a, &["am", "expecting"])
            .or_else(|| ctx.seq(a, &["are", "expecting"]).filter(|_| we));
        if let Some((end, _)) = expecting {
            let baby = (end..(end + 4).min(ctx.toks.len()))
                .any(|k| matches!(ctx.word(k), "baby" | "twins" | "child" | "kid"));
            if baby {
                out.push(Found::fact("expecting a baby", 0.9));
                continue;
            }
        }
        // "We just had a baby", "I recently had twins": a newborn at home.
        let born = ["just", "recently"].iter().find_map(|when| {
            ctx.seq(a, &[when, "had", "a", "baby"])
                .or_else(|| ctx.seq(a, &[when, "had", "twins"]))
                .or_else(|| ctx.seq(a, &["have", when, "had", "a", "baby"]))
        });
        // (Not "a baby carrot".)
        let born = born.filter(|&(end, _)| {
            ctx.toks.get(end).map_or(true, Tok::is_stop)
                || matches!(
                    ctx.word(end),
                    "in" | "last" | "this" | "so" | "and" | "but" | "boy" | "girl" | "a"
                )
        });
        if born.is_some() {
            out.push(Found::fact("has a newborn", 0.85));
            continue;
        }
        // "I live alone", "I live with my elderly mother", "I live with roommates":
        // who the person cooks, plans and pays for with.
        if let Some((end, _)) = ctx.seq(a, &["live", "alone"]) {
            // ("I live alone in a flat", "... with my cat"; not "alone time".)
            if ctx.toks.get(end).map_or(true, Tok::is_stop)
                || matches!(
                    ctx.word(end),
                    "in" | "with" | "and" | "so" | "now" | "but" | "since"
                )
            {
                out.push(Found::fact("lives alone", 0.85));
            }
            continue;
        }
        if let Some(with) = ctx
            .seq(a, &["live", "with"])
            .and_then(|(end, _)| lives_with(ctx, end))
            // "I live in Lisbon with my elderly mother".
            .or_else(|| {
                let (end, _) = ctx.seq(a, &["live", "in"])?;
                let with = (end..(end + 5).min(ctx.toks.len()))
                    .take_while(|&k| !ctx.toks[k].is_stop())
                    .find(|&k| ctx.word(k) == "with")?;
                lives_with(ctx, with + 1)
            })
        {
            out.push(Found::fact(with, 0.85));
            continue;
        }
        // "we're a family of four".
        if let Some((end, _)) = ctx.seq(a, &["are", "a", "family", "of"]) {
            if crate::extract::topic::is_number(ctx.word(end)) {
                let topic = format!("has a family of {}", ctx.word(end));
                out.push(Found::fact(topic, 0.85));
                // "a family of five with a golden retriever".
                if ctx.word(end + 1) == "with" {
                    members(ctx, end + 2, out);
                }
                continue;
            }
        }
        // "I have a large family with multiple children", "we're a big family".
        let large = [&["have", "a"][..], &["are", "a"]].iter().any(|pat| {
            ctx.seq(a, pat).is_some_and(|(end, _)| {
                let after = end + 2;
                matches!(ctx.word(end), "large" | "big")
                    && ctx.word(end + 1) == "family"
                    // Not "a big family dinner".
                    && (after >= ctx.toks.len()
                        || ctx.toks[after].is_stop()
                        || matches!(ctx.word(after), "with" | "so" | "and" | "but" | "of")
                        || crate::extract::topic::is_number(ctx.word(after)))
            })
        });
        if large {
            out.push(Found::fact("has a large family", 0.85));
            continue;
        }
        // "I drive an electric car", "I drive a Tesla Model 3", "I ride a motorbike": it
        // decides where to charge, park and stop.
        if let Some(topic) = vehicle(ctx, a) {
            out.push(Found::fact(topic, 0.85));
            continue;
        }
        // "I don't have a car": it decides how every trip is planned. So does getting
        // rid of one ("I sold my car", "I no longer own a car").
        const CARLESS: &[&[&str]] = &[
            &["do", "not", "have", "a", "car"],
            &["do", "not", "own", "a", "car"],
            &["no", "longer", "have", "a", "car"],
            &["no", "longer", "own", "a", "car"],
            &["sold", "my", "car"],
            &["got", "rid", "of", "my", "car"],
            &["gave", "up", "my", "car"],
        ];
        let carless = CARLESS.iter().any(|pat| ctx.seq(a, pat).is_some());
        if carless {
            out.push(Found::fact("has no car", 0.85));
            continue;
        }
        // "I don't drive", "I can't drive, so ..." (not "I don't drive at night" or "I
        // can't drive stick": a limit, not a fact of life).
        // "I can't swim", "I don't know how to swim": what a snorkelling trip or a
        // boat must allow for (not "I can't swim today").
        let plainly = |end: usize| {
            ctx.toks.get(end).map_or(true, |t| t.is_stop())
                || matches!(
                    ctx.word(end),
                    "so" | "and" | "but" | "anymore" | "either" | "yet"
                )
        };
        let said_not = |verb: &str| {
            [
                &["do", "not", verb][..],
                &["can", "not", verb],
                &["do", "not", "know", "how", "to", verb],
            ]
            .iter()
            .find_map(|pat| ctx.seq(a, pat))
            .is_some_and(|(end, _)| plainly(end))
        };
        // "I don't have (much) time to cook", "I never have time to cook": what a recipe
        // must fit. (`seq` skips "much" as a degree.)
        let rushed = [
            &["do", "not", "have", "time", "to", "cook"][..],
            &["have", "no", "time", "to", "cook"],
            &["have", "little", "time", "to", "cook"],
            &["never", "have", "time", "to", "cook"],
        ]
        .iter()
        .any(|pat| ctx.seq(a, pat).is_some());
        if rushed {
            out.push(Found::fact("has little time to cook", 0.85));
            continue;
        }
        if said_not("drive") {
            out.push(Found::fact("does not drive", 0.85));
            continue;
        }
        if said_not("swim") {
            out.push(Found::fact("does not swim", 0.85));
            continue;
        }
        if let Some(tenure) = tenure(ctx, a) {
            out.push(Found::fact(tenure, 0.85));
            continue;
        }
        // "I don't have an oven", "I have an air fryer", "I only have a microwave and a
        // kettle": what a recipe can use.
        if let Some((end, _)) = ctx.seq(a, &["do", "not", "have"]) {
            let end = end + usize::from(matches!(ctx.word(end), "a" | "an" | "any"));
            if let Some(k) = lacked(ctx, end) {
                out.push(Found::fact(format!("has no {}", ctx.words(end, k)), 0.85));
                continue;
            }
        }
        // "I live in a dorm with no kitchen", "a studio without an oven".
        let lacking = (a..ctx.toks.len()).find_map(|j| {
            let at = match ctx.word(j) {
                "with" if ctx.word(j + 1) == "no" => j + 2,
                "without" => j + 1 + usize::from(matches!(ctx.word(j + 1), "a" | "an" | "any")),
                _ => return None,
            };
            lacked(ctx, at).map(|k| ctx.words(at, k))
        });
        if let Some(name) = lacking {
            out.push(Found::fact(format!("has no {name}"), 0.85));
        }
        // "I swear by my Instant Pot", "I'm obsessed with my air fryer": an appliance of
        // one's own (not one sold, wanted or broken).
        // ("my new air fryer": the newness is no part of what one has.)
        let mine = (a..ctx.toks.len())
            .filter(|&j| ctx.word(j) == "my")
            .map(|j| j + usize::from(ctx.word(j + 1) == "new"))
            .find(|&j| appliance(ctx, j + 1).is_some());
        if let Some(j) = mine {
            let gone = (a..j).any(|k| {
                matches!(
                    ctx.word(k),
                    "not"
                        | "no"
                        | "sold"
                        | "sell"
                        | "selling"
                        | "returned"
                        | "return"
                        | "replace"
                        | "replacing"
                        | "want"
                        | "need"
                        | "buy"
                        | "buying"
                        | "get"
                        | "getting"
                        | "rid"
                        | "gave"
                        | "lost"
                        | "broke"
                        | "miss"
                        | "used"
                )
            });
            if let Some(k) = appliance(ctx, j + 1).filter(|_| !gone) {
                let name = ctx.words(j + 1, k);
                let article = if name.starts_with(['a', 'e', 'i', 'o', 'u']) {
                    "an"
                } else {
                    "a"
                };
                out.push(Found::fact(format!("has {article} {name}"), 0.8));
            }
        }
        // "I only have dumbbells at home", "I don't have any equipment": what a workout
        // can use.
        if let Some(kit) = workout_kit(ctx, a) {
            out.push(Found::fact(kit, 0.85));
            continue;
        }
        if let Some((end, _)) = ctx.seq(a, &["have"]) {
            let only = ctx.toks[a..end].iter().any(|t| t.w == "only");
            let mut at = end;
            let mut kit = Vec::new();
            while matches!(ctx.word(at), "a" | "an") {
                let Some(k) = appliance(ctx, at + 1) else {
                    break;
                };
                let name = ctx.words(at + 1, k);
                // The article follows the name it now stands before: "an air fryer".
                let article = if name.starts_with(['a', 'e', 'i', 'o', 'u']) {
                    "an"
                } else {
                    "a"
                };
                kit.push(format!("{article} {name}"));
                at = k + 1;
                if ctx.word(at) != "and" && ctx.word(at) != "," {
                    break;
                }
                at += 1 + usize::from(ctx.word(at + 1) == "and");
            }
            if !kit.is_empty() {
                let kit = kit.join(" and ");
                let only = if only { "only " } else { "" };
                out.push(Found::fact(format!("has {only}{kit}"), 0.85));
                continue;
            }
        }
        // "We just adopted a rescue greyhound", "I just got a puppy": a pet come home.
        let adopted = ctx
            .seq(a, &["adopted"])
            .or_else(|| ctx.seq(a, &["have", "adopted"]))
            .or_else(|| ctx.seq(a, &["got"]).filter(|_| ctx.word(a) == "just"))
            .and_then(|(end, _)| Some(end).zip(member(ctx, end)))
            .filter(|&(_, k)| is_pet(ctx.word(k)));
        if let Some((end, k)) = adopted {
            out.push(Found::fact(format!("has {}", ctx.words(end, k)), 0.85));
            continue;
        }
        if let Some((end, _)) = ctx
            .seq(a, &["have"])
            .or_else(|| ctx.seq(a, &["have", "got"]))
            .or_else(|| ctx.seq(a, &["own"]))
        {
            let end = if ctx.word(end) == "got" { end + 1 } else { end };
            // "I have kids", "I have young children": children, uncounted.
            let young = usize::from(matches!(ctx.word(end), "young" | "small" | "little"));
            if matches!(ctx.word(end + young), "kids" | "children")
                && ctx.toks.get(end + young + 1).map_or(true, |t| {
                    t.is_stop() || matches!(t.w.as_str(), "and" | "so" | "who")
                })
            {
                out.push(Found::fact(
                    format!("has {}", ctx.words(end, end + young)),
                    0.9,
                ));
                continue;
            }
            members(ctx, end, out);
            continue;
        }
        if let Some((end, _)) = ctx.seq(a, &["am"]) {
            let mut e = end;
            if matches!(ctx.word(e), "a" | "an") {
                e += 1;
            }
            // "I'm 7 months pregnant", "I'm 20 weeks pregnant", "I'm 6 weeks postpartum".
            if crate::extract::topic::is_number(ctx.word(e))
                && matches!(ctx.word(e + 1), "months" | "weeks")
                && matches!(ctx.word(e + 2), "pregnant" | "postpartum")
            {
                e += 2;
            }
            // "I'm a first-time mom", "I'm a new dad": a parent new to it all, and a
            // new one's baby.
            let fresh = first_time(ctx, e);
            if fresh > 0 && e > end && is_parent(ctx.word(e + fresh)) {
                let fact = if ctx.word(e) == "new" {
                    "has a newborn"
                } else {
                    "a first-time parent"
                };
                out.push(Found::fact(fact, 0.85));
                continue;
            }
            // "a stay-at-home dad with two toddlers": the job is fact_occupation's; the
            // children are the household's.
            let at_home = if ctx.word(e) == "stay-at-home" {
                1
            } else if ctx.seq(e, &["stay", "at", "home"]).is_some() {
                3
            } else {
                0
            };
            e += at_home;
            // "I'm a dog mom", "a cat dad": a pet's keeper, not a parent.
            let pet = e + usize::from(ctx.word(e) == "proud");
            if is_pet(ctx.word(pet))
                && matches!(ctx.word(pet + 1), "mom" | "mum" | "dad" | "mama" | "parent")
            {
                out.push(Found::fact(format!("has a {}", ctx.word(pet)), 0.85));
                continue;
            }
            let topic = match ctx.word(e) {
                "married" | "single" | "divorced" | "engaged" | "widowed" | "pregnant"
                | "breastfeeding" | "postpartum" => ctx.word(e).to_owned(),
                // ("a mom of three", "a dad of two boys", not "the mother of dragons".)
                w if is_parent(w)
                    && e > end
                    && (ctx.word(e + 1) != "of" || counts_children(ctx, e + 2)) =>
                {
                    "parent".to_owned()
                }
                _ => continue,
            };
            // "a single dad": single, and a parent.
            let parent = topic == "single"
                && matches!(
                    ctx.word(e + 1),
                    "mom" | "mother" | "dad" | "father" | "parent"
                );
            if at_home == 0 {
                out.push(Found::fact(topic.clone(), 0.9));
            }
            if parent {
                out.push(Found::fact("parent", 0.9));
            }
            // "a single dad with two teenagers", "a single mom of two sons": the children.
            let after = e + 1 + usize::from(parent);
            if (parent || topic == "parent") && matches!(ctx.word(after), "with" | "of") {
                if let Some(child) = (after + 1..(after + 5).min(ctx.toks.len()))
                    .take_while(|&k| !matches!(ctx.word(k), "," | "and" | "who" | "that"))
                    .find(|&k| is_child(ctx.word(k)))
                {
                    out.push(Found::fact(
                        format!("has {}", ctx.words(after + 1, child)),
                        0.9,
                    ));
                } else if ctx.word(after) == "of" && counts_children(ctx, after + 1) {
                    // "a mom of three": that many children ("a dad of one": one child).
                    let kids = match ctx.word(after + 1) {
                        "one" | "1" => "has one kid".to_owned(),
                        n => format!("has {n} kids"),
                    };
                    out.push(Found::fact(kids, 0.9));
                } else if ctx.word(after) == "with" {
                    // "a single mom with two cats".
                    members(ctx, after + 1, out);
                }
            }
        }
    }
}

/// A count of children at token `at`, after "a mom of": "three", "2", "twins".
fn counts_children(ctx: &Ctx, at: usize) -> bool {
    let w = ctx.word(at);
    w == "twins"
        || crate::extract::topic::is_number(w)
            && !matches!(ctx.word(at + 1), "dogs" | "cats" | "pets")
}

/// "My kids are 4 and 7", "my son is 5", "my daughter just turned 12": the person's
/// child, named by age.
fn aged_child(ctx: &Ctx) -> Option<String> {
    if ctx.word(0) != "my" {
        return None;
    }
    let child = ctx.word(1);
    let mut k = 2 + usize::from(ctx.word(2) == "just");
    if !matches!(ctx.word(k), "is" | "are" | "turned" | "turns") {
        return None;
    }
    k += 1;
    if !crate::extract::topic::is_number(ctx.word(k)) {
        return None;
    }
    match child {
        "kids" | "children" => Some(format!("has {child}")),
        "son" | "daughter" | "baby" | "toddler" => Some(format!("has a {child}")),
        _ => None,
    }
}

/// "We travel with a toddler", "I fly with my two kids": the children the person goes
/// about with (not "travel with friends", "fly with a cold").
fn travels_with_child(ctx: &Ctx) -> Option<String> {
    let v = ctx.anchors.iter().find_map(|&a| {
        (a..(a + 3).min(ctx.toks.len())).find(|&k| {
            matches!(
                ctx.word(k),
                "travel" | "traveling" | "travelling" | "fly" | "flying" | "go"
            ) && ctx.word(k + 1) == "with"
        })
    })?;
    let mut k = v + 2;
    let own = matches!(ctx.word(k), "my" | "our");
    k += usize::from(own);
    let count = ctx.word(k);
    let counted = crate::extract::topic::is_number(count) || matches!(count, "a" | "an");
    k += usize::from(counted);
    let child = ctx.word(k);
    if !is_child(child) {
        return None;
    }
    Some(if counted {
        format!("has {count} {child}")
    } else if child.ends_with('s') {
        format!("has {child}")
    } else {
        format!("has a {child}")
    })
}

/// "My dog is a senior golden retriever", "my cats hate the vet": the person's pet, the
/// subject of what is said of it (not "my dog died": [`pet_gone`]).
pub(crate) fn pet_spoken_of(ctx: &Ctx) -> Option<String> {
    let at = usize::from(ctx.word(0) == "and");
    if !matches!(ctx.word(at), "my" | "our") {
        return None;
    }
    let pet = ctx.word(at + 1);
    let said = matches!(
        ctx.word(at + 2),
        "is" | "are"
            | "has"
            | "have"
            | "loves"
            | "love"
            | "needs"
            | "need"
            | "gets"
            | "get"
            | "sleeps"
            | "sleep"
            | "eats"
            | "eat"
            | "hates"
            | "hate"
            | "likes"
            | "like"
    );
    if !is_pet(pet) || !said || matches!(pet, "pet" | "pets") {
        return None;
    }
    Some(if pet.ends_with('s') && pet != "fish" {
        format!("has {pet}")
    } else {
        format!("has {}", a(pet))
    })
}

/// The vehicle the person drives or rides, from the anchor `a`: a kind of vehicle within
/// three words ("an old electric car") or a make written with capitals ("a Tesla Model
/// 3", "an old Honda Civic"); not "I drive a hard bargain".
fn vehicle(ctx: &Ctx, a: usize) -> Option<String> {
    let (end, verb) = [("drive", "drives"), ("ride", "rides")]
        .iter()
        .find_map(|&(v, said)| ctx.seq(a, &[v, "a"]).map(|(end, _)| (end, said)))?;
    let is_kind = |w: &str| {
        matches!(
            w,
            "car"
                | "suv"
                | "truck"
                | "van"
                | "minivan"
                | "ev"
                | "hybrid"
                | "motorcycle"
                | "motorbike"
                | "scooter"
                | "moped"
                | "pickup"
        ) || verb == "rides" && w == "horse"
    };
    let last = match (end..(end + 3).min(ctx.toks.len())).find(|&k| is_kind(ctx.word(k))) {
        Some(k) => k,
        None => {
            // A make: past a few plain adjectives, capitalised words (and a model number).
            let mut s = end;
            // ("a 2015 Toyota Corolla": a year may come first.)
            let year = |w: &str| w.len() == 4 && crate::extract::topic::is_number(w);
            while matches!(
                ctx.word(s),
                "old" | "new" | "used" | "small" | "little" | "big"
            ) || year(ctx.word(s))
            {
                s += 1;
            }
            let model_number = |w: &str| {
                w.chars().all(|c| c.is_ascii_alphanumeric())
                    && w.chars().any(|c| c.is_ascii_digit())
            };
            let named = (s..(s + 4).min(ctx.toks.len()))
                .take_while(|&k| ctx.capital(k) || k > s && model_number(ctx.word(k)))
                .last();
            named.filter(|_| verb == "drives" && ctx.capital(s))?
        }
    };
    if ctx.toks[end..last].iter().any(Tok::is_stop) {
        return None;
    }
    let article = ctx.word(end - 1);
    Some(format!("{verb} {article} {}", ctx.words(end, last)))
}

/// A one-word name of a kitchen or laundry appliance, or the last word of a two-word
/// one ("fryer" of "air fryer"): what a recipe or a chore can rely on.
pub(crate) fn is_appliance(w: &str) -> bool {
    matches!(
        w,
        "oven"
            | "microwave"
            | "dishwasher"
            | "stove"
            | "stovetop"
            | "blender"
            | "grill"
            | "freezer"
            | "kettle"
            | "toaster"
            | "airfryer"
            | "fryer"
            | "cooker"
            | "hob"
            | "dryer"
            | "bbq"
    )
}

/// An appliance named by two words ("air fryer", "instant pot").
fn is_appliance_pair(a: &str, b: &str) -> bool {
    matches!(
        (a, b),
        ("air", "fryer")
            | ("slow", "cooker")
            | ("instant", "pot")
            | ("pressure", "cooker")
            | ("food", "processor")
            | ("rice", "cooker")
            | ("washing", "machine")
            | ("stand", "mixer")
    )
}

/// Whether `text`'s words name an appliance, by one word or two ("has an instant pot"),
/// or the kitchen ("has no kitchen").
pub(crate) fn names_appliance(text: &str) -> bool {
    let words: Vec<&str> = text.split(' ').collect();
    words.iter().any(|w| is_appliance(w) || *w == "kitchen")
        || words.windows(2).any(|p| is_appliance_pair(p[0], p[1]))
}

/// Exercise equipment, by one of the words that name it.
pub(crate) fn is_workout_kit(w: &str) -> bool {
    matches!(
        w,
        "dumbbell"
            | "dumbbells"
            | "kettlebell"
            | "kettlebells"
            | "barbell"
            | "barbells"
            | "treadmill"
            | "rower"
            | "bands"
            | "equipment"
    )
}

/// "I only have dumbbells (at home)", "I have a treadmill", "I have resistance bands",
/// "I don't have any (gym) equipment", from the anchor `a`: the fact, as "has only
/// dumbbells", "has a treadmill", "has no workout equipment".
fn workout_kit(ctx: &Ctx, a: usize) -> Option<String> {
    if let Some((end, _)) = ctx.seq(a, &["do", "not", "have"]) {
        let k = end + usize::from(matches!(ctx.word(end), "any" | "much"));
        let k = k + usize::from(matches!(
            ctx.word(k),
            "gym" | "workout" | "exercise" | "fitness"
        ));
        return (ctx.word(k) == "equipment").then(|| "has no workout equipment".to_owned());
    }
    let (end, _) = ctx.seq(a, &["have"])?;
    let only = ctx.toks[a..end].iter().any(|t| t.w == "only");
    // "a pair of dumbbells", "some kettlebells", "a treadmill", "resistance bands".
    let mut at = end;
    for lead in [
        &["a", "pair", "of"][..],
        &["some"],
        &["a"],
        &["an"],
        &["two"],
    ] {
        if lead
            .iter()
            .enumerate()
            .all(|(i, w)| ctx.word(end + i) == *w)
        {
            at = end + lead.len();
            break;
        }
    }
    let name = match (ctx.word(at), ctx.word(at + 1)) {
        ("resistance", "bands") => "resistance bands",
        ("pull-up" | "pullup", "bar") => "pull-up bar",
        ("exercise" | "stationary", "bike") => "exercise bike",
        ("yoga", "mat") => "yoga mat",
        ("rowing", "machine") => "rowing machine",
        (w, _) if is_workout_kit(w) && !matches!(w, "bands" | "equipment") => w,
        _ => return None,
    };
    let name = match name {
        plural if plural.ends_with('s') => plural.to_owned(),
        vowel if vowel.starts_with(['a', 'e', 'i', 'o', 'u']) => format!("an {vowel}"),
        one => format!("a {one}"),
    };
    let only = if only { "only " } else { "" };
    Some(format!("has {only}{name}"))
}

/// What a home lacks, named from token `at`: an [`appliance`], or the kitchen itself
/// ("I live in a dorm with no kitchen": having one says nothing, lacking one rules out
/// any recipe but the simplest).
fn lacked(ctx: &Ctx, at: usize) -> Option<usize> {
    let kitchen = ctx.word(at) == "kitchen"
        && ctx
            .toks
            .get(at + 1)
            .map_or(true, |t| t.is_stop() || t.w == "and");
    appliance(ctx, at).or(kitchen.then_some(at))
}

/// A kitchen or laundry appliance named from token `at` ("oven", "air fryer", "gas
/// stove"): the token where its name ends.
fn appliance(ctx: &Ctx, at: usize) -> Option<usize> {
    let single = is_appliance;
    let double = is_appliance_pair;
    // "a gas stove", "an electric oven": one describing word may come first.
    let plain = matches!(
        ctx.word(at),
        "gas" | "electric" | "induction" | "small" | "tiny" | "toaster"
    );
    let named_next = single(ctx.word(at + 1)) || double(ctx.word(at + 1), ctx.word(at + 2));
    let from = at + usize::from(plain && named_next);
    let end = if double(ctx.word(from), ctx.word(from + 1)) {
        from + 1
    } else if single(ctx.word(from)) {
        from
    } else {
        return None;
    };
    // The appliance ends the phrase: not "an oven mitt".
    let next = ctx.toks.get(end + 1);
    (next.map_or(true, Tok::is_stop)
        || matches!(
            ctx.word(end + 1),
            "and" | "so" | "but" | "or" | "at" | "in" | "here"
        ))
    .then_some(end)
}

/// Whether the person rents or owns their home, from the anchor `a`: "I rent", "I'm a
/// renter", "I own my house", "I'm a first-time homeowner". It decides what changes a
/// home can take. "I'm a first-time home buyer", "we're buying our first house": a
/// home to come, and a mortgage to learn.
fn tenure(ctx: &Ctx, a: usize) -> Option<&'static str> {
    const BUYER: &str = "a first-time home buyer";
    let home = |w: &str| {
        matches!(
            w,
            "home" | "house" | "apartment" | "flat" | "condo" | "place"
        )
    };
    // ("a tiny flat", "a small apartment": a size or two before the home.)
    let sized = |k: usize| {
        k + (0..2)
            .take_while(|&j| {
                matches!(
                    ctx.word(k + j),
                    "tiny" | "small" | "little" | "big" | "one-bedroom" | "two-bedroom" | "studio"
                )
            })
            .count()
    };
    if let Some((end, _)) = ctx.seq(a, &["rent"]) {
        let bare = ctx.toks.get(end).map_or(true, Tok::is_stop)
            || matches!(ctx.word(end), "so" | "and" | "but")
            || matches!(ctx.word(end), "a" | "an" | "my") && home(ctx.word(sized(end + 1)));
        return (bare && !ctx.toks[a..end].iter().any(|t| t.w == "to")).then_some("a renter");
    }
    // "I own my house", "we own our home", "we just bought our first house".
    let owned = ctx
        .seq(a, &["own", "my"])
        .or_else(|| ctx.seq(a, &["own", "our"]))
        .or_else(|| ctx.seq(a, &["bought", "our", "first"]))
        .or_else(|| ctx.seq(a, &["bought", "my", "first"]));
    if let Some((end, _)) = owned {
        return home(ctx.word(end)).then_some("a homeowner");
    }
    let buying = ctx
        .seq(a, &["am", "buying", "my", "first"])
        .or_else(|| ctx.seq(a, &["am", "buying", "our", "first"]));
    if let Some((end, _)) = buying {
        return home(ctx.word(end)).then_some(BUYER);
    }
    // "I'm a first-time homeowner", "I'm a first-time buyer", "we're first time home
    // buyers".
    let (end, _) = ctx.seq(a, &["am"])?;
    let article = usize::from(matches!(ctx.word(end), "a" | "an"));
    let at = end + article;
    let first_time = first_time(ctx, at);
    let at = at + first_time;
    let buyer = |k: usize| matches!(ctx.word(k), "buyer" | "buyers");
    match ctx.word(at) {
        "renter" | "tenant" if article == 1 => Some("a renter"),
        "homeowner" | "home-owner" if article == 1 => Some("a homeowner"),
        "homebuyer" | "homebuyers" | "home-buyer" if first_time > 0 => Some(BUYER),
        "home" if first_time > 0 && buyer(at + 1) => Some(BUYER),
        _ if first_time > 0 && ctx.word(at - 1) != "new" && buyer(at) => Some(BUYER),
        _ => None,
    }
}
