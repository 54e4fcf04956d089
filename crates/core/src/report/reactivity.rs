//! What the plan says to customers while nobody answers (the away message), and the crisis
//! card for the wall behind the counter: who answers, who covers, the first public answer to a
//! complaint, and when to take it to a private message or a phone call. In the source text's
//! spirit: react very fast, or bad news spreads like wildfire.

use serde::Serialize;

use crate::analysis::{self, Costing};
use crate::format;
use crate::locale::Sentence as S;
use crate::model::{
    Catalogue, Choice, Language, Plan, Platform, Promise, PromiseKind, TimeAvailable, Weekday,
};

/// A first public answer to a complaint is given within this many hours of seeing it, whatever
/// the promise (one practitioner's guide: minor 2-4 h, growing 1-2 h, active 30-60 min).
pub const FIRST_ANSWER_HOURS: f64 = 1.0;
/// A complaint is settled, and said so in public, within a day.
pub const SETTLED_HOURS: f64 = 24.0;

/// When `promise` is slower than customers expect on `platform`, what they expect and what to
/// promise, in words: "Customers on Facebook expect an answer within 6 h: promise at most 4 h
/// of your opening hours". The business is open at `time` (`Plan::time`; the window's table
/// holds a choice, not its plan, hence not `Plan::meets_expectation`). A business closed most
/// of the week answering from the phone every day as the fit proposes
/// (`analysis::phone_promise`) is not slower. One home for the window's ⚠ and the printed
/// reactivity plan.
pub fn slower_than_expected(
    platform: &Platform,
    promise: Promise,
    time: &TimeAvailable,
    lang: Language,
) -> Option<String> {
    let expected = platform.figures.expected_response_hours;
    let open_day = time.open_hours_per_day();
    let by_phone = || {
        promise.kind == PromiseKind::Anytime
            && analysis::phone_promise_for(time, expected).is_some_and(|p| promise.hours <= p.hours + 1e-9)
    };
    if promise.meets(expected, open_day) || by_phone() {
        return None;
    }
    let h = format::number(expected, 1, lang);
    // In opening hours, the same wait as this business's hours count it.
    let said = match promise.kind {
        PromiseKind::Anytime => {
            lang.say(S::CustomersExpectAnswer, &[("platform", &platform.name), ("hours", &h)])
        }
        PromiseKind::OpeningHours => {
            let open = format::hours(Promise::expected(expected, open_day).hours * 60.0, lang);
            lang.say(
                S::CustomersExpectAnswerOpen,
                &[("platform", &platform.name), ("hours", &h), ("open", &open)],
            )
        }
    };
    Some(format::typography(&said, lang))
}

/// "du mardi au samedi" / "Tuesday to Saturday"; "lundi, mercredi et vendredi".
pub fn days_in_words(days: &[Weekday], lang: Language) -> String {
    let mut days = days.to_vec();
    days.sort();
    days.dedup();
    let consecutive = days.windows(2).all(|w| w[1].index() == w[0].index() + 1);
    match days.as_slice() {
        [] => String::new(),
        [one] => lang.say(S::OnDay, &[("day", &one.name(lang))]),
        [first, .., last] if consecutive && days.len() > 2 => {
            lang.say(S::FromDayToDay, &[("first", &first.name(lang)), ("last", &last.name(lang))])
        }
        _ => format::list(&days.iter().map(|d| d.name(lang)).collect::<Vec<_>>(), lang),
    }
}

/// The away message the plan proposes for an answer promised within `hours` of opening hours.
/// A day or more of opening hours is said in open days, as a customer counts ("within 2 open
/// days", not "within 20 opening hours"), rounded up so that the message never promises more
/// than the looks keep.
pub fn away_message(plan: &Plan, hours: f64, lang: Language) -> String {
    let t = &plan.time;
    let days = days_in_words(&t.open_days, lang);
    let day = t.open_hours_per_day();
    let text = if day > 0.0 && hours >= day - 1e-9 {
        let n = (hours / day - 1e-9).ceil();
        let open_days = format::number(n, 0, lang);
        lang.say(
            lang.count(n, S::AwayMessageDaysOne, S::AwayMessageDaysOther),
            &[("days", &days), ("opens", &t.opens), ("closes", &t.closes), ("open_days", &open_days)],
        )
    } else {
        let h = format::number(hours, 1, lang);
        lang.say(
            S::AwayMessageText,
            &[("days", &days), ("opens", &t.opens), ("closes", &t.closes), ("hours", &h)],
        )
    };
    format::typography(&text, lang)
}

/// The first public answer to a complaint, before the facts are known.
pub fn holding_reply(plan: &Plan, lang: Language) -> String {
    if let Some(own) = &plan.reactivity.holding_reply {
        return own.clone();
    }
    let text = lang.word(S::ThankYouForTellingUs);
    format::typography(text, lang)
}

/// One inbox's away message: the platforms answered there and the text to paste.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AwayMessage {
    pub platforms: String,
    pub text: String,
}

/// The chosen platforms whose promise counts opening hours and that are looked at: the ones an
/// away message would tell when the answer comes.
fn answered_in_opening_hours<'a>(
    plan: &'a Plan,
    cost: &'a analysis::PlanCost,
) -> impl Iterator<Item = (&'a Choice, &'a analysis::ChoiceCost)> {
    plan.current_choices()
        .iter()
        .zip(&cost.choices)
        .filter(|(choice, c)| choice.promise.kind == PromiseKind::OpeningHours && c.looks_per_week > 0.0)
}

/// The platforms answered in opening hours that send no automatic reply (`no_auto_reply`), in
/// one sentence in `lang`: there the owner says the hours in the profile instead. Empty when
/// none. `cost` is the current scenario's.
pub fn no_auto_reply(
    plan: &Plan,
    catalogue: &Catalogue,
    cost: &analysis::PlanCost,
    lang: Language,
) -> String {
    let names: Vec<String> = answered_in_opening_hours(plan, cost)
        .filter(|(choice, _)| plan.platform(catalogue, &choice.platform).is_some_and(|p| p.no_auto_reply))
        .map(|(_, c)| c.platform_name.clone())
        .collect();
    if names.is_empty() {
        return String::new();
    }
    let text = lang.say(S::NoAutoReplyThere, &[("platforms", &format::list(&names, lang))]);
    format::typography(&text, lang)
}

/// The away messages of the current scenario: one per inbox whose promise counts opening hours
/// and that can send one (the owner's own text when the plan has one). `cost` is the current
/// scenario's.
pub fn away_messages(plan: &Plan, catalogue: &Catalogue, cost: &analysis::PlanCost) -> Vec<AwayMessage> {
    let lang = plan.language;
    let mut out: Vec<AwayMessage> = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for (choice, c) in answered_in_opening_hours(plan, cost) {
        if plan.platform(catalogue, &choice.platform).is_some_and(|p| p.no_auto_reply) {
            continue;
        }
        let key = c.inbox.clone().unwrap_or_else(|| choice.platform.clone());
        if seen.contains(&key) {
            continue;
        }
        seen.push(key.clone());
        let members: Vec<String> = plan
            .current_choices()
            .iter()
            .zip(&cost.choices)
            .filter(|(_, o)| o.inbox.as_ref().map_or(o.platform_id == key, |g| *g == key))
            .map(|(_, o)| o.platform_name.clone())
            .collect();
        let hours = plan
            .current_choices()
            .iter()
            .zip(&cost.choices)
            .filter(|(_, o)| o.inbox.as_ref().map_or(o.platform_id == key, |g| *g == key))
            .map(|(c, _)| c.promise.hours)
            .fold(f64::INFINITY, f64::min);
        let text = match &plan.reactivity.away_message {
            Some(own) => own.clone(),
            None => away_message(plan, hours, lang),
        };
        out.push(AwayMessage { platforms: members.join(" + "), text });
    }
    out
}

/// The crisis card: one page for the wall behind the counter.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CrisisCard {
    pub title: String,
    /// Per platform: who answers there, and how fast.
    pub who_answers: Vec<String>,
    /// Who covers on days off and holidays.
    pub cover: String,
    pub holding_reply_title: String,
    pub holding_reply: String,
    /// What to do, in order, and within how long.
    pub steps: Vec<String>,
}

pub fn crisis_card(plan: &Plan, catalogue: &Catalogue) -> CrisisCard {
    let lang = plan.language;
    let words = super::words::Words::new(lang);
    let nobody = words.someone_to_name.as_str();
    let cost = Costing::new(plan, catalogue).cost(plan.current_choices());
    let who_answers = plan
        .current_choices()
        .iter()
        .zip(&cost.choices)
        .map(|(c, cc)| {
            let who = c.responder.clone().unwrap_or_else(|| nobody.to_owned());
            let promise = super::summary::promise_in_words(c.promise, lang);
            format::typography(
                &lang.say(
                    S::WhoAnswersWithin,
                    &[("platform", &cc.platform_name), ("who", &who), ("promise", &promise)],
                ),
                lang,
            )
        })
        .collect();
    let cover = plan.reactivity.cover.clone().unwrap_or_else(|| nobody.to_owned());
    let cover = format::typography(&lang.say(S::OnDaysOffAndHolidays, &[("cover", &cover)]), lang);
    let first = format::hours(FIRST_ANSWER_HOURS * 60.0, lang);
    let settled = format::hours(SETTLED_HOURS * 60.0, lang);
    let decides =
        plan.reactivity.cover.clone().unwrap_or_else(|| lang.word(S::ThePersonWhoDecides).to_owned());
    let steps = [
        lang.say(S::AComplaintOrBadNews, &[("first", &first)]),
        lang.word(S::MoveToAPrivateMessage).to_owned(),
        lang.say(S::PutItRightAndCome, &[("settled", &settled)]),
        lang.say(S::IfItSpreadsTellDecides, &[("decides", &decides)]),
        lang.word(S::AfterwardsWriteDownWhatHappened).to_owned(),
    ]
    .iter()
    .map(|s| format::typography(s, lang))
    .collect();
    CrisisCard {
        title: words.crisis_title.clone(),
        who_answers,
        cover,
        holding_reply_title: words.holding_reply.clone(),
        holding_reply: holding_reply(plan, lang),
        steps,
    }
}

/// The plan's drill rows for its current week.
pub fn drill_of(plan: &Plan, catalogue: &Catalogue) -> Vec<analysis::DrillLine> {
    let week = analysis::week(plan, catalogue);
    analysis::drill(plan, catalogue, &week)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Clock, Promise};

    fn cost(plan: &Plan) -> analysis::PlanCost {
        analysis::cost(plan, Catalogue::built_in())
    }

    fn shop(lang: Language) -> Plan {
        let mut plan = Plan::new("Shop", lang);
        plan.time.open_days = vec![Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat];
        plan.time.opens = Clock::hm(9, 0);
        plan.time.closes = Clock::hm(17, 0);
        let catalogue = Catalogue::built_in();
        for id in ["instagram", "facebook"] {
            let mut c = Choice::with_defaults(catalogue.get(id).unwrap());
            c.promise = Promise::opening_hours(6.0);
            plan.current_choices_mut().push(c);
        }
        plan
    }

    #[test]
    fn the_away_message_says_when_the_answer_comes_in_the_plans_language() {
        let messages = away_messages(&shop(Language::En), Catalogue::built_in(), &cost(&shop(Language::En)));
        assert_eq!(messages.len(), 1, "one Meta inbox, one message: {messages:?}");
        assert_eq!(messages[0].platforms, "Instagram + Facebook");
        assert!(messages[0].text.contains("Tuesday to Saturday, 09:00 to 17:00"), "{}", messages[0].text);
        assert!(messages[0].text.contains("within 6 opening hours"), "{}", messages[0].text);
        let fr = away_messages(&shop(Language::Fr), Catalogue::built_in(), &cost(&shop(Language::Fr)));
        assert!(
            fr[0].text.contains("du mardi au samedi") && fr[0].text.contains("6 heures d'ouverture"),
            "{}",
            fr[0].text
        );
        // The owner's own words win.
        let mut own = shop(Language::En);
        own.reactivity.away_message = Some("Back tomorrow.".into());
        assert_eq!(away_messages(&own, Catalogue::built_in(), &cost(&own))[0].text, "Back tomorrow.");
        // A day or more of opening hours is said in open days, as a customer counts, rounded up
        // (the shop is open 8 hours a day).
        for (hours, en, fr) in [
            (8.0, "by the end of our next open day.", "d'ici la fin de notre prochain jour d'ouverture."),
            (16.0, "within 2 open days.", "sous 2 jours d'ouverture."),
            (12.0, "within 2 open days.", "sous 2 jours d'ouverture."),
        ] {
            let mut plan = shop(Language::En);
            plan.current_choices_mut().iter_mut().for_each(|c| c.promise.hours = hours);
            let text = &away_messages(&plan, Catalogue::built_in(), &cost(&plan))[0].text;
            assert!(text.ends_with(en) && !text.contains("opening hours."), "{hours}: {text}");
            plan.language = Language::Fr;
            let text = &away_messages(&plan, Catalogue::built_in(), &cost(&plan))[0].text;
            assert!(text.ends_with(fr), "{hours}: {text}");
        }
        // Where no automatic reply can be set (Google's chat closed in July 2024; LinkedIn
        // pages, X), no away message: the owner is told to say the hours in the profile.
        let mut plan = shop(Language::En);
        for id in ["google_business", "linkedin"] {
            let platform = Catalogue::built_in().get(id).unwrap();
            let choice = plan.new_choice(platform);
            plan.current_choices_mut().push(choice);
        }
        let messages = away_messages(&plan, Catalogue::built_in(), &cost(&plan));
        assert_eq!(messages.len(), 1, "{messages:?}");
        assert_eq!(messages[0].platforms, "Instagram + Facebook");
        assert_eq!(
            no_auto_reply(&plan, Catalogue::built_in(), &cost(&plan), Language::En),
            "Google Business Profile and LinkedIn: no automatic reply there; say your opening hours and how fast you answer in the profile's description."
        );
        assert!(
            no_auto_reply(&plan, Catalogue::built_in(), &cost(&plan), Language::Fr).starts_with(
                "Google Business Profile et LinkedIn\u{202F}: pas de réponse automatique possible"
            )
        );
        assert_eq!(
            no_auto_reply(
                &shop(Language::En),
                Catalogue::built_in(),
                &cost(&shop(Language::En)),
                Language::En
            ),
            ""
        );
        // Answered at any time: no away message needed.
        let mut clock = shop(Language::En);
        clock.current_choices_mut().iter_mut().for_each(|c| c.promise.kind = PromiseKind::Anytime);
        assert!(away_messages(&clock, Catalogue::built_in(), &cost(&clock)).is_empty());
    }

    #[test]
    fn the_crisis_card_names_who_answers_who_covers_and_how_fast() {
        let mut plan = shop(Language::En);
        plan.current_choices_mut()[0].responder = Some("Léa".into());
        plan.reactivity.cover = Some("Marc".into());
        let card = crisis_card(&plan, Catalogue::built_in());
        assert!(
            card.who_answers[0].starts_with("Instagram: Léa, answers within 6 h of opening hours"),
            "{:?}",
            card.who_answers
        );
        assert!(card.who_answers[1].contains("someone still to be named"), "{:?}", card.who_answers);
        assert_eq!(card.cover, "On days off and holidays: Marc");
        assert!(card.steps.iter().any(|s| s.contains("private message or a phone call")));
        assert!(card.steps[0].contains("within 1 h"), "{}", card.steps[0]);
        let fr = crisis_card(&shop(Language::Fr), Catalogue::built_in());
        assert!(fr.holding_reply.contains("message privé"), "{}", fr.holding_reply);
        assert!(fr.steps.iter().all(|s| !s.contains(" :")), "French spacing: {:?}", fr.steps);
    }

    #[test]
    fn days_read_as_a_person_says_them() {
        use Weekday::*;
        assert_eq!(days_in_words(&[Mon, Tue, Wed, Thu, Fri], Language::Fr), "du lundi au vendredi");
        assert_eq!(days_in_words(&[Mon, Wed, Fri], Language::En), "Monday, Wednesday and Friday");
        assert_eq!(days_in_words(&[Sat], Language::En), "Saturday");
    }
}
