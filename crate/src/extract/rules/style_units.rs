//! "Use metric", "temperatures in Celsius", "imperial units please": measurement units.

use super::{is_request, negated, Ctx, Found, Rule};
use crate::item::{Kind, Polarity};

pub(crate) const RULE: Rule = Rule {
    name: "style_units",
    description: "unit wishes: use metric, in celsius/kilograms, imperial units, fahrenheit",
    in_requests: true,
    apply,
};

/// The system of units a word names ("celsius" -> "metric units").
pub(crate) fn system(w: &str) -> Option<&'static str> {
    match w {
        "metric" | "celsius" | "kilograms" | "kilometers" | "kilometres" | "kg" | "km"
        | "grams" | "centimeters" | "centimetres" | "meters" | "metres" | "liters" | "litres"
        | "si" => Some("metric units"),
        "imperial" | "fahrenheit" | "pounds" | "lbs" | "miles" | "feet" | "inches" | "ounces"
        | "oz" | "gallons" | "cups" => Some("imperial units"),
        _ => None,
    }
}

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    if !is_request(ctx) {
        return;
    }
    // A system named outright wins over a unit ("use pounds and metric" in the UK:
    // the pounds are money).
    let mut found: Option<Found> = None;
    for i in 0..ctx.toks.len() {
        let Some(topic) = system(ctx.word(i)) else {
            continue;
        };
        // Units are a wish only when asked for: "use metric", "in celsius", "metric units".
        let asked = (i.saturating_sub(3)..i).any(|k| {
            matches!(
                ctx.word(k),
                "use"
                    | "in"
                    | "using"
                    | "prefer"
                    | "convert"
                    | "stick"
                    | "give"
                    | "show"
                    | "want"
                    | "into"
            )
        }) || matches!(
            ctx.word(i + 1),
            "units" | "system" | "measurements" | "only" | "please"
        );
        let explicit = ctx.word(i) == "metric" || ctx.word(i) == "imperial";
        // "I prefer Celsius": a scale is only ever a unit.
        let scale = matches!(ctx.word(i), "celsius" | "fahrenheit");
        let before = ctx.word(i.saturating_sub(1));
        let named = explicit
            || matches!(before, "in" | "use" | "using" | "into")
            || scale && before == "prefer";
        if !asked || !named {
            continue;
        }
        let polarity = if negated(ctx, i.saturating_sub(4), i) {
            Polarity::Dislike
        } else {
            Polarity::Like
        };
        let f = Found::new(topic, polarity, Kind::Style, 0.8);
        if explicit {
            found = Some(f);
            break;
        }
        found.get_or_insert(f);
    }
    out.extend(found);
}
