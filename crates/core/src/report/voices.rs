//! The review routine and the ambassadors as a page (the PDF's, the summary's section, the
//! window's tab): the routine in a sentence, its weekly time, and who agreed to what and when.

use serde::Serialize;

use crate::analysis::{Costing, VoicesCost};
use crate::format;
use crate::locale::Sentence as S;
use crate::model::{Ambassador, Catalogue, Consent, Language, Plan};

#[derive(Clone, Debug, Serialize)]
pub struct VoicesPage {
    pub title: String,
    pub routine_heading: String,
    /// The routine in sentences: the asks, the sites and the promise; the sites read at a kept
    /// platform's looks; the rounds. Empty without a routine.
    pub routine: Vec<String>,
    /// Said when there is no routine.
    pub no_routine: String,
    /// "1.2 h a week: asking 10 min, …": the routine's and the ambassadors' time.
    pub weekly: String,
    pub ambassadors_heading: String,
    /// Tag or repost only with an agreement, recorded, which may be withdrawn.
    pub consent_rule: String,
    /// Name, who they are, what to send them, agreed to.
    pub headers: [String; 4],
    pub rows: Vec<[String; 4]>,
    /// Said when there is no ambassador.
    pub no_ambassadors: String,
    /// Whether the plan has a routine or an ambassador (the printed page is left out without).
    pub any: bool,
}

/// "repost them since 2 November 2026; tag them from 1 October 2026 to 20 November 2026 (withdrawn)".
pub fn consent_words(c: &Consent, lang: Language) -> String {
    let what = c.what.words(lang);
    match c.withdrawn {
        None => lang.say(S::ConsentSince, &[("what", &what), ("date", &format::day(c.given.0, lang))]),
        Some(w) => lang.say(
            S::ConsentFromTo,
            &[
                ("what", &what),
                ("given", &format::day(c.given.0, lang)),
                ("withdrawn", &format::day(w.0, lang)),
            ],
        ),
    }
}

/// Everything an ambassador agreed to, holding ones first; "nothing yet" without any.
pub fn record_words(a: &Ambassador, lang: Language) -> String {
    if a.consents.is_empty() {
        return format::typography(lang.word(S::NothingAgreed), lang);
    }
    let mut consents: Vec<&Consent> = a.consents.iter().collect();
    consents.sort_by_key(|c| (!c.holds(), c.what, c.given));
    consents.iter().map(|c| consent_words(c, lang)).collect::<Vec<_>>().join("; ")
}

/// "4 h of opening hours" and the like.
fn promise(p: crate::model::Promise, lang: Language) -> String {
    super::summary::promise_in_words(p, lang)
}

fn names(ids: &[String], plan: &Plan, catalogue: &Catalogue, lang: Language) -> String {
    let names: Vec<&str> =
        ids.iter().map(|id| plan.platform(catalogue, id).map_or(id.as_str(), |p| p.name.as_str())).collect();
    format::list(&names, lang)
}

/// "1.2 h a week: asking 10 min, reading and replying 35 min, ambassadors 8 min."
pub fn weekly_words(v: &VoicesCost, lang: Language) -> String {
    let time = |m: f64| if m < 60.0 { format::minutes(m, lang) } else { format::hours(m, lang) };
    let text = lang.say(
        S::VoicesWeekly,
        &[
            ("hours", &format::hours(v.total(), lang)),
            ("asking", &time(v.asking)),
            ("reviews", &time(v.reviews())),
            ("ambassadors", &time(v.ambassadors)),
        ],
    );
    format::typography(&text, lang)
}

/// The page of the plan's current scenario.
pub fn voices_page(plan: &Plan, catalogue: &Catalogue) -> VoicesPage {
    let costing = Costing::new(plan, catalogue);
    voices_page_with(plan, catalogue, &costing.voices(plan.current_choices()), plan.language)
}

/// The page in `lang` (the plan's on paper, the window's on screen), from the routine's cost
/// already worked out.
pub fn voices_page_with(plan: &Plan, catalogue: &Catalogue, v: &VoicesCost, lang: Language) -> VoicesPage {
    let say = |text: String| format::typography(&text, lang);
    let mut routine = Vec::new();
    if let (Some(r), Some(p)) = (&plan.voices.reviews, v.promise) {
        routine.push(say(lang.say(
            S::RoutineSays,
            &[
                ("asks", &r.asks_per_week.to_string()),
                ("when", &r.ask_after.words(lang)),
                ("way", &r.ask_by.words(lang)),
                ("sites", &names(&r.sites, plan, catalogue, lang)),
                ("promise", &promise(p, lang)),
            ],
        )));
        if !v.at_looks.is_empty() {
            routine.push(say(
                lang.say(S::ReadAtLooks, &[("sites", &names(&v.at_looks, plan, catalogue, lang))])
            ));
        }
        if v.rounds_per_week > 0 {
            let rounds = lang.count(v.rounds_per_week as f64, S::ReviewRoundsOne, S::ReviewRoundsOther);
            routine.push(say(lang.say(rounds, &[("rounds", &v.rounds_per_week.to_string())])));
        }
    }
    let rows = plan
        .voices
        .ambassadors
        .iter()
        .map(|a| {
            [
                a.name.clone(),
                a.role.words(lang).to_owned(),
                a.send.clone().unwrap_or_default(),
                record_words(a, lang),
            ]
        })
        .collect();
    VoicesPage {
        title: lang.word(S::VoicesPageTitle).to_owned(),
        routine_heading: lang.word(S::ReviewRoutine).to_owned(),
        routine,
        no_routine: say(lang.word(S::NoReviewRoutine).to_owned()),
        weekly: weekly_words(v, lang),
        ambassadors_heading: lang.word(S::Ambassadors).to_owned(),
        consent_rule: say(lang.word(S::ConsentRule).to_owned()),
        headers: [S::Name, S::RoleHeading, S::SendHeading, S::AgreedHeading].map(|s| lang.word(s).to_owned()),
        rows,
        no_ambassadors: say(lang.word(S::NoAmbassadors).to_owned()),
        any: !plan.voices.is_empty(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{AskMoment, AskWay, Date, Permission, ReviewRoutine, Role};

    fn day(d: u32) -> Date {
        Date(chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap())
    }

    #[test]
    fn the_page_says_the_routine_its_time_and_who_agreed_to_what_and_when() {
        let catalogue = Catalogue::built_in();
        for lang in [Language::En, Language::Fr] {
            let mut plan = Plan::new("Bakery", lang);
            plan.voices.reviews = Some(ReviewRoutine {
                sites: vec!["google_business".into(), "facebook".into()],
                ask_after: AskMoment::Purchase,
                ask_by: AskWay::Card,
                asks_per_week: 6,
            });
            let mut lea = Ambassador::new("Léa", Role::Customer);
            lea.agree(Permission::Tag, day(2));
            lea.agree(Permission::Repost, day(3));
            lea.withdraw(Permission::Tag, day(20));
            plan.voices.ambassadors = vec![lea];
            let page = voices_page(&plan, catalogue);
            assert!(page.any && page.routine.len() == 2, "{page:?}");
            assert!(page.routine[0].contains("Google Business Profile") && page.routine[0].contains('6'));
            assert!(
                page.weekly
                    .contains(&format::hours(Costing::new(&plan, catalogue).voices(&[]).total(), lang))
            );
            let record = &page.rows[0][3];
            let [second, third, twentieth] = [2, 3, 20].map(|d| format::day(day(d).0, lang));
            assert!(record.contains(&third) && record.contains(&twentieth), "{record}");
            // The agreement that holds comes first.
            assert!(record.find(&third) < record.find(&second), "{record}");
        }
        let empty = voices_page(&Plan::new("Shop", Language::En), catalogue);
        assert!(!empty.any && empty.routine.is_empty() && empty.rows.is_empty());
    }

    #[test]
    fn the_calendar_holds_the_rounds_the_asks_and_the_ambassadors() {
        let catalogue = Catalogue::built_in();
        let mut plan = Plan::new("Bakery", Language::En);
        plan.voices.reviews = Some(ReviewRoutine::starter());
        plan.voices.ambassadors = vec![Ambassador::new("Léa", Role::Customer)];
        let week = crate::analysis::week(&plan, catalogue);
        let monday = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let ics = crate::report::to_ics(&week, Language::En, "0123456789abcdef", monday);
        for (category, what) in [
            ("socialplan-reviews", "Read the reviews and reply to each one"),
            ("socialplan-reviews", "Ask happy customers for a review"),
            ("socialplan-ambassadors", "Send the ambassadors something to share"),
        ] {
            assert!(ics.contains(category) && ics.contains(what), "{category} {what}:\n{ics}");
        }
    }
}
