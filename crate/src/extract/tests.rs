use super::extract;
use crate::item::Kind::{self, Fact, Preference, Style};
use crate::item::Polarity::{self, Dislike, Like};

#[track_caller]
fn assert_extracts(text: &str, expected: &[(&str, Polarity, Kind)]) {
    let got: Vec<(String, Polarity, Kind)> = extract(text).into_iter().map(|i| (i.topic, i.polarity, i.kind)).collect();
    let want: Vec<(String, Polarity, Kind)> = expected.iter().map(|(t, p, k)| (t.to_string(), *p, *k)).collect();
    assert_eq!(got, want, "extracting from {text:?}");
}

#[track_caller]
fn assert_nothing(text: &str) {
    let got = extract(text);
    assert!(got.is_empty(), "expected nothing from {text:?}, got {got:#?}");
}

#[test]
fn plain_dislike_keeps_the_modifier_in_the_topic() {
    assert_extracts("I don't like very sweet desserts", &[("very sweet desserts", Dislike, Preference)]);
}

#[test]
fn questions_are_not_preferences() {
    assert_nothing("do you like jazz?");
}
