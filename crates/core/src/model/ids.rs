//! Stable ids, kept in the plan file: one for the plan, one for each scenario. What is made
//! from them (the calendar's UIDs) must survive renames, so they are never derived from names.
//!
//! A plan without ids (format 2, or a file written by hand) gets them when it is read: the
//! plan's from the file's bytes, so that reading the same file twice gives the same ids (a
//! calendar exported twice from an old, unsaved file still updates rather than doubles); each
//! scenario's from the plan's id and a number. The next save writes them.

use std::fmt;
use std::hash::{BuildHasher, Hasher};

use serde::{Deserialize, Deserializer, Serialize};

use super::rules;

/// The plan's id: 32 hexadecimal digits.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct PlanId(String);

/// A scenario's id, unique in its plan: 16 hexadecimal digits. Empty until the scenario joins
/// a plan (a fitted proposal has none yet).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct ScenarioId(String);

impl PlanId {
    /// A new plan's id: random, so two plans started the same second differ.
    pub fn random() -> PlanId {
        // std's hasher keys come from the system's randomness; the clock and a counter make
        // two calls in one process differ too.
        static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let count = COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let nanos =
            std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        let half = |salt: u64| {
            let mut h = std::collections::hash_map::RandomState::new().build_hasher();
            h.write_u128(nanos);
            h.write_u64(count);
            h.write_u64(salt);
            h.write_u32(std::process::id());
            h.finish()
        };
        PlanId(format!("{:016x}{:016x}", half(1), half(2)))
    }

    /// The id of a plan read from `text` that had none: the same text, the same id.
    pub fn of_text(text: &str) -> PlanId {
        PlanId(format!("{:016x}{:016x}", fnv1a(text.as_bytes(), 0), fnv1a(text.as_bytes(), 1)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl ScenarioId {
    /// The `n`-th id a plan hands out: the same plan id and number give the same id.
    pub(super) fn nth(plan: &PlanId, n: u32) -> ScenarioId {
        ScenarioId(format!("{:016x}", fnv1a(format!("{}/scenario/{n}", plan.0).as_bytes(), 0)))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl From<&str> for ScenarioId {
    fn from(s: &str) -> ScenarioId {
        ScenarioId(s.to_owned())
    }
}

impl From<&str> for PlanId {
    fn from(s: &str) -> PlanId {
        PlanId(s.to_owned())
    }
}

impl fmt::Display for PlanId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for ScenarioId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

// Read through the rule for ids, so a bad one is refused at its line and column.
impl<'de> Deserialize<'de> for PlanId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<PlanId, D::Error> {
        rules::de_id(d).map(PlanId)
    }
}

impl<'de> Deserialize<'de> for ScenarioId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<ScenarioId, D::Error> {
        rules::de_id(d).map(ScenarioId)
    }
}

/// FNV-1a, 64 bits: small and the same on every machine and version (std's hashers promise
/// neither). `salt` gives a second, independent half.
fn fnv1a(bytes: &[u8], salt: u8) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in std::iter::once(&salt).chain(bytes) {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// A short, stable name for a path or any text (the recovery copies' file names).
pub fn short_hash(text: &str) -> String {
    format!("{:016x}", fnv1a(text.as_bytes(), 0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Language, Plan, Scenario};

    #[test]
    fn the_same_text_gives_the_same_ids_and_another_text_others() {
        assert_eq!(PlanId::of_text("a"), PlanId::of_text("a"));
        assert_ne!(PlanId::of_text("a"), PlanId::of_text("b"));
        assert_eq!(PlanId::of_text("a").as_str().len(), 32);
        assert_ne!(PlanId::random(), PlanId::random());
    }

    #[test]
    fn new_scenarios_get_ids_no_scenario_has() {
        let mut plan = Plan::new("Shop", Language::En);
        plan.scenarios.push(Scenario::new("B"));
        plan.scenarios.push(Scenario::new("C"));
        plan.give_missing_ids();
        let mut ids: Vec<&str> = plan.scenarios.iter().map(|s| s.id.as_str()).collect();
        assert!(ids.iter().all(|id| id.len() == 16), "{ids:?}");
        ids.dedup();
        assert_eq!(ids.len(), 3);
        // Renamed, a scenario keeps its id.
        let before = plan.scenarios[1].id.clone();
        plan.scenarios[1].name = "Renamed".into();
        plan.give_missing_ids();
        assert_eq!(plan.scenarios[1].id, before);
    }
}
