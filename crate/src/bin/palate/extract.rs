//! `palate extract`: {"text"} lines in, {"items": [...]} lines out.

pub fn run() -> Result<(), String> {
    Err("extract: the extractor is not built yet".into())
}
