//! `palate eval`: every measure in shared/eval/README.md, as one table.

pub mod extraction;
pub mod measure;
pub mod selection;

use std::path::Path;

use palate::embed::Embed;
use palate::profile::ProfileParams;

pub fn run(data: &Path, embed: &'static dyn Embed, params: &ProfileParams) -> Result<(), String> {
    let mut measures = extraction::measures(data, embed)?;
    measures.extend(selection::measures(data, embed, params)?);
    print!("{}", measure::table(&measures));
    Ok(())
}
