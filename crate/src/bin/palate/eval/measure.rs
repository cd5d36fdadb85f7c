//! One row of the evaluation table.

/// A measured figure, what it should reach, and how it was computed.
#[derive(Debug, Clone, PartialEq)]
pub struct Measure {
    pub name: String,
    pub value: f64,
    /// The goal, as written in the table (">= 0.85", "<= 0.05"); None when only reported.
    pub target: Option<String>,
    /// How it was measured, in one line.
    pub note: String,
}

impl Measure {
    pub fn new(name: &str, value: f64, target: Option<&str>, note: impl Into<String>) -> Measure {
        Measure {
            name: name.to_owned(),
            value,
            target: target.map(str::to_owned),
            note: note.into(),
        }
    }

    /// Whether the target (if any) is met. Targets are ">= x" or "<= x".
    pub fn met(&self) -> Option<bool> {
        let t = self.target.as_deref()?;
        let (op, x) = t.split_at(2);
        let x: f64 = x.trim().parse().ok()?;
        match op {
            ">=" => Some(self.value >= x),
            "<=" => Some(self.value <= x),
            _ => None,
        }
    }
}

/// The measures as an aligned text table.
pub fn table(measures: &[Measure]) -> String {
    let mut out = String::new();
    let width = measures
        .iter()
        .map(|m| m.name.len())
        .max()
        .unwrap_or(0)
        .max(7);
    out.push_str(&format!(
        "{:width$}  {:>7}  {:>8}  {:4}  note\n",
        "measure", "value", "target", "met"
    ));
    for m in measures {
        let met = match m.met() {
            Some(true) => "yes",
            Some(false) => "NO",
            None => "-",
        };
        out.push_str(&format!(
            "{:width$}  {:>7.4}  {:>8}  {:4}  {}\n",
            m.name,
            m.value,
            m.target.as_deref().unwrap_or("-"),
            met,
            m.note
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_are_checked_both_ways() {
        assert_eq!(
            Measure::new("a", 0.9, Some(">= 0.85"), "").met(),
            Some(true)
        );
        assert_eq!(
            Measure::new("a", 0.06, Some("<= 0.05"), "").met(),
            Some(false)
        );
        assert_eq!(Measure::new("a", 0.5, None, "").met(), None);
    }
}
