//! "No bullet points", "use tables", "no markdown", "numbered lists please": answer format wishes.

use super::{style_phrases, style_targets, Ctx, Found, Rule, Target};

pub(crate) const RULE: Rule = Rule {
    name: "style_format",
    description:
        "format wishes: bullet points, tables, markdown, headings, numbered lists, step by step, em dashes, code only, diagrams",
    in_requests: true,
    apply,
};

const TARGETS: &[Target] = &[
    (&["bullet", "points"], "bullet points"),
    (&["bullet", "point"], "bullet points"),
    (&["bulleted", "lists"], "bullet points"),
    (&["bullet", "lists"], "bullet points"),
    (&["bullets"], "bullet points"),
    (&["numbered", "lists"], "numbered lists"),
    (&["numbered", "list"], "numbered lists"),
    (&["numbered", "steps"], "numbered lists"),
    (&["tables"], "tables"),
    (&["in", "a", "table"], "tables"),
    (&["as", "a", "table"], "tables"),
    (&["markdown"], "markdown formatting"),
    (&["headings"], "headings"),
    (&["headers"], "headings"),
    (&["plain", "text"], "plain text"),
    (&["step", "by", "step"], "step-by-step instructions"),
    // "I have ADHD, so break things into small steps".
    (&["into", "small", "steps"], "step-by-step instructions"),
    (&["into", "smaller", "steps"], "step-by-step instructions"),
    (&["step-by-step"], "step-by-step instructions"),
    // "I love how you broke it down into steps".
    (&["into", "steps"], "step-by-step instructions"),
    (&["clarifying", "questions"], "clarifying questions"),
    (&["code", "blocks"], "code blocks"),
    (&["summary", "at", "the", "end"], "summaries"),
    // "give me the answer first, then the explanation", "bottom line up front".
    (&["answer", "first"], "the answer first"),
    (&["bottom", "line", "up", "front"], "the answer first"),
    (&["lead", "with", "the", "answer"], "the answer first"),
    (&["start", "with", "the", "answer"], "the answer first"),
    // "Always show your work", "show your reasoning".
    (&["show", "your", "work"], "worked steps"),
    (&["show", "your", "working"], "worked steps"),
    (&["show", "the", "working"], "worked steps"),
    (&["show", "your", "reasoning"], "worked steps"),
    // "Write in paragraphs, not lists", "answer in prose".
    (&["in", "paragraphs"], "prose paragraphs"),
    (&["in", "prose"], "prose paragraphs"),
    // "Give me the code first, explanation after".
    (&["code", "first"], "code before explanations"),
    (&["tldr"], "summaries"),
    (&["summary", "at", "the", "top"], "summaries"),
    (&["diagrams"], "diagrams"),
    // "Give me shorter paragraphs please".
    (&["short", "paragraphs"], "short paragraphs"),
    (&["shorter", "paragraphs"], "short paragraphs"),
    // "give me the code only, no explanation".
    (&["code", "only"], "code without explanations"),
    (&["just", "the", "code"], "code without explanations"),
    (&["only", "the", "code"], "code without explanations"),
    // Not any "sources" ("whole food sources", "natural light sources").
    (&["cite", "sources"], "cited sources"),
    (&["cite", "your", "sources"], "cited sources"),
    (&["cite", "the", "sources"], "cited sources"),
    (&["cited", "sources"], "cited sources"),
    (&["with", "sources"], "cited sources"),
    (&["include", "sources"], "cited sources"),
    (&["include", "the", "sources"], "cited sources"),
    (&["include", "your", "sources"], "cited sources"),
    (&["provide", "sources"], "cited sources"),
    (&["link", "sources"], "cited sources"),
    (&["list", "sources"], "cited sources"),
    (&["list", "your", "sources"], "cited sources"),
    (&["sources", "please"], "cited sources"),
    (&["links", "to", "sources"], "cited sources"),
    // Punctuation many people find tell-tale of generated text.
    (&["em", "dashes"], "em dashes"),
    (&["em", "dash"], "em dashes"),
    (&["exclamation", "marks"], "exclamation marks"),
    (&["exclamation", "points"], "exclamation marks"),
    (&["citations"], "cited sources"),
    // "I'd like answers with examples", "more concrete examples please".
    (&["with", "examples"], "answers with examples"),
    (&["more", "examples"], "answers with examples"),
    (&["concrete", "examples"], "answers with examples"),
    (&["practical", "examples"], "answers with examples"),
    (&["real-world", "examples"], "answers with examples"),
    (&["include", "examples"], "answers with examples"),
    // "I love it when you use examples".
    (&["use", "examples"], "answers with examples"),
    // "I liked how you explained it with an analogy, keep doing that".
    (&["an", "analogy"], "explanations with analogies"),
    // "I like when you give me options to choose from".
    (&["options", "to", "choose", "from"], "several options"),
    (&["analogies"], "explanations with analogies"),
];

/// Said whole: "I'm a visual learner", "keep formatting minimal".
const PHRASES: &[Target] = &[
    (&["i", "am", "a", "visual", "learner"], "diagrams"),
    (&["i", "am", "a", "very", "visual", "learner"], "diagrams"),
    (&["i", "am", "a", "visual", "person"], "diagrams"),
    (&["i", "am", "a", "very", "visual", "person"], "diagrams"),
    (&["i", "am", "a", "visual", "thinker"], "diagrams"),
    (
        &["i", "am", "more", "of", "a", "visual", "learner"],
        "diagrams",
    ),
    (
        &["i", "am", "more", "of", "a", "visual", "person"],
        "diagrams",
    ),
    // "I use a screen reader, so please keep formatting minimal".
    (&["keep", "formatting", "minimal"], "minimal formatting"),
    (
        &["keep", "the", "formatting", "minimal"],
        "minimal formatting",
    ),
    (&["minimal", "formatting"], "minimal formatting"),
    // "TL;DR at the top please": said without a verb.
    (&["tldr", "at", "the", "top"], "summaries"),
    (&["tldr", "first"], "summaries"),
];

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    style_targets(ctx, TARGETS, out);
    style_phrases(ctx, PHRASES, out);
    // "I prefer learning through projects and practical examples": a way to learn, one
    // of several, not a wish about answers.
    let listed = ctx.find(0, "examples").is_some_and(|e| {
        let start = e.saturating_sub(2);
        (start..e).any(|i| matches!(ctx.word(i), "and" | "or" | "through" | "via" | "by"))
    });
    if listed {
        out.retain(|f| f.topic != "answers with examples");
    }
}
