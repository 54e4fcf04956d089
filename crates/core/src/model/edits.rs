//! What an owner does to a plan in the window, besides its scenarios (`scenarios.rs`): each
//! edit in one place, with its rule (the lists kept sorted, one age group and one kind of
//! customer always left, an own platform's choices forgotten with it), so that no view
//! changes the plan's lists by hand.

use super::audience::{AgeBand, Customer};
use super::calendar_record::Date;
use super::catalogue::{Catalogue, Platform};
use super::country::Country;
use super::goal::Goal;
use super::opening::{Clock, Move, Weekday};
use super::plan::{Choice, Plan, Product};
use super::rules;
use super::seasons::{MonthDay, Season};
use super::voices::{Ambassador, Permission, ReviewRoutine, Role};

impl Plan {
    /// Turns a goal on or off.
    pub fn set_goal(&mut self, goal: Goal, on: bool) {
        let goals = &mut self.audience.goals;
        goals.retain(|g| *g != goal);
        if on {
            goals.push(goal);
            goals.sort();
        }
    }

    /// Turns an age group on or off; the last one stays (false).
    pub fn set_age(&mut self, band: AgeBand, on: bool) -> bool {
        let ages = &mut self.audience.ages;
        if !on && ages.len() == 1 && ages.contains(&band) {
            return false;
        }
        ages.retain(|b| *b != band);
        if on {
            ages.push(band);
            ages.sort();
        }
        true
    }

    /// Turns a kind of customer on or off; the last one stays (false).
    pub fn set_customer(&mut self, customer: Customer, on: bool) -> bool {
        let customers = &mut self.audience.customers;
        if !on && customers.len() == 1 && customers.contains(&customer) {
            return false;
        }
        customers.retain(|c| *c != customer);
        if on {
            customers.push(customer);
            customers.sort();
        }
        true
    }

    /// The hours a week of the scenario on screen: its own when it has them, else the plan's.
    pub fn set_weekly_hours(&mut self, hours: f64) {
        match self.current().and_then(|s| s.weekly_hours) {
            Some(_) => self.current_mut().weekly_hours = Some(hours),
            None => self.time.weekly_budget_hours = hours,
        }
    }

    /// The scenario on screen takes the plan's hours again.
    pub fn use_plan_hours(&mut self) {
        self.current_mut().weekly_hours = None;
    }

    pub fn add_product(&mut self, product: Product) {
        self.products.push(product);
    }

    /// Removes the product at `index` (nothing when there is none).
    pub fn remove_product(&mut self, index: usize) {
        if index < self.products.len() {
            self.products.remove(index);
        }
    }

    /// Swaps two products in the list (nothing when one is missing).
    pub fn swap_products(&mut self, a: usize, b: usize) {
        if a < self.products.len() && b < self.products.len() {
            self.products.swap(a, b);
        }
    }

    pub fn add_custom_platform(&mut self, platform: Platform) {
        self.custom_platforms.push(platform);
    }

    /// Removes the owner's own platform at `index`, and every scenario's choice of it.
    pub fn remove_custom_platform(&mut self, index: usize) {
        if index < self.custom_platforms.len() {
            let id = self.custom_platforms.remove(index).id;
            self.forget_platform(&id);
        }
    }

    /// Adds the platform to the scenario on screen as `new_choice` makes it (the window passes
    /// `analysis::new_choice`, which knows when a business answers from the phone), or removes it
    /// as `remove_choice` does (what adapted its posts makes its own again).
    pub fn toggle_choice(
        &mut self,
        platform_id: &str,
        catalogue: &Catalogue,
        new_choice: impl FnOnce(&Plan, &Platform) -> Choice,
    ) {
        if self.is_chosen(platform_id) {
            self.remove_choice(platform_id);
        } else if let Some(p) = self.platform(catalogue, platform_id) {
            let choice = new_choice(self, p);
            self.current_choices_mut().push(choice);
        }
    }

    /// Keeps (or replaces) the owner's move of the week's item `key` in the scenario on screen.
    pub fn move_item(&mut self, key: &str, day: Weekday, at: Clock) {
        let moves = &mut self.current_mut().moves;
        let m = Move { item: key.to_owned(), day, at };
        match moves.iter_mut().find(|m| m.item == key) {
            Some(existing) => *existing = m,
            None => moves.push(m),
        }
    }

    /// Who covers on days off: a blank name is nobody yet.
    pub fn set_cover(&mut self, name: String) {
        self.reactivity.cover = if name.trim().is_empty() { None } else { Some(name) };
    }

    /// Forgets the owner's move of `key`: the week places it again.
    pub fn put_back(&mut self, key: &str) {
        self.current_mut().moves.retain(|m| m.item != key);
    }
}

impl Plan {
    /// Whose holidays and trade moments the year shows.
    pub fn set_country(&mut self, country: Country) {
        self.country = Some(country);
    }

    /// Adds the owner's season at the end of the list; refused (false) when the plan already
    /// has the most it keeps or a season of that name.
    pub fn add_season(&mut self, season: Season) -> bool {
        if self.seasons.len() >= rules::MAX_SEASONS
            || self.seasons.iter().any(|s| rules::same_name(&s.name, &season.name))
        {
            return false;
        }
        self.seasons.push(season);
        true
    }

    /// Removes the season at `index` (nothing when there is none).
    pub fn remove_season(&mut self, index: usize) {
        if index < self.seasons.len() {
            self.seasons.remove(index);
        }
    }

    /// Makes the trade moment `id` (`assets/seasons.ron`) one of the owner's seasons, only
    /// when the owner asks: named as the table names it in the plan's language, its days as
    /// in `year` (it keeps following the moment's rule each year), its preparation the table's
    /// lead weeks (estimates), the usual hours and posts until the owner changes them. The
    /// index of the new season, or None (no such moment, a public holiday, or no room).
    pub fn season_from_moment(&mut self, id: &str, year: i32) -> Option<usize> {
        let moment = super::moments::by_id(id).filter(|m| !m.is_holiday())?;
        let (first, last) = moment.days_in(year)?;
        let mut season = Season::new(moment.name(self.language), MonthDay::of(first), MonthDay::of(last));
        season.moment = Some(moment.id.clone());
        season.prepare_weeks = moment.lead_weeks.unwrap_or(0).min(rules::MAX_PREPARE_WEEKS);
        self.add_season(season).then(|| self.seasons.len() - 1)
    }
}

// The review routine and the ambassadors (`super::voices`).
impl Plan {
    /// Starts the starter routine (Google's reviews, five asks a week in person after a sale).
    pub fn start_review_routine(&mut self) {
        if self.voices.reviews.is_none() {
            self.voices.reviews = Some(ReviewRoutine::starter());
        }
    }

    pub fn stop_review_routine(&mut self) {
        self.voices.reviews = None;
    }

    /// Lists a review site, each once and up to the limit; false when it is not added.
    pub fn add_review_site(&mut self, id: &str) -> bool {
        let Some(r) = &mut self.voices.reviews else { return false };
        if r.sites.iter().any(|s| s == id) || r.sites.len() >= rules::MAX_REVIEW_SITES {
            return false;
        }
        r.sites.push(id.to_owned());
        true
    }

    /// Takes a review site off the list; the last one stays (false).
    pub fn remove_review_site(&mut self, index: usize) -> bool {
        let Some(r) = &mut self.voices.reviews else { return false };
        if r.sites.len() <= 1 || index >= r.sites.len() {
            return false;
        }
        r.sites.remove(index);
        true
    }

    /// Adds an ambassador under a name no other has ("A new ambassador 2"); false at the limit.
    pub fn add_ambassador(&mut self, name: &str, role: Role) -> bool {
        let list = &mut self.voices.ambassadors;
        if list.len() >= rules::MAX_AMBASSADORS {
            return false;
        }
        let taken = |n: &str| list.iter().any(|a| rules::same_name(&a.name, n));
        let name = (1..)
            .map(|i| if i == 1 { name.to_owned() } else { format!("{name} {i}") })
            .find(|n| !taken(n))
            .unwrap_or_default();
        list.push(Ambassador::new(name, role));
        true
    }

    pub fn remove_ambassador(&mut self, index: usize) {
        if index < self.voices.ambassadors.len() {
            self.voices.ambassadors.remove(index);
        }
    }

    /// Records that the ambassador at `index` agreed to `what` on `day`, or withdrew it.
    pub fn set_consent(&mut self, index: usize, what: Permission, agreed: bool, day: Date) {
        if let Some(a) = self.voices.ambassadors.get_mut(index) {
            if agreed {
                a.agree(what, day);
            } else {
                a.withdraw(what, day);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Language;

    #[test]
    fn the_last_age_group_and_kind_of_customer_stay() {
        let mut plan = Plan::new("Bakery", Language::En);
        plan.audience.ages = vec![AgeBand::ALL[0]];
        assert!(!plan.set_age(AgeBand::ALL[0], false));
        assert_eq!(plan.audience.ages, vec![AgeBand::ALL[0]]);
        assert!(plan.set_age(AgeBand::ALL[1], true) && plan.set_age(AgeBand::ALL[0], false));
        assert_eq!(plan.audience.ages, vec![AgeBand::ALL[1]]);
        plan.audience.customers = vec![Customer::ALL[1]];
        assert!(!plan.set_customer(Customer::ALL[1], false));
        assert!(plan.set_customer(Customer::ALL[0], true));
        assert_eq!(plan.audience.customers, vec![Customer::ALL[0], Customer::ALL[1]], "kept sorted");
    }

    #[test]
    fn goals_stay_sorted_and_once_each() {
        let mut plan = Plan::new("Bakery", Language::En);
        plan.audience.goals.clear();
        plan.set_goal(Goal::ALL[2], true);
        plan.set_goal(Goal::ALL[0], true);
        plan.set_goal(Goal::ALL[0], true);
        assert_eq!(plan.audience.goals, vec![Goal::ALL[0], Goal::ALL[2]]);
        plan.set_goal(Goal::ALL[2], false);
        assert_eq!(plan.audience.goals, vec![Goal::ALL[0]]);
    }

    #[test]
    fn an_own_platform_goes_with_its_choices_and_hours_go_where_the_scenario_keeps_them() {
        let catalogue = Catalogue::built_in();
        let mut plan = Plan::new("Bakery", Language::En);
        plan.add_custom_platform(Platform::custom("letter", "Letter", 0.2, 0.1));
        plan.toggle_choice("letter", catalogue, Plan::new_choice);
        assert!(plan.is_chosen("letter"));
        plan.remove_custom_platform(0);
        assert!(plan.custom_platforms.is_empty() && !plan.is_chosen("letter"));

        plan.set_weekly_hours(7.0);
        assert_eq!(plan.time.weekly_budget_hours, 7.0);
        plan.current_mut().weekly_hours = Some(3.0);
        plan.set_weekly_hours(4.0);
        assert_eq!((plan.time.weekly_budget_hours, plan.budget_hours()), (7.0, 4.0));
        plan.use_plan_hours();
        assert_eq!(plan.budget_hours(), 7.0);
    }

    #[test]
    fn a_trade_moment_becomes_a_season_only_when_asked_and_once() {
        let mut plan = Plan::new("Bakery", Language::Fr);
        plan.set_country(Country::Fr);
        assert!(plan.seasons.is_empty(), "no trade moment is a season by default");
        let i = plan.season_from_moment("christmas_shopping_season", 2026).unwrap();
        let s = &plan.seasons[i];
        assert_eq!(
            (s.name.as_str(), s.first.to_string(), s.last.to_string()),
            ("Achats de Noël", "11-27".into(), "12-24".into())
        );
        assert_eq!((s.prepare_weeks, s.moment.as_deref()), (3, Some("christmas_shopping_season")));
        assert_eq!(plan.season_from_moment("christmas_shopping_season", 2026), None, "its name is taken");
        assert_eq!(plan.season_from_moment("fr_christmas", 2026), None, "a public holiday is no season");
        assert_eq!(plan.season_from_moment("no_such_moment", 2026), None);
        plan.remove_season(0);
        assert!(plan.seasons.is_empty());
    }

    #[test]
    fn the_routine_keeps_a_site_each_once_and_the_last_one_and_ambassadors_their_own_names() {
        let mut plan = Plan::new("Bakery", Language::En);
        assert!(!plan.add_review_site("facebook"), "no routine yet");
        plan.start_review_routine();
        assert!(plan.add_review_site("facebook") && !plan.add_review_site("facebook"));
        assert!(plan.remove_review_site(0) && !plan.remove_review_site(0));
        assert_eq!(plan.voices.reviews.as_ref().unwrap().sites, vec!["facebook".to_owned()]);
        plan.add_ambassador("A new ambassador", Role::Customer);
        plan.add_ambassador("A new ambassador", Role::Customer);
        assert_eq!(plan.voices.ambassadors[1].name, "A new ambassador 2");
        let day = Date(chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap());
        plan.set_consent(1, Permission::Tag, true, day);
        plan.set_consent(1, Permission::Tag, false, day);
        assert!(!plan.voices.ambassadors[1].allows(Permission::Tag));
        assert_eq!(plan.voices.ambassadors[1].consents.len(), 1, "the withdrawn agreement is kept");
        assert!(crate::model::check_ambassadors(&plan.voices.ambassadors).is_ok());
        plan.remove_ambassador(0);
        plan.stop_review_routine();
        assert_eq!(plan.voices.ambassadors.len(), 1);
        assert!(plan.voices.reviews.is_none());
    }
}
