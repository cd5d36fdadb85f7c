//! `palate extract`: {"text": string} lines in, {"items": [...]} lines out.
//!
//! One output line per non-blank input line, in order, so outputs can be zipped
//! with inputs. A malformed line yields `{"error": "line N: ..."}` in its place and
//! processing continues; the exit status is then 1 and stderr says how many lines
//! failed. Blank lines are skipped without output.
//!
//! Offline by default. With `--provider-url URL --model M [--key-env VAR]` an
//! OpenAI-compatible endpoint extracts instead; the key is read from the named
//! environment variable, never from the command line. A line the provider fails on
//! gets an error line like a malformed one.

use std::io::{self, BufRead, BufWriter, Write};
use std::time::Duration;

use palate::extract::extract;
use palate::provider::native::{HttpTransport, DEFAULT_TIMEOUT};
use palate::provider::{LlmExtractor, ProviderConfig};
use palate::{Item, Kind, Polarity};
use serde::{Deserialize, Serialize};

/// Optional LLM extraction; without `--provider-url` nothing touches the network.
#[derive(clap::Args, Debug, Default)]
pub struct ProviderArgs {
    /// OpenAI-compatible base URL, e.g. http://localhost:11434/v1.
    #[arg(long, value_name = "URL", requires = "model")]
    provider_url: Option<String>,
    /// Model name at the provider.
    #[arg(long, value_name = "M", requires = "provider_url")]
    model: Option<String>,
    /// Environment variable holding the API key (the key itself is never an argument).
    #[arg(long, value_name = "VAR", requires = "provider_url")]
    key_env: Option<String>,
    /// Seconds before a provider request gives up [default: 20].
    #[arg(long, value_name = "SECS", requires = "provider_url")]
    timeout: Option<u64>,
}

impl ProviderArgs {
    /// The LLM extractor these flags ask for, or `None` for the built-in one.
    fn extractor(self) -> Result<Option<LlmExtractor<HttpTransport>>, String> {
        let (Some(base_url), Some(model)) = (self.provider_url, self.model) else {
            return Ok(None);
        };
        let api_key = match self.key_env {
            Some(var) => Some(std::env::var(&var).map_err(|_| {
                format!("extract: environment variable {var} (--key-env) is not set")
            })?),
            None => None,
        };
        let provider = ProviderConfig {
            base_url,
            model,
            api_key,
        }
        .check()
        .map_err(|e| format!("extract: provider settings: {e}"))?;
        let timeout = self.timeout.map_or(DEFAULT_TIMEOUT, Duration::from_secs);
        Ok(Some(LlmExtractor::new(
            provider,
            HttpTransport::with_timeout(timeout),
        )))
    }
}

#[derive(Deserialize)]
struct Input {
    text: String,
}

#[derive(Serialize)]
struct Output<'a> {
    items: Vec<Said<'a>>,
}

/// An item in the fields ARCHITECTURE §6 fixes, no more: outside tools depend on them.
#[derive(Serialize)]
struct Said<'a> {
    topic: &'a str,
    polarity: Polarity,
    kind: Kind,
    intensity: f32,
    quote: &'a str,
}

impl<'a> From<&'a Item> for Said<'a> {
    fn from(i: &'a Item) -> Self {
        Said {
            topic: &i.topic,
            polarity: i.polarity,
            kind: i.kind,
            intensity: i.intensity,
            quote: &i.quote,
        }
    }
}

#[derive(Serialize)]
struct Failure {
    error: String,
}

pub fn run(provider: ProviderArgs) -> Result<(), String> {
    let llm = provider.extractor()?;
    let mut extract_one = |text: &str| match &llm {
        None => Ok(extract(text)),
        Some(llm) => {
            pollster::block_on(llm.extract(text)).map_err(|e| format!("provider failed: {e}"))
        }
    };
    let stdin = io::stdin();
    let mut out = BufWriter::new(io::stdout().lock());
    let failed = process(stdin.lock(), &mut out, &mut extract_one)?;
    out.flush()
        .map_err(|e| format!("extract: writing output: {e}"))?;
    if failed > 0 {
        return Err(format!(
            "extract: {failed} line(s) failed; see the \"error\" lines"
        ));
    }
    Ok(())
}

/// Process every line with `extract_one`; returns how many failed.
fn process(
    input: impl BufRead,
    out: &mut impl Write,
    extract_one: &mut dyn FnMut(&str) -> Result<Vec<Item>, String>,
) -> Result<usize, String> {
    let mut failed = 0;
    for (n, line) in input.lines().enumerate() {
        let line = line.map_err(|e| format!("extract: reading line {}: {e}", n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let json = match serde_json::from_str::<Input>(&line) {
            Ok(input) => match extract_one(&input.text) {
                Ok(items) => serde_json::to_string(&Output {
                    items: items.iter().map(Said::from).collect(),
                }),
                Err(e) => {
                    failed += 1;
                    serde_json::to_string(&Failure {
                        error: format!("line {}: {e}", n + 1),
                    })
                }
            },
            Err(e) => {
                failed += 1;
                serde_json::to_string(&Failure {
                    error: format!("line {}: expected {{\"text\": string}}: {e}", n + 1),
                })
            }
        }
        .map_err(|e| format!("extract: {e}"))?;
        writeln!(out, "{json}").map_err(|e| format!("extract: writing output: {e}"))?;
    }
    Ok(failed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_on(input: &str) -> (String, usize) {
        let mut out = Vec::new();
        let failed = process(input.as_bytes(), &mut out, &mut |t| Ok(extract(t))).unwrap();
        (String::from_utf8(out).unwrap(), failed)
    }

    #[test]
    fn each_line_gets_its_items() {
        let (out, failed) =
            run_on("{\"text\": \"I love jazz\"}\n\n{\"text\": \"do you like jazz?\"}\n");
        assert_eq!(failed, 0);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(
            lines[0].contains("\"topic\":\"jazz\"") && lines[0].contains("\"polarity\":\"like\"")
        );
        assert_eq!(lines[1], "{\"items\":[]}");
        // Exactly the contract's fields, also for a change of mind.
        let (out, _) = run_on("{\"text\": \"I don't like jazz anymore\"}\n");
        let v: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
        let keys: Vec<&str> = v["items"][0]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(keys, ["intensity", "kind", "polarity", "quote", "topic"]);
    }

    #[test]
    fn a_malformed_line_yields_an_error_line_and_processing_continues() {
        let (out, failed) = run_on("not json\n{\"text\": \"I hate olives\"}\n");
        assert_eq!(failed, 1);
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines[0].starts_with("{\"error\":\"line 1:"));
        assert!(lines[1].contains("olives"));
    }

    #[test]
    fn a_provider_failure_yields_an_error_line_and_processing_continues() {
        let mut out = Vec::new();
        let mut flaky = |t: &str| {
            if t.contains("fail") {
                Err("provider failed: the provider did not answer in time".to_owned())
            } else {
                Ok(extract(t))
            }
        };
        let input = "{\"text\": \"fail\"}\n{\"text\": \"I love jazz\"}\n";
        let failed = process(input.as_bytes(), &mut out, &mut flaky).unwrap();
        assert_eq!(failed, 1);
        let out = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines[0].starts_with("{\"error\":\"line 1: provider failed"));
        assert!(lines[1].contains("jazz"));
    }

    #[test]
    fn without_provider_flags_extraction_stays_built_in() {
        assert!(ProviderArgs::default().extractor().unwrap().is_none());
    }

    #[test]
    fn the_key_comes_from_the_named_environment_variable_only() {
        let args = ProviderArgs {
            provider_url: Some("http://127.0.0.1:9/v1".into()),
            model: Some("m".into()),
            key_env: Some("PALATE_TEST_SURELY_UNSET_KEY".into()),
            timeout: None,
        };
        let err = args.extractor().unwrap_err();
        assert!(err.contains("PALATE_TEST_SURELY_UNSET_KEY"), "{err}");
        let bad = ProviderArgs {
            provider_url: Some("ftp://x".into()),
            model: Some("m".into()),
            ..ProviderArgs::default()
        };
        assert!(bad.extractor().unwrap_err().contains("http://"));
    }
}
