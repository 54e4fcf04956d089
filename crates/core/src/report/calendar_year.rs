//! The calendar's twelve months: the usual week's series, bounded and skipping the days of the
//! owner's seasons; each season's own week as series of its own, from its first day to its
//! last; the country's public holidays and trade moments as all-day events. A plan without
//! seasons keeps its open-ended weekly series, as before seasons existed.

use chrono::{Datelike, NaiveDate};

use super::calendar::week_events;
use super::calendar_identity::{EventContent, first_on, uid};
use crate::analysis::year::{WeekPosts, in_phase, phase_terms, phases, twelve_months_from, week_posts};
use crate::analysis::{self, Week};
use crate::format;
use crate::locale::Sentence as S;
use crate::model::moments::{self, Dated};
use crate::model::{Catalogue, Language, Phase, Plan};

/// A public holiday or trade moment as an all-day event.
#[derive(Clone, Debug, PartialEq)]
pub struct MomentEvent {
    pub uid: String,
    pub summary: String,
    pub description: String,
    pub first: NaiveDate,
    /// Its last day, included.
    pub last: NaiveDate,
    pub category: &'static str,
}

/// The events of the twelve months from `from`, the usual week (for its ideas) and the
/// country's days.
pub fn year_events(
    plan: &Plan,
    catalogue: &Catalogue,
    from: NaiveDate,
) -> (Vec<EventContent>, Week, Vec<MomentEvent>) {
    let lang = plan.language;
    let to = twelve_months_from(from);
    let week = analysis::week(plan, catalogue);
    let mut events = week_events(&week, lang);
    if !plan.seasons.is_empty() {
        let spans = phases(plan, from, to);
        // Each phase from its first day to the day before the next one.
        let periods: Vec<(NaiveDate, NaiveDate, Option<Phase>)> = spans
            .iter()
            .enumerate()
            .map(|(i, (start, phase))| {
                let end = spans.get(i + 1).and_then(|(next, _)| next.pred_opt()).unwrap_or(to);
                (*start, end, *phase)
            })
            .collect();
        let seasonal_days: Vec<NaiveDate> = periods
            .iter()
            .filter(|(_, _, phase)| phase.is_some())
            .flat_map(|(start, end, _)| start.iter_days().take_while(move |d| d <= end))
            .collect();
        for e in &mut events {
            e.until = Some(to);
            e.except = seasonal_days
                .iter()
                .copied()
                .filter(|d| d.weekday().num_days_from_monday() as usize == e.day.index())
                .collect();
        }
        // The week a phase lays out depends on its posts, not on its hours (a test holds
        // this): phases whose shares give the same posts (the preparations, seasons busy or
        // quiet alike) share one laid-out week, the costly part.
        let mut laid_out: Vec<(WeekPosts, Vec<EventContent>)> = Vec::new();
        for (start, end, phase) in periods {
            let Some(phase) = phase else { continue };
            let Some(terms) = phase_terms(plan, phase) else { continue };
            let posts = week_posts(plan, terms);
            let known = laid_out.iter().position(|(p, _)| *p == posts);
            let week_of_phase = match known {
                Some(i) => laid_out[i].1.clone(),
                None => {
                    let w = week_events(&analysis::week(&in_phase(plan, Some(phase)), catalogue), lang);
                    laid_out.push((posts, w.clone()));
                    w
                }
            };
            let hours = format::hours(terms.hours_in(plan) * 60.0, lang);
            let line = phase_line(plan, &hours, phase, lang);
            for mut e in week_of_phase {
                // A day the season does not reach (a season of a few days): no series.
                if first_on(e.day, start) > end {
                    continue;
                }
                e.key = format!("season:{start}:{}", e.key);
                e.description = format!("{}\n{line}", e.description);
                e.from = Some(start);
                e.until = Some(end);
                events.push(e);
            }
        }
    }
    let scenario = plan.current().map(|s| s.id.clone()).unwrap_or_default();
    let days = plan.country.map(|c| moments::between(c, from, to)).unwrap_or_default();
    let moments = days.iter().map(|d| moment_event(plan, &scenario, d)).collect();
    (events, week, moments)
}

/// "Season "Christmas rush": 1.5 h a week, 50 % of the usual posts", or "preparing …".
fn phase_line(plan: &Plan, hours: &str, phase: Phase, lang: Language) -> String {
    let Some(season) = plan.seasons.get(phase.season()) else { return String::new() };
    let text = match phase {
        Phase::In(_) => lang.say(
            S::SeasonBegins,
            &[("season", &season.name), ("hours", &hours), ("share", &format::percent(season.cadence, lang))],
        ),
        Phase::Preparing(_) => lang.say(S::SeasonPhasePreparing, &[("season", &season.name)]),
    };
    format::typography(&text, lang)
}

fn moment_event(plan: &Plan, scenario: &crate::model::ScenarioId, d: &Dated) -> MomentEvent {
    let lang = plan.language;
    let m = d.moment;
    let (sentence, category) = if m.is_holiday() {
        (S::HolidayEvent, "socialplan-holiday")
    } else {
        (S::TradeMomentEvent, "socialplan-trade-moment")
    };
    let mut notes = Vec::new();
    if !m.regions.is_empty() {
        notes.push(lang.say(S::OnlyInRegions, &[("regions", &m.regions.join(", "))]));
    }
    if m.approximate {
        notes.push(lang.word(S::AroundThisDay).to_owned());
    }
    if let Some(weeks) = m.lead_weeks {
        notes.push(lang.say(S::PrepareFrom, &[("weeks", &weeks)]));
    }
    // A holiday moved off a weekend is marked on its day off.
    let (first, last) = if m.is_holiday() { (d.day_off(), d.day_off()) } else { (d.first, d.last) };
    MomentEvent {
        uid: uid(&plan.id, scenario, &format!("moment:{}:{}", m.id, d.first.year())),
        summary: format::typography(&lang.say(sentence, &[("name", &m.name(lang))]), lang),
        description: format::typography(&notes.join("\n"), lang),
        first,
        last,
        category,
    }
}
