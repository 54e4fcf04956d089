//! Everything the summary says, computed from the plan and already in the plan's language,
//! so that the text, Markdown and PDF faces only lay it out.

use serde::Serialize;

use super::words::Words;
use crate::analysis::{self, Quadrant, Status};
use crate::format;
use crate::locale::Sentence as S;
use crate::model::{Catalogue, Goal, Language, Plan};

#[derive(Clone, Debug, Serialize)]
pub struct Summary {
    pub language: String,
    pub words: Words,
    pub business_name: String,
    pub sector: String,
    pub description: String,
    pub products: Vec<ProductLine>,
    pub audience: String,
    pub goals: Vec<String>,
    /// When Sales is a goal: a social network is not a shop, and what it does instead.
    pub sales_note: Option<String>,
    /// Every platform, best first.
    pub ranking: Vec<RankLine>,
    pub choices: Vec<ChoiceLine>,
    pub time: TimeTotals,
    /// The reactivity plan as lines, for the window: who looks and how often, then what to do
    /// (the crisis card's steps and holding reply).
    pub reactivity: Vec<String>,
    pub checklist: Vec<ChecklistItem>,
    pub notes: String,
    pub map: Vec<MapPoint>,
    /// Captions of the map's quarters and axis ends.
    pub map_words: MapWords,
    /// The current scenario's week, day by day.
    pub week: super::week::WeekPage,
    /// What to post in the four weeks from the day the summary is made.
    pub ideas: super::ideas::IdeasPage,
    /// The scenarios side by side, when the plan has two or more.
    pub compare: Option<super::compare::Comparison>,
    /// Why the current scenario is what it is, when it is the fit for its hours, untouched
    /// ("Fit my week" kept as a scenario); empty otherwise.
    pub fitted_reasons: Vec<String>,
    /// The month in review, once a month is recorded (`super::months`).
    pub months: Option<super::months::MonthsPage>,
    /// The twelve months: holidays, trade moments and the owner's seasons (the year page),
    /// when the plan has a country or a season.
    pub year: Option<super::year_page::YearPage>,
    /// The review routine and the ambassadors (`super::voices`).
    pub voices: super::voices::VoicesPage,
    /// Who looks, the drill, the away messages and the crisis card, for the faces that lay
    /// them out apart (text, Markdown, PDF).
    pub reactivity_plan: ReactivityPlan,
}

/// The reactivity plan, piece by piece.
#[derive(Clone, Debug, Serialize)]
pub struct ReactivityPlan {
    /// Per chosen platform: who looks, how often, and the promise in its own terms.
    pub lines: Vec<String>,
    /// What to do with a question.
    pub question: String,
    /// How long a message waits with the week as laid out, per platform with something to answer.
    pub drill: Vec<super::drill::DrillRow>,
    /// Each worst case in words, platforms that share it together.
    pub worst_cases: Vec<String>,
    /// One per inbox whose promise counts opening hours: the text to paste.
    pub away_messages: Vec<super::reactivity::AwayMessage>,
    /// The platforms that send no automatic reply, in a sentence; empty when none.
    pub no_auto_reply: String,
    /// The page for the wall behind the counter.
    pub crisis: super::reactivity::CrisisCard,
}

#[derive(Clone, Debug, Serialize)]
pub struct MapWords {
    pub consumers: String,
    pub businesses: String,
    pub text: String,
    pub visual: String,
    /// Top-left, top-right, bottom-left, bottom-right.
    pub quadrants: [String; 4],
}

#[derive(Clone, Debug, Serialize)]
pub struct ProductLine {
    pub name: String,
    pub b2b: f64,
    pub visual: f64,
    pub weight: f64,
    /// "Consumers, in pictures".
    pub place: String,
    /// The weight as printed: "1.5".
    pub weight_text: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct RankLine {
    pub rank: usize,
    pub platform_id: String,
    pub name: String,
    pub score: f64,
    /// The score as printed: "0.71".
    pub score_text: String,
    pub reason: String,
    pub chosen: bool,
}

#[derive(Clone, Debug, Serialize)]
pub struct ChoiceLine {
    pub platform_id: String,
    pub name: String,
    pub posts_per_week: f64,
    pub format: String,
    pub response_target_hours: f64,
    /// `opening_hours` or `anytime`.
    pub promise_kind: String,
    pub responder: Option<String>,
    pub looks_per_week: f64,
    pub creation_minutes: f64,
    pub replies_minutes: f64,
    pub monitoring_minutes: f64,
    pub planning_minutes: f64,
    pub total_minutes: f64,
    /// The figures above as printed, so that every face shows the same roundings: "3 posts a week".
    pub posts_per_week_text: String,
    /// "4 h of opening hours".
    pub response_target_text: String,
    pub looks_per_week_text: String,
    pub hours: HoursText,
}

/// A week's time in its four parts and in total, as printed: "1.5 h".
#[derive(Clone, Debug, Serialize)]
pub struct HoursText {
    pub creation: String,
    pub replies: String,
    pub monitoring: String,
    pub planning: String,
    pub total: String,
}

impl HoursText {
    /// The parts rounded so that they add up to the total shown (2.7 + 1 + 1 + 0.7 = 5.4).
    fn new(parts_minutes: [f64; 4], lang: Language) -> HoursText {
        HoursText::with_voices(parts_minutes, 0.0, lang)
    }

    /// The plan's totals: the platforms' parts, and a total that also holds the review routine
    /// and the ambassadors (their own row), rounded so that the rows add up to it.
    fn with_voices(parts_minutes: [f64; 4], voices: f64, lang: Language) -> HoursText {
        let [a, b, c, d] = parts_minutes;
        let (parts, total) = format::hours_adding_up(&[a, b, c, d, voices]);
        let text = |hours: f64| format!("{} h", format::number(hours, 1, lang));
        HoursText {
            creation: text(parts[0]),
            replies: text(parts[1]),
            monitoring: text(parts[2]),
            planning: text(parts[3]),
            total: text(total),
        }
    }

    fn row(&self, name: &str) -> Vec<String> {
        [name, &self.creation, &self.replies, &self.monitoring, &self.planning, &self.total]
            .map(str::to_owned)
            .to_vec()
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct TimeTotals {
    pub creation_minutes: f64,
    pub replies_minutes: f64,
    pub monitoring_minutes: f64,
    pub planning_minutes: f64,
    pub total_minutes: f64,
    pub budget_minutes: f64,
    pub over: bool,
    pub over_by_minutes: f64,
    /// "4.8 h of 4 h a week: 0.8 h over budget."
    pub verdict: String,
    /// Changes that bring the plan back within budget, in words.
    pub bring_back: Vec<String>,
    pub open_hours_per_day: f64,
    pub open_days_per_week: u8,
    pub hours: HoursText,
    /// "4 h".
    pub budget_text: String,
    /// The review routine's and the ambassadors' minutes (the time chart's own row).
    pub voices_minutes: f64,
    /// The review routine's and the ambassadors' row of the time table: its name and hours
    /// ("1.2 h"), when the plan has either.
    pub voices: Option<[String; 2]>,
}

#[derive(Clone, Debug, Serialize)]
pub struct ChecklistItem {
    pub text: String,
    /// Whether the plan already shows it done; None where only the owner can tell.
    pub done: Option<bool>,
}

/// A point of the map. [`Summary::map`] lists them in the order their names are placed and,
/// reversed, drawn: chosen platforms, the others by rank, then products heaviest first; so
/// the printed map needs no sorting of its own (sorting there cost O(N²), docs/performance.md).
#[derive(Clone, Debug, Serialize)]
pub struct MapPoint {
    pub name: String,
    pub b2b: f64,
    pub visual: f64,
    /// "platform" or "product".
    pub kind: &'static str,
    pub chosen: bool,
    /// Rank in the recommendation, for platforms.
    pub rank: Option<usize>,
    /// The product's weight; 0 for platforms.
    pub weight: f64,
}

impl Summary {
    /// The chosen platforms as a table: cadence, format, response target, who watches.
    pub fn choices_table(&self) -> (Vec<String>, Vec<Vec<String>>) {
        let w = &self.words;
        let headers = [
            &w.platform,
            &w.posts_per_week,
            &w.format,
            &w.response_target,
            &w.who_answers,
            &w.looks_per_week,
        ];
        let rows = self
            .choices
            .iter()
            .map(|c| {
                vec![
                    c.name.clone(),
                    c.posts_per_week_text.clone(),
                    c.format.clone(),
                    c.response_target_text.clone(),
                    c.responder.clone().unwrap_or_else(|| w.nobody.clone()),
                    c.looks_per_week_text.clone(),
                ]
            })
            .collect();
        (headers.map(String::clone).to_vec(), rows)
    }

    /// The weekly time as a table in hours: headers, a row per chosen platform, the total row.
    /// Each row's parts add up to its total as shown.
    pub fn time_table(&self) -> (Vec<String>, Vec<Vec<String>>) {
        let w = &self.words;
        let headers = [&w.platform, &w.creation, &w.replies, &w.monitoring, &w.planning, &w.total];
        let mut rows: Vec<Vec<String>> = self.choices.iter().map(|c| c.hours.row(&c.name)).collect();
        if let Some([name, hours]) = &self.time.voices {
            let dash = "–".to_owned();
            rows.push(vec![name.clone(), dash.clone(), dash.clone(), dash.clone(), dash, hours.clone()]);
        }
        rows.push(self.time.hours.row(&w.total));
        (headers.map(String::clone).to_vec(), rows)
    }
}

pub fn summarize(plan: &Plan, catalogue: &Catalogue) -> Summary {
    summarize_on(plan, catalogue, chrono::Local::now().date_naive())
}

/// The summary as made on `today` (the shop's date): its ideas are for the four weeks from it.
pub fn summarize_on(plan: &Plan, catalogue: &Catalogue, today: chrono::NaiveDate) -> Summary {
    let lang = plan.language;
    let ranking = analysis::recommend(plan, catalogue);
    let cost = analysis::cost(plan, catalogue);

    let products = plan
        .products
        .iter()
        .map(|p| ProductLine {
            name: p.name.clone(),
            b2b: p.b2b,
            visual: p.visual,
            weight: p.weight,
            place: Quadrant::of(p.b2b, p.visual).caption(lang).to_owned(),
            weight_text: format::number(p.weight, 2, lang),
        })
        .collect();

    let ranking_lines: Vec<RankLine> = ranking
        .iter()
        .enumerate()
        .map(|(i, r)| RankLine {
            rank: i + 1,
            platform_id: r.platform_id.clone(),
            name: r.platform_name.clone(),
            score: r.score,
            score_text: format::number(r.score, 2, lang),
            reason: r.reason(lang),
            chosen: plan.is_chosen(&r.platform_id),
        })
        .collect();

    let choices = plan
        .current_choices()
        .iter()
        .zip(&cost.choices)
        .map(|(choice, c)| ChoiceLine {
            platform_id: choice.platform.clone(),
            name: c.platform_name.clone(),
            posts_per_week: choice.posts_per_week(),
            format: choice.format.label(lang).to_owned(),
            response_target_hours: choice.promise.hours,
            promise_kind: choice.promise.kind.code().to_owned(),
            responder: choice.responder.clone(),
            looks_per_week: c.looks_per_week,
            creation_minutes: c.creation,
            replies_minutes: c.replies,
            monitoring_minutes: c.monitoring,
            planning_minutes: c.planning,
            total_minutes: c.total(),
            posts_per_week_text: choice.cadence.words_short(lang),
            response_target_text: promise_in_words(choice.promise, lang),
            looks_per_week_text: format::number(c.looks_per_week, 0, lang),
            hours: HoursText::new([c.creation, c.replies, c.monitoring, c.planning], lang),
        })
        .collect();

    let over = cost.status() == Status::Over;
    let verdict = verdict(&cost, lang);
    let bring_back =
        analysis::bring_back_within_budget(plan, catalogue).iter().map(|s| s.describe(lang)).collect();
    let (creation, replies, monitoring, planning) = (
        cost.sum(|c| c.creation),
        cost.sum(|c| c.replies),
        cost.sum(|c| c.monitoring),
        cost.sum(|c| c.planning),
    );
    let time = TimeTotals {
        creation_minutes: creation,
        replies_minutes: replies,
        monitoring_minutes: monitoring,
        planning_minutes: planning,
        total_minutes: cost.total(),
        budget_minutes: cost.budget_minutes,
        over,
        over_by_minutes: cost.over_by(),
        verdict,
        bring_back,
        open_hours_per_day: plan.time.open_hours_per_day(),
        open_days_per_week: plan.time.open_days_per_week(),
        hours: HoursText::with_voices([creation, replies, monitoring, planning], cost.voices.total(), lang),
        budget_text: format::hours(cost.budget_minutes, lang),
        voices_minutes: cost.voices.total(),
        voices: (!plan.voices.is_empty()).then(|| {
            let parts = [creation, replies, monitoring, planning, cost.voices.total()];
            let (rounded, _) = format::hours_adding_up(&parts);
            [lang.word(S::VoicesInTotal).to_owned(), format!("{} h", format::number(rounded[4], 1, lang))]
        }),
    };

    let mut map: Vec<MapPoint> = ranking
        .iter()
        .enumerate()
        .filter_map(|(i, r)| {
            let p = plan.platform(catalogue, &r.platform_id)?;
            Some(MapPoint {
                name: p.name.clone(),
                b2b: p.b2b,
                visual: p.visual,
                kind: "platform",
                chosen: plan.is_chosen(&p.id),
                rank: Some(i + 1),
                weight: 0.0,
            })
        })
        .collect();
    // Stable sorts: equal keys keep the ranking's and the file's order.
    map.sort_by_key(|p| !p.chosen);
    let mut product_points: Vec<MapPoint> = plan
        .products
        .iter()
        .map(|p| MapPoint {
            name: p.name.clone(),
            b2b: p.b2b,
            visual: p.visual,
            kind: "product",
            chosen: false,
            rank: None,
            weight: p.weight,
        })
        .collect();
    product_points.sort_by(|a, b| b.weight.total_cmp(&a.weight));
    map.extend(product_points);
    let [(consumers, businesses), (text, visual)] = analysis::axis_ends(lang);
    let words = Words::new(lang);
    let week = analysis::week_with_cost(plan, catalogue, &cost);
    let reactivity_plan = reactivity_plan(plan, catalogue, &cost, &week, &words);

    Summary {
        language: lang.code().to_owned(),
        business_name: plan.business.name.clone(),
        sector: plan.business.sector.clone(),
        description: plan.business.description.clone(),
        products,
        audience: plan.audience.description.clone(),
        goals: plan.audience.goals.iter().map(|g| g.label(lang).to_owned()).collect(),
        sales_note: plan.has_goal(Goal::Sales).then(|| sales_note(lang)),
        ranking: ranking_lines,
        choices,
        time,
        reactivity: reactivity_plan.as_lines(lang),
        checklist: checklist(plan, catalogue),
        notes: plan.notes.clone(),
        map,
        week: super::week::week_page(&week, lang),
        ideas: super::ideas::ideas_page(
            &analysis::ideas_of_week(plan, &week, today, super::calendar::IDEA_WEEKS),
            lang,
        ),
        compare: (plan.scenarios.len() > 1)
            .then(|| super::compare::comparison(plan, catalogue, plan.language)),
        fitted_reasons: fitted_reasons(plan, catalogue),
        months: super::months::months_page(plan, catalogue),
        year: super::year_page::year_page(plan, today),
        voices: super::voices::voices_page_with(plan, catalogue, &cost.voices, lang),
        map_words: MapWords {
            consumers: consumers.into(),
            businesses: businesses.into(),
            text: text.into(),
            visual: visual.into(),
            quadrants: [
                Quadrant::ConsumersVisual.caption(lang).into(),
                Quadrant::BusinessesVisual.caption(lang).into(),
                Quadrant::ConsumersText.caption(lang).into(),
                Quadrant::BusinessesText.caption(lang).into(),
            ],
        },
        reactivity_plan,
        words,
    }
}

/// A response target as a person says it: "30 min", "4 h".
fn response_target(hours: f64, lang: Language) -> String {
    if hours < 1.0 { format::minutes(hours * 60.0, lang) } else { format::hours(hours * 60.0, lang) }
}

/// A promise as a person says it: "4 h of opening hours", "12 h, any time".
pub fn promise_in_words(promise: crate::model::Promise, lang: Language) -> String {
    let within = response_target(promise.hours, lang);
    match promise.kind {
        crate::model::PromiseKind::OpeningHours => lang.say(S::WithinOfOpeningHours, &[("within", &within)]),
        crate::model::PromiseKind::Anytime => lang.say(S::WithinAnyTime, &[("within", &within)]),
    }
}

/// How often someone looks, in words: "18 times a week", "once a week".
pub fn looks_in_words(looks_per_week: f64, lang: Language) -> String {
    let n = looks_per_week.round() as u64;
    match n {
        1 => lang.word(S::LooksOnce).to_owned(),
        2 => lang.word(S::LooksTwice).to_owned(),
        n => lang.say(S::LooksTimes, &[("looks", &n)]),
    }
}

/// The fit's reasons, when the current scenario is exactly what the fit proposes for its hours.
fn fitted_reasons(plan: &Plan, catalogue: &Catalogue) -> Vec<String> {
    if plan.current_choices().is_empty() {
        return Vec::new();
    }
    match analysis::fit(plan, catalogue, plan.budget_hours(), None) {
        analysis::FitOutcome::Fitted(fitted) if fitted.scenario.choices == plan.current_choices() => {
            fitted.reasons_in(plan.language)
        }
        _ => Vec::new(),
    }
}

/// The week in one sentence: the hours against the budget. The window's time chart says it too.
pub fn verdict(cost: &analysis::PlanCost, lang: Language) -> String {
    format::typography(&verdict_words(cost, lang), lang)
}

fn verdict_words(cost: &analysis::PlanCost, lang: Language) -> String {
    let total = format::hours(cost.total(), lang);
    let budget = format::hours(cost.budget_minutes, lang);
    match cost.status() {
        Status::Within => lang.say(S::VerdictWithin, &[("total", &total), ("budget", &budget)]),
        Status::Over => lang.say(
            S::VerdictOver,
            &[("total", &total), ("budget", &budget), ("excess", &format::excess(cost.over_by(), lang))],
        ),
    }
}

fn sales_note(lang: Language) -> String {
    let text = lang.word(S::SalesNote);
    format::typography(text, lang)
}

/// The reactivity plan from the week as laid out: who looks and how often, the drill of those
/// looks, the away messages and the crisis card.
fn reactivity_plan(
    plan: &Plan,
    catalogue: &Catalogue,
    cost: &analysis::PlanCost,
    week: &analysis::Week,
    words: &Words,
) -> ReactivityPlan {
    let lang = plan.language;
    let lines = plan
        .current_choices()
        .iter()
        .zip(&cost.choices)
        .map(|(choice, c)| {
            let sentence = if c.looks_per_week <= 0.0 {
                words.nothing_to_answer.clone()
            } else {
                let who = choice.responder.clone().unwrap_or_else(|| words.someone_to_name.clone());
                let looks = looks_in_words(c.looks_per_week, lang);
                let target = promise_in_words(choice.promise, lang);
                // Where what is answered is reviews (Google's), the look reads them.
                let platform = plan.platform(catalogue, &choice.platform);
                let how = if platform.is_some_and(|p| p.answers_reviews) {
                    S::ReadsReviewsAndReplies
                } else {
                    S::LooksAndAnswers
                };
                let line = lang.say(how, &[("who", &who), ("looks", &looks), ("target", &target)]);
                // A promise slower than customers expect there is said beside it, on paper too.
                match platform.and_then(|p| {
                    super::reactivity::slower_than_expected(p, choice.promise, &plan.time, lang)
                }) {
                    Some(said) => format!("{line} {said}."),
                    None => line,
                }
            };
            format!("{}{}{sentence}", c.platform_name, format::colon(lang))
        })
        .collect();
    let question = format::typography(lang.word(S::AQuestionAnswerInPublic), lang);
    let lines_of_drill = analysis::drill(plan, catalogue, week);
    let drill = super::drill::drill_rows(&lines_of_drill, lang);
    // Platforms watched through one inbox share their worst wait: said once, for all of them,
    // with what to do if it is too long where customers expect the fastest answer.
    let mut worst: Vec<(Vec<String>, String, Option<&analysis::DrillLine>)> = Vec::new();
    for line in &lines_of_drill {
        let wait = line.worst_wait(lang);
        let chat = line.too_long_for_customers.map(|c| c.expected_hours);
        match worst.iter_mut().find(|(_, w, _)| *w == wait) {
            Some((names, _, strictest)) => {
                names.push(line.platform_name.clone());
                if chat.is_some_and(|h| {
                    strictest.and_then(|s| s.too_long_for_customers).is_none_or(|s| h < s.expected_hours)
                }) {
                    *strictest = Some(line);
                }
            }
            None => worst.push((vec![line.platform_name.clone()], wait, chat.map(|_| line))),
        }
    }
    let worst_cases = worst
        .into_iter()
        .map(|(names, wait, strictest)| {
            let more = strictest.and_then(|l| l.too_long_words(lang)).unwrap_or_default();
            format::typography(&format!("{}{}{wait}{more}", names.join(", "), format::colon(lang)), lang)
        })
        .collect();
    ReactivityPlan {
        lines,
        question,
        drill,
        worst_cases,
        away_messages: super::reactivity::away_messages(plan, catalogue, cost),
        no_auto_reply: super::reactivity::no_auto_reply(plan, catalogue, cost, lang),
        crisis: super::reactivity::crisis_card(plan, catalogue),
    }
}

impl ReactivityPlan {
    /// Everything in one list, for a face that shows the plan as lines (the window): who looks,
    /// what to do with a question, then the crisis card's steps and its holding reply.
    fn as_lines(&self, lang: Language) -> Vec<String> {
        let mut out = self.lines.clone();
        out.push(self.question.clone());
        out.extend(self.crisis.steps.iter().cloned());
        let reply = &self.crisis.holding_reply;
        let quoted = lang.say(S::QuotedReply, &[("reply", reply)]);
        out.push(format!("{}{}{quoted}", self.crisis.holding_reply_title, format::colon(lang)));
        out
    }
}

fn checklist(plan: &Plan, catalogue: &Catalogue) -> Vec<ChecklistItem> {
    let lang = plan.language;
    let cost = analysis::cost(plan, catalogue);
    let item = |sentence: S, done: Option<bool>| ChecklistItem {
        text: format::typography(lang.word(sentence), lang),
        done,
    };
    let has_choices = !plan.current_choices().is_empty();
    vec![
        item(S::ChooseFewPlatformsTheOnes, Some(has_choices && plan.current_choices().len() <= 3)),
        item(
            S::NameWhoAnswersOnEach,
            Some(
                has_choices
                    && plan.current_choices().iter().all(|c| c.responder.is_some())
                    && plan.reactivity.cover.is_some(),
            ),
        ),
        item(S::CheckThatThePlannedTime, Some(has_choices && cost.status() == Status::Within)),
        item(S::CompleteEachProfilePictureOpening, None),
        item(S::PrepareAnswersToTheQuestions, None),
        item(S::PrepareAMonthOfPosts, None),
        item(S::AgreeOnWhatToDo, None),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Choice, Product};

    fn plan(lang: Language) -> Plan {
        let c = Catalogue::built_in();
        let mut plan = Plan::new("Boulangerie", lang);
        plan.products.push(Product::new("Pain", 0.05, 0.75));
        plan.audience.goals = vec![Goal::Sales];
        plan.current_choices_mut().push(Choice {
            responder: Some("Marie".into()),
            ..Choice::with_defaults(c.get("instagram").unwrap())
        });
        plan
    }

    #[test]
    fn sales_goal_brings_the_not_a_shop_note() {
        let s = summarize(&plan(Language::En), Catalogue::built_in());
        assert!(s.sales_note.as_deref().unwrap_or("").contains("not a shop"));
        let mut without = plan(Language::En);
        without.audience.goals.clear();
        assert!(summarize(&without, Catalogue::built_in()).sales_note.is_none());
    }

    #[test]
    fn reactivity_names_who_watches_and_how_often() {
        let s = summarize(&plan(Language::En), Catalogue::built_in());
        assert!(s.reactivity[0].starts_with("Instagram: Marie looks"), "{}", s.reactivity[0]);
        let fr = summarize(&plan(Language::Fr), Catalogue::built_in());
        assert!(fr.reactivity[0].contains("Marie regarde"), "{}", fr.reactivity[0]);
    }

    /// On Google Business Profile the looks read the reviews (its chat closed in 2024).
    #[test]
    fn the_reactivity_plan_reads_googles_reviews() {
        let c = Catalogue::built_in();
        let mut p = plan(Language::En);
        p.current_choices_mut().push(Choice::with_defaults(c.get("google_business").unwrap()));
        let lines = summarize(&p, c).reactivity_plan.lines;
        let google = lines.iter().find(|l| l.starts_with("Google Business Profile: ")).unwrap();
        assert!(
            google.contains(" reads the reviews ") && google.contains(" and replies to each within "),
            "{google}"
        );
        assert!(lines[0].contains(" looks ") && !lines[0].contains("reviews"), "{}", lines[0]);
        p.language = Language::Fr;
        let fr = summarize(&p, c).reactivity_plan.lines;
        assert!(fr.iter().any(|l| l.contains(" lit les avis ")), "{fr:?}");
    }

    /// A promise slower than customers expect is said on paper too, not only by the window's ⚠.
    #[test]
    fn a_promise_slower_than_customers_expect_is_said_in_the_reactivity_plan() {
        let mut slow = plan(Language::En);
        let s = summarize(&slow, Catalogue::built_in());
        assert!(!s.reactivity_plan.lines[0].contains("expect"), "{}", s.reactivity_plan.lines[0]);
        slow.current_choices_mut()[0].promise = crate::model::Promise::opening_hours(40.0);
        let s = summarize(&slow, Catalogue::built_in());
        let line = &s.reactivity_plan.lines[0];
        assert!(
            line.contains("Customers on Instagram expect an answer within 6 h: promise at most "),
            "{line}"
        );
        assert!(line.ends_with("of your opening hours."), "{line}");
        slow.language = Language::Fr;
        let fr = &summarize(&slow, Catalogue::built_in()).reactivity_plan.lines[0];
        assert!(fr.contains("Instagram") && fr.contains("sous 6"), "{fr}");
    }

    #[test]
    fn french_labels_put_a_narrow_no_break_space_before_high_punctuation() {
        let words = serde_json::to_value(Words::new(Language::Fr)).unwrap();
        let serde_json::Value::Object(words) = words else { panic!("words are an object") };
        for (name, text) in words {
            let text = text.as_str().unwrap_or_default().to_owned();
            for mark in [':', ';', '?', '!', '%'] {
                for (i, _) in text.match_indices(mark) {
                    let before = text[..i].chars().last();
                    assert!(
                        before.is_none_or(|c| c == crate::format::NARROW_NBSP || !c.is_whitespace()),
                        "{name}: {text:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_reactivity_plan_says_the_promise_in_its_own_terms_and_the_drill() {
        let mut p = plan(Language::En);
        p.current_choices_mut()[0].promise = crate::model::Promise::anytime(4.0);
        let c = Catalogue::built_in();
        p.current_choices_mut().push(Choice {
            replies_per_week: Some(0.0),
            ..Choice::with_defaults(c.get("facebook").unwrap())
        });
        let s = summarize(&p, c);
        let r = &s.reactivity_plan;
        assert!(r.lines[0].ends_with("times a week and answers within 4 h, any time."), "{}", r.lines[0]);
        assert_eq!(r.lines[1], "Facebook: nothing to watch there, no messages expected.");
        assert_eq!(r.drill.len(), 1, "only the platform with something to answer: {:?}", r.drill);
        assert_eq!(r.drill[0].worst_as_promised, None, "counted on the clock");
        assert!(r.worst_cases[0].starts_with("Instagram: a message on "), "{:?}", r.worst_cases);
        assert!(r.away_messages.is_empty(), "answered at any time: no away message");
        // The window's lines: who looks, then what to do, ending with the holding reply.
        assert_eq!(s.reactivity[0], r.lines[0]);
        assert!(s.reactivity.last().is_some_and(|l| l.contains(&r.crisis.holding_reply)));
    }

    /// Facebook and WhatsApp answered from one inbox at a stall open on Saturdays: their one
    /// wait is said once, with what to do for the chat whose customers expect the fastest answer.
    #[test]
    fn a_shared_wait_too_long_for_customers_is_said_once_at_the_strictest() {
        let c = Catalogue::built_in();
        let mut p = Plan::new("Stall", Language::En);
        p.time.open_days = vec![crate::model::Weekday::Sat];
        for id in ["facebook", "whatsapp"] {
            let mut choice = Choice::with_defaults(c.get(id).unwrap());
            choice.promise = crate::model::Promise::opening_hours(2.0);
            p.current_choices_mut().push(choice);
        }
        let r = summarize(&p, c).reactivity_plan;
        assert_eq!(r.drill.len(), 2);
        assert_eq!(r.worst_cases.len(), 1, "{:?}", r.worst_cases);
        let case = &r.worst_cases[0];
        assert!(case.starts_with("Facebook, WhatsApp Business: a message on Saturday"), "{case}");
        assert!(case.contains("expect an answer within 2 h"), "{case}");
    }

    #[test]
    fn platforms_sharing_an_inbox_share_their_worst_case() {
        let c = Catalogue::built_in();
        let mut p = plan(Language::Fr);
        p.current_choices_mut().push(Choice::with_defaults(c.get("facebook").unwrap()));
        let r = summarize(&p, c).reactivity_plan;
        assert_eq!(r.drill.len(), 2);
        assert_eq!(r.worst_cases.len(), 1, "{:?}", r.worst_cases);
        assert!(r.worst_cases[0].starts_with("Instagram, Facebook\u{202F}: un message arrivé le "));
        assert!(
            r.drill[0]
                .worst_as_promised
                .as_deref()
                .is_some_and(|w| w.starts_with("dont ") && w.ends_with("d'ouverture"))
        );
    }

    #[test]
    fn checklist_ticks_what_the_plan_shows() {
        let mut p = plan(Language::En);
        p.time.weekly_budget_hours = 100.0;
        p.reactivity.cover = Some("Paul".into());
        let s = summarize(&p, Catalogue::built_in());
        assert!(s.checklist.iter().filter(|i| i.done == Some(true)).count() >= 3);
        p.current_choices_mut()[0].responder = None;
        let s = summarize(&p, Catalogue::built_in());
        assert_eq!(s.checklist[1].done, Some(false));
    }

    #[test]
    fn map_holds_every_platform_and_product() {
        let s = summarize(&plan(Language::En), Catalogue::built_in());
        let platforms = s.map.iter().filter(|m| m.kind == "platform").count();
        assert_eq!(platforms, Catalogue::built_in().platforms.len());
        assert!(s.map.iter().any(|m| m.kind == "product" && m.name == "Pain"));
        assert!(s.map.iter().any(|m| m.name == "Instagram" && m.chosen));
    }

    #[test]
    fn map_points_come_in_label_order() {
        let mut p = plan(Language::En);
        p.products.push(Product { weight: 9.0, ..Product::new("Heavy", 0.2, 0.2) });
        let s = summarize(&p, Catalogue::built_in());
        let chosen = s.map.iter().take_while(|m| m.chosen).count();
        assert_eq!(chosen, p.current_choices().len(), "chosen platforms first");
        let ranks: Vec<usize> = s.map[chosen..].iter().map_while(|m| m.rank).collect();
        assert!(ranks.windows(2).all(|w| w[0] < w[1]), "then the others by rank: {ranks:?}");
        let weights: Vec<f64> = s.map.iter().filter(|m| m.kind == "product").map(|m| m.weight).collect();
        assert_eq!(weights[0], 9.0);
        assert!(weights.windows(2).all(|w| w[0] >= w[1]), "products heaviest first: {weights:?}");
    }
}
