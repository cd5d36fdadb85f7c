//! `palate eval`: every measure in shared/eval/README.md, as one table.

pub mod extraction;
pub mod measure;

use std::path::Path;

pub fn run(data: &Path) -> Result<(), String> {
    let measures = extraction::measures(data)?;
    print!("{}", measure::table(&measures));
    Ok(())
}
