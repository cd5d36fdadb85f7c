//! Cluster descriptions: rule-based, directional, deterministic. Written when evidence
//! changes, never at prompt time ("likes quiet keyboards, tactile switches; dislikes
//! loud clicky switches").

use serde::{Deserialize, Serialize};

use crate::item::Polarity;
use crate::memory::{Memory, MemoryId};

/// Members named in a description, per side.
pub const MAX_NAMED: usize = 3;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Description {
    pub text: String,
    /// Σ strength / Σ |strength|, in [-1, 1]: +1 when every member is liked.
    pub direction: f32,
    /// The members named for the cluster's way, strongest first.
    pub supporting: Vec<MemoryId>,
    /// The members named against it, strongest first.
    pub opposing: Vec<MemoryId>,
}

/// Describe a cluster from its members and their current signed strengths (faded
/// members count for little, since their strength is small).
pub fn describe(members: &[(&Memory, f32)]) -> Description {
    let total: f32 = members.iter().map(|(_, s)| s).sum();
    let mass: f32 = members.iter().map(|(_, s)| s.abs()).sum();
    let direction = if mass > 0.0 {
        (total / mass).clamp(-1.0, 1.0)
    } else {
        0.0
    };
    name(direction, members.to_vec())
}

/// The description for `direction` from `candidates`: any members with their current
/// signed strengths that include the [`MAX_NAMED`] strongest of each polarity (the
/// rest are ignored), so a large cluster needs only its strongest few.
pub fn name(direction: f32, mut candidates: Vec<(&Memory, f32)>) -> Description {
    let way = if direction >= 0.0 {
        Polarity::Like
    } else {
        Polarity::Dislike
    };
    // Strongest first; ties by topic so the text never depends on input order.
    candidates.sort_by(|a, b| {
        b.1.abs()
            .total_cmp(&a.1.abs())
            .then_with(|| a.0.topic.cmp(&b.0.topic))
    });
    let side = |p: Polarity| -> Vec<&Memory> {
        candidates
            .iter()
            .filter(|(m, _)| m.polarity == p)
            .map(|(m, _)| *m)
            .take(MAX_NAMED)
            .collect()
    };
    let (sup, opp) = (side(way), side(way.flipped()));
    let phrase = |p: Polarity, ms: &[&Memory]| -> Option<String> {
        if ms.is_empty() {
            return None;
        }
        let verb = if p == Polarity::Like {
            "likes"
        } else {
            "dislikes"
        };
        let names: Vec<&str> = ms.iter().map(|m| m.topic.as_str()).collect();
        Some(format!("{verb} {}", names.join(", ")))
    };
    let text = [phrase(way, &sup), phrase(way.flipped(), &opp)]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join("; ");
    Description {
        text,
        direction,
        supporting: sup.iter().map(|m| m.id).collect(),
        opposing: opp.iter().map(|m| m.id).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::item::Kind;
    use crate::memory::Provenance;

    fn m(id: u64, topic: &str, p: Polarity) -> Memory {
        Memory::new(id, topic, Kind::Preference, p, Provenance::Learned, vec![])
    }

    #[test]
    fn descriptions_lead_with_the_dominant_direction() {
        let (a, b, c) = (
            m(1, "quiet keyboards", Polarity::Like),
            m(2, "loud clicky switches", Polarity::Dislike),
            m(3, "tactile switches", Polarity::Like),
        );
        let d = describe(&[(&b, -0.5), (&a, 1.2), (&c, 0.7)]);
        assert_eq!(
            d.text,
            "likes quiet keyboards, tactile switches; dislikes loud clicky switches"
        );
        assert_eq!(d.supporting, vec![1, 3]);
        assert_eq!(d.opposing, vec![2]);
        assert!(d.direction > 0.0);
        let d = describe(&[(&b, -2.0), (&a, 0.5)]);
        assert_eq!(
            d.text,
            "dislikes loud clicky switches; likes quiet keyboards"
        );
        assert!(d.direction < 0.0);
    }

    #[test]
    fn descriptions_do_not_depend_on_member_order_and_name_at_most_three() {
        let ms: Vec<Memory> = (0..6)
            .map(|i| m(i, &format!("topic {i}"), Polarity::Like))
            .collect();
        let mut pairs: Vec<(&Memory, f32)> = ms.iter().map(|x| (x, 1.0)).collect();
        let d1 = describe(&pairs);
        pairs.reverse();
        assert_eq!(describe(&pairs), d1);
        assert_eq!(d1.text, "likes topic 0, topic 1, topic 2");
        assert_eq!(describe(&[]).text, "");
    }
}
