//! "I love Breaking Bad, what else should I watch?": a title liked in the present tense,
//! in a message asking for more of one kind of work, is learned with that kind ("tv
//! shows like breaking bad"), as a past verdict's titles are (`rules::verdict`). A bare
//! name means little to the embedding, or to the model reading the preamble, while its
//! kind reaches the next "what should I watch tonight?". Only a name written with
//! capitals counts: "I love pizza, what else should I watch?" names no title.

use super::rules::{medium, work_kind};
use super::text::Tok;
use crate::item::{Item, Kind};

/// What a message says of the work it asks about, read sentence by sentence (no copy of
/// its words is kept: this runs on every turn).
#[derive(Default)]
pub(crate) struct Talk {
    asks_for_more: bool,
    kinds: Vec<&'static str>,
}

impl Talk {
    /// Take in one sentence's words.
    pub fn read(&mut self, words: &[Tok]) {
        // ("more of a Netflix person", "more into anime" compare; they ask for nothing.)
        self.asks_for_more |= words.iter().enumerate().any(|(i, t)| match t.w.as_str() {
            "else" | "similar" | "next" => true,
            "more" => !words
                .get(i + 1)
                .is_some_and(|n| matches!(n.w.as_str(), "of" | "into" | "than")),
            _ => false,
        });
        self.kinds
            .extend(words.iter().filter_map(|t| work_kind(&t.w)));
    }

    /// Give each title among `items` the kind of work the message asks for more of.
    pub fn name_titles(&self, items: &mut [Item]) {
        if self.asks_for_more {
            if let Some(kind) = medium(self.kinds.iter().copied()) {
                with_kind(kind, items);
            }
        }
    }
}

fn with_kind(kind: &str, items: &mut [Item]) {
    for item in items.iter_mut() {
        if item.kind == Kind::Preference
            && !item.topic.contains(" like ")
            && written_as_title(&item.topic, &item.quote)
        {
            item.topic = format!("{kind} like {}", item.topic);
        }
    }
}

/// Whether `topic` is written in `quote` as a name: its words capitalised (joining words
/// aside), not merely opening the clause, in text that is not all capitals.
fn written_as_title(topic: &str, quote: &str) -> bool {
    let want: Vec<&str> = topic.split(' ').collect();
    let words: Vec<&str> = quote
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .collect();
    if want.len() > 4 || !quote.chars().any(char::is_lowercase) {
        return false;
    }
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let joining = |w: &str| matches!(w, "of" | "the" | "and" | "a" | "an" | "in" | "on" | "to");
    (1..words.len()).any(|i| {
        let window = &words[i..(i + want.len()).min(words.len())];
        window.len() == want.len()
            && window
                .iter()
                .zip(&want)
                .all(|(w, t)| w.eq_ignore_ascii_case(t) && (capital(w) || joining(t)))
            && capital(window[0])
    })
}

#[cfg(test)]
mod tests {
    use super::written_as_title;

    #[test]
    fn a_title_is_a_capitalised_name_inside_the_clause() {
        assert!(written_as_title("breaking bad", "I love Breaking Bad"));
        assert!(written_as_title(
            "lord of the rings",
            "I adore Lord of the Rings"
        ));
        assert!(!written_as_title("pizza", "I love pizza"));
        assert!(!written_as_title("breaking bad", "I love Breaking bad"));
        // Opening the clause, or shouting, is no sign of a name.
        assert!(!written_as_title("jazz", "Jazz is my favorite"));
        assert!(!written_as_title("pizza", "I LOVE PIZZA"));
        assert!(!written_as_title(
            "of the rings",
            "I love Lord of the Rings"
        ));
    }
}
