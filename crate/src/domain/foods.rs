//! Everyday foods and ingredients, so a dislike of one reaches a recipe.
//!
//! The static table places many ingredients poorly ("cilantro" sits nearer cars than
//! food, "eggplant" is a fifth food), so "I hate cilantro" did not reach "a recipe
//! for fish tacos" by meaning. Words a dish is made of, singular, sorted; words that
//! often mean something else ("date", "jam", "orange", "apple", "cod") are left out.

/// Whether `word` (lower-case, singular or plural) is a food or an ingredient.
pub fn is_food(word: &str) -> bool {
    let known = |w: &str| FOODS.binary_search(&w).is_ok();
    known(word)
        || word
            .strip_suffix("ies")
            .is_some_and(|w| known(&format!("{w}y")))
        || word.strip_suffix("es").is_some_and(known)
        || word.strip_suffix('s').is_some_and(known)
}

#[rustfmt::skip]
const FOODS: &[&str] = &[
    "almond", "anchovy", "anise", "apricot", "artichoke", "arugula", "asparagus",
    "aubergine", "avocado", "bacon", "bagel", "banana", "barley", "basil", "bean",
    "beansprout", "beef", "beet", "beetroot", "blueberry", "bok-choy", "bratwurst",
    "bread", "brie", "brisket", "broccoli", "broth", "brownie", "brussels", "burger",
    "burrito", "butter", "buttermilk", "cabbage", "cake", "calamari", "camembert",
    "candy", "caper", "caramel", "cardamom", "carrot", "cashew", "casserole", "catfish",
    "cauliflower", "caviar", "celery", "cereal", "chard", "cheddar", "cheese",
    "cheesecake", "cherry", "chestnut", "chicken", "chickpea", "chili", "chilli",
    "chive", "chocolate", "chorizo", "chowder", "cilantro", "cinnamon", "clam", "clove",
    "coconut", "coleslaw", "collard", "coriander", "corn", "cornbread", "couscous",
    "crab", "cracker", "cranberry", "cream", "cucumber", "cuisine", "cumin", "cupcake",
    "currant", "curry", "custard", "dairy", "dessert", "dill", "donut", "doughnut",
    "duck", "dumpling", "edamame", "eel", "egg", "eggplant", "endive", "falafel",
    "fennel", "feta", "fig", "fish", "flan", "food", "fries", "garlic", "gelatin",
    "ginger", "gluten", "gnocchi", "goulash", "granola", "grape", "grapefruit", "gravy",
    "guacamole", "gumbo", "haddock", "halibut", "ham", "hamburger", "hazelnut",
    "herring", "honey", "horseradish", "hummus", "jalapeno", "jalapeño", "jelly",
    "jerky", "kale", "kebab", "kelp", "ketchup", "kimchi", "kiwi", "kohlrabi",
    "lactose", "lamb", "lard", "lasagna", "lasagne", "leek", "lemon", "lentil",
    "lettuce", "licorice", "lime", "liquorice", "liver", "lobster", "macaroni",
    "mackerel", "mango", "marmalade", "marmite", "marshmallow", "marzipan", "mayo",
    "mayonnaise", "meat", "meatball", "meatloaf", "melon", "milk", "miso", "mozzarella",
    "muffin", "mushroom", "mussel", "mustard", "mutton", "natto", "noodle", "nougat",
    "nut", "nutmeg", "oat", "oatmeal", "octopus", "offal", "okra", "olive", "omelet",
    "omelette", "onion", "oregano", "oyster", "pancake", "papaya", "paprika",
    "parmesan", "parsley", "parsnip", "pasta", "pastry", "pea", "peach", "peanut",
    "pear", "pecan", "pepper", "pepperoni", "pesto", "pickle", "pie", "pineapple",
    "pistachio", "pizza", "plum", "polenta", "pomegranate", "popcorn", "pork",
    "porridge", "potato", "prawn", "pretzel", "prune", "pudding", "pumpkin", "quiche",
    "quinoa", "radish", "raisin", "ramen", "raspberry", "ravioli", "rhubarb", "rice",
    "ricotta", "risotto", "rosemary", "rutabaga", "rye", "saffron", "sage", "salad",
    "salami", "salmon", "salsa", "sandwich", "sardine", "sauce", "sauerkraut",
    "sausage", "scallion", "scallop", "seafood", "seaweed", "seitan", "sesame",
    "shallot", "shellfish", "shrimp", "soup", "soy", "spaghetti", "spinach", "sprout",
    "squash", "squid", "steak", "stew", "strawberry", "sugar", "sushi", "sweetcorn",
    "taco", "tahini", "tangerine", "tapioca", "tarragon", "tempeh", "thyme", "toast",
    "tofu", "tomato", "tortilla", "trout", "truffle", "tuna", "turkey", "turmeric",
    "turnip", "vanilla", "veal", "venison", "vinegar", "waffle", "walnut", "wasabi",
    "watercress", "watermelon", "wheat", "yam", "yoghurt", "yogurt", "zucchini",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_list_is_sorted_for_binary_search() {
        assert!(FOODS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn reads_plurals() {
        for w in [
            "cilantro",
            "olives",
            "tomatoes",
            "strawberries",
            "peaches",
            "fries",
        ] {
            assert!(is_food(w), "{w}");
        }
        for w in ["dates", "jams", "cats", "horror", "crowds", "s", ""] {
            assert!(!is_food(w), "{w}");
        }
    }
}
