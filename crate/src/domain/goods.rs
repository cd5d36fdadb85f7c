//! What one buys, keeps and looks after: a home's furnishing, clothes, their
//! materials and patterns, beauty products and scents, pets, and sports to watch.
//!
//! "I'm allergic to wool" matters to "What rug should I get?", "I never wear floral
//! prints" to "Suggest some dresses for spring", "I'd only adopt from a shelter" to
//! "How do I get a puppy?". The static table relates none of these: a material, a
//! pattern or an animal is far in meaning from the thing asked for. Each is a kind of
//! taste ([`super::taste_kind`]) that a draft's words call for ([`calls`]).

/// A home's furnishing and look: "glass furniture", "wallpaper", "artificial lighting",
/// "synthetic materials in my home".
pub(super) const DECOR: u8 = 22;
/// What one wears: "graphic tees", "high heels", "clothes made from wool".
pub(super) const CLOTHES: u8 = 23;
/// A pattern or a colour, for what one furnishes or wears: "floral patterns", "bright
/// colors".
pub(super) const LOOK: u8 = 24;
/// A fabric or a hide, for what one wears and the soft things of a home: "wool",
/// "leather", "synthetic fabrics"; not for a dining table, a lamp or houseplants.
pub(super) const FABRIC: u8 = 40;
/// Skin, hair and makeup products and what is in them: "products containing
/// silicones", "cruelty-free makeup", "chemical sunscreens".
pub(super) const BEAUTY: u8 = 25;
/// A smell: "scented", "floral fragrances", "scent of lavender"; for a beauty product
/// and for a home that should smell nice.
pub(super) const SCENT: u8 = 26;
/// Which pet, and from where: "reptiles", "birds", "fish as pets", "adopting pets from
/// shelters", "pets that shed".
pub(super) const PETS: u8 = 27;
/// How one's pet is kept: "dairy products in my pet's diet", "vaccinations for my
/// pets", "crate training".
pub(super) const PET_CARE: u8 = 28;
/// Sports to watch or take part in: "bullfighting", "martial arts", "watching
/// professional sports".
pub(super) const SPORTS: u8 = 29;
/// Motor racing: a sport to watch, and an outing's noise ([`super::SIGHTS`]), so
/// both call for it.
pub(super) const MOTORSPORTS: u8 = 30;
/// A car to buy or rent: "electric vehicles", "convertibles", "manual transmissions",
/// "cars with leather interiors", "japanese automakers".
pub(super) const VEHICLES: u8 = 33;

/// The kind of a taste's topic among the above, if any.
pub(super) fn kind(topic: &str) -> Option<u8> {
    let words = || topic.split(' ');
    let said = |list: &[&str]| words().any(|w| list.contains(&w));
    let holds = |list: &[&str]| list.iter().any(|p| topic.contains(p));
    let short = words().count() <= 4;
    if said(&[
        "motorsports",
        "motocross",
        "racing",
        "nascar",
        "f1",
        "motorized",
    ]) || holds(&["motor racing", "loud engines"])
    {
        return Some(MOTORSPORTS);
    }
    // "cars with leather interiors" is a car's ("sports involving motorized vehicles"
    // and "car-free cities" are not), by a cue's words in the singular or the plural,
    // as a draft's are found.
    let car = words().any(|w| {
        let one = w.strip_suffix('s').unwrap_or(w);
        VEHICLE_CUES.contains(&one)
            || matches!(
                one,
                "automaker" | "transmission" | "grille" | "ev" | "truck"
            )
    });
    if car && !said(&["activities", "sports", "sport", "cities", "free"]) {
        return Some(VEHICLES);
    }
    if said(&["pet", "pets", "pet's", "breeders", "shelters", "shelter"]) {
        let care = said(&[
            "diet",
            "diets",
            "food",
            "treats",
            "toys",
            "vaccinations",
            "flea",
            "tick",
            "crate",
            "training",
            "fences",
            "vet",
            "grooming",
            "leash",
        ]) || holds(&["my pet", "my dog", "my cat"]);
        return Some(if care { PET_CARE } else { PETS });
    }
    if holds(&["crate train", "dog parks", "cat food", "dog food"]) || said(&["kibble", "litter"]) {
        return Some(PET_CARE);
    }
    if said(BEAUTY_WORDS) || holds(BEAUTY_PHRASES) {
        return Some(BEAUTY);
    }
    // ("fragrances in my home" is a smell.)
    if said(SCENT_WORDS) {
        return Some(SCENT);
    }
    if said(DECOR_WORDS) || holds(DECOR_PHRASES) {
        return Some(DECOR);
    }
    if said(CLOTHES_WORDS) {
        return Some(CLOTHES);
    }
    // "blue", "navy blue": a favourite colour, for what one paints, furnishes or wears.
    if crate::extract::names_color(topic) {
        return Some(LOOK);
    }
    if short && !words().next_back().is_some_and(super::is_food) {
        // ("animal-derived materials" are hides and wool, not "animal-derived
        // ingredients".)
        if said(FABRIC_WORDS) || holds(&["animal-derived materials", "animal-based materials"]) {
            return Some(FABRIC);
        }
        if said(LOOK_WORDS) {
            return Some(LOOK);
        }
    }
    if holds(&["fish tank", "aquarium"]) {
        return Some(PETS);
    }
    // "reptiles", "caged birds", "small dogs", "larger breeds".
    if words().count() <= 3 && words().next_back().is_some_and(|w| ANIMALS.contains(&w)) {
        return Some(PETS);
    }
    // ("games that focus on sports" are games.)
    if (said(SPORT_WORDS) || holds(&["martial arts", "team sports"])) && !said(&["games", "game"]) {
        return Some(SPORTS);
    }
    None
}

/// What a draft's words call for among the above, as bits of [`super::Calls`]: a
/// rug or a sofa calls for the home's look and its materials, a dress for clothes and
/// theirs, a moisturizer for beauty products and scents, "a pet for my apartment" for
/// which pet, "treats for my dog" for how it is kept, "sports events in Monaco" for
/// sports. `coding` is whether the draft is about code ("the cat command"), `devices`
/// whether it names a device ([`super::DEVICES`]: a speaker for my home is no décor).
pub(super) fn calls(text: &str, coding: bool, devices: bool) -> u64 {
    let names = |cues: &[&str]| super::names_any(text, cues);
    let mut bits = 0u64;
    let home = !names(NOT_DECOR) && !devices;
    // What a home's fabrics go into: not a table, a lamp, a kitchen or plants alone.
    let soft = names(SOFT_FURNISHING) || !names(HARD_FURNISHING);
    let furnishing = 1 << DECOR | 1 << LOOK | u64::from(soft) << FABRIC;
    if home && names(DECOR_CUES) {
        bits |= furnishing;
    }
    if names(SCENT_CUES) && !names(&["smell of gas", "smells like gas", "burning smell"]) {
        bits |= 1 << SCENT;
    }
    // "Which color should I paint the fence?": a colour is asked for.
    if names(&["color", "colour", "colors", "colours"]) {
        bits |= 1 << LOOK;
    }
    if names(CLOTHES_CUES) && !names(&["wear and tear", "wear out", "wears out"]) {
        bits |= 1 << CLOTHES | 1 << LOOK | 1 << FABRIC;
    }
    if names(BEAUTY_CUES) {
        bits |= 1 << BEAUTY | 1 << SCENT;
    }
    if !coding && !names(&["hot dog", "hot dogs"]) {
        // How one's own pet is kept: "treats for my dog", "the best cat food".
        let care = names(&[
            "my dog",
            "my cat",
            "my pet",
            "my pets",
            "my puppy",
            "my kitten",
            "our dog",
            "our cat",
            "my new puppy",
            "my new dog",
            "my new cat",
            "my new kitten",
            "pet food",
            "dog food",
            "cat food",
        ]);
        if care {
            bits |= 1 << PET_CARE;
        }
        // Which pet to get.
        let choosing = names(&[
            "pet",
            "puppy",
            "kitten",
            "furry companion",
            "companion animal",
            "adopt a",
            "get a dog",
            "get a cat",
            "new dog",
            "new cat",
            "dog breed",
            "cat breed",
        ]) || names(&["dog", "cat"]);
        if choosing && !care {
            bits |= 1 << PETS;
        }
    }
    if names(SPORTS_CUES) && !names(NOT_SPORTS) {
        bits |= 1 << SPORTS | 1 << MOTORSPORTS;
    }
    if names(VEHICLE_CUES) && !names(NOT_VEHICLE) {
        bits |= 1 << VEHICLES;
    }
    if bits == 0 && home && names(HOME_CUES) {
        bits |= furnishing;
    }
    bits
}

const BEAUTY_WORDS: &[&str] = &[
    "skincare",
    "skin-care",
    "beauty",
    "makeup",
    "make-up",
    "cosmetics",
    "cosmetic",
    "lotion",
    "lotions",
    "sunscreen",
    "sunscreens",
    "silicones",
    "silicone",
    "parabens",
    "phthalates",
    "sulfates",
    "sulfate-free",
    "talc",
    "talc-based",
    "retinol",
    "glycerin",
    "lanolin",
    "beeswax",
    "shampoo",
    "shampoos",
    "conditioner",
    "conditioners",
    "cleanser",
    "cleansers",
    "moisturizer",
    "moisturizers",
    "serum",
    "serums",
    "toner",
    "mascara",
    "lipstick",
    "perfume",
    "perfumes",
    "cologne",
    "deodorant",
    "ayurvedic",
    "cruelty-free",
    "glitter",
    "shimmer",
];

const BEAUTY_PHRASES: &[&str] = &[
    "tested on animals",
    "test on animals",
    "animal testing",
    "hair care",
    "skin care",
    "hair products",
    "hair dyes",
    "face masks",
    "nail polish",
];

const DECOR_WORDS: &[&str] = &[
    "furniture",
    "furnishings",
    "decor",
    "interior",
    "wallpaper",
    "curtains",
    "drapes",
    "blinds",
    "rug",
    "rugs",
    "carpet",
    "carpets",
    "upholstery",
    "sofa",
    "sofas",
    "couch",
    "couches",
    "bedding",
    "plumbing",
    "ductwork",
    "lighting",
    "lamps",
    "finishes",
    "wicker",
    "rattan",
    "marble",
    "countertops",
    "cabinets",
    "open-concept",
    "mid-century",
];

const DECOR_PHRASES: &[&str] = &[
    "in my home",
    "in my house",
    "inside my home",
    "home decor",
    "homes with",
    "home textiles",
    "home appliances",
    "smart home",
    "indoor plants",
    "floor plans",
];

const CLOTHES_WORDS: &[&str] = &[
    "clothing",
    "clothes",
    "garments",
    "fashion",
    "wear",
    "wearing",
    "outfits",
    "dresses",
    "skirts",
    "pants",
    "tops",
    "tees",
    "t-shirts",
    "shirts",
    "jeans",
    "heels",
    "shoes",
    "flats",
    "jewelry",
    "jewellery",
    "accessories",
    "handbags",
    "sleeveless",
    "off-the-shoulder",
    "cold-shoulder",
    "woolen",
    "waisted",
    "high-waisted",
];

const SCENT_WORDS: &[&str] = &[
    "scented",
    "scent",
    "scents",
    "fragrance",
    "fragrances",
    "fragranced",
    "odors",
    "odours",
    "perfumed",
    "candles",
    // Smells one may wear or burn (a flavour too, but seldom disliked as one).
    "lavender",
    "patchouli",
    "musk",
    "sandalwood",
    "incense",
    "aromatherapy",
];

/// Materials, patterns and colours, read in short topics only.
const FABRIC_WORDS: &[&str] = &[
    "leather",
    "wool",
    "silk",
    "fur",
    "suede",
    "polyester",
    "nylon",
    "acrylic",
    "synthetic",
    "synthetics",
    "fabric",
    "fabrics",
    "fibers",
    "fibres",
    "textiles",
    "cotton",
    "linen",
    "hemp",
    "denim",
    "velvet",
];

const LOOK_WORDS: &[&str] = &["floral", "patterns", "prints", "colors", "colours"];

/// A home's soft things, which fabrics go into.
const SOFT_FURNISHING: &[&str] = &[
    "sofa",
    "couch",
    "sectional",
    "armchair",
    "chair",
    "chairs",
    "rug",
    "rugs",
    "carpet",
    "curtains",
    "bedding",
    "duvet",
    "pillows",
    "cushions",
    "upholstery",
    "throw",
    "blanket",
    "mattress",
];

/// A home's hard things, which no fabric goes into: what to eat at, read by or
/// grow.
const HARD_FURNISHING: &[&str] = &[
    "table",
    "tables",
    "desk",
    "bookshelf",
    "shelves",
    "lighting",
    "lamp",
    "lamps",
    "wallpaper",
    "paint",
    "tiles",
    "countertops",
    "cabinets",
    "kitchen",
    "appliances",
    "floor plan",
    "layout",
    "architectural",
    "greenery",
    "plants",
    "houseplants",
    "garden",
    "security",
];

/// Animals one may keep, as the head of a short topic.
const ANIMALS: &[&str] = &[
    "cats", "dogs", "birds", "parrots", "reptiles", "snakes", "lizards", "spiders", "rodents",
    "hamsters", "rabbits", "ferrets", "breeds",
];

const SPORT_WORDS: &[&str] = &[
    "sport",
    "sports",
    "sporting",
    "football",
    "basketball",
    "baseball",
    "hockey",
    "soccer",
    "boxing",
    "wrestling",
    "mma",
    "bullfighting",
    "rodeos",
    "leagues",
];

/// Words of a draft about a home's furnishing or look.
const DECOR_CUES: &[&str] = &[
    "furniture",
    "furnish",
    "furnishing",
    "sofa",
    "couch",
    "sectional",
    "armchair",
    "rug",
    "carpet",
    "flooring",
    "decor",
    "decorate",
    "decorating",
    "redecorate",
    "interior",
    "living room",
    "bedroom",
    "dining room",
    "dining table",
    "coffee table",
    "bookshelf",
    "lighting",
    "lamp",
    "curtains",
    "window treatments",
    "blinds",
    "bedding",
    "duvet",
    "upholstery",
    "wallpaper",
    "renovate",
    "renovating",
    "renovation",
    "remodel",
    "makeover",
    "design ideas",
    "kitchen design",
    "home office",
    "patio",
    "new apartment",
    "brighter",
    "floor plan",
    "architectural style",
];

/// A home named without what of it is asked ("the security of my home"): its look
/// counts when the draft asks for nothing else of these kinds ("a pet for my
/// apartment" is about the pet).
const HOME_CUES: &[&str] = &[
    "my home",
    "my house",
    "my apartment",
    "my place",
    "my new home",
    "my new house",
    "our home",
    "our house",
    "our new home",
    "our new house",
];

/// A home named for something other than its furnishing.
const NOT_DECOR: &[&str] = &[
    "car",
    "cars",
    "vehicle",
    "home page",
    "home screen",
    "home directory",
    "home network",
    "home loan",
    "mortgage",
    "insurance",
    "workout",
    "exercise",
    "recipe",
    "cook",
    "wifi",
    "internet",
    "router",
    "sell",
    "selling",
    "logo",
    "website",
    "poster",
    "flyer",
    // A party at home is about the party.
    "house party",
    "housewarming",
    "house warming",
];

/// Words of a draft about what makes a place smell.
const SCENT_CUES: &[&str] = &[
    "smell",
    "smells",
    "scent",
    "fragrance",
    "candle",
    "air freshener",
    "diffuser",
    "odor",
    "odour",
    "essential oil",
    "aromatherapy",
    "incense",
];

/// Words of a draft about what to wear.
const CLOTHES_CUES: &[&str] = &[
    "wardrobe",
    "outfit",
    "wear",
    "wearing",
    "clothes",
    "clothing",
    "dress",
    "dresses",
    "tops",
    "t-shirts",
    "shirt",
    "blouse",
    "jacket",
    "coat",
    "outerwear",
    "sweater",
    "jeans",
    "pants",
    "trousers",
    "skirt",
    "handbag",
    "bags",
    "tote",
    "backpack",
    "wallet",
    "purse",
    "jewelry",
    "jewellery",
    "necklace",
    "earrings",
    "shoe",
    "sneakers",
    "boots",
    "heels",
    "sandals",
    "activewear",
    "base layers",
    "swimsuit",
    "swimwear",
    "scarf",
    "fashion",
    "fashionable",
];

/// Words of a draft about skin, hair, makeup or a fragrance.
const BEAUTY_CUES: &[&str] = &[
    "skincare",
    "skin care",
    "my skin",
    "skin type",
    "sensitive skin",
    "dry skin",
    "oily skin",
    "combination skin",
    "beauty",
    "makeup",
    "cosmetics",
    "new foundation",
    "foundation for",
    "concealer",
    "lipstick",
    "lip balm",
    "mascara",
    "eyeliner",
    "moisturizer",
    "moisturiser",
    "serum",
    "lotion",
    "toner",
    "cleanser",
    "sunscreen",
    "shampoo",
    "conditioner",
    "hair mask",
    "hair care",
    "haircare",
    "dry hair",
    "night cream",
    "face cream",
    "eye cream",
    "anti-aging",
    "body wash",
    "deodorant",
    "perfume",
    "cologne",
    "grooming",
    "nail polish",
    "eyeshadow",
    "body scrub",
    "face scrub",
    "exfoliating",
    "exfoliator",
    "face mask",
    "face wash",
    "hair products",
];

/// Words of a draft about a car to buy or rent, and of a taste for one (each also
/// found in the plural: [`super::names_any`]).
const VEHICLE_CUES: &[&str] = &[
    "car",
    "vehicle",
    "suv",
    "minivan",
    "sedan",
    "convertible",
    "hatchback",
    "pickup truck",
    "car rental",
    "rent a car",
];

/// A car a draft names that is not one to choose.
const NOT_VEHICLE: &[&str] = &[
    "car seat",
    "car seats",
    "car wash",
    "cable car",
    "car park",
    "car accident",
    "car sick",
    "carsick",
    "toy car",
    "by car",
    "car ride",
    "car rides",
    "car racing",
    // Keeping one's own car, not choosing one.
    "repair",
    "mechanic",
    "noise",
    "brake",
    "brakes",
    "flat tire",
    "oil change",
    "check engine",
    "warning light",
    "insurance",
];

/// Words of a draft about sports to watch or play.
const SPORTS_CUES: &[&str] = &[
    "sport",
    "sports",
    "sporting",
    "stadium",
    "league",
    "tournament",
];

/// Sports named for something else: a car, a drink, a bra.
const NOT_SPORTS: &[&str] = &[
    "sports car",
    "sports bra",
    "sports drink",
    "sports nutrition",
    "sports medicine",
    "sports injury",
];

#[cfg(test)]
mod tests {
    use super::super::{spaced, taste_kind, Calls};
    use super::*;
    use crate::item::Polarity;

    #[test]
    fn goods_pets_and_sports_have_their_kinds() {
        for (topic, kind) in [
            ("glass furniture", DECOR),
            ("synthetic materials in my home", DECOR),
            ("curtains", DECOR),
            ("graphic tees", CLOTHES),
            ("clothes made from wool", CLOTHES),
            ("wool", FABRIC),
            ("floral patterns", LOOK),
            // A favourite colour, as the slot rule says it.
            ("blue", LOOK),
            ("navy blue", LOOK),
            ("synthetic fabrics", FABRIC),
            ("products containing silicones", BEAUTY),
            ("cruelty-free makeup", BEAUTY),
            ("scented", SCENT),
            ("fragrances in my home", SCENT),
            ("reptiles", PETS),
            ("fish as pets", PETS),
            ("fish tank", PETS),
            ("scented products", SCENT),
            ("adopting pets from shelters", PETS),
            ("dairy products in my pet's diet", PET_CARE),
            ("crate training for dogs", PET_CARE),
            ("bullfighting", SPORTS),
            ("martial arts", SPORTS),
            ("winter sports", SPORTS),
            ("motorsports", MOTORSPORTS),
            ("car racing", MOTORSPORTS),
            ("cars with leather interiors", VEHICLES),
            ("electric vehicles", VEHICLES),
            ("convertibles", VEHICLES),
            ("driving large vehicles", VEHICLES),
            ("european car brands", VEHICLES),
        ] {
            assert_eq!(taste_kind(topic), Some(kind), "{topic}");
        }
        // A sport with engines, a city without cars, a food, a hotel's look: not cars.
        assert_eq!(
            taste_kind("activities and sports involving motorized vehicles"),
            Some(MOTORSPORTS)
        );
        assert_eq!(taste_kind("car-free cities"), Some(super::super::LIVING));
        assert_eq!(taste_kind("cotton candy"), Some(super::super::FOOD));
        assert_eq!(taste_kind("blue cheese"), Some(super::super::FOOD));
        assert_eq!(
            taste_kind("hotels with floral wallpaper"),
            Some(super::super::LODGING)
        );
    }

    #[test]
    fn their_drafts_call_for_them_and_other_senses_do_not() {
        let called = |topic: &str, draft: &str| {
            Calls::of(&spaced(draft)).taste(topic, None, Polarity::Dislike)
        };
        assert!(called("wool", "What rug should I get for my living room?"));
        // A new home's layout is its look; its mortgage is not.
        assert!(called(
            "open-concept floor plans",
            "What kind of layout would you recommend for my new home?"
        ));
        assert!(!called(
            "open-concept floor plans",
            "How do I get a mortgage for my new home?"
        ));
        assert!(!called(
            "floral patterns",
            "Make a playlist for our house party."
        ));
        assert!(called(
            "glass furniture",
            "Which coffee table should I buy?"
        ));
        // Fabrics go into a home's soft things, not a table or its plants; patterns
        // into both.
        assert!(!called("leather", "Which coffee table should I buy?"));
        assert!(!called("wool", "Elegant dining table options?"));
        assert!(!called("wool", "Ways to add greenery to my apartment?"));
        assert!(called("wool", "A dining table and chairs for my home?"));
        assert!(called(
            "leather",
            "Trendy furniture styles for my living room?"
        ));
        assert!(called("floral patterns", "Wallpaper ideas for my bedroom?"));
        // A favourite colour goes where a colour is chosen.
        assert!(called("blue", "Which color should I paint my bedroom?"));
        assert!(called("blue", "What color should my new car be?"));
        assert!(!called("blue", "Which coffee grinder should I buy?"));
        assert!(called("floral prints", "Suggest some dresses for spring"));
        assert!(called("leather", "Help me find a good everyday handbag"));
        assert!(called("fragranced lotions", "Best body lotion for winter?"));
        assert!(called("scented", "How do I make my place smell nice?"));
        assert!(called("reptiles", "Suggest a low-maintenance pet"));
        assert!(called(
            "adopting pets from shelters",
            "How do I get a puppy?"
        ));
        assert!(called(
            "dairy products in my pet's diet",
            "Healthy treats for my dog?"
        ));
        assert!(called(
            "bullfighting",
            "Sporting experiences to try in Spain?"
        ));
        assert!(called(
            "motorsports",
            "What sports events can I catch in Monaco?"
        ));
        assert!(called("motorsports", "Things to do in Indianapolis"));
        // Which pet to get is not how one's own is kept, nor the other way.
        assert!(!called("reptiles", "Healthy treats for my dog?"));
        assert!(!called(
            "dairy products in my pet's diet",
            "Suggest a low-maintenance pet"
        ));
        assert!(called(
            "commercial cat food",
            "Which cat food is best for an indoor cat?"
        ));
        assert!(called(
            "kibble with artificial preservatives",
            "What should I feed my new puppy?"
        ));
        assert!(!called(
            "reptiles",
            "Suggest some high-quality pet food brands"
        ));
        // Other senses of the words.
        assert!(!called(
            "leather in my house",
            "How do I clean a leather car seat?"
        ));
        assert!(!called(
            "cats",
            "How do I use the cat command to join two files in bash? Show the script"
        ));
        assert!(!called("martial arts", "Which sports car should I buy?"));
        assert!(!called(
            "graphic tees",
            "How do I stop wear and tear on my bike chain?"
        ));
        assert!(!called("wool", "How do I set up my home network?"));
        assert!(!called("wool", "What pet should I get for my apartment?"));
        assert!(called(
            "electronic surveillance inside my home",
            "How can I make my home safer?"
        ));
        assert!(!called(
            "floral patterns",
            "Write a short poem about spring flowers"
        ));
        assert!(called("heels", "What shoes go with a navy suit?"));
        assert!(called("leather", "Recommend a backpack for commuting"));
        assert!(called(
            "mainstream beauty brands",
            "What new eyeshadow palettes should I try?"
        ));
        assert!(called(
            "fair trade beauty products",
            "Any good exfoliating scrubs?"
        ));
        assert!(!called(
            "fair trade beauty products",
            "How do I scrub the grout?"
        ));
        assert!(!called("wool", "Design ideas for my bakery's logo"));
        // A car to buy or rent, not one to keep or a seat in one.
        assert!(called("manual transmissions", "Which car should I buy?"));
        assert!(called(
            "electric vehicles",
            "Best car rental options in Los Angeles?"
        ));
        assert!(called("minivans", "We need a family SUV with three rows"));
        assert!(!called(
            "convertibles",
            "My car makes a rattling noise when I brake"
        ));
        assert!(!called(
            "sedans",
            "How do I install a car seat for my toddler?"
        ));
        assert!(!called("convertibles", "Car insurance for a teenager?"));
    }
}
