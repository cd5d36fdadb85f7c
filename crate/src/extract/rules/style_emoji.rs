//! "No emojis", "don't use emojis", "add some emojis": emoji wishes.

use super::{style_targets, Ctx, Found, Rule, Target};

pub(crate) const RULE: Rule = Rule {
    name: "style_emoji",
    description: "emoji wishes: no emojis, don't use emojis, use emojis",
    in_requests: true,
    apply,
};

const TARGETS: &[Target] = &[
    (&["emojis"], "emojis"),
    (&["emoji"], "emojis"),
    (&["emoticons"], "emojis"),
    (&["emoji-free"], "emojis"),
    (&["smileys"], "emojis"),
];

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    style_targets(ctx, TARGETS, out);
}
