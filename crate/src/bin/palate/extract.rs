//! `palate extract`: {"text": string} lines in, {"items": [...]} lines out.
//!
//! One output line per non-blank input line, in order, so outputs can be zipped
//! with inputs. A malformed line yields `{"error": "line N: ..."}` in its place and
//! processing continues; the exit status is then 1 and stderr says how many lines
//! failed. Blank lines are skipped without output.

use std::io::{self, BufRead, BufWriter, Write};

use palate::extract::extract;
use palate::Item;
use serde::{Deserialize, Serialize};

#[derive(Deserialize)]
struct Input {
    text: String,
}

#[derive(Serialize)]
struct Output {
    items: Vec<Item>,
}

#[derive(Serialize)]
struct Failure {
    error: String,
}

pub fn run() -> Result<(), String> {
    let stdin = io::stdin();
    let mut out = BufWriter::new(io::stdout().lock());
    let failed = process(stdin.lock(), &mut out)?;
    out.flush()
        .map_err(|e| format!("extract: writing output: {e}"))?;
    if failed > 0 {
        return Err(format!(
            "extract: {failed} malformed input line(s); see the \"error\" lines"
        ));
    }
    Ok(())
}

/// Process every line; returns how many were malformed.
fn process(input: impl BufRead, out: &mut impl Write) -> Result<usize, String> {
    let mut failed = 0;
    for (n, line) in input.lines().enumerate() {
        let line = line.map_err(|e| format!("extract: reading line {}: {e}", n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let json = match serde_json::from_str::<Input>(&line) {
            Ok(input) => serde_json::to_string(&Output {
                items: extract(&input.text),
            }),
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
        let failed = process(input.as_bytes(), &mut out).unwrap();
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
    }

    #[test]
    fn a_malformed_line_yields_an_error_line_and_processing_continues() {
        let (out, failed) = run_on("not json\n{\"text\": \"I hate olives\"}\n");
        assert_eq!(failed, 1);
        let lines: Vec<&str> = out.lines().collect();
        assert!(lines[0].starts_with("{\"error\":\"line 1:"));
        assert!(lines[1].contains("olives"));
    }
}
