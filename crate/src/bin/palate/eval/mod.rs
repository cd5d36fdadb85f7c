//! `palate eval`: every measure in shared/eval/README.md, as one table.

use std::path::Path;

pub fn run(_data: &Path) -> Result<(), String> {
    Err("eval: not built yet".into())
}
