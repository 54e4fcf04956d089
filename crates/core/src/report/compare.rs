//! The plan's scenarios side by side, for a person (a table in the plan's language) or a
//! spreadsheet (one row per scenario and platform).

use serde::Serialize;

use crate::analysis::{self, Status};
use crate::format;
use crate::locale::Sentence as S;
use crate::model::{Catalogue, Language, Plan, Presence};

/// One scenario, measured: for the command line, the window's Compare tab and the PDF.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Column {
    pub name: String,
    pub current: bool,
    /// Minutes a week in the four parts: creation, replies, monitoring, planning.
    pub minutes: [f64; 4],
    /// The review routine's and the ambassadors' minutes, beside the four parts.
    pub voices_minutes: f64,
    pub budget_minutes: f64,
    pub over: bool,
    /// One per row of [`Comparison::rows`].
    pub cells: Vec<String>,
    /// The same, with every platform named: what tells whether scenarios differ.
    #[serde(skip)]
    whole: Vec<String>,
}

/// Platforms a cell names before "and N more": a comparison of 60 platforms a scenario could
/// not be read (nor printed) with every name in each of its cells.
const NAMED_IN_A_CELL: usize = 12;

/// The cell listing `items`, and the same with every one of them.
fn listed(items: &[String], lang: Language) -> (String, String) {
    if items.is_empty() {
        return ("—".to_owned(), "—".to_owned());
    }
    let whole = items.join(", ");
    if items.len() <= NAMED_IN_A_CELL {
        return (whole.clone(), whole);
    }
    let more = items.len() - NAMED_IN_A_CELL;
    let shown = lang.say(
        crate::locale::Sentence::AndMore,
        &[("items", &items[..NAMED_IN_A_CELL].join(", ")), ("more", &more)],
    );
    (shown, whole)
}

/// The plan's scenarios side by side, in the plan's language.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comparison {
    pub title: String,
    pub rows: [String; 10],
    pub columns: Vec<Column>,
    /// For each row: do the scenarios differ there?
    pub differs: Vec<bool>,
}

/// Every scenario of the plan, in its order.
pub fn comparison(plan: &Plan, catalogue: &Catalogue, lang: Language) -> Comparison {
    // Where the audience is depends on the plan, not on the scenario: ranked once.
    let ranking = analysis::recommend(plan, catalogue);
    let columns: Vec<Column> =
        plan.scenarios.iter().filter_map(|s| column(plan, catalogue, &ranking, &s.name, lang)).collect();
    let rows = row_names(lang);
    let differs = (0..rows.len())
        .map(|r| columns.iter().any(|c| columns.first().is_some_and(|f| f.whole[r] != c.whole[r])))
        .collect();
    let title = format!("{} — {}", plan.business.name, lang.word(S::Scenarios));
    Comparison { title, rows, columns, differs }
}

fn column(
    plan: &Plan,
    catalogue: &Catalogue,
    ranking: &[analysis::Recommendation],
    name: &str,
    lang: Language,
) -> Option<Column> {
    let current = plan.current().is_some_and(|s| s.name == name);
    let plan = plan.with_current(name)?;
    let cost = analysis::cost(&plan, catalogue);
    let parts = [
        cost.sum(|c| c.creation),
        cost.sum(|c| c.replies),
        cost.sum(|c| c.monitoring),
        cost.sum(|c| c.planning),
    ];
    let [a, b, c, d] = parts;
    let (shown, total) = format::hours_adding_up(&[a, b, c, d, cost.voices.total()]);
    let shown = &shown[..4];
    let h = |hours: f64| format!("{} h", format::number(hours, 1, lang));
    let mut cells: Vec<String> = shown.iter().map(|v| h(*v)).collect();
    cells.push(format!("{} / {}", h(total), format::hours(cost.budget_minutes, lang)));
    cells.push(match cost.status() {
        Status::Within => lang.word(S::WithinBudget).to_owned(),
        Status::Over => format!("{} {}", format::excess(cost.over_by(), lang), lang.word(S::Over)),
    });
    // Every platform is named in a cell beside the other scenarios': long names shortened.
    let short_name = |c: &analysis::ChoiceCost| format::short(&c.platform_name, format::NAME_IN_TEXT_CHARS);
    let names: Vec<String> = cost.choices.iter().map(short_name).collect();
    let mut whole = cells.clone();
    let (shown, all) = listed(&names, lang);
    cells.push(shown);
    whole.push(all);
    let promises: Vec<String> = plan
        .current_choices()
        .iter()
        .zip(&cost.choices)
        .map(|(choice, c)| {
            let clock = match choice.promise.kind {
                crate::model::PromiseKind::OpeningHours => "",
                crate::model::PromiseKind::Anytime => lang.word(S::AnyTimeInBrackets),
            };
            format!("{} {} h{clock}", short_name(c), format::number(choice.promise.hours, 1, lang))
        })
        .collect();
    let (shown, all) = listed(&promises, lang);
    cells.push(shown);
    whole.push(all);
    let served: Vec<String> = plan
        .audience
        .goals
        .iter()
        .filter(|g| {
            plan.current_choices()
                .iter()
                .any(|c| plan.platform(catalogue, &c.platform).is_some_and(|p| p.goal_fit.serves_well(**g)))
        })
        .map(|g| g.label(lang).to_lowercase())
        .collect();
    cells.push(if served.is_empty() { "—".to_owned() } else { served.join(", ") });
    cells.push(audience_reached(&plan, catalogue, ranking, &cost, lang));
    whole.extend(cells[whole.len()..].iter().cloned());
    Some(Column {
        name: name.to_owned(),
        current,
        minutes: parts,
        voices_minutes: cost.voices.total(),
        budget_minutes: cost.budget_minutes,
        over: cost.status() == Status::Over,
        cells,
        whole,
    })
}

/// The rows' names; the four parts of the week are the summary's own words.
fn row_names(lang: Language) -> [String; 10] {
    let words = super::words::Words::new(lang);
    let w = |sentence: S| lang.word(sentence).to_owned();
    [
        words.creation,
        words.replies,
        words.monitoring,
        words.planning,
        w(S::TotalBudget),
        w(S::Status),
        w(S::Platforms),
        w(S::AnswersWithin),
        w(S::GoalsServedWell),
        words.audience_reached,
    ]
}

/// The audience a scenario reaches, in a plain measure: the largest share of the plan's audience
/// present on one of its platforms (`Recommendation::presence`, the same for every scenario).
/// That many people at least use one of them: "71 % of your audience uses one of these". A
/// platform nobody has measured (an owner's own, with no figures) is not counted.
fn audience_reached(
    plan: &Plan,
    catalogue: &Catalogue,
    ranking: &[analysis::Recommendation],
    cost: &analysis::PlanCost,
    lang: Language,
) -> String {
    let measured = |id: &str| plan.platform(catalogue, id).is_some_and(|p| p.audience != Presence::default());
    let best = cost
        .choices
        .iter()
        .filter(|c| measured(&c.platform_id))
        .filter_map(|c| ranking.iter().find(|r| r.platform_id == c.platform_id).map(|r| r.presence))
        .max_by(f64::total_cmp);
    let Some(share) = best else { return "—".to_owned() };
    let share = format::percent(share, lang);
    let text = if cost.choices.len() == 1 {
        lang.say(S::ShareOfYourAudienceUses, &[("share", &share)])
    } else {
        lang.say(S::ShareOfYourAudienceUsesOne, &[("share", &share)])
    };
    format::typography(&text, lang)
}

/// The scenarios side by side, the current one marked with `*`.
pub fn compare_text(plan: &Plan, catalogue: &Catalogue) -> String {
    let lang = plan.language;
    let Comparison { title, rows: labels, mut columns, .. } = comparison(plan, catalogue, lang);
    for c in &mut columns {
        if c.current {
            c.name.push_str(" *");
        }
    }
    let width = |s: &str| s.chars().count();
    let first = labels.iter().map(|l| width(l)).max().unwrap_or(0);
    let widths: Vec<usize> = columns
        .iter()
        .map(|c| c.cells.iter().map(|s| width(s)).chain([width(&c.name)]).max().unwrap_or(0))
        .collect();
    let pad = |s: &str, w: usize| format!("{s}{}", " ".repeat(w.saturating_sub(width(s))));
    let mut out = format!("{title}\n{}\n\n", "=".repeat(width(&title)));
    let mut line = pad("", first);
    for (c, w) in columns.iter().zip(&widths) {
        line += &format!("  {}", pad(&c.name, *w));
    }
    out += line.trim_end();
    out.push('\n');
    for (r, label) in labels.iter().enumerate() {
        let mut line = pad(label, first);
        for (c, w) in columns.iter().zip(&widths) {
            line += &format!("  {}", pad(&c.cells[r], *w));
        }
        out += line.trim_end();
        out.push('\n');
    }
    out += &format!("\n{}\n", lang.word(S::StarTheCurrentScenario));
    out
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Choice, Scenario};

    #[test]
    fn the_comparison_says_how_much_of_the_audience_each_scenario_reaches() {
        let c = Catalogue::built_in();
        let mut plan = Plan::new("Shop", Language::En);
        plan.current_choices_mut().push(Choice::with_defaults(c.get("instagram").unwrap()));
        plan.current_choices_mut().push(Choice::with_defaults(c.get("facebook").unwrap()));
        let mut alone = Scenario::new("Alone");
        alone.choices.push(Choice::with_defaults(c.get("pinterest").unwrap()));
        plan.scenarios.push(alone);
        plan.scenarios.push(Scenario::new("Nothing"));
        let cmp = comparison(&plan, c, plan.language);
        let row = cmp.rows.iter().position(|r| r == "Audience reached").expect("the row is named");
        let ranking = analysis::recommend(&plan, c);
        let share = |id: &str| ranking.iter().find(|r| r.platform_id == id).unwrap().presence;
        let best = share("instagram").max(share("facebook"));
        assert_eq!(
            cmp.columns[0].cells[row],
            format!("{} of your audience uses one of these", format::percent(best, Language::En))
        );
        assert_eq!(
            cmp.columns[1].cells[row],
            format!("{} of your audience uses it", format::percent(share("pinterest"), Language::En))
        );
        assert_eq!(cmp.columns[2].cells[row], "—");
        assert!(!cmp.rows.iter().any(|r| r.contains("Value")), "{:?}", cmp.rows);
        // The status row stays where the window colours it.
        assert_eq!(cmp.rows[5], "Status");
    }
}
