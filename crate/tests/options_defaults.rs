//! The options page's "Defaults" button fills in the core's defaults: its copy of them
//! (`extension/options/options.js`, `DEFAULTS`) must say what `ProfileParams::default()` says.

use palate::profile::ProfileParams;

#[test]
fn the_options_page_fills_in_the_cores_defaults() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../extension/options/options.js"
    );
    let js = std::fs::read_to_string(path).expect("options.js");
    let line = js
        .lines()
        .find(|l| l.starts_with("const DEFAULTS = {"))
        .expect("a `const DEFAULTS = {...}` line");
    let value = |field: &str| -> f64 {
        let at = line
            .find(&format!("{field}: "))
            .unwrap_or_else(|| panic!("{field} in DEFAULTS"));
        let rest = &line[at + field.len() + 2..];
        let end = rest.find([',', ' ', '}']).unwrap_or(rest.len());
        rest[..end]
            .parse()
            .unwrap_or_else(|e| panic!("{field}: {e}"))
    };
    let core = ProfileParams::default();
    assert_eq!(value("token_budget"), core.preamble.token_budget as f64);
    assert!((value("relevance_floor") - f64::from(core.preamble.relevance_floor)).abs() < 1e-6);
    assert_eq!(
        value("preference_half_life_days"),
        core.decay.preference_half_life_days
    );
    assert_eq!(
        value("style_half_life_days"),
        core.decay.style_half_life_days
    );
    assert_eq!(value("fact_half_life_days"), core.decay.fact_half_life_days);
}
