//! What an owner does with scenarios: start one, copy one, rename one, delete one. Each keeps
//! its own choices, hours and moves; the business, products, audience and time are shared.

use super::broken::Broken;
use super::language::Language;
use super::plan::{Plan, Scenario};
use super::rules;

/// Why a scenario could not be renamed.
#[derive(Clone, Debug, PartialEq)]
pub enum RenameRefused {
    /// The name breaks the rule for names (empty, too long, a control character).
    BadName(Broken),
    /// Another scenario has that name.
    Taken,
}

impl RenameRefused {
    pub fn words(&self, lang: Language) -> String {
        match self {
            RenameRefused::BadName(why) => why.words(lang),
            RenameRefused::Taken => {
                lang.pick("un autre scénario porte déjà ce nom", "another scenario has that name").to_owned()
            }
        }
    }
}

impl Plan {
    /// Whether a scenario has this name, as the plan rules compare names (capitals aside).
    fn has_scenario_named(&self, name: &str) -> bool {
        self.scenarios.iter().any(|s| rules::same_name(&s.name, name))
    }

    /// `base`, or `base 2`, `base 3`… : the first name no scenario has (the base shortened
    /// when the number would make the name longer than a name may be).
    pub fn free_scenario_name(&self, base: &str) -> String {
        if !self.has_scenario_named(base) {
            return base.to_owned();
        }
        (2..)
            .map(|n| {
                let suffix = format!(" {n}");
                let room = rules::MAX_NAME_CHARS.saturating_sub(suffix.chars().count());
                let stem: String = base.chars().take(room).collect();
                format!("{}{suffix}", stem.trim_end())
            })
            .find(|name| !self.has_scenario_named(name))
            .unwrap_or_default()
    }

    /// A new empty scenario (no platform yet, the plan's hours), made the current one.
    pub fn add_scenario(&mut self) -> String {
        let name = self.free_scenario_name(self.language.pick("Scénario", "Scenario"));
        let mut scenario = Scenario::new(name.clone());
        scenario.id = self.free_scenario_id();
        self.scenarios.push(scenario);
        self.current_scenario = name.clone();
        name
    }

    /// A copy of the current scenario, placed after it and made the current one.
    pub fn duplicate_scenario(&mut self) -> String {
        let mut copy = self.current_mut().clone();
        // A copy of a copy is another copy of the original: "X (copy 2)", not "X (copy) (copy)".
        let word = self.language.pick("copie", "copy");
        let original = copy.name.clone();
        let stem = original
            .strip_suffix(')')
            .and_then(|s| s.rsplit_once(&format!(" ({word}")))
            .filter(|(_, n)| n.is_empty() || n.trim().parse::<u32>().is_ok())
            .map_or(original.as_str(), |(stem, _)| stem);
        let first = format!("{stem} ({word})");
        copy.name = if self.has_scenario_named(&first) {
            (2..)
                .map(|n| format!("{stem} ({word} {n})"))
                .find(|name| !self.has_scenario_named(name))
                .unwrap_or_default()
        } else {
            first
        };
        // A copy is another scenario: its own id, so its calendar events are its own.
        copy.id = self.free_scenario_id();
        let name = copy.name.clone();
        let at = self.current_index() + 1;
        self.scenarios.insert(at, copy);
        self.current_scenario = name.clone();
        name
    }

    /// Adds `scenario` (a fitted one, say) under a free name, after the current one, and makes
    /// it the current one: never in place of a scenario of the same name. Returns the name it
    /// got (`name 2` when `name` is taken). The window's "Keep" and the command line's `fit`
    /// both add a fitted scenario through here.
    pub fn add_scenario_from(&mut self, mut scenario: Scenario) -> String {
        scenario.name = self.free_scenario_name(&scenario.name);
        scenario.id = self.free_scenario_id();
        let name = scenario.name.clone();
        let at = if self.scenarios.is_empty() { 0 } else { self.current_index() + 1 };
        self.scenarios.insert(at, scenario);
        self.current_scenario = name.clone();
        name
    }

    /// Renames the current scenario; refused when the name is not a valid name or is taken.
    pub fn rename_scenario(&mut self, new_name: &str) -> Result<(), RenameRefused> {
        let new_name = new_name.trim();
        rules::name(new_name).map_err(RenameRefused::BadName)?;
        let current = self.current_mut().name.clone();
        if new_name == current {
            return Ok(());
        }
        // Another scenario of that name, capitals aside (the plan rules refuse "Summer" twice
        // as "summer"); changing only the capitals of this one's own name is fine.
        if self.scenarios.iter().any(|s| s.name != current && rules::same_name(&s.name, new_name)) {
            return Err(RenameRefused::Taken);
        }
        self.current_mut().name = new_name.to_owned();
        self.current_scenario = new_name.to_owned();
        Ok(())
    }

    /// Deletes the current scenario; the one before it (or after, for the first) becomes the
    /// current one. The last scenario stays: a plan always has one. True when deleted.
    pub fn delete_scenario(&mut self) -> bool {
        if self.scenarios.len() <= 1 {
            return false;
        }
        let at = self.current_index();
        self.scenarios.remove(at);
        let next = at.saturating_sub(1).min(self.scenarios.len() - 1);
        self.current_scenario = self.scenarios[next].name.clone();
        true
    }

    fn current_index(&mut self) -> usize {
        self.current_mut();
        self.scenarios.iter().position(|s| s.name == self.current_scenario).unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Catalogue, Choice};

    fn plan() -> Plan {
        let mut plan = Plan::new("Bakery", Language::En);
        let instagram = Catalogue::built_in().get("instagram").unwrap();
        plan.current_choices_mut().push(Choice::with_defaults(instagram));
        plan
    }

    #[test]
    fn new_and_duplicate_get_free_names_and_become_current() {
        let mut plan = plan();
        assert_eq!(plan.add_scenario(), "Scenario");
        assert!(plan.current_choices().is_empty(), "a new scenario starts empty");
        assert_eq!(plan.add_scenario(), "Scenario 2");
        plan.select_scenario("My plan").unwrap();
        assert_eq!(plan.duplicate_scenario(), "My plan (copy)");
        assert_eq!(plan.current_choices().len(), 1, "a copy keeps the choices");
        assert_eq!(plan.scenarios[1].name, "My plan (copy)", "right after the original");
        plan.select_scenario("My plan").unwrap();
        assert_eq!(plan.duplicate_scenario(), "My plan (copy 2)");
        assert_eq!(plan.duplicate_scenario(), "My plan (copy 3)", "a copy of a copy is another copy");
    }

    #[test]
    fn rename_refuses_a_taken_or_bad_name_and_keeps_the_current_one() {
        let mut plan = plan();
        plan.add_scenario();
        assert_eq!(plan.rename_scenario("My plan"), Err(RenameRefused::Taken));
        assert_eq!(
            plan.rename_scenario("MY PLAN "),
            Err(RenameRefused::Taken),
            "capitals aside, as the rules"
        );
        plan.rename_scenario("SCENARIO").unwrap();
        assert_eq!(plan.current_scenario, "SCENARIO", "its own name in other capitals is fine");
        assert!(matches!(plan.rename_scenario("  "), Err(RenameRefused::BadName(_))));
        assert_eq!(plan.current_scenario, "SCENARIO", "a refused name changes nothing");
        plan.rename_scenario(" Summer ").unwrap();
        assert_eq!(plan.add_scenario(), "Scenario", "free again, capitals aside");
        assert_eq!(plan.add_scenario(), "Scenario 2");
        plan.select_scenario("Summer").unwrap();
        assert_eq!((plan.current_scenario.as_str(), plan.scenarios[1].name.as_str()), ("Summer", "Summer"));
        assert_eq!(RenameRefused::Taken.words(Language::Fr), "un autre scénario porte déjà ce nom");
    }

    #[test]
    fn delete_keeps_the_last_scenario_and_selects_a_neighbour() {
        let mut plan = plan();
        assert!(!plan.delete_scenario(), "a plan always keeps one scenario");
        plan.add_scenario();
        plan.add_scenario();
        plan.select_scenario("Scenario").unwrap();
        assert!(plan.delete_scenario());
        assert_eq!(plan.current_scenario, "My plan");
        plan.select_scenario("My plan").unwrap();
        assert!(plan.delete_scenario());
        assert_eq!(plan.current_scenario, "Scenario 2", "the first one's neighbour is after it");
        assert_eq!(plan.scenarios.len(), 1);
    }
}
