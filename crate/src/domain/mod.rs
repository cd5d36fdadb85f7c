//! Everyday domains: what area of life a draft or a memory belongs to.
//!
//! Cosine alone misses relevance a person sees at once: "I'm vegetarian" matters to
//! "plan a dinner party menu" although the two share no words, because both are about
//! food. Each domain below is a line of plain words; its centroid is that line
//! embedded by the memories' own model, so the same code serves the built-in model and
//! a remote one. A vector's domain profile is a sharp softmax over its cosines to the
//! centroids, and two vectors agree as much as their profiles overlap. The preamble
//! blends that agreement into relevance ([`crate::profile::Profile::preamble`]).
//!
//! The list is generic (areas people ask assistants about), written once and not fitted
//! to the evaluation rows. On the PrefEval relevance sets it lifts cross-topic top-1 at
//! equal restraint by about 0.07 and costs same-topic MRR about 0.02 (README).

use crate::embed::Embed;
use crate::item::Polarity;
use crate::vector::dot;

mod foods;
mod goods;
mod named;

pub use foods::is_food;
pub use named::{work_named, Work};

/// Area names and the words that stand for them.
pub const DOMAINS: &[(&str, &str)] = &[
    ("food", "food meal dish recipe cooking cuisine restaurant dinner lunch breakfast snack eating ingredients diet flavor dessert baking menu vegetarian vegan spicy drinks coffee tea wine"),
    ("travel", "travel trip vacation holiday destination sightseeing itinerary tourist abroad tour visit journey backpacking cruise excursion"),
    ("lodging", "hotel hostel motel resort accommodation room booking airbnb lodge inn suite stay"),
    ("transport", "train bus flight plane airline taxi commute bicycle subway transit ferry transportation airport"),
    ("music", "music song band album concert genre singer playlist guitar piano jazz rock classical"),
    ("books", "book novel reading author fiction literature poetry audiobook podcast library thriller mystery"),
    ("screen", "movie film show series television streaming documentary episode actor cinema comedy drama anime"),
    ("games", "game gaming videogame console boardgame puzzle player multiplayer"),
    ("sports", "sport team football soccer basketball tennis golf match athlete hiking climbing swimming skiing"),
    ("fitness", "fitness exercise workout gym training running yoga strength cardio muscle"),
    ("health", "health medical doctor medicine sleep stress wellness therapy symptoms allergy supplement"),
    ("beauty", "beauty skincare makeup cosmetics haircut shampoo fragrance perfume nails lotion"),
    ("fashion", "fashion clothing clothes outfit dress shoes shirt jacket wear accessories jewelry wardrobe"),
    ("home", "home house furniture decor interior apartment garden appliance cleaning bedroom"),
    ("tech", "technology computer laptop phone smartphone tablet software app device gadget keyboard headphones camera"),
    ("motors", "car vehicle truck motorcycle suv engine driving dealership"),
    ("pets", "pet dog cat puppy kitten animal veterinarian"),
    ("work", "work job career office workplace remote meeting colleague boss employer business"),
    ("learning", "learning study course class education school university exam teacher lesson tutorial"),
    ("money", "money budget finance saving investing price shopping gift"),
    ("coding", "programming code software developer python javascript"),
    ("family", "family kids children parenting baby wedding partner"),
    ("art", "art painting drawing craft photography hobby"),
    ("writing", "writing essay email letter article blog story poem report grammar editing"),
    ("science", "science math physics chemistry biology research experiment data statistics"),
    ("news", "news politics government election economy history society"),
];

/// The areas where a fact about the person matters although it shares no meaning with
/// the draft: "has two kids" or "lives alone" for a weekend trip, "lives in lisbon" for
/// day trips, "uses linux" for installing a tool, "keto diet" for lunch ideas. Keyed by
/// the extractor's fact scheme ([`crate::extract`]); other facts and tastes have none.
/// A diet needs a draft almost wholly about food ([`crate::profile`]).
pub fn fact_areas(topic: &str) -> &'static [&'static str] {
    const FAMILY: &[&str] = &["travel", "lodging", "food", "home", "family"];
    const PETS: &[&str] = &["pets", "home", "travel", "lodging"];
    // (Not food: where one lives matters to where to eat, which its words say
    // ([`fact_called_for`]), not to a recipe or a snack.)
    const PLACE: &[&str] = &["travel", "lodging", "transport", "home"];
    const WORK: &[&str] = &["work", "learning"];
    const PLATFORM: &[&str] = &["tech", "coding"];
    const SICK: &[&str] = &["travel", "transport"];
    const WEIGHT: &[&str] = &["food", "fitness", "health"];
    const BUDGET: &[&str] = &[
        "money", "travel", "lodging", "tech", "fashion", "home", "motors",
    ];
    let rest = |prefix: &str| topic.strip_prefix(prefix);
    if let Some(areas) = condition_areas(topic) {
        return areas;
    }
    const CAR: &[&str] = &["motors", "transport", "travel"];
    const HOME: &[&str] = &["home"];
    const STUDY: &[&str] = &["learning", "work"];
    // "does not drive": how they get anywhere, like having no car.
    if topic == "does not drive" {
        return CAR;
    }
    if rest("has a degree in ").is_some() || is_student(topic) {
        return STUDY;
    }
    if rest("has a budget ").is_some() {
        // "has a budget under $500".
        return BUDGET;
    }
    if let Some(w) = rest("has ") {
        // "has a husband allergic to shellfish": what the household's meals leave out.
        // ("has a wife who dislikes spicy food" is for a meal, as a diet is, not a trip;
        // "has kids who love dinosaurs" for a family's day, a partner's taste for a gift
        // or a date, which their words say.)
        if let Some((who, _)) = member_taste(topic) {
            return if crate::extract::is_child(who) {
                &["family"]
            } else {
                &[]
            };
        }
        if is_household_allergy(topic) {
            return &["food", "travel", "lodging", "home"];
        }
        // "has a 2 year old" (not "has a 10 year old car").
        let child_by_age = ["year old", "year olds", "years old"]
            .iter()
            .any(|a| w.ends_with(a));
        let words = || w.split(' ');
        // A meal's words call for it ([`fact_called_for`]), not every drink; children
        // still go on a family's trips.
        if is_household_diet(topic) {
            return if words().any(crate::extract::is_child) {
                &["travel", "lodging", "home", "family"]
            } else {
                &["family"]
            };
        }
        // "has a family of four" too.
        if words().any(|x| crate::extract::is_child(x) || x == "family") || child_by_age {
            return FAMILY;
        }
        if words().any(crate::extract::is_pet) {
            return PETS;
        }
        if words().any(crate::extract::is_home_part) {
            return HOME;
        }
        // Hours sat still: the work, and what moves the body after it.
        if w == "a desk job" {
            return &["work", "fitness"];
        }
        // "has a tiny kitchen": what a recipe or a gadget must fit.
        if w.ends_with(" kitchen") {
            return &["food", "home"];
        }
        // "has no oven", "has only a microwave and a kettle", "has an instant pot": what
        // a recipe can use.
        if crate::extract::names_appliance(w) {
            return &["food", "home"];
        }
        // "has only dumbbells", "has no workout equipment": what a workout can use.
        let kit = ["pull-up bar", "exercise bike", "yoga mat", "rowing machine"];
        if words().any(crate::extract::is_workout_kit) || kit.iter().any(|k| w.ends_with(k)) {
            return &["fitness"];
        }
        // "has a ps5", "has netflix": where a game or a show to suggest must be.
        if let Some(areas) = service_areas(w) {
            return areas;
        }
        // "has no car": how they get anywhere. (Having one says little: most do.)
        if w.starts_with("no ") && words().any(|x| matches!(x, "car" | "cars" | "vehicle")) {
            return CAR;
        }
        return &[];
    }
    if is_dwelling(topic) {
        // "lives in a tiny studio apartment": the home, not the town.
        HOME
    } else if rest("lives in ").is_some()
        || [
            "lives on the coast",
            "lives by the sea",
            "lives near the beach",
        ]
        .contains(&topic)
    {
        PLACE
    } else if rest("lives with ").is_some()
        || topic == "lives alone"
        || rest("a stay-at-home ").is_some()
    {
        FAMILY
    } else if rest("works as ")
        .and_then(|job| job.rsplit(' ').next())
        .is_some_and(is_care_job)
    {
        // A nurse asking how a vaccine works knows the field: the answer may too.
        &["work", "learning", "health"]
    } else if ["works as ", "works at ", "works in ", "teaches "]
        .iter()
        .any(|p| rest(p).is_some())
        || matches!(topic, "retired" | "a recent graduate")
    {
        WORK
    } else if topic == "manages a team"
        || rest("owns a ")
            .and_then(|w| w.rsplit(' ').next())
            .is_some_and(crate::extract::is_business)
    {
        // Work that is a team's or a business's: a plan, a hire, the books (not a
        // course of one's own, as a job title's learning is).
        &["work"]
    } else if rest("studying for ").is_some() {
        STUDY
    } else if topic == "between jobs" {
        &["work", "money"]
    } else if topic.ends_with(" years old") || rest("in my ").is_some() {
        // The person's age ("35 years old", "in my sixties").
        &["health", "fitness", "money"]
    } else if rest("speaks ").is_some_and(|r| r.ends_with(" as a second language"))
        || topic.starts_with("a native ") && topic.ends_with(" speaker")
    {
        &["writing", "learning", "work"]
    } else if rest("speaks ").is_some() {
        &["travel", "learning"]
    } else if ["eats more ", "eats less ", "drinks more ", "drinks less "]
        .iter()
        .any(|p| rest(p).is_some())
    {
        // A dietary goal ("eats more protein").
        &["food", "health", "fitness"]
    } else if topic == "a minimalist" {
        // What to own: a home, clothes, a bag (not gifts for others).
        &["home", "fashion", "travel"]
    } else if matches!(topic, "a planner" | "spontaneous") {
        // How a trip is laid out (a week's schedule is called for by its words).
        &["travel"]
    } else if topic == "an empty nester" {
        &["travel", "home", "family"]
    } else if topic == "homeschools" {
        &["learning", "family"]
    } else if topic.starts_with("works ") && topic.ends_with(" jobs") {
        &["work", "money"]
    } else if topic == "a first-time home buyer" {
        // The money a home takes; the home itself by its words ([`fact_called_for`]:
        // not a house party).
        &["money"]
    } else if topic == "a renter" || topic == "a homeowner" {
        // What changes a home can take, and what it costs.
        &["home", "money"]
    } else if rest("studies ").is_some() {
        STUDY
    } else if rest("drives ").is_some() || rest("rides ").is_some() {
        CAR
    } else if topic == "works from home" {
        &["work", "home", "tech"]
    } else if matches!(
        topic,
        "works night shifts" | "works long shifts" | "works long hours"
    ) {
        &["work", "health", "fitness"]
    } else if topic == "works part-time" || topic == "self-employed" {
        &["work", "money"]
    } else if rest("uses ").is_some() {
        PLATFORM
    } else if matches!(
        topic,
        "on a budget" | "frugal" | "willing to pay for quality"
    ) {
        // (Money spent freely shapes the same choices as money kept to.)
        BUDGET
    } else if is_motion_sick(topic) {
        SICK
    } else if topic == "trying to lose weight" {
        WEIGHT
    } else if is_diet(topic) {
        &["food"]
    } else {
        crate::extract::habit_areas(topic)
    }
}

/// A job in medicine or care, by its last word ("registered nurse", "er doctor").
fn is_care_job(w: &str) -> bool {
    matches!(
        w,
        "nurse"
            | "doctor"
            | "physician"
            | "surgeon"
            | "pharmacist"
            | "paramedic"
            | "emt"
            | "dentist"
            | "midwife"
            | "physiotherapist"
            | "therapist"
            | "dietitian"
            | "nutritionist"
            | "psychiatrist"
            | "psychologist"
            | "pediatrician"
            | "anesthesiologist"
            | "radiologist"
            | "caregiver"
    )
}

/// The areas of a games console or a streaming service the extractor names after
/// "has" (`fact_platform`).
fn service_areas(what: &str) -> Option<&'static [&'static str]> {
    Some(match what {
        "a ps5" | "a ps4" | "a playstation" | "an xbox" | "a nintendo switch" | "a steam deck"
        | "a gaming pc" => &["games"],
        "netflix" | "hulu" | "disney+" | "hbo max" | "prime video" | "peacock" | "paramount+"
        | "crunchyroll" => &["screen"],
        "spotify" => &["music"],
        "audible" => &["books"],
        _ => return None,
    })
}

/// A meal, snack or treat at home: what a household's allergy or diet bears on
/// ("has a daughter allergic to peanuts", "has picky-eater kids").
const MEALS: &[&str] = &[
    "lunch",
    "lunchbox",
    "dinner",
    "breakfast",
    "menu",
    "recipe",
    "snack",
    "snacks",
    "meal",
    "bake",
    "cookies",
    "cake",
    "restaurant",
];

/// Whether a fact bears on a draft by the words it uses, where the draft's area says
/// too little: "colorblind" for a chart (a money draft), "has a bad back" for an office
/// chair (a work one), "a night owl" for a daily schedule, "has a dog" for a routine for
/// the dog itself, "has no car" for grocery shopping. `text` is the draft's words as
/// [`spaced`] joins them. The cues are words that seldom mean anything else ("a long
/// run", not "run a script").
pub fn fact_called_for(topic: &str, text: &str) -> bool {
    let taste = member_taste(topic);
    let eaten = taste.is_some_and(|(_, what)| crate::extract::is_eaten(what));
    let household = is_household_allergy(topic) || is_household_diet(topic) || eaten;
    if household && names_any(text, MEALS) {
        return true;
    }
    // What one of them loves, for a treat for them: a child's for a child's party or a
    // family day, a partner's for a gift for them or a date.
    if let Some((who, _)) = taste.filter(|_| !topic.contains(" who dislike")) {
        let (named, own): (bool, &[&str]) = if crate::extract::is_child(who) {
            (names_any(text, CHILDREN), &["bedtime story", "toy"])
        } else {
            let named = names(text, &format!("my {who}")) || names(text, "we");
            (named, &["anniversary", "date night", "valentine"])
        };
        return names_any(text, own) || named && names_any(text, TREATS);
    }
    // One of the household's conditions, as the person's own is called for.
    if let Some(own) = crate::extract::condition_of_member(topic) {
        return fact_called_for(&own, text);
    }
    if let Some(class) = crate::extract::medicine_class(topic) {
        return names_any(text, MEDICINE_CUES) || names_any(text, medicine_cues(class));
    }
    let cues: &[&str] = match topic {
        "colorblind" | "color blind" => &[
            "chart",
            "graph",
            "color",
            "colour",
            "palette",
            "dashboard",
            "presentation",
            "infographic",
            "logo",
            "outfit",
        ],
        "has a bad back" => &[
            "chair", "mattress", "desk", "pillow", "sofa", "couch", "backpack", "lifting",
            "posture",
        ],
        "a night owl"
        | "an early riser"
        | "an early bird"
        | "a morning person"
        | "not a morning person"
        | "works out in the morning"
        | "works out in the evening"
        | "works out at night" => &[
            "schedule",
            "routine",
            "productive",
            "productivity",
            "timetable",
            "bedtime",
        ],
        // A move to come, for what it takes (no area: not a trip, nor any room to do up).
        t if t.starts_with("moving to ") => &[
            "apartment",
            "neighborhood",
            "neighbourhood",
            "movers",
            "moving",
            "packing",
            "cost of living",
            "rent",
            "to live",
        ],
        t if t.starts_with("commutes ") => &["commute", "commuting", "get to work"],
        "has no car" | "does not drive" => &["grocery", "groceries", "errand", "commute"],
        // How many ride along, for a car to buy or rent.
        t if t == "has a large family"
            || t.starts_with("has ")
                && [
                    "kids",
                    "children",
                    "sons",
                    "daughters",
                    "boys",
                    "girls",
                    "twins",
                ]
                .iter()
                .any(|w| t.ends_with(w)) =>
        {
            &[
                "car",
                "suv",
                "minivan",
                "vehicle",
                "car rental",
                "rent a car",
            ]
        }
        // A team to lead, for what leading it takes.
        "manages a team" => &[
            "one-on-one",
            "one-on-ones",
            "performance review",
            "hiring",
            "hire",
            "delegate",
            "delegating",
            "team meeting",
            "my team",
            "direct reports",
        ],
        // A business's books and customers.
        t if t.starts_with("owns a ") => &[
            "taxes",
            "tax",
            "bookkeeping",
            "invoice",
            "invoices",
            "payroll",
            "marketing",
            "pricing",
            "customers",
            "instagram",
            "website",
            "logo",
        ],
        // A kitchen's size, for what must fit in it.
        t if t.starts_with("has a ") && t.ends_with(" kitchen") => &[
            "mixer",
            "air fryer",
            "instant pot",
            "appliance",
            "gadget",
            "blender",
            "storage",
            "organize",
            "pantry",
        ],
        // A day at a desk, for what eases it.
        "has a desk job" => &[
            "chair",
            "posture",
            "stretches",
            "stretching",
            "back pain",
            "standing desk",
            "workout",
            "exercise",
            "steps",
        ],
        // Time given, for what shows it or fills a week.
        t if t.starts_with("volunteers ") => &[
            "resume",
            "cv",
            "college application",
            "personal statement",
            "cover letter",
            "volunteer",
            "volunteering",
            "plan my week",
        ],
        // Where the food comes from, for a list or a plan of what to buy.
        t if t.starts_with("shops at ") => &[
            "grocery",
            "groceries",
            "shopping list",
            "meal prep",
            "meal plan",
            "bulk",
            "pantry",
            "stock up",
            "where to buy",
            "where can i buy",
            "ingredient",
        ],
        // Time short, for what fills a week.
        t if t.starts_with("works ") && t.ends_with(" jobs") || t == "works long hours" => &[
            "plan my week",
            "schedule",
            "time management",
            "meal prep",
            "sleep",
        ],
        // How a week or a day is best laid out.
        // (Not "weekend" alone: a weekend brunch recipe is no plan.)
        "a planner" | "spontaneous" => &[
            "itinerary",
            "schedule",
            "weekend trip",
            "weekend plans",
            "plan my week",
            "plan my day",
            "day trip",
        ],
        // A first home, for what buying it takes.
        // (Not "house" alone: a house party, house plants.)
        "a first-time home buyer" => &[
            "mortgage",
            "down payment",
            "realtor",
            "closing costs",
            "home inspection",
            "interest rate",
            "buy a house",
            "buying a house",
            "buy a home",
            "buying a home",
            "first home",
            "house hunting",
            "buy a condo",
            "buying a condo",
            "buy a townhouse",
            "house can i afford",
            "home can i afford",
        ],
        // A first child, for what a baby needs.
        "a first-time parent" => &[
            "baby",
            "newborn",
            "infant",
            "toddler",
            "diaper",
            "stroller",
            "car seat",
            "sleep schedule",
        ],
        // One who cooks every day, for what it is done with.
        "cooks" => &[
            "knife",
            "knives",
            "pan",
            "pans",
            "cookware",
            "cast iron",
            "dutch oven",
            "air fryer",
            "instant pot",
            "stove",
            "cookbook",
            "spice rack",
        ],
        // Meals made ahead, for the week's plan.
        "meal preps" | "meal plans" => &[
            "meals for the week",
            "meal plan",
            "meal prep",
            "weekly meals",
            "lunches for work",
            "lunches for the week",
            "make-ahead",
            "make ahead",
            "batch",
            "containers",
            "freezer",
            "grocery list",
        ],
        // A recipe that fits the time there is.
        "has little time to cook" => &[
            "recipe",
            "dinner",
            "lunch",
            "breakfast",
            "meal",
            "meals",
            "meal prep",
            "cook",
        ],
        // The feet, for what goes on them.
        "has flat feet"
        | "has wide feet"
        | "has high arches"
        | "has plantar fasciitis"
        | "on my feet all day" => &[
            "shoes", "sneakers", "boots", "trainers", "sandals", "insoles", "heels",
        ],
        // Where a job search starts from.
        "between jobs" | "a recent graduate" => &[
            "cover letter",
            "resume",
            "cv",
            "job search",
            "job hunt",
            "interview",
            "salary",
            "job application",
            "linkedin",
        ],
        // Attention, for what asks for it.
        "has adhd" => &[
            "focus",
            "concentrate",
            "distracted",
            "procrastinate",
            "procrastination",
            "homework",
            "to-do list",
            "routine",
        ],
        // A student, for school's work and what comes after it.
        t if is_student(t) => &[
            "cover letter",
            "resume",
            "internship",
            "scholarship",
            "thesis",
            "dissertation",
            "professor",
            "homework",
            "textbook",
            "tuition",
            "student loan",
            "dorm",
        ],
        // An instrument, for how to practise it.
        t if crate::extract::habit_areas(t) == ["music"] => &[
            "scales",
            "chords",
            "sheet music",
            "metronome",
            "tuning",
            "recital",
            "sight-reading",
            "sight reading",
            "practice routine",
            "practicing",
            "practising",
        ],
        // What must fit over the eyes or the ears.
        "wears glasses" | "wears contact lenses" => &[
            "vr",
            "headset",
            "goggles",
            "sunglasses",
            "snorkel",
            "binoculars",
            "helmet",
            "eye",
            "eyes",
        ],
        "wears hearing aids" => &["headphones", "earbuds", "headset", "concert", "phone"],
        // A body that must fit a seat, a bed or clothes.
        "tall" | "short" => &[
            "flight", "plane", "airline", "legroom", "seat", "seats", "bed", "mattress", "car",
            "suv", "bike", "bicycle", "jeans", "pants", "trousers", "suit", "dress", "desk",
        ],
        "left-handed" => &[
            "guitar",
            "bass",
            "violin",
            "scissors",
            "mouse",
            "golf",
            "knife",
            "handwriting",
            "calligraphy",
        ],
        // Places that close in.
        "claustrophobic" => &[
            "cave",
            "caves",
            "caving",
            "mri",
            "elevator",
            "tunnel",
            "submarine",
            "escape room",
            "scuba",
            "cabin",
            "crowded",
        ],
        // Water that must be swum in.
        "does not swim" => &[
            "snorkel",
            "snorkeling",
            "snorkelling",
            "scuba",
            "kayak",
            "kayaking",
            "canoe",
            "paddleboard",
            "rafting",
            "boat",
            "water park",
            "pool",
            "beach",
            "surf",
            "surfing",
            "swim",
        ],
        "pregnant" | "expecting a baby" | "breastfeeding" | "postpartum" => &[
            "eat",
            "sushi",
            "cheese",
            "wine",
            "coffee",
            "caffeine",
            "medication",
            "medicine",
            "workout",
            "exercise",
            "flight",
        ],
        // The person's home, for what it has room for.
        t if is_dwelling(t) => &[
            "workout",
            "exercise",
            "plant",
            "pet",
            "dog",
            "cat",
            "party",
            "furniture",
            "storage",
            "desk",
        ],
        // Where one lives, for where to eat there.
        t if t.starts_with("lives in ") && !is_dwelling(t) => &[
            "restaurant",
            "where to eat",
            "where should i eat",
            "where should we eat",
            "eat out",
            "eating out",
            "brunch",
            "near me",
            "takeout",
            "delivery",
            "a bar",
            "bars",
            "cafe",
            "coffee shop",
            "farmers market",
        ],
        // Any meal or drink, and a meal that an event implies, which the static areas
        // miss: a dish to try on a trip is as much travel as food.
        t if is_diet(t) => {
            return asks_what_to_eat(text)
                || names_any(text, DRINKS)
                || names_any(text, &["barbecue", "bbq", "cookout"]);
        }
        // Media in the language being learned.
        t if t
            .strip_prefix("learning ")
            .is_some_and(crate::extract::is_language) =>
        {
            &[
                "podcast",
                "audiobook",
                "movie",
                "series",
                "tv show",
                "song",
                "music",
                "app",
                "vocabulary",
                "grammar",
                "book",
            ]
        }
        t if t.starts_with("training for ") => &["long run", "race day", "carb", "carbs"],
        // A programmer's work language for a coding draft the static areas miss ("How
        // do I parse JSON from a file?" is as much files as code).
        t if t.starts_with("works as ")
            && ["developer", "engineer", "programmer"]
                .iter()
                .any(|w| t.ends_with(w)) =>
        {
            return names_any(text, CODING) || names_any(text, CAREER);
        }
        t if ["works as ", "works at ", "works in ", "teaches "]
            .iter()
            .any(|p| t.starts_with(p)) =>
        {
            CAREER
        }
        // A budget for what is bought: "a gift for my mom" is no money draft by its words.
        "on a budget" | "a student on a budget" | "frugal" | "willing to pay for quality" => &[
            "gift",
            "birthday present",
            "birthday party",
            "for her birthday",
            "for his birthday",
            "for my birthday",
            "christmas present",
            "christmas shopping",
        ],
        // The phone or computer an app or a tool must run on.
        // (Not "install" or "extension": a ceiling fan, hair.)
        t if is_platform(t) => &[
            "app",
            "software",
            "download",
            "browser",
            "widget",
            "docker",
            "npm",
            "homebrew",
            "pip install",
            "python",
            "git",
            "ssh",
            "vpn",
            "wifi",
            "wi-fi",
            "bluetooth",
            "printer",
            "usb",
            "screenshot",
            "keyboard shortcut",
            "command line",
            "dual boot",
        ],
        t if t.starts_with("has ") => {
            // The pet itself: "has a dog" for "a daily exercise routine for my dog" (not
            // "the cat command").
            return t
                .split(' ')
                .filter(|w| crate::extract::is_pet(w))
                .any(|pet| {
                    names(text, &format!("my {pet}")) || names(text, &format!("our {pet}"))
                });
        }
        _ => return false,
    };
    names_any(text, cues)
}

/// Words of a draft about what may not go with a medicine taken for good: another
/// medicine, a supplement, a drink, an operation.
const MEDICINE_CUES: &[&str] = &[
    "ibuprofen",
    "advil",
    "motrin",
    "aleve",
    "naproxen",
    "aspirin",
    "tylenol",
    "acetaminophen",
    "paracetamol",
    "painkiller",
    "pain reliever",
    "nsaid",
    "medication",
    "medicine",
    "meds",
    "supplement",
    "vitamin",
    "herbal",
    "antihistamine",
    "benadryl",
    "decongestant",
    "cough syrup",
    "sleeping pill",
    "melatonin",
    "interaction",
    "side effects",
    "dosage",
    "prescription",
    "alcohol",
    "beer",
    "wine",
    "cocktail",
    "hangover",
    "grapefruit",
    "surgery",
    "anesthesia",
];

/// What one class of medicine ([`crate::extract::medicine_class`]) bears on beyond
/// [`MEDICINE_CUES`]: leafy greens and a tattoo for a blood thinner, carbs for insulin,
/// aged cheese for an MAOI, the sun and skincare for Accutane.
fn medicine_cues(class: &str) -> &'static [&'static str] {
    match class {
        "blood thinners" => &[
            "vitamin k",
            "leafy greens",
            "kale",
            "spinach",
            "tattoo",
            "piercing",
            "dentist",
            "tooth extraction",
            "fish oil",
            "turmeric",
            "bleeding",
            "nosebleed",
            "bruising",
        ],
        "insulin" => &[
            "carb", "sugar", "dessert", "fasting", "keto", "low-carb", "low carb",
        ],
        "antidepressants" => &["cbd", "cannabis", "weed", "tramadol"],
        "maois" => &["cheese", "aged", "cured", "salami", "soy sauce", "kimchi"],
        "lithium" => &["salt", "sodium", "dehydrated", "dehydration", "sauna"],
        "statins" => &["cholesterol", "muscle pain"],
        "birth control" => &[
            "antibiotics",
            "period",
            "ovulation",
            "pregnant",
            "pregnancy",
        ],
        "blood pressure medication" => &["salt", "sodium", "potassium", "licorice"],
        "thyroid medication" => &["calcium", "iron", "soy", "coffee", "breakfast"],
        "adhd medication" => &["caffeine", "coffee", "energy drink", "appetite"],
        "accutane" => &[
            "skincare",
            "sunscreen",
            "moisturizer",
            "retinol",
            "waxing",
            "acne",
            "lip balm",
            "sunburn",
            "tanning",
        ],
        "chemotherapy" | "immunosuppressants" => &[
            "vaccine",
            "sushi",
            "raw",
            "rare steak",
            "unpasteurized",
            "infection",
            "crowds",
            "nausea",
        ],
        "antibiotics" => &["yogurt", "probiotic", "dairy", "milk"],
        _ => &[],
    }
}

/// Words of a coding draft that seldom mean anything else (not "code" or "bug": a dress
/// code, a bug bite).
const CODING: &[&str] = &[
    "json",
    "parse",
    "function",
    "script",
    "api",
    "regex",
    "compile",
    "debug",
    "algorithm",
    "sql",
    "debounce",
    "refactor",
    "unit test",
    "borrow checker",
    "compiler",
    "compile error",
    "stack trace",
    "segfault",
    "syntax error",
    "null pointer",
    "merge conflict",
    "pull request",
    "array",
    "for loop",
    "async",
    "struct",
    "structs",
    "enum",
    "hashmap",
    "list comprehension",
    "list comprehensions",
    "recursion",
    "dataframe",
    "linter",
    "git",
];

/// Words of a draft about one's working life.
const CAREER: &[&str] = &[
    "linkedin",
    "resume",
    "cv",
    "cover letter",
    "career",
    "interview",
    "salary",
    "promotion",
    "resignation",
    "resign",
    "quit my job",
    "job offer",
    "job search",
    "job application",
    "performance review",
    "my boss",
    "my manager",
    "coworker",
    "colleague",
];

/// "uses android", "has an iphone", "uses a mac", as the extractor words them.
fn is_platform(topic: &str) -> bool {
    let device = topic
        .strip_prefix("uses ")
        .or_else(|| topic.strip_prefix("has "))
        .map(|t| t.trim_start_matches("a ").trim_start_matches("an "));
    device.is_some_and(|d| {
        matches!(
            d,
            "android"
                | "flip phone"
                | "ios"
                | "iphone"
                | "ipad"
                | "mac"
                | "macbook"
                | "windows"
                | "linux"
                | "chromebook"
        )
    })
}

/// The words a draft names for each kind of taste in [`taste_kind`]: a way of getting
/// about, a seat, a climate, coffee, company, sights, music (a genre for a playlist), a
/// food (for a recipe: [`FOOD`]), the books, shows and games a named thing is
/// ([`named`]), free time ([`PASTIME`]) and podcasts. The kinds a genre or a kind of
/// book, show or game is have no cues of their own ([`GENRE`]); the kinds after
/// [`CROWDS`] (a kind of restaurant, a place to live, a way of learning, a device's
/// brand, a way of exercising, and what one furnishes, wears, puts on one's skin,
/// keeps as a pet or watches as a sport: [`goods`]; a stage show) have cue lists with
/// exceptions of their own, read in [`Calls::of`].
const TASTE_CUES: [&[&str]; 17] = [
    &[
        "get from",
        "get around",
        "getting around",
        "transportation",
        "plan a day",
        "itinerary",
        "day trip",
        "commute around",
        "commuting around",
        "to commute",
        "way to travel",
        "ways to travel",
        "travel from",
        "route from",
        "get there",
        "getting there",
    ],
    // A flight, and any way from one city to another.
    &[
        "flight",
        "plane",
        "airline",
        "travel from",
        "get there",
        "getting there",
    ],
    // Where to go, which a climate decides (not what to do or wear once there, unless
    // the trip is into the cold).
    &[
        "where should i go",
        "where should we go",
        "where to go",
        "destination",
        "vacation spot",
        "places to visit",
        "cities to visit",
        "countries to visit",
        "for me to visit",
        "winter vacation",
        "winter trip",
        "winter getaway",
        "winter break",
        "this winter",
        "ski trip",
    ],
    &["starbucks", "cafe", "coffee shop"],
    &[
        "networking",
        "a party",
        "dinner party",
        "office party",
        "house party",
        "conference",
        "mixer",
        "meetup",
        "wedding",
        "festival",
    ],
    &[
        "itinerary",
        "things to do in",
        "plan a day",
        "plan a weekend",
        "plan a trip",
        "day trip",
        "sightseeing",
    ],
    &[
        "playlist",
        "songs",
        "albums",
        "an album",
        "a concert",
        "concerts",
        "music",
        "bands",
        "a band",
        "artists like",
        "singers",
        "something to listen to",
        "what to listen to",
        "should i listen to",
    ],
    // Making or choosing a meal, where what the person will not eat is left out.
    &[
        "recipe",
        "cook",
        "cooking",
        // Not "bake": "bake textures in Blender", and what a loaf leaves out is seldom
        // what a person dislikes.
        "grill",
        "grilling",
        "marinade",
        "meal prep",
        "meal plan",
        "side dish",
        "dinner menu",
        "party menu",
        "what should i make",
        "what can i make",
        "what should i eat",
        "what should i order",
        "what to order",
        "toppings",
        "ingredients",
    ],
    // Not "book" alone ("book a flight"), "read" ("easier to read") or "series" ("a
    // time series").
    &[
        "a book",
        "books",
        "novel",
        "read next",
        "something to read",
        "what to read",
        "should i read",
        "reading list",
        "a good read",
        "beach read",
        "audiobook",
        "authors like",
        "page-turner",
        "graphic novel",
        "comic book",
        "comics",
        "manga",
        "i should read",
    ],
    // Not "show" alone ("show me how"), "watch" ("a smart watch") or "film" ("film
    // photography").
    &[
        "movie",
        "a film",
        "films",
        "tv show",
        "a show to",
        "a show like",
        "shows like",
        "shows to",
        "new show",
        "good show",
        "tv series",
        "a series to",
        "series like",
        "series recommendation",
        "what to watch",
        "something to watch",
        "should i watch",
        "to binge",
        "should i binge",
        "binge next",
        "binge-watch",
        "binge watch",
        "netflix",
        "documentary",
        "documentaries",
        "sitcom",
        // (Not "a chart that shows you the trend".)
        "shows i should",
        "shows i might",
        "shows i can",
        "shows you d",
        "shows you would",
        "shows you recommend",
        "i should watch",
    ],
    &[
        "video game",
        "videogame",
        "a game to",
        "games to",
        "a game like",
        "games like",
        "game to play",
        "new game",
        "gaming",
        "nintendo",
        "switch games",
        "a game for",
        "games for",
        "my switch",
        "new switch",
        "playstation",
        "ps5",
        "xbox",
        "pc game",
        "steam deck",
        "games i should",
        "games i might",
        "games i can",
        "games i d",
        "games you d",
        "games you would",
        "games you recommend",
        "games that i",
        "rpg",
    ],
    // Free time, which a pastime or an outing fills (sights too: [`Calls::of`]).
    &[
        "this weekend",
        "rainy day",
        "rainy weekend",
        "free time",
        "day off",
        // (Not "what can i do to find relief": a remedy.)
        "what should i do this",
        "what can i do this",
        "what should i do today",
        "what can i do today",
        "what should i do tonight",
        "what should i do in",
        "what should i do during",
        "what should i do while",
        "what can i do in",
        "what should we do",
        "bored",
        "friday night",
        "lazy sunday",
        "weekend plans",
        "new hobby",
    ],
    &[],
    &[],
    &[],
    &[],
    &["podcast"],
];

/// The kinds of taste ([`taste_kind`]) sights and outings are, and music.
const SIGHTS: u8 = 5;
const MUSIC: u8 = 6;

/// Outings split by what they ask of a person: sights ("museums", "haunted houses"),
/// the outdoors and its risks ("heights", "water sports", "hiking") and nights out
/// ("nightclubs", "casinos"). A draft asking what to do calls for all three; one asking
/// for adventure or thrills calls for the outdoors only, and one asking for nightlife
/// for nights out only ([`Calls::of`]): museums are nothing to "thrilling experiences in
/// New Zealand", nor climbing to "a city with a lively nightlife".
const OUTDOORS: u8 = 38;
const NIGHTLIFE: u8 = 39;
const OUTINGS: u64 = 1 << SIGHTS | 1 << OUTDOORS | 1 << NIGHTLIFE;

/// The kinds of taste ([`taste_kind`]) books, what one watches and games are.
const BOOKS: u8 = 8;
const SCREEN: u8 = 9;
const GAMES: u8 = 10;

/// The kind of taste a pastime is ("painting", "board games"), for what to do with
/// free time.
const PASTIME: u8 = 11;

/// The kinds of taste a genre ("thrillers", "horror"), a kind of book ("fantasy
/// novels"), of show ("anime") or of game ("video games") is ([`named::kind_of_story`]):
/// the model places these, so they are lifted only for an open request for that
/// medium ([`named::open_request`]: "What movie should we watch tonight?", not "family
/// movies about the ocean").
const GENRE: u8 = 12;
const BOOK_KIND: u8 = 13;
const SCREEN_KIND: u8 = 14;
const GAME_KIND: u8 = 15;

/// The kind of taste podcasts are, and a podcast named as one.
const PODCASTS: u8 = 16;

/// The kind of taste crowds are: company's ("a party") and sights' ("plan a day").
const CROWDS: u8 = 17;

/// The kind of taste a kind of restaurant is ("chain restaurants", "dining at rooftop
/// locations"): for where to eat ([`EATING_OUT`]).
const RESTAURANTS: u8 = 18;

/// The kind of taste a quality of a place to live is ("living in areas with heavy
/// traffic", "areas with high housing costs", "long harsh winters"): for where to
/// move ([`RELOCATING`]). A climate goes there too.
const LIVING: u8 = 19;

/// The kind of taste a way of learning is ("flashcards", "learning through
/// storytelling", "video-based courses", "one-on-one instruction"): for how to learn
/// or study anything ([`STUDYING`]).
const LEARNING: u8 = 20;

/// The kind of taste a way of exercising is ("running", "hiit workouts", "group
/// fitness classes"): for a workout or a fitness plan ([`WORKOUT_CUES`]).
const WORKOUT: u8 = 31;

/// The kind of taste a way of treating oneself is ("natural remedies", "prescription
/// medications", "herbal supplements"): for an ailment or a nutrient ([`REMEDY_CUES`]).
const REMEDIES: u8 = 34;

/// Words of a draft about an ailment to treat or a nutrient to get.
const REMEDY_CUES: &[&str] = &[
    "remedy",
    "remedies",
    "relief",
    "symptoms",
    "headache",
    "migraine",
    "allergies",
    "insomnia",
    "trouble sleeping",
    "difficulty sleeping",
    "anxiety",
    "cold sore",
    "sore throat",
    "back pain",
    "joint pain",
    "supplement",
    "vitamin",
    "intake",
    "deficiency",
    "immune system",
    // (Not "stress test" or "stress fracture".)
    "manage stress",
    "reduce stress",
    "relieve stress",
    "stress relief",
    "stress management",
    "stressed",
    "mental health",
    "mental wellness",
    "energy levels",
];

/// A way of treating oneself: "natural remedies", "over-the-counter medications",
/// "herbal supplements", "painkillers".
fn is_remedy(topic: &str) -> bool {
    topic.split(' ').any(|w| {
        matches!(
            w,
            "remedies"
                | "remedy"
                | "medications"
                | "medication"
                | "medicine"
                | "medicines"
                | "pharmaceutical"
                | "pharmaceuticals"
                | "supplements"
                | "pills"
                | "painkillers"
                | "antibiotics"
                | "homeopathy"
                | "acupuncture"
                | "meditation"
                | "mindfulness"
                | "therapy"
                | "caffeine"
        )
    })
}

/// The kind of taste a kind of stage show is ("musical theater", "interactive theater
/// experiences", "stand-up comedy"): for a show to see ([`THEATER_CUES`]).
const THEATER: u8 = 35;

/// The kind of taste a way of moving oneself is ("cycling", "walking long
/// distances"): both a way of getting about and a way of exercising, so a draft about
/// either calls for it.
const MOVING: u8 = 36;

/// The kind of taste what a job is like is ("working in the healthcare industry", "jobs
/// that involve travel", "open office layouts"): for a career or a job to choose
/// ([`WORK_CUES`]).
const WORK: u8 = 37;

/// Words of a draft about a job or a career to choose.
const WORK_CUES: &[&str] = &[
    "career",
    "job offer",
    "job opportunity",
    "job opportunities",
    "next job",
    "new job",
    "next position",
    "new position",
    "job search",
    "job hunting",
    "kind of job",
    "type of job",
    "jobs for me",
    "a job",
    "job where",
    "job that",
    "roles in",
    "work for",
    "employer",
    "workplace",
    // What an employer arranges, and what it is for.
    "team-building",
    "team building",
    "team bonding",
    "relationships with my coworkers",
    "relationships with my colleagues",
    "bond with my coworkers",
    "bond with my colleagues",
    "company retreat",
    "office party",
    "work event",
];

/// Whether tastes of the `k`th kind ([`taste_kind`]) go only with a draft whose words
/// call for that kind, however near in meaning: "job" and "work" mean too many things
/// ("working in the healthcare industry" is nothing to "How do I set up a cron job?").
pub fn only_when_called(k: u8) -> bool {
    k == WORK
}

/// What a job is like: "working in finance", "jobs that involve managing social media
/// accounts", "open office layouts", "on-site childcare services" (not "working out").
fn is_work(topic: &str) -> bool {
    let working = topic
        .strip_prefix("working ")
        .or_else(|| topic.strip_prefix("work "))
        .is_some_and(|rest| rest != "out" && !rest.starts_with("out "));
    working
        || topic.split(' ').any(|w| {
            matches!(
                w,
                "job"
                    | "jobs"
                    | "career"
                    | "careers"
                    | "workplace"
                    | "workplaces"
                    | "workspace"
                    | "workspaces"
                    | "coworkers"
                    | "employer"
                    | "employers"
                    | "cubicle"
                    | "cubicles"
            )
        })
        || [
            "open office",
            "open-plan office",
            "office layout",
            "night shift",
            "on-site childcare",
            // What an employer arranges: "team-building retreats", "off-site activities"
            // (not "off-site parking").
            "team-building",
            "team building",
            "off-site activit",
            "off-site event",
            "off-site retreat",
            "offsite activit",
            "offsite event",
            "offsite retreat",
            "company retreat",
            "office part",
            "work event",
        ]
        .iter()
        .any(|p| topic.contains(p))
}

/// Words of a draft about a stage show to see.
const THEATER_CUES: &[&str] = &[
    "theater",
    "theatre",
    "broadway",
    "west end",
    "musicals",
    "a musical",
    "live performance",
    "live performances",
    "performances",
    "troupes",
    "improv",
    "stand-up",
    "comedy club",
    "comedy show",
    "ballet",
    "cabaret",
];

/// A kind of stage show: "musical theater", "broadway musicals", "plays without musical
/// numbers", "improv" (not "musical instruments").
fn is_theater(topic: &str) -> bool {
    topic.starts_with("plays ")
        || topic.split(' ').any(|w| {
            matches!(
                w,
                "theater" | "theatre" | "musicals" | "broadway" | "improv" | "ballet" | "cabaret"
            )
        })
        || topic.contains("stand-up comedy")
}

/// The kind of taste a place to stay is ("chain hotels", "large sprawling resorts",
/// "hotels with casino facilities", "rvs"): for where to stay ([`LODGING_CUES`]).
const LODGING: u8 = 32;

/// Words of a draft that asks where to stay.
const LODGING_CUES: &[&str] = &[
    "hotel",
    "hotels",
    "place to stay",
    "places to stay",
    "where to stay",
    "where should i stay",
    "where should we stay",
    "somewhere to stay",
    "accommodation",
    "accommodations",
    "resort",
    "resorts",
    "hostel",
    "hostels",
    "airbnb",
    "bed and breakfast",
    "lodging",
];

/// A place to stay: "boutique hotels", "all-inclusive resorts", "hostels", "rvs or
/// campervans".
fn is_lodging(topic: &str) -> bool {
    topic.split(' ').any(|w| {
        matches!(
            w,
            "hotel"
                | "hotels"
                | "accommodations"
                | "accommodation"
                | "resort"
                | "resorts"
                | "hostel"
                | "hostels"
                | "motels"
                | "airbnb"
                | "airbnbs"
                | "rvs"
                | "campervans"
                | "glamping"
                | "elevators"
                | "high-rise"
        )
    }) || topic.contains("vacation rentals")
        || topic.contains("bed and breakfasts")
        // "staying in historic or cultural properties".
        || topic.starts_with("staying in ") && topic.split(' ').count() > 3
}

/// Words of a draft about exercise.
const WORKOUT_CUES: &[&str] = &[
    "workout",
    "exercise",
    "exercises",
    "cardio",
    "fitness",
    "get fit",
    "lose weight",
    "build muscle",
    "gym",
    "training plan",
    "training program",
    "stay active",
    "physical activities",
    "physical activity",
    "get in shape",
    "endurance",
    "upper body",
    "lower body",
    "strength training",
];

/// An exercise one is asked about but not to do ("a coding exercise").
const NOT_WORKOUT: &[&str] = &[
    "writing exercise",
    "math exercise",
    "exercises for my students",
    // What to eat or do around a workout, not which one: "high-protein options after
    // a workout", "snacks for my workout sessions", "sports nutrition".
    "after a workout",
    "after my workout",
    "after workouts",
    "before a workout",
    "before my workout",
    "post-workout",
    "pre-workout",
    "snacks",
    "snack",
    "nutrition",
    "meal plan",
    "meal plans",
    // How one is doing, not what to do next: "monitor my fitness progress".
    "fitness progress",
    "track my",
    "monitor my",
];

/// A way of exercising: "running", "yoga", "high-impact workouts", "fitness classes".
fn is_workout(topic: &str) -> bool {
    topic.split(' ').any(|w| {
        matches!(
            w,
            "running"
                | "jogging"
                | "yoga"
                | "pilates"
                | "swimming"
                | "cycling"
                | "spinning"
                | "hiit"
                | "crossfit"
                | "weightlifting"
                | "cardio"
                | "burpees"
                | "squats"
                | "treadmill"
                | "treadmills"
                | "gym"
                | "gyms"
                | "workouts"
                | "workout"
                | "exercises"
                | "exercise"
                | "zumba"
                | "aerobics"
                | "calisthenics"
                | "stretching"
                | "sprints"
                | "marathons"
                | "fitness"
                | "jumping"
                | "high-impact"
                | "low-impact"
        )
    }) || topic.contains("physical activit")
        // ("I hate working out": the phrasal verb, which the model reads as work.)
        || topic == "working out"
        || topic.starts_with("working out ")
        || topic.contains("strength training")
        || topic.contains("weight training")
}

/// Words of a draft about learning or studying something.
const STUDYING: &[&str] = &[
    "learn",
    "learning",
    "study",
    "studying",
    "exam",
    "course",
    "bootcamp",
    "tutor",
    "memorize",
    "lesson",
    "certification",
    "credentials",
    "micro-credentials",
    "resources to help me understand",
    "resources for mastering",
    // (Not "educational toys": a toy, not a way to learn.)
    "educational resources",
    "educational materials",
    "educational apps",
    "educational content",
    "educational programs",
    "educational videos",
    "educational documentaries",
    "improve my skills",
    "skills in",
    "stay updated",
    "my studies",
];

/// A course that is not one to take.
const NOT_STUDYING: &[&str] = &[
    "of course",
    "main course",
    "first course",
    "golf course",
    "obstacle course",
    "course of action",
    "due course",
];

/// Words of a draft that asks what to do on a trip, where what the person will not do
/// (heights, water, gambling, crowds) is left out. (Not a must-see film, nor culinary
/// experiences: [`Calls::of`].)
const ACTIVITIES: &[&str] = &[
    "to do in",
    "things to do on",
    "things to do for",
    "things to do while",
    "things to do during",
    "things to do near",
    "do on my trip",
    "do on my vacation",
    "do during my trip",
    "do during my stay",
    "activities for me",
    "activities you",
    "activities to try",
    "evening activities",
    "nightlife",
    "cultural experiences",
    "memorable experiences",
    "unique experiences",
    "experiences should i",
    "experiences you",
    "activities in",
    "activities to do",
    "activities i can do",
    "activities during",
    "activities on my",
    "activities for my trip",
    "activities would you",
    "outdoor activities",
    "adventure",
    "adventures",
    "attractions",
    "must-do",
    "experiences in",
    "experiences during",
    "experiences for my",
];

/// Words of a draft asking for an adventure or a thrill rather than any outing: the
/// outdoors ([`OUTDOORS`]), not museums or a haunted house.
const ADVENTURE_CUES: &[&str] = &[
    "adventure",
    "adventures",
    "adventurous",
    "adrenaline",
    "thrilling",
    "thrill",
    "thrills",
    "outdoor",
    "outdoors",
    "extreme sports",
];

/// Words of a draft asking for somewhere to drink (not "a progress bar", "the bar
/// exam"): it calls for drinks ([`FOOD`]) and a night out ([`NIGHTLIFE`]).
const BARS: &[&str] = &[
    "pub",
    "brewery",
    "breweries",
    "taproom",
    "wine bar",
    "cocktail bar",
    "sports bar",
    "dive bar",
    "rooftop bar",
    "bars in",
    "bars near",
    "bars around",
    "bars to",
    "good bars",
    "best bars",
    "a bar",
    "happy hour",
    "beer garden",
];

/// Words of a draft asking for a night out ([`NIGHTLIFE`]), not a hike.
const NIGHT_CUES: &[&str] = &[
    "nightlife",
    "night life",
    "night out",
    "nights out",
    "clubbing",
    "nightclubs",
    "bar hopping",
    "pub crawl",
];

/// The kind of taste a brand of device or a way of buying tech is ("gadgets made by
/// samsung", "apple products", "first-generation tech products", "wired peripherals"):
/// for a device to buy or set up ([`DEVICES`]).
const TECH: u8 = 21;

/// The kind of taste a worn device is ("wearable technology", "fitness trackers"): for
/// a gadget to buy or a way to track one's health or fitness, not a laptop or software
/// ([`WEARABLE_CUES`]).
const WEARABLES: u8 = 41;
/// The kind of taste a drink is ("ipa", "natural wine", "negronis"): what a bar or a
/// drink to mix calls for, liked or not (unlike a food, a liked drink is what a bar
/// is chosen by).
const DRINK: u8 = 42;

/// Words of a topic about a drink ([`DRINK`]); coffee is a kind of its own.
fn is_drink_word(w: &str) -> bool {
    matches!(
        w,
        "beer"
            | "beers"
            | "ipa"
            | "ipas"
            | "stout"
            | "stouts"
            | "lager"
            | "lagers"
            | "ale"
            | "ales"
            | "cider"
            | "wine"
            | "wines"
            | "cocktail"
            | "cocktails"
            | "whiskey"
            | "whisky"
            | "bourbon"
            | "scotch"
            | "gin"
            | "mezcal"
            | "tequila"
            | "sake"
            | "rum"
            | "vodka"
            | "martinis"
            | "margaritas"
            | "negronis"
            | "sangria"
            | "prosecco"
            | "champagne"
            | "mocktails"
    )
}

/// Words of a draft about a gadget, or about tracking one's body.
const WEARABLE_CUES: &[&str] = &[
    "wearable",
    "wearables",
    "smartwatch",
    "smart watch",
    "fitness tracker",
    "tracker",
    "gadget",
    "gadgets",
    "track my",
    "tracking my",
    "monitor my",
    "monitoring my",
    "monitor and manage my",
    "health metrics",
    "fitness progress",
    "heart rate",
    "step count",
];

/// Words of a draft about a device to buy or set up.
const DEVICES: &[&str] = &[
    "laptop",
    "smartphone",
    "new phone",
    "a phone",
    "phone for",
    "tablet",
    "smart tv",
    "headphones",
    "earbuds",
    "wireless speaker",
    "bluetooth speaker",
    "speaker system",
    "smartwatch",
    "smart watch",
    "smart home",
    "gadget",
    "gadgets",
    "devices",
    "router",
    "office suite",
    "productivity suite",
    "productivity software",
    "cloud storage",
    "back up my",
    "backup",
    "electronics",
    "e-reader",
    "desk setup",
    "desktop",
    "new computer",
    "editing software",
    "antivirus",
    "password manager",
    "vpn",
];

/// A brand of device, or what tech is bought as ("samsung", "tech products", "wired
/// peripherals"; "apple" only as the brand: "apple products", not "apple pie"; not
/// "fitness gadgets", which are a workout's).
fn is_tech(topic: &str) -> bool {
    if topic
        .split(' ')
        .any(|w| matches!(w, "fitness" | "workout" | "kitchen"))
    {
        return false;
    }
    let words = topic.split(' ');
    let apple = topic == "apple"
        || words.clone().zip(words.skip(1)).any(|(a, b)| {
            a == "apple"
                && matches!(
                    b,
                    "products" | "devices" | "ecosystem" | "gear" | "stuff" | "laptops"
                )
        });
    apple
        || topic.split(' ').any(|w| {
            matches!(
                w,
                "samsung"
                    | "google"
                    | "microsoft"
                    | "sony"
                    | "huawei"
                    | "xiaomi"
                    | "lenovo"
                    | "dell"
                    | "oneplus"
                    | "linux"
                    | "gadgets"
                    | "devices"
                    | "electronics"
                    | "wearables"
                    | "wearable"
                    | "peripherals"
                    | "first-generation"
                    | "amoled"
                    | "oled"
                    | "displays"
                    | "dual-sim"
                    | "proprietary"
                    | "subscription"
                    | "subscriptions"
                    | "subscription-based"
            )
        })
        || topic.contains("tech products")
        || topic.contains("technology products")
        || topic.contains("cloud storage")
}

/// Words of a draft about where to live.
const RELOCATING: &[&str] = &[
    "relocate",
    "relocating",
    "relocation",
    "move to",
    "moving to",
    "places to live",
    "place to live",
    "me to live",
    "looking to live",
    "want to live",
    "where to live",
    "where should i live",
    "area to live",
    "areas to live",
    "cities to live",
    "city to live",
    "neighborhood",
    "neighbourhood",
    "quality of life",
    "settle down",
];

/// Words of a draft that asks where to eat, which a kind of restaurant bears on.
const EATING_OUT: &[&str] = &[
    "restaurant",
    "dining",
    "where to eat",
    "where should i eat",
    "where should we eat",
    "where can i eat",
    "where can we eat",
    "plan to eat",
    "go to eat",
    "where to dine",
    "eateries",
    "places to eat",
    "place to eat",
    "eat out",
    "eating out",
    "dinner spot",
    "lunch spot",
    "brunch spot",
    "place for dinner",
    "place for lunch",
    "place for brunch",
    "spot for dinner",
    "where to grab",
    "food scene",
];

/// Words of a draft about a drink to choose or mix ([`DRINK`]).
const DRINK_CUES: &[&str] = &[
    "cocktail",
    "cocktails",
    "a drink",
    "drinks menu",
    "wine pairing",
    "bottle of wine",
    "brewery",
    "breweries",
    "winery",
    "wineries",
    "distillery",
    "happy hour",
];

/// The kind of taste ([`taste_kind`]) a food is. Only a dislike of one goes with a
/// recipe: what to leave out matters to any dish, a favourite food seldom does.
pub const FOOD: u8 = 7;

/// Which of [`TASTE_CUES`] a taste's topic belongs to, if any (the profile keeps it
/// for each memory, so a draft is not checked against every topic).
pub fn taste_kind(topic: &str) -> Option<u8> {
    match kind_of(topic) {
        Some(SIGHTS) => Some(outing_kind(topic)),
        k => k,
    }
}

/// Which kind of outing ([`OUTDOORS`]) a topic of [`SIGHTS`] is: a night out before
/// the outdoors ("outdoor parties" are parties).
fn outing_kind(topic: &str) -> u8 {
    // ("gaming" names a night out, "ocean" the outdoors, only in a topic already read
    // as an outing: not "gaming laptops".)
    let said = |list: &[&str], more: &[&str]| {
        topic
            .split(' ')
            .any(|w| list.contains(&w) || more.contains(&w))
    };
    if said(NIGHT_WORDS, &["gaming"]) {
        NIGHTLIFE
    } else if said(OUTDOOR_WORDS, &["ocean"])
        || OUTDOOR_PHRASES
            .iter()
            .chain(&["cold weather"])
            .any(|p| topic.contains(p))
    {
        OUTDOORS
    } else {
        SIGHTS
    }
}

/// Words of a topic about a night out ([`NIGHTLIFE`]) and about the outdoors and its
/// risks ([`OUTDOORS`]); both are outings ([`SIGHTS`]) to [`kind_of`].
const NIGHT_WORDS: &[&str] = &[
    "nightlife",
    "nightclubs",
    "nightclub",
    "clubbing",
    "raves",
    "pubs",
    "bar-hopping",
    "parties",
    "partying",
    "gambling",
    "betting",
    "casinos",
    "casino",
];

/// Cities known for their casinos ([`Calls::of`]).
const GAMBLING_CITIES: &[&str] = &["vegas", "macau", "macao", "monte carlo", "atlantic city"];

const OUTDOOR_WORDS: &[&str] = &[
    "hiking",
    "hikes",
    "camping",
    "kayaking",
    "snorkeling",
    "surfing",
    "skiing",
    "heights",
    "caves",
    "scuba",
    "diving",
    "water-based",
    "aquatic",
    "adventure",
    "bungee",
    "skydiving",
    "aerial",
    "paragliding",
    "rafting",
    "ziplining",
    "outdoor",
    "strenuous",
    "deserts",
    "desert",
];
const OUTDOOR_PHRASES: &[&str] = &["extreme sports", "water sports", "water activities"];

/// [`taste_kind`] before outings are told apart.
fn kind_of(topic: &str) -> Option<u8> {
    if matches!(topic, "small talk" | "networking" | "large groups") {
        return Some(4);
    }
    // "crowds", "crowded places", "crowded tourist spots": a party's and a day out's.
    // And "attending events at large stadiums or arenas", whatever the events (not
    // "attending crowded conventions", which a bus's crowds are not).
    let crowd = |w: &str| matches!(w, "crowds" | "crowded");
    let venue = |w: &str| matches!(w, "stadiums" | "arenas");
    let short = topic.split(' ').count() <= 3 || topic.starts_with("being in ");
    if short && topic.split(' ').any(crowd) || topic.split(' ').any(venue) {
        return Some(CROWDS);
    }
    // "quiet beach towns with few tourists": a kind of place to go, as a climate is.
    if [
        "beach towns",
        "beach destinations",
        "beach vacations",
        "beach holidays",
        "seaside towns",
        "mountain towns",
        "mountain villages",
        "island destinations",
    ]
    .iter()
    .any(|p| topic.contains(p))
    {
        return Some(2);
    }
    // "shopping for technology products": what is bought, not a day out. And
    // "engaging with music sung in english": the music, not a place with it.
    if let Some(what) = topic
        .strip_prefix("shopping for ")
        .or_else(|| topic.strip_prefix("engaging with "))
    {
        return kind_of(what);
    }
    // "vr games with flying", "shows that involve heights": a kind of story, whatever
    // it holds ("educational content that is not accessible" is a way of learning).
    let long = topic.split(' ').count() > 2;
    if let Some(story) = named::story_with(topic).filter(|_| long && !is_way_of_learning(topic)) {
        return Some(story);
    }
    // "living in close proximity to world-class museums": where to live, whatever is
    // near it.
    if ["living in ", "living near ", "living close "]
        .iter()
        .any(|p| topic.starts_with(p))
    {
        return Some(LIVING);
    }
    // "working in the healthcare industry", "jobs that involve travel".
    if is_work(topic) {
        return Some(WORK);
    }
    // "wearable technology", "fitness trackers", "smartwatches", "high-tech fitness
    // gadgets or apps".
    let said = |list: &[&str]| topic.split(' ').any(|w| list.contains(&w));
    if said(&[
        "wearable",
        "wearables",
        "smartwatch",
        "smartwatches",
        "tracker",
        "trackers",
    ]) || said(&["fitness", "health", "tracking"])
        && said(&[
            "gadgets",
            "gadget",
            "apps",
            "app",
            "devices",
            "technology",
            "tech",
        ])
    {
        return Some(WEARABLES);
    }
    // What one buys or keeps, read once for the branches below.
    let goods = goods::kind(topic);
    // "aquatic animals as pets" is which pet, not a day out.
    if let Some(pet @ (goods::PETS | goods::PET_CARE)) = goods {
        return Some(pet);
    }
    // A hotel with a casino or nightlife is a place to stay, not an outing.
    if is_lodging(topic) {
        return Some(LODGING);
    }
    let (mut kind, mut words, mut other, mut setting) = (None::<u8>, 0, false, false);
    for w in topic.split(' ') {
        words += 1;
        let k = match w {
            "trains" | "train" | "transport" | "transit" | "transportation" | "walking"
            | "biking" | "cycling" | "bicycles" | "bikes" | "driving" | "flying" | "buses"
            | "bus" | "ferries" | "subway" | "subways" | "tunnels" | "metro" | "trams"
            | "taxis" | "taxi" | "cabs" | "uber" | "ubers" | "lyft" | "ride-sharing"
            | "ridesharing" | "rideshare" | "scooters" => 0,
            "seat" | "seats" | "aisle" | "layovers" | "red-eye" | "red-eyes" | "flights" => 1,
            "warm" | "cold" | "heat" | "hot" | "sunshine" | "snow" | "winter" | "humidity"
            | "humid" | "beaches" | "climate" | "climates" | "rainy" | "weather" | "winters" => 2,
            "decaf" | "coffee" | "espresso" | "lattes" | "latte" | "cappuccino" => 3,
            w if is_drink_word(w) => DRINK,
            "museums" | "sightseeing" | "tourist" | "touristy" | "galleries" | "landmarks"
            | "shopping" | "markets" | "amusement" | "zoos" | "zoo" | "haunted" | "paranormal"
            | "ghost-related" => SIGHTS,
            // What one will not do on a trip too: heights, water, gambling, thrills.
            w if OUTDOOR_WORDS.contains(&w) || NIGHT_WORDS.contains(&w) => SIGHTS,
            "music" | "jazz" | "songs" | "hip-hop" | "rap" | "techno" | "edm" | "reggaeton"
            | "opera" | "k-pop" | "kpop" | "bluegrass" | "ballads" | "bands" | "singers"
            | "albums" | "lo-fi" | "lofi" | "beats" | "punk" | "synthwave" | "dubstep"
            | "soundtracks" => MUSIC,
            // Hot food or a cold drink is no climate, nor winter sports.
            "food" | "drinks" | "dishes" | "soup" | "water" | "showers" | "tea" | "sports" => {
                other = true;
                continue;
            }
            // Nor restaurants playing loud music a taste in music.
            "with" | "playing" | "restaurants" | "bars" | "cafes" | "places" | "venues" => {
                setting = true;
                continue;
            }
            _ => continue,
        };
        // Any other kind wins over the weather ("hot coffee", "trains in winter").
        kind = match kind {
            Some(was) if was != 2 && (k == 2 || was < k) => Some(was),
            _ => Some(k),
        };
    }
    if kind.is_none()
        && OUTDOOR_PHRASES
            .iter()
            .chain(&[
            "theme park",
            "ghost tours",
            "meditation retreats",
            "yoga retreats",
            "wellness retreats",
            // A casino's gaming, not a video game's.
            "gaming environments",
            "gaming floors",
            "gaming halls",
            "gaming tables",
        ])
        .any(|p| topic.contains(p))
        // The ocean itself, not a hotel's view of it.
        || topic == "ocean"
    {
        return Some(SIGHTS);
    }
    match kind {
        // "driving large vehicles" is about the car.
        Some(0) if goods == Some(goods::VEHICLES) => goods,
        // "cycling", "biking to work" (not "walking tours", an outing).
        Some(0)
            if words <= 3
                && !topic.contains("tours")
                && topic
                    .split(' ')
                    .any(|w| matches!(w, "cycling" | "biking" | "walking" | "bicycling")) =>
        {
            Some(MOVING)
        }
        // A climate in a short topic only ("living in places with hot humid climates"
        // is about where to live).
        Some(2) if other => food(topic).or(goods),
        // "hot yoga" is a way to work out, not a warm place.
        Some(2) if words <= 3 && is_workout(topic) => Some(WORKOUT),
        // (But weather is a climate however said: "being outside in cold weather",
        // "overly hot arid environments".)
        // ("Activities in cold weather" are what one does there: an outing.)
        Some(2) if words > 3 && is_weather(topic) && !topic.starts_with("living ") => {
            Some(if topic.starts_with("activities ") {
                SIGHTS
            } else {
                2
            })
        }
        Some(2) if words > 3 => is_place_to_live(topic).then_some(LIVING),
        // ("fitness activities that involve loud music" are a way of exercising.)
        Some(MUSIC) if words > 3 || setting => {
            if is_eatery(topic) {
                Some(RESTAURANTS)
            } else if is_workout(topic) {
                Some(WORKOUT)
            } else if is_outing(topic) {
                Some(SIGHTS)
            } else {
                // "engaging with music sung in english": music however long said, but
                // not where it plays ("venues with loud music").
                (!setting).then_some(MUSIC)
            }
        }
        None if is_eatery(topic) => Some(RESTAURANTS),
        None if is_place_to_live(topic) => Some(LIVING),
        None if is_way_of_learning(topic) => Some(LEARNING),
        None if is_workout(topic) => Some(WORKOUT),
        None if is_theater(topic) => Some(THEATER),
        // ("herbal beauty remedies" are beauty products.)
        None => goods
            .or_else(|| is_remedy(topic).then_some(REMEDIES))
            .or_else(|| is_tech(topic).then_some(TECH))
            .or_else(|| {
                pastime(topic)
                    .or_else(|| named::kind_of_story(topic))
                    .or_else(|| food(topic))
                    .or_else(|| is_outing(topic).then_some(SIGHTS))
            }),
        k => k,
    }
}

/// [`taste_kind`], or what the person said the thing is where its name alone does not
/// tell ("my favorite band is Radiohead": music; [`work_named`]).
pub fn taste_kind_in(topic: &str, work: Option<Work>) -> Option<u8> {
    taste_kind(topic).or(work.map(Work::kind))
}

/// A kind of restaurant: "chain restaurants", "restaurants with loud live music", "fine
/// dining"; or eating out itself, read as meant ([`crate::subject::as_meant`]: "eating
/// at restaurants").
fn is_eatery(topic: &str) -> bool {
    crate::subject::as_meant(topic).split(' ').any(|w| {
        matches!(
            w,
            "restaurant"
                | "restaurants"
                | "dining"
                | "eateries"
                | "diners"
                | "bistros"
                | "gastronomy"
        )
    })
}

/// A topic about the weather itself: a word for it ("cold weather", "harsh winters",
/// "excessive heat") or a place by its weather ("hot arid environments"; not "cold
/// calling").
fn is_weather(topic: &str) -> bool {
    let words: Vec<&str> = topic.split(' ').collect();
    words.iter().any(|w| {
        matches!(
            *w,
            "weather"
                | "climate"
                | "climates"
                | "temperatures"
                | "humidity"
                | "heat"
                | "winters"
                | "summers"
                | "snow"
                | "sunshine"
        )
    }) || words.windows(2).any(|p| {
        matches!(
            p[0],
            "hot" | "cold" | "humid" | "arid" | "warm" | "dry" | "freezing"
        ) && matches!(
            p[1],
            "environments"
                | "places"
                | "regions"
                | "areas"
                | "conditions"
                | "countries"
                | "destinations"
                | "locations"
        )
    })
}

/// What a place to live is like: its weather, costs, crime, traffic, coast. A long
/// topic names the place ("areas with heavy traffic"; not "content based on true
/// crime"); one about the weather alone is a climate ([`is_weather`]).
fn is_place_to_live(topic: &str) -> bool {
    let quality = |w: &str| {
        matches!(
            w,
            "climate"
                | "climates"
                | "humidity"
                | "humid"
                | "hot"
                | "cold"
                | "heat"
                | "snow"
                | "winters"
                | "weather"
                | "rainy"
                | "traffic"
                | "housing"
                | "disasters"
                | "hurricanes"
                | "tornadoes"
                | "earthquakes"
                | "pollution"
                | "coastline"
                | "noise"
                | "noisy"
                | "high-density"
        )
    };
    let place = |w: &str| {
        matches!(
            w,
            "areas"
                | "places"
                | "regions"
                | "cities"
                | "towns"
                | "neighborhoods"
                | "environments"
                | "suburbs"
        )
    };
    // "big cities", "small towns", "the countryside" (not "city of god").
    let setting = |w: &str| {
        matches!(
            w,
            "cities" | "towns" | "suburbs" | "countryside" | "rural" | "urban"
        )
    };
    let said = |f: &dyn Fn(&str) -> bool| topic.split(' ').any(f);
    let short = topic.split(' ').count() <= 3;
    topic.starts_with("living ")
        || topic == "city life"
        || short && said(&setting)
        || topic.contains("cost of living")
        || topic.contains("crime rate")
        || topic.contains("high crime")
        || said(&quality) && (short || said(&place))
}

/// What one does on a trip or a day out, by the word for it: "activities that involve
/// water", "paranormal ghost-related activities", "unique local experiences" (a way of
/// learning or exercising is read first: "interactive learning experiences").
fn is_outing(topic: &str) -> bool {
    topic
        .split(' ')
        .any(|w| matches!(w, "activities" | "excursions" | "tours"))
        && topic.contains(" that involve ")
}

/// "flashcards", "learning through storytelling", "educational apps" (not "machine
/// learning", a subject, nor "group fitness classes").
fn is_way_of_learning(topic: &str) -> bool {
    let other = ["machine learning", "deep learning"]
        .iter()
        .any(|s| topic.contains(s))
        || topic.split(' ').any(|w| {
            matches!(
                w,
                "fitness" | "yoga" | "workout" | "exercise" | "dance" | "gym" | "cooking"
            )
        });
    !other
        && topic.split(' ').any(|w| {
            matches!(
                w,
                "learning"
                    | "educational"
                    | "textbooks"
                    | "textbook"
                    | "flashcards"
                    | "lectures"
                    | "courses"
                    | "classes"
                    | "classroom"
                    | "instruction"
                    | "tutoring"
                    | "memorization"
                    | "studying"
                    | "mentorship"
                    | "bootcamps"
                    | "lessons"
                    | "articles"
                    | "papers"
                    | "simulations"
                    | "tutorials"
                    | "workshops"
                    | "seminars"
                    | "webinars"
                    | "hands-on"
                    | "repetition"
                    | "mnemonics"
            )
        })
}

/// A pastime, by its head ("pottery", "watercolor painting", "board game nights").
fn pastime(topic: &str) -> Option<u8> {
    let head = topic.rsplit(' ').next()?;
    let board = topic.starts_with("board game") || topic == "game nights";
    (topic.split(' ').count() <= 3
        && (board
            || matches!(
                head,
                "painting"
                    | "pottery"
                    | "ceramics"
                    | "gardening"
                    | "bouldering"
                    | "climbing"
                    | "knitting"
                    | "crocheting"
                    | "crochet"
                    | "baking"
                    | "photography"
                    | "drawing"
                    | "sketching"
                    | "woodworking"
                    | "fishing"
                    | "puzzles"
                    | "dancing"
                    | "journaling"
                    | "birdwatching"
                    | "sewing"
                    | "embroidery"
                    | "calligraphy"
            )))
    .then_some(PASTIME)
}

/// A topic whose head, its last word, is a food ("fish tacos", "blue cheese", "pineapple
/// on pizza"; not "cookie banners"), or what is made of food or of animals in a short
/// topic ("dairy products", "animal byproducts"; not "clothing made from animal
/// products").
fn food(topic: &str) -> Option<u8> {
    let mut words = topic.rsplit(' ');
    let head = words.next()?;
    let made = matches!(head, "products" | "byproducts")
        && topic.split(' ').count() <= 3
        && words.next().is_some_and(|w| w == "animal" || is_food(w));
    // A taste on the tongue: "eating anything spicy", "savory dishes", "sweet snacks"
    // (not "washing dishes").
    let flavor = |w: &str| {
        matches!(
            w,
            "spicy"
                | "sweet"
                | "savory"
                | "savoury"
                | "salty"
                | "sour"
                | "bitter"
                | "greasy"
                | "bland"
                | "tangy"
        )
    };
    let bare = topic.strip_prefix("eating ").unwrap_or(topic);
    let bare = ["anything ", "something ", "everything "]
        .iter()
        .find_map(|p| bare.strip_prefix(p))
        .unwrap_or(bare);
    let tasted = flavor(bare)
        || topic.split(' ').count() <= 3
            && matches!(head, "dishes" | "meals" | "flavors" | "flavours" | "snacks")
            && topic.split(' ').any(flavor);
    // "food that contains artificial additives or preservatives": the head before a
    // relative clause says what the thing is.
    let relative = [
        " that ",
        " which ",
        " containing ",
        " high in ",
        " made with ",
    ]
    .iter()
    .filter_map(|r| topic.find(r))
    .min()
    .and_then(|at| topic[..at].rsplit(' ').next())
    .is_some_and(is_food);
    (made || tasted || relative || is_food(head)).then_some(FOOD)
}

/// Whether a draft asks what to eat, at home or away: a dish to try on a trip, a
/// restaurant, a snack for the road. What the person will not eat goes with it.
/// (Not "the dishes" to wash, "dog food", a "dining table", what to wear to dinner or
/// a restaurant's business.)
fn asks_what_to_eat(text: &str) -> bool {
    names_any(text, EATING) && !names_any(text, NOT_EATING)
}

/// Words of a draft about food or a meal ([`asks_what_to_eat`]).
const EATING: &[&str] = &[
    "eat",
    "eating",
    "food",
    "dishes",
    "cuisine",
    "delicacies",
    "delicacy",
    "culinary",
    "restaurant",
    "dining",
    "breakfast",
    "brunch",
    "lunch",
    "dinner",
    "meal",
    "snack",
    "dessert",
    "bakery",
    "bakeries",
    "pastries",
    "pastry",
    "cafe",
    "tapas",
    "drinks",
    "beverages",
    "smoothie",
    "street food",
    "appetizer",
    "potluck",
    // What is bought to eat: a vegetarian's list leaves out meat.
    "grocery",
    "groceries",
];

/// Words that make a draft's food words mean something else.
const NOT_EATING: &[&str] = &[
    "wash",
    "washing",
    "dishwasher",
    "dog food",
    "cat food",
    "pet food",
    "food processor",
    "food bank",
    "eating disorder",
    "dining table",
    "dining room",
    "wear",
    "outfit",
    // Running a restaurant, not eating at one.
    "business",
    "job",
    "manager",
    "owner",
];

/// Kinds of taste that share an area of life, as bits of [`Calls`]: getting about,
/// where to live, what to do, what to eat, stories in any medium, what one wears,
/// furnishes or puts on, and pets.
const AREAS: &[u64] = &[
    1 << 0 | 1 << 1 | 1 << goods::VEHICLES | 1 << MOVING,
    1 << 2 | 1 << LIVING,
    1 << 4
        | OUTINGS
        | 1 << PASTIME
        | 1 << CROWDS
        | 1 << goods::SPORTS
        | 1 << goods::MOTORSPORTS
        | 1 << WORKOUT
        | 1 << THEATER
        | 1 << MOVING,
    // (Where one eats out is nothing to what one cooks or eats at home: "chain
    // restaurants" for protein-rich foods.)
    // (A drink is cooked with, and drunk with a meal out.)
    1 << 3 | 1 << FOOD | 1 << DRINK,
    1 << 3 | 1 << RESTAURANTS | 1 << DRINK,
    1 << BOOKS
        | 1 << BOOK_KIND
        | 1 << GENRE
        | 1 << PODCASTS
        | 1 << SCREEN
        | 1 << SCREEN_KIND
        | 1 << GAMES
        | 1 << GAME_KIND
        | 1 << THEATER,
    // (Fabrics are for what one wears or furnishes, not for makeup: "leather products"
    // is nothing to a foundation.)
    1 << goods::DECOR
        | 1 << goods::LOOK
        | 1 << goods::SCENT
        | 1 << goods::CLOTHES
        | 1 << goods::BEAUTY,
    1 << goods::DECOR | 1 << goods::LOOK | 1 << goods::CLOTHES | 1 << goods::FABRIC,
    1 << goods::PETS | 1 << goods::PET_CARE,
];

/// Words of a draft that asks for a text about something rather than a choice.
const TEXT_TASKS: &[&str] = &[
    "poem",
    "haiku",
    "limerick",
    "short story",
    "a story about",
    "a story where",
    "song lyrics",
    "cover letter",
    "essay",
    "summarize",
    "summarise",
    "translate",
    "proofread",
];

/// Words of a draft about a show seen live among others, where crowds are met.
const LIVE_SHOWS: &[&str] = &[
    "concert",
    "live music",
    "live performance",
    "festival",
    "stadium",
    "arena",
];

/// Words of a draft that goes on foot.
const ON_FOOT: &[&str] = &[
    "hike",
    "hiking",
    "trail",
    "walk",
    "walking tour",
    "trek",
    "trekking",
];

/// "gets seasick", "gets motion sick": a sickness of riding, as the extractor words it.
pub fn is_motion_sick(topic: &str) -> bool {
    topic.starts_with("gets ") && topic.ends_with("sick")
}

/// What a draft offers to drink, which caffeine or a diet bears on.
const DRINKS: &[&str] = &[
    "drinks",
    "beverage",
    "smoothie",
    "juice",
    "energized",
    "energy drink",
    "stay awake",
];

/// What a draft's words call for beyond facts, read once per draft: the store's every
/// taste and style wish is then checked without searching the draft again.
#[derive(Debug, Clone, Copy, Default)]
pub struct Calls {
    /// One bit per kind of taste ([`taste_kind`]) the draft names.
    tastes: u64,
    /// The draft names code ([`CODING`]).
    coding: bool,
    /// The draft names money or a device by words the static areas may miss ("Roth
    /// IRA", "set up email on my computer"): for a level of knowledge of either
    /// ([`FIELD_CUES`]).
    money: bool,
    tech: bool,
    /// The draft converts a measure ("5 miles in km"): no fact about the person's
    /// life bears on arithmetic.
    converts: bool,
    /// The draft asks for a bar, which the static areas read as an inn ([`BARS`]).
    drinks_out: bool,
    /// The draft goes on foot ("a 5 mile hike"), which the static areas read as travel:
    /// no motion sickness there.
    on_foot: bool,
}

/// Whether a draft ([`spaced`]) converts a measure: "5 miles in km", "70 F to celsius",
/// "convert 2 cups to grams" (a unit right after "in", "to" or "into", another before
/// it); not "how many miles to lose a pound".
fn converts(text: &str) -> bool {
    let unit =
        |w: &str| UNITS.contains(&w) || w.strip_suffix('s').is_some_and(|one| UNITS.contains(&one));
    let words: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
    let target = |k: usize| k > 0 && matches!(words[k - 1], "in" | "to" | "into") && unit(words[k]);
    let asked = (0..words.len()).any(|k| target(k) && words[..k - 1].iter().any(|w| unit(w)));
    asked || words.contains(&"convert") && words.iter().any(|w| unit(w))
}

/// Words of a draft about money, and about a device or an account on one, that the
/// static areas place poorly or not at all ("ira", "401k", "email"): what a level of
/// knowledge of the area ([`style_areas`]) is called for by.
const FIELD_CUES: [(&str, &[&str]); 2] = [
    (
        "money",
        &[
            "ira",
            "roth",
            "401k",
            "index fund",
            "etf",
            "stocks",
            "stock market",
            "bonds",
            "brokerage",
            "portfolio",
            "dividend",
            "mortgage",
            "credit card",
            "credit score",
            "tax",
            // (Not a retirement party.)
            "for retirement",
            "retirement savings",
            "retirement plan",
            "retirement account",
            "retire early",
            "pension",
            "savings",
            "saving for",
            "save for",
            "emergency fund",
            "net worth",
            "finance",
            "financial",
            "compound interest",
            "crypto",
            "bitcoin",
            "invest",
            "investing",
            "loan",
            "interest rate",
            "annuity",
        ],
    ),
    (
        "tech",
        &[
            "email",
            "computer",
            "laptop",
            "smartphone",
            "iphone",
            "ipad",
            "tablet",
            "wifi",
            "wi-fi",
            "password",
            "printer",
            "browser",
            "router",
            "bluetooth",
            "video call",
            "whatsapp",
            "screenshot",
        ],
    ),
];

/// Units of measure, as a conversion names them ([`converts`]).
#[rustfmt::skip]
const UNITS: &[&str] = &[
    "mile", "km", "kilometer", "kilometre", "meter", "metre", "foot", "feet", "inch",
    "inches", "cm", "yard", "pound", "lbs", "kg", "kilogram", "ounce", "oz", "gram",
    "fahrenheit", "celsius", "liter", "litre", "gallon", "mph", "kph", "stone",
];

/// What a pet is fed, in a draft about one's pet ([`Calls::of`]).
#[rustfmt::skip]
const PET_MEALS: &[&str] = &[
    "food", "foods", "nutrients", "nutrition", "diet", "treats", "feed", "feeding", "kibble",
    "meals",
];

impl Calls {
    /// `text` as [`spaced`] joins a draft's words.
    pub fn of(text: &str) -> Self {
        let mut tastes = TASTE_CUES
            .iter()
            .enumerate()
            .filter(|(_, cues)| names_any(text, cues))
            .fold(0u64, |bits, (k, _)| bits | 1 << k);
        let coding = names_any(text, CODING);
        let converts = converts(text);
        let devices = names_any(text, DEVICES);
        // ([`asks_what_to_eat`], with the other senses read once for both uses.)
        let not_eating = names_any(text, NOT_EATING);
        if names_any(text, EATING) && !not_eating {
            tastes |= 1 << FOOD;
        } else if names_any(text, ACTIVITIES) {
            tastes |= 1 << SIGHTS;
        }
        tastes |= goods::calls(text, coding, devices);
        // "What is the best food for my dog?": a pet's meal is none of the person's
        // (a walk to a café with one's dog still is).
        if tastes & 1 << goods::PET_CARE != 0 && names_any(text, PET_MEALS) {
            tastes &= !(1 << FOOD);
        }
        if names_any(text, WORKOUT_CUES) && !coding && !names_any(text, NOT_WORKOUT) {
            tastes |= 1 << WORKOUT;
        }
        if names_any(text, EATING_OUT) && !not_eating {
            tastes |= 1 << RESTAURANTS;
        }
        // "Good pubs near me?": what one drinks, and what one thinks of a night out.
        let drinks_out = names_any(text, BARS);
        if drinks_out {
            tastes |= 1 << FOOD | 1 << NIGHTLIFE | 1 << DRINK;
        }
        // "What cocktail should I make?", "a bottle of wine to bring" (not "shoes for a
        // cocktail party": what to wear).
        let dressed = [
            "cocktail party",
            "cocktail parties",
            "cocktail dress",
            "cocktail attire",
        ];
        if names_any(text, DRINK_CUES) && !names_any(text, &dressed) {
            tastes |= 1 << DRINK;
        }
        if devices {
            tastes |= 1 << TECH;
        }
        if names_any(text, WEARABLE_CUES) && !coding {
            tastes |= 1 << WEARABLES;
        }
        if names_any(text, REMEDY_CUES) {
            tastes |= 1 << REMEDIES;
        }
        // "Which companies should I apply to?" (Not in a draft about code.)
        let applying = names_any(text, &["apply", "applying"])
            && names_any(text, &["company", "companies", "position", "role", "job"]);
        if (names_any(text, WORK_CUES) || applying) && !coding {
            tastes |= 1 << WORK;
        }
        if names_any(text, THEATER_CUES)
            && !names_any(
                text,
                &[
                    "home theater",
                    "home theatre",
                    "movie theater",
                    "movie theatre",
                ],
            )
        {
            tastes |= 1 << THEATER;
        }
        if names_any(text, LODGING_CUES)
            && !names_any(text, &["resort to", "last resort", "hotel management"])
        {
            tastes |= 1 << LODGING;
        }
        if names_any(text, STUDYING) && !names_any(text, NOT_STUDYING) {
            tastes |= 1 << LEARNING;
        }
        // Where to live, or which city to take a job in: its climate and what living
        // there is like.
        if names_any(text, RELOCATING)
            || names_any(text, &["city", "cities"]) && names_any(text, &["job", "career"])
        {
            tastes |= 1 << 2 | 1 << LIVING;
        }
        // "a playlist for cooking dinner" asks for music, not a meal.
        if tastes & 1 << MUSIC != 0 {
            tastes &= !(1 << FOOD);
        }
        // "movies I can watch this weekend": the free time is for what is named.
        if tastes & (1 << MUSIC | 1 << BOOKS | 1 << SCREEN | 1 << GAMES | 1 << PODCASTS) != 0 {
            tastes &= !(1 << PASTIME);
        }
        // Free time is filled by outings ("I love hiking" for "What should I do this
        // weekend?"), but not a rainy day at home. Which outings: all, or only what an
        // adventure or a night out asks for ([`OUTDOORS`]).
        let free_time =
            tastes & 1 << PASTIME != 0 && !names_any(text, &["rainy", "at home", "indoors"]);
        if tastes & 1 << SIGHTS != 0 || free_time {
            let outdoors = names_any(text, ADVENTURE_CUES);
            let night = names_any(text, NIGHT_CUES);
            tastes &= !(1 << SIGHTS);
            tastes |= match (outdoors, night) {
                (false, false) => OUTINGS,
                _ => u64::from(outdoors) << OUTDOORS | u64::from(night) << NIGHTLIFE,
            };
        }
        // A weekend away is filled by pastimes too ("bouldering" for "Plan a weekend in
        // Colorado"), and an adventure ("rock climbing"); a night out is not.
        if tastes & (1 << SIGHTS | 1 << OUTDOORS) != 0 {
            tastes |= 1 << PASTIME;
        }
        // Cycling or walking gets one about and is exercise.
        if tastes & (1 << 0 | 1 << WORKOUT) != 0 {
            tastes |= 1 << MOVING;
        }
        // Crowds are a party's, a day out's, a bus's and a concert's.
        if tastes & (1 << 0 | 1 << 4 | OUTINGS) != 0 || names_any(text, LIVE_SHOWS) {
            tastes |= 1 << CROWDS;
        }
        // Motor racing is a thrill and an outing's noise.
        if tastes & (1 << SIGHTS | 1 << OUTDOORS) != 0 {
            tastes |= 1 << goods::MOTORSPORTS;
        }
        // "a mystery series", or "the best series with rich world-building" asked for
        // with nothing but what a story is like (not a time series, nor a comic book
        // series).
        let series = names_any(text, &["series"])
            && !names_any(
                text,
                &["book", "books", "novel", "novels", "comic", "comics"],
            )
            && named::open_request(text);
        // A city known for its casinos: what the person thinks of gambling bears on
        // any stay or day there.
        if names_any(text, GAMBLING_CITIES) {
            tastes |= 1 << NIGHTLIFE;
        }
        if named::names_genre_of_screen(text) || series {
            tastes |= 1 << SCREEN;
        }
        // (A series asked for is an open request already read.)
        let media = tastes & (1 << BOOKS | 1 << SCREEN | 1 << GAMES) != 0;
        if media && (series || named::open_request(text)) {
            for (medium, kinds) in [
                (BOOKS, 1 << GENRE | 1 << BOOK_KIND),
                (SCREEN, 1 << GENRE | 1 << SCREEN_KIND),
                (GAMES, 1 << GAME_KIND),
            ] {
                if tastes & 1 << medium != 0 {
                    tastes |= kinds;
                }
            }
        }
        // A text to write or read about a thing asks for no choice of one: "a poem
        // about a lonely hotel room", "a cover letter for a transportation company".
        if names_any(text, TEXT_TASKS) {
            tastes = 0;
        }
        Self {
            tastes,
            coding,
            money: names_any(text, FIELD_CUES[0].1),
            tech: names_any(text, FIELD_CUES[1].1),
            converts,
            drinks_out: drinks_out && tastes & 1 << LODGING == 0,
            on_foot: names_any(text, ON_FOOT),
        }
    }

    /// Whether a taste bears on the draft by the words it uses: a way of getting about
    /// for "how do I get from Paris to Amsterdam?", a climate for where to go, a seat
    /// for a flight, crowds or small talk for a party, sights or hikes for a weekend's
    /// plan, a genre for a playlist, a band, an author, a show or a game for what to
    /// hear, read, watch or play next; likes and dislikes alike. A food only disliked,
    /// for a recipe ([`FOOD`]). `work` is what the person said it is ([`taste_kind_in`]).
    /// (The profile reads the kind from its row index and asks [`Calls::taste_of_kind`];
    /// this reads it from the topic, for tests.)
    #[cfg(test)]
    pub fn taste(&self, topic: &str, work: Option<Work>, polarity: Polarity) -> bool {
        self.tastes != 0
            && taste_kind_in(topic, work).is_some_and(|k| self.taste_of_kind(k, polarity))
    }

    /// Whether the draft asks how one's own pet is fed or kept ("the best cat food",
    /// "nutrients for my cat"): its food is not the person's.
    /// Whether the draft goes on foot ("Plan a 5 mile hike near me").
    pub fn on_foot(&self) -> bool {
        self.on_foot
    }

    /// Whether the draft converts a measure ("How far is 5 miles in km?").
    pub fn converts(&self) -> bool {
        self.converts
    }

    /// Whether the draft asks for a bar and not for a place to stay ("Best bars in
    /// Soho?"): its lodging area is the embedding's mistake.
    pub fn drinks_out(&self) -> bool {
        self.drinks_out
    }

    pub fn about_pet_care(&self) -> bool {
        self.names_kind(goods::PET_CARE)
    }

    /// Whether the draft names a cue of any kind of taste.
    pub fn names_tastes(&self) -> bool {
        self.tastes != 0
    }

    /// Whether the draft names a cue of the `k`th kind of taste ([`taste_kind`]).
    pub fn names_kind(&self, k: u8) -> bool {
        self.tastes & 1 << k != 0
    }

    /// Whether the draft names a cue of the `k`th kind of taste or of one in its area
    /// ([`AREAS`]): "budget airlines" and a flight, "horror movies" and any film.
    pub fn names_area_of(&self, k: u8) -> bool {
        let area = AREAS
            .iter()
            .filter(|a| *a & 1 << k != 0)
            .fold(1u64 << k, |all, a| all | a);
        self.tastes & area != 0
    }

    /// [`Calls::names_kind`], for a taste of that kind and polarity.
    pub fn taste_of_kind(&self, k: u8, polarity: Polarity) -> bool {
        self.names_kind(k) && (k != FOOD || polarity == Polarity::Dislike)
    }

    /// How code is written ("typescript code examples", "type hints"), or a level of
    /// knowledge of a programming language, for a draft whose words are code's, which
    /// the static areas may read as files or text.
    pub fn style(&self, topic: &str) -> bool {
        if self.coding && (crate::extract::is_code_style(topic) || is_code_level(topic)) {
            return true;
        }
        // "beginner-level explanations of investing" for "Should I open a Roth IRA?".
        let named = [self.money, self.tech];
        crate::extract::level_field(topic)
            .and_then(level_area)
            .is_some_and(|field| {
                FIELD_CUES
                    .iter()
                    .zip(named)
                    .any(|(&(area, _), said)| said && area == field)
            })
    }
}

fn names_any(text: &str, cues: &[&str]) -> bool {
    cues.iter().any(|c| names(text, c))
}

/// A draft's words, lower-cased, with a space before and after each, to find whole
/// phrases in ([`fact_called_for`]).
pub fn spaced(draft: &str) -> String {
    let mut out = String::from(" ");
    for w in draft
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
    {
        out.push_str(&w.to_lowercase());
        out.push(' ');
    }
    out
}

/// Whether `text` ([`spaced`]) holds `cue` as whole words, singular or plural.
/// Compared at each word's start: a draft is a few dozen words, and this runs for
/// hundreds of cues per draft, where building a substring searcher per cue cost more
/// than the search.
fn names(text: &str, cue: &str) -> bool {
    let (text, cue) = (text.as_bytes(), cue.as_bytes());
    let Some(&first) = cue.first() else {
        return false;
    };
    text.iter().enumerate().any(|(at, &b)| {
        b == b' '
            && text.get(at + 1) == Some(&first)
            && text[at + 1..].starts_with(cue)
            && matches!(&text[at + 1 + cue.len()..], [b' ', ..] | [b's', b' ', ..])
    })
}

/// "lives in a tiny studio apartment": the home, not the town.
fn is_dwelling(topic: &str) -> bool {
    topic
        .strip_prefix("lives in a ")
        .or_else(|| topic.strip_prefix("lives in an "))
        .and_then(|w| w.rsplit(' ').next())
        .is_some_and(|w| {
            matches!(
                w,
                "apartment"
                    | "flat"
                    | "studio"
                    | "house"
                    | "condo"
                    | "dorm"
                    | "rv"
                    | "van"
                    | "cabin"
                    | "bungalow"
                    | "loft"
                    | "basement"
                    | "townhouse"
                    | "houseboat"
            )
        })
}

/// Whether a dislike bears on a draft by the words it uses: "I don't drink alcohol" for
/// a party or a night out. `text` as for [`fact_called_for`].
pub fn avoidance_called_for(topic: &str, text: &str) -> bool {
    let cues: &[&str] = match topic {
        "alcohol" | "drinking" | "booze" | "drinking alcohol" | "beer" | "wine" | "liquor" => &[
            "party",
            "bbq",
            "barbecue",
            "cookout",
            "tailgate",
            "bar",
            "cocktail",
            "drinks",
            "celebration",
            "wedding",
            "bachelorette",
            "bachelor",
            "happy hour",
            "pub",
            "toast",
            "brunch",
            "night out",
            "winery",
            "wineries",
            "wine tasting",
            "vineyard",
            "brewery",
        ],
        // "caffeine", "consuming caffeine", "caffeinated beverages".
        t if t
            .split(' ')
            .any(|w| matches!(w, "caffeine" | "caffeinated")) =>
        {
            DRINKS
        }
        // Pollen is met outdoors as much as in a vase.
        t if t.split(' ').any(|w| w == "pollen") => {
            return names_plants(text)
                || names_any(
                    text,
                    &["outdoor", "outdoors", "picnic", "park", "hike", "hiking"],
                );
        }
        t if t
            .split(' ')
            .any(|w| matches!(w, "flowers" | "plants" | "houseplants")) =>
        {
            return names_plants(text);
        }
        _ => return false,
    };
    names_any(text, cues)
}

/// Whether a draft ([`spaced`]) is about plants or flowers: "make my office greener", "a
/// bouquet" (not a factory: "safety training in my manufacturing plant").
fn names_plants(text: &str) -> bool {
    names_any(
        text,
        &[
            "plant",
            "flower",
            "bouquet",
            "garden",
            "gardening",
            "greener",
            "greenery",
            "houseplant",
            "florist",
        ],
    ) && !names_any(
        text,
        &[
            "manufacturing plant",
            "power plant",
            "processing plant",
            "plant manager",
        ],
    )
}

/// "has a daughter allergic to peanuts", "has kids who avoid vegetables", as the
/// extractor words what someone in the household cannot or will not eat.
pub fn is_household_allergy(topic: &str) -> bool {
    topic.starts_with("has ")
        && [" allergic to ", " who avoids ", " who avoid "]
            .iter()
            .any(|w| topic.contains(w))
}

/// One of the household and what they like or dislike ("has kids who love dinosaurs"
/// is *kids*, *dinosaurs*; "has a wife who dislikes spicy food").
fn member_taste(topic: &str) -> Option<(&str, &str)> {
    let (who, does) = crate::extract::member_doing(topic)?;
    let (verb, what) = does.split_once(' ')?;
    matches!(
        verb,
        "loves" | "love" | "likes" | "like" | "dislikes" | "dislike"
    )
    .then_some((who, what))
}

/// Words of a draft that name a child of the household, or the family it is for.
const CHILDREN: &[&str] = &[
    "kid",
    "child",
    "children",
    "son",
    "daughter",
    "year old",
    "toddler",
    "family",
    "grandkid",
    "grandson",
    "granddaughter",
    "boy",
    "girl",
    "teen",
    "teenager",
];

/// Words of a draft about a treat for someone: a gift, a party, a day out, a story.
/// What one of the household loves is called for by them.
const TREATS: &[&str] = &[
    "gift",
    "present",
    "birthday",
    "party",
    "anniversary",
    "christmas",
    "stocking stuffer",
    "surprise",
    "date night",
    "date idea",
    "activity",
    "activities",
    "things to do",
    "day out",
    "day trip",
    "weekend",
    "story",
    "theme",
    "craft",
];

/// How someone the person cooks for eats ("has picky-eater kids", "has a vegan wife"):
/// it bears on meals, not on every drink or trip.
fn is_household_diet(topic: &str) -> bool {
    topic
        .strip_prefix("has ")
        .is_some_and(|w| w.split(' ').any(crate::extract::is_eating_word))
}

/// A diet the person keeps ("vegan diet", "lactose intolerance", as the extractor words
/// them): it shapes every meal.
pub fn is_diet(topic: &str) -> bool {
    topic.ends_with(" diet") || matches!(topic, "lactose intolerance" | "intermittent fasting")
}

/// The areas a style wish is limited to: how code is written matters to a coding draft,
/// not to a hotel booking; a level of knowledge said of a field ("beginner-level
/// explanations of cooking") matters to drafts in the area whose words name the field,
/// or, when none does, to drafts near it in meaning (no area). `None` for wishes about
/// any answer ("concise answers").
pub fn style_areas(topic: &str) -> Option<&'static [&'static str]> {
    const CODING: &[&str] = &["coding", "tech"];
    if crate::extract::is_code_style(topic) || is_code_level(topic) {
        return Some(CODING);
    }
    let field = crate::extract::level_field(topic)?;
    // (A static, so the found name lives as long as the slice returned.)
    static AREAS: &[(&str, &str)] = DOMAINS;
    let named = AREAS
        .iter()
        .find(|(name, _)| Some(*name) == level_area(field));
    // Money's words take in gifts and shopping: a level of investing goes with drafts
    // that name money itself ([`FIELD_CUES`]) or are near it in meaning, not with a
    // gift for one's wife.
    Some(match named {
        Some((name, _)) if *name != "money" => std::slice::from_ref(name),
        _ => &[],
    })
}

/// The area whose words name the field of a level of knowledge ("cooking" is food,
/// "investing" money).
fn level_area(field: &str) -> Option<&'static str> {
    DOMAINS
        .iter()
        .find(|(name, line)| {
            field
                .split(' ')
                .any(|w| w == *name || line.split(' ').any(|l| l == w))
        })
        .map(|&(name, _)| name)
}

/// The areas where a strict avoidance ("allergic to shellfish") of a common allergen
/// matters although the draft does not name it: every meal, recipe and restaurant. The
/// allergens are named because a table of static token vectors places some of them
/// poorly ("shellfish" nearer pets than food); other foods reach food drafts by meaning.
pub fn avoidance_areas(topic: &str) -> &'static [&'static str] {
    let allergen = topic.split(' ').any(|w| {
        matches!(
            w,
            "peanuts"
                | "peanut"
                | "nuts"
                | "nut"
                | "dairy"
                | "milk"
                | "lactose"
                | "eggs"
                | "egg"
                | "fish"
                | "shellfish"
                | "shrimp"
                | "prawns"
                | "crab"
                | "lobster"
                | "soy"
                | "wheat"
                | "gluten"
                | "sesame"
                | "mustard"
                | "celery"
                | "sulfites"
                | "sulphites"
                | "molluscs"
                | "mussels"
                | "oysters"
                | "cashews"
                | "almonds"
                | "coconut"
        )
    });
    // "I'm terrified of flying", "I can't stand boats": a way of travelling refused
    // outright shapes every trip, however the draft is worded.
    let travel = matches!(
        topic,
        "flying"
            | "flights"
            | "planes"
            | "airplanes"
            | "air travel"
            | "boats"
            | "ferries"
            | "cruises"
            | "driving"
            | "long drives"
    );
    if allergen {
        &["food"]
    } else if travel {
        &["travel", "transport"]
    } else {
        &[]
    }
}

/// Where an allergy, and only an allergy, shapes advice beyond [`avoidance_areas`]: to
/// an animal, a pet to get, a pet café, a friend's dog; to coconut, shampoos and creams
/// as much as food. ("I can't stand cats" is no reason to speak of cats for dog food.)
pub fn allergy_areas(topic: &str) -> &'static [&'static str] {
    if matches!(
        topic,
        "cats" | "dogs" | "pets" | "pet dander" | "cat dander" | "dog dander" | "animal dander"
    ) {
        &["pets"]
    } else if topic.split(' ').any(|w| w == "coconut") {
        &["food", "beauty"]
    } else {
        &[]
    }
}

/// "a college student", "an engineering student", as the extractor words them.
fn is_student(topic: &str) -> bool {
    (topic.starts_with("a ") || topic.starts_with("an ")) && topic.ends_with(" student")
}

/// A level of knowledge of code: "expert-level explanations of rust", "beginner-level
/// explanations of coding".
fn is_code_level(topic: &str) -> bool {
    crate::extract::level_field(topic).is_some_and(|f| {
        matches!(f, "coding" | "programming" | "code" | "software")
            || f.split(' ').any(crate::extract::is_programming_language)
    })
}

/// Where a style wish said once still goes with a draft far from it in meaning: a wish
/// about code ([`style_areas`]) with coding drafts, words to leave out ("the phrase i hope
/// this helps") with drafts that ask for prose.
pub fn style_lift_areas(topic: &str) -> &'static [&'static str] {
    if let Some(limited) = style_areas(topic) {
        limited
    } else if topic.starts_with("the word ") || topic.starts_with("the phrase ") {
        &["writing"]
    } else {
        &[]
    }
}

/// A condition of the body, the senses or the mind ([`condition_areas`]).
pub fn is_condition(topic: &str) -> bool {
    condition_areas(topic).is_some()
}

/// Where a condition of the body, the senses or the mind shapes advice: a wheelchair or
/// bad knees for a trip or a workout, deafness for what to watch, dyslexia for what to
/// read and how to study, ADHD for work and study plans. One of the household's is
/// read as the person's own ("has a son with adhd").
fn condition_areas(topic: &str) -> Option<&'static [&'static str]> {
    if let Some(own) = crate::extract::condition_of_member(topic) {
        return condition_areas(&own);
    }
    Some(match topic {
        "uses a wheelchair" | "disabled" | "has bad knees" | "has a bad back" | "has a bad hip"
        | "has a bad ankle" | "has a bad shoulder" | "has arthritis" | "has chronic pain" => {
            &["travel", "lodging", "transport", "fitness", "sports"]
        }
        "deaf" | "hard of hearing" => &["screen", "travel", "tech"],
        "blind" | "visually impaired" | "uses a screen reader" => &["tech", "travel", "books"],
        "dyslexic" => &["learning", "books", "writing"],
        "has adhd" | "autistic" => &["work", "learning"],
        "has asthma" => &["fitness", "sports", "travel"],
        "has flat feet" | "has wide feet" | "has high arches" | "has plantar fasciitis" => {
            &["fitness", "sports"]
        }
        "has migraines" | "has insomnia" | "has anxiety" => &["health"],
        "has diabetes" => &["food", "fitness", "health"],
        "pregnant" | "expecting a baby" | "breastfeeding" | "postpartum" => {
            &["health", "family", "fitness"]
        }
        // Raising a first child: advice that assumes nothing.
        "a first-time parent" => &["family", "health"],
        t if t.starts_with("recovering from ") => &["fitness", "sports", "travel", "health"],
        _ => return None,
    })
}

/// Softmax temperature over cosines: sharp enough that a vector belongs to one or two
/// areas (cosines to the centroids differ by a few hundredths).
const TEMPERATURE: f32 = 0.05;

/// The domains' centroids in one model's space.
#[derive(Debug, Clone)]
pub struct Domains {
    centroids: Vec<Vec<f32>>,
}

impl Domains {
    /// The texts a remote model must be asked for before [`Domains::new`].
    pub fn texts() -> impl Iterator<Item = &'static str> {
        DOMAINS.iter().map(|(_, words)| *words)
    }

    /// Centroids embedded by `model`; `None` when it cannot embed every line (then
    /// relevance is plain cosine).
    pub fn new(model: &dyn Embed) -> Option<Self> {
        let centroids: Vec<Vec<f32>> = Self::texts()
            .map(|t| model.embed(t).filter(|v| v.len() == model.dim()))
            .collect::<Option<_>>()?;
        Some(Self { centroids })
    }

    /// Length of the vectors this compares.
    pub fn dim(&self) -> usize {
        self.centroids.first().map_or(0, Vec::len)
    }

    /// How much of `v` belongs to each domain: non-negative, summing to 1. Empty when
    /// `v` is not of this model's length.
    pub fn profile(&self, v: &[f32]) -> Vec<f32> {
        if v.len() != self.dim() {
            return Vec::new();
        }
        let cos: Vec<f32> = self.centroids.iter().map(|c| dot(c, v)).collect();
        let top = cos.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let mut p: Vec<f32> = cos
            .iter()
            .map(|&c| ((c - top) / TEMPERATURE).exp())
            .collect();
        let sum: f32 = p.iter().sum();
        if !(sum.is_finite() && sum > 0.0) {
            return Vec::new();
        }
        p.iter_mut().for_each(|x| *x /= sum);
        p
    }

    /// How far two profiles share their domains: 1 when both sit wholly in one, 0
    /// when they share none (or either is empty).
    pub fn agreement(a: &[f32], b: &[f32]) -> f32 {
        if a.len() != b.len() {
            return 0.0;
        }
        dot(a, b).clamp(0.0, 1.0)
    }

    /// The domain two profiles most share, when each sits at least half in it: the
    /// popup's "why" for a memory chosen for a draft ("food").
    pub fn shared(a: &[f32], b: &[f32]) -> Option<&'static str> {
        if a.len() != b.len() || a.len() != DOMAINS.len() {
            return None;
        }
        let (k, _) = a
            .iter()
            .zip(b)
            .map(|(x, y)| x.min(*y))
            .enumerate()
            .max_by(|x, y| x.1.total_cmp(&y.1))
            .filter(|&(_, m)| m >= 0.5)?;
        Some(DOMAINS[k].0)
    }

    /// How much of a profile lies in the named areas.
    pub fn mass(profile: &[f32], areas: &[&str]) -> f32 {
        if profile.len() != DOMAINS.len() {
            return 0.0;
        }
        DOMAINS
            .iter()
            .zip(profile)
            .filter(|((name, _), _)| areas.contains(name))
            .map(|(_, p)| p)
            .sum()
    }

    /// Name of `v`'s most likely domain.
    pub fn name_of(&self, v: &[f32]) -> Option<&'static str> {
        let p = self.profile(v);
        let best = (0..p.len()).max_by(|&a, &b| p[a].total_cmp(&p[b]))?;
        Some(DOMAINS[best].0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::embed::StaticModel;

    fn model() -> &'static StaticModel<'static> {
        StaticModel::embedded()
    }

    fn domains() -> Domains {
        Domains::new(model()).expect("every domain line embeds")
    }

    fn v(text: &str) -> Vec<f32> {
        model().embed(text).unwrap()
    }

    #[test]
    fn a_cue_is_found_as_whole_words_singular_or_plural() {
        let text = spaced("Make a chart, or two Charts; plot a bit-map? my dog's walk");
        assert!(names(&text, "chart"));
        assert!(names(&text, "make a chart"));
        assert!(!names(&text, "char"));
        assert!(!names(&text, "map"));
        assert!(names(&text, "bit-map"));
        assert!(!names(&text, "art"));
        assert!(fact_called_for(
            "colorblind",
            &spaced("Make a chart of my expenses")
        ));
        assert!(!fact_called_for(
            "colorblind",
            &spaced("Summarize the plot of Hamlet")
        ));
        assert!(fact_called_for(
            "has a dog",
            &spaced("A routine for my dogs?")
        ));
        assert!(!fact_called_for(
            "has a dog",
            &spaced("Is a dog a good pet?")
        ));
    }

    #[test]
    fn a_bar_calls_for_a_night_out_and_a_conversion_for_no_fact() {
        // A level of knowledge of money or of devices, by the words of either.
        let ira = Calls::of(&spaced("Should I open a Roth IRA?"));
        assert!(ira.style("beginner-level explanations of investing"));
        assert!(!ira.style("beginner-level explanations of technology"));
        assert!(!ira.style("concise answers"));
        let email = Calls::of(&spaced("How do I set up email on my computer?"));
        assert!(email.style("beginner-level explanations of technology"));
        assert!(!email.style("beginner-level explanations of investing"));
        assert!(!Calls::of(&spaced("Chicken stock recipe"))
            .style("beginner-level explanations of investing"));
        let pubs = Calls::of(&spaced("Good pubs near me for tonight?"));
        assert!(pubs.names_kind(NIGHTLIFE) && pubs.drinks_out() && !pubs.converts());
        assert!(!Calls::of(&spaced("A hotel with a rooftop bar in Rome?")).drinks_out());
        let bar = Calls::of(&spaced("How do I add a progress bar in Python?"));
        assert!(!bar.names_kind(NIGHTLIFE));
        assert!(Calls::of(&spaced("How far is 5 miles in km?")).converts());
        assert!(Calls::of(&spaced("convert 70 F to celsius")).converts());
        assert!(!Calls::of(&spaced("Plan a 5 mile hike near me")).converts());
        let walk = "I want to lose 10 pounds, how many miles should I walk a day?";
        assert!(!Calls::of(&spaced(walk)).converts());
    }

    #[test]
    fn what_the_body_must_fit_is_called_for_by_what_it_must_fit_into() {
        let seat = spaced("Which seat should I pick on a 10 hour flight?");
        assert!(fact_called_for("tall", &seat));
        assert!(!fact_called_for("tall", &spaced("Plan a week in Rome")));
        let vr = spaced("Which VR headset should I buy?");
        assert!(fact_called_for("wears glasses", &vr));
        assert!(!fact_called_for("wears glasses", &seat));
        let groceries = spaced("Best way to get my groceries home?");
        assert!(fact_called_for("does not drive", &groceries));
        assert!(fact_called_for(
            "plays violin",
            &spaced("tips for practicing scales")
        ));
        assert!(!fact_called_for(
            "plays tennis",
            &spaced("tips for practicing scales")
        ));
        let day = spaced("Plan my daily schedule");
        assert!(fact_called_for("works out in the morning", &day));
        assert!(!fact_called_for("works out at home", &day));
        // A medicine, by what may not go with it.
        let ibuprofen = spaced("Is it safe to take ibuprofen?");
        assert!(fact_called_for("on blood thinners", &ibuprofen));
        assert!(fact_called_for(
            "on warfarin",
            &spaced("A kale salad recipe")
        ));
        assert!(!fact_called_for(
            "on insulin",
            &spaced("A kale salad recipe")
        ));
        assert!(fact_called_for("on maois", &spaced("Is aged cheese ok?")));
        assert!(!fact_called_for(
            "on blood thinners",
            &spaced("Plan a week in Rome")
        ));
        let snorkel = spaced("Plan a snorkeling day in Maui");
        assert!(fact_called_for("does not swim", &snorkel));
        assert!(!fact_called_for("claustrophobic", &snorkel));
        assert!(fact_called_for(
            "claustrophobic",
            &spaced("Is it safe to visit the caves in Vietnam?")
        ));
        assert!(fact_called_for(
            "breastfeeding",
            &spaced("Can I have coffee?")
        ));
        // A move to come calls for a home to find, not for a trip.
        let flat = spaced("Find me an apartment with good transit");
        assert!(fact_called_for("moving to denver", &flat));
        assert!(fact_areas("moving to denver").is_empty());
        assert!(fact_called_for(
            "manages a team",
            &spaced("How do I run a good one-on-one?")
        ));
        assert!(fact_called_for(
            "owns a small bakery",
            &spaced("Help me do my taxes this year")
        ));
        assert!(fact_called_for(
            "has a tiny kitchen",
            &spaced("Should I buy a stand mixer?")
        ));
        assert!(fact_called_for(
            "on my feet all day",
            &spaced("What sneakers should I buy?")
        ));
        assert!(fact_called_for(
            "has little time to cook",
            &spaced("What should I make for dinner?")
        ));
        assert!(fact_called_for(
            "a first-time home buyer",
            &spaced("How big a down payment do I need?")
        ));
        assert!(!fact_called_for(
            "a first-time home buyer",
            &spaced("House party ideas?")
        ));
        assert!(fact_called_for(
            "a first-time home buyer",
            &spaced("Should I buy a condo or a townhouse?")
        ));
        assert!(!fact_called_for(
            "spontaneous",
            &spaced("A brunch recipe for the weekend")
        ));
        // One of the household's conditions is called for as the person's own.
        assert!(fact_called_for(
            "has a son with adhd",
            &spaced("How can I help my son focus on homework?")
        ));
        assert_eq!(
            fact_areas("has a wife with a wheelchair"),
            fact_areas("uses a wheelchair")
        );
        assert!(fact_called_for(
            "a grad student",
            &spaced("Write a cover letter for a research assistant job")
        ));
        assert!(fact_called_for(
            "cooks",
            &spaced("Which chef's knife should I buy?")
        ));
        assert!(fact_called_for(
            "meal preps",
            &spaced("Plan my meals for the week")
        ));
        assert!(fact_areas("cooks").is_empty() && fact_areas("meal preps").is_empty());
        assert!(fact_called_for(
            "commutes by train",
            &spaced("How long is my commute going to be?")
        ));
    }

    #[test]
    fn tastes_and_code_wishes_are_called_for_by_the_words_of_their_drafts() {
        let called =
            |topic: &str, draft: &str| Calls::of(&spaced(draft)).taste(topic, None, Polarity::Like);
        // A way of exercising, for a workout (not a writing exercise).
        assert!(called("running", "Give me a cardio workout plan"));
        assert!(called("hiit workouts", "How can I build muscle at home?"));
        assert!(!called(
            "running",
            "Give me a writing exercise for my class"
        ));
        // Nor what to eat around one.
        assert!(!called(
            "yoga",
            "What are some high-protein options you'd recommend for me to have after a workout?"
        ));
        assert!(!called(
            "running",
            "Good portable snacks for my workout sessions?"
        ));
        assert!(called(
            "yoga",
            "What's a good workout to improve my endurance?"
        ));
        assert!(called("trains", "How do I get from Paris to Amsterdam?"));
        assert!(called("walking", "Plan a day in Boston"));
        assert!(!called("trains", "How do I add a route in Express?"));
        assert!(called("window seat", "Tips for a long flight"));
        // Getting about a city, or from one to another; a place to stay.
        assert!(called(
            "ride-sharing services",
            "Transportation options in Chicago?"
        ));
        assert!(called(
            "taking subways",
            "Best way to commute around Boston?"
        ));
        assert!(called(
            "crowded buses",
            "What's the best way to get around Rome?"
        ));
        assert!(called(
            "direct flights",
            "I need to travel from Sydney to Vancouver"
        ));
        assert!(!called(
            "direct flights",
            "What's the best way to get around Rome?"
        ));
        assert!(called("chain hotels", "Where should I stay in Lisbon?"));
        assert!(called("all-inclusive resorts", "Accommodations in Cancun?"));
        assert!(called("rvs", "Comfortable accommodations for a road trip?"));
        assert!(!called(
            "chain hotels",
            "I had to resort to a VPN; why is it slow?"
        ));
        assert!(called("ghost tours", "Fun things to do in Salem?"));
        // What an activity or a story holds does not make it another kind.
        assert!(called(
            "activities that involve animals in captivity",
            "Memorable experiences for me in San Diego?"
        ));
        assert!(!called(
            "activities that involve animals in captivity",
            "Give me a cardio workout plan"
        ));
        assert!(called(
            "fitness activities that involve loud music",
            "Group fitness classes to try?"
        ));
        assert!(called(
            "vr games with flying",
            "Recommend some games I'd enjoy"
        ));
        assert!(!called(
            "vr games with flying",
            "Direct flights from Boston?"
        ));
        assert!(called(
            "content based on true crime events",
            "Recommend some gripping movies or series"
        ));
        assert!(called("superhero comics", "Recommend some graphic novels"));
        assert!(called("sci-fi genres", "Recommend me a book"));
        assert!(!called(
            "sci-fi genres",
            "New music artists I should check out?"
        ));
        assert!(called(
            "turn-based combat",
            "What are some great RPGs for my PS5?"
        ));
        // A stage show; where to live, whatever is near it; a smell.
        assert!(called(
            "musical theater",
            "Must-see theater productions in London?"
        ));
        assert!(!called(
            "musical instruments",
            "Must-see theater productions in London?"
        ));
        assert!(!called(
            "musical theater",
            "How do I set up a home theater system?"
        ));
        assert!(called(
            "living in close proximity to museums",
            "Which city should I relocate to?"
        ));
        assert!(called(
            "high-density urban areas with a lot of noise",
            "A neighborhood in Tokyo where I might enjoy living?"
        ));
        assert!(called("lavender", "Essential oils for my yoga practice?"));
        assert!(called("ocean", "Must-try activities in Hawaii?"));
        assert!(called("ocean", "What should I do on my trip to Maui?"));
        assert!(called(
            "games with flying",
            "Recommend some games I'd enjoy"
        ));
        assert!(called(
            "true crime events",
            "Recommend some gripping movies"
        ));
        assert!(!called("ocean views", "Must-try activities in Hawaii?"));
        assert!(called(
            "paranormal ghost-related activities",
            "Evening activities in New Orleans?"
        ));
        assert!(called(
            "meditation retreats",
            "What activities would you recommend in Bali?"
        ));
        assert!(!called(
            "team-building retreats",
            "What activities would you recommend in Bali?"
        ));
        assert!(called(
            "staying in historic properties",
            "Best hotels for my stay in Rome?"
        ));
        assert!(called(
            "products with amoled displays",
            "The best smartphone for me?"
        ));
        assert!(called(
            "chemical-based skin care products",
            "Skincare routines I can follow?"
        ));
        assert!(called(
            "mindfulness techniques that involve meditation",
            "How can I manage stress and improve my mental wellness?"
        ));
        let disliked = |topic: &str, draft: &str| {
            Calls::of(&spaced(draft)).taste(topic, None, Polarity::Dislike)
        };
        assert!(disliked(
            "barley",
            "Authentic Italian dishes to try in Rome?"
        ));
        assert!(disliked(
            "natural sugars",
            "Healthy post-workout recovery drinks?"
        ));
        // Ways of learning, for resources to learn or master a subject.
        assert!(called(
            "learning through storytelling",
            "Resources to help me understand economics?"
        ));
        assert!(called(
            "using online forums for learning",
            "How can I improve my skills in graphic design?"
        ));
        assert!(!called(
            "learning through storytelling",
            "Resources for my dog's anxiety?"
        ));
        assert!(called(
            "research papers",
            "Best way to stay updated on developments in AI?"
        ));
        assert!(called(
            "museums",
            "Cultural experiences to try in Florence?"
        ));
        // A remedy for an ailment; a way of exercising by what it spares; tech bought.
        assert!(called(
            "natural remedies",
            "What can I take for a tension headache?"
        ));
        assert!(called(
            "supplements",
            "How can I get more vitamin D in winter?"
        ));
        assert!(!called(
            "natural remedies",
            "Write a SQL query to find duplicate rows"
        ));
        assert!(called(
            "high-impact exercise",
            "Suggest a 20-minute home workout"
        ));
        assert!(called(
            "physical activity that involves jumping",
            "Fun exercise classes?"
        ));
        assert!(called(
            "subscription software",
            "Good photo editing software for my desktop?"
        ));
        assert!(called(
            "shopping for technology products from smaller",
            "Which wireless speaker system should I buy?"
        ));
        // A kind's area: any film for a genre, a flight for a way of getting about.
        let area = |topic: &str, draft: &str| {
            let k = taste_kind(topic).unwrap();
            Calls::of(&spaced(draft)).names_area_of(k)
        };
        assert!(area(
            "horror movies",
            "Recommend some recent blockbuster films"
        ));
        assert!(area("flying", "Which airlines fly to Lisbon?"));
        assert!(area(
            "aquatic animals as pets",
            "Which pet suits a small apartment?"
        ));
        assert!(!area(
            "hotels on high floors",
            "Must-try restaurants in London?"
        ));
        assert!(!area(
            "games that focus on sports",
            "Where can I watch sports in Boston?"
        ));
        // Where one eats out, for eating out; a food for both.
        assert!(!area(
            "eating at chain restaurants",
            "Can you recommend some protein-rich foods I should add to my diet?"
        ));
        assert!(area(
            "kosher-certified restaurants",
            "I'm heading to Miami soon. Where should I plan to eat?"
        ));
        assert!(area("spicy food", "Must-try restaurants in Bangkok?"));
        // Fabrics for what one wears or furnishes, not for makeup or a pet.
        assert!(area("leather products", "Which winter boots should I buy?"));
        assert!(!area(
            "leather products",
            "Must-have makeup products for me?"
        ));
        assert!(area("animal-derived materials", "Help me find a warm coat"));
        assert!(!area(
            "animal-derived materials",
            "What are some unique pets I could consider?"
        ));
        assert!(area(
            "floral fragrances",
            "Must-have makeup products for me?"
        ));
        // A text about a thing asks for no choice of one.
        assert!(!called(
            "public transportation",
            "Write a cover letter for a transportation company"
        ));
        assert!(!called("chain hotels", "Write a poem about a hotel room"));
        assert!(called("warm places", "Where should I go in February?"));
        assert!(!called("warm places", "What to wear to a beach wedding"));
        // A long topic that names the weather is about something else.
        assert!(!called(
            "living in places with hot humid climates",
            "Where should I go?"
        ));
        assert!(!called("hot soup", "Where should I go?"));
        assert!(!called("hot coffee", "Where should I go?"));
        assert!(called("hot coffee", "A cafe near me"));
        assert!(called("small talk", "Survive a networking mixer"));
        // Crowds matter to a party and to a day out.
        assert!(called("crowds", "Survive a networking mixer"));
        assert!(called("crowded places", "Plan a day in Rome for me"));
        assert!(!called("small talk", "Plan a day in Rome for me"));
        assert!(!called("crowded places", "What should I cook tonight?"));
        assert!(called("hiking", "Plan a weekend in Colorado"));
        assert!(!called("hiking", "Recommend a documentary for tonight"));
        assert!(!called("small talk", "The Labour party's tax plan"));
        assert!(!called("jazz", "Where should I go tonight?"));
        assert!(called(
            "heavy metal music",
            "Make me a playlist for a road trip"
        ));
        assert!(called("jazz", "Recommend some new albums"));
        assert!(!called("jazz", "Explain the concert of Europe"));
        assert!(!called("jazz", "Which artists painted the Sistine Chapel?"));
        assert!(!called(
            "restaurants with loud live music",
            "Upbeat music for a party"
        ));
        // What the person will not eat goes with a recipe; a favourite food does not.
        let disliked = |topic: &str, draft: &str| {
            Calls::of(&spaced(draft)).taste(topic, None, Polarity::Dislike)
        };
        assert!(disliked("cilantro", "Give me a recipe for fish tacos"));
        assert!(disliked("eggplant", "Suggest a vegetable side dish"));
        assert!(disliked(
            "pineapple on pizza",
            "What toppings should I order?"
        ));
        assert!(disliked("brussels sprouts", "How do I cook a turkey?"));
        assert!(!disliked(
            "cilantro",
            "Make me a playlist for cooking dinner"
        ));
        assert!(!called("cilantro", "Give me a recipe for fish tacos"));
        assert!(!disliked("cilantro", "Plan a weekend in Lisbon"));
        assert!(!disliked("cookie banners", "Give me a recipe for cookies"));
        assert!(!disliked("spaghetti code", "How do I cook spaghetti?"));
        assert!(!disliked("traffic jams", "Give me a recipe for jam"));
        assert!(!disliked("crowds", "Give me a recipe for bread"));
        // A genre or a kind of book or show, for an open request for one only.
        assert!(disliked("horror", "What movie should we watch tonight?"));
        assert!(called("cozy mysteries", "Recommend me a book"));
        assert!(disliked(
            "fantasy",
            "Any good new TV shows I should start watching?"
        ));
        assert!(!disliked(
            "historical fiction",
            "Can you suggest some family-friendly movies that would be enjoyable for an adult like me?"
        ));
        assert!(!disliked(
            "superhero comic books",
            "Could you suggest some engaging audiobooks on economics?"
        ));
        assert!(!called("video games", "Recommend me a book"));
        // Pastimes, for free time; outings too, but not for a rainy day at home.
        assert!(called("painting", "Ideas for a rainy weekend?"));
        assert!(called("bouldering", "Plan a weekend in Colorado"));
        assert!(called(
            "board game nights",
            "What should I do this weekend?"
        ));
        assert!(called("hiking", "What should I do this weekend?"));
        assert!(!disliked(
            "museums",
            "What are fun things to do with kids on a rainy day at home?"
        ));
        assert!(!called("painting", "Movies I can watch this weekend?"));
        assert!(!called("painting", "How do I paint a bedroom wall?"));
        // A band, an author, a show or a game, by what the person said it is.
        let named = |work: Work, draft: &str| {
            Calls::of(&spaced(draft)).taste("radiohead", Some(work), Polarity::Like)
        };
        assert!(named(Work::Music, "Recommend some albums like In Rainbows"));
        assert!(named(Work::Music, "What should I listen to on the drive?"));
        assert!(named(Work::Books, "What book should I read next?"));
        assert!(named(Work::Books, "Good beach reads?"));
        assert!(named(Work::Screen, "What should I binge next?"));
        assert!(named(Work::Screen, "Any documentaries about space?"));
        assert!(named(Work::Games, "Recommend a game for my new Switch"));
        assert!(named(Work::Podcasts, "Recommend a podcast for my commute"));
        assert!(called(
            "true crime podcasts",
            "Any podcast recommendations?"
        ));
        assert!(!called(
            "true crime podcasts",
            "Recommend a book about Rome"
        ));
        assert!(!named(Work::Music, "What should I read next?"));
        assert!(!named(Work::Books, "Book a table for two"));
        assert!(!named(Work::Books, "Make this easier to read"));
        assert!(!named(Work::Screen, "Show me how to sort a list in Python"));
        assert!(!named(
            Work::Screen,
            "Explain how a time series model works"
        ));
        assert!(!named(Work::Screen, "Which smart watch should I buy?"));
        assert!(!named(Work::Games, "What's our game plan for the launch?"));
        assert!(!Calls::of(&spaced("What book should I read next?")).taste(
            "radiohead",
            None,
            Polarity::Like
        ));
        // What one will not eat, for a dish to try or a place to eat, not for the dishes
        // to wash or what to wear to dinner; a kind of restaurant for where to eat.
        assert!(disliked(
            "spicy food",
            "What local dishes should I try in Thailand?"
        ));
        assert!(disliked("animal products", "Must-try dishes in Tokyo?"));
        assert!(!disliked(
            "clothing made from animal products",
            "Must-try dishes in Tokyo?"
        ));
        assert!(!disliked("cilantro", "How do I wash dishes faster?"));
        assert!(!disliked(
            "seafood",
            "What should I wear to a dinner party?"
        ));
        assert!(disliked(
            "chain restaurants",
            "Where should we eat tonight?"
        ));
        assert!(called("fine dining", "Brunch spots in Brooklyn?"));
        assert!(!disliked(
            "chain restaurants",
            "Which dining table fits a small room?"
        ));
        assert!(!called("chain restaurants", "Give me a recipe for chili"));
        let abroad = spaced("What local dishes should I try in Italy?");
        assert!(fact_called_for("vegan diet", &abroad));
        assert!(!fact_called_for(
            "vegan diet",
            &spaced("What's the best dog food for a puppy?")
        ));
        assert!(avoidance_called_for(
            "consuming caffeine",
            &spaced("Drinks to keep me energized at work?")
        ));
        assert!(!avoidance_called_for("caffeine", &abroad));
        // What a place to live is like, and a climate, for where to move.
        let moving = "Which cities should I consider moving to?";
        assert!(disliked("humid weather", moving));
        assert!(disliked(
            "living in areas with heavy traffic congestion",
            moving
        ));
        assert!(disliked("areas with high housing costs", moving));
        assert!(disliked(
            "big cities",
            "Where should I live after I retire?"
        ));
        assert!(called(
            "living by the sea",
            "Good places to live in California?"
        ));
        assert!(disliked(
            "long harsh winters",
            "Which cities would you recommend for my new job in marketing?"
        ));
        assert!(!disliked("humid weather", "How can I live a happier life?"));
        assert!(!disliked(
            "high crime areas",
            "How do I move a file to another folder?"
        ));
        assert!(!disliked("content based on true crime events", moving));
        assert!(!disliked("activities in cold weather", moving));
        assert!(!disliked("winter sports", moving));
        // Ways of learning by their practice.
        assert!(called(
            "hands-on projects",
            "How should I go about learning electronics?"
        ));
        assert!(called(
            "spaced repetition",
            "How should I study for my pharmacology exam?"
        ));
        // A taste on the tongue is a food's, not washing up.
        assert!(disliked(
            "eating anything spicy",
            "Must-try dishes in Mexico City?"
        ));
        assert_eq!(taste_kind("savory dishes"), Some(FOOD));
        assert!(!disliked(
            "washing dishes",
            "Can you give me a dinner recipe?"
        ));
        // Cycling, for getting about and for a workout; not for a dinner.
        assert!(disliked(
            "cycling",
            "What are some good cardio exercises I can do to lose weight?"
        ));
        assert!(disliked(
            "cycling",
            "How do I get from Amsterdam Centraal to the Rijksmuseum?"
        ));
        assert!(!disliked("cycling", "Best pizza in Naples?"));
        // A kind of place to go, for where to go.
        assert!(called(
            "quiet beach towns with few tourists",
            "Where should I go for a week in September?"
        ));
        assert!(!called(
            "quiet beach towns with few tourists",
            "Recommend a good beach read"
        ));
        // Crowds, for a concert.
        assert!(disliked(
            "attending events at large stadiums or arenas",
            "What are some upcoming live music performances I should consider?"
        ));
        assert!(disliked(
            "crowds",
            "Which summer music festivals should I go to?"
        ));
        assert!(!disliked("crowds", "Make me a playlist for studying"));
        // Weather however said is a climate, for where to go and a trip in the cold.
        assert!(disliked(
            "overly hot arid environments",
            "Which destination in the Middle East for my vacation?"
        ));
        assert!(disliked(
            "being outside in cold weather",
            "Fun activities for me this winter?"
        ));
        assert!(disliked("being in cold environments", moving));
        assert!(disliked(
            "activities in cold weather",
            "Sporting activities during my winter vacation?"
        ));
        assert!(!disliked("cold calling strangers on the phone", moving));
        assert!(disliked(
            "regions that do not experience extreme weather events",
            "Lovely cities in the southern United States for me to visit?"
        ));
        assert!(disliked(
            "cities with high crime rates",
            "I'm looking to live in an area with a lively nightlife. Which cities?"
        ));
        assert!(!disliked("heavy traffic", "Plan a weekend in Paris"));
        // What a job is like, for a career or a job to take; not working out, nor a
        // job of any other sort.
        assert!(disliked(
            "working in healthcare industry",
            "Can you suggest some fulfilling career paths that involve helping others?"
        ));
        assert!(called(
            "on-site childcare services",
            "What companies in the tech industry would you recommend I apply to for my next position?"
        ));
        assert!(disliked(
            "open office layouts",
            "I'm considering a job offer from a company with an open office. Thoughts?"
        ));
        assert!(called(
            "on-site childcare services",
            "What companies should I apply to as a graphic designer?"
        ));
        assert!(!called(
            "on-site childcare services",
            "How do I apply sunscreen?"
        ));
        // (A workout, not work.)
        assert_eq!(taste_kind("working out at home"), Some(WORKOUT));
        assert_eq!(taste_kind("working outdoors"), Some(WORK));
        assert!(!disliked("working night shifts", "Plan a weekend in Paris"));
        assert!(!disliked(
            "working night shifts",
            "Why does my cron job not run at night?"
        ));
        // What an employer arranges, for getting on with one's colleagues; not a trip's
        // sports or a weekend.
        assert_eq!(taste_kind("team-building retreats"), Some(WORK));
        assert_eq!(taste_kind("off-site activities"), Some(WORK));
        assert_ne!(taste_kind("off-site parking"), Some(WORK));
        assert!(disliked(
            "team-building retreats",
            "What are some ways to strengthen relationships with my coworkers that suit me?"
        ));
        assert!(!disliked(
            "team-building activities involving physical sports",
            "What unique sporting experiences could I enjoy during my trip to Spain?"
        ));
        // A way of learning, for learning anything; not a course at dinner.
        assert!(disliked(
            "flashcards",
            "How should I study for my biology final?"
        ));
        assert!(called("learning by doing", "I want to learn Python"));
        assert!(disliked("video-based courses", "Tips for the GRE exam?"));
        assert!(!disliked(
            "flashcards",
            "Of course, can you suggest a main course for dinner?"
        ));
        assert!(!disliked(
            "group fitness classes",
            "Best way to learn statistics?"
        ));
        assert!(!called("machine learning", "Best way to learn statistics?"));
        // What one will not do, for what to do on a trip; not for a film or a remedy.
        assert!(disliked(
            "heights",
            "What are some adventures I can try in New Zealand?"
        ));
        assert!(disliked(
            "gambling",
            "What are some fun activities I can do in Las Vegas?"
        ));
        assert!(disliked(
            "theme parks",
            "What should I do during my visit to Orlando?"
        ));
        assert!(disliked("scuba diving", "Things to do in Hawaii?"));
        assert!(!disliked(
            "heights",
            "What are some must-see thriller movies?"
        ));
        assert!(!disliked(
            "car racing",
            "My migraines are bad. What can I do to find some relief?"
        ));
        assert!(!disliked(
            "snorkeling",
            "Snack ideas to fuel my outdoor adventures?"
        ));
        assert!(!disliked(
            "hotels with casino facilities",
            "What are some fun activities I can do in Las Vegas?"
        ));
        assert!(!disliked(
            "extreme heat",
            "What are some attractions in Rome?"
        ));
        // Any outing for what to do; the outdoors only for an adventure or a thrill,
        // and nights out only for nightlife.
        let nz = "I'm an adrenaline junkie looking for thrilling experiences in New Zealand";
        let city = "Which cities have a lively nightlife?";
        let rome = "What are some things to do in Rome?";
        for (topic, kind) in [
            ("museums", SIGHTS),
            ("haunted themes", SIGHTS),
            ("heights", OUTDOORS),
            ("adventure sports that involve climbing", OUTDOORS),
            ("water sports", OUTDOORS),
            ("visiting deserts", OUTDOORS),
            ("casinos", NIGHTLIFE),
            ("clubbing", NIGHTLIFE),
            ("outdoor parties", NIGHTLIFE),
            // A casino's gaming (so no taste for a video game to play).
            ("gaming environments", NIGHTLIFE),
        ] {
            assert_eq!(taste_kind(topic), Some(kind), "{topic}");
            assert!(disliked(topic, rome), "{topic}");
            assert_eq!(disliked(topic, nz), kind == OUTDOORS, "{topic}");
            assert_eq!(disliked(topic, city), kind == NIGHTLIFE, "{topic}");
        }
        assert_ne!(taste_kind("video gaming"), Some(NIGHTLIFE));
        assert!(disliked("car racing", nz));
        assert!(disliked("crowds", city));
        assert!(!disliked("painting", city));
        assert!(disliked("hiking", "What should I do this weekend?"));
        assert!(!disliked(
            "museums",
            "What should I do this weekend? Something outdoors"
        ));
        // A brand of device, for a device to buy or set up.
        let laptop = "I'm looking for a new laptop for programming";
        assert!(disliked("gadgets made by samsung", laptop));
        assert!(disliked(
            "apple products",
            "What's the best smartwatch for my teen?"
        ));
        assert!(called("products that support linux", laptop));
        assert!(disliked(
            "cloud storage solutions",
            "How should I back up my photos?"
        ));
        assert!(!disliked("apple pie", laptop));
        assert!(!disliked("high-tech fitness gadgets", laptop));
        // A worn device, for a gadget or for tracking one's body; not for a laptop or
        // software, and tracking one's progress chooses no workout.
        let tracking = "How can I effectively monitor my fitness progress?";
        assert!(disliked("using wearable technology", tracking));
        assert!(disliked("high-tech fitness gadgets", tracking));
        assert!(disliked(
            "fitness trackers",
            "Tech gadgets for my fitness routine?"
        ));
        assert!(!disliked("using wearable technology", laptop));
        assert!(!disliked(
            "wearable technology",
            "A good video editing software for my desktop computer?"
        ));
        assert!(!disliked("running", tracking));
        assert!(!disliked(
            "gadgets made by samsung",
            "Plan a weekend in Paris"
        ));
        // Beer or wine refused, for a barbecue as for a party.
        assert!(avoidance_called_for(
            "beer",
            &spaced("What should I bring to a BBQ?")
        ));
        assert!(!avoidance_called_for(
            "beer",
            &spaced("Give me a bread recipe")
        ));
        // Flowers for a greener office, pollen for the outdoors too; not a factory.
        let office = spaced("How can I make my office space greener and more pleasant?");
        assert!(avoidance_called_for("flowers", &office));
        assert!(avoidance_called_for(
            "locations with high pollen counts",
            &spaced("Good spots for outdoor yoga?")
        ));
        assert!(!avoidance_called_for(
            "flowers",
            &spaced("Good spots for outdoor yoga?")
        ));
        assert!(!avoidance_called_for(
            "flowers",
            &spaced("Safety training ideas for my manufacturing plant?")
        ));
        let lunch = spaced("What should I pack in a school lunch?");
        assert!(fact_called_for(
            "has a daughter allergic to peanuts",
            &lunch
        ));
        assert!(!fact_called_for("has a daughter", &lunch));
        let dinner = spaced("What should I cook for dinner tonight?");
        assert!(fact_called_for("has picky-eater kids", &dinner));
        assert!(fact_called_for("has a vegetarian husband", &dinner));
        // What a child will not eat is the household's, as an allergy is.
        assert!(fact_called_for("has kids who avoid vegetables", &dinner));
        assert!(fact_called_for(
            "has a wife who dislikes spicy food",
            &dinner
        ));
        assert!(!fact_called_for(
            "has a wife who dislikes spicy food",
            &spaced("Plan a trip to Rome")
        ));
        assert!(!fact_areas("has a wife who dislikes spicy food").contains(&"travel"));
        // Where the food comes from, for a list of it; a diet too.
        let list = spaced("Make me a grocery list for the week");
        assert!(fact_called_for("shops at costco", &list));
        assert!(fact_called_for("vegetarian diet", &list));
        assert!(!fact_called_for("shops at costco", &dinner));
        // What one of them loves, for a treat for them.
        let party = spaced("Birthday party ideas for my 6 year old");
        assert!(fact_called_for("has kids who love dinosaurs", &party));
        assert!(!fact_called_for("has a wife who loves jazz", &party));
        let gift = spaced("Gift ideas for my wife");
        assert!(fact_called_for("has a wife who loves jazz", &gift));
        assert!(!fact_called_for("has kids who love dinosaurs", &gift));
        assert!(!fact_called_for(
            "has a wife who loves jazz",
            &spaced("Gift ideas for my boss")
        ));
        assert!(fact_called_for("has kids who love pizza", &dinner));
        assert!(!fact_called_for("has kids who love dinosaurs", &dinner));
        assert!(fact_called_for("has a son who avoids dairy", &lunch));
        assert!(fact_areas("intermittent fasting").contains(&"food"));
        assert!(!fact_called_for(
            "has picky-eater kids",
            &spaced("Suggest a cocktail for my party")
        ));
        assert!(fact_called_for(
            "has a large family",
            &spaced("I'm in the market for a new car.")
        ));
        assert!(fact_called_for(
            "has three kids",
            &spaced("Which SUV should I buy?")
        ));
        let shoes = spaced("Which running shoes should I buy?");
        assert!(fact_called_for("has flat feet", &shoes));
        assert!(!fact_called_for("has flat feet", &lunch));
        let code = Calls::of(&spaced("How do I debounce a function?"));
        assert!(code.style("typescript code examples"));
        assert!(code.style("code before explanations"));
        assert!(!code.style("concise answers"));
        assert!(fact_called_for(
            "uses android",
            &spaced("Best note-taking app?")
        ));
        assert!(!fact_called_for(
            "uses android",
            &spaced("Install a ceiling fan")
        ));
        // A developer's tool or a device's chore runs on the platform too.
        assert!(fact_called_for(
            "uses linux",
            &spaced("How do I install Docker?")
        ));
        assert!(fact_called_for(
            "uses a mac",
            &spaced("How do I take a screenshot?")
        ));
        assert!(
            Calls::of(&spaced("How do I fix a borrow checker error?")).style("rust code examples")
        );
        assert!(fact_called_for("on a budget", &spaced("A gift for my mom")));
        // Where one lives, for where to eat, not for what to cook.
        assert!(fact_called_for(
            "lives in denver",
            &spaced("Where should we eat tonight?")
        ));
        assert!(!fact_areas("lives in denver").contains(&"food"));
        assert!(!fact_called_for(
            "lives in denver",
            &spaced("Give me an easy dinner recipe")
        ));
    }

    #[test]
    fn a_long_topic_is_known_by_its_head_and_a_request_by_what_it_asks() {
        let called = |topic: &str, draft: &str| {
            Calls::of(&spaced(draft)).taste(topic, None, Polarity::Dislike)
        };
        // The thing before a relative clause: food, whatever it contains.
        let snacks = "What are some of the best snacks to carry on a long road trip?";
        assert!(called(
            "food that contains artificial additives or preservatives",
            snacks
        ));
        assert!(!called("people who contain their anger", snacks));
        // Music however long said, but not where it plays.
        let music = "What music would you recommend for my road trip?";
        assert!(called("engaging with music sung in english", music));
        assert!(called("bands that sing in their native languages", music));
        assert_ne!(taste_kind("venues with loud music"), Some(MUSIC));
        // Which the static model does not place: "lo-fi" is two word pieces to it.
        assert_eq!(taste_kind("lo-fi beats"), Some(MUSIC));
        assert!(called("lo-fi beats", "Make me a playlist for coding"));
        // "hot yoga" is a workout, "hot weather" still a climate.
        assert_eq!(taste_kind("hot yoga"), Some(WORKOUT));
        assert_eq!(taste_kind("hot weather"), Some(2));
        // "working out" is a workout, though the model reads it as work.
        assert_eq!(taste_kind("working out"), Some(WORKOUT));
        assert!(called("working out", "Suggest a morning workout routine"));
        assert_ne!(taste_kind("working in finance"), Some(WORKOUT));
        assert!(called(
            "aerial sports",
            "What adventurous activities would you recommend for me in Queenstown?"
        ));
        // A series asked for by what it is like is a show; a comic book series or a
        // time series is not.
        let fantasy = "watching shows that are heavily based on high fantasy settings";
        assert!(called(
            fantasy,
            "What are some of the best series with rich world-building and character development?"
        ));
        assert!(!called(
            fantasy,
            "Can you suggest some engaging comic book series?"
        ));
        assert!(!called(fantasy, "What are some good time series models?"));
        assert!(called(
            "outer space adventures",
            "Any recommendations for sci-fi series or movies I can watch this weekend?"
        ));
        assert!(called(
            "educational materials that are in audio format",
            "What are some effective micro-credentials and digital badge programs?"
        ));
        // A casino city calls for gambling whatever is asked of it.
        let macau = "What would be some highly recommended hotels in Macau for my business trip?";
        assert!(called("casinos", macau));
        assert!(called(
            "betting",
            "How can I get into the sports culture in Las Vegas?"
        ));
        assert!(!called(
            "casinos",
            "Recommended hotels in Lisbon for my business trip?"
        ));
        assert!(!called("hiking", macau));
        assert!(called(
            "subscription-based software",
            "What office productivity suite would you recommend for documents?"
        ));
    }

    #[test]
    fn names_are_unique_and_lines_are_plain_words() {
        let mut names: Vec<&str> = DOMAINS.iter().map(|d| d.0).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), DOMAINS.len());
        for (name, words) in DOMAINS {
            assert!(
                words
                    .split(' ')
                    .all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase())),
                "{name}"
            );
        }
    }

    #[test]
    fn everyday_topics_land_in_their_domain() {
        let d = domains();
        for (text, want) in [
            ("vegetarian", "food"),
            ("spicy noodles", "food"),
            ("beachfront hotels", "lodging"),
            ("touchscreens", "tech"),
            ("crate training for dogs", "pets"),
            ("jazz", "music"),
            ("online courses", "learning"),
            ("high heels", "fashion"),
        ] {
            assert_eq!(d.name_of(&v(text)), Some(want), "{text}");
        }
    }

    #[test]
    fn profiles_sum_to_one_and_agreement_is_bounded() {
        let d = domains();
        let a = d.profile(&v("dinner party menu"));
        let b = d.profile(&v("vegetarian"));
        let c = d.profile(&v("mechanical keyboards"));
        assert!((a.iter().sum::<f32>() - 1.0).abs() < 1e-4);
        assert!(a.iter().all(|&x| x >= 0.0));
        let same = Domains::agreement(&a, &b);
        let other = Domains::agreement(&a, &c);
        assert!(same > 0.5 && other < 0.1, "{same} {other}");
        assert!(Domains::agreement(&a, &a) <= 1.0);
        assert_eq!(Domains::shared(&a, &b), Some("food"));
        assert_eq!(Domains::shared(&a, &c), None);
        assert_eq!(Domains::shared(&a, &[]), None);
    }

    #[test]
    fn a_drink_is_a_kind_of_its_own_and_no_weather() {
        for drink in [
            "cold ipa",
            "natural wine",
            "craft beer",
            "negronis",
            "mezcal",
        ] {
            assert_eq!(taste_kind(drink), Some(DRINK), "{drink}");
        }
        assert_eq!(taste_kind("coffee"), Some(3));
        let calls = |d: &str| Calls::of(&spaced(d));
        assert!(calls("Good pubs near me?").taste_of_kind(DRINK, Polarity::Like));
        assert!(calls("What cocktail should I make?").taste_of_kind(DRINK, Polarity::Like));
        assert!(!calls("Shoes for a cocktail party?").names_kind(DRINK));
        // A recipe is where a drink is cooked with: its area, found by meaning.
        assert!(calls("Beef stew recipe").names_area_of(DRINK));
    }

    #[test]
    fn a_level_of_knowledge_is_limited_to_its_fields_area() {
        assert_eq!(style_areas("concise answers"), None);
        let level = |field: &str| style_areas(&format!("beginner-level explanations of {field}"));
        assert_eq!(level("cooking"), Some(&["food"][..]));
        assert_eq!(level("guitar"), Some(&["music"][..]));
        assert_eq!(level("rust"), Some(&["coding", "tech"][..]));
        assert_eq!(level("coding"), Some(&["coding", "tech"][..]));
        // No area names quilting: only drafts near it in meaning.
        assert_eq!(level("quilting"), Some(&[][..]));
        // (Money's words take in a gift: its level goes by its own words.)
        assert_eq!(level("investing"), Some(&[][..]));
    }

    #[test]
    fn facts_name_the_areas_they_matter_in() {
        for (fact, area) in [
            ("has two kids", "travel"),
            ("has a 2 year old", "food"),
            ("has a dog", "pets"),
            ("lives in lisbon", "transport"),
            ("lives alone", "food"),
            ("lives with my elderly mother", "travel"),
            ("works as nurse", "work"),
            ("teaches high school chemistry", "learning"),
            ("a college student", "learning"),
            ("an engineering student", "learning"),
            ("uses linux", "coding"),
            ("on a budget", "money"),
            ("willing to pay for quality", "lodging"),
            ("a first-time home buyer", "money"),
            ("a planner", "travel"),
            ("homeschools", "learning"),
            ("works two jobs", "work"),
            ("a first-time parent", "family"),
            ("postpartum", "fitness"),
            ("gets seasick", "travel"),
            ("trying to lose weight", "fitness"),
            ("does yoga", "fitness"),
            ("uses a wheelchair", "lodging"),
            ("has bad knees", "fitness"),
            ("deaf", "screen"),
            ("uses a screen reader", "tech"),
            ("has no car", "transport"),
            ("dyslexic", "books"),
            ("has adhd", "work"),
            ("has a ps5", "games"),
            ("has a nintendo switch", "games"),
            ("has netflix", "screen"),
            ("manages a team", "work"),
            ("owns a small bakery", "work"),
            ("studying for the gre", "learning"),
            ("has a desk job", "fitness"),
            ("frugal", "money"),
            ("disabled", "travel"),
            ("has a tiny kitchen", "food"),
            ("has spotify", "music"),
            ("has diabetes", "food"),
            ("plays guitar", "music"),
            ("learning piano", "music"),
            ("plays chess", "games"),
            ("goes climbing", "travel"),
            ("runs marathons", "fitness"),
            ("swims", "sports"),
            ("knits", "art"),
            ("learning japanese", "learning"),
            ("works night shifts", "health"),
            ("works as registered nurse", "health"),
            ("works long hours", "fitness"),
            ("works from home", "home"),
            ("self-employed", "money"),
            ("studies law", "learning"),
            ("has a degree in law", "work"),
            ("drives a tesla model 3", "motors"),
            ("rides a motorbike", "transport"),
            ("has a small backyard", "home"),
            ("has a golden retriever", "pets"),
            ("35 years old", "health"),
            ("in my late thirties", "fitness"),
            ("training for a half marathon", "fitness"),
            ("cycles to work", "transport"),
            ("commutes by train", "transport"),
            ("speaks spanish", "travel"),
            ("speaks english as a second language", "writing"),
            ("a native portuguese speaker", "writing"),
            ("has no oven", "food"),
            ("has only dumbbells", "fitness"),
            ("has no workout equipment", "fitness"),
            ("has a yoga mat", "fitness"),
            ("has only a microwave and a kettle", "food"),
            ("has an instant pot", "food"),
            ("has a stand mixer", "food"),
            ("a renter", "home"),
            ("a minimalist", "home"),
            ("has picky-eater kids", "family"),
            ("has a vegetarian husband", "family"),
            ("has a budget under $500", "tech"),
            ("eats more protein", "food"),
            ("vegetarian diet", "food"),
            ("lactose intolerance", "food"),
        ] {
            assert!(fact_areas(fact).contains(&area), "{fact}");
            assert!(fact_areas(fact)
                .iter()
                .all(|a| DOMAINS.iter().any(|d| d.0 == *a)));
        }
        for other in [
            "has a car",
            "lives",
            "learning",
            "plays",
            "does nothing",
            "from ohio",
            "jazz",
            "gets",
            "",
        ] {
            assert!(fact_areas(other).is_empty(), "{other}");
        }
        let d = domains();
        let trip = d.profile(&v("weekend trip"));
        assert!(Domains::mass(&trip, fact_areas("has two kids")) > 0.9);
        assert!(Domains::mass(&trip, fact_areas("uses linux")) < 0.1);
        assert_eq!(Domains::mass(&[], &["travel"]), 0.0);
    }

    #[test]
    fn wrong_lengths_and_unknown_text_are_safe() {
        let d = domains();
        assert!(d.profile(&[0.5, 0.5]).is_empty());
        assert!(d.profile(&vec![f32::NAN; d.dim()]).is_empty());
        assert_eq!(Domains::agreement(&[], &d.profile(&v("jazz"))), 0.0);
        struct Nothing;
        impl Embed for Nothing {
            fn model_id(&self) -> &str {
                "nothing"
            }
            fn dim(&self) -> usize {
                4
            }
            fn embed(&self, _: &str) -> Option<Vec<f32>> {
                None
            }
        }
        assert!(Domains::new(&Nothing).is_none());
    }
}
