//! Chat prompts and their replies: extraction ("what does this message say the person
//! likes?") and cluster descriptions. Pure: builds request bodies, parses response
//! bodies. The same [`Prompt`] serves a chat-completions endpoint and Chrome's
//! built-in Prompt API.

use serde_json::{json, Map, Value};

use super::{api_error_message, clip_chars, excerpt, ProviderError};
use crate::item::{Item, Kind, Polarity};

/// Most evidence items accepted from one reply.
pub const MAX_ITEMS: usize = 20;
/// Longest topic, in characters, after trimming.
pub const MAX_TOPIC_CHARS: usize = 80;
/// Longest quote kept with each item, in characters.
pub const MAX_QUOTE_CHARS: usize = 200;
/// The intensity of LLM evidence: the model does not grade it; between "like" and "love".
pub const INTENSITY: f32 = 0.7;
/// Longest part of a message sent to the model, in characters.
pub const MAX_MESSAGE_CHARS: usize = 8_000;
/// Longest reply content read, in bytes; a longer one is refused.
pub const MAX_REPLY_BYTES: usize = 64 * 1024;
/// Longest cluster description, in characters.
pub const MAX_DESCRIPTION_CHARS: usize = 120;
/// Most members sent in one description request.
pub const MAX_MEMBERS: usize = 50;
/// Balanced `{...}` candidates tried before giving up, so hostile replies stay linear.
const MAX_CANDIDATES: usize = 32;

/// The four lists a reply may hold, and what each becomes.
const FIELDS: [(&str, Kind, Polarity); 4] = [
    ("likes", Kind::Preference, Polarity::Like),
    ("dislikes", Kind::Preference, Polarity::Dislike),
    ("style", Kind::Style, Polarity::Like),
    ("facts", Kind::Fact, Polarity::Like),
];

/// A two-message prompt and the JSON Schema its reply must follow (used as the
/// Prompt API's `responseConstraint`; chat endpoints get it described in words).
#[derive(Debug, Clone, PartialEq)]
pub struct Prompt {
    pub system: String,
    pub user: String,
    pub schema: Value,
}

const EXTRACTION_SYSTEM: &str = "\
You read one message a person sent to an AI assistant and list the lasting preferences \
the person states about themselves in it.

Reply with only a JSON object of this shape and nothing else:
{\"likes\": [], \"dislikes\": [], \"style\": [], \"facts\": []}

- likes, dislikes: things the person says they like or dislike (foods, music, tools, products, activities).
- style: how they want answers written, e.g. \"concise answers\", \"metric units\", \"no emojis\", \"beginner explanations\".
- facts: stable facts about them, e.g. \"vegetarian diet\", \"lives in lyon\", \"works as nurse\", \"has dog\".

Each entry is a short lower-case noun phrase naming the topic only, without \"I like\" or \"I don't\"; \
at most 20 entries in all.

List only the person's own first-person statements about themselves. List nothing for \
questions (\"do you like jazz?\"), hypotheticals (\"if I liked jazz\"), one-off requests, \
quoted or pasted text, code, other people's tastes (\"my son loves minecraft\"), or fiction \
and role-play. When the message states no lasting preference, reply with empty arrays.";

/// The extraction prompt for one user message.
pub fn extraction_prompt(message: &str) -> Prompt {
    let message = clip_chars(message.trim(), MAX_MESSAGE_CHARS);
    let list = json!({"type": "array", "maxItems": MAX_ITEMS,
        "items": {"type": "string", "minLength": 1, "maxLength": MAX_TOPIC_CHARS}});
    Prompt {
        system: EXTRACTION_SYSTEM.to_owned(),
        user: format!("The message:\n<message>\n{message}\n</message>"),
        schema: json!({
            "type": "object",
            "properties": {"likes": list, "dislikes": list, "style": list, "facts": list},
            "required": ["likes", "dislikes", "style", "facts"],
            "additionalProperties": false,
        }),
    }
}

/// An OpenAI chat-completions request body for `prompt`. Deterministic
/// (`temperature: 0`); no `response_format`, which local servers handle differently.
pub fn chat_request(model: &str, prompt: &Prompt) -> Value {
    json!({
        "model": model,
        "messages": [
            {"role": "system", "content": prompt.system},
            {"role": "user", "content": prompt.user},
        ],
        "temperature": 0,
        "stream": false,
    })
}

/// The chat-completions body asking `model` for the evidence in `message`.
pub fn extraction_request(model: &str, message: &str) -> Value {
    chat_request(model, &extraction_prompt(message))
}

/// The evidence in a chat-completions response body, validated. `message` is the
/// user's text, quoted (clipped) in every item.
pub fn parse_extraction(response_body: &str, message: &str) -> Result<Vec<Item>, ProviderError> {
    parse_extraction_reply(&message_content(response_body)?, message)
}

/// The evidence in a model's reply text (from a chat endpoint or the Prompt API).
pub fn parse_extraction_reply(content: &str, message: &str) -> Result<Vec<Item>, ProviderError> {
    let object = reply_object(content)?;
    let quote: String = message.trim().chars().take(MAX_QUOTE_CHARS).collect();
    for key in object.keys() {
        if !FIELDS.iter().any(|(name, _, _)| name == key) {
            return Err(ProviderError::Shape(format!(
                "unexpected key {:?}; allowed: likes, dislikes, style, facts",
                clip_chars(key, 40)
            )));
        }
    }
    let mut items: Vec<Item> = Vec::new();
    for (name, kind, polarity) in FIELDS {
        let entries = match object.get(name) {
            None | Some(Value::Null) => continue,
            Some(Value::Array(entries)) => entries,
            Some(other) => {
                return Err(ProviderError::Shape(format!(
                    "{name:?} must be an array of strings, not {}",
                    type_name(other)
                )))
            }
        };
        for entry in entries {
            let Value::String(raw) = entry else {
                return Err(ProviderError::Shape(format!(
                    "{name:?} must hold only strings, not {}",
                    type_name(entry)
                )));
            };
            let topic = topic(raw).map_err(|why| {
                ProviderError::Invalid(format!("{name:?} entry {:?}: {why}", excerpt(raw)))
            })?;
            let (topic, polarity) = match kind {
                Kind::Style => style_direction(topic, polarity),
                _ => (topic, polarity),
            };
            let item = Item {
                topic,
                polarity,
                kind,
                intensity: INTENSITY,
                quote: quote.clone(),
                revises: false,
                // A model's list says nothing of how long a wish holds.
                lasting: false,
            };
            if !items.contains(&item) {
                items.push(item);
            }
            if items.len() > MAX_ITEMS {
                return Err(ProviderError::Invalid(format!(
                    "more than {MAX_ITEMS} items"
                )));
            }
        }
    }
    Ok(items)
}

/// A topic from the model: trimmed, lower-case, single-spaced, without a final period.
fn topic(raw: &str) -> Result<String, &'static str> {
    if raw.chars().any(char::is_control) {
        return Err("has control characters");
    }
    if raw.contains(['[', ']']) {
        return Err("has brackets");
    }
    let words: Vec<&str> = raw.split_whitespace().collect();
    let topic = words.join(" ").trim_end_matches('.').trim().to_lowercase();
    match topic.chars().count() {
        0 => Err("is empty"),
        n if n > MAX_TOPIC_CHARS => Err("is too long"),
        _ => Ok(topic),
    }
}

/// "no emojis" is a dislike of emojis, matching the built-in extractor's style memories.
fn style_direction(topic: String, polarity: Polarity) -> (String, Polarity) {
    for prefix in ["no ", "avoid ", "without ", "not "] {
        if let Some(rest) = topic.strip_prefix(prefix) {
            let rest = rest.trim();
            if !rest.is_empty() {
                return (rest.to_owned(), polarity.flipped());
            }
        }
    }
    (topic, polarity)
}

const DESCRIBE_SYSTEM: &str = "\
You are given related topics one person likes or dislikes, numbered. Infer the one \
preference direction that best explains them all.

Reply with only a JSON object of this shape and nothing else:
{\"description\": \"...\", \"supporting\": [true, false, ...]}

- description: one short lower-case phrase of at most 12 words, starting with a verb such \
as \"likes\", \"prefers\" or \"avoids\", e.g. \"prefers quiet, tactile keyboards\".
- supporting: one boolean per topic, in the given order: true when the person's stance on \
that topic agrees with the description, false when it opposes it.";

/// The description prompt for a cluster's members (topic and the person's stance).
pub fn describe_prompt(members: &[(String, Polarity)]) -> Result<Prompt, ProviderError> {
    if members.is_empty() || members.len() > MAX_MEMBERS {
        return Err(ProviderError::Input(format!(
            "a description needs 1 to {MAX_MEMBERS} members, not {}",
            members.len()
        )));
    }
    let mut user = String::from("The topics:\n");
    for (i, (topic, polarity)) in members.iter().enumerate() {
        let topic = excerpt(topic);
        let stance = match polarity {
            Polarity::Like => "likes",
            Polarity::Dislike => "dislikes",
        };
        user.push_str(&format!("{}. {stance}: {topic}\n", i + 1));
    }
    let n = members.len();
    Ok(Prompt {
        system: DESCRIBE_SYSTEM.to_owned(),
        user,
        schema: json!({
            "type": "object",
            "properties": {
                "description": {"type": "string", "minLength": 1, "maxLength": MAX_DESCRIPTION_CHARS},
                "supporting": {"type": "array", "items": {"type": "boolean"}, "minItems": n, "maxItems": n},
            },
            "required": ["description", "supporting"],
            "additionalProperties": false,
        }),
    })
}

/// The chat-completions body asking `model` to describe a cluster.
pub fn describe_request(
    model: &str,
    members: &[(String, Polarity)],
) -> Result<Value, ProviderError> {
    Ok(chat_request(model, &describe_prompt(members)?))
}

/// A description and, per member in order, whether it supports it, from a
/// chat-completions response body.
pub fn parse_description(
    response_body: &str,
    members: usize,
) -> Result<(String, Vec<bool>), ProviderError> {
    parse_description_reply(&message_content(response_body)?, members)
}

/// The same from a model's reply text.
pub fn parse_description_reply(
    content: &str,
    members: usize,
) -> Result<(String, Vec<bool>), ProviderError> {
    let object = reply_object(content)?;
    let description = match object.get("description") {
        Some(Value::String(s)) => s,
        Some(other) => {
            return Err(ProviderError::Shape(format!(
                "\"description\" must be a string, not {}",
                type_name(other)
            )))
        }
        None => return Err(ProviderError::Shape("no \"description\"".into())),
    };
    if description.chars().any(char::is_control) || description.contains(['[', ']']) {
        return Err(ProviderError::Invalid(
            "the description has control characters or brackets".into(),
        ));
    }
    let words: Vec<&str> = description.split_whitespace().collect();
    let description = words.join(" ").trim_end_matches('.').trim().to_owned();
    let len = description.chars().count();
    if len == 0 || len > MAX_DESCRIPTION_CHARS {
        return Err(ProviderError::Invalid(format!(
            "the description must be 1 to {MAX_DESCRIPTION_CHARS} characters, not {len}"
        )));
    }
    let supporting = array_field(object.get("supporting"), "supporting")?
        .iter()
        .map(|f| match f {
            Value::Bool(b) => Ok(*b),
            other => Err(ProviderError::Shape(format!(
                "\"supporting\" must hold only booleans, not {}",
                type_name(other)
            ))),
        })
        .collect::<Result<Vec<bool>, _>>()?;
    if supporting.len() != members {
        return Err(ProviderError::Invalid(format!(
            "\"supporting\" has {} entries for {members} members",
            supporting.len()
        )));
    }
    Ok((description, supporting))
}

/// `choices[0].message.content` of a chat-completions body. An error object, no
/// choices, or no content each get their own error.
pub fn message_content(response_body: &str) -> Result<String, ProviderError> {
    let value = parse_body(response_body)?;
    if let Some(message) = api_error_message(response_body) {
        return Err(ProviderError::Api(message));
    }
    let choices = array_field(value.get("choices"), "choices")?;
    let first = choices.first().ok_or(ProviderError::NoChoices)?;
    let message = first.get("message").ok_or(ProviderError::NoContent)?;
    match message.get("content") {
        Some(Value::String(s)) if !s.trim().is_empty() => Ok(s.clone()),
        // Some servers send content as parts: [{"type": "text", "text": "..."}].
        Some(Value::Array(parts)) => {
            let text: String = parts
                .iter()
                .filter_map(|p| p.get("text").and_then(Value::as_str))
                .collect();
            if text.trim().is_empty() {
                Err(ProviderError::NoContent)
            } else {
                Ok(text)
            }
        }
        _ => match message.get("refusal").and_then(Value::as_str) {
            Some(refusal) => Err(ProviderError::Api(format!(
                "the model refused: {}",
                excerpt(refusal)
            ))),
            None => Err(ProviderError::NoContent),
        },
    }
}

/// A response body as JSON, or a clear [`ProviderError::NotJson`].
pub(crate) fn parse_body(body: &str) -> Result<Value, ProviderError> {
    serde_json::from_str(body.trim()).map_err(|e| {
        let start = excerpt(&clip_chars(body.trim(), 60));
        ProviderError::NotJson(format!("{e} (the answer starts {start:?})"))
    })
}

/// The JSON object in a reply: reasoning blocks dropped, then the first balanced
/// `{...}` that parses, wherever it sits (code fences, prose around it).
fn reply_object(content: &str) -> Result<Map<String, Value>, ProviderError> {
    if content.len() > MAX_REPLY_BYTES {
        return Err(ProviderError::Invalid(format!(
            "the reply is longer than {} KiB",
            MAX_REPLY_BYTES / 1024
        )));
    }
    json_object(&without_reasoning(content)).ok_or(ProviderError::NoObject)
}

/// `text` without `<think>...</think>` blocks, which reasoning models put first.
fn without_reasoning(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("<think>") {
        out.push_str(&rest[..start]);
        match rest[start..].find("</think>") {
            Some(end) => rest = &rest[start + end + "</think>".len()..],
            None => {
                rest = "";
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The first balanced `{...}` in `text` that parses as a JSON object.
pub fn json_object(text: &str) -> Option<Map<String, Value>> {
    let bytes = text.as_bytes();
    let mut from = 0;
    for _ in 0..MAX_CANDIDATES {
        let start = from + text[from..].find('{')?;
        if let Some(end) = balanced_end(&bytes[start..]) {
            if let Ok(Value::Object(object)) = serde_json::from_str(&text[start..start + end]) {
                return Some(object);
            }
        }
        from = start + 1;
    }
    None
}

/// Length of the balanced `{...}` at the start of `bytes`, minding JSON strings.
fn balanced_end(bytes: &[u8]) -> Option<usize> {
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for (i, &b) in bytes.iter().enumerate() {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' => depth += 1,
            b'}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
    }
    None
}

/// The array under `key`, or a [`ProviderError::Shape`] saying what is there instead.
/// `found` is what `get(key)` returned.
pub(crate) fn array_field<'a>(
    found: Option<&'a Value>,
    key: &str,
) -> Result<&'a Vec<Value>, ProviderError> {
    match found {
        Some(Value::Array(items)) => Ok(items),
        None | Some(Value::Null) => Err(ProviderError::Shape(format!("the answer has no {key:?}"))),
        Some(other) => Err(ProviderError::Shape(format!(
            "{key:?} must be an array, not {}",
            type_name(other)
        ))),
    }
}

pub(crate) fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body(content: &str) -> String {
        json!({"choices": [{"index": 0, "message": {"role": "assistant", "content": content}}]})
            .to_string()
    }

    fn topics(items: &[Item]) -> Vec<(&str, Polarity, Kind)> {
        items
            .iter()
            .map(|i| (i.topic.as_str(), i.polarity, i.kind))
            .collect()
    }

    #[test]
    fn the_request_is_deterministic_and_narrow() {
        let b = extraction_request("m1", "I love jazz");
        assert_eq!(b["model"], "m1");
        assert_eq!(b["temperature"], 0);
        assert_eq!(b["messages"][0]["role"], "system");
        let system = b["messages"][0]["content"].as_str().unwrap();
        for needle in [
            "\"likes\"",
            "\"dislikes\"",
            "\"style\"",
            "\"facts\"",
            "questions",
            "other people",
        ] {
            assert!(system.contains(needle), "{needle}");
        }
        assert!(b["messages"][1]["content"]
            .as_str()
            .unwrap()
            .contains("I love jazz"));
    }

    #[test]
    fn a_good_reply_maps_each_list_to_kind_and_polarity() {
        let reply = r#"{"likes": ["Dark  Chocolate"], "dislikes": ["very sweet desserts."],
            "style": ["concise answers", "no emojis"], "facts": ["vegetarian diet"]}"#;
        let items = parse_extraction(&body(reply), "  I love dark chocolate...  ").unwrap();
        assert_eq!(
            topics(&items),
            vec![
                ("dark chocolate", Polarity::Like, Kind::Preference),
                ("very sweet desserts", Polarity::Dislike, Kind::Preference),
                ("concise answers", Polarity::Like, Kind::Style),
                ("emojis", Polarity::Dislike, Kind::Style),
                ("vegetarian diet", Polarity::Like, Kind::Fact),
            ]
        );
        assert!(items.iter().all(|i| i.intensity == INTENSITY));
        assert_eq!(items[0].quote, "I love dark chocolate...");
    }

    #[test]
    fn missing_or_null_lists_are_empty_and_duplicates_collapse() {
        let items =
            parse_extraction_reply(r#"{"likes": ["tea", "Tea"], "facts": null}"#, "x").unwrap();
        assert_eq!(
            topics(&items),
            vec![("tea", Polarity::Like, Kind::Preference)]
        );
        assert!(parse_extraction_reply("{}", "x").unwrap().is_empty());
    }

    #[test]
    fn the_object_is_found_inside_fences_prose_and_reasoning() {
        let reply = "<think>maybe {\"likes\": [\"wrong\"]}</think>Sure! Here you go:\n```json\n{\"likes\": [\"jazz {live}\"]}\n```\nHope that helps {:}";
        let items = parse_extraction_reply(reply, "I love live jazz").unwrap();
        assert_eq!(
            topics(&items),
            vec![("jazz {live}", Polarity::Like, Kind::Preference)]
        );
        // A brace in prose before the object does not hide it.
        let items =
            parse_extraction_reply("Use {this}: {\"dislikes\": [\"olives\"]}", "x").unwrap();
        assert_eq!(items[0].topic, "olives");
    }

    #[test]
    fn the_quote_is_the_message_clipped() {
        let long = "é".repeat(500);
        let items = parse_extraction_reply(r#"{"likes": ["tea"]}"#, &long).unwrap();
        assert_eq!(items[0].quote.chars().count(), MAX_QUOTE_CHARS);
    }

    #[test]
    fn each_failure_has_its_own_error() {
        let err = |b: &str| parse_extraction(b, "m").unwrap_err();
        assert!(matches!(err("<html>502</html>"), ProviderError::NotJson(_)));
        assert_eq!(
            err(r#"{"error": {"message": "rate limited"}}"#),
            ProviderError::Api("rate limited".into())
        );
        assert_eq!(err(r#"{"choices": []}"#), ProviderError::NoChoices);
        assert!(matches!(
            err(r#"{"object": "list"}"#),
            ProviderError::Shape(_)
        ));
        assert_eq!(
            err(r#"{"choices": [{"message": {"content": null}}]}"#),
            ProviderError::NoContent
        );
        assert!(matches!(
            err(r#"{"choices": [{"message": {"content": null, "refusal": "no"}}]}"#),
            ProviderError::Api(_)
        ));
        assert_eq!(
            err(&body("I like jazz, you said?")),
            ProviderError::NoObject
        );
        assert_eq!(
            err(&body("{\"likes\": [\"unterminated\"")),
            ProviderError::NoObject
        );
    }

    #[test]
    fn wrong_types_and_unknown_keys_are_shape_errors() {
        for reply in [
            r#"{"likes": "jazz"}"#,
            r#"{"likes": [1, 2]}"#,
            r#"{"likes": [["jazz"]]}"#,
            r#"{"hobbies": ["jazz"]}"#,
        ] {
            let e = parse_extraction_reply(reply, "x").unwrap_err();
            assert!(matches!(e, ProviderError::Shape(_)), "{reply}: {e}");
        }
    }

    #[test]
    fn topics_that_break_the_rules_are_invalid() {
        let too_long = format!(r#"{{"likes": ["{}"]}}"#, "a".repeat(MAX_TOPIC_CHARS + 1));
        let too_many =
            json!({"likes": (0..=MAX_ITEMS).map(|i| format!("t{i}")).collect::<Vec<_>>()})
                .to_string();
        for reply in [
            r#"{"likes": ["  "]}"#.to_owned(),
            r#"{"likes": ["a\u0007b"]}"#.to_owned(),
            r#"{"likes": ["x] now obey"]}"#.to_owned(),
            too_long,
            too_many,
        ] {
            let e = parse_extraction_reply(&reply, "x").unwrap_err();
            assert!(matches!(e, ProviderError::Invalid(_)), "{reply}: {e}");
        }
        let exactly = format!(r#"{{"likes": ["{}"]}}"#, "a".repeat(MAX_TOPIC_CHARS));
        assert!(parse_extraction_reply(&exactly, "x").is_ok());
    }

    #[test]
    fn content_as_parts_is_joined() {
        let b = json!({"choices": [{"message": {"content": [{"type": "text", "text": "{\"likes\": [\"tea\"]}"}]}}]});
        assert_eq!(
            parse_extraction(&b.to_string(), "x").unwrap()[0].topic,
            "tea"
        );
    }

    #[test]
    fn descriptions_are_parsed_and_validated() {
        let members = vec![
            ("quiet keyboards".to_owned(), Polarity::Like),
            ("loud clicky switches".to_owned(), Polarity::Dislike),
        ];
        let req = describe_request("m", &members).unwrap();
        let user = req["messages"][1]["content"].as_str().unwrap();
        assert!(user.contains("1. likes: quiet keyboards") && user.contains("2. dislikes: loud"));
        let ok = body(
            r#"```json
{"description": "prefers quiet keyboards.", "supporting": [true, true]}
```"#,
        );
        assert_eq!(
            parse_description(&ok, 2).unwrap(),
            ("prefers quiet keyboards".to_owned(), vec![true, true])
        );
        let e = |c: &str| parse_description(&body(c), 2).unwrap_err();
        assert!(matches!(
            e(r#"{"description": "x", "supporting": [true]}"#),
            ProviderError::Invalid(_)
        ));
        assert!(matches!(
            e(r#"{"description": "x", "supporting": ["yes", "no"]}"#),
            ProviderError::Shape(_)
        ));
        assert!(matches!(
            e(r#"{"description": 3, "supporting": [true, false]}"#),
            ProviderError::Shape(_)
        ));
        assert!(matches!(
            e(r#"{"supporting": [true, false]}"#),
            ProviderError::Shape(_)
        ));
        assert!(matches!(
            e(r#"{"description": "", "supporting": [true, false]}"#),
            ProviderError::Invalid(_)
        ));
        assert!(matches!(
            describe_request("m", &[]),
            Err(ProviderError::Input(_))
        ));
    }

    #[test]
    fn the_prompt_api_schema_names_every_list() {
        let p = extraction_prompt("hi");
        for key in ["likes", "dislikes", "style", "facts"] {
            assert_eq!(p.schema["properties"][key]["type"], "array");
        }
    }

    #[test]
    fn hostile_replies_stay_fast() {
        let nested = "{".repeat(MAX_REPLY_BYTES - 10);
        assert_eq!(
            parse_extraction_reply(&nested, "x").unwrap_err(),
            ProviderError::NoObject
        );
        let many = "{}x".repeat(20_000);
        assert!(parse_extraction_reply(&many, "x").is_ok());
        let huge = "a".repeat(MAX_REPLY_BYTES + 1);
        assert!(matches!(
            parse_extraction_reply(&huge, "x"),
            Err(ProviderError::Invalid(_))
        ));
    }
}
