//! `palate`: the same engine as the extension, from the command line.
//! Subcommands read JSON Lines on stdin and write JSON Lines on stdout
//! (ARCHITECTURE.md §6: a stable contract that outside tools depend on).

mod eval;
mod extract;
mod session;

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use palate::embed::{Embed, StaticModel, TransformerModel};
use palate::profile::ProfileParams;

#[derive(Parser)]
#[command(
    name = "palate",
    version,
    about = "Learn preferences from chat turns and write a slim preamble, offline."
)]
struct Cli {
    /// A JSON file of engine parameters (decay, merge, dbscan, aggregate, preamble);
    /// omitted fields keep their defaults. Used by `session` and `eval`.
    #[arg(long, global = true)]
    params: Option<std::path::PathBuf>,
    /// The built-in embedding model for `session` and `eval`: `static` (the distilled
    /// table, fast) or `transformer` (all-MiniLM-L6-v2 itself, int8, read from
    /// crate/assets; thousands of times slower; README says what it changes).
    /// (`--model` is the LLM's name for `extract`.)
    #[arg(long, global = true, value_enum, default_value_t = Model::Static)]
    embedding: Model,
    #[command(subcommand)]
    command: Command,
}

fn load_params(path: Option<&std::path::Path>) -> Result<ProfileParams, String> {
    let Some(path) = path else {
        return Ok(ProfileParams::default());
    };
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let params: ProfileParams =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    params
        .check()
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(params)
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Model {
    Static,
    Transformer,
}

fn load_model(model: Model) -> Result<&'static dyn Embed, String> {
    Ok(match model {
        Model::Static => StaticModel::embedded(),
        Model::Transformer => TransformerModel::from_source_tree().map_err(|e| e.to_string())?,
    })
}

#[derive(Subcommand)]
enum Command {
    /// Read {"text": ...} lines; write the evidence the built-in extractor finds in each
    /// (or an LLM provider, with --provider-url and --model).
    Extract(extract::ProviderArgs),
    /// Read scenario lines {"turns", "query", "now"?, "turn_times"?}; for each, learn
    /// from the turns in a fresh memory and write the memories and the query's preamble.
    Session,
    /// Run every evaluation measure over the data in DIR and print a table.
    Eval {
        /// Folder holding the evaluation JSON Lines files.
        #[arg(long, default_value = "../shared/eval")]
        data: std::path::PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = load_params(cli.params.as_deref()).and_then(|params| match cli.command {
        Command::Extract(provider) => extract::run(provider),
        Command::Session => session::run(load_model(cli.embedding)?, &params),
        Command::Eval { data } => eval::run(&data, load_model(cli.embedding)?, &params),
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("palate: {e}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use clap::{CommandFactory, Parser};

    use super::{Cli, Command, Model};

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn extract_keeps_its_llm_model_beside_the_embedding_choice() {
        // A global `--model` once shadowed extract's own, and every `palate extract` panicked.
        let cli = Cli::try_parse_from(["palate", "extract"]).unwrap();
        assert!(matches!(cli.command, Command::Extract(_)));
        let cli = Cli::try_parse_from(["palate", "--embedding", "transformer", "eval"]).unwrap();
        assert!(matches!(cli.embedding, Model::Transformer));
        assert!(Cli::try_parse_from(["palate", "--embedding", "bert", "session"]).is_err());
    }
}
