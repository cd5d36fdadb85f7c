//! "I'm on blood thinners", "I take insulin", "I'm on meds for my blood pressure": a
//! medicine taken for good, which decides what is safe to take, eat or drink beside it
//! (ibuprofen, grapefruit, a glass of wine). Kept on the device like every fact; the
//! popup lists it for review and deletion.

use super::{Ctx, Found, Rule};

pub(crate) const RULE: Rule = Rule {
    name: "fact_medicine",
    description: "medicine facts: I'm on blood thinners / antidepressants / the pill, I take insulin / metformin / warfarin, I'm on meds for my blood pressure",
    in_requests: false,
    apply,
};

/// A medicine as said, what it is stored as (after "on": "on warfarin", "on birth
/// control" read as the person says them), and its class: what it
/// bears on is the class's ([`medicine_class`]). A drug named by its name keeps it.
const MEDICINES: &[(&[&str], &str, &str)] = &[
    (&["blood", "thinners"], "blood thinners", "blood thinners"),
    (
        &["a", "blood", "thinner"],
        "blood thinners",
        "blood thinners",
    ),
    (&["blood-thinners"], "blood thinners", "blood thinners"),
    (&["warfarin"], "warfarin", "blood thinners"),
    (&["coumadin"], "coumadin", "blood thinners"),
    (&["eliquis"], "eliquis", "blood thinners"),
    (&["xarelto"], "xarelto", "blood thinners"),
    (&["insulin"], "insulin", "insulin"),
    (&["metformin"], "metformin", "insulin"),
    (&["antidepressants"], "antidepressants", "antidepressants"),
    (
        &["an", "antidepressant"],
        "antidepressants",
        "antidepressants",
    ),
    (&["ssris"], "ssris", "antidepressants"),
    (&["an", "ssri"], "ssris", "antidepressants"),
    (&["sertraline"], "sertraline", "antidepressants"),
    (&["zoloft"], "zoloft", "antidepressants"),
    (&["lexapro"], "lexapro", "antidepressants"),
    (&["prozac"], "prozac", "antidepressants"),
    (&["wellbutrin"], "wellbutrin", "antidepressants"),
    (&["maois"], "maois", "maois"),
    (&["an", "maoi"], "maois", "maois"),
    (&["lithium"], "lithium", "lithium"),
    (&["statins"], "statins", "statins"),
    (&["a", "statin"], "statins", "statins"),
    (&["lipitor"], "lipitor", "statins"),
    (&["birth", "control"], "birth control", "birth control"),
    (&["the", "pill"], "birth control", "birth control"),
    (
        &["blood", "pressure", "medication"],
        "blood pressure medication",
        "blood pressure medication",
    ),
    (
        &["blood", "pressure", "meds"],
        "blood pressure medication",
        "blood pressure medication",
    ),
    (
        &["thyroid", "medication"],
        "thyroid medication",
        "thyroid medication",
    ),
    (&["levothyroxine"], "levothyroxine", "thyroid medication"),
    (&["synthroid"], "synthroid", "thyroid medication"),
    (
        &["adhd", "medication"],
        "adhd medication",
        "adhd medication",
    ),
    (&["adhd", "meds"], "adhd medication", "adhd medication"),
    (&["adderall"], "adderall", "adhd medication"),
    (&["ritalin"], "ritalin", "adhd medication"),
    (&["vyvanse"], "vyvanse", "adhd medication"),
    (&["accutane"], "accutane", "accutane"),
    (&["isotretinoin"], "isotretinoin", "accutane"),
    (&["chemo"], "chemotherapy", "chemotherapy"),
    (&["chemotherapy"], "chemotherapy", "chemotherapy"),
    (
        &["immunosuppressants"],
        "immunosuppressants",
        "immunosuppressants",
    ),
    (&["steroids"], "steroids", "immunosuppressants"),
    (&["prednisone"], "prednisone", "immunosuppressants"),
    (&["antibiotics"], "antibiotics", "antibiotics"),
];

/// What "medication for ..." is for, the medicine it is stored as and its class: "I'm
/// on meds for my blood pressure" is *on blood pressure medication*.
const FOR: &[(&[&str], &str, &str)] = &[
    (
        &["blood", "pressure"],
        "blood pressure medication",
        "blood pressure medication",
    ),
    (
        &["high", "blood", "pressure"],
        "blood pressure medication",
        "blood pressure medication",
    ),
    (&["thyroid"], "thyroid medication", "thyroid medication"),
    (&["adhd"], "adhd medication", "adhd medication"),
    (&["anxiety"], "anxiety medication", "antidepressants"),
    (&["depression"], "antidepressants", "antidepressants"),
    (&["cholesterol"], "statins", "statins"),
    (&["diabetes"], "diabetes medication", "insulin"),
    (&["epilepsy"], "epilepsy medication", "epilepsy medication"),
    (&["seizures"], "epilepsy medication", "epilepsy medication"),
];

/// The class of a medicine the extractor stores ("on warfarin" is blood thinners),
/// for what it bears on ([`crate::domain::fact_called_for`]).
pub(crate) fn medicine_class(topic: &str) -> Option<&'static str> {
    let what = topic.strip_prefix("on ")?;
    MEDICINES
        .iter()
        .chain(FOR)
        .find(|&&(_, stored, _)| stored == what)
        .map(|&(_, _, class)| class)
}

fn apply(ctx: &Ctx, out: &mut Vec<Found>) {
    for &a in ctx.anchors {
        // "I'm on", "I've been on", "I take", "I'm taking", "I have to take", "I'm
        // still on" (a modifier sits inside a cue).
        let Some((at, _)) = [
            &["am", "on"][..],
            &["have", "been", "on"],
            &["take"],
            &["am", "taking"],
            &["have", "been", "taking"],
            &["have", "to", "take"],
            &["need", "to", "take"],
        ]
        .iter()
        .find_map(|p| ctx.seq(a, p)) else {
            continue;
        };
        if let Some(what) = medicine(ctx, at) {
            out.push(Found::fact(format!("on {what}"), 0.85));
        }
    }
}

/// The medicine named at `at`, when the clause ends there or goes on with its reason,
/// its dose or its time ("I take insulin twice a day", "I'm on warfarin so ..."); not
/// "I take the pill box", "I'm on lithium batteries".
fn medicine(ctx: &Ctx, at: usize) -> Option<&'static str> {
    // "medication for my blood pressure", "meds for anxiety".
    let said_for = matches!(ctx.word(at), "medication" | "meds" | "medicine" | "pills")
        && ctx.word(at + 1) == "for";
    let (table, at) = if said_for {
        (FOR, at + 2 + usize::from(ctx.word(at + 2) == "my"))
    } else {
        (MEDICINES, at)
    };
    let (what, end) = table
        .iter()
        .find_map(|&(pat, stored, _)| ctx.seq(at, pat).map(|(end, _)| (stored, end)))?;
    let goes_on = ctx.toks.get(end).map_or(true, |t| t.is_stop())
        || matches!(
            ctx.word(end),
            "and"
                | "so"
                | "but"
                | "for"
                | "because"
                | "since"
                | "now"
                | "daily"
                | "every"
                | "twice"
                | "once"
                | "each"
                | "which"
                | "right"
                | "at"
                | "in"
                | "too"
                | "as"
                | "already"
                | "long-term"
        );
    goes_on.then_some(what)
}

#[cfg(test)]
mod tests {
    use super::medicine_class;

    #[test]
    fn a_medicine_is_known_by_its_class() {
        assert_eq!(medicine_class("on warfarin"), Some("blood thinners"));
        assert_eq!(medicine_class("on blood thinners"), Some("blood thinners"));
        assert_eq!(medicine_class("on diabetes medication"), Some("insulin"));
        assert_eq!(medicine_class("on statins"), Some("statins"));
        assert_eq!(medicine_class("on a budget"), None);
        assert_eq!(medicine_class("warfarin"), None);
    }
}
