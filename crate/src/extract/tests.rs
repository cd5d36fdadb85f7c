//! Extraction pinned on plain sentences: one test per rule behaviour and per guard.

use std::time::{Duration, Instant};

use super::extract;
use crate::item::Kind::{self, Fact, Preference, Style};
use crate::item::Polarity::{self, Dislike, Like};

#[track_caller]
fn assert_extracts(text: &str, expected: &[(&str, Polarity, Kind)]) {
    let got: Vec<(String, Polarity, Kind)> = extract(text)
        .into_iter()
        .map(|i| (i.topic, i.polarity, i.kind))
        .collect();
    let want: Vec<(String, Polarity, Kind)> = expected
        .iter()
        .map(|(t, p, k)| (t.to_string(), *p, *k))
        .collect();
    assert_eq!(got, want, "extracting from {text:?}");
}

#[track_caller]
fn assert_nothing(text: &str) {
    let got = extract(text);
    assert!(
        got.is_empty(),
        "expected nothing from {text:?}, got {got:#?}"
    );
}

#[track_caller]
fn intensity(text: &str) -> f32 {
    let items = extract(text);
    assert_eq!(
        items.len(),
        1,
        "expected one item from {text:?}, got {items:#?}"
    );
    items[0].intensity
}

// --- like / dislike ---------------------------------------------------------

#[test]
fn plain_dislike_keeps_the_modifier_in_the_topic() {
    assert_extracts(
        "I don't like very sweet desserts",
        &[("very sweet desserts", Dislike, Preference)],
    );
}

#[test]
fn plain_like() {
    assert_extracts("I love jazz.", &[("jazz", Like, Preference)]);
    assert_extracts(
        "I really like board games",
        &[("board games", Like, Preference)],
    );
}

#[test]
fn a_doing_one_would_love_is_liked() {
    assert_extracts(
        "I'd love living close to the mountains.",
        &[("living close to mountains", Like, Preference)],
    );
    assert_extracts(
        "I would really enjoy working from home someday.",
        &[("working from home", Like, Preference)],
    );
    // Asking for something, someone else's, or a question: nothing.
    assert_nothing("I'd love a recipe for lasagna.");
    assert_nothing("I'd love to know more about Rome.");
    assert_nothing("I'd love getting some tips on knitting.");
    assert_nothing("My wife would love living in Paris.");
    assert_nothing("Would you love living here?");
    // A pastime one longs to take up is liked too; asking to be shown or told is not.
    assert_extracts(
        "i would love to travel to italy. i love baking cookies.",
        &[
            ("traveling to italy", Like, Preference),
            ("baking cookies", Like, Preference),
        ],
    );
    assert_extracts(
        "I'd love to go hiking this weekend, any trails near Denver?",
        &[("hiking", Like, Preference)],
    );
    assert_nothing("I'd love to see an example.");
    assert_nothing("I'd love to play a game with you.");
    assert_nothing("i would love to ride my bike there");
}

#[test]
fn a_need_a_way_one_works_best_and_a_best_approach_are_likes() {
    assert_extracts(
        "I require a quiet room.",
        &[("quiet room", Like, Preference)],
    );
    // Up to the comma: the filter's list is no part of the need.
    assert_extracts(
        "I require a vehicle with an advanced air filtration system that can remove pollen, dust, and other allergens.",
        &[(
            "vehicle with advanced air filtration system that can remove pollen",
            Like,
            Preference,
        )],
    );
    assert_nothing("I require assistance with my essay.");
    // What a choice must meet, up to what it is for.
    assert_extracts(
        "I need on-site childcare services to be considered when choosing my next job.",
        &[("on-site childcare services", Like, Preference)],
    );
    assert_extracts(
        "I need a quiet room when choosing a hotel.",
        &[("quiet room", Like, Preference)],
    );
    assert_nothing("I need help when choosing a laptop.");
    assert_nothing("I need a nap.");
    assert_nothing("I need to relax when choosing a vacation.");
    assert_nothing("I need my glasses when looking at the stars.");
    assert_extracts(
        "I learn best through hands-on projects.",
        &[("hands-on projects", Like, Preference)],
    );
    assert_extracts(
        "I work best with background music.",
        &[("background music", Like, Preference)],
    );
    assert_extracts(
        "I firmly believe that self-directed, self-paced learning is the most effective approach for me.",
        &[("self-directed self-paced learning", Like, Preference)],
    );
    assert_nothing("I believe that cats are smarter than dogs.");
    assert_nothing("I believe that it is the best way to do it.");
    // Comma-joined participles describe one thing.
    assert_extracts(
        "I love organized, tidy spaces.",
        &[("organized tidy spaces", Like, Preference)],
    );
}

#[test]
fn what_one_refuses_to_feed_a_pet_is_disliked() {
    assert_extracts(
        "I refuse to feed my cat any commercial cat food brands.",
        &[("commercial cat food brands", Dislike, Preference)],
    );
    assert_extracts(
        "I never serve my guests anything with peanuts.",
        &[("peanuts", Dislike, Preference)],
    );
    assert_extracts(
        "I only want to feed my cat homemade, natural food.",
        &[("homemade natural food for my cat", Like, Preference)],
    );
}

#[test]
fn two_verbs_sharing_what_is_refused_leave_the_thing() {
    assert_extracts(
        "I'm an avid vegan and refuse to participate in or support any activities that exploit animals.",
        &[("activities that exploit animals", Dislike, Preference)],
    );
    // Two verbs of a relative clause share its object.
    assert_extracts(
        "I love books that inspire or challenge me.",
        &[("books that inspire or challenge me", Like, Preference)],
    );
    // Comma-joined "-run" and "-owned" describe one thing.
    assert_extracts(
        "I prefer family-run, locally-owned restaurants.",
        &[("family-run locally-owned restaurants", Like, Preference)],
    );
}

#[test]
fn a_participle_after_and_says_more_of_the_thing_before() {
    assert_extracts(
        "I love eco-friendly hiking gear made from recycled materials and sold by small local shops.",
        &[(
            "eco-friendly hiking gear made from recycled materials",
            Like,
            Preference,
        )],
    );
    assert_extracts(
        "I love tomatoes and grown-up cartoons.",
        &[
            ("tomatoes", Like, Preference),
            ("grown-up cartoons", Like, Preference),
        ],
    );
}

#[test]
fn trailing_filler_is_dropped_from_the_topic() {
    assert_extracts("I like hiking very much", &[("hiking", Like, Preference)]);
    assert_extracts(
        "I don't like olives at all",
        &[("olives", Dislike, Preference)],
    );
    assert_extracts(
        "i love crosswords a lot",
        &[("crosswords", Like, Preference)],
    );
    assert_extracts(
        "I prefer savory dishes exclusively.",
        &[("savory dishes", Like, Preference)],
    );
}

#[test]
fn an_infinitive_becomes_a_gerund() {
    assert_extracts("I like to swim", &[("swimming", Like, Preference)]);
    assert_extracts("I love to go camping", &[("camping", Like, Preference)]);
    // "a good X": the praise is the speaker's.
    assert_extracts(
        "I love a good true crime podcast",
        &[("true crime podcast", Like, Preference)],
    );
    // Going is how, not what: "go hiking", "going fishing" are the activity.
    assert_extracts("I'd rather go hiking", &[("hiking", Like, Preference)]);
    assert_extracts("i love going fishing", &[("fishing", Like, Preference)]);
    assert_extracts(
        "I love going to concerts",
        &[("going to concerts", Like, Preference)],
    );
}

#[test]
fn intensity_orders_the_cues() {
    let adore = intensity("I adore ramen");
    let love = intensity("I love ramen");
    let like = intensity("I like ramen");
    let dont_mind = intensity("I don't mind ramen");
    assert!(
        adore > like && love > like && like > dont_mind,
        "{adore} {love} {like} {dont_mind}"
    );
    let cant_stand = intensity("I can't stand mayo");
    let hate = intensity("I hate mayo");
    let dont_like = intensity("I don't like mayo");
    let not_a_fan = intensity("I'm not a fan of mayo");
    assert!(cant_stand > dont_like && hate > dont_like && dont_like > not_a_fan);
    for x in [
        adore, love, like, dont_mind, cant_stand, hate, dont_like, not_a_fan,
    ] {
        assert!(x > 0.0 && x <= 1.0);
    }
}

#[test]
fn dont_mind_is_a_weak_like() {
    assert_extracts(
        "I don't mind rainy weather",
        &[("rainy weather", Like, Preference)],
    );
}

#[test]
fn dislike_variants() {
    assert_extracts(
        "I detest reality TV",
        &[("reality tv", Dislike, Preference)],
    );
    assert_extracts(
        "I can't stand loud restaurants",
        &[("loud restaurants", Dislike, Preference)],
    );
    assert_extracts(
        "I'm not a fan of horror films",
        &[("horror films", Dislike, Preference)],
    );
    assert_extracts(
        "I have a strong aversion to crowded beaches",
        &[("crowded beaches", Dislike, Preference)],
    );
    assert_extracts(
        "I have a phobia of spiders",
        &[("spiders", Dislike, Preference)],
    );
}

#[test]
fn several_items_in_one_message() {
    assert_extracts(
        "I love sushi. I hate olives, and I enjoy long walks.",
        &[
            ("sushi", Like, Preference),
            ("olives", Dislike, Preference),
            ("long walks", Like, Preference),
        ],
    );
}

#[test]
fn coordinated_objects_become_separate_items() {
    assert_extracts(
        "I love hiking and kayaking",
        &[("hiking", Like, Preference), ("kayaking", Like, Preference)],
    );
}

#[test]
fn a_lone_adjective_joins_the_next_conjunct() {
    assert_extracts(
        "I avoid noisy or crowded bars",
        &[("noisy crowded bars", Dislike, Preference)],
    );
}

#[test]
fn a_subjectless_verb_after_and_keeps_the_first_person() {
    assert_extracts(
        "I like to paint, and love pottery.",
        &[
            ("painting", Like, Preference),
            ("pottery", Like, Preference),
        ],
    );
}

#[test]
fn a_dropped_subject_at_sentence_start_is_first_person() {
    assert_extracts("Love a good thriller.", &[("thriller", Like, Preference)]);
    assert_extracts(
        "Not a fan of cilantro.",
        &[("cilantro", Dislike, Preference)],
    );
}

#[test]
fn any_ly_adverb_may_colour_a_cue() {
    assert_extracts("I secretly love karaoke", &[("karaoke", Like, Preference)]);
    assert_extracts(
        "I myself like crosswords",
        &[("crosswords", Like, Preference)],
    );
    // Adverbs that deny or hedge the cue do not.
    assert_nothing("I rarely enjoy musicals");
    assert_nothing("I probably like opera");
}

#[test]
fn a_later_infinitive_conjunct_that_is_no_verb_stays_a_noun() {
    assert_extracts(
        "I like to collect stamps and coins",
        &[
            ("collecting stamps", Like, Preference),
            ("coins", Like, Preference),
        ],
    );
    assert_extracts(
        "I like to write songs and poetry",
        &[
            ("writing songs", Like, Preference),
            ("poetry", Like, Preference),
        ],
    );
    assert_extracts(
        "I love to bake, even on weekdays",
        &[("baking", Like, Preference)],
    );
}

#[test]
fn a_filler_word_is_never_a_topic() {
    assert_extracts(
        "I love rice but not risotto, since I eat light",
        &[("rice", Like, Preference), ("risotto", Dislike, Preference)],
    );
    assert_nothing("I eat porridge, I do not eat otherwise");
}

// --- contrast ---------------------------------------------------------------

#[test]
fn contrast_but_not_flips_polarity() {
    assert_extracts(
        "I like tea but not coffee",
        &[("tea", Like, Preference), ("coffee", Dislike, Preference)],
    );
}

#[test]
fn contrast_with_its_own_verb() {
    assert_extracts(
        "I love cats, but I hate hamsters",
        &[
            ("cats", Like, Preference),
            ("hamsters", Dislike, Preference),
        ],
    );
    assert_extracts(
        "I enjoy rock however I dislike metal",
        &[("rock", Like, Preference), ("metal", Dislike, Preference)],
    );
}

#[test]
fn contrast_comma_not() {
    assert_extracts(
        "I like dogs, not cats",
        &[("dogs", Like, Preference), ("cats", Dislike, Preference)],
    );
}

#[test]
fn contrast_in_the_next_sentence() {
    assert_extracts(
        "I enjoy baking bread. Not cakes though.",
        &[
            ("baking bread", Like, Preference),
            ("cakes", Dislike, Preference),
        ],
    );
}

// --- changes of mind --------------------------------------------------------

/// What `text` yields, each item with whether it is said as a change of mind.
fn revisions(text: &str) -> Vec<(String, Polarity, bool)> {
    extract(text)
        .into_iter()
        .map(|i| (i.topic, i.polarity, i.revises))
        .collect()
}

#[test]
fn a_change_of_mind_is_marked_and_its_pronoun_found_across_the_turn() {
    for (text, topic, polarity) in [
        (
            "I used to love sushi but now I can't stand it.",
            "sushi",
            Dislike,
        ),
        ("I used to hate running, now I love it.", "running", Like),
        ("I used to hate running. Now I love it.", "running", Like),
        ("I don't like sushi anymore.", "sushi", Dislike),
        ("I don't like sushi any more", "sushi", Dislike),
        ("I no longer eat meat.", "meat", Dislike),
        ("These days I prefer tea.", "tea", Like),
        ("Nowadays I hate horror movies.", "horror movies", Dislike),
        ("I've started enjoying jazz.", "jazz", Like),
        ("I've grown to like olives.", "olives", Like),
        ("I've come to love jazz.", "jazz", Like),
        ("I stopped drinking coffee.", "coffee", Dislike),
        ("I've stopped eating meat.", "meat", Dislike),
        ("I gave up sugar.", "sugar", Dislike),
        ("I quit coffee.", "coffee", Dislike),
        (
            "Forget what I said about liking horror movies, I actually hate them.",
            "horror movies",
            Dislike,
        ),
        ("Actually I'm fine with cilantro now.", "cilantro", Like),
        ("I've gotten used to spicy food.", "spicy food", Like),
        (
            "I'm no longer a fan of Apple products.",
            "apple products",
            Dislike,
        ),
        ("I've lost interest in crypto.", "crypto", Dislike),
        (
            "I used to be really into anime but I've grown out of it.",
            "anime",
            Dislike,
        ),
    ] {
        assert_eq!(
            revisions(text),
            vec![(topic.to_owned(), polarity, true)],
            "{text:?}"
        );
    }
    // A plain statement, the moment of an act, a stopgap: no change said.
    for text in [
        "I love jazz.",
        "I'm drinking my favorite coffee right now.",
        "For now I'm a vegetarian.",
        "I hate sushi but honestly I love it with mayo.",
    ] {
        assert!(
            extract(text).iter().all(|i| !i.revises),
            "{text:?}: {:?}",
            revisions(text)
        );
    }
    // The changed-from taste itself is not learned, nor a shrug.
    assert_nothing("I used to love sushi.");
    assert_nothing("I'm fine with that.");
    assert_nothing("I'm okay with whatever you suggest.");
}

#[test]
fn a_fact_said_to_be_over_is_a_retraction_not_a_taste() {
    for (text, fact) in [
        ("I'm not vegetarian anymore.", "vegetarian diet"),
        ("I'm no longer vegan", "vegan diet"),
        ("I don't live in London anymore.", "lives in london"),
        ("We no longer have a cat.", "has a cat"),
        ("We don't have the dog anymore.", "has a dog"),
        ("I don't have a dog any more", "has a dog"),
        ("I'm no longer on a budget.", "on a budget"),
        ("Our dog died last week.", "has a dog"),
        ("My old cat passed away.", "has a cat"),
        ("my dog has passed away", "has a dog"),
    ] {
        let items = extract(text);
        assert_eq!(items.len(), 1, "{text:?}: {items:?}");
        let i = &items[0];
        assert_eq!(
            (i.topic.as_str(), i.polarity, i.kind, i.revises),
            (fact, Dislike, Fact, true),
            "{text:?}"
        );
    }
    // One of several pets, or someone else's, is no news about mine.
    assert_nothing("One of our cats died.");
    assert_nothing("My neighbour's dog died.");
    // The new fact beside the old one; a denial without "anymore" says nothing.
    assert_eq!(
        revisions("I'm not a nurse anymore, I retired last year."),
        [
            ("retired".to_owned(), Like, true),
            ("works as nurse".to_owned(), Dislike, true)
        ]
    );
    assert_nothing("I'm not vegetarian.");
    assert_nothing("I don't have a dog.");
}

#[test]
fn a_stopped_habit_is_an_avoidance_but_not_every_stop() {
    assert_extracts("I stopped smoking.", &[("smoking", Dislike, Preference)]);
    assert_extracts(
        "I stopped going to the gym.",
        &[("gym", Dislike, Preference)],
    );
    assert_extracts(
        "I stopped playing video games.",
        &[("video games", Dislike, Preference)],
    );
    assert_nothing("I stopped by the store.");
    assert_nothing("I stopped working in 2019.");
    // A change of life is no taste: the old job is retracted, the new one a fact.
    assert_extracts(
        "I no longer work as a nurse, I'm a teacher now.",
        &[
            ("works as teacher", Like, Fact),
            ("works as nurse", Dislike, Fact),
        ],
    );
    assert_eq!(
        revisions("I no longer live in London."),
        [("lives in london".to_owned(), Dislike, true)]
    );
}

// --- comparatives -----------------------------------------------------------

#[test]
fn prefer_over() {
    assert_extracts(
        "I prefer trains over planes",
        &[
            ("trains", Like, Preference),
            ("planes", Dislike, Preference),
        ],
    );
}

#[test]
fn prefer_to() {
    assert_extracts(
        "I prefer tea to coffee",
        &[("tea", Like, Preference), ("coffee", Dislike, Preference)],
    );
}

#[test]
fn prefer_rather_than() {
    assert_extracts(
        "I prefer paper books rather than e-readers",
        &[
            ("paper books", Like, Preference),
            ("e-readers", Dislike, Preference),
        ],
    );
}

#[test]
fn would_rather_than() {
    assert_extracts(
        "I'd rather cycle than drive",
        &[
            ("cycling", Like, Preference),
            ("driving", Dislike, Preference),
        ],
    );
    assert_extracts(
        "Honestly I'd rather read than watch TV.",
        &[
            ("reading", Like, Preference),
            ("watching tv", Dislike, Preference),
        ],
    );
    assert_extracts(
        "I'd rather have tea than coffee.",
        &[("tea", Like, Preference), ("coffee", Dislike, Preference)],
    );
    assert_extracts(
        "I'd rather die than go to the gym.",
        &[("going to gym", Dislike, Preference)],
    );
}

#[test]
fn prefer_without_an_alternative_is_a_like() {
    assert_extracts(
        "I prefer window seats",
        &[("window seats", Like, Preference)],
    );
}

#[test]
fn prefer_going_to_is_not_a_comparison() {
    assert_extracts(
        "I prefer going to the cinema",
        &[("going to cinema", Like, Preference)],
    );
}

#[test]
fn instead_of_after_a_choice() {
    assert_extracts(
        "I drink oat milk instead of dairy",
        &[("dairy", Dislike, Preference)],
    );
}

// --- avoidance and allergies ------------------------------------------------

#[test]
fn avoidance_verbs_are_dislikes() {
    assert_extracts("I avoid fried food", &[("fried food", Dislike, Preference)]);
    assert_extracts(
        "I stay away from energy drinks",
        &[("energy drinks", Dislike, Preference)],
    );
    assert_extracts("I quit smoking", &[("smoking", Dislike, Preference)]);
    assert_extracts("I never eat red meat", &[("red meat", Dislike, Preference)]);
    assert_extracts(
        "I refuse to use self-checkout machines",
        &[("self-checkout machines", Dislike, Preference)],
    );
}

#[test]
fn never_with_a_past_event_is_not_avoidance() {
    assert_nothing("I never finished that course");
    assert_nothing("I never thought about it");
    // "have never" + a participle is an experience, never a gerund made of it.
    assert_nothing("i have never ridden in a cab");
    assert_nothing("i am almost 46 and have never driven");
    assert_nothing("to be honest, i have never held a job before");
}

#[test]
fn never_without_a_subject_does_not_make_a_noun_a_verb() {
    // Was "mantaing rays", "horroring movies for me".
    assert_nothing("never manta rays tho.");
    assert_nothing("Never horror movies for me");
    // With a subject, an unknown verb still makes a habit; a known one its object.
    assert_extracts("I never fly", &[("flying", Dislike, Preference)]);
    assert_extracts("Never eat sushi", &[("sushi", Dislike, Preference)]);
}

#[test]
fn two_doings_refused_are_two_dislikes() {
    assert_extracts(
        "I prefer not to sail or use ferries due to seasickness.",
        &[
            ("sailing", Dislike, Preference),
            ("ferries", Dislike, Preference),
        ],
    );
    assert_extracts(
        "I'd rather not cook or clean.",
        &[
            ("cooking", Dislike, Preference),
            ("cleaning", Dislike, Preference),
        ],
    );
    assert_extracts(
        "I prefer not to drive or use taxis.",
        &[
            ("driving", Dislike, Preference),
            ("taxis", Dislike, Preference),
        ],
    );
    // Two verbs of taking in share their object; things listed after one verb stay
    // together.
    assert_extracts(
        "I never eat or drink dairy.",
        &[("dairy", Dislike, Preference)],
    );
    assert_extracts(
        "I don't eat or drink anything with caffeine.",
        &[("caffeine", Dislike, Preference)],
    );
    assert_extracts(
        "I prefer not to stay in historic or cultural properties.",
        &[(
            "staying in historic or cultural properties",
            Dislike,
            Preference,
        )],
    );
}

#[test]
fn quitting_a_job_is_not_a_taste() {
    assert_nothing("I quit my job last spring");
}

#[test]
fn allergies_are_strong_dislikes() {
    assert_extracts(
        "I'm allergic to shellfish",
        &[("shellfish", Dislike, Preference)],
    );
    assert_extracts(
        "I have a severe sesame and peanut allergy",
        &[
            ("sesame", Dislike, Preference),
            ("peanuts", Dislike, Preference),
        ],
    );
    // The allergen before "allergy" is said as what one is allergic to.
    assert_extracts(
        "I have a severe tree nut allergy",
        &[("tree nuts", Dislike, Preference)],
    );
    assert_extracts("I have an egg allergy", &[("eggs", Dislike, Preference)]);
    assert_extracts(
        "I have a strawberry allergy",
        &[("strawberries", Dislike, Preference)],
    );
    assert_extracts(
        "I have a shellfish allergy",
        &[("shellfish", Dislike, Preference)],
    );
    assert!(intensity("I'm allergic to kiwi") > intensity("I don't like kiwi"));
}

// --- favourites, enthusiasm, judgements -------------------------------------

#[test]
fn favorite_is_copula_first() {
    assert_extracts("My favorite color is teal", &[("teal", Like, Preference)]);
    assert_extracts(
        "my favourite band is the Cure",
        &[("cure", Like, Preference)],
    );
}

#[test]
fn favorite_is_subject_first() {
    assert_extracts(
        "Lasagna is my favorite dish",
        &[("lasagna", Like, Preference)],
    );
    assert_extracts(
        "Knitting is one of my favorite hobbies",
        &[("knitting", Like, Preference)],
    );
    assert_extracts(
        "Autumn and spring are my favorites",
        &[("autumn", Like, Preference), ("spring", Like, Preference)],
    );
}

#[test]
fn favorite_phrasings_from_chat() {
    for (text, topic) in [
        ("that is why winter is my favorite season", "winter"),
        ("silver is my other favorite.", "silver"),
        (
            "my dog howls in the winter but its still my favorite season",
            "winter",
        ),
        ("my favorite books are of course history", "history"),
        ("my weakness is bacon, my favorite food ever", "bacon"),
        // A name after the category, also after "of".
        (
            "i am watching a video of my favorite band, simple plan.",
            "simple plan",
        ),
        ("that reminds me of my favorite place, the beach", "beach"),
        (
            "i just read one of my favorite books anne of green gables",
            "anne of green gables",
        ),
        (
            "that reminds me of my favorite movie, which is titanic.",
            "titanic",
        ),
        ("that is one of my favorite colors along with red.", "red"),
        // An opener before the subject is not part of it.
        ("i would have to say that meat is my favorite food.", "meat"),
        ("i must say meat is my favorite food.", "meat"),
        ("honestly meat is my favorite food.", "meat"),
        ("imagine dragons is my favorite band", "imagine dragons"),
    ] {
        assert_extracts(text, &[(topic, Like, Preference)]);
    }
    // After "of" the thing before is not the favourite.
    assert_nothing("i went to one of my favorite restaurants yesterday");
    assert_nothing("he is one of my favorite players");
}

#[test]
fn imagine_is_hypothetical_only_when_it_opens_a_clause() {
    assert_extracts(
        "I love Imagine Dragons",
        &[("imagine dragons", Like, Preference)],
    );
    assert_extracts(
        "my favorite group is imagine dragons",
        &[("imagine dragons", Like, Preference)],
    );
    assert_nothing("imagine you love cats");
    assert_nothing("suppose I hated cats, what then");
    assert_nothing("I would imagine that I like cats");
}

#[test]
fn chat_phrasings_of_dislike_and_abstention() {
    for (text, topic) in [
        (
            "my roommate also drinks beer which i do not like at all",
            "beer",
        ),
        ("what i hate most is traffic", "traffic"),
        ("i have never drunk alcohol in my life", "alcohol"),
        (
            "fun! you know i have never drank any alcohol ever",
            "alcohol",
        ),
    ] {
        assert_extracts(text, &[(topic, Dislike, Preference)]);
    }
    assert_extracts(
        "he cooks spicy curry, which i love",
        &[("spicy curry", Like, Preference)],
    );
    assert_extracts(
        "i am a big fan of dogs! do not like cats though!",
        &[("dogs", Like, Preference), ("cats", Dislike, Preference)],
    );
    assert_extracts("fishing is my main hobby", &[("fishing", Like, Preference)]);
    // A liking denied in a fronted or free relative is a dislike.
    for (text, topic) in [
        ("what i do not like is broccoli.", "broccoli"),
        ("the only thing i do not like is pickles", "pickles"),
        ("pink is one color i do not like, however.", "pink"),
        ("tofu is something i really do not like", "tofu"),
        ("i am not big fan of hot weather", "hot weather"),
        ("seeing blood grosses me out", "seeing blood"),
        ("clowns creep me out", "clowns"),
    ] {
        assert_extracts(text, &[(topic, Dislike, Preference)]);
    }
    // What a dislike measures itself by is disliked too.
    assert_extracts(
        "i hate tuna almost as much as i do popcorn.",
        &[
            ("tuna", Dislike, Preference),
            ("popcorn", Dislike, Preference),
        ],
    );
    assert_extracts(
        "i love mexican, the only thing i do not like is pickles",
        &[
            ("pickles", Dislike, Preference),
            ("mexican", Like, Preference),
        ],
    );
    assert_extracts(
        "i love shoes and what i do not like is sandals",
        &[
            ("sandals", Dislike, Preference),
            ("shoes", Like, Preference),
        ],
    );
    // One person or thing in view is no kind of thing; a measure of time is no
    // antecedent: the activity is.
    assert_nothing("my brother annoys me");
    assert_nothing("that movie freaks me out");
    assert_extracts(
        "i run three miles a day and i hate it",
        &[("running", Dislike, Preference), ("runs", Like, Fact)],
    );
    assert_nothing("do not worry about it");
    assert_nothing("i have never been to paris");
    assert_nothing("i have never had a pet");
    assert_nothing("what i did yesterday was fun");
}

#[test]
fn someone_elses_favorite_is_not_mine() {
    assert_nothing("My brother's favorite color is red");
    assert_nothing("Her favorite food is pasta");
}

#[test]
fn enthusiasm_phrases() {
    assert_extracts(
        "I'm a big fan of indie games",
        &[("indie games", Like, Preference)],
    );
    assert_extracts("I'm into woodworking", &[("woodworking", Like, Preference)]);
    assert_extracts(
        "I enjoy birdwatching",
        &[("birdwatching", Like, Preference)],
    );
    assert_extracts(
        "I'm passionate about astronomy",
        &[("astronomy", Like, Preference)],
    );
    assert_extracts("I'm a huge coffee lover", &[("coffee", Like, Preference)]);
}

#[test]
fn judgements_with_find() {
    assert_extracts("I find opera boring", &[("opera", Dislike, Preference)]);
    assert_extracts(
        "I find gardening relaxing",
        &[("gardening", Like, Preference)],
    );
    // Each of several things judged.
    assert_extracts(
        "I find storytelling and narrative-based approaches unengaging.",
        &[
            ("storytelling", Dislike, Preference),
            ("narrative-based approaches", Dislike, Preference),
        ],
    );
    assert_extracts(
        "I find museums and galleries boring.",
        &[
            ("museums", Dislike, Preference),
            ("galleries", Dislike, Preference),
        ],
    );
}

#[test]
fn not_my_thing() {
    assert_extracts("Golf is not my thing", &[("golf", Dislike, Preference)]);
}

#[test]
fn fronted_objects() {
    assert_extracts(
        "Cycling is something I love",
        &[("cycling", Like, Preference)],
    );
    assert_extracts(
        "It was a rainy evening, which I love",
        &[("rainy evening", Like, Preference)],
    );
    // The verb before the object is no part of it; "too" ends the clause.
    assert_extracts(
        "i can only play it in video games, which i love too.",
        &[("video games", Like, Preference)],
    );
    assert_extracts(
        "forces me to eat fast food, which i hate.",
        &[("fast food", Dislike, Preference)],
    );
}

#[test]
fn passion_in_any_tense() {
    assert_extracts(
        "Pottery has always been my passion",
        &[("pottery", Like, Preference)],
    );
    assert_extracts(
        "Chess is a big passion of mine",
        &[("chess", Like, Preference)],
    );
    assert_extracts(
        "music has always been a strong passion of mine. any hobbies?",
        &[("music", Like, Preference)],
    );
    assert_extracts(
        "painting. its a passion of mine",
        &[("painting", Like, Preference)],
    );
}

#[test]
fn one_of_my_hobbies_is_a_like_but_not_of_a_person() {
    assert_extracts(
        "photography is one of my hobbies",
        &[("photography", Like, Preference)],
    );
    assert_extracts(
        "Baking is one of my biggest passions.",
        &[("baking", Like, Preference)],
    );
    assert_extracts(
        "painting. its one of my favorite hobbies",
        &[("painting", Like, Preference)],
    );
    assert_nothing("he is one of my hobbies");
    assert_nothing("my job is one of my hobbies");
}

#[test]
fn exclusive_choices_are_likes() {
    assert_extracts(
        "I only use open-source software",
        &[("open-source software", Like, Preference)],
    );
}

#[test]
fn a_pronoun_subject_points_back_to_the_favourite() {
    assert_extracts(
        "I was humming some old sea shanties which are my favorite songs",
        &[("old sea shanties", Like, Preference)],
    );
    assert_extracts(
        "we adopted a greyhound named Pip, she is my favorite",
        &[
            ("has a greyhound", Like, Fact),
            ("greyhound named pip", Like, Preference),
        ],
    );
    assert_nothing("that is my favorite color");
}

#[test]
fn my_first_love_is_a_favourite() {
    assert_extracts(
        "My first love is sailing.",
        &[("sailing", Like, Preference)],
    );
    assert_extracts(
        "my real passion is with pottery",
        &[("pottery", Like, Preference)],
    );
    // "love" needs its copula right after it.
    assert_nothing("my love story with Paris ended badly, it is a long tale");
}

#[test]
fn love_as_a_noun() {
    assert_extracts(
        "I went to art school because of my love for watercolors.",
        &[("watercolors", Like, Preference)],
    );
    assert_extracts(
        "my uncle knows my deep love of board games",
        &[("board games", Like, Preference)],
    );
    assert_extracts(
        "I have always had a love for old maps",
        &[("old maps", Like, Preference)],
    );
    assert_extracts(
        "Salted caramel is the love of my life",
        &[("salted caramel", Like, Preference)],
    );
    // Someone else's "a love for", and a relationship, are not my tastes.
    assert_nothing("My cousin has a love for opera.");
    assert_nothing("I found a weakness of the plan");
    assert_nothing("we have a love hate relationship with the printer");
}

#[test]
fn fit_idioms() {
    assert_extracts(
        "Camping is honestly fine but golf is just not my thing.",
        &[("golf", Dislike, Preference)],
    );
    assert_extracts(
        "board games are totally my jam",
        &[("board games", Like, Preference)],
    );
    assert_extracts("Opera, not for me.", &[("opera", Dislike, Preference)]);
    assert_extracts(
        "Geometry is really not my strong suit",
        &[("geometry", Dislike, Preference)],
    );
    // A skill, not a taste; and "my thing is" starts something else.
    assert_nothing("Chemistry is my forte.");
    assert_nothing("my thing is that nobody listens");
    // What I choose is what I like; a choice to make is not.
    assert_extracts(
        "i enjoy a good hard drink, scotch is my choice.",
        &[
            ("hard drink", Like, Preference),
            ("scotch", Like, Preference),
        ],
    );
    assert_nothing("that is my choice to make");
}

#[test]
fn a_present_judgement_of_a_subject() {
    assert_extracts(
        "Canned tuna is gross",
        &[("canned tuna", Dislike, Preference)],
    );
    assert_extracts(
        "ironing is not fun at all",
        &[("ironing", Dislike, Preference)],
    );
    // A past episode, or a pronoun with nothing to point at, is no lasting taste.
    assert_nothing("the concert was boring");
    assert_nothing("it is gross");
}

#[test]
fn a_category_with_a_first_person_relative() {
    assert_extracts(
        "Another snack I love is roasted chickpeas.",
        &[("roasted chickpeas", Like, Preference)],
    );
    assert_extracts(
        "Rhubarb pie is the dessert I hate the most.",
        &[("rhubarb pie", Dislike, Preference)],
    );
    assert_extracts(
        "the only sport I enjoy is table tennis",
        &[("table tennis", Like, Preference)],
    );
    // A person, not a category: "the girl I like is shy" names no taste.
    assert_nothing("the girl I like is shy");
}

#[test]
fn a_self_description_with_a_relative() {
    assert_extracts(
        "I am a simple guy who loves crossword puzzles",
        &[("crossword puzzles", Like, Preference)],
    );
    assert_extracts(
        "i'm not a person that enjoys loud bars",
        &[("loud bars", Dislike, Preference)],
    );
    // Someone else described, or a relative about another noun, is not me.
    assert_nothing("My aunt is a woman who loves tulips");
    assert_nothing("I am reading a book about a boy who hates school");
}

#[test]
fn a_demonstrative_category_points_back() {
    assert_extracts(
        "I just finished The Hobbit and I love that book",
        &[("hobbit", Like, Preference)],
    );
    // Nothing to point back to (the band was named by someone else, the assistant
    // perhaps): "band" alone is no taste, so nothing.
    assert_nothing("I love that band");
}

#[test]
fn love_as_a_noun_with_much_or_no() {
    assert_extracts(
        "I have so much love for sourdough",
        &[("sourdough", Like, Preference)],
    );
    assert_extracts(
        "honestly I have no love for opera",
        &[("opera", Dislike, Preference)],
    );
    assert_nothing("She has no love for opera");
}

#[test]
fn falling_in_love_and_having_been_into() {
    assert_extracts(
        "Last summer I fell in love with kayaking",
        &[("kayaking", Like, Preference)],
    );
    assert_extracts(
        "I have been super into sudoku lately",
        &[("sudoku", Like, Preference)],
    );
    assert_nothing("My brother fell in love with kayaking");
}

#[test]
fn a_pronoun_before_what_i_like_points_back() {
    assert_extracts(
        "Crime podcasts, that is what I really like",
        &[("crime podcasts", Like, Preference)],
    );
    assert_extracts(
        "Heavy metal is what I am into",
        &[("heavy metal", Like, Preference)],
    );
}

#[test]
fn a_relative_without_which() {
    assert_extracts(
        "We ate at one of the taco trucks I love.",
        &[("taco trucks", Like, Preference)],
    );
    // The relative is only a subject here; "the man I like" continues.
    assert_nothing("The man I like is tall.");
}

#[test]
fn a_dropped_subject_after_a_joiner() {
    assert_extracts(
        "Work is busy. And also love gardening.",
        &[("gardening", Like, Preference)],
    );
}

#[test]
fn an_answer_to_a_favourite_question() {
    assert_extracts(
        "whats your favorite fruit mine is mango",
        &[("mango", Like, Preference)],
    );
    assert_extracts(
        "whats your favorite holiday, halloween is mine",
        &[("halloween", Like, Preference)],
    );
    assert_extracts(
        "do you bake, my favorite is banana bread",
        &[("banana bread", Like, Preference)],
    );
    assert_extracts(
        "do u have a favorite color mine is yellow",
        &[("yellow", Like, Preference)],
    );
    // The question a sentence before.
    assert_extracts(
        "whats your favorite color? mine is yellow.",
        &[("yellow", Like, Preference)],
    );
    // The question alone, or "mine" without a favourite, says nothing about me.
    assert_nothing("Do you have a dog? mine is a poodle");
    assert_nothing("whats your favorite fruit");
    assert_nothing("whose bike is that, mine is red");
}

#[test]
fn happens_to_be_my_favorite() {
    assert_extracts(
        "I ride a teal bike, which happens to be my favorite color.",
        // The colour is the favourite, not the bike.
        &[("teal", Like, Preference)],
    );
}

// --- style ------------------------------------------------------------------

#[test]
fn style_length() {
    assert_extracts("keep it short", &[("concise answers", Like, Style)]);
    assert_extracts("Please be concise.", &[("concise answers", Like, Style)]);
    // Denying the time is asking for short answers.
    assert_extracts(
        "Give me the short version please, I don't have time for long explanations",
        &[("concise answers", Like, Style)],
    );
    assert_extracts(
        "I have no time for long answers",
        &[("concise answers", Like, Style)],
    );
    assert_extracts(
        "I'm saving for a trip to Japan",
        &[("on a budget", Like, Fact)],
    );
    assert_extracts("Give me more detail", &[("detailed answers", Like, Style)]);
    // A cap on the words is a wish for brevity; a size asked for is not.
    for text in [
        "Please keep answers under 200 words.",
        "no more than three sentences please",
        "Answer in 100 words or less.",
    ] {
        assert_extracts(text, &[("concise answers", Like, Style)]);
    }
    assert_nothing("write a 2000 word essay on rome");
    // Brevity among other qualities, and brevity refused.
    assert_extracts(
        "I prefer concise, direct answers without fluff.",
        &[
            ("fluff", Dislike, Preference),
            ("concise answers", Like, Style),
            ("direct answers", Like, Style),
        ],
    );
    assert_extracts(
        "I hate short answers",
        &[("concise answers", Dislike, Style)],
    );
    assert_extracts(
        "I don't want detailed answers",
        &[("detailed answers", Dislike, Style)],
    );
}

#[test]
fn style_format() {
    assert_extracts(
        "no bullet points please",
        &[("bullet points", Dislike, Style)],
    );
    assert_extracts(
        "Use tables when comparing things",
        &[("tables", Like, Style)],
    );
    assert_extracts(
        "Don't use markdown",
        &[("markdown formatting", Dislike, Style)],
    );
    for text in [
        "Please don't use em dashes",
        "no em dashes please",
        "avoid em-dashes",
    ] {
        assert_extracts(text, &[("em dashes", Dislike, Style)]);
    }
    assert_extracts(
        "fewer exclamation marks please",
        &[("exclamation marks", Dislike, Style)],
    );
    // 'em is "them" everywhere else.
    assert_extracts("Spiders? I hate em.", &[("spiders", Dislike, Preference)]);
}

#[test]
fn style_emoji() {
    assert_extracts("No emojis.", &[("emojis", Dislike, Style)]);
    assert_extracts(
        "Feel free to add emojis, I like them",
        &[("emojis", Like, Style)],
    );
}

#[test]
fn style_tone() {
    assert_extracts("Be more casual with me", &[("casual tone", Like, Style)]);
    assert_extracts("no sugarcoating", &[("direct answers", Like, Style)]);
    assert_extracts(
        "Stop apologizing all the time",
        &[("apologies", Dislike, Style)],
    );
}

#[test]
fn style_units() {
    assert_extracts("Use metric", &[("metric units", Like, Style)]);
    assert_extracts(
        "Give temperatures in Celsius",
        &[("metric units", Like, Style)],
    );
}

#[test]
fn units_in_a_story_are_not_a_wish() {
    assert_nothing("I ran five miles yesterday");
}

#[test]
fn style_language() {
    assert_extracts(
        "Please use British spelling",
        &[("british spelling", Like, Style)],
    );
    assert_extracts(
        "Answer in Spanish from now on",
        &[("answers in spanish", Like, Style)],
    );
}

#[test]
fn style_expertise() {
    assert_extracts(
        "Explain like I'm new to this",
        &[("beginner-level explanations", Like, Style)],
    );
    assert_extracts(
        "I'm an expert, skip the basics",
        &[("expert-level explanations", Like, Style)],
    );
    assert_extracts("Avoid jargon", &[("technical jargon", Dislike, Style)]);
}

#[test]
fn style_programming_language() {
    assert_extracts("I code in Rust", &[("rust code examples", Like, Style)]);
    assert_extracts(
        "Use Python for the examples",
        &[("python code examples", Like, Style)],
    );
    // A negation before the verb refuses the language; one across a comma does not.
    assert_extracts(
        "I don't want code in Python",
        &[
            ("code in python", Dislike, Preference),
            ("python code examples", Dislike, Style),
        ],
    );
    assert_extracts(
        "I don't like Java, I use Python",
        &[
            ("java", Dislike, Preference),
            ("python code examples", Like, Style),
        ],
    );
}

#[test]
fn a_polite_question_can_carry_a_style_wish() {
    assert_extracts(
        "Could you keep it short?",
        &[("concise answers", Like, Style)],
    );
}

#[test]
fn a_taste_about_answers_is_style() {
    assert_extracts("I hate emojis", &[("emojis", Dislike, Style)]);
}

// --- facts ------------------------------------------------------------------

#[test]
fn diet_facts() {
    assert_extracts("I'm vegetarian", &[("vegetarian diet", Like, Fact)]);
    assert_extracts("I am a vegan", &[("vegan diet", Like, Fact)]);
    assert_extracts("I'm gluten-free", &[("gluten-free diet", Like, Fact)]);
    assert_extracts("I follow a low-carb diet", &[("low-carb diet", Like, Fact)]);
    // Eating halal or kosher is the diet; eating vegan food sometimes is not.
    assert_extracts("I eat halal", &[("halal diet", Like, Fact)]);
    assert_extracts("I eat kosher food", &[("kosher diet", Like, Fact)]);
    assert_nothing("I eat vegan food sometimes");
    assert_extracts(
        "I have lactose intolerance",
        &[("lactose intolerance", Like, Fact)],
    );
    // Said before a question.
    assert_extracts(
        "As someone with celiac disease, which beers can I drink?",
        &[("gluten-free diet", Like, Fact)],
    );
    assert_extracts(
        "As someone who is a vegetarian, any ideas?",
        &[("vegetarian diet", Like, Fact)],
    );
    // A taste so said is a taste, not a diet.
    assert_extracts(
        "As someone who loves vegan food, any ideas?",
        &[("vegan food", Like, Preference)],
    );
}

#[test]
fn location_facts() {
    assert_extracts("I live in Lyon", &[("lives in lyon", Like, Fact)]);
    assert_extracts("I'm from New Zealand", &[("from new zealand", Like, Fact)]);
    // A move names where it ended.
    assert_extracts(
        "I moved from Berlin to Lisbon last year.",
        &[("lives in lisbon", Like, Fact)],
    );
    assert_extracts(
        "I moved from New York to Austin in 2020",
        &[("lives in austin", Like, Fact)],
    );
}

#[test]
fn occupation_facts() {
    assert_extracts("I'm a nurse", &[("works as nurse", Like, Fact)]);
    assert_extracts(
        "I work as a data analyst",
        &[("works as data analyst", Like, Fact)],
    );
    assert_extracts("I work at a bakery", &[("works at bakery", Like, Fact)]);
    assert_extracts("I'm retired", &[("retired", Like, Fact)]);
}

#[test]
fn household_facts() {
    assert_extracts("I have two kids", &[("has two kids", Like, Fact)]);
    assert_extracts("I have a dog", &[("has a dog", Like, Fact)]);
    assert_extracts("I'm married", &[("married", Like, Fact)]);
}

#[test]
fn a_big_fan_is_not_an_occupation() {
    assert_extracts("I'm a big fan of chess", &[("chess", Like, Preference)]);
}

// --- guards -----------------------------------------------------------------

#[test]
fn a_stack_frame_is_masked_but_a_sentence_opening_with_at_is_not() {
    assert_extracts(
        "at com.shop.Cart.total(Cart.java:41)\nAt weekends I love long walks.",
        &[("long walks", Like, Preference)],
    );
}

#[test]
fn only_what_follows_pretend_is_make_believe() {
    assert_extracts(
        "I love chess, I pretend I am a grandmaster who hates draws",
        &[("chess", Like, Preference)],
    );
    assert_nothing("I pretend I love opera");
}

#[test]
fn a_new_clause_of_mine_ends_a_wish() {
    assert_extracts(
        "I wish I could sing, I love karaoke though",
        &[("karaoke", Like, Preference)],
    );
    assert_nothing("I wish I loved broccoli");
}

#[test]
fn questions_are_not_preferences() {
    assert_nothing("do you like jazz?");
    assert_nothing("Do you like jazz");
    assert_nothing("What do you think about jazz?");
}

#[test]
fn a_tag_question_keeps_the_statement() {
    assert_extracts(
        "i love green beans, do you?",
        &[("green beans", Like, Preference)],
    );
    // A request for more after the comma.
    assert_extracts(
        "I love Dune, anything similar?",
        &[("dune", Like, Preference)],
    );
    assert_extracts("I hate crowds, ideas?", &[("crowds", Dislike, Preference)]);
    // A statement about us, or my favourite, before the question.
    assert_extracts(
        "we're vegan, any protein ideas?",
        &[("vegan diet", Like, Fact)],
    );
    assert_extracts(
        "My favorite band is Radiohead, can you recommend similar artists?",
        &[("music like radiohead", Like, Preference)],
    );
    // Still questions: nothing stated before the comma.
    assert_nothing("my friends and I, what should we do this weekend?");
    assert_nothing("we need a plan, can you help?");
}

#[test]
fn a_statement_run_into_a_question_is_kept() {
    assert_extracts(
        "what games do you play i love chess",
        &[("chess", Like, Preference)],
    );
    assert_nothing("do you think i like chess");
}

#[test]
fn a_pronoun_takes_the_noun_phrase_before_it() {
    assert_extracts(
        "I tried the new ramen place and I love it",
        &[("new ramen place", Like, Preference)],
    );
    assert_extracts(
        "I see my cousins often, but I don't like them much",
        &[("cousins", Dislike, Preference)],
    );
    // A plural pronoun passes over a singular noun to the plural one.
    assert_extracts(
        "true! i am about to make tacos for dinner, i love them!",
        &[("tacos", Like, Preference)],
    );
    assert_extracts(
        "i work for the tigers baseball team, i love them!",
        &[
            ("works for tigers baseball team", Like, Fact),
            ("tigers baseball team", Like, Preference),
        ],
    );
    // "to do that" is a pronoun too; "to do both" names nothing.
    assert_extracts(
        "just sewing i love to do that",
        &[("sewing", Like, Preference)],
    );
    assert_nothing("i like to do both");
    // "that is my favorite color" stands for the colour named before.
    assert_extracts(
        "i crocheted a purple scarf last fall. that is my favorite color.",
        &[("purple", Like, Preference)],
    );
}

#[test]
fn household_members_and_intolerances_are_facts() {
    assert_extracts(
        "I have two cats and a dog.",
        &[("has two cats", Like, Fact), ("has a dog", Like, Fact)],
    );
    assert_extracts(
        "I'm gluten intolerant.",
        &[("gluten-free diet", Like, Fact)],
    );
}

#[test]
fn we_includes_the_user() {
    assert_extracts(
        "I'm planning a week in Lisbon with my partner. We love seafood and walking around old neighborhoods, but I'm not big on museums.",
        &[
            ("seafood", Like, Preference),
            ("walking around old neighborhoods", Like, Preference),
            ("museums", Dislike, Preference),
        ],
    );
    assert_nothing("they say we love drama");
    assert_nothing("do we like it?");
}

#[test]
fn a_self_description_before_a_question_counts() {
    assert_extracts(
        "As a vegan and someone who hates cooking, what are quick lunches I can make?",
        &[("vegan diet", Like, Fact), ("cooking", Dislike, Preference)],
    );
    assert_extracts(
        "As someone who loves hiking, where should I go in Utah?",
        &[("hiking", Like, Preference)],
    );
    assert_nothing("as a kid who loves dinosaurs, what would he like?");
    assert_nothing("As a result, what should I do?");
}

#[test]
fn a_budget_is_a_fact() {
    for text in [
        "I'm on a budget, so cheaper options please.",
        "i am on a very tight budget",
        "My budget is pretty tight this month.",
        "money is tight right now",
    ] {
        assert_extracts(text, &[("on a budget", Like, Fact)]);
    }
    assert_nothing("I'm not on a budget");
    assert_nothing("My friend is on a budget");
    assert_nothing("his money is tight");
}

#[test]
fn explain_like_im_five_asks_for_the_basics() {
    assert_extracts(
        "Explain it like I'm five.",
        &[("beginner-level explanations", Like, Style)],
    );
}

#[test]
fn examples_after_a_plural_kind_are_tastes_too() {
    assert_extracts(
        "I love outdoor sports like hiking and kayaking",
        &[
            ("outdoor sports", Like, Preference),
            ("hiking", Like, Preference),
            ("kayaking", Like, Preference),
        ],
    );
    assert_extracts(
        "i like to try new adventures like rock climbing.",
        &[
            ("trying new adventures", Like, Preference),
            ("rock climbing", Like, Preference),
        ],
    );
    assert_extracts(
        "I avoid ride-sharing services like Uber or Lyft.",
        &[
            ("ride-sharing services", Dislike, Preference),
            ("uber", Dislike, Preference),
            ("lyft", Dislike, Preference),
        ],
    );
    // A comparison is no example, and what a kind excludes is not liked.
    assert_extracts(
        "i love dogs like my mom does",
        &[("dogs", Like, Preference)],
    );
    assert_extracts(
        "I strongly prefer educational resources that do not rely on multimedia components like videos or animations.",
        &[(
            "educational resources that do not rely on multimedia components",
            Like,
            Preference,
        )],
    );
}

#[test]
fn judging_the_assistants_output_is_not_a_taste() {
    assert_nothing("I don't like the second option you gave");
    assert_nothing("Thanks, I like the first one better");
    assert_nothing("I like how you explained that");
}

#[test]
fn hedged_statements_are_not_preferences() {
    assert_nothing("I'm not sure I like where this is going");
}

#[test]
fn hate_when_takes_the_situation_as_topic() {
    assert_extracts(
        "I hate when people chew loudly",
        &[("people chew loudly", Dislike, Preference)],
    );
}

#[test]
fn hypotheticals_are_not_preferences() {
    assert_nothing("If I liked jazz, I would go to more concerts");
    assert_nothing("would you like some tea?");
    assert_nothing("I wish I liked running");
}

#[test]
fn other_peoples_tastes_are_not_mine() {
    // (One of the household's is a fact about the household, no taste of mine.)
    assert_extracts(
        "my son loves Minecraft",
        &[("has a son who loves minecraft", Like, Fact)],
    );
    assert_nothing("My wife hates horror movies");
    assert_nothing("She enjoys tennis and he prefers golf");
    assert_nothing("My mom thinks I love broccoli");
}

#[test]
fn mine_is_kept_next_to_someone_elses() {
    assert_extracts(
        "My son loves Minecraft, but I prefer chess",
        &[
            ("has a son who loves minecraft", Like, Fact),
            ("chess", Like, Preference),
        ],
    );
}

#[test]
fn role_play_and_fiction_are_not_preferences() {
    assert_nothing("pretend you hate garlic");
    assert_nothing("write a story where she loves cats");
    assert_nothing("Can you write a poem about a girl who adores the sea?");
    assert_nothing("I want you to write a story where the hero loves cats");
    assert_nothing("help me write a poem about a dog who loves bones");
    assert_nothing("You are a character who hates garlic.");
}

#[test]
fn writing_stories_yourself_is_a_taste() {
    // The user is the one writing, so the fiction guard stays out of the way.
    assert_extracts(
        "i like to write short stories.",
        &[("writing short stories", Like, Preference)],
    );
    assert_extracts(
        "I enjoy writing poems and songs",
        &[
            ("writing poems", Like, Preference),
            ("songs", Like, Preference),
        ],
    );
}

#[test]
fn quoted_text_is_not_a_statement() {
    assert_nothing("> I love cats");
    assert_nothing("What does \"I hate Mondays\" mean here?");
    assert_nothing("She said \u{201C}I love mushrooms\u{201D} and left");
}

#[test]
fn pasted_text_after_an_introduction_is_not_a_statement() {
    assert_extracts(
        "I prefer a confident tone. Here's my draft: I love working with data and I hate messy spreadsheets.",
        &[("confident tone", Like, Preference)],
    );
    assert_nothing("Please proofread this email:\nHi Tom, I love your idea.\n\nI hate Mondays.");
    assert_nothing("My boss wrote: I hate long meetings.");
    // A one-word label introduces the user's own words.
    assert_extracts("Note: I'm vegan.", &[("vegan diet", Like, Fact)]);
}

#[test]
fn a_whole_line_in_quotes_is_the_users_statement() {
    assert_extracts(
        "\"I dislike floral wallpaper.\"",
        &[("floral wallpaper", Dislike, Preference)],
    );
}

#[test]
fn code_is_not_a_statement() {
    assert_nothing("```\n// I love tabs\nlet x = 1;\n```");
    assert_nothing("    I hate this indented block");
    assert_nothing("Why does `i_love_rust()` fail?");
}

#[test]
fn log_lines_are_not_statements() {
    assert_nothing("2024-05-01 12:00:03 ERROR I hate this service");
    assert_nothing("[INFO] user said I love pizza");
    assert_nothing("Traceback (most recent call last): I like errors");
}

#[test]
fn html_and_script_are_not_statements() {
    assert_nothing("<script>alert('I love cats')</script>");
    assert_nothing("<p>I love cats</p>");
}

#[test]
fn the_palate_preamble_is_never_learned() {
    assert_nothing("[Palate: About me: I avoid gluten; I prefer concise answers. Use only if relevant.]\n\nPlan a dinner");
    assert_extracts(
        "[Palate: I like tea.] I love coffee",
        &[("coffee", Like, Preference)],
    );
}

#[test]
fn non_english_text_yields_nothing() {
    assert_nothing("J'adore le fromage et je déteste le vin.");
    assert_nothing("Ich liebe Jazz und ich mag keine Oliven.");
    assert_nothing("No me gustan los emojis");
    assert_nothing("私はコーヒーが好きです");
}

#[test]
fn empty_and_blank_input_yield_nothing() {
    assert_nothing("");
    assert_nothing("   \n\t ");
    assert_nothing("...!?");
}

#[test]
fn emoji_do_not_break_extraction() {
    assert_extracts("I love tacos 🌮🌮!", &[("tacos", Like, Preference)]);
    assert_nothing("🍓🍓🍓");
}

#[test]
fn pronoun_topics_are_dropped() {
    assert_nothing("I love it");
    assert_nothing("I hate that");
}

#[test]
fn the_quote_is_the_verbatim_clause() {
    let items = extract("Honestly? I don’t like very sweet desserts, but I love dark chocolate.");
    assert_eq!(items[0].quote, "I don’t like very sweet desserts");
    assert_eq!(items[1].quote, "I love dark chocolate");
}

#[test]
fn curly_apostrophes_and_dropped_apostrophes_are_contractions() {
    assert_extracts("I can’t stand traffic", &[("traffic", Dislike, Preference)]);
    assert_extracts("i dont like pickles", &[("pickles", Dislike, Preference)]);
}

#[test]
fn extraction_is_deterministic() {
    let text = "I love jazz but not country. Keep it short. I'm vegan.";
    assert_eq!(extract(text), extract(text));
}

/// Debug builds are some 30 times slower; the bound is about linearity, not speed.
fn megabyte_budget() -> Duration {
    Duration::from_secs(if cfg!(debug_assertions) { 60 } else { 3 })
}

#[test]
fn a_megabyte_finishes_quickly() {
    let sentence = "I love green tea but not coffee, and keep it short. ";
    let big = sentence.repeat(1_000_000 / sentence.len() + 1);
    let start = Instant::now();
    let items = extract(&big);
    assert!(
        start.elapsed() < megabyte_budget(),
        "took {:?}",
        start.elapsed()
    );
    assert_eq!(items.len(), 3);
    // One unbroken megabyte of words, with no sentence end.
    let run_on = "and i like ".repeat(100_000);
    let start = Instant::now();
    let _ = extract(&run_on);
    assert!(
        start.elapsed() < megabyte_budget(),
        "took {:?}",
        start.elapsed()
    );
}

#[test]
fn arbitrary_bytes_never_panic() {
    let samples = [
        "\u{0}\u{1}\u{2}",
        "I love \u{1}",
        "\"unterminated quote I love",
        "``` unterminated fence\nI love",
        "I like to",
        "I prefer",
        "my favorite",
        "is my favorite",
        "I'm a",
        "I have a",
        ", , , and and or but but not",
        "I love\u{301} caf\u{e9}",
        "I'm allergic to",
        "I live in",
    ];
    for s in samples {
        let _ = extract(s);
    }
}

/// `cargo test --release --lib typical_message_speed -- --ignored --nocapture`
#[test]
#[ignore]
fn typical_message_speed() {
    let msgs = [
        "I don't like very sweet desserts, but I love dark chocolate. Keep it short.",
        "Can you plan a 3-day trip to Rome? I'm vegetarian and I hate crowded places.",
        "What's a good laptop for programming? I code in Rust and prefer Linux over Windows.",
    ];
    let n = 20_000;
    let start = Instant::now();
    for i in 0..n {
        std::hint::black_box(extract(msgs[i % msgs.len()]));
    }
    eprintln!("{:?} per message", start.elapsed() / n as u32);
}

#[test]
fn as_well_as_coordinates_like_and() {
    assert_extracts(
        "i like dystopian novels as well as mysteries.",
        &[
            ("dystopian novels", Like, Preference),
            ("mysteries", Like, Preference),
        ],
    );
    assert_extracts("i like cats as well", &[("cats", Like, Preference)]);
}

#[test]
fn a_liking_or_a_taste_for_is_a_like() {
    assert_extracts("i have a liking for cats", &[("cats", Like, Preference)]);
    assert_extracts(
        "I have a taste for spicy food",
        &[("spicy food", Like, Preference)],
    );
}

#[test]
fn a_comparison_or_a_duration_after_the_object_is_not_part_of_it() {
    assert_extracts(
        "my favorite color is white just like snow",
        &[("white", Like, Preference)],
    );
    assert_extracts(
        "my favorite food has been sushi for years",
        &[("sushi", Like, Preference)],
    );
    assert_extracts(
        "my favorite has always been jazz",
        &[("jazz", Like, Preference)],
    );
}

#[test]
fn a_main_verb_after_the_cue_means_the_object_came_before_it() {
    // The cue closes a relative clause; its object is the noun before "which".
    assert_extracts(
        "my job which i detest makes me work days.",
        &[("job", Dislike, Preference)],
    );
    // "X being my favorite has ...": the name is before, not the verb phrase after.
    assert_extracts(
        "beastie boys being my favorite has gotten me plenty of laughs lol",
        &[("beastie boys", Like, Preference)],
    );
    assert_nothing("my favorite makes me happy");
}

#[test]
fn a_predicate_or_a_bare_category_is_never_a_topic() {
    // (The season slot names its filler: "summer", not "over".)
    assert_extracts(
        "hi! i am upset that summer is over that is my favorite season.",
        &[("summer", Like, Preference)],
    );
    // ("its" is no topic; what it points back at is: see
    // `a_pronoun_that_is_a_love_of_mine_points_back`.)
    // ("the insects are bad, and i hate them" hates the insects: see below.)
    // "that show" with nothing before it to name it; "those books" is books.
    assert_nothing("try watching this to keep you busy, i love that show.");
    assert_extracts(
        "yes, about trains! i like those books!",
        &[("books", Like, Preference)],
    );
    assert_extracts(
        "i am doing what i like best, eating cupcakes!",
        &[("eating cupcakes", Like, Preference)],
    );
}

#[test]
fn a_leading_preposition_is_not_part_of_the_topic() {
    assert_extracts(
        "well i hate anything from fast food",
        &[("fast food", Dislike, Preference)],
    );
    assert_extracts(
        "that is what i like about the internet.",
        &[("internet", Like, Preference)],
    );
}

#[test]
fn to_before_an_article_is_a_preposition_not_a_verb() {
    assert_extracts(
        "i also like to go to the zoo and the ballet",
        &[
            ("going to zoo", Like, Preference),
            ("ballet", Like, Preference),
        ],
    );
    for item in extract("i like to go out dancing, a bit of a party animal. i am traveling which i love to a gardening show") {
        assert!(!item.topic.starts_with("aing"), "{item:?}");
    }
}

#[test]
fn a_favorite_category_is_not_the_taste_its_name_is() {
    assert_extracts(
        "coffee has become my favorite beverage.",
        &[("coffee", Like, Preference)],
    );
    assert_extracts(
        "i just ate a big lunch. maybe lobster, my favorite seafood.",
        &[("lobster", Like, Preference)],
    );
    assert_extracts(
        "my favorite band the beastie boys are from nyc.",
        &[("beastie boys", Like, Preference)],
    );
    assert_extracts(
        "my favorite tv show is friends",
        &[("friends", Like, Preference)],
    );
    assert_extracts(
        "my favorite sport to watch is basketball",
        &[("basketball", Like, Preference)],
    );
    assert_extracts(
        "my favorite food ever is pizza",
        &[("pizza", Like, Preference)],
    );
}

#[test]
fn a_title_abbreviation_does_not_end_the_sentence() {
    assert_extracts(
        "do you drink soda, my favorite is mt. dew",
        &[("mt dew", Like, Preference)],
    );
    assert_extracts("I love Dr. Pepper.", &[("dr pepper", Like, Preference)]);
}

#[test]
fn so_its_and_there_after_a_comma_start_a_new_clause() {
    assert_extracts(
        "i despise cats, so devilish.",
        &[("cats", Dislike, Preference)],
    );
    assert_extracts(
        "i love to fish each weekend, its relaxing",
        &[("fishing", Like, Preference)],
    );
    assert_extracts(
        "i am allergic to flowers and there were tons at the park",
        &[("flowers", Dislike, Preference)],
    );
    assert_extracts("i like dogs alot.", &[("dogs", Like, Preference)]);
}

#[test]
fn a_run_on_question_or_a_time_word_does_not_trail_the_topic() {
    assert_extracts(
        "and i love spongebob what do you love",
        &[("spongebob", Like, Preference)],
    );
    assert_extracts(
        "i like organic food how about you.",
        &[("organic food", Like, Preference)],
    );
    assert_extracts(
        "i really hate the school system here",
        &[("school system", Dislike, Preference)],
    );
    assert_extracts(
        "i am into the avett brothers right now just heard they are touring",
        &[("avett brothers", Like, Preference)],
    );
    assert_extracts(
        "i like to keep busy i love animals and sometimes i do not they bite.",
        &[
            ("keeping busy", Like, Preference),
            ("animals", Like, Preference),
        ],
    );
    assert_extracts(
        "well winter is my favorite season after all.",
        &[("winter", Like, Preference)],
    );
}

#[test]
fn not_doing_well_with_something_is_a_dislike() {
    assert_extracts(
        "i do not do well with blood.",
        &[("blood", Dislike, Preference)],
    );
    assert_extracts(
        "well broccoli is gross so i do not like that.",
        &[("broccoli", Dislike, Preference)],
    );
}

#[test]
fn a_reason_with_as_or_a_new_clause_with_only_ends_the_list() {
    assert_extracts(
        "I do not enjoy staying at hotels on high floors, as I have a fear of heights.",
        &[
            ("staying at hotels on high floors", Dislike, Preference),
            ("heights", Dislike, Preference),
        ],
    );
    assert_extracts(
        "I like hiking, as well as swimming.",
        &[("hiking", Like, Preference), ("swimming", Like, Preference)],
    );
    // "only consume" is its own clause: a like, not more of the dislike.
    assert_extracts(
        "I detest fictional stories and only consume non-fiction books, podcasts, and audiobooks.",
        &[
            ("fictional stories", Dislike, Preference),
            ("non-fiction books", Like, Preference),
            ("podcasts", Like, Preference),
            ("audiobooks", Like, Preference),
        ],
    );
    assert_extracts(
        "I avoid nightlife scenes, including bars and clubs.",
        &[
            ("nightlife scenes", Dislike, Preference),
            ("bars", Dislike, Preference),
            ("clubs", Dislike, Preference),
        ],
    );
    assert_extracts(
        "i do not do well with injuries, blood, etc.",
        &[
            ("injuries", Dislike, Preference),
            ("blood", Dislike, Preference),
        ],
    );
}

#[test]
fn adjectives_in_a_row_share_their_noun() {
    assert_extracts(
        "I dislike living in places with long, harsh winters.",
        &[(
            "living in places with long harsh winters",
            Dislike,
            Preference,
        )],
    );
    assert_extracts(
        "I don't watch shows with supernatural or paranormal themes.",
        &[(
            "shows with supernatural paranormal themes",
            Dislike,
            Preference,
        )],
    );
    assert_extracts(
        "I strongly dislike living in crowded, densely populated cities.",
        &[(
            "living in crowded densely populated cities",
            Dislike,
            Preference,
        )],
    );
    // A noun after the adjective ends the sharing: two things.
    assert_extracts(
        "I love spicy ramen and sweet desserts",
        &[
            ("spicy ramen", Like, Preference),
            ("sweet desserts", Like, Preference),
        ],
    );
}

#[test]
fn adjectives_joined_by_and_or_share_the_noun_that_follows() {
    assert_extracts(
        "I avoid living in places with hot and humid climates.",
        &[(
            "living in places with hot humid climates",
            Dislike,
            Preference,
        )],
    );
    // How food is made is said like an adjective too.
    assert_extracts(
        "I avoid any cooked or processed foods.",
        &[("cooked processed foods", Dislike, Preference)],
    );
    // The shared part is a noun phrase, not a verb made into an activity.
    assert_extracts(
        "I prefer to use cruelty-free, vegan makeup brands.",
        &[("using cruelty-free vegan makeup brands", Like, Preference)],
    );
    // A predicate adjective shares nothing; a gerund after "and" is its own item.
    assert_extracts(
        "I avoid games that are highly competitive and involve a lot of grinding.",
        &[("games that are highly competitive", Dislike, Preference)],
    );
    assert_extracts(
        "i love watching the movie frozen and singing along!",
        &[
            ("watching movie frozen", Like, Preference),
            ("singing along", Like, Preference),
        ],
    );
}

#[test]
fn a_preferred_avoidance_is_a_dislike() {
    assert_extracts(
        "I prefer to stay away from games set in medieval or fantasy worlds.",
        &[("games set in medieval fantasy worlds", Dislike, Preference)],
    );
    assert_extracts(
        "I strongly prefer to avoid animated TV shows and movies.",
        &[
            ("animated tv shows", Dislike, Preference),
            ("animated movies", Dislike, Preference),
        ],
    );
}

#[test]
fn a_bound_is_no_comparison() {
    assert_extracts(
        "I prefer small, boutique hotels with no more than 30 rooms.",
        &[(
            "small boutique hotels with no more than 30 rooms",
            Like,
            Preference,
        )],
    );
}

#[test]
fn long_topics_are_cut_where_a_modifier_begins() {
    assert_extracts(
        "I strongly prefer areas that are not prone to natural disasters.",
        &[(
            "areas that are not prone to natural disasters",
            Like,
            Preference,
        )],
    );
    assert_extracts(
        "I dislike staying in hotels located in busy central areas.",
        &[(
            "staying in hotels located in busy central areas",
            Dislike,
            Preference,
        )],
    );
    assert_extracts(
        "I refuse to attend any live sporting events that involve animals.",
        &[(
            "attending live sporting events that involve animals",
            Dislike,
            Preference,
        )],
    );
}

#[test]
fn senses_reasons_and_judgements_are_no_part_of_the_topic() {
    assert_extracts(
        "I dislike the taste and smell of fish and seafood.",
        &[
            ("fish", Dislike, Preference),
            ("seafood", Dislike, Preference),
        ],
    );
    assert_extracts(
        "I have a strong aversion to anything scented or fragranced, even natural ones, due to allergies.",
        &[
            ("scented products", Dislike, Preference),
            ("fragranced products", Dislike, Preference),
        ],
    );
    assert_extracts(
        "I have an intense aversion to anything involving molecular gastronomy.",
        &[("molecular gastronomy", Dislike, Preference)],
    );
    assert_extracts(
        "I find horror movies too distressing and prefer to avoid them.",
        &[("horror movies", Dislike, Preference)],
    );
}

#[test]
fn a_fixed_pair_joined_by_and_is_one_thing() {
    assert_extracts(
        "I love mac and cheese and pizza.",
        &[
            ("mac and cheese", Like, Preference),
            ("pizza", Like, Preference),
        ],
    );
    assert_extracts(
        "i like rock and roll music",
        &[("rock and roll music", Like, Preference)],
    );
    // Any other pair is still two things.
    assert_extracts(
        "I hate fish and rice",
        &[("fish", Dislike, Preference), ("rice", Dislike, Preference)],
    );
}

#[test]
fn what_a_liked_thing_must_lack_is_disliked() {
    assert_extracts(
        "I prefer skincare products free from parabens and sulfates.",
        &[
            ("skincare products free from parabens", Like, Preference),
            ("parabens", Dislike, Preference),
            ("sulfates", Dislike, Preference),
        ],
    );
    assert_extracts(
        "I like my coffee without sugar or milk.",
        &[
            ("sugar", Dislike, Preference),
            ("milk", Dislike, Preference),
            ("coffee without sugar", Like, Preference),
        ],
    );
    // Not a wish, or no thing named: no exclusion.
    assert_extracts(
        "i love ice cream i cant go a day without it",
        &[("ice cream", Like, Preference)],
    );
    assert_nothing("i am like mickey mouse without disney land.");
}

#[test]
fn chat_shorthand_and_hedged_wishes() {
    assert_extracts(
        "Not into country music at all.",
        &[("country music", Dislike, Preference)],
    );
    assert_extracts(
        "Really into board games these days.",
        &[("board games", Like, Preference)],
    );
    assert_extracts(
        "I'd rather not get recipes with mushrooms in them.",
        &[("recipes with mushrooms", Dislike, Preference)],
    );
    // An instruction after a comma is no second taste.
    assert_extracts(
        "I really don't enjoy long-winded explanations, keep it brief.",
        &[
            ("long-winded explanations", Dislike, Style),
            ("concise answers", Like, Style),
        ],
    );
    // The antecedent of "it" starts after someone else's verb (whose dislike of a
    // food is the household's, for its meals).
    assert_extracts(
        "My wife hates cilantro but I love it.",
        &[
            ("has a wife who dislikes cilantro", Like, Fact),
            ("cilantro", Like, Preference),
        ],
    );
    assert_extracts(
        "My wife hates cilantro. I love it.",
        &[
            ("has a wife who dislikes cilantro", Like, Fact),
            ("cilantro", Like, Preference),
        ],
    );
}

#[test]
fn quantifiers_over_kinds_leave_the_topic_and_predicates_stay_whole() {
    assert_extracts(
        "I dislike wearing clothes with any kind of animal print.",
        &[("wearing clothes with animal print", Dislike, Preference)],
    );
    assert_extracts(
        "I strongly prefer games without any form of microtransactions.",
        &[
            ("games without microtransactions", Like, Preference),
            ("microtransactions", Dislike, Preference),
        ],
    );
    assert_extracts(
        "I avoid accommodations that are not eco-friendly or sustainable.",
        &[(
            "accommodations that are not eco-friendly or sustainable",
            Dislike,
            Preference,
        )],
    );
}

#[test]
fn superlatives_and_self_descriptions() {
    assert_extracts(
        "Pineapple on pizza is the best thing ever.",
        &[("pineapple on pizza", Like, Preference)],
    );
    assert_extracts("Traffic is the worst.", &[("traffic", Dislike, Preference)]);
    // Praise of one's own, or someone else's word, is no taste.
    assert_nothing("My son is the best");
    assert_nothing("my wife says pizza is the best");
    assert_extracts(
        "I'm not much of a morning person.",
        &[("not a morning person", Like, Fact)],
    );
    assert_extracts(
        "No emojis, and please skip the intro.",
        &[("emojis", Dislike, Style), ("concise answers", Like, Style)],
    );
}

#[test]
fn emphasis_plans_and_linked_instructions() {
    assert_extracts("I love love love sushi.", &[("sushi", Like, Preference)]);
    assert_extracts(
        "I'm trying to cut back on sugar.",
        &[("sugar", Dislike, Preference)],
    );
    assert_extracts(
        "I'm Canadian, so use Celsius.",
        &[("from canada", Like, Fact), ("metric units", Like, Style)],
    );
    assert_extracts(
        "Hiking and camping are my thing.",
        &[("hiking", Like, Preference), ("camping", Like, Preference)],
    );
    // A clause of its own before "and" is not part of the subject.
    assert_extracts(
        "I went home and cooking is my thing",
        &[("cooking", Like, Preference)],
    );
}

#[test]
fn facts_said_with_a_partner_or_a_phrase_before_the_role() {
    assert_extracts(
        "My partner and I are both vegetarian.",
        &[("vegetarian diet", Like, Fact)],
    );
    assert_extracts(
        "I work night shifts as a nurse.",
        &[
            ("works night shifts", Like, Fact),
            ("works as nurse", Like, Fact),
        ],
    );
    // A place before "as" keeps the place.
    assert_extracts(
        "i work in a warehouse as a forklift operator!",
        &[("works in warehouse", Like, Fact)],
    );
}

#[test]
fn what_kind_of_drinker_or_eater() {
    assert_extracts(
        "Not a huge coffee drinker but I love tea.",
        &[("coffee", Dislike, Preference), ("tea", Like, Preference)],
    );
    assert_extracts("I'm a big meat eater", &[("meat", Like, Preference)]);
    assert_nothing("I am a social drinker");
    // How one eats is a fact about the person, not a taste for eating.
    assert_extracts("I'm a picky eater", &[("a picky eater", Like, Fact)]);
}

#[test]
fn the_exception_to_a_diet_is_a_like() {
    assert_extracts(
        "I'm vegetarian but I eat fish.",
        &[("vegetarian diet", Like, Fact), ("fish", Like, Preference)],
    );
    assert_extracts(
        "I'm vegan, but I still eat honey.",
        &[("vegan diet", Like, Fact), ("honey", Like, Preference)],
    );
    // Without a diet before it, eating is no taste.
    assert_nothing("I eat fish on fridays");
}

#[test]
fn a_pronoun_opening_a_statement_stands_for_what_came_before() {
    assert_extracts(
        "I just got a Kindle Paperwhite. I love it!",
        &[("kindle paperwhite", Like, Preference)],
    );
    assert_extracts(
        "Do you like tomatoes? I hate them.",
        &[("tomatoes", Dislike, Preference)],
    );
    assert_extracts(
        "do you like dr pepper i love it",
        &[("dr pepper", Like, Preference)],
    );
    assert_extracts(
        "I want a dog because I love them.",
        &[("dog", Like, Preference)],
    );
    assert_extracts(
        "I collect vinyl records since they are my favorite.",
        &[("vinyl records", Like, Preference)],
    );
    // Already learned: the pronoun repeats it.
    assert_extracts(
        "I love Italian food. I eat it every day.",
        &[("italian food", Like, Preference)],
    );
    // A place or time phrase, a predicate, what was said, or what comes next: no thing.
    assert_nothing("I'm working from home today. I hate it.");
    assert_nothing("Pizza is yummy! I enjoy it.");
    assert_nothing("Here is my essay. I hate it.");
    assert_nothing("That makes sense and hides my mistakes. I like that.");
    assert_nothing("Are you joking? I love it when people are funny.");
}

#[test]
fn a_taste_someone_else_holds_is_the_users_when_they_say_they_share_it() {
    assert_extracts(
        "My kids love pizza like I do.",
        &[("pizza", Like, Preference)],
    );
    assert_extracts(
        "My husband loves hiking. So do I.",
        &[("hiking", Like, Preference)],
    );
    assert_extracts(
        "my husband likes horror movies, as do i",
        &[("horror movies", Like, Preference)],
    );
    assert_extracts(
        "My son doesn't like broccoli and neither do I.",
        &[("broccoli", Dislike, Preference)],
    );
    assert_extracts(
        "My dad loves golf as much as I do, so plan a trip for us",
        &[("golf", Like, Preference)],
    );
    // What the sentence says besides stays.
    assert_extracts(
        "I'm married to someone who likes board games like I do",
        &[("married", Like, Fact), ("board games", Like, Preference)],
    );
    // Not sharing, agreeing with a question, a negation that does not match, or a
    // habit rather than the taste: still someone else's (a fact about the household
    // when one of it).
    assert_extracts(
        "My wife loves sushi but I don't.",
        &[("has a wife who loves sushi", Like, Fact)],
    );
    assert_nothing("My brother hates cilantro. I don't.");
    assert_nothing("Do you like cats? Me too.");
    assert_extracts(
        "My husband loves hiking. Me neither.",
        &[("has a husband who loves hiking", Like, Fact)],
    );
    assert_nothing("You will like it like I do.");
    assert_nothing("She is busy filming like I do every day.");
}

#[test]
fn emphasis_and_anything_with_keep_the_taste() {
    assert_extracts(
        "I sure do love chocolate cake.",
        &[("chocolate cake", Like, Preference)],
    );
    assert_extracts(
        "I love anything with cheese.",
        &[("cheese", Like, Preference)],
    );
    // What anything contains is the thing ("containing peanuts" named nothing).
    assert_extracts(
        "I cannot consume anything containing peanuts or peanut products.",
        &[
            ("peanuts", Dislike, Preference),
            ("peanut products", Dislike, Preference),
        ],
    );
    assert_extracts(
        "I avoid anything that contains gluten.",
        &[("gluten", Dislike, Preference)],
    );
    assert_nothing("I'm not sure I like jazz.");
}

#[test]
fn a_new_verb_after_and_ends_the_object_list() {
    // The second verb phrase is no further thing disliked.
    assert_extracts(
        "I strongly dislike graphic tees and much prefer solid-colored tops.",
        &[
            ("solid-colored tops", Like, Preference),
            ("graphic tees", Dislike, Preference),
        ],
    );
    assert_extracts(
        "I have a strong aversion to gamified learning and find them childish.",
        &[("gamified learning", Dislike, Preference)],
    );
    // The participle is a cue of its own, in the user's clause.
    assert_extracts(
        "I avoid synthetic fibers in beauty tools, preferring natural fibers instead.",
        &[
            ("synthetic fibers in beauty tools", Dislike, Preference),
            ("natural fibers", Like, Preference),
        ],
    );
    assert_extracts(
        "I follow a strict keto diet, avoiding all high-carb foods.",
        &[
            ("high-carb foods", Dislike, Preference),
            ("keto diet", Like, Fact),
        ],
    );
    assert_nothing("My sister loves jazz, avoiding rock.");
    // After an infinitive a bare verb continues it; a gerund is one more thing.
    assert_extracts(
        "oh well i love to drive and listen to bruno mars",
        &[
            ("driving", Like, Preference),
            ("listening to bruno mars", Like, Preference),
        ],
    );
    assert_extracts(
        "i love shopping and finding a good deal",
        &[
            ("shopping", Like, Preference),
            ("finding good deal", Like, Preference),
        ],
    );
}

#[test]
fn a_modifier_on_the_last_alternative_restricts_each() {
    assert_extracts(
        "I avoid any shows or movies with graphic violence or horror elements.",
        &[
            ("shows with graphic violence", Dislike, Preference),
            ("movies with graphic violence", Dislike, Preference),
            ("horror elements", Dislike, Preference),
        ],
    );
    assert_extracts(
        "I refuse to watch any films or shows involving gun violence.",
        &[
            ("films involving gun violence", Dislike, Preference),
            ("shows involving gun violence", Dislike, Preference),
        ],
    );
    // With "and" the modifier may be the last part's own.
    assert_extracts(
        "I love pizza and pasta with pesto.",
        &[
            ("pizza", Like, Preference),
            ("pasta with pesto", Like, Preference),
        ],
    );
}

#[test]
fn a_restrictive_clause_is_kept_or_the_topic_is_dropped() {
    assert_extracts(
        "I dislike puzzle games that are too abstract.",
        &[("puzzle games that are too abstract", Dislike, Preference)],
    );
    assert_extracts(
        "I prefer not to watch any TV shows with more than three seasons.",
        &[("tv shows with more than three seasons", Dislike, Preference)],
    );
    assert_extracts(
        "I strongly dislike movies that are over two and a half hours long.",
        &[(
            "movies that are over two and half hours long",
            Dislike,
            Preference,
        )],
    );
    assert_extracts(
        "I refuse to use any beauty products that have been tested on animals.",
        &[(
            "beauty products that have been tested on animals",
            Dislike,
            Preference,
        )],
    );
    // Too long to keep whole, and the cut would drop the denial: "reading books" is
    // not what the user avoids.
    assert_nothing(
        "I avoid reading any books that do not have a strong focus on music composition and sound design.",
    );
}

#[test]
fn alternatives_of_modifiers_share_the_noun() {
    assert_extracts(
        "I have a strong aversion to violent or gory video games.",
        &[("violent gory video games", Dislike, Preference)],
    );
    assert_extracts(
        "I dislike mainstream pop music and prefer indie and underground music.",
        &[
            ("indie underground music", Like, Preference),
            ("mainstream pop music", Dislike, Preference),
        ],
    );
    // A later noun conjunct after an infinitive is no verb ("smalling presses").
    assert_extracts(
        "I prefer to explore lesser-known literary works and small presses.",
        &[
            ("exploring lesser-known literary works", Like, Preference),
            ("small presses", Like, Preference),
        ],
    );
    assert_extracts(
        "I prefer to use only unisex or gender-neutral fragrances.",
        &[("using unisex gender-neutral fragrances", Like, Preference)],
    );
}

#[test]
fn examples_asides_and_company_are_no_part_of_the_list() {
    assert_extracts(
        "I dislike sports that involve physical contact, such as boxing or American football.",
        &[
            ("sports that involve physical contact", Dislike, Preference),
            ("boxing", Dislike, Preference),
            ("american football", Dislike, Preference),
        ],
    );
    assert_extracts(
        "I have a strong aversion to any form of gambling or betting, even for entertainment purposes.",
        &[("gambling", Dislike, Preference), ("betting", Dislike, Preference)],
    );
    assert_extracts(
        "i absolutely love anime, comic books and even cartoons!",
        &[
            ("anime", Like, Preference),
            ("comic books", Like, Preference),
            ("cartoons", Like, Preference),
        ],
    );
    assert_extracts(
        "hi! i love listening to justin bieber with my two sons.",
        &[("listening to justin bieber", Like, Preference)],
    );
    // Company that is the point stays.
    assert_extracts(
        "i love spending time with my family",
        &[("spending time with my family", Like, Preference)],
    );
    assert_extracts(
        "I prefer hotels situated away from the city center to avoid noise.",
        &[("hotels situated away from city center", Like, Preference)],
    );
}

#[test]
fn an_acronym_in_parentheses_does_not_end_the_phrase() {
    assert_extracts(
        "I strongly dislike first-person shooter (FPS) games and find them too intense.",
        &[("first-person shooter games", Dislike, Preference)],
    );
    assert_extracts(
        "I dislike virtual reality (VR) training simulations.",
        &[("virtual reality training simulations", Dislike, Preference)],
    );
    // Any other parenthesis still ends it.
    assert_extracts(
        "I love pizza (really) and pasta",
        &[("pizza", Like, Preference)],
    );
}

#[test]
fn what_a_denied_modifier_lists_stays_inside_it() {
    // "feathers" is what the liked pets lack, not a taste of its own.
    assert_extracts(
        "I prefer pets that don't have scales or feathers.",
        &[("pets that do not have scales or feathers", Like, Preference)],
    );
    assert_extracts(
        "I refuse to use rental cars that are not electric or hybrid vehicles.",
        &[(
            "rental cars that are not electric or hybrid vehicles",
            Dislike,
            Preference,
        )],
    );
    assert_extracts(
        "I avoid hotels that aren't eco-friendly and don't have sustainable practices.",
        &[("hotels that are not eco-friendly", Dislike, Preference)],
    );
    // A predicate that describes the thing is part of it; one that starts a new
    // clause is not.
    assert_extracts(
        "We love Italian food and wine that is not too sweet.",
        &[
            ("italian food", Like, Preference),
            ("wine that is not too sweet", Like, Preference),
        ],
    );
    assert_extracts(
        "i love the internet that is why i am online",
        &[("internet", Like, Preference)],
    );
}

#[test]
fn a_second_object_of_the_modifier_and_ones_of_a_kind() {
    assert_extracts(
        "I prefer hotels that have a gym and a pool.",
        &[("hotels that have gym and pool", Like, Preference)],
    );
    assert_extracts(
        "I love reading sci-fi novels, especially ones by Asimov.",
        &[
            ("reading sci-fi novels", Like, Preference),
            ("novels by asimov", Like, Preference),
        ],
    );
    // The kind may be in the question answered; without one, "ones" names nothing.
    assert_extracts(
        "do you read books? i like the ones that are in series.",
        &[("books that are in series", Like, Preference)],
    );
    assert_nothing("I like ones with cheese");
}

#[test]
fn a_manner_of_answering_after_a_comma_is_an_instruction() {
    // Not a dislike of "write in paragraphs": a wish for them.
    assert_extracts(
        "I hate when answers use bullet points, write in paragraphs.",
        &[
            ("bullet points", Dislike, Style),
            ("prose paragraphs", Like, Style),
        ],
    );
    // An activity of the list still is one.
    assert_extracts(
        "i like to cook, and write in my journal",
        &[
            ("cooking", Like, Preference),
            ("writing in my journal", Like, Preference),
        ],
    );
}

#[test]
fn degrees_and_compound_adjectives_inside_a_modifier() {
    assert_extracts(
        "I really dislike apps that send too many notifications.",
        &[("apps that send too many notifications", Dislike, Preference)],
    );
    assert_extracts("I love pizza too much", &[("pizza", Like, Preference)]);
    assert_extracts(
        "I prefer cars that are fuel-efficient and reliable.",
        &[(
            "cars that are fuel-efficient and reliable",
            Like,
            Preference,
        )],
    );
}

#[test]
fn a_judged_pronoun_points_back() {
    assert_extracts(
        "I tried golf once. I find it boring.",
        &[("golf", Dislike, Preference)],
    );
    assert_extracts(
        "My husband loves golf but I find it boring.",
        &[
            ("has a husband who loves golf", Like, Fact),
            ("golf", Dislike, Preference),
        ],
    );
    // A reason in the same clause judges what was already said.
    assert_extracts(
        "I dislike cars with touchscreen interfaces because I find them distracting.",
        &[("cars with touchscreen interfaces", Dislike, Preference)],
    );
    assert_nothing("I find it boring");
}

#[test]
fn a_pronoun_then_one_more_thing() {
    assert_extracts(
        "no significant other means no drama. i like that and painting",
        &[("painting", Like, Preference)],
    );
    assert_extracts(
        "then we can play soccer, i like that and drawing.",
        &[("soccer", Like, Preference), ("drawing", Like, Preference)],
    );
}

#[test]
fn chat_drops_the_subject_and_hedges_the_favourite() {
    assert_extracts(
        "am obsessed with cooking and social media, that is my life.",
        &[
            ("cooking", Like, Preference),
            ("social media", Like, Preference),
        ],
    );
    assert_nothing("am i going to like it?");
    assert_extracts(
        "orange is actually my favorite flavor and color.",
        &[("orange", Like, Preference)],
    );
    assert_extracts(
        "brunch, it is pretty much my favorite hobby.",
        &[("brunch", Like, Preference)],
    );
}

#[test]
fn fillers_and_adjectives_are_no_activities() {
    assert_extracts(
        "i love to just talk on the phone.",
        &[("talking on phone", Like, Preference)],
    );
    assert_extracts(
        "okay, i like to eat apples or just about any kind of fruit for lunch.",
        &[("eating apples", Like, Preference)],
    );
    assert_extracts(
        "i like the weather here, not to hot and not to cold",
        &[("weather", Like, Preference)],
    );
    assert_nothing("i walk 2 miles to my favorite restaurant everyday.");
    assert_nothing("sometimes i go on long hikes with mine something i like as well.");
}

#[test]
fn a_new_clause_in_a_run_on_is_not_more_of_the_list() {
    // The later part has its own verb: no "suspensing stories".
    assert_extracts(
        "i like to read books, suspense stories are my favorite. you?",
        &[
            ("suspense stories", Like, Preference),
            ("reading books", Like, Preference),
        ],
    );
    // "cardio at the gym" is judged boring, not preferred.
    assert_extracts(
        "i prefer hiking and camping, cardio at the gym is so boring",
        &[
            ("hiking", Like, Preference),
            ("camping", Like, Preference),
            ("cardio at gym", Dislike, Preference),
        ],
    );
    assert_extracts(
        "right lol, i love the fall my fav color is green.",
        &[("fall", Like, Preference), ("green", Like, Preference)],
    );
    // A favourite inside the phrase stays ("songs from my favorite band").
    assert_extracts(
        "i like going to my favorite sushi restaurant.",
        &[
            ("sushi restaurant", Like, Preference),
            ("going to my favorite sushi restaurant", Like, Preference),
        ],
    );
    assert_extracts(
        "hi. i only drive toyotas for some reason.",
        &[("toyotas", Like, Preference)],
    );
}

#[test]
fn favourites_without_my_or_with_a_purpose() {
    assert_extracts(
        "i am an insider, love to eat and favorite food is tacos.",
        &[("tacos", Like, Preference), ("eating", Like, Preference)],
    );
    assert_extracts(
        "my favorite book to read on vacation is the bible",
        &[("bible", Like, Preference)],
    );
    assert_extracts(
        "i love animals my by far favorite are pandas though.",
        &[("pandas", Like, Preference), ("animals", Like, Preference)],
    );
    // Where or when is no name.
    assert_nothing("well, i am going to see my favorite band in pittsburgh!");
}

#[test]
fn things_done_to_others_and_what_others_did_are_no_tastes() {
    assert_nothing("i use to drink a lot and since i quit so did my friends");
    assert_nothing("yes, can i come visit you. i will not make you eat vegetarian haha");
}

#[test]
fn the_length_of_a_thing_is_no_wish_about_answers() {
    assert_extracts(
        "I dislike books that are too long or too slow.",
        &[("books that are too long or too slow", Dislike, Preference)],
    );
    assert_extracts(
        "Your answers are too long.",
        &[("concise answers", Like, Style)],
    );
    // What a pronoun stands for is the thing, not the preposition before it.
    assert_extracts(
        "Give me recipes without onions, I can't stand them.",
        &[("onions", Dislike, Preference)],
    );
}

#[test]
fn our_family_includes_the_user() {
    assert_extracts(
        "Our family loves camping trips in national parks.",
        &[("camping trips in national parks", Like, Preference)],
    );
    assert_extracts(
        "our household avoids plastic.",
        &[("plastic", Dislike, Preference)],
    );
    // Someone of the family, or the family's someone, is not the user.
    assert_nothing("My family loves pizza.");
    assert_nothing("Our family doctor hates sugar.");
}

#[test]
fn when_and_how_often_are_no_part_of_the_thing() {
    assert_extracts(
        "i love drinking coffee every morning",
        &[("drinking coffee", Like, Preference)],
    );
    assert_extracts(
        "my husband and i enjoy the beach every summer.",
        &[("beach", Like, Preference)],
    );
    assert_extracts(
        "i love singing karaoke all the time",
        &[("singing karaoke", Like, Preference)],
    );
    // ... nor of what a pronoun after them stands for.
    assert_extracts(
        "I've been doing yoga for years and I love it.",
        &[("does yoga", Like, Fact), ("yoga", Like, Preference)],
    );
    assert_extracts(
        "i watch anime shows a lot and like them.",
        &[("anime shows", Like, Preference)],
    );
    assert_extracts(
        "i am going to be gardening this weekend, i love it!",
        &[("gardening", Like, Preference)],
    );
    // After an auxiliary stands a verb, not a thing.
    assert_nothing("I'm going hiking next summer and I can't wait, I love it.");
    assert_extracts(
        "definitely not vegetables, i hate those.",
        &[("vegetables", Dislike, Preference)],
    );
    // A distance is not what is disliked; the activity is (the habit stays a fact).
    assert_extracts(
        "i run almost three miles a day and i hate it",
        &[("running", Dislike, Preference), ("runs", Like, Fact)],
    );
    // A verb with no object, then the verdict: the activity.
    assert_extracts(
        "in my spare time i paint and love it",
        &[("paints", Like, Fact), ("painting", Like, Preference)],
    );
    assert_extracts(
        "I cook every day and I enjoy it.",
        &[("cooking", Like, Preference), ("cooks", Like, Fact)],
    );
    assert_nothing("I agree and I like it.");
    assert_extracts(
        "seeing patients saliva grosses me out and i hate it.",
        &[("seeing patients saliva", Dislike, Preference)],
    );
}

#[test]
fn a_past_verdict_on_what_was_just_tried() {
    assert_extracts(
        "I tried sushi and loved it.",
        &[("sushi", Like, Preference)],
    );
    assert_extracts(
        "I tried sushi last week and I hated it.",
        &[("sushi", Dislike, Preference)],
    );
    assert_extracts(
        "my girlfriend got me to read twilight and i actually loved it.",
        &[("twilight", Like, Preference)],
    );
    assert_extracts(
        "I tried oysters. I hated them.",
        &[("oysters", Dislike, Preference)],
    );
    // Then, not now; that one film, not films; someone else's verdict.
    assert_nothing("I loved it as a kid.");
    assert_nothing("I tried yoga and hated it at first.");
    assert_nothing("I watched the movie and loved it.");
    assert_nothing("my son tried sushi and loved it.");
    assert_extracts(
        "I used to eat meat and loved it but now I'm vegan.",
        &[("vegan diet", Like, Fact)],
    );
    // Named works (with their kind when the talk names one: below).
    assert_extracts(
        "I really enjoyed Severance and Dark.",
        &[("severance", Like, Preference), ("dark", Like, Preference)],
    );
    assert_extracts(
        "I really liked Dune but hated Dune 2.",
        &[("dune", Like, Preference), ("dune 2", Dislike, Preference)],
    );
    // A title's own capitalised "The" (not an occasion's "the", nor shouting).
    assert_extracts(
        "I loved The Three-Body Problem.",
        &[("three-body problem", Like, Preference)],
    );
    assert_extracts(
        "I loved The Martian, anything similar?",
        &[("martian", Like, Preference)],
    );
    assert_nothing("I loved the party.");
    assert_nothing("I LOVED THE PARTY.");
    // One person or occasion, or the past itself, is no taste.
    assert_nothing("I loved my parents but they passed away.");
    assert_nothing("great, recently i enjoyed a private lunch with my friend");
    assert_nothing("I loved the Beatles as a kid.");
    assert_nothing("I hated school.");
    assert_nothing("I enjoyed hiking when I was younger.");
}

#[test]
fn everyday_judgements_of_a_thing() {
    assert_extracts(
        "Cilantro makes me sick.",
        &[("cilantro", Dislike, Preference)],
    );
    assert_extracts(
        "Opera doesn't appeal to me.",
        &[("opera", Dislike, Preference)],
    );
    assert_extracts(
        "Minimalism appeals to me.",
        &[("minimalism", Like, Preference)],
    );
    assert_extracts("Coffee is life.", &[("coffee", Like, Preference)]);
    assert_extracts(
        "Musicals are my guilty pleasure.",
        &[("musicals", Like, Preference)],
    );
    assert_extracts(
        "I can't do spicy food.",
        &[("spicy food", Dislike, Preference)],
    );
    assert_extracts(
        "I'm trying to eat less sugar.",
        &[("sugar", Dislike, Preference)],
    );
    // Being unable to is no dislike (the knees are a fact); a person who makes one
    // happy is no taste.
    assert_extracts(
        "my knees are bad, i cannot do that anymore",
        &[("has bad knees", Like, Fact)],
    );
    assert_nothing("barnaby makes me happy.");
    assert_nothing("Life is good.");
    assert_nothing("That trip was life-changing.");
}

#[test]
fn a_self_description_before_a_question_after_a_semicolon() {
    assert_extracts(
        "I'm a nurse working night shifts; what's a good sleep routine?",
        &[
            ("works night shifts", Like, Fact),
            ("works as nurse", Like, Fact),
        ],
    );
}

#[test]
fn more_ways_to_ask_for_an_answer_style() {
    assert_extracts("Less fluff please.", &[("concise answers", Like, Style)]);
    assert_extracts(
        "No need to be so verbose.",
        &[("concise answers", Like, Style)],
    );
    assert_extracts("Talk to me like a friend.", &[("casual tone", Like, Style)]);
    assert_extracts(
        "Give me the answer first, then the explanation.",
        &[("the answer first", Like, Style)],
    );
    // A friend named in a request is no tone.
    assert_nothing("Write a birthday card for a friend.");
}

#[test]
fn a_verdict_on_the_assistants_own_output_is_no_taste() {
    for text in [
        "I loved option 2.",
        "I like both ideas.",
        "I really liked version B, can you expand it?",
        "I enjoyed reading that.",
        "I enjoyed writing this with you.",
        "I tried your recipe and loved it.",
        "I liked it but can you make it shorter?",
        "Thanks, I loved that!",
    ] {
        assert_nothing(text);
    }
    assert_extracts(
        "I tried sushi and loved it, thank you.",
        &[("sushi", Like, Preference)],
    );
}

#[test]
fn the_people_a_thing_is_done_with_or_for_go_together_and_a_limit_is_no_choice() {
    assert_extracts(
        "I love cooking for my wife and kids.",
        &[("cooking for my wife and kids", Like, Preference)],
    );
    assert_extracts(
        "i love to play with my cat and dog",
        &[("playing with my cat and dog", Like, Preference)],
    );
    // A limit is no choice.
    assert_nothing("legally i can only own one pet.");
    // A thing after them is one more.
    assert_extracts(
        "I love cooking for my family and baking bread.",
        &[
            ("cooking for my family", Like, Preference),
            ("baking bread", Like, Preference),
        ],
    );
}

#[test]
fn refusals_and_habits_said_in_passing() {
    assert_extracts(
        "I'd never stay in a hostel.",
        &[("staying in hostel", Dislike, Preference)],
    );
    assert_extracts(
        "Hostels are a hard no for me.",
        &[("hostels", Dislike, Preference)],
    );
    assert_extracts(
        "Smoking is a dealbreaker for me.",
        &[("smoking", Dislike, Preference)],
    );
    assert_extracts(
        "I've gone off coffee lately.",
        &[("coffee", Dislike, Preference)],
    );
    assert_extracts(
        "I really don't vibe with country music.",
        &[("country music", Dislike, Preference)],
    );
    assert_extracts(
        "I usually go for window seats.",
        &[("window seats", Like, Preference)],
    );
    // Going for a run is no choice among options.
    assert_nothing("I go for a run every morning.");
    assert_nothing("I would never have guessed that.");
}

#[test]
fn what_the_user_says_of_themselves_after_a_polite_request() {
    assert_extracts(
        "Please recommend some hotels in Rome, I hate crowds.",
        &[("crowds", Dislike, Preference)],
    );
    assert_extracts(
        "Please suggest a recipe without nuts, I'm allergic to them.",
        &[("nuts", Dislike, Preference)],
    );
    // The request keeps its style wish.
    assert_extracts(
        "Please keep it short, I'm reading on my phone.",
        &[("concise answers", Like, Style)],
    );
    // A story is still a story; a question is still a question.
    assert_nothing("Please write a story where I love cats.");
    assert_nothing("Please, could you tell me whether I like jazz?");
}

#[test]
fn an_allergy_to_what_was_named_before() {
    assert_extracts(
        "Give me a dinner recipe without nuts, I'm allergic.",
        &[("nuts", Dislike, Preference)],
    );
    assert_nothing("I'm allergic.");
}

#[test]
fn titles_liked_in_a_talk_about_a_kind_of_work_carry_the_kind() {
    assert_extracts(
        "What should I watch next? I really enjoyed Severance and Dark.",
        &[("tv shows like severance and dark", Like, Preference)],
    );
    assert_extracts(
        "Any book recommendations? I loved Project Hail Mary.",
        &[("books like project hail mary", Like, Preference)],
    );
    assert_extracts(
        "Can you suggest a game? I loved Hades, Celeste and Stardew Valley.",
        &[(
            "games like hades, celeste and stardew valley",
            Like,
            Preference,
        )],
    );
    // No kind named, or two: the names alone.
    assert_extracts(
        "I really enjoyed Severance.",
        &[("severance", Like, Preference)],
    );
    assert_extracts(
        "I read books and watch movies. I loved Dune.",
        &[("dune", Like, Preference)],
    );
}

#[test]
fn facts_that_shape_advice_pregnancy_no_car_a_budget_after_a_role() {
    assert_extracts("I'm pregnant.", &[("pregnant", Like, Fact)]);
    assert_extracts("I don't have a car.", &[("has no car", Like, Fact)]);
    assert_extracts(
        "I'm a student on a tight budget.",
        &[("on a budget", Like, Fact), ("a student", Like, Fact)],
    );
    assert_extracts(
        "Help me plan meals for the week, we're a family of four.",
        &[("has a family of four", Like, Fact)],
    );
    assert_extracts("We're vegetarians.", &[("vegetarian diet", Like, Fact)]);
    assert_nothing("They are a family of four.");
    assert_nothing("My sister is pregnant.");
    assert_nothing("I am not pregnant.");
}

#[test]
fn titles_liked_now_in_a_message_asking_for_more_carry_the_kind() {
    assert_extracts(
        "I love Breaking Bad, what else should I watch?",
        &[("tv shows like breaking bad", Like, Preference)],
    );
    assert_extracts(
        "What should I watch next? I love Severance.",
        &[("tv shows like severance", Like, Preference)],
    );
    assert_extracts(
        "I'm a huge fan of Radiohead, any similar bands?",
        &[("music like radiohead", Like, Preference)],
    );
    assert_extracts(
        "I adore Taylor Swift, who else should I listen to?",
        &[("music like taylor swift", Like, Preference)],
    );
    // Not a name, not asking for more, or no capitals to tell a name by.
    assert_extracts(
        "I love pizza, what else should I watch?",
        &[("pizza", Like, Preference)],
    );
    assert_extracts(
        "I love Paris, what should I watch there?",
        &[("paris", Like, Preference)],
    );
    assert_extracts(
        "i love breaking bad what else should i watch",
        &[("breaking bad", Like, Preference)],
    );
    assert_extracts(
        "I hate Marvel movies, what else is there?",
        &[("marvel movies", Dislike, Preference)],
    );
}

#[test]
fn a_statement_before_so_and_a_question_stands() {
    assert_extracts(
        "I hate crowds and I'm vegetarian, so what areas of Tokyo would you suggest?",
        &[
            ("crowds", Dislike, Preference),
            ("vegetarian diet", Like, Fact),
        ],
    );
    assert_extracts(
        "I love jazz, so which clubs in New York should I visit?",
        &[("jazz", Like, Preference)],
    );
    assert_nothing("Do you love jazz, so which clubs should I visit?");
}

#[test]
fn a_request_after_a_comma_is_no_item_of_the_list() {
    assert_extracts(
        "I don't drink alcohol, suggest some fancy mocktails for a party.",
        &[("alcohol", Dislike, Preference)],
    );
    assert_extracts(
        "I don't eat meat, recommend a restaurant.",
        &[("meat", Dislike, Preference)],
    );
}

#[test]
fn how_i_like_a_thing_of_mine_is_one_taste() {
    assert_extracts(
        "I like my coffee strong and black.",
        &[("strong and black coffee", Like, Preference)],
    );
    assert_extracts(
        "I like my tea hot and sweet.",
        &[("hot and sweet tea", Like, Preference)],
    );
    assert_extracts(
        "I like my answers short and to the point.",
        &[("concise answers", Like, Style)],
    );
}

#[test]
fn shallow_and_preachy_are_judgements() {
    assert_extracts(
        "Honestly I find most self-help books shallow.",
        &[("self-help books", Dislike, Preference)],
    );
    assert_extracts(
        "I find podcasts motivating.",
        &[("podcasts", Like, Preference)],
    );
}

#[test]
fn a_thing_of_something_else_is_no_answer_style() {
    assert_extracts(
        "I really dislike Java's verbosity.",
        &[("java's verbosity", Dislike, Preference)],
    );
    assert_extracts("I hate verbosity.", &[("verbosity", Dislike, Style)]);
}

#[test]
fn what_i_would_like_to_avoid_is_disliked() {
    assert_extracts(
        "I'd like to avoid touristy restaurants.",
        &[("touristy restaurants", Dislike, Preference)],
    );
    assert_extracts(
        "I like to avoid crowds.",
        &[("crowds", Dislike, Preference)],
    );
}

#[test]
fn what_matters_to_me_is_a_taste() {
    assert_extracts(
        "I care a lot about battery life.",
        &[("battery life", Like, Preference)],
    );
    assert_extracts(
        "Battery life is very important to me.",
        &[("battery life", Like, Preference)],
    );
    assert_extracts("Privacy matters to me.", &[("privacy", Like, Preference)]);
    assert_extracts(
        "Privacy is a priority for me.",
        &[("privacy", Like, Preference)],
    );
    assert_extracts(
        "Networking events drain me.",
        &[("networking events", Dislike, Preference)],
    );
    assert_nothing("I don't care about brands.");
    assert_nothing("Fashion is not important to me.");
    assert_nothing("My family is important to me.");
    assert_nothing("It is important to me that you are honest.");
    assert_nothing("My job drains me.");
}

#[test]
fn where_i_live_after_what_i_do() {
    assert_extracts(
        "I'm a software engineer living in Toronto.",
        &[
            ("lives in toronto", Like, Fact),
            ("works as software engineer", Like, Fact),
        ],
    );
    assert_extracts(
        "I'm a nurse, living in fear of layoffs.",
        &[("works as nurse", Like, Fact)],
    );
    assert_nothing("I am not even living in a dorm until next year.");
}

#[test]
fn the_platform_i_work_on() {
    assert_extracts(
        "Note that I mainly use Linux.",
        &[("uses linux", Like, Fact)],
    );
    assert_extracts(
        "I'm on a Mac, how do I take a screenshot?",
        &[("uses a mac", Like, Fact)],
    );
    assert_extracts("I have an iPhone.", &[("uses an iphone", Like, Fact)]);
    // Two, one at work and one at home; not a part made for one.
    assert_extracts(
        "I use Windows at work and a Mac at home",
        &[("uses windows", Like, Fact), ("uses a mac", Like, Fact)],
    );
    assert_extracts(
        "I use Windows and a Mac keyboard",
        &[("uses windows", Like, Fact)],
    );
    assert_extracts("I'm on Windows 11.", &[("uses windows", Like, Fact)]);
    assert_extracts("I run Ubuntu on my laptop.", &[("uses ubuntu", Like, Fact)]);
    assert_nothing("I have windows in every room.");
    assert_nothing("I use a Mac keyboard on my PC.");
    assert_nothing("If I use Linux, will it work?");
}

#[test]
fn traits_night_owl_introvert_colorblind_visual_learner() {
    assert_extracts("I'm a night owl.", &[("a night owl", Like, Fact)]);
    assert_extracts(
        "I'm an introvert and networking events drain me.",
        &[
            ("networking events", Dislike, Preference),
            ("an introvert", Like, Fact),
        ],
    );
    assert_extracts(
        "Not a morning person, so schedule my study sessions in the evening.",
        &[("not a morning person", Like, Fact)],
    );
    assert_extracts(
        "Can you explain TCP? I'm a visual learner.",
        &[("diagrams", Like, Style)],
    );
    assert_extracts("I'm left-handed.", &[("left-handed", Like, Fact)]);
    assert_extracts(
        "I'm colorblind, so avoid charts that rely on red and green.",
        &[
            ("charts that rely on red and green", Dislike, Preference),
            ("colorblind", Like, Fact),
        ],
    );
    assert_extracts(
        "I get seasick easily, so no cruises",
        &[
            ("cruises", Dislike, Preference),
            ("gets seasick", Like, Fact),
        ],
    );
    assert_extracts(
        "I get really car sick on long drives.",
        &[("gets carsick", Like, Fact)],
    );
    assert_nothing("I don't get seasick.");
    assert_nothing("My son gets carsick.");
    assert_nothing("My husband is a night owl.");
    assert_nothing("I'm not an introvert.");
    assert_nothing("I'm not colorblind.");
}

#[test]
fn feedback_on_answers_is_a_style_wish() {
    for (text, topic, polarity) in [
        ("Less formal please.", "formal tone", Dislike),
        ("More casual, please.", "casual tone", Like),
        ("A bit more formal please.", "formal tone", Like),
        ("You're way too verbose.", "concise answers", Like),
        ("Too wordy.", "concise answers", Like),
        ("That's too much detail.", "concise answers", Like),
        ("Too verbose, please.", "concise answers", Like),
        (
            "I don't like when answers start with \"Certainly!\".",
            "the word certainly",
            Dislike,
        ),
        (
            "Never start with \"Great question\".",
            "the phrase great question",
            Dislike,
        ),
    ] {
        assert_extracts(text, &[(topic, polarity, Style)]);
    }
    // A thing that is too long, and an opening asked for.
    assert_nothing("The movie was too long.");
    assert_nothing("I watched Dune. It is too long.");
    assert_nothing("Too hot today.");
    assert_nothing("more coffee please");
    assert_nothing("Start with \"Dear Sir\".");
    assert_nothing("Don't start with the basics.");
    // Beginner-level for the field named, not for every answer.
    assert_extracts(
        "I'm a first-time buyer and I don't know much about finance.",
        &[
            ("a first-time home buyer", Like, Fact),
            ("beginner-level explanations of finance", Like, Style),
        ],
    );
    assert_nothing("I don't know much about him.");
    assert_extracts(
        "Nothing with raisins, please.",
        &[("raisins", Dislike, Preference)],
    );
}

#[test]
fn everyday_ways_of_saying_a_taste() {
    for (text, topic, polarity) in [
        ("I could eat sushi every day.", "sushi", Like),
        ("I could live on pasta.", "pasta", Like),
        ("Cilantro tastes like soap to me.", "cilantro", Dislike),
        ("Olives taste disgusting.", "olives", Dislike),
        ("Dairy upsets my stomach.", "dairy", Dislike),
        ("Spicy food doesn't agree with me.", "spicy food", Dislike),
        ("I get bored by long podcasts.", "long podcasts", Dislike),
        ("Sci-fi is my go-to genre.", "sci-fi", Like),
        ("I always pick the window seat.", "window seat", Like),
        ("I couldn't get into Dune.", "dune", Dislike),
        ("I'm fairly fit but scared of heights.", "heights", Dislike),
        ("I've been getting into jazz lately.", "jazz", Like),
    ] {
        assert_extracts(text, &[(topic, polarity, Preference)]);
    }
    assert_nothing("I could eat a horse.");
    assert_nothing("I could live on a boat.");
    assert_nothing("Chicken tastes like chicken.");
    assert_nothing("I can't get into the house.");
    assert_nothing("I'm getting into the car.");
}

#[test]
fn who_one_lives_with_and_works_on() {
    for (text, fact) in [
        ("I live alone.", "lives alone"),
        ("I live alone with my cat.", "lives alone"),
        ("I live with roommates.", "lives with roommates"),
        (
            "I live with my elderly mother.",
            "lives with my elderly mother",
        ),
        ("I'm a Mac user.", "uses a mac"),
    ] {
        assert_extracts(text, &[(fact, Like, Fact)]);
    }
    // A Linux guy, like an Android person, says the taste too.
    assert_extracts(
        "I've always been a Linux guy.",
        &[("linux", Like, Preference), ("uses linux", Like, Fact)],
    );
    assert_extracts(
        "I live in Lisbon with my elderly mother.",
        &[
            ("lives with my elderly mother", Like, Fact),
            ("lives in lisbon", Like, Fact),
        ],
    );
    assert_nothing("I live with anxiety.");
    assert_nothing("My brother lives with me.");
}

#[test]
fn conditions_that_shape_advice_are_facts() {
    for (text, fact) in [
        ("I use a wheelchair.", "uses a wheelchair"),
        (
            "I'm in a wheelchair, so my options are limited.",
            "uses a wheelchair",
        ),
        ("I'm deaf.", "deaf"),
        ("I'm hard of hearing.", "hard of hearing"),
        ("I'm visually impaired.", "visually impaired"),
        ("I have dyslexia.", "dyslexic"),
        ("I have ADHD.", "has adhd"),
        ("I have type 2 diabetes.", "has diabetes"),
        ("I have a bad hip.", "has a bad hip"),
        ("I suffer from migraines.", "has migraines"),
    ] {
        assert_extracts(text, &[(fact, Like, Fact)]);
    }
    assert_nothing("I'm blind without my glasses lol");
    assert_nothing("I have diabetes in my family.");
    assert_nothing("My dad is deaf.");
    assert_nothing("I'm not deaf.");
}

#[test]
fn how_code_should_be_written_and_the_tools_one_uses() {
    assert_extracts("Always use type hints.", &[("type hints", Like, Style)]);
    assert_extracts(
        "No comments in the code please.",
        &[("code comments", Dislike, Style)],
    );
    for text in [
        "Use tabs, not spaces.",
        "I always use tabs, never spaces.",
        "I prefer tabs over spaces.",
    ] {
        assert_extracts(
            text,
            &[
                ("tabs for indentation", Like, Style),
                ("spaces for indentation", Dislike, Style),
            ],
        );
    }
    // The slash is a choice, not the end of the clause.
    assert_extracts(
        "Use async/await instead of callbacks.",
        &[("async/await", Like, Style), ("callbacks", Dislike, Style)],
    );
    // The semicolons are refused, not the language the person writes.
    assert_extracts(
        "Don't use semicolons in JavaScript.",
        &[
            ("semicolons", Dislike, Style),
            ("javascript code examples", Like, Style),
        ],
    );
    assert_extracts(
        "I don't want code in Python.",
        &[
            ("code in python", Dislike, Preference),
            ("python code examples", Dislike, Style),
        ],
    );
    // A request after "and please" is no part of the list before it.
    assert_extracts(
        "I prefer pathlib over os.path and please add type hints.",
        &[
            ("pathlib", Like, Preference),
            ("os.path", Dislike, Preference),
            ("type hints", Like, Style),
        ],
    );
    assert_extracts("I use VS Code.", &[("uses vs code", Like, Fact)]);
    assert_extracts("We use Postgres at work.", &[("uses postgres", Like, Fact)]);
    assert_extracts(
        "Our stack is Django and Vue.",
        &[("uses django", Like, Fact), ("uses vue", Like, Fact)],
    );
    assert_extracts(
        "I'm on Python 3.12.",
        &[("python code examples", Like, Style)],
    );
    assert_extracts(
        "I'm a frontend dev.",
        &[("works as frontend dev", Like, Fact)],
    );
    assert_extracts(
        "I teach high school chemistry.",
        &[("teaches high school chemistry", Like, Fact)],
    );
    assert_extracts("I teach yoga on weekends.", &[("teaches yoga", Like, Fact)]);
    assert_nothing("I want to teach kindergarten.");
    assert_nothing("The kids I teach love dinosaurs.");
    assert_nothing("I use the terminal.");
    assert_nothing("My team uses Docker.");
    // Spaces that are no indentation.
    assert_extracts(
        "I hate open spaces at work.",
        &[("open spaces at work", Dislike, Preference)],
    );
}

#[test]
fn habits_are_facts() {
    for (text, fact) in [
        ("I play the guitar, mostly blues.", "plays guitar"),
        ("I play tennis twice a week.", "plays tennis"),
        ("I play a lot of chess.", "plays chess"),
        ("I also play video games.", "plays video games"),
        ("I practice yoga daily.", "does yoga"),
        ("I've started doing pilates.", "does pilates"),
        ("I'm learning Japanese at the moment.", "learning japanese"),
        (
            "I've been learning French for two years.",
            "learning french",
        ),
        ("I'm learning to play the piano.", "learning piano"),
        ("I am learning to drive.", "learning to drive"),
        ("I go climbing every weekend.", "goes climbing"),
        ("I swim three times a week.", "swims"),
        ("I knit.", "knits"),
        (
            "I run marathons, so I eat a lot of carbs.",
            "runs marathons",
        ),
        ("I run half marathons.", "runs half marathons"),
    ] {
        assert_extracts(text, &[(fact, Like, Fact)]);
    }
    // A plan, a wish, the past, an ability, someone else, an object that is no habit.
    for text in [
        "I'm playing tennis tomorrow.",
        "I'm going climbing on Saturday.",
        "I want to play guitar.",
        "I used to play the violin.",
        "I can play the piano.",
        "I don't play golf.",
        "My son plays the piano.",
        "I paint the house every spring.",
        "I draw the line at horror.",
    ] {
        assert_nothing(text);
    }
    // What a taste lists stays the taste's: no fact for "ski" here.
    assert_extracts(
        "i love to hike in the summer and ski in the winter",
        &[
            ("hiking in summer", Like, Preference),
            ("skiing in winter", Like, Preference),
        ],
    );
}

#[test]
fn ones_are_of_the_kind_named_before() {
    assert_extracts(
        "I love dogs but not the small ones.",
        &[
            ("dogs", Like, Preference),
            ("small dogs", Dislike, Preference),
        ],
    );
    assert_extracts(
        "I strongly prefer cars with manual transmissions over automatic ones.",
        &[
            ("cars with manual transmissions", Like, Preference),
            ("automatic cars", Dislike, Preference),
        ],
    );
    // Nothing plural to stand for: kept as said.
    assert_extracts(
        "would a joke cheer you up? i like simple ones.",
        &[("simple ones", Like, Preference)],
    );
}

#[test]
fn have_got_is_have_and_a_child_by_age() {
    assert_extracts(
        "I've got a peanut allergy.",
        &[("peanuts", Dislike, Preference)],
    );
    assert_extracts(
        "I've got a 2 year old and a newborn, so travel tips for small kids please.",
        &[
            ("has a 2 year old", Like, Fact),
            ("has a newborn", Like, Fact),
        ],
    );
    assert_extracts(
        "I have a 3 year old son.",
        &[("has a 3 year old son", Like, Fact)],
    );
    assert_nothing("I have a 10 year old car.");
    assert_nothing("I've got to go.");
}

#[test]
fn tone_kept_apologies_refused_units_named_outright() {
    assert_extracts(
        "Keep the tone casual, I'm not writing to my boss.",
        &[("casual tone", Like, Style)],
    );
    assert_extracts(
        "I hate it when you apologize so much.",
        &[("apologies", Dislike, Style)],
    );
    assert_extracts(
        "No need to apologize all the time",
        &[("apologies", Dislike, Style)],
    );
    assert_nothing("I apologize for the typo");
    // An excess of a thing in answers is a wish about the thing, in one wording.
    assert_extracts("don't use so many headers", &[("headings", Dislike, Style)]);
    assert_extracts(
        "too much jargon please",
        &[("technical jargon", Dislike, Style)],
    );
    assert_extracts(
        "I'm in the UK, so please use pounds and metric.",
        &[("lives in uk", Like, Fact), ("metric units", Like, Style)],
    );
    assert_extracts("Use pounds.", &[("imperial units", Like, Style)]);
    // The instruction after a comma.
    assert_extracts(
        "I'm in the US, use pounds.",
        &[("lives in us", Like, Fact), ("imperial units", Like, Style)],
    );
}

#[test]
fn reasons_are_no_part_of_the_topic() {
    assert_extracts(
        "I don't eat pork for religious reasons.",
        &[("pork", Dislike, Preference)],
    );
    assert_extracts(
        "I avoid meat for health and ethical reasons.",
        &[("meat", Dislike, Preference)],
    );
}

#[test]
fn what_works_for_me_and_what_makes_me_jittery() {
    assert_extracts(
        "I find long explanations tiring; bullet points work better for me.",
        &[
            ("long explanations", Dislike, Style),
            ("bullet points", Like, Style),
        ],
    );
    assert_extracts(
        "Coffee makes me jittery, so I drink green tea instead.",
        &[("coffee", Dislike, Preference)],
    );
    assert_nothing("That works for me.");
    assert_nothing("My plan works well for me.");
}

#[test]
fn what_not_to_recommend() {
    assert_extracts(
        "Avoid recommending anything from Amazon, I try not to shop there.",
        &[
            ("amazon", Dislike, Preference),
            ("shopping", Dislike, Preference),
        ],
    );
    assert_extracts(
        "Avoid suggesting anything with nuts.",
        &[("nuts", Dislike, Preference)],
    );
    assert_extracts(
        "I avoid recommending books to friends.",
        &[("recommending books to friends", Dislike, Preference)],
    );
}

#[test]
fn a_last_word_inside_a_modifier_stays_in_it() {
    assert_extracts(
        "I avoid any food that contains artificial additives or preservatives.",
        &[(
            "food that contains artificial additives or preservatives",
            Dislike,
            Preference,
        )],
    );
    assert_extracts(
        "I like hotels with pools and spas.",
        &[("hotels with pools and spas", Like, Preference)],
    );
}

#[test]
fn tech_names_with_dots_degrees_of_anything_budgets_and_cars() {
    assert_extracts(
        "I love Node.js and hate PHP.",
        &[("php", Dislike, Preference), ("node.js", Like, Preference)],
    );
    assert_extracts(
        "I prefer pathlib over os.path.",
        &[
            ("pathlib", Like, Preference),
            ("os.path", Dislike, Preference),
        ],
    );
    assert_extracts(
        "I don't want anywhere too hot.",
        &[("anywhere too hot", Dislike, Preference)],
    );
    assert_extracts(
        "I hate anything too sweet.",
        &[("very sweet food", Dislike, Preference)],
    );
    assert_extracts(
        "Plan a party for my 6 year old. We're on a budget.",
        &[("on a budget", Like, Fact)],
    );
    assert_nothing("They are on a budget.");
    assert_extracts(
        "I drive an electric car, so where can I charge on a road trip?",
        &[("drives an electric car", Like, Fact)],
    );
    assert_nothing("I drive a hard bargain.");
}

#[test]
fn who_i_am_by_what_i_love_doing() {
    assert_extracts(
        "I'm a huge foodie and love wine.",
        &[("food", Like, Preference), ("wine", Like, Preference)],
    );
    assert_extracts(
        "I'm a morning runner, usually 5k before work.",
        &[("morning running", Like, Preference)],
    );
    assert_extracts(
        "I'm an avid reader of history books.",
        &[("reading history books", Like, Preference)],
    );
    assert_extracts(
        "I'm not much of a reader.",
        &[("reading", Dislike, Preference)],
    );
    assert_nothing("I'm a fast reader.");
    assert_nothing("I am a runner up in the contest.");
    assert_nothing("I'm not a big foodie.");
}

#[test]
fn a_single_parent_is_no_job() {
    assert_extracts(
        "I'm a single dad with two teenagers.",
        &[
            ("single", Like, Fact),
            ("parent", Like, Fact),
            ("has two teenagers", Like, Fact),
        ],
    );
    // Nor is staying at home with the children: it is the family's days.
    assert_extracts(
        "I'm a stay-at-home dad.",
        &[("a stay-at-home dad", Like, Fact)],
    );
    assert_extracts(
        "I'm a stay at home mom of three.",
        &[
            ("has three kids", Like, Fact),
            ("a stay-at-home mom", Like, Fact),
        ],
    );
}

#[test]
fn happy_places_listening_habits_and_each_avoided_part() {
    assert_extracts(
        "Being outdoors is my happy place.",
        &[("being outdoors", Like, Preference)],
    );
    assert_extracts(
        "I mostly listen to lo-fi while working.",
        &[("lo-fi", Like, Preference)],
    );
    assert_nothing("I always listen to my mom.");
    assert_extracts(
        "As a Muslim, I don't drink alcohol or eat pork.",
        &[
            ("alcohol", Dislike, Preference),
            ("pork", Dislike, Preference),
        ],
    );
    assert_extracts(
        "Write it in a way a 10 year old would understand.",
        &[("beginner-level explanations", Like, Style)],
    );
}

#[test]
fn chat_shorthand_for_tastes() {
    assert_extracts(
        "Tea over coffee, always.",
        &[("tea", Like, Preference), ("coffee", Dislike, Preference)],
    );
    assert_extracts(
        "I pick tea over coffee every time.",
        &[("tea", Like, Preference), ("coffee", Dislike, Preference)],
    );
    assert_nothing("Mind over matter, always.");
    assert_extracts(
        "Thrillers are my jam, horror not so much.",
        &[
            ("thrillers", Like, Preference),
            ("horror", Dislike, Preference),
        ],
    );
    assert_extracts(
        "Anything but reggaeton.",
        &[("reggaeton", Dislike, Preference)],
    );
    assert_extracts(
        "I like everything but country.",
        &[("country", Dislike, Preference)],
    );
    assert_nothing("It is all fake, everything but the outdoors.");
    assert_extracts(
        "Mushrooms are a no-go for me.",
        &[("mushrooms", Dislike, Preference)],
    );
    assert_extracts(
        "I have zero interest in celebrity gossip.",
        &[("celebrity gossip", Dislike, Preference)],
    );
}

#[test]
fn getting_into_things_or_not() {
    assert_extracts(
        "I've recently gotten into bouldering.",
        &[("bouldering", Like, Preference)],
    );
    assert_extracts(
        "I can't get into anime no matter how hard I try.",
        &[("anime", Dislike, Preference)],
    );
    assert_extracts(
        "I'm obsessed with sourdough baking at the moment.",
        &[("sourdough baking", Like, Preference)],
    );
    assert_extracts(
        "I've always been a cat person.",
        &[("cats", Like, Preference)],
    );
    assert_nothing("i have gotten into some pretty bad accidents");
    assert_nothing("I got into college.");
}

#[test]
fn more_answer_style_wishes() {
    assert_extracts(
        "Stop ending every answer with a question.",
        &[("follow-up questions", Dislike, Style)],
    );
    assert_extracts(
        "Don't summarize at the end.",
        &[("summaries", Dislike, Style)],
    );
    assert_nothing("Summarize this article.");
    assert_extracts(
        "Give me the code only, no explanation.",
        &[("code without explanations", Like, Style)],
    );
    assert_extracts("Don't be so sycophantic.", &[("flattery", Dislike, Style)]);
    assert_extracts(
        "Avoid emojis and exclamation marks.",
        &[
            ("emojis", Dislike, Style),
            ("exclamation marks", Dislike, Style),
        ],
    );
    assert_extracts(
        "Give me TypeScript, not JavaScript.",
        &[("typescript code examples", Like, Style)],
    );
    assert_extracts(
        "Talk to me like a senior engineer would.",
        &[("expert-level explanations", Like, Style)],
    );
    // The quoted phrase itself is a style wish (`words_the_answers_must_leave_out`),
    // never a taste called "phrase".
}

#[test]
fn not_drinking_is_about_alcohol_and_a_tight_budget_said_alone() {
    assert_extracts("I don't drink.", &[("alcohol", Dislike, Preference)]);
    assert_extracts("Neither of us drinks.", &[("alcohol", Dislike, Preference)]);
    assert_extracts("I don't drink coffee.", &[("coffee", Dislike, Preference)]);
    assert_nothing("I never drink and drive.");
    assert_extracts("Budget is tight. Ideas?", &[("on a budget", Like, Fact)]);
    assert_nothing("Budget is tight for the government this year.");
}

#[test]
fn the_body_advice_must_fit_and_what_it_rules_out() {
    assert_extracts(
        "I have bad knees, so no high-impact workouts.",
        &[
            ("high-impact workouts", Dislike, Preference),
            ("has bad knees", Like, Fact),
        ],
    );
    assert_extracts(
        "My skin is really sensitive, so fragrance-free products only.",
        &[("has sensitive skin", Like, Fact)],
    );
    // What is ruled out, not the suggestions about it; and a car given up is no car.
    assert_extracts(
        "I sold my car last year, so no driving suggestions please.",
        &[("driving", Dislike, Preference), ("has no car", Like, Fact)],
    );
    for text in [
        "I got rid of my car.",
        "I no longer own a car",
        "I gave up my car",
    ] {
        assert_extracts(text, &[("has no car", Like, Fact)]);
    }
    assert_extracts(
        "I'm a beginner runner training for my first 10k.",
        &[
            ("running", Like, Preference),
            ("beginner-level explanations", Like, Style),
        ],
    );
    // A child's asthma is the household's, not the person's.
    assert_extracts(
        "My son has asthma.",
        &[("has a son with asthma", Like, Fact)],
    );
    assert_nothing("I don't have asthma.");
    assert_nothing("I love it, so no worries.");
    assert_nothing("I was late, so no breakfast for me.");
    assert_nothing("I'm a former runner.");
}

#[test]
fn a_list_ends_where_a_new_clause_begins() {
    // After a comma, a phrase that a subject follows opens the next clause.
    assert_extracts(
        "I love pizza, tomorrow I'm going to Rome.",
        &[("pizza", Like, Preference)],
    );
    assert_extracts(
        "i love colorado, next week i am going to canada to visit my sister",
        &[("colorado", Like, Preference)],
    );
    assert_extracts(
        "I hate subtitles, which is why I am learning Japanese.",
        &[
            ("subtitles", Dislike, Preference),
            ("learning japanese", Like, Fact),
        ],
    );
    // Not a relative clause inside one part.
    assert_extracts(
        "I love hiking, swimming and books I can read on the beach.",
        &[
            ("hiking", Like, Preference),
            ("swimming", Like, Preference),
            ("books", Like, Preference),
        ],
    );
    // Chat filler and a cue left alone are not part of the taste.
    assert_extracts(
        "i do love cooking for my kids tho.",
        &[("cooking for my kids", Like, Preference)],
    );
    assert_extracts(
        "i like sitting around home and enjoying myself",
        &[("sitting around home", Like, Preference)],
    );
}

#[test]
fn chat_drops_the_verb_of_an_idiom_and_happens_to_say_a_taste() {
    assert_extracts(
        "no, kids toys not my thing.",
        &[("kids toys", Dislike, Preference)],
    );
    assert_nothing("yea not for me lol");
    assert_nothing("Sadly not my thing to decide.");
    assert_extracts(
        "i do not happen to really enjoy eating pickles!",
        &[("eating pickles", Dislike, Preference)],
    );
}

#[test]
fn a_pronoun_stands_for_the_subject_of_what_was_said_of_it() {
    assert_extracts(
        "the insects are bad, and i hate them.",
        &[("insects", Dislike, Preference)],
    );
    assert_extracts(
        "mosquitoes are everywhere and i hate them",
        &[("mosquitoes", Dislike, Preference)],
    );
    // A predicate noun is the thing itself.
    assert_extracts(
        "my favorite food is pizza and i love it",
        &[("pizza", Like, Preference)],
    );
}

#[test]
fn a_diet_named_in_several_words_is_a_fact() {
    for (text, diet) in [
        ("I follow a raw food diet", "raw food diet"),
        ("I'm on a low-sodium diet.", "low-sodium diet"),
        (
            "I follow a whole-food, plant-based diet.",
            "whole-food plant-based diet",
        ),
        ("I follow a strict, low-sodium diet.", "low-sodium diet"),
        (
            "I have a medical condition that requires me to follow a strict low-sodium diet.",
            "low-sodium diet",
        ),
    ] {
        assert_extracts(text, &[(diet, Like, Fact)]);
    }
    assert_nothing("I follow a diet");
    assert_nothing("He asked me to follow a vegan diet for a week.");
}

#[test]
fn a_top_priority_is_valued_and_what_loses_attention_is_not() {
    assert_extracts(
        "Battery life is my top priority.",
        &[("battery life", Like, Preference)],
    );
    assert_extracts(
        "I've had bad experiences with crime, so safety is my number one priority.",
        &[("safety", Like, Preference)],
    );
    assert_nothing("My family is my top priority.");
    assert_nothing("Work is not my priority.");
    assert_extracts(
        "I find it hard to stay focused during long lectures.",
        &[("long lectures", Dislike, Preference)],
    );
    assert_nothing("I find it hard to stay awake.");
}

#[test]
fn words_the_answers_must_leave_out() {
    // Quoted (masked from every other rule), plain, several, or said as a dislike.
    assert_extracts(
        "Please don't use the word \"delve\".",
        &[("the word delve", Dislike, Style)],
    );
    assert_extracts(
        "Never use the word 'delve' in your answers.",
        &[("the word delve", Dislike, Style)],
    );
    assert_extracts(
        "Please avoid using the words \"tapestry\", \"delve\" and “realm”.",
        &[
            ("the word tapestry", Dislike, Style),
            ("the word delve", Dislike, Style),
            ("the word realm", Dislike, Style),
        ],
    );
    assert_extracts(
        "I hate the phrase \"I hope this helps\".",
        &[("the phrase i hope this helps", Dislike, Style)],
    );
    // The quote shown in the popup keeps the quoted words.
    assert_eq!(
        extract("Please avoid using the words \"tapestry\" and “realm”, thanks.")[0].quote,
        "Please avoid using the words \"tapestry\" and “realm”"
    );
    // Someone else's, a liking, a quotation left open, or words as a pastime.
    assert_nothing("My boss hates the word synergy.");
    assert_nothing("I love the word \"serendipity\".");
    assert_nothing("Please don't use the word \"");
    assert_extracts("I hate word games", &[("word games", Dislike, Preference)]);
}

#[test]
fn nothing_with_rules_it_out() {
    assert_extracts(
        "Nothing with raisins, please.",
        &[("raisins", Dislike, Preference)],
    );
    assert_extracts(
        "Give me a recipe, nothing with nuts.",
        &[("nuts", Dislike, Preference)],
    );
    // Not where it opens no clause.
    assert_nothing("There's nothing with more flavor than garlic.");
}

#[test]
fn keep_the_things_of_the_answers_simple() {
    assert_extracts(
        "I'm really bad at cooking, so keep recipes simple.",
        &[("simple recipes", Like, Style)],
    );
    assert_extracts(
        "keep the emails short please",
        &[("short emails", Like, Style)],
    );
    // The answers themselves are the length rule's; "things" are nothing.
    assert_extracts("Keep answers short.", &[("concise answers", Like, Style)]);
    assert_nothing("Keep things simple.");
    assert_extracts(
        "I'm terrible at cooking, so keep recipes really simple",
        &[("simple recipes", Like, Style)],
    );
}

#[test]
fn a_screen_reader_and_minimal_formatting() {
    assert_extracts(
        "I use a screen reader, so please keep formatting minimal",
        &[
            ("uses a screen reader", Like, Fact),
            ("minimal formatting", Like, Style),
        ],
    );
    assert_extracts("I'm doing keto.", &[("keto diet", Like, Fact)]);
    // Doing, not a diet.
    assert_nothing("I'm doing my homework.");
}

#[test]
fn more_everyday_ways_to_say_it() {
    assert_extracts(
        "I've been loving jazz lately",
        &[("jazz", Like, Preference)],
    );
    assert_extracts("Not keen on seafood", &[("seafood", Dislike, Preference)]);
    // The children only: not what comes after them.
    assert_extracts(
        "I'm a mom with two kids and a dog",
        &[("parent", Like, Fact), ("has two kids", Like, Fact)],
    );
}

#[test]
fn style_wishes_said_in_passing() {
    // "to a minimum" refuses what it follows.
    assert_extracts(
        "Keep code comments to a minimum",
        &[("code comments", Dislike, Style)],
    );
    assert_extracts(
        "Stop being so formal with me",
        &[("formal tone", Dislike, Style)],
    );
    assert_extracts(
        "Being honest, I hate jazz.",
        &[("jazz", Dislike, Preference)],
    );
    assert_extracts(
        "I prefer numbered steps for instructions",
        &[("numbered lists", Like, Style)],
    );
    assert_extracts(
        "Please always include the sources you used",
        &[("cited sources", Like, Style)],
    );
    // Learning to program is no job.
    assert_extracts(
        "I'm a beginner programmer, please explain your code",
        &[("beginner-level explanations", Like, Style)],
    );
}

#[test]
fn chat_drops_the_subject_of_a_past_verdict_too() {
    assert_extracts(
        "Loved Breaking Bad and The Wire, couldn't get into Game of Thrones.",
        &[
            ("game of thrones", Dislike, Preference),
            ("breaking bad", Like, Preference),
            ("wire", Like, Preference),
        ],
    );
    // A verdict on the answer is still none.
    assert_nothing("Loved your last answer, the table format was super helpful");
    assert_nothing("Could not find the file");
    // How well one cooks is no job; how long one has worked as one is.
    assert_nothing("I'm a decent cook but not a pro");
    assert_extracts(
        "I've been a nurse for 8 years",
        &[("works as nurse", Like, Fact)],
    );
    // The level of the field named says it all.
    assert_extracts(
        "Please explain like I'm new to JS",
        &[("beginner-level explanations of js", Like, Style)],
    );
}

#[test]
fn a_reason_after_the_thing_is_no_second_thing() {
    assert_extracts(
        "Not a fan of IKEA furniture, too flimsy",
        &[("ikea furniture", Dislike, Preference)],
    );
    assert_extracts(
        "I hate the subway, too crowded",
        &[("subway", Dislike, Preference)],
    );
    assert_extracts(
        "I find reality tv cringe",
        &[("reality tv", Dislike, Preference)],
    );
    // Nor what it was like.
    assert_extracts(
        "I love cozy mysteries, the kind with cats and bakeries",
        &[("cozy mysteries", Like, Preference)],
    );
    // "that kind of music" names one.
    assert_extracts(
        "I love that kind of music",
        &[("kind of music", Like, Preference)],
    );
}

#[test]
fn a_weight_goal_is_a_fact_for_meals_and_workouts() {
    assert_extracts(
        "I'm trying to lose weight, so suggest low-calorie meals.",
        &[("trying to lose weight", Like, Fact)],
    );
    assert_extracts("I'm on a diet.", &[("trying to lose weight", Like, Fact)]);
    assert_nothing("My wife is trying to lose weight.");
    assert_nothing("I'm on a diet of pure coffee.");
}

#[test]
fn in_a_named_place_now_is_a_home() {
    assert_extracts(
        "I'm in Manchester now.",
        &[("lives in manchester", Like, Fact)],
    );
    assert_extracts("I'm now in Leeds", &[("lives in leeds", Like, Fact)]);
    assert_extracts("I'm in the US now", &[("lives in us", Like, Fact)]);
    // Not a state, a visit, or a name without its capital.
    assert_nothing("I'm in a meeting now.");
    assert_nothing("I'm in Paris this week.");
    assert_nothing("i'm in manchester now");
}

#[test]
fn a_large_family_is_a_household_fact() {
    assert_extracts(
        "I have a large family with multiple children, so I need a vehicle with three rows of seating.",
        &[("has a large family", Like, Fact)],
    );
    assert_extracts("We are a big family", &[("has a large family", Like, Fact)]);
    assert_nothing("I have a big family dinner tonight");
    assert_nothing("My friend has a large family");
}

#[test]
fn how_one_works_studies_and_gets_about_are_facts() {
    for (text, fact) in [
        (
            "I work night shifts so I usually sleep during the day.",
            "works night shifts",
        ),
        ("I work nights at a hotel.", "works night shifts"),
        ("I work from home most days.", "works from home"),
        ("I work remotely from home.", "works from home"),
        ("I'm self-employed.", "self-employed"),
        (
            "I'm studying computer science at university.",
            "studies computer science",
        ),
        ("I major in biology.", "studies biology"),
        (
            "I have a degree in statistics.",
            "has a degree in statistics",
        ),
        ("I'm an early riser, usually up at 5.", "an early riser"),
        ("I drive a Tesla Model 3.", "drives a tesla model 3"),
        (
            "I drive a 2015 Toyota Corolla",
            "drives a 2015 toyota corolla",
        ),
        ("I ride a motorbike", "rides a motorbike"),
        ("I bike to work every day.", "cycles to work"),
        ("I commute by train.", "commutes by train"),
        (
            "I'm training for a half marathon in March.",
            "training for a half marathon",
        ),
        (
            "We have a golden retriever named Max.",
            "has a golden retriever",
        ),
        ("I have a small backyard.", "has a small backyard"),
        ("I'm 35 years old.", "35 years old"),
        ("I'm 72 and not very good with technology.", "72 years old"),
        ("I'm in my late thirties.", "in my late thirties"),
        ("I work 60 hours a week.", "works long hours"),
        ("I work long hours so I barely cook.", "works long hours"),
        ("I work 60-hour weeks", "works long hours"),
        ("I shop at Costco every week.", "shops at costco"),
        ("I volunteer at the library", "volunteers at the library"),
        (
            "I volunteer at an animal shelter on weekends",
            "volunteers at an animal shelter",
        ),
        (
            "I'm a volunteer firefighter",
            "works as volunteer firefighter",
        ),
        (
            "I freelance as a graphic designer.",
            "works as freelance graphic designer",
        ),
        ("My kids are grown and out of the house.", "an empty nester"),
        ("I'm an empty nester", "an empty nester"),
        ("my kids have all moved out", "an empty nester"),
        // The job liked is no taste for the job's name.
        ("I'm a nurse and love it", "works as nurse"),
        ("I work as a writer and love it", "works as writer"),
        (
            "I get my groceries from Trader Joe's",
            "shops at trader joe's",
        ),
        (
            "I shop at the farmers market on Saturdays",
            "shops at farmers market",
        ),
    ] {
        assert_extracts(text, &[(fact, Like, Fact)]);
    }
    assert_extracts(
        "I'm a nurse and work 12-hour shifts.",
        &[
            ("works as nurse", Like, Fact),
            ("works long shifts", Like, Fact),
        ],
    );
    assert_extracts(
        "I'm a 35-year-old nurse",
        &[("works as nurse", Like, Fact), ("35 years old", Like, Fact)],
    );
    // A wish, a task of the moment, a figure of speech, an object.
    assert_nothing("I want to work from home.");
    assert_nothing("I'm studying for my exams.");
    assert_nothing("I'm studying the menu right now.");
    assert_nothing("I drive a hard bargain.");
    assert_nothing("I have a garden party tomorrow.");
    assert_nothing("I walk the dog to the park.");
    assert_nothing("I'm training for a new job.");
    assert_nothing("I'm 5 minutes away.");
    assert_nothing("I'm 100% sure.");
    assert_nothing("I work 20 hours a week.");
    assert_nothing("I work long hours on my garden.");
    assert_nothing("I don't shop at Walmart.");
    assert_nothing("I shop at the mall.");
    assert_nothing("I volunteer to help.");
    assert_nothing("My kids are growing up fast.");
}

#[test]
fn a_second_allergy_and_a_banned_phrase_said_in_passing() {
    assert_extracts(
        "I'm lactose intolerant and allergic to shellfish.",
        &[
            ("shellfish", Dislike, Preference),
            ("lactose intolerance", Like, Fact),
        ],
    );
    assert_extracts(
        "No nuts please, I'm allergic.",
        &[("nuts", Dislike, Preference)],
    );
    assert_extracts(
        "Stop saying \"I hope this helps\".",
        &[("the phrase i hope this helps", Dislike, Style)],
    );
    assert_extracts(
        "Don't end with \"Let me know if you have questions\"",
        &[(
            "the phrase let me know if you have questions",
            Dislike,
            Style,
        )],
    );
    assert_nothing("I said \"use tabs\"");
}

#[test]
fn a_team_one_supports_and_what_says_how_much() {
    assert_extracts(
        "I'm a huge Arsenal supporter.",
        &[("arsenal", Like, Preference)],
    );
    assert_nothing("I'm a strong supporter of the idea");
    assert_extracts(
        "I love spicy food, the hotter the better.",
        &[("spicy food", Like, Preference)],
    );
    // A unit named is a wish about the answers, said once.
    for text in ["I prefer metric units.", "I prefer Celsius"] {
        assert_extracts(text, &[("metric units", Like, Style)]);
    }
    assert_extracts(
        "We build everything in React with TypeScript.",
        &[
            ("uses react", Like, Fact),
            ("typescript code examples", Like, Style),
        ],
    );
}

#[test]
fn a_kitchen_a_home_and_the_languages_one_speaks_are_facts() {
    assert_extracts(
        "I have an air fryer and a slow cooker.",
        &[("has an air fryer and a slow cooker", Like, Fact)],
    );
    assert_extracts("I don't have an oven.", &[("has no oven", Like, Fact)]);
    assert_extracts(
        "I only have a microwave and a kettle.",
        &[("has only a microwave and a kettle", Like, Fact)],
    );
    assert_nothing("I have an oven mitt.");
    // So is what a workout can use.
    assert_extracts(
        "Can you suggest a workout? I only have dumbbells at home",
        &[("has only dumbbells", Like, Fact)],
    );
    assert_extracts("I have a treadmill", &[("has a treadmill", Like, Fact)]);
    assert_extracts(
        "I don't have any gym equipment, what can I do?",
        &[("has no workout equipment", Like, Fact)],
    );
    assert_nothing("my gym has dumbbells");
    assert_nothing("I have band practice tonight");
    assert_extracts(
        "I rent my apartment so I can't drill holes.",
        &[("a renter", Like, Fact)],
    );
    assert_extracts(
        "I'm a first-time homeowner.",
        &[("a homeowner", Like, Fact)],
    );
    assert_nothing("I want to rent a car.");
    assert_extracts(
        "I speak Spanish and English.",
        &[
            ("speaks spanish", Like, Fact),
            ("speaks english", Like, Fact),
        ],
    );
    assert_extracts(
        "My native language is Portuguese.",
        &[("a native portuguese speaker", Like, Fact)],
    );
    assert_extracts(
        "English is my second language.",
        &[("speaks english as a second language", Like, Fact)],
    );
    assert_extracts(
        "I speak Spanish and a little French.",
        &[
            ("speaks spanish", Like, Fact),
            ("speaks a little french", Like, Fact),
        ],
    );
    assert_nothing("I want to speak French.");
    assert_extracts("I'm sober.", &[("no alcohol", Like, Fact)]);
}

#[test]
fn eating_more_or_less_is_a_goal_and_a_refused_suggestion_a_dislike() {
    assert_extracts(
        "My favorite cuisine is Thai.",
        &[("thai food", Like, Preference)],
    );
    assert_extracts("I'm cutting out sugar.", &[("sugar", Dislike, Preference)]);
    assert_extracts(
        "I want to eat more fish and less meat.",
        &[
            ("eats more fish", Like, Fact),
            ("eats less meat", Like, Fact),
        ],
    );
    assert_extracts(
        "I'm trying to drink more water.",
        &[("drinks more water", Like, Fact)],
    );
    assert_nothing("I eat more than my husband.");
    assert_extracts(
        "Never recommend horror movies to me.",
        &[("horror movies", Dislike, Preference)],
    );
    assert_extracts(
        "Stop recommending true crime podcasts.",
        &[("true crime podcasts", Dislike, Preference)],
    );
    assert_extracts(
        "Please never suggest pineapple on pizza again.",
        &[("pineapple on pizza", Dislike, Preference)],
    );
    assert_nothing("Don't suggest I call her.");
    assert_nothing("Never recommend anything you haven't checked.");
    assert_extracts(
        "Please give concrete examples.",
        &[("answers with examples", Like, Style)],
    );
    // A way to learn among others, not a wish about answers.
    assert_extracts(
        "I prefer learning through projects and practical examples.",
        &[
            ("learning through projects", Like, Preference),
            ("learning through practical examples", Like, Preference),
        ],
    );
    assert_extracts(
        "I love to travel quite often.",
        &[("traveling", Like, Preference)],
    );
}

#[test]
fn nothing_better_a_condition_and_a_plural_said_before() {
    assert_extracts(
        "There is nothing I like more than a late night ice cream run.",
        &[("late night ice cream run", Like, Preference)],
    );
    assert_extracts(
        "Nothing beats a cold beer after work.",
        &[("cold beer", Like, Preference)],
    );
    assert_nothing("There is nothing he likes more than golf.");
    assert_nothing("Nothing beats it.");
    assert_extracts(
        "As long as it doesn't include tofu, count me in.",
        &[("tofu", Dislike, Preference)],
    );
    assert_extracts(
        "Any recipe is fine as long as there is no cilantro.",
        &[("cilantro", Dislike, Preference)],
    );
    assert_nothing("I will go as long as it does not rain.");
    assert_extracts(
        "We had green beans for dinner. I hate them.",
        &[("green beans", Dislike, Preference)],
    );
    assert_nothing("We had green beans for dinner. I hate it.");
    assert_extracts(
        "I love shopping but hate all of the crowds.",
        &[
            ("shopping", Like, Preference),
            ("crowds", Dislike, Preference),
        ],
    );
}

#[test]
fn what_one_likes_to_do_is_the_thing_done() {
    // As "doing yoga" gives yoga; "some" is no verb.
    assert_extracts("I love to do yoga.", &[("yoga", Like, Preference)]);
    assert_extracts(
        "For my hobby I like to do canning or some whittling.",
        &[
            ("canning", Like, Preference),
            ("whittling", Like, Preference),
        ],
    );
    // The article keeps the doing: dishes done are no food.
    assert_extracts(
        "I hate to do the dishes.",
        &[("doing dishes", Dislike, Preference)],
    );
    assert_nothing("I like to do things outdoors.");
}

#[test]
fn chat_slips_and_the_color_word() {
    assert_extracts(
        "heights are scary. the only think i do not like is music",
        &[("music", Dislike, Preference)],
    );
    assert_extracts(
        "the color orange does not suite me at all. what about you?",
        &[("orange", Dislike, Preference)],
    );
    assert_extracts("i think i like jazz", &[("jazz", Like, Preference)]);
    assert_extracts(
        "i am in to fashion and love to shop.",
        &[
            ("fashion", Like, Preference),
            ("shopping", Like, Preference),
        ],
    );
    assert_nothing("i am in to the city today");
    // "the color blue" is blue; a laugh after a contrast is nothing.
    assert_extracts(
        "i love the color navy blue! not so much gardening, ha!",
        &[
            ("navy blue", Like, Preference),
            ("gardening", Dislike, Preference),
        ],
    );
    assert_extracts(
        "i love color palettes",
        &[("color palettes", Like, Preference)],
    );
}

#[test]
fn a_life_without_a_drink_is_an_abstention() {
    for text in [
        "that sounds really lovely. do you drink? i have never had alcohol in my life",
        "no. but i have not tried alcohol",
        "i never touched alcohol i would lose my scholarship",
        "i just have not ever had alcohol and was curious.",
    ] {
        assert_extracts(text, &[("alcohol", Dislike, Preference)]);
    }
    assert_extracts(
        "i have never had a cigarette",
        &[("smoking", Dislike, Preference)],
    );
    // Never having had a dish says nothing of it.
    assert_nothing("i have never had sushi");
    // Idioms of avoidance and unease.
    assert_extracts(
        "oh. well i am studious. you will not catch me partying or drinking.",
        &[
            ("partying", Dislike, Preference),
            ("drinking", Dislike, Preference),
        ],
    );
    assert_extracts(
        "you won't catch me dead in crocs",
        &[("crocs", Dislike, Preference)],
    );
    assert_extracts(
        "we may never meet, i am uncomfortable in a formal situation",
        &[("formal situation", Dislike, Preference)],
    );
}

#[test]
fn a_favourite_shared_with_the_household() {
    assert_extracts(
        "no but i do make us both meatloaf, its our favorite food.",
        &[("meatloaf", Like, Preference)],
    );
    assert_extracts(
        "my dog is lazy, watching greys anatomy is out favorite pastime lol",
        &[
            ("has a dog", Like, Fact),
            ("watching greys anatomy", Like, Preference),
        ],
    );
    assert_extracts(
        "my grandpa taught me to collect, our favorite stamps are blue in color.",
        &[("blue", Like, Preference)],
    );
}

#[test]
fn my_favorite_said_after_the_thing() {
    assert_extracts(
        "whats going on? i am watching greys anatomy lol my favorite!",
        &[("watching greys anatomy", Like, Preference)],
    );
    assert_extracts(
        "i relax by reading the twilight book series; my favorite.",
        &[("twilight book series", Like, Preference)],
    );
    assert_extracts(
        "do you like the beatles, they are my favorite",
        &[("beatles", Like, Preference)],
    );
    assert_nothing("my favorite!");
}

#[test]
fn a_short_object_first_then_i_and_the_cue() {
    assert_extracts(
        "i love apples and especially when it is green, meat i hate",
        &[("meat", Dislike, Preference), ("apples", Like, Preference)],
    );
    // ("..., just not fish" is a contrast tail like "..., not fish".)
    assert_extracts(
        "yes i enjoy a lot of types of food, just not fish",
        &[("food", Like, Preference), ("fish", Dislike, Preference)],
    );
    assert_extracts(
        "i love canines. and uh, tacos i just like",
        &[("canines", Like, Preference), ("tacos", Like, Preference)],
    );
    assert_extracts(
        "i hate driving, although tailgate parties i do enjoy.",
        &[
            ("driving", Dislike, Preference),
            ("tailgate parties", Like, Preference),
        ],
    );
    // A person pointed at, or chat's noise, is no object.
    assert_nothing("lol.... my girlfriend, whom i love, would agree with you.");
    assert_nothing("lol i love it");
}

#[test]
fn a_condition_of_mine_without_its_comma() {
    assert_extracts(
        "when i can. if i have time to myself i like to go for hikes",
        &[("going for hikes", Like, Preference)],
    );
    // Someone else's "if", or mine with no taste after it: still nothing.
    assert_nothing("if you asked me if i like jazz i would say yes");
    assert_nothing("if i like it i will buy it");
    // ("even" colours a cue, it does not turn it.)
    assert_extracts(
        "yes i even like to sing in the shower. how about you?",
        &[("singing in shower", Like, Preference)],
    );
    assert_extracts(
        "i do not even like wearing make up.",
        &[("wearing make up", Dislike, Preference)],
    );
}

#[test]
fn doing_it_is_doing_the_thing_pointed_at() {
    assert_extracts(
        "you should film the roller coasters i love riding them",
        &[("riding roller coasters", Like, Preference)],
    );
    assert_extracts(
        "do you like sushi, i enjoy eating it",
        &[("eating sushi", Like, Preference)],
    );
    assert_extracts(
        "good, i just got done playing frisbee i love playing it.",
        &[("playing frisbee", Like, Preference)],
    );
    assert_extracts(
        "i collect too, only flip flops. i love wearing them!",
        &[("wearing flip flops", Like, Preference)],
    );
}

#[test]
fn it_after_a_verdict_is_the_subject_judged() {
    assert_extracts(
        "swimming is great, i love it",
        &[("swimming", Like, Preference)],
    );
    assert_extracts(
        "so cool!, swimming is awesome, its my favourite thing!",
        &[("swimming", Like, Preference)],
    );
    // Not "fun": what is said of it is no part of it.
    assert_extracts(
        "swimming is fun, i love it",
        &[("swimming", Like, Preference)],
    );
}

#[test]
fn it_after_an_activity_is_the_activity() {
    assert_extracts(
        "i run more than 2 miles a day at the beach to train but i hate it",
        &[("running", Dislike, Preference)],
    );
    assert_extracts(
        "i paint landscapes and i love it",
        &[("painting", Like, Preference)],
    );
    // A thing bought is no activity.
    assert_extracts(
        "i bought a new bike last week and i love it",
        &[("new bike", Like, Preference)],
    );
}

#[test]
fn a_favourite_asked_and_answered_with_mine() {
    assert_extracts(
        "whats you favorite color mine is blue",
        &[("blue", Like, Preference)],
    );
    assert_extracts(
        "whats your favorite color mines black.",
        &[("black", Like, Preference)],
    );
    assert_extracts(
        "what color do you like best? mine is purple, like in a rainbow.",
        &[("purple", Like, Preference)],
    );
    assert_nothing("the coal mines are closing");
}

#[test]
fn the_one_a_taste_singles_out_or_measures_itself_by() {
    assert_extracts(
        "oh man. i just love meat too much, especially pork.",
        &[("meat", Like, Preference), ("pork", Like, Preference)],
    );
    assert_extracts(
        "mexican food is my favorite especially tacos.",
        &[
            ("mexican food", Like, Preference),
            ("tacos", Like, Preference),
        ],
    );
    assert_extracts(
        "i love california, almost as much as my fantasy fiction.",
        &[
            ("california", Like, Preference),
            ("fantasy fiction", Like, Preference),
        ],
    );
    // A circumstance, someone else's taste, a measure or the same thing again: no
    // second taste.
    for (text, topic, polarity) in [
        (
            "i enjoy my violin, especially when i eat chocolate",
            "violin",
            Like,
        ),
        ("i love pizza as much as my husband does", "pizza", Like),
        ("i love pizza as much as my husband", "pizza", Like),
        ("i love pizza as much as you do", "pizza", Like),
        (
            "I avoid using gas-guzzling vehicles as much as possible.",
            "gas-guzzling vehicles",
            Dislike,
        ),
    ] {
        assert_extracts(text, &[(topic, polarity, Preference)]);
    }
    assert_extracts(
        "i love apples, especially the green ones!",
        &[
            ("apples", Like, Preference),
            ("green apples", Like, Preference),
        ],
    );
}

#[test]
fn a_question_after_an_exclamation_and_its_answer() {
    assert_extracts(
        "cool do you like comics i do",
        &[("comics", Like, Preference)],
    );
    assert_extracts(
        "great so does anyone like broccoli i do not",
        &[("broccoli", Dislike, Preference)],
    );
    assert_extracts(
        "do you like to dance i love it",
        &[("dancing", Like, Preference)],
    );
    assert_nothing("oh do you like jazz");
    // ("so do i" agrees; it is no question.)
    assert_nothing("so do i");
}

#[test]
fn but_especially_adds_an_example_and_also_something_i_love() {
    assert_extracts(
        "I love all animals, but especially dogs.",
        &[("animals", Like, Preference), ("dogs", Like, Preference)],
    );
    assert_extracts(
        "I like music, but mostly jazz.",
        &[("music", Like, Preference), ("jazz", Like, Preference)],
    );
    // "mostly" then a clause or a time is no example.
    assert_extracts(
        "I like to cook, but mostly on weekends.",
        &[("cooking", Like, Preference)],
    );
    assert_extracts(
        "Coffee is also something I love!",
        &[("coffee", Like, Preference)],
    );
    assert_nothing("Coffee is also something my wife loves.");
}

#[test]
fn a_taste_for_a_code_style_is_a_style_wish() {
    assert_extracts("I prefer type hints.", &[("type hints", Like, Style)]);
    assert_extracts("I like code comments.", &[("code comments", Like, Style)]);
}

#[test]
fn a_level_said_of_a_field_is_for_that_field() {
    assert_extracts(
        "I'm a beginner at guitar.",
        &[("beginner-level explanations of guitar", Like, Style)],
    );
    assert_extracts(
        "I'm new to investing.",
        &[("beginner-level explanations of investing", Like, Style)],
    );
    assert_extracts(
        "I'm a beginner.",
        &[("beginner-level explanations", Like, Style)],
    );
    assert_extracts(
        "I'm new to this.",
        &[("beginner-level explanations", Like, Style)],
    );
    assert_nothing("I'm new to the area.");
}

#[test]
fn a_budget_with_its_sum_and_a_switch_to_something_else() {
    assert_extracts(
        "My budget is under $500.",
        &[("has a budget under $500", Like, Fact)],
    );
    assert_extracts(
        "I can spend up to $1,200 on a laptop.",
        &[("has a budget under $1,200", Like, Fact)],
    );
    assert_extracts(
        "I don't want to spend more than 100 euros.",
        &[("has a budget under 100 euros", Like, Fact)],
    );
    assert_nothing("My friend can spend up to $300.");
    assert_nothing("My friend has a budget of $500.");
    // What it is for may come between.
    assert_extracts(
        "Our budget for the wedding is around $15k",
        &[("has a budget of about $15k", Like, Fact)],
    );
    assert_extracts(
        "I have a budget of $5k.",
        &[("has a budget of $5k", Like, Fact)],
    );
    assert_nothing("I want to spend time with family.");
    assert_extracts(
        "Actually I've switched to tea, coffee makes me jittery.",
        &[("coffee", Dislike, Preference), ("tea", Like, Preference)],
    );
    assert_extracts(
        "I switched from coffee to tea.",
        &[("coffee", Dislike, Preference), ("tea", Like, Preference)],
    );
    assert_nothing("I switched jobs last year.");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

    /// Word salad from the rules' own vocabulary never panics (index arithmetic at a
    /// clause's edges: "always" alone, "a day" opening a phrase, found this way).
    #[test]
    fn word_salad_never_panics(words in proptest::collection::vec(
        proptest::sample::select(SALAD.to_vec()), 1..14,
    )) {
        let _ = extract(&words.join(" "));
    }
}

const SALAD: &[&str] = &[
    "i",
    "I'm",
    "we",
    "my",
    "you",
    "he",
    "it",
    "them",
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "not",
    "don't",
    "never",
    "no",
    "so",
    "to",
    "for",
    "of",
    "in",
    "at",
    "with",
    "from",
    "than",
    "more",
    "less",
    "as",
    "long",
    "is",
    "are",
    "was",
    "have",
    "has",
    "do",
    "can",
    "would",
    "love",
    "like",
    "hate",
    "prefer",
    "enjoy",
    "avoid",
    "allergic",
    "favorite",
    "over",
    "especially",
    "always",
    "every",
    "any",
    "day",
    "night",
    "time",
    "week",
    "once",
    "twice",
    "budget",
    "spend",
    "up",
    "$500",
    "1,200",
    "euros",
    "switched",
    "speak",
    "native",
    "language",
    "English",
    "eat",
    "drink",
    "recommend",
    "suggest",
    "stop",
    "nothing",
    "beats",
    "better",
    "cuisine",
    "Thai",
    "rent",
    "own",
    "oven",
    "air",
    "fryer",
    "beginner",
    "new",
    "expert",
    "examples",
    "something",
    "also",
    "all",
    "tea",
    "coffee",
    "dogs",
    "jazz",
    "pizza",
    "spicy",
    "food",
    ",",
    ".",
    "!",
    "?",
    "\"",
    "'",
    "(",
    ")",
    "…",
    "😀",
    "İ",
];

#[test]
fn a_filler_phrase_or_an_age_is_no_topic() {
    assert_nothing("its all cloudy like in twilight. my favorite series ever by the way");
    // (Not "eighteen": the season slot reaches back to its filler.)
    assert_extracts(
        "spring will be here soon and i will be eighteen, its my new favorite season.",
        &[("spring", Like, Preference)],
    );
}

// --- how long a style wish holds -------------------------------------------

#[track_caller]
fn lasting(text: &str) -> Vec<(String, bool)> {
    extract(text)
        .into_iter()
        .map(|i| (i.topic, i.lasting))
        .collect()
}

#[test]
fn a_style_wish_said_to_hold_beyond_this_answer_is_lasting() {
    for (text, topic) in [
        ("I hate emojis", "emojis"),
        (
            "Keep answers short, I read them on my phone",
            "concise answers",
        ),
        ("From now on, answer in Spanish", "answers in spanish"),
        ("Please stop using so many bullet points", "bullet points"),
        ("Never use bullet points", "bullet points"),
        ("I always prefer British spelling", "british spelling"),
        ("Tables are easier for me to read.", "tables"),
        (
            "I'd rather you ask clarifying questions than guess.",
            "clarifying questions",
        ),
    ] {
        assert_eq!(lasting(text), [(topic.to_string(), true)], "{text}");
    }
    // Bare, or a need of the moment: it may have been for that one chat.
    for (text, topic) in [
        ("keep it short", "concise answers"),
        ("No emojis please", "emojis"),
        ("Keep it short, I'm in a hurry", "concise answers"),
    ] {
        assert_eq!(lasting(text), [(topic.to_string(), false)], "{text}");
    }
    // A taste that names answers is not a wish a style rule read.
    let learning = extract("I find diagrams confusing and prefer text-based explanations.");
    assert!(learning.iter().all(|i| !i.lasting), "{learning:?}");
}

#[test]
fn a_style_wish_for_the_answer_at_hand_is_not_learned() {
    assert_nothing("Don't use bullet points in this one");
    assert_nothing("Keep this email short");
    assert_nothing("No emojis for now");
    // The taste in the same message still is.
    assert_extracts(
        "Skip the bullet points this time. I love jazz.",
        &[("jazz", Like, Preference)],
    );
}

#[test]
fn a_wish_a_style_rule_read_is_not_also_a_taste() {
    assert_extracts(
        "I always prefer British spelling",
        &[("british spelling", Like, Style)],
    );
}

#[test]
fn sources_are_a_wish_only_when_asked_to_be_cited() {
    assert_extracts(
        "I dislike using any artificial lighting; I prefer natural light sources.",
        &[
            ("using artificial lighting", Dislike, Preference),
            ("natural light sources", Like, Preference),
        ],
    );
    assert_extracts(
        "Always cite your sources.",
        &[("cited sources", Like, Style)],
    );
    // A taste in books that use jargon is no wish about answers.
    assert_extracts(
        "I avoid reading books that use overly technical jargon.",
        &[(
            "reading books that use overly technical jargon",
            Dislike,
            Preference,
        )],
    );
}

// --- a fourth round of everyday messages -------------------------------------

#[test]
fn a_request_after_a_comma_ends_the_list() {
    assert_extracts(
        "I hate jargon, explain things like I'm five",
        &[
            ("beginner-level explanations", Like, Style),
            ("technical jargon", Dislike, Style),
        ],
    );
    // An activity after ", and" is still one more.
    assert_extracts(
        "i really like to barbecue, hunt, and write.",
        &[
            ("barbecuing", Like, Preference),
            ("hunting", Like, Preference),
            ("writing", Like, Preference),
        ],
    );
}

#[test]
fn anything_by_a_maker_is_the_maker() {
    assert_extracts(
        "I love Studio Ghibli films and anything by Miyazaki",
        &[
            ("studio ghibli films", Like, Preference),
            ("miyazaki", Like, Preference),
        ],
    );
}

#[test]
fn where_one_is_said_plainly_is_where_one_lives() {
    assert_extracts("I'm in Canada", &[("lives in canada", Like, Fact)]);
    assert_extracts(
        "I'm in the UK, so use metric.",
        &[("lives in uk", Like, Fact), ("metric units", Like, Style)],
    );
    // A stay, an activity or a lower-case word is no home.
    assert_nothing("I'm in Paris this week");
    assert_nothing("I'm currently in Berlin for work");
    assert_nothing("I'm in a meeting");
}

#[test]
fn an_aching_back_and_children_by_age_are_facts() {
    assert_extracts(
        "My back hurts when I sit too long",
        &[("has a bad back", Like, Fact)],
    );
    assert_extracts(
        "my knees are bad so no running",
        &[("has bad knees", Like, Fact)],
    );
    assert_nothing("my back hurts today");
    // After another statement.
    assert_extracts(
        "I'm terrified of flying, and my back hurts when I sit too long.",
        &[
            ("flying", Dislike, Preference),
            ("has a bad back", Like, Fact),
        ],
    );
    assert_extracts(
        "My kids are 4 and 7 and they love dinosaurs",
        &[("has kids", Like, Fact)],
    );
    assert_extracts(
        "My daughter just turned 12",
        &[("has a daughter", Like, Fact)],
    );
    assert_extracts("I have kids", &[("has kids", Like, Fact)]);
    assert_nothing("I have children's books");
}

#[test]
fn shifts_said_after_a_description_or_their_length() {
    assert_extracts(
        "I'm a nurse working 12 hour night shifts",
        &[
            ("works night shifts", Like, Fact),
            ("works as nurse", Like, Fact),
        ],
    );
    assert_extracts(
        "I work 12 hour night shifts",
        &[("works night shifts", Like, Fact)],
    );
    assert_nothing("I'm working on a project");
}

#[test]
fn arch_is_a_platform() {
    assert_extracts(
        "I use Arch btw and I hate snap packages",
        &[
            ("snap packages", Dislike, Preference),
            ("uses arch linux", Like, Fact),
        ],
    );
}

#[test]
fn adjectives_in_a_row_describe_one_thing() {
    assert_extracts(
        "I avoid all processed foods and only eat whole, plant-based foods.",
        &[
            ("processed foods", Dislike, Preference),
            ("whole plant-based foods", Like, Preference),
        ],
    );
    assert_extracts(
        "I prefer free and open-source materials.",
        &[("free open-source materials", Like, Preference)],
    );
    assert_extracts(
        "I prefer self-paced, asynchronous learning resources over scheduled classes.",
        &[
            (
                "self-paced asynchronous learning resources",
                Like,
                Preference,
            ),
            ("scheduled classes", Dislike, Preference),
        ],
    );
}

#[test]
fn what_a_list_shares_goes_to_each_part() {
    // Adjectives in a row, a comma between them.
    assert_extracts(
        "I despise open-concept floor plans and prefer distinct, closed-off rooms.",
        &[
            ("distinct closed-off rooms", Like, Preference),
            ("open-concept floor plans", Dislike, Preference),
        ],
    );
    assert_extracts(
        "I prefer quieter, smaller airports.",
        &[("quieter smaller airports", Like, Preference)],
    );
    // A degree before an adjective, or a participle said as one, shares the noun too.
    assert_extracts(
        "I prefer to explore quieter, less touristy spots.",
        &[("exploring quieter less touristy spots", Like, Preference)],
    );
    assert_extracts(
        "I cannot tolerate clothing with scratchy or irritating textures.",
        &[(
            "clothing with scratchy irritating textures",
            Dislike,
            Preference,
        )],
    );
    // A list before "over" is read as any list.
    assert_extracts(
        "I strongly prefer electric or hybrid vehicles over gasoline-powered ones.",
        &[
            ("electric hybrid vehicles", Like, Preference),
            ("gasoline-powered vehicles", Dislike, Preference),
        ],
    );
    assert_extracts(
        "I prefer tea and biscuits over coffee.",
        &[
            ("tea", Like, Preference),
            ("biscuits", Like, Preference),
            ("coffee", Dislike, Preference),
        ],
    );
    // A hyphenated ending is shared; a doing keeps its own.
    assert_extracts(
        "I strongly dislike video and audio-based educational resources.",
        &[
            ("video-based educational resources", Dislike, Preference),
            ("audio-based educational resources", Dislike, Preference),
        ],
    );
    assert_extracts(
        "I prefer mid or low-waisted jeans.",
        &[
            ("mid-waisted jeans", Like, Preference),
            ("low-waisted jeans", Like, Preference),
        ],
    );
    assert_extracts(
        "I find storytelling and narrative-based approaches unengaging.",
        &[
            ("storytelling", Dislike, Preference),
            ("narrative-based approaches", Dislike, Preference),
        ],
    );
    // (A bare word whose hyphenated part never comes is kept.)
    assert_extracts("I love video and", &[("video", Like, Preference)]);
    // A general noun takes the modifiers of the part before it.
    assert_extracts(
        "I prefer not to use workout machinery or equipment.",
        &[
            ("workout machinery", Dislike, Preference),
            ("workout equipment", Dislike, Preference),
        ],
    );
    assert_extracts(
        "I strongly dislike subscription-based software and services.",
        &[
            ("subscription-based software", Dislike, Preference),
            ("subscription-based services", Dislike, Preference),
        ],
    );
    assert_extracts(
        "I love hiking boots and books.",
        &[
            ("hiking boots", Like, Preference),
            ("books", Like, Preference),
        ],
    );
    // A bare word before a kind of occasion is one of them too (not before a thing).
    assert_extracts(
        "I avoid yoga or meditation retreats as they do not interest me.",
        &[
            ("yoga retreats", Dislike, Preference),
            ("meditation retreats", Dislike, Preference),
        ],
    );
    assert_extracts(
        "I enjoy pottery and cooking classes.",
        &[
            ("pottery classes", Like, Preference),
            ("cooking classes", Like, Preference),
        ],
    );
    assert_extracts(
        "I like cats or small dogs.",
        &[("cats", Like, Preference), ("small dogs", Like, Preference)],
    );
    // A genre is the later bare medium's too; a kind of medium is not.
    assert_extracts(
        "I do not enjoy animated shows or movies.",
        &[
            ("animated shows", Dislike, Preference),
            ("animated movies", Dislike, Preference),
        ],
    );
    assert_extracts(
        "I love video games and movies.",
        &[
            ("video games", Like, Preference),
            ("movies", Like, Preference),
        ],
    );
    // Animals kept as pets are all pets, not food.
    assert_extracts(
        "I don't like fish or any aquatic animals as pets.",
        &[
            ("fish as pets", Dislike, Preference),
            ("aquatic animals as pets", Dislike, Preference),
        ],
    );
    // "Other" things are things of their own; a fixed pair is one thing.
    assert_extracts(
        "I avoid leather, suede, or other animal-derived materials.",
        &[
            ("leather", Dislike, Preference),
            ("suede", Dislike, Preference),
            ("animal-derived materials", Dislike, Preference),
        ],
    );
    assert_extracts(
        "I dislike the hustle and bustle.",
        &[("hustle and bustle", Dislike, Preference)],
    );
}

#[test]
fn a_general_noun_goes_with_its_example_and_a_circumstance_is_no_thing() {
    assert_extracts(
        "I dislike being underwater and avoid activities like scuba diving or snorkeling.",
        &[
            ("activities like scuba diving", Dislike, Preference),
            ("snorkeling", Dislike, Preference),
            ("being underwater", Dislike, Preference),
        ],
    );
    assert_extracts(
        "very cool. i love to read, especially on the beach.",
        &[("reading", Like, Preference)],
    );
    assert_extracts(
        "i love to sleep in, especially with my pets.",
        &[("sleeping", Like, Preference)],
    );
}

#[test]
fn a_pet_spoken_of_is_the_households() {
    assert_extracts(
        "My dog is a senior golden retriever with hip problems",
        &[("has a dog", Like, Fact)],
    );
    assert_extracts("my cats hate the vet", &[("has cats", Like, Fact)]);
    // Its tastes stay its own; mine is still mine.
    assert_extracts(
        "my dog loves peanut butter and so do I",
        &[
            ("has a dog", Like, Fact),
            ("peanut butter", Like, Preference),
        ],
    );
    // What stopped is said of the pet, which is still there; a pet the household no
    // longer has is retired.
    assert_extracts("my dog is no longer a puppy", &[("has a dog", Like, Fact)]);
    assert_nothing("my cat doesn't like tuna anymore");
    assert_extracts(
        "we don't have a dog anymore",
        &[("has a dog", Dislike, Fact)],
    );
    // How a child eats is the household's meals' ("my son is vegan"); said to have
    // stopped, it is retired.
    assert_extracts(
        "my son is no longer a vegan",
        &[("has a vegan son", Dislike, Fact)],
    );
}

#[test]
fn a_kind_of_home_keeps_its_article() {
    assert_extracts(
        "I live in a tiny studio apartment",
        &[("lives in a tiny studio apartment", Like, Fact)],
    );
    assert_extracts("I live in Lisbon", &[("lives in lisbon", Like, Fact)]);
    // The town after the home is where one lives too.
    assert_extracts(
        "I live in a tiny studio apartment in Toronto.",
        &[
            ("lives in a tiny studio apartment", Like, Fact),
            ("lives in toronto", Like, Fact),
        ],
    );
}

#[test]
fn saving_up_is_a_budget() {
    assert_extracts(
        "I'm saving up for a house, so I'm trying to spend less",
        &[("on a budget", Like, Fact)],
    );
    assert_extracts("I need to save money", &[("on a budget", Like, Fact)]);
    assert_nothing("I'm trying to spend less time on my phone");
    assert_nothing("my son is saving up for a bike");
}

#[test]
fn recovering_from_an_injury_is_a_condition_for_now() {
    assert_extracts(
        "I'm recovering from knee surgery",
        &[("recovering from knee surgery", Like, Fact)],
    );
    assert_extracts(
        "I'm recovering from a broken leg",
        &[("recovering from a broken leg", Like, Fact)],
    );
    assert_nothing("I'm recovering from a breakup");
}

#[test]
fn feedback_and_refusals_said_in_passing() {
    assert_extracts(
        "Please don't suggest anything with pork",
        &[("pork", Dislike, Preference)],
    );
    assert_extracts(
        "never suggest recipes that contain nuts",
        &[("nuts", Dislike, Preference)],
    );
    assert_nothing("don't recommend anything you haven't checked");
    assert_extracts(
        "Also please don't give me huge walls of text, I just want the fix.",
        &[("walls of text", Dislike, Style)],
    );
    assert_extracts(
        "By the way I really liked how you explained it with an analogy, keep doing that.",
        &[("explanations with analogies", Like, Style)],
    );
    assert_extracts(
        "I love analogies",
        &[("explanations with analogies", Like, Style)],
    );
    // Which tone is not said.
    assert_nothing("Perfect, this is exactly the tone I like.");
    assert_extracts(
        "i hate talking about myself lol.",
        &[("talking about myself", Dislike, Preference)],
    );
}

#[test]
fn a_description_before_a_question_is_read_as_said_of_oneself() {
    assert_extracts(
        "As a nurse, what shoes should I buy?",
        &[("works as nurse", Like, Fact)],
    );
    assert_extracts(
        "Being lactose intolerant, what cheeses can I eat?",
        &[("lactose intolerance", Like, Fact)],
    );
    assert_extracts(
        "Being a vegetarian, what should I order?",
        &[("vegetarian diet", Like, Fact)],
    );
    assert_extracts(
        "being blind, i have to be organized.",
        &[("blind", Like, Fact)],
    );
    // An activity as the subject is no description; nor is "as I said".
    assert_extracts(
        "being outside enjoying nature is a passion of mine.",
        &[("being outside enjoying nature", Like, Preference)],
    );
    assert_extracts("As I said, I love jazz.", &[("jazz", Like, Preference)]);
    // A retired teacher works no longer.
    assert_extracts("I am a retired school teacher", &[("retired", Like, Fact)]);
}

#[test]
fn a_cat_person_likes_cats_and_a_snob_is_a_fan() {
    assert_extracts("I'm more of a cat person", &[("cats", Like, Preference)]);
    assert_extracts("I'm a coffee snob", &[("coffee", Like, Preference)]);
    assert_extracts("I'm a beach person", &[("beach", Like, Preference)]);
    // The user among "we": a couple, a family.
    assert_extracts(
        "We're not really museum people",
        &[("museum", Dislike, Preference)],
    );
    assert_extracts("we are cat people", &[("cats", Like, Preference)]);
    assert_extracts("We're big coffee drinkers", &[("coffee", Like, Preference)]);
    assert_extracts(
        "My wife and I are both huge Marvel fans",
        &[("marvel", Like, Preference)],
    );
    assert_extracts(
        "i am shy, and i am a beatles fan.",
        &[("beatles", Like, Preference)],
    );
    assert_nothing("we're morning people");
    assert_nothing("we're parents");
    // An idiom for a taste.
    assert_extracts("I have a sweet tooth", &[("sweets", Like, Preference)]);
    assert_nothing("my son has a sweet tooth");
    assert_nothing("Do you have a sweet tooth?");
}

#[test]
fn a_meal_or_a_place_after_the_thing_is_not_the_thing() {
    assert_extracts(
        "I had tacos for dinner, my favorite.",
        &[("tacos", Like, Preference)],
    );
    assert_extracts(
        "My boss brought in strawberries, my favorite!",
        &[("strawberries", Like, Preference)],
    );
    assert_extracts(
        "I live in Texas and I love it",
        &[("lives in texas", Like, Fact), ("texas", Like, Preference)],
    );
    assert_extracts(
        "we use kubernetes at work and i love it",
        &[
            ("uses kubernetes", Like, Fact),
            ("kubernetes", Like, Preference),
        ],
    );
    assert_extracts(
        "I'm studying my all-time passion, music!",
        &[("music", Like, Preference)],
    );
}

#[test]
fn examples_after_mostly_or_specifically_are_things() {
    assert_extracts(
        "I like to read, specifically true crime books",
        &[
            ("reading", Like, Preference),
            ("true crime books", Like, Preference),
        ],
    );
    assert_extracts(
        "I love to cook, especially Italian food",
        &[
            ("cooking", Like, Preference),
            ("italian food", Like, Preference),
        ],
    );
    assert_extracts(
        "I love reading, mainly mysteries",
        &[
            ("reading", Like, Preference),
            ("mysteries", Like, Preference),
        ],
    );
}

#[test]
fn hobbies_and_passions_said_in_passing() {
    assert_extracts(
        "I have a few hobbies like hiking and baking",
        &[("hiking", Like, Preference), ("baking", Like, Preference)],
    );
    assert_extracts(
        "My life passion is cooking",
        &[("cooking", Like, Preference)],
    );
    assert_extracts(
        "I've always had a thing for vintage watches",
        &[("vintage watches", Like, Preference)],
    );
    assert_extracts(
        "i have a love and passion for hiking",
        &[("hiking", Like, Preference)],
    );
    assert_nothing("Do you have any hobbies like hiking?");
    assert_nothing("My sister has a few hobbies like knitting");
}

#[test]
fn an_abbreviation_and_an_infinitive_annoyance() {
    assert_extracts(
        "I love Thai food, esp green curry",
        &[
            ("thai food", Like, Preference),
            ("green curry", Like, Preference),
        ],
    );
    assert_nothing("just sitting in the library, all alone, nobody to bother me.");
    assert_nothing("Nothing bothers me.");
    assert_extracts(
        "Loud music bothers me",
        &[("loud music", Dislike, Preference)],
    );
}

#[test]
fn a_when_clause_names_the_kind_of_thing() {
    assert_extracts(
        "I hate when movies are too long",
        &[("long movies", Dislike, Preference)],
    );
    assert_extracts(
        "I hate it when restaurants are too loud",
        &[("loud restaurants", Dislike, Preference)],
    );
    assert_extracts(
        "I hate it when recipes have a long story before the ingredients",
        &[("recipes with long story", Dislike, Preference)],
    );
    assert_nothing("I hate it when it rains");
    assert_nothing("I love it when people ask me about my day");
}

#[test]
fn a_polite_if_asks_for_a_style() {
    assert_extracts(
        "I'd appreciate it if you didn't use so many headers",
        &[("headings", Dislike, Style)],
    );
    assert_extracts(
        "it would be great if you didn't use emojis",
        &[("emojis", Dislike, Style)],
    );
    assert_nothing("it would be great if I liked coffee");
}

#[test]
fn the_rest_of_a_household_and_a_system_after_tools() {
    assert_extracts(
        "I have two kids under 5 and a dog",
        &[("has two kids", Like, Fact), ("has a dog", Like, Fact)],
    );
    assert_extracts(
        "I use VS Code and Linux",
        &[("uses vs code", Like, Fact), ("uses linux", Like, Fact)],
    );
    assert_extracts(
        "I use neovim on a Mac",
        &[("uses neovim", Like, Fact), ("uses a mac", Like, Fact)],
    );
}

#[test]
fn bad_at_a_field_asks_for_simpler_answers_in_it() {
    assert_extracts(
        "I'm terrible at math so explain slowly",
        &[("beginner-level explanations of math", Like, Style)],
    );
    assert_nothing("I'm bad at names");
    assert_nothing("i am bad at math.");
}

#[test]
fn what_disagrees_with_me_and_a_baby_on_the_way() {
    assert_extracts(
        "Coffee gives me anxiety, so I switched to green tea",
        &[
            ("coffee", Dislike, Preference),
            ("green tea", Like, Preference),
        ],
    );
    assert_extracts(
        "I don't have much of a sweet tooth",
        &[("sweets", Dislike, Preference)],
    );
    assert_nothing("my son doesn't have a sweet tooth");
    assert_extracts(
        "I get easily overwhelmed by long lists",
        &[("long lists", Dislike, Preference)],
    );
    assert_extracts(
        "We're expecting our first baby in March",
        &[("expecting a baby", Like, Fact)],
    );
    assert_nothing("I'm expecting a call");
    assert_nothing("my sister is expecting a baby");
}

#[test]
fn working_remotely_from_a_town_is_living_there() {
    assert_extracts(
        "I work remotely from Lisbon",
        &[
            ("lives in lisbon", Like, Fact),
            ("works from home", Like, Fact),
        ],
    );
    assert_extracts(
        "I'm working remotely from Bali this month",
        &[("works from home", Like, Fact)],
    );
    assert_nothing("I'm in Canada this month");
}

#[test]
fn a_thing_chosen_whenever_possible_is_liked_not_listed_with_a_hate() {
    assert_extracts(
        "I hate flying, trains whenever possible",
        &[
            ("trains", Like, Preference),
            ("flying", Dislike, Preference),
        ],
    );
    assert_extracts(
        "Window seat always, aisle makes me anxious",
        &[
            ("window seat", Like, Preference),
            ("aisle", Dislike, Preference),
        ],
    );
    assert_extracts(
        "original teen titans all the way!",
        &[("original teen titans", Like, Preference)],
    );
    // A comma inside an adjective list opens no choice.
    assert_nothing("I buy from small, independent businesses whenever possible");
    // An instruction closed by "always" is a wish, not a taste for the words.
    assert_extracts(
        "Answer in English always",
        &[("answers in english", Like, Style)],
    );
}

#[test]
fn one_gerund_preferred_to_another() {
    assert_extracts(
        "I prefer walking to driving when I can",
        &[
            ("walking", Like, Preference),
            ("driving", Dislike, Preference),
        ],
    );
    assert_extracts(
        "I prefer listening to music",
        &[("listening to music", Like, Preference)],
    );
}

#[test]
fn way_too_is_a_degree_not_part_of_the_thing() {
    assert_extracts(
        "I find horror movies way too stressful",
        &[("horror movies", Dislike, Preference)],
    );
    assert_extracts(
        "i love winter way more then fall",
        &[("winter", Like, Preference)],
    );
}

#[test]
fn a_tone_wished_for_is_no_taste_too() {
    assert_extracts(
        "I'd prefer a more casual tone",
        &[("casual tone", Like, Style)],
    );
    assert_extracts(
        "Please don't give me generic advice, be specific",
        &[("specific answers", Like, Style)],
    );
    assert_extracts("don't be vague", &[("specific answers", Like, Style)]);
    assert_nothing("I need a specific date");
    assert_nothing("the recipe was too generic");
}

#[test]
fn a_visual_person_wants_diagrams() {
    assert_extracts(
        "I'm a visual person, diagrams help me a lot",
        &[("diagrams", Like, Style)],
    );
}

#[test]
fn bad_at_a_field_with_a_question_in_the_message() {
    assert_extracts(
        "I'm bad at cooking, can you give me an easy recipe?",
        &[("beginner-level explanations of cooking", Like, Style)],
    );
    assert_extracts(
        "I'm terrible at math. How do I calculate a tip?",
        &[("beginner-level explanations of math", Like, Style)],
    );
    assert_nothing("I'm bad at names lol");
}

#[test]
fn the_household_after_with() {
    assert_extracts(
        "We're a family of five with a golden retriever, looking for a road trip car",
        &[
            ("has a family of five", Like, Fact),
            ("has a golden retriever", Like, Fact),
        ],
    );
    assert_extracts(
        "I'm a single mom with two cats",
        &[
            ("single", Like, Fact),
            ("parent", Like, Fact),
            ("has two cats", Like, Fact),
        ],
    );
    assert_extracts(
        "We're a family of four with a big house",
        &[("has a family of four", Like, Fact)],
    );
}

#[test]
fn a_description_without_its_comma() {
    assert_extracts(
        "As a teacher I'm always short on time",
        &[("works as teacher", Like, Fact)],
    );
    assert_nothing("As I said before, the plan is fine");
    assert_extracts(
        "I've gone vegetarian this year",
        &[("vegetarian diet", Like, Fact)],
    );
}

#[test]
fn more_of_a_kind_like_a_named_work() {
    assert_extracts(
        "I'd love more book recommendations like Project Hail Mary",
        &[("books like project hail mary", Like, Preference)],
    );
    assert_extracts(
        "Can you recommend movies like The Martian and Interstellar",
        &[("movies like the martian and interstellar", Like, Preference)],
    );
    assert_nothing("more recipes like this please");
    assert_nothing("any books like the ones you listed?");
    assert_nothing("I want more books like my sister does");
}

#[test]
fn believers_better_for_me_and_more_into() {
    assert_extracts(
        "I'm a big believer in public transport",
        &[("public transport", Like, Preference)],
    );
    assert_nothing("I'm not a believer in horoscopes");
    assert_extracts(
        "I'm always cold, so warm places are better for me",
        &[("warm places", Like, Preference)],
    );
    assert_nothing("is this better for me?");
    assert_extracts(
        "I'm not really a wine person, more into craft beer",
        &[
            ("craft beer", Like, Preference),
            ("wine", Dislike, Preference),
        ],
    );
    assert_extracts(
        "not a coffee drinker, more of a tea person",
        &[("coffee", Dislike, Preference), ("tea", Like, Preference)],
    );
    assert_extracts(
        "I'm into jazz, more into bebop though",
        &[("jazz", Like, Preference), ("bebop", Like, Preference)],
    );
    assert_extracts(
        "I'm really into mechanical keyboards, currently using a Keychron",
        &[("mechanical keyboards", Like, Preference)],
    );
}

#[test]
fn a_budget_before_a_short_ask_and_a_coworking_town() {
    assert_extracts(
        "My budget is tight this month, cheap dinner ideas?",
        &[("on a budget", Like, Fact)],
    );
    assert_extracts(
        "I work from a coworking space in Berlin",
        &[("lives in berlin", Like, Fact)],
    );
}

#[test]
fn chat_asides_before_a_statement() {
    assert_extracts(
        "tbh not a huge fan of cruises",
        &[("cruises", Dislike, Preference)],
    );
    assert_extracts(
        "i'm lowkey addicted to sudoku",
        &[("sudoku", Like, Preference)],
    );
    assert_extracts(
        "ngl, I find opera pretty boring",
        &[("opera", Dislike, Preference)],
    );
    assert_nothing("tbh");
    assert_nothing("lol do you like jazz?");
}

#[test]
fn the_kind_of_person_who() {
    assert_extracts(
        "I'm the kind of person who hates surprises",
        &[("surprises", Dislike, Preference)],
    );
    assert_extracts(
        "I'm the type of person that enjoys quiet mornings",
        &[("quiet mornings", Like, Preference)],
    );
    assert_nothing("I'm not the kind of person who likes parties");
}

#[test]
fn refusals_said_as_a_no() {
    assert_extracts("Big no to horror", &[("horror", Dislike, Preference)]);
    assert_extracts(
        "Spicy food is a no for me",
        &[("spicy food", Dislike, Preference)],
    );
    assert_nothing("that is a big no from my side");
}

#[test]
fn what_suits_me_a_night_person_a_new_pet_a_language() {
    assert_extracts(
        "Remote work suits me much better than the office",
        &[("remote work", Like, Preference)],
    );
    assert_extracts(
        "open offices don't suit me",
        &[("open offices", Dislike, Preference)],
    );
    assert_nothing("the dress suits me well");
    assert_extracts("I'm more of a night person", &[("a night owl", Like, Fact)]);
    assert_extracts(
        "We just adopted a rescue greyhound",
        &[("has a rescue greyhound", Like, Fact)],
    );
    assert_extracts("I just got a puppy", &[("has a puppy", Like, Fact)]);
    assert_nothing("I got a new job");
    assert_nothing("my sister adopted a dog");
    assert_extracts(
        "I'm fluent in Spanish, so you can include Spanish sources",
        &[("speaks fluent spanish", Like, Fact)],
    );
    assert_extracts(
        "I'm a native German speaker",
        &[("a native german speaker", Like, Fact)],
    );
}

#[test]
fn a_choice_any_day_and_shorter_paragraphs() {
    assert_extracts(
        "I'd take mountains over beaches any day",
        &[
            ("mountains", Like, Preference),
            ("beaches", Dislike, Preference),
        ],
    );
    assert_extracts(
        "Give me shorter paragraphs please",
        &[("short paragraphs", Like, Style)],
    );
}

#[test]
fn a_short_answer_takes_the_taste_from_the_question() {
    assert_extracts("do you like comics? i do", &[("comics", Like, Preference)]);
    assert_extracts(
        "do you like popcorn, i do not at all",
        &[("popcorn", Dislike, Preference)],
    );
    assert_extracts(
        "do you like to dance? i do",
        &[("dancing", Like, Preference)],
    );
    assert_nothing("what do you do? i do");
    assert_nothing("do you want pizza? i do");
    assert_nothing("do you like it? i do");
    assert_nothing("I do.");
}

#[test]
fn what_a_taste_for_everything_excepts() {
    for (text, topic) in [
        (
            "I eat pretty much everything, just not mushrooms.",
            "mushrooms",
        ),
        ("I like everything except olives.", "olives"),
        (
            "I listen to everything except heavy metal",
            "heavy metal music",
        ),
        ("Any vegetable is fine except eggplant", "eggplant"),
        (
            "I'm open to any cuisine, but no spicy food please",
            "spicy food",
        ),
        ("I'm not picky, just no cilantro", "cilantro"),
        ("I'll try anything once, except skydiving", "skydiving"),
    ] {
        assert_extracts(text, &[(topic, Dislike, Preference)]);
    }
    assert_extracts(
        "I enjoy all kinds of music other than country",
        &[
            ("music", Like, Preference),
            ("country music", Dislike, Preference),
        ],
    );
    for text in [
        "Everything was great except the service.",
        "I liked everything except the ending.",
        "I'm fine with anything, no preference.",
        "I eat anything, no allergies.",
        "I eat everything, not really picky.",
        "My kids eat everything except broccoli.",
        "I like most of it, except the second paragraph.",
        "Remove everything except the headings.",
        "Anything is fine except Monday.",
        "I read everything except the appendix.",
        "Aside from the price, I love it.",
    ] {
        assert_nothing(text);
    }
    // More, not less.
    assert_extracts(
        "I like all kinds of music, not just rock.",
        &[("music", Like, Preference)],
    );
}

#[test]
fn besides_one_taste_another() {
    assert_extracts(
        "Besides hiking, I also love kayaking.",
        &[("hiking", Like, Preference), ("kayaking", Like, Preference)],
    );
    assert_extracts(
        "aside from hiking, i also enjoy cycling",
        &[("hiking", Like, Preference), ("cycling", Like, Preference)],
    );
    assert_extracts(
        "besides swimming i like to cook",
        &[
            ("swimming", Like, Preference),
            ("cooking", Like, Preference),
        ],
    );
    assert_extracts(
        "Besides my job, I also enjoy running.",
        &[("running", Like, Preference)],
    );
    assert_extracts(
        "Apart from the noise, I like the apartment.",
        &[("apartment", Like, Preference)],
    );
    // After a joiner, and never a part of the list before it.
    assert_extracts(
        "I like my coffee black, and besides hiking I also love kayaking.",
        &[
            ("hiking", Like, Preference),
            ("kayaking", Like, Preference),
            ("black coffee", Like, Preference),
        ],
    );
    assert_extracts(
        "I love cats, and aside from the price I like the apartment.",
        &[("cats", Like, Preference), ("apartment", Like, Preference)],
    );
}

#[test]
fn a_pair_before_which_i_love() {
    assert_extracts(
        "I'm munching on hummus and pita bread which I love.",
        &[
            ("hummus", Like, Preference),
            ("pita bread", Like, Preference),
        ],
    );
    assert_extracts(
        "alaska has good shrimp and lobster which i love!",
        &[("shrimp", Like, Preference), ("lobster", Like, Preference)],
    );
}

#[test]
fn how_i_take_a_thing_and_what_is_a_part_of_my_life() {
    assert_extracts(
        "I like my coffee black.",
        &[("black coffee", Like, Preference)],
    );
    assert_extracts(
        "I take my steak medium rare",
        &[("medium rare steak", Like, Preference)],
    );
    assert_extracts(
        "I like my coffee black and strong",
        &[("black and strong coffee", Like, Preference)],
    );
    assert_extracts("I love my dog", &[("dog", Like, Preference)]);
    assert_extracts(
        "I drink my coffee with oat milk.",
        &[("coffee with oat milk", Like, Preference)],
    );
    assert_extracts(
        "I take my tea with honey and lemon.",
        &[("tea with honey and lemon", Like, Preference)],
    );
    assert_nothing("I eat my lunch with my coworkers.");
    assert_extracts(
        "Board games are a big part of my weekends.",
        &[("board games", Like, Preference)],
    );
    assert_extracts(
        "Music is a huge part of who I am",
        &[("music", Like, Preference)],
    );
    assert_nothing("My kids are a big part of my life.");
    assert_nothing("Work is a big part of my life right now.");
    assert_nothing("the ocean is a big part of my favorite movie");
}

#[test]
fn a_note_before_a_fact_and_an_answer_shaped_first() {
    assert_extracts(
        "Keep in mind I have two toddlers.",
        &[("has two toddlers", Like, Fact)],
    );
    assert_extracts(
        "I'm a terrible morning person.",
        &[("not a morning person", Like, Fact)],
    );
    assert_nothing("Keep in mind that the deadline is Friday.");
    assert_extracts(
        "I hate fluff, just get to the point.",
        &[
            ("fluff", Dislike, Preference),
            ("concise answers", Like, Style),
        ],
    );
    assert_extracts(
        "Give me the code first, explanation after.",
        &[("code before explanations", Like, Style)],
    );
    assert_extracts(
        "Lead with the answer, then the details.",
        &[("the answer first", Like, Style)],
    );
    assert_extracts(
        "I love it when answers include examples.",
        &[("answers with examples", Like, Style)],
    );
}

#[test]
fn a_genre_said_where_music_is() {
    assert_extracts(
        "I listen to everything except country.",
        &[("country music", Dislike, Preference)],
    );
    assert_extracts(
        "I love rock music and hate country.",
        &[
            ("country music", Dislike, Preference),
            ("rock music", Like, Preference),
        ],
    );
    // Nothing says it is music.
    assert_extracts("I love rock.", &[("rock", Like, Preference)]);
}

#[test]
fn a_quote_reaches_back_to_where_its_thing_is_named() {
    let quote = |text: &str| extract(text)[0].quote.clone();
    assert_eq!(
        quote("do you like popcorn? i do not at all"),
        "do you like popcorn? i do not at all"
    );
    assert_eq!(quote("Tomatoes? I hate them."), "Tomatoes? I hate them");
    assert_eq!(
        quote("I bought a Kindle last year, and I love it."),
        "I bought a Kindle last year, and I love it"
    );
    assert_eq!(quote("Great weather today. I love cats"), "I love cats");
    // Not back over a paragraph.
    let long = format!("Tomatoes {}? I hate them.", "and more words ".repeat(20));
    assert_eq!(quote(&long), "I hate them");
}

#[test]
fn a_household_allergy_flat_feet_and_a_carry_on() {
    assert_extracts(
        "My daughter is allergic to peanuts.",
        &[("has a daughter allergic to peanuts", Like, Fact)],
    );
    assert_extracts(
        "my kids are allergic to eggs and dairy",
        &[
            ("has kids allergic to eggs", Like, Fact),
            ("has kids allergic to dairy", Like, Fact),
        ],
    );
    assert_extracts(
        "My husband is allergic to shellfish, so dinner ideas without it?",
        &[("has a husband allergic to shellfish", Like, Fact)],
    );
    assert_nothing("my friend is allergic to cats");
    assert_nothing("My son is not allergic to anything.");
    // An allergy they have, said as what they are allergic to.
    assert_extracts(
        "my son has a severe peanut allergy",
        &[("has a son allergic to peanuts", Like, Fact)],
    );
    assert_extracts(
        "my kids have nut allergies",
        &[("has kids allergic to nuts", Like, Fact)],
    );
    assert_nothing("my son has a dog");
    assert_extracts(
        "Shopping for running shoes, I have flat feet.",
        &[("has flat feet", Like, Fact)],
    );
    assert_extracts(
        "I like to travel light, carry-on only.",
        &[
            ("traveling light", Like, Preference),
            ("carry-on", Like, Preference),
        ],
    );
    assert_extracts(
        "I prefer dark mode in every app.",
        &[("dark mode", Like, Preference)],
    );
}

#[test]
fn feedback_and_facts_typed_to_an_assistant() {
    assert_extracts(
        "Less formal please, I'm not writing to the Queen.",
        &[("formal tone", Dislike, Style)],
    );
    assert_extracts(
        "I'm more of a visual learner, so charts help.",
        &[("diagrams", Like, Style)],
    );
    assert_extracts(
        "I love how you broke it down into steps.",
        &[("step-by-step instructions", Like, Style)],
    );
    assert_extracts(
        "I'd rather you ask clarifying questions than guess.",
        &[("clarifying questions", Like, Style)],
    );
    assert_extracts(
        "Tables are easier for me to read.",
        &[("tables", Like, Style)],
    );
    assert_extracts(
        "Beach vacations bore me, I'd rather explore cities.",
        &[
            ("exploring cities", Like, Preference),
            ("beach vacations", Dislike, Preference),
        ],
    );
    assert_extracts("I'd rather tea.", &[("tea", Like, Preference)]);
    assert_extracts(
        "I'm retired and live on the coast.",
        &[("lives on the coast", Like, Fact), ("retired", Like, Fact)],
    );
    // Where one wants to live is a wish, not where one lives.
    assert_extracts(
        "I want to live near the ocean",
        &[("living by the sea", Like, Preference)],
    );
    assert_extracts("I live near the ocean", &[("lives by the sea", Like, Fact)]);
    assert_extracts(
        "I'm a college student on a tight budget.",
        &[
            ("on a budget", Like, Fact),
            ("a college student", Like, Fact),
        ],
    );
    assert_extracts("i am an art student.", &[("an art student", Like, Fact)]);
}

#[test]
fn a_flavour_said_alone_is_food() {
    assert_extracts(
        "I'm not a fan of cilantro or anything too spicy.",
        &[
            ("cilantro", Dislike, Preference),
            ("very spicy food", Dislike, Preference),
        ],
    );
    assert_extracts(
        "my mother cooks bland food but i like spicy.",
        &[("spicy food", Like, Preference)],
    );
    // A part of a list keeps its noun; other degrees keep their words.
    assert_extracts(
        "I love sweet and salty snacks.",
        &[("sweet salty snacks", Like, Preference)],
    );
    assert_extracts(
        "I hate anything too loud.",
        &[("anything too loud", Dislike, Preference)],
    ); // "anything made of" is the material.
    assert_extracts(
        "I won't buy anything made of leather.",
        &[("leather", Dislike, Preference)],
    );
}

#[test]
fn a_refusal_said_again() {
    for text in [
        "Remember I said no onions.",
        "I said no onions!",
        "I told you no onions.",
        "Again, no onions.",
    ] {
        assert_extracts(text, &[("onions", Dislike, Preference)]);
    }
    for text in [
        "I said no.",
        "I said no to the job offer.",
        "Again, no worries.",
        "she said no onions",
        "No onions please.",
    ] {
        assert_nothing(text);
    }
}

#[test]
fn a_choice_with_its_alternative_and_mostly_after_the_verb() {
    assert_extracts(
        "I'd pick a cabin in the woods over a beach resort.",
        &[
            ("cabin in woods", Like, Preference),
            ("beach resort", Dislike, Preference),
        ],
    );
    assert_extracts(
        "I'm more into podcasts than audiobooks.",
        &[
            ("podcasts", Like, Preference),
            ("audiobooks", Dislike, Preference),
        ],
    );
    assert_nothing("I'd take a taxi.");
    assert_extracts(
        "I read mostly nonfiction these days.",
        &[("nonfiction", Like, Preference)],
    );
    assert_nothing("i read only the first page");
    assert_nothing("I eat only two meals a day.");
}

#[test]
fn never_a_fan_nothing_flashy_and_a_person_than_another() {
    assert_extracts(
        "I've never been a fan of theme parks.",
        &[("theme parks", Dislike, Preference)],
    );
    assert_extracts(
        "I only wear neutral colors, nothing flashy.",
        &[
            ("neutral colors", Like, Preference),
            ("flashy", Dislike, Preference),
        ],
    );
    assert_extracts(
        "I like simple food, nothing too spicy.",
        &[
            ("simple food", Like, Preference),
            ("spicy food", Dislike, Preference),
        ],
    );
    assert_extracts(
        "I love nothing more than a good book.",
        &[("book", Like, Preference)],
    );
    assert_extracts(
        "I'm more of a dog person than a cat person.",
        &[("dogs", Like, Preference), ("cats", Dislike, Preference)],
    );
}

#[test]
fn someones_work_points_back_to_who_made_it() {
    assert_extracts(
        "I've been reading Stephen King, love his stuff.",
        &[("stephen king", Like, Preference)],
    );
    assert_extracts(
        "Just discovered Khruangbin and I love their sound.",
        &[("khruangbin", Like, Preference)],
    );
    assert_extracts(
        "I'm watching Succession, I love that show.",
        &[("succession", Like, Preference)],
    );
    assert_extracts(
        "Been playing Elden Ring nonstop, I love it.",
        &[("elden ring", Like, Preference)],
    );
    // With no one named before, someone's books name nothing.
    assert_nothing("I love his books.");
}

#[test]
fn nerds_drinkers_and_sides_taken() {
    assert_extracts(
        "I'm a huge nerd for space stuff.",
        &[("space stuff", Like, Preference)],
    );
    assert_extracts(
        "I'm a nerd for anything Star Wars.",
        &[("star wars", Like, Preference)],
    );
    assert_extracts(
        "I'm not much of a drinker, so skip the wine pairings.",
        &[("alcohol", Dislike, Preference)],
    );
    assert_extracts(
        "I'm not really a drinker.",
        &[("alcohol", Dislike, Preference)],
    );
    assert_nothing("I'm a social drinker.");
    assert_extracts(
        "Not much of a reader, honestly.",
        &[("reading", Dislike, Preference)],
    );
    assert_extracts(
        "I don't drink coffee, tea person all the way.",
        &[("coffee", Dislike, Preference), ("tea", Like, Preference)],
    );
    assert_extracts(
        "Jazz is the only thing I listen to while working.",
        &[("jazz", Like, Preference)],
    );
    assert_extracts(
        "Honestly, sushi is the only thing I ever order.",
        &[("sushi", Like, Preference)],
    );
    assert_nothing("Pizza is the only thing my kids eat.");
    assert_extracts(
        "I'm into anything creative, painting, pottery, whatever.",
        &[
            ("painting", Like, Preference),
            ("pottery", Like, Preference),
        ],
    );
    assert_extracts(
        "I love anything with cheese, especially Italian varieties.",
        &[
            ("cheese", Like, Preference),
            ("italian varieties", Like, Preference),
        ],
    );
}

#[test]
fn reptiles_and_small_animals_are_pets_but_not_a_tattoo_or_an_allergy() {
    assert_extracts(
        "I have two cats and a bearded dragon.",
        &[
            ("has two cats", Like, Fact),
            ("has a bearded dragon", Like, Fact),
        ],
    );
    assert_extracts("We have a guinea pig.", &[("has a guinea pig", Like, Fact)]);
    assert_extracts("I have an iguana.", &[("has an iguana", Like, Fact)]);
    assert_nothing("I have a dragon tattoo.");
    assert_nothing("I have a fish tank.");
}

#[test]
fn complaints_about_answers_refuse_what_they_name() {
    assert_extracts(
        "i dont like when you use too many headings",
        &[("headings", Dislike, Style)],
    );
    assert_extracts(
        "I hate it when you use bullet points.",
        &[("bullet points", Dislike, Style)],
    );
    assert_extracts("I love it when you use tables.", &[("tables", Like, Style)]);
    assert_extracts("I like how you use headings.", &[("headings", Like, Style)]);
}

#[test]
fn more_of_one_than_another_asks_for_no_more_titles() {
    assert_extracts(
        "I'm more of a Netflix person than a cinema person.",
        &[
            ("netflix", Like, Preference),
            ("cinema", Dislike, Preference),
        ],
    );
}

#[test]
fn a_reason_said_after_a_comma_or_without_one() {
    assert_extracts(
        "i cant eat gluten, celiac",
        &[
            ("gluten", Dislike, Preference),
            ("gluten-free diet", Like, Fact),
        ],
    );
    assert_extracts(
        "I don't eat pork, halal.",
        &[("pork", Dislike, Preference), ("halal diet", Like, Fact)],
    );
    assert_extracts(
        "I have a bad knee so no running.",
        &[
            ("running", Dislike, Preference),
            ("has bad knees", Like, Fact),
        ],
    );
    assert_extracts("I've got a bad knee.", &[("has bad knees", Like, Fact)]);
    assert_extracts(
        "I'm lactose intolerant so no cheese please.",
        &[
            ("cheese", Dislike, Preference),
            ("lactose intolerance", Like, Fact),
        ],
    );
    assert_nothing("I was late so no breakfast.");
}

#[test]
fn requests_with_a_taste_inside() {
    assert_extracts(
        "Plan a 3-day itinerary for Rome, we're not big on museums but love food.",
        &[("museums", Dislike, Preference), ("food", Like, Preference)],
    );
    assert_extracts("We're big on hiking.", &[("hiking", Like, Preference)]);
    assert_extracts(
        "Can you recommend a novel? I loved The Night Circus and anything with magical realism.",
        &[
            ("books like night circus", Like, Preference),
            ("magical realism", Like, Preference),
        ],
    );
    assert_extracts(
        "What board games are good for 4 players? We like strategy but not too long.",
        &[("strategy", Like, Preference)],
    );
    assert_extracts(
        "I like sci-fi but not too much romance.",
        &[
            ("sci-fi", Like, Preference),
            ("romance", Dislike, Preference),
        ],
    );
    assert_extracts(
        "Find me a hotel in Tokyo, I prefer quiet neighborhoods and need a gym.",
        &[
            ("quiet neighborhoods", Like, Preference),
            ("gym", Like, Preference),
        ],
    );
    assert_extracts(
        "I need a new phone, battery life is everything.",
        &[("battery life", Like, Preference)],
    );
    assert_extracts("For me, comfort is key.", &[("comfort", Like, Preference)]);
    assert_nothing("Timing is everything.");
    assert_nothing("My family is everything to me.");
}

#[test]
fn feedback_on_answers_as_typed() {
    assert_extracts(
        "That was way too long, next time just give me the short version.",
        &[("concise answers", Like, Style)],
    );
    assert_extracts(
        "You keep using the word delve, please stop.",
        &[("the word delve", Dislike, Style)],
    );
    assert_extracts(
        "I like when you give me options to choose from.",
        &[("several options", Like, Style)],
    );
    assert_extracts(
        "Please format code with comments.",
        &[("code comments", Like, Style)],
    );
}

#[test]
fn homes_owned_refusals_said_bare_and_the_tool_one_loves() {
    assert_extracts("I rent a tiny flat in London.", &[("a renter", Like, Fact)]);
    assert_extracts(
        "We just bought our first house.",
        &[("a homeowner", Like, Fact)],
    );
    assert_nothing("I bought my first car.");
    assert_extracts("Hostels are a no.", &[("hostels", Dislike, Preference)]);
    assert_nothing("The answer is a no.");
    assert_extracts(
        "I can't wear heels, bad ankles.",
        &[
            ("heels", Dislike, Preference),
            ("has a bad ankle", Like, Fact),
        ],
    );
    assert_nothing("I can't wear that to work, right?");
    assert_extracts(
        "I use Obsidian for notes and I love it.",
        &[
            ("uses obsidian", Like, Fact),
            ("obsidian", Like, Preference),
        ],
    );
    assert_extracts(
        "I've been using Notion for work and I hate it.",
        &[("notion", Dislike, Preference)],
    );
}

#[test]
fn a_message_with_context_before_its_question() {
    assert_extracts(
        "We're both foodies but he doesn't eat raw fish.",
        &[("food", Like, Preference)],
    );
    assert_extracts(
        "I avoid caffeine entirely.",
        &[("caffeine", Dislike, Preference)],
    );
    assert_extracts(
        "Budget is around 3000 euros.",
        &[("has a budget of about 3000 euros", Like, Fact)],
    );
}

#[test]
fn bands_books_shows_and_games_as_people_talk_about_them() {
    // A verdict said of what one has been hearing, reading, watching or playing.
    for (text, topic, polarity) in [
        (
            "I've been listening to a lot of Phoebe Bridgers lately, she's amazing.",
            "phoebe bridgers",
            Like,
        ),
        (
            "Been listening to Phoebe Bridgers a lot, she's amazing",
            "phoebe bridgers",
            Like,
        ),
        (
            "I've been listening to Radiohead, they're so good.",
            "radiohead",
            Like,
        ),
        (
            "Just finished Project Hail Mary, it was fantastic.",
            "project hail mary",
            Like,
        ),
        (
            "I watched Severance and it was incredible.",
            "severance",
            Like,
        ),
        (
            "Been playing Baldur's Gate 3 nonstop, it's incredible.",
            "baldur's gate 3",
            Like,
        ),
        (
            "Currently reading Dune and honestly it's a slog.",
            "dune",
            Dislike,
        ),
        (
            "I finally watched Oppenheimer, it was kind of boring tbh.",
            "oppenheimer",
            Dislike,
        ),
    ] {
        assert_extracts(text, &[(topic, polarity, Preference)]);
    }
    // Not someone else's, nor a verdict that goes on about something else.
    assert_nothing("My son has been reading Dune, he's amazing.");
    assert_nothing("I watched the news, it was amazing how fast it spread.");
    assert_nothing("She's amazing.");
    // By habit, in quantity, again and again.
    for (text, topic) in [
        ("I listen to a lot of Taylor Swift.", "taylor swift"),
        ("I play a lot of Elden Ring.", "elden ring"),
        ("I mostly read Terry Pratchett.", "terry pratchett"),
        ("I usually read thrillers.", "thrillers"),
        ("I watch a lot of anime.", "anime"),
        ("I mostly play indie games on my Switch.", "indie games"),
        (
            "I've been rewatching The Office for the 5th time lol",
            "office",
        ),
        ("I've read every Agatha Christie book.", "agatha christie"),
        ("I've watched Interstellar 5 times.", "interstellar"),
    ] {
        assert_extracts(text, &[(topic, Like, Preference)]);
    }
    for text in [
        "I usually read the news in the morning.",
        "I read a lot of research papers for work.",
        "I play a lot with my kids.",
        "I read a lot.",
        "I usually watch two movies a week.",
    ] {
        assert_nothing(text);
    }
    // A habit stays a habit: "I play a lot of chess" is the fact alone.
    assert_extracts("I play a lot of chess.", &[("plays chess", Like, Fact)]);
    // Names with initials, and the kind said before a name.
    assert_extracts(
        "Favorite author is Ursula K. Le Guin.",
        &[("ursula k le guin", Like, Preference)],
    );
    assert_extracts(
        "I love George R. R. Martin.",
        &[("george r r martin", Like, Preference)],
    );
    assert_extracts(
        "I got an A. The rest was easy, I love math.",
        &[("math", Like, Preference)],
    );
    assert_extracts(
        "I'm obsessed with the band Wet Leg.",
        &[("wet leg", Like, Preference)],
    );
    assert_extracts(
        "I love the game Stardew Valley.",
        &[("stardew valley", Like, Preference)],
    );
    assert_extracts("I love the band.", &[("band", Like, Preference)]);
    // Fans, kicks, comfort shows, what one listens to.
    for (text, topic, polarity) in [
        ("Big Radiohead fan here.", "radiohead", Like),
        ("Huge Marvel fan here", "marvel", Like),
        ("I've been on a big Murakami kick lately.", "murakami", Like),
        ("I'm on a Sanderson kick right now.", "sanderson", Like),
        ("Kendrick is the GOAT.", "kendrick", Like),
        ("Stardew Valley is my comfort game.", "stardew valley", Like),
        ("My comfort show is Gilmore Girls.", "gilmore girls", Like),
        ("My comfort food is mac and cheese.", "mac and cheese", Like),
        ("Horror isn't really my genre.", "horror", Dislike),
        ("I think Succession is overrated.", "succession", Dislike),
        ("Coffee is what I drink every morning.", "coffee", Like),
    ] {
        assert_extracts(text, &[(topic, polarity, Preference)]);
    }
    assert_nothing("Big news here.");
    assert_nothing("Money is what I need right now.");
}

#[test]
fn slang_and_idioms_for_a_taste() {
    for (text, topic, polarity) in [
        (
            "Honestly pineapple on pizza slaps.",
            "pineapple on pizza",
            Like,
        ),
        ("Thai food rocks", "thai food", Like),
        ("Window seat or nothing.", "window seat", Like),
        ("I'm team iPhone all the way.", "iphone", Like),
        (
            "Meetings that could have been emails drive me nuts.",
            "meetings that could have been emails",
            Dislike,
        ),
        ("Running is my therapy.", "running", Like),
        ("Gardening keeps me sane.", "gardening", Like),
        ("I'm kind of a coffee snob.", "coffee", Like),
        ("Mushrooms are a hard pass for me.", "mushrooms", Dislike),
        ("Anything with avocado is a win for me.", "avocado", Like),
        ("I didn't care for Artemis.", "artemis", Dislike),
        // How one learns.
        ("Flashcards never work for me.", "flashcards", Dislike),
        (
            "Reading long articles doesn't work for me",
            "reading long articles",
            Dislike,
        ),
        ("Textbooks put me to sleep.", "textbooks", Dislike),
        (
            "I learn best by doing, hands-on projects.",
            "learning by doing",
            Like,
        ),
        ("I'm a hands-on learner.", "hands-on learning", Like),
        ("Zoos make me sad.", "zoos", Dislike),
        // The reason after a comma is no second thing.
        (
            "I avoid Google devices, privacy reasons.",
            "google devices",
            Dislike,
        ),
        (
            "I avoid anything scented, allergies",
            "scented products",
            Dislike,
        ),
        // The animal kept, not the animal eaten.
        ("I'm not a fan of fish as pets.", "fish as pets", Dislike),
        ("I find bullfighting cruel.", "bullfighting", Dislike),
        ("I'm bored by pro sports.", "pro sports", Dislike),
        // The act said of what came before is not a thing of its own.
        (
            "I dislike caged birds and find it cruel to keep them as pets.",
            "caged birds",
            Dislike,
        ),
    ] {
        assert_extracts(text, &[(topic, polarity, Preference)]);
    }
    // A time that doesn't work is a schedule.
    assert_nothing("Tuesday doesn't work for me.");
    assert_nothing("That doesn't work for me, try again.");
    // Said of one person or thing, or of nothing: no taste.
    assert_nothing("My brother drives me nuts.");
    assert_nothing("My dog keeps me sane.");
    assert_nothing("This song slaps, who is it by?");
    assert_nothing("Nothing or nothing.");
    assert_nothing("I didn't like your last answer.");
    assert_extracts(
        "Loved The Martian, didn't care for Artemis.",
        &[
            ("martian", Like, Preference),
            ("artemis", Dislike, Preference),
        ],
    );
}

#[test]
fn wishes_about_answers_said_in_passing() {
    assert_extracts(
        "Please don't end with a summary.",
        &[("summaries", Dislike, Style)],
    );
    assert_extracts(
        "Less hedging please, just tell me what you think.",
        &[("direct answers", Like, Style)],
    );
    // "ones" of the kind of work asked for.
    assert_extracts(
        "Recommend a podcast, I like comedy ones but not political stuff.",
        &[
            ("comedy podcasts", Like, Preference),
            ("political stuff", Dislike, Preference),
        ],
    );
    assert_extracts(
        "Suggest a movie, I like scary ones.",
        &[("scary movies", Like, Preference)],
    );
    // An appliance of one's own, loved: what a recipe can use.
    assert_extracts(
        "I swear by my Instant Pot.",
        &[("has an instant pot", Like, Fact)],
    );
    assert_extracts(
        "I love my new air fryer.",
        &[("has an air fryer", Like, Fact)],
    );
    assert_nothing("I sold my air fryer.");
    assert_nothing("I want to replace my oven.");
    assert_extracts(
        "I have a dog that I love.",
        &[("has a dog", Like, Fact), ("dog", Like, Preference)],
    );
    // A language code is written in, not a workplace.
    assert_extracts(
        "I work in Go mostly, so examples in Go.",
        &[("go code examples", Like, Style)],
    );
    assert_extracts(
        "I work in marketing mostly.",
        &[("works in marketing", Like, Fact)],
    );
}

#[test]
fn a_verb_said_alone_before_another_shares_its_object() {
    assert_extracts(
        "I don't like watching or participating in fighting.",
        &[("participating in fighting", Dislike, Preference)],
    );
    // Each pastime alone is a taste of its own.
    assert_extracts(
        "I love reading and writing.",
        &[("reading", Like, Preference), ("writing", Like, Preference)],
    );
}

#[test]
fn a_topic_keeps_its_verb_and_loses_what_was_cut_from_it() {
    // "cause" after a modal is the verb, not "'cause".
    assert_extracts(
        "I need to avoid any activities that could potentially cause head trauma.",
        &[(
            "activities that could potentially cause head trauma",
            Dislike,
            Preference,
        )],
    );
    // A participle whose place or time was cut says nothing.
    assert_extracts(
        "I do not enjoy period pieces set before the 20th century.",
        &[("period pieces", Dislike, Preference)],
    );
    // "venues featuring [it]": more than was said; "events" alone is what it is.
    assert_extracts(
        "I avoid any events or venues featuring it.",
        &[("events", Dislike, Preference)],
    );
    assert_extracts(
        "I don't watch anything based on true crime events.",
        &[("true crime events", Dislike, Preference)],
    );
    // What a thing resembles is the taste.
    assert_extracts(
        "I have a deep aversion to anything that resembles mid-century modern design.",
        &[("mid-century modern design", Dislike, Preference)],
    );
}

#[test]
fn a_later_bare_noun_is_one_more_way_of_the_same_learning() {
    assert_extracts(
        "I dislike learning through online courses and videos.",
        &[
            ("learning through online courses", Dislike, Preference),
            ("learning through videos", Dislike, Preference),
        ],
    );
    // A doing of its own stays one.
    assert_extracts(
        "I love learning through podcasts and reading.",
        &[
            ("learning through podcasts", Like, Preference),
            ("reading", Like, Preference),
        ],
    );
}

#[test]
fn a_colour_or_season_beside_its_slot_is_the_taste() {
    // The colour before the slot, past the thing it colours.
    assert_extracts(
        "my truck is blue like my favorite color.",
        &[("blue", Like, Preference)],
    );
    assert_extracts(
        "my eyes are blue, but i wish they were red like my favorite color",
        &[("red", Like, Preference)],
    );
    assert_extracts(
        "sounds cute. barnby has a grey collar and leash my favorite color.",
        &[("grey", Like, Preference)],
    );
    // "colors" takes the ones listed with it; one colour fills "color".
    assert_extracts(
        "nice name! i got each a red and blue collar, my favorite colors.",
        &[("red", Like, Preference), ("blue", Like, Preference)],
    );
    assert_extracts(
        "my favorite color is red, blue is nice.",
        &[("red", Like, Preference)],
    );
    // After the slot, past a copula or a relative.
    assert_extracts(
        "i bet they are my favorite color orange!",
        &[("orange", Like, Preference)],
    );
    assert_extracts(
        "i write about knitting and my favorite color, which is navy blue.",
        &[("navy blue", Like, Preference)],
    );
    assert_extracts(
        "my favorite color is seafoam",
        &[("seafoam", Like, Preference)],
    );
    // A season's slot likewise.
    assert_extracts(
        "yes every single day. specially in summer since its my favorite season",
        &[("summer", Like, Preference)],
    );
    assert_extracts(
        "i am excited winter is coming, i love the season",
        &[("winter", Like, Preference)],
    );
    // "that color" points back; the verb gives the direction.
    assert_extracts(
        "i want to paint my room yellow, love that color.",
        &[("yellow", Like, Preference)],
    );
    assert_extracts(
        "i painted my room red, a color i like a lot",
        &[("red", Like, Preference)],
    );
    // Another's favourite, or a question, is no taste of mine.
    assert_nothing("my truck is blue like your favorite color.");
    assert_nothing("her car is red like her favorite color.");
}

#[test]
fn a_thing_named_in_ing_shares_the_modifier_of_its_alternative() {
    // Alone, "clothing" would say the person dislikes clothes.
    assert_extracts(
        "I don't wear any clothing or accessories made from animal products.",
        &[
            ("clothing made from animal products", Dislike, Preference),
            ("accessories made from animal products", Dislike, Preference),
        ],
    );
    // An activity keeps its own.
    assert_extracts(
        "I avoid hiking or activities that involve heights.",
        &[
            ("hiking", Dislike, Preference),
            ("activities that involve heights", Dislike, Preference),
        ],
    );
}

#[test]
fn a_comma_between_adjectives_does_not_end_what_is_preferred() {
    assert_extracts(
        "I prefer to shop for technology products from smaller, independent brands rather than large corporations.",
        &[
            (
                "shopping for technology products from smaller independent brands",
                Like,
                Preference,
            ),
            ("large corporations", Dislike, Preference),
        ],
    );
}

#[test]
fn a_favourite_slot_says_what_it_tells_of_its_filler() {
    // The kind named by the slot goes with a filler that may not say it.
    assert_extracts(
        "my favorite tea is chamomile",
        &[("chamomile tea", Like, Preference)],
    );
    assert_extracts(
        "havarti is my favorite cheese.",
        &[("havarti cheese", Like, Preference)],
    );
    assert_extracts(
        "i have a mustang its my favorite type of car",
        &[("mustang car", Like, Preference)],
    );
    assert_extracts(
        "tigers are my favorite team",
        &[("tigers team", Like, Preference)],
    );
    // What is done with it is the taste ...
    assert_extracts(
        "my favorite thing to cook is stew.",
        &[("cooking stew", Like, Preference)],
    );
    assert_extracts(
        "my favorite thing to shop for is watches.",
        &[("shopping for watches", Like, Preference)],
    );
    assert_extracts(
        "cookies are my favorite to bake!",
        &[("baking cookies", Like, Preference)],
    );
    // ... but eating or drinking it is the thing itself.
    assert_extracts(
        "my favorite food to eat is pizza",
        &[("pizza", Like, Preference)],
    );
    assert_extracts(
        "my favorite sport is hockey",
        &[("hockey", Like, Preference)],
    );
}

#[test]
fn chat_filler_and_plural_loves_do_not_hide_a_taste() {
    assert_extracts(
        "awesome. i am like obsessed with sharks",
        &[("sharks", Like, Preference)],
    );
    // A comparison stays one.
    assert_nothing("i am like you");
    assert_extracts(
        "poetry and fantasy novels are my true loves",
        &[
            ("poetry", Like, Preference),
            ("fantasy novels", Like, Preference),
        ],
    );
}

#[test]
fn a_kind_pointed_back_at_is_said_once() {
    assert_extracts(
        "I have a strong dislike for country music and will not listen to any artists or songs associated with that genre.",
        &[("country music", Dislike, Preference)],
    );
    // With nothing said before it, it stays.
    assert_extracts(
        "i really like dancing to that kind of music",
        &[("dancing to that kind of music", Like, Preference)],
    );
}

#[test]
fn the_who_is_a_band_not_a_relative() {
    assert_extracts(
        "nice! the who is my favorite band",
        &[("the who", Like, Preference)],
    );
    assert_extracts("I hate The Who", &[("the who", Dislike, Preference)]);
    assert_extracts(
        "i would love to see the who.. my favorite band",
        &[("the who", Like, Preference)],
    );
    // A relative "who" is left as it was.
    assert_extracts(
        "i like teachers who explain things",
        &[("teachers", Like, Preference)],
    );
}

#[test]
fn it_after_a_chore_is_the_doing_and_an_elided_doing_is_read_back() {
    assert_extracts(
        "when i cant sleep i clean the house, i usually hate it.",
        &[("cleaning house", Dislike, Preference)],
    );
    assert_extracts(
        "i take cold showers in the morning and like it",
        &[("taking cold showers in morning", Like, Preference)],
    );
    assert_extracts(
        "my parents keep making me go to school even though i hate it",
        &[("going to school", Dislike, Preference)],
    );
    assert_extracts(
        "i bet. i work out, even though i do not like to, but need to.",
        &[
            ("works out", Like, Fact),
            ("working out", Dislike, Preference),
        ],
    );
    assert_extracts(
        "i am alright, had to clean the house today even though i do not like doing so",
        &[("cleaning house", Dislike, Preference)],
    );
    assert_extracts(
        "doing good just got done working out i do not like to",
        &[("working out", Dislike, Preference)],
    );
    assert_extracts(
        "do you like to swim? i like to",
        &[("swimming", Like, Preference)],
    );
    // A thing bought, read or gone through is what "it" is.
    assert_extracts("i bought a car and i love it", &[("car", Like, Preference)]);
    assert_extracts(
        "where do you walk? i go through the desert, i love it.",
        &[("desert", Like, Preference)],
    );
    // Nothing said before, nothing elided.
    assert_nothing("i like to");
}

#[test]
fn a_doing_under_way_or_pointed_at_as_one_is_the_taste() {
    assert_extracts(
        "cool dude. any plans for tonight? i am dancing at the club, i love it.",
        &[("dancing", Like, Preference)],
    );
    assert_extracts(
        "then i should go running with her, i really enjoy it.",
        &[("running", Like, Preference)],
    );
    assert_extracts(
        "good, i am just coding web designs, something i very much enjoy.",
        &[("coding", Like, Preference)],
    );
    assert_extracts(
        "its great. i took a walk in the park which i love to do.",
        &[("taking walk in park", Like, Preference)],
    );
    assert_extracts(
        "yes i write programs that is what i love to do",
        &[("writing programs", Like, Preference)],
    );
    assert_extracts(
        "nice, i am about to go hiking, which i love to do",
        &[("hiking", Like, Preference)],
    );
    // "something i love" after a thing bought names no doing.
    assert_nothing("i bought a guitar, something i love");
    // A thing watched is still the thing.
    assert_extracts(
        "i am watching succession, i love it",
        &[("succession", Like, Preference)],
    );
}

#[test]
fn a_pronoun_that_is_a_love_of_mine_points_back() {
    assert_extracts(
        "hey that is good i do yoga its a love of mine.",
        &[("does yoga", Like, Fact), ("yoga", Like, Preference)],
    );
    assert_extracts(
        "no it is not its my life i still hike tho its a like of mine",
        &[("hike", Like, Preference)],
    );
    // A doing said as one is read once.
    assert_extracts(
        "yes i write programs that is what i love to do",
        &[("writing programs", Like, Preference)],
    );
    assert_extracts(
        "reading. that is what i love to do",
        &[("reading", Like, Preference)],
    );
}

#[test]
fn what_beats_a_taste_is_liked_more() {
    assert_extracts(
        "haha! i like pepsi, but chocolate chip cookies are tastier, and we are out of those!",
        &[
            ("pepsi", Like, Preference),
            ("chocolate chip cookies", Like, Preference),
        ],
    );
    assert_extracts(
        "i like those, too, but pizza is better!;",
        &[("pizza", Like, Preference)],
    );
    // A dislike beaten is no like; a pronoun names nothing.
    assert_extracts(
        "i hate tea but coffee is better",
        &[("tea", Dislike, Preference)],
    );
    assert_extracts(
        "i like tea but it is better cold",
        &[("tea", Like, Preference)],
    );
    assert_extracts(
        "i like surfing, but i would rather be in the snow.",
        &[("surfing", Like, Preference), ("snow", Like, Preference)],
    );
    assert_extracts(
        "that sounds like fun, but i think i will stick to skiing.",
        &[("skiing", Like, Preference)],
    );
    assert_nothing("i stick to a budget");
}

#[test]
fn a_fan_said_after_a_comma_and_chat_s_dropped_letters() {
    assert_extracts(
        "twins was my favorite movie in the 80s, big fan of comedies myself",
        &[("comedies", Like, Preference), ("twins", Like, Preference)],
    );
    assert_extracts(
        "same, in particular huge beatles fan. sort of a cliche i suppose.",
        &[("beatles", Like, Preference)],
    );
    // An aside about another is not mine.
    assert_nothing("my dad, big fan of golf, took me there");
    // In a list, the part is its object.
    assert_extracts(
        "i like rock, big fan of the beatles",
        &[("beatles", Like, Preference), ("rock", Like, Preference)],
    );
    assert_extracts(
        "yes i love it an shopping an my sis",
        &[("shopping", Like, Preference)],
    );
    assert_extracts(
        "i play the electric violin an di love imagine dragons",
        &[("imagine dragons", Like, Preference)],
    );
    assert_extracts(
        "i have always love many kind of animals",
        &[("many kind of animals", Like, Preference)],
    );
    // "an" before a vowel is the article.
    assert_extracts(
        "i love an interesting book",
        &[("interesting book", Like, Preference)],
    );
}

#[test]
fn a_question_run_into_a_statement_pointing_back_at_it() {
    assert_extracts(
        "hi. do you like photography at all its one of my hobbies!",
        &[("photography", Like, Preference)],
    );
    assert_extracts(
        "i see, its hot there? do you like hiking and biking that is what i enjoy.",
        &[("biking", Like, Preference)],
    );
    // What was had is no taste.
    assert_nothing("do you like pizza that is what i had for dinner");
}

#[test]
fn they_is_what_are_was_said_of() {
    assert_extracts(
        "i hope cats are there, they are my favorite.",
        &[("cats", Like, Preference)],
    );
    assert_extracts(
        "yes but bears are my animal, they are my favorite.",
        &[("bears", Like, Preference)],
    );
}

#[test]
fn he_or_she_is_someone_not_where_or_what_they_were_named() {
    assert_extracts(
        "i got to see kid rock at a casino, he is my favorite singer",
        &[("kid rock", Like, Preference)],
    );
    assert_extracts(
        "org, i saw justin bieber, the artist, he is my favorite!!!",
        &[("justin bieber", Like, Preference)],
    );
    assert_extracts(
        "lightning mcqueen is the best driver, i really like him!",
        &[("lightning mcqueen", Like, Preference)],
    );
    // A thing said of is still the thing.
    assert_extracts(
        "mickey mouse, he is my favorite",
        &[("mickey mouse", Like, Preference)],
    );
}

#[test]
fn a_pronoun_after_a_judgement_is_its_subject() {
    assert_extracts(
        "ink, singing is best in the shower, i really like it!",
        &[("singing", Like, Preference)],
    );
    assert_extracts(
        "16 candles, i know it is cheesy but i love it",
        &[("16 candles", Like, Preference)],
    );
    // What is said of "it" is not what is loved, and nothing named it.
    assert_nothing("I know it's cheesy but I love it");
    assert_nothing("well, its tough, but i love her all the same.");
    // A dummy "it" names the weather, which is the thing.
    assert_extracts(
        "its raining and i love it",
        &[("raining", Like, Preference)],
    );
    assert_extracts("its cold and i love it", &[("cold", Like, Preference)]);
}

#[test]
fn an_aside_inside_a_list_does_not_end_it() {
    assert_extracts(
        "awesome... i like dry land though and horseback riding",
        &[
            ("dry land", Like, Preference),
            ("horseback riding", Like, Preference),
        ],
    );
    assert_extracts(
        "i love pizza tho and pasta",
        &[("pizza", Like, Preference), ("pasta", Like, Preference)],
    );
    assert_nothing("i like it though and i will go back");
}

#[test]
fn a_verb_after_i_just_is_mine_not_a_request() {
    assert_extracts(
        "i just write stories, love my dog and do a lot of rock climbing.",
        &[("dog", Like, Preference)],
    );
    // Asked of the assistant, it is still fiction.
    assert_nothing("just write a story where she loves cats");
    assert_nothing("then write a story where she loves cats");
}

#[test]
fn chat_drops_the_i_of_a_verdict_after_a_comma() {
    assert_extracts(
        "hi! i am fine. just came back from a day of fishing, love it",
        &[("fishing", Like, Preference)],
    );
    assert_extracts(
        "went fishing today, love it",
        &[("fishing", Like, Preference)],
    );
    assert_extracts("the beach, love it", &[("beach", Like, Preference)]);
    assert_extracts(
        "no, i am out. work a lot and then just love taking naps.",
        &[("taking naps", Like, Preference)],
    );
    // Someone else was the subject, or it is a reaction to the answer at hand.
    assert_nothing("my mom went fishing, love it");
    assert_nothing("wow, love this answer");
    assert_nothing("Perfect, love the formatting");
    assert_nothing("Thanks, love it!");
}

#[test]
fn an_i_run_on_after_a_wish_is_mine_again() {
    assert_extracts(
        "i wish i could retire i hate my job",
        &[("job", Dislike, Preference)],
    );
    // The wish's own subject is still wished, and so is a reported one.
    assert_nothing("i wish i loved cooking");
    assert_nothing("my mom thinks i love cats");
    assert_nothing("i think i like it if i try");
}

#[test]
fn what_one_could_or_could_not_live_without_and_what_means_the_world() {
    assert_extracts(
        "I can't live without my headphones",
        &[("headphones", Like, Preference)],
    );
    assert_extracts(
        "i couldn't live without music",
        &[("music", Like, Preference)],
    );
    assert_extracts(
        "i could live without tomatoes",
        &[("tomatoes", Dislike, Preference)],
    );
    assert_extracts(
        "coffee means the world to me",
        &[("coffee", Like, Preference)],
    );
    assert_extracts(
        "music means everything to me",
        &[("music", Like, Preference)],
    );
    // Someone's or something's meaning, not a kind of thing.
    assert_nothing("your help means a lot to me");
    assert_nothing("that means a lot to me");
}

#[test]
fn a_when_clause_of_a_thing_and_a_particle() {
    // A particle is no quality of the thing: not "out sun".
    assert_extracts("I love when the sun is out", &[("sun", Like, Preference)]);
}

#[test]
fn everyday_verdicts_of_nerves_clicks_cravings_and_weariness() {
    assert_extracts("jazz gets on my nerves", &[("jazz", Dislike, Preference)]);
    assert_extracts(
        "anime never clicked for me",
        &[("anime", Dislike, Preference)],
    );
    assert_extracts(
        "anime didn't click for me",
        &[("anime", Dislike, Preference)],
    );
    assert_extracts(
        "flashcards did not work for me",
        &[("flashcards", Dislike, Preference)],
    );
    assert_extracts("yoga really clicked with me", &[("yoga", Like, Preference)]);
    assert_extracts(
        "I go crazy for dumplings",
        &[("dumplings", Like, Preference)],
    );
    assert_extracts(
        "I'm getting tired of pasta",
        &[("pasta", Dislike, Preference)],
    );
    // One person of mine, not a kind of thing.
    assert_nothing("my brother gets on my nerves");
}

#[test]
fn a_hedged_taste_and_one_that_has_been_going_on() {
    assert_extracts("I kind of like jazz", &[("jazz", Like, Preference)]);
    assert_extracts(
        "I sort of hate running",
        &[("running", Dislike, Preference)],
    );
    assert_extracts(
        "I've been obsessed with Korean dramas lately.",
        &[("korean dramas", Like, Preference)],
    );
    assert_extracts(
        "I've been enjoying audiobooks",
        &[("audiobooks", Like, Preference)],
    );
    // A kind of thing asked about is no hedge.
    assert_nothing("what kind of music do you like");
}

#[test]
fn a_greeting_before_a_statement_with_a_question_after_it() {
    for text in [
        "Hey! Quick q — I'm lactose intolerant, what can I bake for a party?",
        "Quick question: I'm lactose intolerant, what can I bake for a party?",
        "So I'm lactose intolerant, what can I bake for a party?",
    ] {
        assert_extracts(text, &[("lactose intolerance", Like, Fact)]);
    }
    assert_nothing("hey, do you like jazz?");
}

#[test]
fn a_description_then_a_place_with_capitals_is_where_one_lives() {
    assert_extracts(
        "I'm a nurse in Toronto",
        &[
            ("lives in toronto", Like, Fact),
            ("works as nurse", Like, Fact),
        ],
    );
    assert_extracts(
        "Im a dev from Brazil",
        &[("from brazil", Like, Fact), ("works as dev", Like, Fact)],
    );
    // A field, a stay, no occupation, or no capitals: no home.
    for text in [
        "I'm an expert in Rust, skip the basics",
        "I'm a PhD student in Physics",
        "I'm a nurse in Paris this week",
        "i am a nurse in toronto",
    ] {
        let topics: Vec<String> = extract(text).into_iter().map(|i| i.topic).collect();
        assert!(
            !topics.iter().any(|t| t.starts_with("lives in")),
            "{text}: {topics:?}"
        );
    }
}

#[test]
fn a_favourite_set_off_by_a_colon_or_said_after_a_pair() {
    assert_extracts("my favorite drink: coffee", &[("coffee", Like, Preference)]);
    assert_extracts("my fav food — tacos", &[("tacos", Like, Preference)]);
    assert_extracts(
        "oh so you were serving my favorite thing; coffee!",
        &[("coffee", Like, Preference)],
    );
    assert_extracts(
        "i rarely cook. i often eat sushi and pizza my favorite meal",
        &[("pizza", Like, Preference), ("sushi", Like, Preference)],
    );
    // One thing, not two; and a doing done is no part of the pair.
    assert_extracts(
        "good! i have to go in a bit for dinner. mac and cheese, my favorite!",
        &[("mac and cheese", Like, Preference)],
    );
    assert_extracts(
        "just got done eating sushi and pizza my favorite",
        &[("pizza", Like, Preference)],
    );
}

#[test]
fn a_thing_tried_then_judged_as_it() {
    for text in [
        "i tried durian, it is disgusting",
        "i ate durian once. it was gross",
        "durian? it is gross",
    ] {
        assert_extracts(text, &[("durian", Dislike, Preference)]);
    }
    assert_extracts(
        "i do not understand alcohol its nasty lol",
        &[("alcohol", Dislike, Preference)],
    );
    // A person or a deed is no kind of thing; praise stays unread, as for "X is".
    assert_nothing("my sister came over, it was awful");
    assert_nothing("i never finished high school, it was boring");
    assert_nothing("i tried durian, it is amazing");
    // An errand or a happening in the past is no thing tried.
    assert_nothing("I went to the store and it was awful");
    assert_nothing("my flight got delayed, it was terrible");
}

#[test]
fn what_is_my_worst_subject_or_nightmare() {
    assert_extracts("math is my worst subject", &[("math", Dislike, Preference)]);
    assert_extracts(
        "spiders are my worst nightmare",
        &[("spiders", Dislike, Preference)],
    );
    assert_nothing("my son is my worst enemy");
}

#[test]
fn eating_out_avoided_is_the_doing_not_what_is_eaten() {
    for text in [
        "i never eat out",
        "I avoid eating out",
        "I don't eat out much",
        "I try not to eat out",
    ] {
        assert_extracts(text, &[("eating out", Dislike, Preference)]);
    }
    assert_extracts("i avoid dining out", &[("dining out", Dislike, Preference)]);
    assert_extracts("I don't eat meat", &[("meat", Dislike, Preference)]);
}

#[test]
fn a_courtesy_is_no_taste_and_a_request_after_anyway_keeps_the_taste_before() {
    assert_nothing("I hate to bother you but what's 2+2");
    assert_extracts(
        "I hate to say it, but I love Nickelback",
        &[("nickelback", Like, Preference)],
    );
    assert_extracts(
        "I hate mondays lol, anyway can you help me with my resume?",
        &[("mondays", Dislike, Preference)],
    );
    assert_extracts("I love to cook", &[("cooking", Like, Preference)]);
}

#[test]
fn what_they_scare_me_stands_for_and_what_does_not_bother_me() {
    assert_extracts(
        "spiders? they terrify me",
        &[("spiders", Dislike, Preference)],
    );
    assert_extracts("i tried yoga, it relaxes me", &[("yoga", Like, Preference)]);
    // One's own people are no kind of thing.
    assert_nothing("my kids, they scare me");
    // What does not bother or scare me is no dislike.
    assert_nothing("loud music does not bother me");
    assert_nothing("spiders do not scare me");
    assert_nothing("mondays used to suck, but now they do not bother me");
    assert_extracts(
        "opera doesn't appeal to me",
        &[("opera", Dislike, Preference)],
    );
}

#[test]
fn what_one_is_never_going_back_to_is_disliked() {
    assert_extracts(
        "I switched to Linux last year and honestly never going back to Windows",
        &[
            ("windows", Dislike, Preference),
            ("uses linux", Like, Fact),
            ("linux", Like, Preference),
        ],
    );
    assert_extracts(
        "I'm never going back to Windows",
        &[("windows", Dislike, Preference)],
    );
    assert_extracts(
        "I'll never go back to Android",
        &[("android", Dislike, Preference)],
    );
    assert_extracts(
        "I would never go back to that hotel",
        &[("hotel", Dislike, Preference)],
    );
    // Variety, not a place disliked; and a doing cut short.
    assert_nothing("I never go back to the same restaurant twice");
    assert_nothing("I'm never going to finish this");
}

#[test]
fn they_judged_gross_is_the_thing_named_before() {
    for text in [
        "mushrooms? they're gross",
        "no mushrooms please, they're gross",
        "give me recipes without mushrooms, they're gross",
    ] {
        assert_extracts(text, &[("mushrooms", Dislike, Preference)]);
    }
    assert_extracts(
        "skip the olives, they're nasty",
        &[("olives", Dislike, Preference)],
    );
    assert_extracts(
        "I had the oysters, they were awful",
        &[("oysters", Dislike, Preference)],
    );
    // Not people, an outing, or an outcome.
    assert_nothing("my kids, they are annoying");
    assert_nothing("I went to the meeting, they were awful");
    assert_nothing("I got my test results, they are terrible");
    assert_nothing("I got my results, it is terrible");
}

#[test]
fn enjoying_dig_and_underrated_say_a_taste() {
    assert_extracts(
        "I've been learning Rust and I'm really enjoying it",
        &[("learning rust", Like, Preference)],
    );
    assert_extracts(
        "I'm really enjoying pottery lately",
        &[("pottery", Like, Preference)],
    );
    // The moment, not a taste.
    assert_nothing("I'm enjoying this conversation");
    assert_nothing("I'm enjoying my vacation");
    assert_nothing("my name is jordan and i am enjoying the florida sunshine");

    assert_extracts(
        "I really dig lo-fi beats when I code",
        &[("lo-fi beats", Like, Preference)],
    );
    assert_extracts(
        "I don't dig country music",
        &[("country music", Dislike, Preference)],
    );
    assert_nothing("I dig into the data every morning");
    assert_nothing("I dig your style");

    assert_extracts(
        "honestly pineapple on pizza is underrated",
        &[("pineapple on pizza", Like, Preference)],
    );
    assert_extracts(
        "I think Succession is underrated",
        &[("succession", Like, Preference)],
    );
    assert_nothing("jazz is not underrated");
    assert_nothing("cilantro is not overrated");
}

#[test]
fn a_question_about_my_own_taste_and_what_one_lives_off() {
    assert_extracts(
        "Is it weird that I hate the sound of rain?",
        &[("sound of rain", Dislike, Preference)],
    );
    assert_extracts(
        "Is it bad that I don't like chocolate?",
        &[("chocolate", Dislike, Preference)],
    );
    assert_nothing("is it weird that my son loves broccoli?");
    assert_nothing("is it weird to like broccoli?");

    assert_extracts(
        "I live off instant noodles",
        &[("instant noodles", Like, Preference)],
    );
    assert_extracts("i live off of ramen", &[("ramen", Like, Preference)]);
    assert_nothing("I live off campus");
    assert_nothing("I live off my savings");
}

#[test]
fn two_colours_before_a_noun_are_one_modifier() {
    assert_extracts(
        "avoid red and green charts",
        &[("red and green charts", Dislike, Preference)],
    );
    assert_extracts(
        "I'm colorblind so avoid red/green charts",
        &[
            ("red or green charts", Dislike, Preference),
            ("colorblind", Like, Fact),
        ],
    );
    // Colours alone are two tastes.
    assert_extracts(
        "I like red and green",
        &[("red", Like, Preference), ("green", Like, Preference)],
    );
    assert_extracts(
        "i both like red and blue either",
        &[("red", Like, Preference), ("blue", Like, Preference)],
    );
}

#[test]
fn the_only_kind_i_like_names_a_slot() {
    for text in [
        "the only cheese I like is cheddar",
        "cheddar is the only cheese I like",
    ] {
        assert_extracts(text, &[("cheddar", Like, Preference)]);
    }
    assert_extracts(
        "the only veggie I hate is okra",
        &[("okra", Dislike, Preference)],
    );
    assert_nothing("the only person I love is my mom");
}

#[test]
fn never_been_a_dog_person_dislikes_dogs() {
    assert_extracts(
        "I've never been a dog person",
        &[("dogs", Dislike, Preference)],
    );
    assert_extracts(
        "never been a big coffee drinker",
        &[("coffee", Dislike, Preference)],
    );
    assert_extracts(
        "I've always been a cat person",
        &[("cats", Like, Preference)],
    );
}

#[test]
fn keeping_a_thing_down_is_wishing_less_of_it() {
    assert_extracts(
        "I work in marketing, so keep the jargon down",
        &[
            ("works in marketing", Like, Fact),
            ("technical jargon", Dislike, Style),
        ],
    );
    for text in [
        "keep the jargon to a minimum",
        "keep jargon minimal",
        "Tone down the jargon.",
    ] {
        assert_extracts(text, &[("technical jargon", Dislike, Style)]);
    }
    for text in ["keep the emojis down", "tone down the emojis"] {
        assert_extracts(text, &[("emojis", Dislike, Style)]);
    }
    assert_extracts("use emojis", &[("emojis", Like, Style)]);
}

#[test]
fn going_easy_on_a_thing_is_wishing_less_of_it() {
    assert_extracts("go easy on the emojis", &[("emojis", Dislike, Style)]);
    assert_extracts("hold the emojis", &[("emojis", Dislike, Style)]);
    assert_extracts(
        "go easy on the jargon",
        &[("technical jargon", Dislike, Style)],
    );
    for text in ["easy on the bullet points", "enough with the bullet points"] {
        assert_extracts(text, &[("bullet points", Dislike, Style)]);
    }
    assert_extracts("hold on, I love jazz", &[("jazz", Like, Preference)]);
}

#[test]
fn boys_girls_and_a_mom_of_three_are_children() {
    assert_extracts("I have two boys", &[("has two boys", Like, Fact)]);
    assert_extracts(
        "I'm a mom of three",
        &[("parent", Like, Fact), ("has three kids", Like, Fact)],
    );
    assert_extracts(
        "I'm a mother of twins",
        &[("parent", Like, Fact), ("has twins", Like, Fact)],
    );
    assert_extracts(
        "I'm a single dad with two boys",
        &[
            ("single", Like, Fact),
            ("parent", Like, Fact),
            ("has two boys", Like, Fact),
        ],
    );
    assert_extracts(
        "I'm a dad of one",
        &[("parent", Like, Fact), ("has one kid", Like, Fact)],
    );
    assert_nothing("I'm a mother of dragons");
}

#[test]
fn how_much_is_no_part_of_the_thing_and_a_chore_is_a_judgement() {
    assert_extracts(
        "I prefer Python over JavaScript any day",
        &[
            ("python", Like, Preference),
            ("javascript", Dislike, Preference),
            ("python code examples", Like, Style),
        ],
    );
    assert_extracts(
        "I hate Java with a passion",
        &[("java", Dislike, Preference)],
    );
    assert_extracts(
        "Honestly I find TypeScript a pain",
        &[("typescript", Dislike, Preference)],
    );
    assert_extracts(
        "I find meal prep a hassle",
        &[("meal prep", Dislike, Preference)],
    );
    assert_extracts(
        "VS Code is my editor of choice",
        &[("vs code", Like, Preference)],
    );
    assert_nothing("tea is not my drink of choice");
}

#[test]
fn a_choice_said_with_a_symbol_is_a_taste_and_a_dislike() {
    assert_extracts(
        "Dogs > cats",
        &[("dogs", Like, Preference), ("cats", Dislike, Preference)],
    );
    assert_extracts(
        "Tea >>> coffee, fight me",
        &[("tea", Like, Preference), ("coffee", Dislike, Preference)],
    );
    assert_extracts(
        "imo Python > JavaScript for data science",
        &[
            ("python", Like, Preference),
            ("javascript", Dislike, Preference),
        ],
    );
    assert_nothing("if x > 5 then stop");
    assert_nothing("my score > your score");
}

#[test]
fn the_stuff_points_back_and_thanks_is_no_taste() {
    assert_extracts(
        "Coffee? Never touch the stuff.",
        &[("coffee", Dislike, Preference)],
    );
    assert_extracts(
        "I tried kombucha last week, I love that stuff",
        &[("kombucha", Like, Preference)],
    );
    assert_nothing("I love this stuff");
    assert_nothing("Thanks for the help, I love it");
    assert_nothing("Thank you for the recipe. I love it");
    assert_extracts(
        "thank you i have a dog i love him",
        &[("has a dog", Like, Fact), ("dog", Like, Preference)],
    );
}

#[test]
fn a_habit_given_up_and_a_diet_cut() {
    for text in [
        "I quit drinking last year",
        "I quit drinking in 2019",
        "I stopped drinking two years ago",
        "I gave up drinking",
    ] {
        assert_extracts(text, &[("alcohol", Dislike, Preference)]);
    }
    assert_extracts(
        "I quit smoking 5 years ago",
        &[("smoking", Dislike, Preference)],
    );
    assert_extracts(
        "I gave up meat two years ago",
        &[("meat", Dislike, Preference)],
    );
    assert_extracts("I quit drinking soda", &[("soda", Dislike, Preference)]);
    assert_extracts("I'm trying to cut carbs", &[("carbs", Dislike, Preference)]);
    assert_extracts(
        "I'm off sugar these days",
        &[("sugar", Dislike, Preference)],
    );
    assert_extracts("I cut junk food out", &[("junk food", Dislike, Preference)]);
    assert_nothing("I cut bread into cubes");
    assert_nothing("I'm off to Paris next week");
    assert_nothing("I'm off work today");
}

#[test]
fn a_thing_of_choice_and_a_favourite_set_off_by_a_colon() {
    assert_extracts(
        "my drink of choice is coffee",
        &[("coffee", Like, Preference)],
    );
    assert_extracts(
        "My editor of choice: VS Code",
        &[("vs code", Like, Preference)],
    );
    assert_extracts(
        "My favorite editor: VS Code",
        &[("vs code", Like, Preference)],
    );
    assert_nothing("the drink of choice in Spain is wine");
}

#[test]
fn being_spared_a_tone_habit_is_refusing_it() {
    assert_extracts(
        "spare me the disclaimers",
        &[("disclaimers", Dislike, Style)],
    );
    assert_extracts(
        "go easy on the disclaimers",
        &[("disclaimers", Dislike, Style)],
    );
    assert_extracts(
        "keep the small talk to a minimum",
        &[("small talk", Dislike, Style)],
    );
    assert_extracts("lay off the jokes", &[("humor", Dislike, Style)]);
    assert_extracts("cut the fluff", &[("concise answers", Like, Style)]);
}

#[test]
fn a_habit_just_started_and_one_boy_among_children() {
    assert_extracts(
        "I'm 34 and just started learning piano",
        &[("learning piano", Like, Fact), ("34 years old", Like, Fact)],
    );
    assert_extracts(
        "Just started learning piano",
        &[("learning piano", Like, Fact)],
    );
    assert_nothing("The movie just started");
    assert_extracts(
        "i have two girls and one boy",
        &[("has two girls", Like, Fact), ("has one boy", Like, Fact)],
    );
    assert_extracts(
        "I have a boy and a girl",
        &[("has a boy", Like, Fact), ("has a girl", Like, Fact)],
    );
    assert_nothing("I have a girl");
}

#[test]
fn a_make_believe_me_is_no_fact_and_an_expert_is_asked_for_as_one() {
    assert_extracts(
        "Explain like I'm an expert, skip the basics.",
        &[("expert-level explanations", Like, Style)],
    );
    assert_extracts(
        "explain like I'm a senior engineer",
        &[("expert-level explanations", Like, Style)],
    );
    assert_nothing("treat me like I'm a nurse");
    assert_extracts(
        "explain it like I'm five",
        &[("beginner-level explanations", Like, Style)],
    );
}

#[test]
fn a_plea_or_an_ask_after_a_comma_is_no_thing() {
    assert_extracts(
        "Not a big fan of horror movies, something lighter please.",
        &[("horror movies", Dislike, Preference)],
    );
    assert_extracts(
        "I'm lactose intolerant but I love cheese, help.",
        &[
            ("lactose intolerance", Like, Fact),
            ("cheese", Like, Preference),
        ],
    );
}

#[test]
fn the_best_of_its_kind_an_escape_and_a_mood_made() {
    assert_extracts(
        "Cats are the best pets, change my mind.",
        &[("cats", Like, Preference)],
    );
    assert_extracts(
        "Python is the best language",
        &[("python", Like, Preference)],
    );
    assert_extracts(
        "Mondays are the worst day",
        &[("mondays", Dislike, Preference)],
    );
    assert_nothing("my mom is the best");
    assert_nothing("the best part is the ending");
    assert_extracts("Reading is my escape.", &[("reading", Like, Preference)]);
    assert_extracts(
        "Spreadsheets make me happy.",
        &[("spreadsheets", Like, Preference)],
    );
    assert_extracts(
        "Classical music helps me focus.",
        &[("classical music", Like, Preference)],
    );
    assert_nothing("this playlist helps me focus");
}

#[test]
fn hooked_bored_and_an_interest_being_taken_up() {
    assert_extracts("I'm hooked on Wordle.", &[("wordle", Like, Preference)]);
    assert_extracts("I'm bored of chicken.", &[("chicken", Dislike, Preference)]);
    assert_extracts(
        "I want to get into bouldering",
        &[("bouldering", Like, Preference)],
    );
    assert_extracts(
        "I'd love to get into photography, where do I start?",
        &[("photography", Like, Preference)],
    );
    assert_nothing("I want to get into college");
    assert_nothing("I want to get into shape");
}

#[test]
fn how_the_household_eats_and_a_minimalist() {
    assert_extracts(
        "My kids are picky eaters.",
        &[("has picky-eater kids", Like, Fact)],
    );
    assert_extracts(
        "my husband is vegetarian",
        &[("has a vegetarian husband", Like, Fact)],
    );
    assert_extracts(
        "my son is a really picky eater",
        &[("has a picky-eater son", Like, Fact)],
    );
    assert_extracts(
        "I'm vegan-ish, mostly plant-based but eat fish sometimes.",
        &[("plant-based diet", Like, Fact), ("fish", Like, Preference)],
    );
    assert_extracts("I'm a minimalist.", &[("a minimalist", Like, Fact)]);
    assert_extracts(
        "I'm a minimalist designer",
        &[("works as minimalist designer", Like, Fact)],
    );
}

#[test]
fn what_others_use_a_crime_a_guy_and_being_done_with_a_thing() {
    assert_extracts(
        "ugh i cant stand when people use too many acronyms",
        &[("acronyms", Dislike, Preference)],
    );
    assert_extracts(
        "honestly pineapple on pizza is a crime",
        &[("pineapple on pizza", Dislike, Preference)],
    );
    assert_nothing("stealing is a crime");
    assert_extracts(
        "raw onions are a no from me",
        &[("raw onions", Dislike, Preference)],
    );
    assert_extracts(
        "my girlfriend loves sushi but im not a fish guy",
        &[
            ("has a girlfriend who loves sushi", Like, Fact),
            ("fish", Dislike, Preference),
        ],
    );
    assert_nothing("I'm a nice guy");
    assert_nothing("I'm a tech guy");
    assert_extracts(
        "i'm kinda over social media tbh",
        &[("social media", Dislike, Preference)],
    );
    assert_nothing("I'm so over the moon");
    assert_nothing("I'm over 40");
    assert_extracts(
        "i could never get into golf",
        &[("golf", Dislike, Preference)],
    );
    assert_nothing("I never got into college");
    assert_extracts(
        "i'm dying to try korean bbq",
        &[("korean bbq", Like, Preference)],
    );
}

#[test]
fn an_allergy_after_a_comma_a_gym_habit_and_a_verdict_on_a_bare_question() {
    assert_extracts(
        "i cant eat nuts, severe allergy",
        &[("nuts", Dislike, Preference)],
    );
    assert_extracts(
        "i go to the gym 5 days a week",
        &[("goes to the gym", Like, Fact)],
    );
    assert_extracts(
        "I hit the gym three times a week",
        &[("goes to the gym", Like, Fact)],
    );
    assert_nothing("I'm going to the gym tonight");
    assert_extracts(
        "spicy food? bring it on",
        &[("spicy food", Like, Preference)],
    );
    assert_extracts(
        "Horror movies? Hard pass.",
        &[("horror movies", Dislike, Preference)],
    );
    assert_nothing("Any questions? No thanks.");
    assert_extracts(
        "i'm a stay at home dad with two toddlers",
        &[
            ("has two toddlers", Like, Fact),
            ("a stay-at-home dad", Like, Fact),
        ],
    );
    assert_extracts(
        "give me answers without the fluff",
        &[("concise answers", Like, Style)],
    );
    assert_extracts(
        "i work in finance so keep it technical",
        &[
            ("works in finance", Like, Fact),
            ("expert-level explanations", Like, Style),
        ],
    );
    assert_extracts(
        "i love it when you use examples",
        &[("answers with examples", Like, Style)],
    );
}

#[test]
fn a_verb_of_trying_a_move_from_a_carers_word_and_someones_jokes() {
    assert_extracts(
        "Please stop recommending Headspace, I've tried it and didn't like it.",
        &[("headspace", Dislike, Preference)],
    );
    assert_nothing("I've tried it and didn't like it");
    assert_extracts(
        "I just moved to Denver from Miami",
        &[("lives in denver", Like, Fact)],
    );
    assert_extracts(
        "My doctor said I need to cut back on salt.",
        &[("salt", Dislike, Preference)],
    );
    assert_nothing("my mom said I love broccoli");
    assert_extracts("I hate his jokes", &[("his jokes", Dislike, Preference)]);
    assert_extracts(
        "I tend to ramble so please make it punchy",
        &[("concise answers", Like, Style)],
    );
}

#[test]
fn the_only_one_who_a_perfect_preference_and_a_refusal_for_me() {
    assert_extracts(
        "am I the only one who hates cilantro?",
        &[("cilantro", Dislike, Preference)],
    );
    assert_extracts(
        "am i the only one who doesn't like coffee?",
        &[("coffee", Dislike, Preference)],
    );
    assert_nothing("Am I the only one who thinks this is weird?");
    assert_extracts(
        "I've always preferred paperbacks to e-books.",
        &[
            ("paperbacks", Like, Preference),
            ("e-books", Dislike, Preference),
        ],
    );
    assert_extracts(
        "I've always preferred not to fly",
        &[("flying", Dislike, Preference)],
    );
    assert_extracts(
        "No seafood for me, thanks.",
        &[("seafood", Dislike, Preference)],
    );
    assert_nothing("no more coffee for me tonight");
    assert_nothing("No problem for me");
    assert_extracts("Coffee makes me happy", &[("coffee", Like, Preference)]);
    assert_nothing("barnaby makes me happy");
}

#[test]
fn a_genre_guy_a_pet_parent_and_everything_about_a_thing() {
    assert_extracts("i'm a sci-fi guy", &[("sci-fi", Like, Preference)]);
    assert_nothing("I'm a musical guy");
    assert_extracts("I'm a proud dog mom", &[("has a dog", Like, Fact)]);
    assert_extracts(
        "I love everything about fall",
        &[("fall", Like, Preference)],
    );
    assert_extracts(
        "i love anything to do with vintage cars.",
        &[("vintage cars", Like, Preference)],
    );
    assert_extracts(
        "I'm sick of pumpkin spice everything",
        &[("pumpkin spice", Dislike, Preference)],
    );
    assert_extracts(
        "yeah i like to explode everything",
        &[("exploding everything", Like, Preference)],
    );
    assert_extracts(
        "I find meditation really helpful.",
        &[("meditation", Like, Preference)],
    );
    assert_nothing("I find your answers helpful");
    assert_extracts(
        "honestly i'm over social media",
        &[("social media", Dislike, Preference)],
    );
    for said in [
        "I'm over 50",
        "I'm over budget",
        "I'm over my ex",
        "I'm over six feet tall",
    ] {
        assert_nothing(said);
    }
    assert_extracts(
        "I'm burnt out on screens, suggest offline hobbies.",
        &[("screens", Dislike, Preference)],
    );
    assert_nothing("loved season 1 but hated the second");
}

#[test]
fn a_diet_by_name_what_a_child_will_not_eat_and_a_tool_come_from() {
    assert_extracts("i eat keto", &[("keto diet", Like, Fact)]);
    assert_nothing("I eat keto snacks");
    assert_extracts(
        "i'm doing intermittent fasting",
        &[("intermittent fasting", Like, Fact)],
    );
    assert_extracts("I do vegan", &[("vegan diet", Like, Fact)]);
    assert_nothing("I do vegan food sometimes");
    assert_extracts(
        "my son can't have dairy",
        &[("has a son who avoids dairy", Like, Fact)],
    );
    assert_extracts(
        "My kids won't eat vegetables.",
        &[("has kids who avoid vegetables", Like, Fact)],
    );
    assert_nothing("Explain React hooks. I come from Vue.");
    assert_extracts("I come from Jersey", &[("from jersey", Like, Fact)]);
    assert_extracts(
        "I love how Python reads like English.",
        &[("python", Like, Preference)],
    );
    assert_nothing("I love how quiet it is");
    assert_nothing("I hate how people drive here");
    assert_extracts(
        "Don't explain the basics, I know them.",
        &[("expert-level explanations", Like, Style)],
    );
    assert_nothing("You need to explain the basics to him");
    assert_extracts(
        "just give me the answer, no explanation",
        &[("concise answers", Like, Style)],
    );
}

#[test]
fn words_banned_unquoted_a_paragraph_length_a_coders_habit_and_a_time_not_a_food() {
    assert_extracts(
        "Don't use the word delve.",
        &[("the word delve", Dislike, Style)],
    );
    assert_extracts(
        "Stop saying great question.",
        &[("the phrase great question", Dislike, Style)],
    );
    assert_nothing("stop saying you can't");
    assert_extracts(
        "I'm dyslexic, please avoid long paragraphs.",
        &[
            ("dyslexic", Like, Fact),
            ("long paragraphs", Dislike, Style),
        ],
    );
    assert_extracts(
        "I have ADHD, so break things into small steps.",
        &[
            ("has adhd", Like, Fact),
            ("step-by-step instructions", Like, Style),
        ],
    );
    assert_extracts(
        "I use tabs, not spaces.",
        &[
            ("tabs for indentation", Like, Style),
            ("spaces for indentation", Dislike, Style),
        ],
    );
    assert_nothing("I use spaces in filenames");
    assert_nothing("I don't eat after 7pm.");
    assert_extracts(
        "I never drink coffee after 3pm",
        &[("coffee", Dislike, Preference)],
    );
}

#[test]
fn weights_lifted_paycheck_to_paycheck_and_a_child_travelled_with() {
    assert_extracts(
        "I lift weights 4 times a week.",
        &[("lifts weights", Like, Fact)],
    );
    assert_nothing("I lift weights tonight");
    assert_extracts(
        "I live paycheck to paycheck.",
        &[("on a budget", Like, Fact)],
    );
    assert_nothing("he lives paycheck to paycheck");
    assert_extracts(
        "We travel with a toddler.",
        &[("has a toddler", Like, Fact)],
    );
    assert_extracts("I fly with my two kids", &[("has two kids", Like, Fact)]);
    assert_nothing("I travel with friends");
}

#[test]
fn a_home_without_a_kitchen() {
    assert_extracts(
        "I live in a dorm with no kitchen",
        &[
            ("has no kitchen", Like, Fact),
            ("lives in a dorm", Like, Fact),
        ],
    );
    assert_extracts("I don't have a kitchen", &[("has no kitchen", Like, Fact)]);
    assert_extracts(
        "I'm in a studio without an oven",
        &[("has no oven", Like, Fact)],
    );
    assert_nothing("I'm in the kitchen");
}

#[test]
fn height_glasses_and_driving_are_facts_of_the_body_and_the_day() {
    assert_extracts(
        "I'm 6'4 so airplane seats are tough",
        &[("tall", Like, Fact)],
    );
    assert_extracts("I'm really tall, 6'5", &[("tall", Like, Fact)]);
    assert_extracts("I'm six foot two", &[("tall", Like, Fact)]);
    assert_extracts("I'm 190cm", &[("tall", Like, Fact)]);
    assert_extracts("I'm 5'1", &[("short", Like, Fact)]);
    assert_nothing("I'm 5'8");
    assert_nothing("I'm short on time");
    assert_extracts("I wear glasses", &[("wears glasses", Like, Fact)]);
    assert_extracts("I wear contacts", &[("wears contact lenses", Like, Fact)]);
    assert_nothing("I wear glasses for reading");
    assert_nothing("I wear a lot of black");
    assert_extracts("I don't drive", &[("does not drive", Like, Fact)]);
    assert_nothing("I don't drive at night");
    assert_nothing("I can't drive stick");
    assert_extracts(
        "I usually work out in the morning",
        &[("works out in the morning", Like, Fact)],
    );
    assert_extracts("I work out at home", &[("works out at home", Like, Fact)]);
    assert_nothing("I work out of a coworking space");
    assert_nothing("I'm working out tonight");
    assert_extracts("money's tight", &[("on a budget", Like, Fact)]);
    assert_nothing("I want my money's worth");
}

#[test]
fn tastes_said_in_passing() {
    assert_extracts("not big on sweets", &[("sweets", Dislike, Preference)]);
    assert_extracts(
        "We're trying to eat less red meat",
        &[("red meat", Dislike, Preference)],
    );
    assert_extracts(
        "i hate the cold, moving somewhere warm next year",
        &[("cold", Dislike, Preference)],
    );
    assert_extracts(
        "I love hiking, going to the beach and reading",
        &[
            ("hiking", Like, Preference),
            ("going to beach", Like, Preference),
            ("reading", Like, Preference),
        ],
    );
    assert_extracts(
        "Running has never been my thing",
        &[("running", Dislike, Preference)],
    );
    assert_extracts("tea has always been my go-to", &[("tea", Like, Preference)]);
    assert_extracts(
        "Opera's not my cup of tea",
        &[("opera", Dislike, Preference)],
    );
    assert_extracts(
        "Reality TV is a guilty pleasure",
        &[("reality tv", Like, Preference)],
    );
    assert_extracts(
        "I've been binging Korean dramas lately",
        &[("korean dramas", Like, Preference)],
    );
    assert_extracts(
        "I've started getting into wine",
        &[("wine", Like, Preference)],
    );
    assert_extracts("Can't beat a good steak", &[("steak", Like, Preference)]);
    assert_nothing("I can't beat this level");
    assert_extracts(
        "I get migraines from bright screens",
        &[("bright screens", Dislike, Preference)],
    );
    assert_extracts(
        "I'm not much of a cook",
        &[("cooking", Dislike, Preference)],
    );
    assert_extracts("I'm a home cook", &[("home cooking", Like, Preference)]);
    assert_extracts("I'm a cook at a diner", &[("works as cook", Like, Fact)]);
}

#[test]
fn a_household_a_nationality_and_a_job_search() {
    assert_extracts(
        "My daughter has celiac",
        &[("has a celiac daughter", Like, Fact)],
    );
    assert_extracts(
        "My husband is lactose intolerant so no dairy at dinner",
        &[("has a lactose-intolerant husband", Like, Fact)],
    );
    assert_extracts("We just had a baby", &[("has a newborn", Like, Fact)]);
    assert_nothing("I just had a baby carrot");
    assert_extracts("I'm Canadian", &[("from canada", Like, Fact)]);
    assert_extracts("I'm British, so", &[("from uk", Like, Fact)]);
    assert_nothing("I'm Italian food obsessed");
    assert_extracts(
        "I'm between jobs right now",
        &[("between jobs", Like, Fact)],
    );
    assert_extracts("I got laid off", &[("between jobs", Like, Fact)]);
    assert_nothing("my husband got laid off");
    assert_extracts(
        "I just graduated from college",
        &[("a recent graduate", Like, Fact)],
    );
    assert_nothing("I graduated in 1998");
}

#[test]
fn sworn_off_eaten_often_and_overrated() {
    assert_extracts(
        "Never again with Ryanair",
        &[("ryanair", Dislike, Preference)],
    );
    assert_extracts("Hostels, never again", &[("hostels", Dislike, Preference)]);
    assert_extracts(
        "I'm never flying Spirit again",
        &[("spirit", Dislike, Preference)],
    );
    assert_nothing("I'll never do that again");
    assert_nothing("I'm never eating there again");
    assert_extracts("I eat a lot of fish", &[("fish", Like, Preference)]);
    assert_nothing("I usually eat lunch at noon");
    assert_extracts("Paris was overrated", &[("paris", Dislike, Preference)]);
    assert_nothing("the movie was overrated");
    assert_extracts(
        "Mild please, I'm a spice wimp",
        &[("spicy food", Dislike, Preference)],
    );
}

#[test]
fn consoles_services_and_a_move_to_come() {
    assert_extracts(
        "I have a PS5 and a Switch",
        &[
            ("has a ps5", Like, Fact),
            ("has a nintendo switch", Like, Fact),
        ],
    );
    assert_extracts("I mostly game on PC", &[("has a gaming pc", Like, Fact)]);
    assert_extracts(
        "We have Netflix and Disney+",
        &[("has netflix", Like, Fact), ("has disney+", Like, Fact)],
    );
    // A light's switch, a wish, someone else's console.
    assert_nothing("I have a switch in my bedroom");
    assert_nothing("I want a PS5");
    assert_nothing("My son has a PS5");
    assert_extracts(
        "I'm moving to Denver next month",
        &[("moving to denver", Like, Fact)],
    );
    assert_extracts(
        "We're relocating to Austin in the spring",
        &[("moving to austin", Like, Fact)],
    );
    assert_nothing("I'm moving to a bigger place");
    assert_nothing("We're moving to the cloud");
    assert_extracts(
        "I take the train to work",
        &[("commutes by train", Like, Fact)],
    );
}

#[test]
fn what_the_body_and_a_plate_allow() {
    assert_extracts("I'm claustrophobic", &[("claustrophobic", Like, Fact)]);
    assert_extracts("I can't swim", &[("does not swim", Like, Fact)]);
    assert_extracts("I don't know how to swim", &[("does not swim", Like, Fact)]);
    assert_nothing("I can't swim today");
    assert_extracts("I'm 7 months pregnant", &[("pregnant", Like, Fact)]);
    assert_extracts("I'm breastfeeding", &[("breastfeeding", Like, Fact)]);
    assert_extracts("I'm ADHD", &[("has adhd", Like, Fact)]);
    assert_extracts(
        "I'm not adventurous with food",
        &[("a picky eater", Like, Fact)],
    );
    assert_extracts(
        "I'm a pretty adventurous eater",
        &[("an adventurous eater", Like, Fact)],
    );
}

#[test]
fn tastes_said_as_a_scale_a_welcome_or_a_shrug() {
    assert_extracts(
        "Spicy is good, the spicier the better",
        &[("spicy food", Like, Preference)],
    );
    assert_extracts(
        "The more garlic the better",
        &[("garlic", Like, Preference)],
    );
    assert_extracts(
        "the less sugar the better",
        &[("sugar", Dislike, Preference)],
    );
    assert_nothing("The sooner the better");
    assert_nothing("The more the merrier");
    assert_extracts(
        "Anything with truffle, I'm in",
        &[("truffle", Like, Preference)],
    );
    assert_extracts("Hostels are fine by me", &[("hostels", Like, Preference)]);
    assert_nothing("That's fine by me");
    assert_nothing("The price is fine for me");
    assert_extracts("Ryanair? Never again.", &[("ryanair", Dislike, Preference)]);
    assert_extracts("I boycott Nestle", &[("nestle", Dislike, Preference)]);
    assert_extracts(
        "I'm not a planner, I like to wing it",
        &[
            ("spontaneous", Like, Fact),
            ("winging it", Like, Preference),
        ],
    );
    assert_extracts(
        "I like to play it by ear",
        &[("playing it by ear", Like, Preference)],
    );
}

#[test]
fn feedback_on_length_and_the_shape_of_answers() {
    assert_extracts("That was way too long", &[("concise answers", Like, Style)]);
    assert_nothing("That was too long ago");
    assert_extracts(
        "Can you make it shorter next time",
        &[("concise answers", Like, Style)],
    );
    assert_extracts(
        "One sentence answers please",
        &[("concise answers", Like, Style)],
    );
    assert_extracts("Always show your work", &[("worked steps", Like, Style)]);
    assert_extracts(
        "Start with the answer, then explain",
        &[("the answer first", Like, Style)],
    );
    assert_extracts(
        "Ask clarifying questions before answering",
        &[("clarifying questions", Like, Style)],
    );
    assert_nothing("How do I ask clarifying questions?");
    assert_extracts(
        "TL;DR at the top please",
        &[("summaries", Like, Style), ("concise answers", Like, Style)],
    );
}

#[test]
fn a_working_day_a_kitchen_and_how_money_is_spent() {
    assert_extracts("I manage a team of 8", &[("manages a team", Like, Fact)]);
    assert_extracts(
        "I run a small bakery",
        &[("owns a small bakery", Like, Fact)],
    );
    assert_extracts("I own a coffee shop", &[("owns a coffee shop", Like, Fact)]);
    // A business run is no habit of running.
    assert_extracts(
        "I run a small business.",
        &[("owns a small business", Like, Fact)],
    );
    assert_nothing("I run a marathon every year");
    assert_extracts(
        "I'm studying for the GRE",
        &[("studying for the gre", Like, Fact)],
    );
    assert_extracts(
        "I'm preparing for the bar exam",
        &[("studying for the bar exam", Like, Fact)],
    );
    assert_extracts(
        "I'm on my feet all day",
        &[("on my feet all day", Like, Fact)],
    );
    assert_extracts("I sit at a desk all day", &[("has a desk job", Like, Fact)]);
    assert_extracts("I'm an army veteran", &[("an army veteran", Like, Fact)]);
    assert_extracts("I'm disabled", &[("disabled", Like, Fact)]);
    assert_extracts("I'm frugal", &[("frugal", Like, Fact)]);
    assert_extracts("I'm a bit of a cheapskate", &[("frugal", Like, Fact)]);
    assert_extracts(
        "I have a tiny kitchen",
        &[("has a tiny kitchen", Like, Fact)],
    );
    assert_extracts(
        "I don't have much time to cook",
        &[("has little time to cook", Like, Fact)],
    );
    assert_extracts("I'm a terrible cook", &[("cooking", Dislike, Preference)]);
    assert_nothing("I'm a great cook");
}

#[test]
fn a_level_told_by_years_spent() {
    assert_extracts(
        "I've been coding for 10 years",
        &[("expert-level explanations of coding", Like, Style)],
    );
    assert_extracts(
        "I've been programming professionally for 12 years",
        &[("expert-level explanations of programming", Like, Style)],
    );
    assert_extracts(
        "I have over a decade of experience with React",
        &[("expert-level explanations of react", Like, Style)],
    );
    assert_extracts(
        "I have 20 years of cooking experience",
        &[("expert-level explanations of cooking", Like, Style)],
    );
    assert_extracts(
        "I've played guitar for 15 years",
        &[("expert-level explanations of guitar", Like, Style)],
    );
    assert_extracts(
        "I've been investing since 2008",
        &[("expert-level explanations of investing", Like, Style)],
    );
    assert_extracts(
        "I've been knitting for ages",
        &[("expert-level explanations of knitting", Like, Style)],
    );
    assert_extracts(
        "I've never cooked before",
        &[("beginner-level explanations of cooking", Like, Style)],
    );
    assert_extracts(
        "I've never played chess in my life",
        &[("beginner-level explanations of chess", Like, Style)],
    );
    // A few years, a job's years, one dish never made: no level.
    assert_nothing("I've been running for 2 years");
    assert_nothing("I've been working here for 10 years");
    assert_nothing("I have 5 years of work experience");
    assert_nothing("I've never cooked a turkey");
}

#[test]
fn where_in_school() {
    for (said, student) in [
        ("I'm in college", "a college student"),
        ("I'm in my first year of college", "a college student"),
        ("I'm a freshman in college", "a college student"),
        ("I'm a college freshman", "a college student"),
        (
            "I'm in my second year of university",
            "a university student",
        ),
        ("I'm at uni", "a university student"),
        ("I'm a junior in high school", "a high school student"),
        ("I'm a high school senior", "a high school student"),
        ("I'm in 11th grade", "a high school student"),
        ("I'm in middle school", "a middle school student"),
        ("I'm in grad school", "a grad student"),
        ("I'm in med school", "a medical student"),
        ("I'm in law school", "a law student"),
        // "an university" had been written by the vowel alone.
        ("I'm a university student", "a university student"),
    ] {
        assert_extracts(said, &[(student, Like, Fact)]);
    }
    assert_extracts(
        "I'm an engineering student",
        &[("an engineering student", Like, Fact)],
    );
    // A senior in college is a year of school, no expertise.
    assert_extracts(
        "I'm a senior in college majoring in biology",
        &[("a college student", Like, Fact)],
    );
    assert_nothing("I'm a senior");
    assert_extracts(
        "I'm a senior engineer",
        &[
            ("works as senior engineer", Like, Fact),
            ("expert-level explanations", Like, Style),
        ],
    );
    assert_nothing("I'm in college town");
    assert_nothing("I'm at university today");
    assert_nothing("I'm in school");
    assert_extracts(
        "I'm a high school teacher",
        &[("works as high school teacher", Like, Fact)],
    );
}

#[test]
fn money_spent_freely_or_kept_to() {
    for said in [
        "Money is no object",
        "Price isn't an issue for me",
        "Price doesn't matter to me",
        "Budget is not a concern",
        "I don't mind paying more for quality",
        "I'm willing to pay extra for good stuff",
        "I'm happy to splurge",
        "Quality over price, always",
    ] {
        assert_extracts(said, &[("willing to pay for quality", Like, Fact)]);
    }
    assert_extracts(
        "Money's no object",
        &[("willing to pay for quality", Like, Fact)],
    );
    // That trip's money, not the person's.
    assert_nothing("Money is no object for this trip");
    assert_nothing("Money is an issue");
    for said in [
        "I always buy the cheapest option",
        "I usually go for the cheapest one",
    ] {
        assert_extracts(said, &[("on a budget", Like, Fact)]);
    }
    // A taste said beside a budget stays.
    assert_extracts(
        "I'm on a budget and hate paying for shipping",
        &[
            ("on a budget", Like, Fact),
            ("paying for shipping", Dislike, Preference),
        ],
    );
}

#[test]
fn cooking_as_a_habit() {
    for said in [
        "I cook every night",
        "I cook dinner every night",
        "I cook most meals at home",
    ] {
        assert_extracts(said, &[("cooks", Like, Fact)]);
    }
    assert_extracts("I meal prep on Sundays", &[("meal preps", Like, Fact)]);
    assert_nothing("I cook pasta");
    assert_nothing("I cook for a living");
}

#[test]
fn a_first_home_a_first_child_and_the_weeks_after() {
    for said in [
        "I'm a first-time homebuyer",
        "I'm buying my first house",
        "We're first time home buyers",
        "I'm a first-time buyer",
    ] {
        assert_extracts(said, &[("a first-time home buyer", Like, Fact)]);
    }
    assert_extracts("I'm a first-time homeowner", &[("a homeowner", Like, Fact)]);
    assert_extracts(
        "I'm a first time mom",
        &[("a first-time parent", Like, Fact)],
    );
    assert_extracts("I'm a new dad", &[("has a newborn", Like, Fact)]);
    assert_extracts("I'm 6 weeks postpartum", &[("postpartum", Like, Fact)]);
}

#[test]
fn how_a_week_is_laid_out() {
    assert_extracts("I'm a planner", &[("a planner", Like, Fact)]);
    assert_extracts("I'm not a planner", &[("spontaneous", Like, Fact)]);
    assert_extracts("I'm not very spontaneous", &[("a planner", Like, Fact)]);
    // A job is no way of being.
    assert_nothing("I'm a wedding planner");
    assert_extracts("I work two jobs", &[("works two jobs", Like, Fact)]);
    assert_extracts(
        "I'm working 3 jobs right now",
        &[("works three jobs", Like, Fact)],
    );
    assert_extracts("We homeschool", &[("homeschools", Like, Fact)]);
    assert_extracts("I homeschool my kids", &[("homeschools", Like, Fact)]);
    assert_nothing("I'd like to homeschool my kids");
}

#[test]
fn a_social_app_left_on_purpose() {
    assert_extracts("I deleted Instagram", &[("instagram", Dislike, Preference)]);
    assert_extracts(
        "I deleted my TikTok account last year",
        &[("tiktok", Dislike, Preference)],
    );
    assert_extracts(
        "I got off social media",
        &[("social media", Dislike, Preference)],
    );
    assert_nothing("I deleted my Instagram post");
    assert_nothing("I deleted the photo");
}

#[test]
fn technology_kept_at_arms_length() {
    for said in [
        "I'm not tech savvy",
        "I'm not good with computers",
        "I'm bad with technology",
        "I'm not good with computers, can you explain simply?",
    ] {
        assert_extracts(
            said,
            &[("beginner-level explanations of technology", Like, Style)],
        );
    }
    assert_extracts(
        "I still use a flip phone",
        &[("uses a flip phone", Like, Fact)],
    );
    assert_extracts("I've been retired for 5 years", &[("retired", Like, Fact)]);
}

#[test]
fn a_food_one_of_the_household_dislikes_is_a_fact_about_meals() {
    assert_extracts(
        "My wife doesn't like spicy food.",
        &[("has a wife who dislikes spicy food", Like, Fact)],
    );
    assert_extracts(
        "my kids hate mushrooms",
        &[("has kids who dislike mushrooms", Like, Fact)],
    );
    assert_extracts(
        "My daughter hates vegetables",
        &[("has a daughter who dislikes vegetables", Like, Fact)],
    );
    // A dislike of anything else is theirs: the person's plans need not leave it out.
    assert_nothing("My husband hates museums");
    assert_nothing("my wife hates food shopping");
}

#[test]
fn what_one_of_the_household_loves_is_a_fact_for_their_treats() {
    for (said, fact) in [
        (
            "My kids are obsessed with dinosaurs",
            "has kids who love dinosaurs",
        ),
        ("my son loves Minecraft", "has a son who loves minecraft"),
        ("My wife is really into jazz", "has a wife who loves jazz"),
        ("my kids like walking", "has kids who like walking"),
    ] {
        assert_extracts(said, &[(fact, Like, Fact)]);
    }
    // Loving the person, or doing something to them, is no taste of theirs; a parent
    // may live elsewhere.
    assert_nothing("my son loves me");
    assert_nothing("my kids like to tease me");
    assert_nothing("my mom loves gardening");
}

#[test]
fn a_medicine_taken_for_good_is_a_fact() {
    for (said, fact) in [
        (
            "I'm on blood thinners so I watch my vitamin K.",
            "on blood thinners",
        ),
        ("I take insulin twice a day", "on insulin"),
        (
            "I've been on antidepressants for years",
            "on antidepressants",
        ),
        ("I'm on the pill", "on birth control"),
        (
            "I'm on meds for my blood pressure",
            "on blood pressure medication",
        ),
        ("I take metformin for my diabetes", "on metformin"),
        ("I'm on chemo right now", "on chemotherapy"),
        ("I have to take warfarin", "on warfarin"),
    ] {
        assert_extracts(said, &[(fact, Like, Fact)]);
        assert!(crate::extract::medicine_class(fact).is_some(), "{fact}");
    }
    // Not on it, a question, a battery, a bus.
    assert_nothing("I'm not on blood thinners");
    assert_nothing("Should I take antibiotics?");
    assert_nothing("I'm on lithium batteries");
    assert_nothing("I take the bus");
}

#[test]
fn a_condition_of_one_in_the_household() {
    for (said, fact) in [
        ("My son has ADHD", "has a son with adhd"),
        ("My daughter is autistic", "has a daughter with autism"),
        ("My son is deaf", "has a son with hearing loss"),
        ("My wife uses a wheelchair", "has a wife with a wheelchair"),
        (
            "My husband has type 1 diabetes",
            "has a husband with diabetes",
        ),
    ] {
        assert_extracts(said, &[(fact, Like, Fact)]);
        assert!(
            crate::extract::condition_of_member(fact).is_some(),
            "{fact}"
        );
    }
    // A way of being is theirs; a figure of speech is none; a parent may live
    // elsewhere.
    assert_nothing("My wife is a night owl");
    assert_nothing("My mom uses a wheelchair");
    assert_nothing("My son is blind drunk");
}
