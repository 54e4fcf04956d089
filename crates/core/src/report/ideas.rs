//! The coming weeks' post ideas for a person (one line a post, grouped by week) and as
//! tab-separated values (`socialplan ideas`), and the line the week, the calendar and the
//! printed page say: "Wednesday — Instagram — Wedding flowers — useful: …".

use serde::Serialize;

use crate::analysis::IdeaSlot;
use crate::format;
use crate::locale::Sentence as S;
use crate::model::Language;

use super::tsv::{Cell, tsv};

/// The idea as said after its kind: "(again)" when it comes back.
pub fn idea_words(slot: &IdeaSlot, lang: Language) -> String {
    if slot.again { lang.say(S::IdeaAgain, &[("idea", &slot.idea)]) } else { slot.idea.clone() }
}

/// "Wednesday — Instagram — Wedding flowers — useful: three questions to ask your florist".
pub fn idea_line(slot: &IdeaSlot, lang: Language) -> String {
    let line = lang.say(
        S::IdeaLine,
        &[
            ("day", &slot.day.name(lang)),
            ("platform", &slot.platform_names),
            ("product", &slot.product),
            ("kind", &slot.kind.word(lang)),
            ("idea", &idea_words(slot, lang)),
        ],
    );
    // A line starts with a capital, as French day names do not.
    let mut chars = line.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The weeks' lines under a heading a week ("Week of 7 December 2026").
pub fn ideas_text(slots: &[IdeaSlot], lang: Language) -> String {
    if slots.is_empty() {
        return format!("{}\n", lang.word(S::IdeasNoPublication));
    }
    let mut out = String::new();
    let mut week = None;
    for slot in slots {
        let monday = crate::model::monday_of(slot.date);
        if week != Some(monday) {
            if week.is_some() {
                out.push('\n');
            }
            out +=
                &format::typography(&lang.say(S::IdeasWeekOf, &[("date", &format::day(monday, lang))]), lang);
            out.push('\n');
            week = Some(monday);
        }
        out += &idea_line(slot, lang);
        out.push('\n');
    }
    out
}

/// `ideas --tsv`: date (YYYY-MM-DD), platform ids, product, kind (`useful`, `important`,
/// `fun`, `offer`), idea (in the plan's language).
pub fn ideas_tsv(slots: &[IdeaSlot], lang: Language) -> String {
    let rows = slots.iter().map(|s| {
        [
            Cell::text(s.date.to_string()),
            Cell::text(s.platforms.join(",")),
            Cell::text(s.product.as_str()),
            Cell::text(s.kind.code()),
            Cell::text(idea_words(s, lang)),
        ]
    });
    tsv(Some(["date", "platform", "product", "kind", "idea"]), rows)
}

/// The printed page (and the summary's section): the coming weeks' ideas, a table a week.
#[derive(Clone, Debug, Serialize)]
pub struct IdeasPage {
    pub title: String,
    /// The three kinds and the one-in-five habit, in a sentence.
    pub intro: String,
    pub headers: [String; 5],
    pub weeks: Vec<IdeasWeek>,
    /// Shown when no publication is planned.
    pub empty: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct IdeasWeek {
    /// "Week of 7 December 2026".
    pub heading: String,
    /// Day and date, platform, product, kind, idea.
    pub rows: Vec<[String; 5]>,
}

/// The page's data, in the plan's language.
pub fn ideas_page(slots: &[IdeaSlot], lang: Language) -> IdeasPage {
    let mut weeks: Vec<IdeasWeek> = Vec::new();
    for slot in slots {
        let monday = crate::model::monday_of(slot.date);
        let heading =
            format::typography(&lang.say(S::IdeasWeekOf, &[("date", &format::day(monday, lang))]), lang);
        if weeks.last().is_none_or(|w| w.heading != heading) {
            weeks.push(IdeasWeek { heading, rows: Vec::new() });
        }
        if let Some(week) = weeks.last_mut() {
            week.rows.push([
                format!("{} {}", slot.day.short(lang), slot.date),
                slot.platform_names.clone(),
                slot.product.clone(),
                slot.kind.word(lang).to_owned(),
                idea_words(slot, lang),
            ]);
        }
    }
    IdeasPage {
        title: lang.word(S::IdeasPageTitle).to_owned(),
        intro: format::typography(lang.word(S::OneInFiveSells), lang),
        headers: [S::DateHeading, S::PlatformInSentence, S::ProductHeading, S::KindOfIdea, S::IdeaHeading]
            .map(|s| capitalized(lang.word(s))),
        weeks,
        empty: format::typography(lang.word(S::IdeasNoPublication), lang),
    }
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use crate::model::{Catalogue, Idea, IdeaKind};

    /// An owner's idea and product name holding Markdown, HTML and table marks stay text in the
    /// summary's Markdown: each row of the ideas' tables has its five cells and no more.
    #[test]
    fn hostile_ideas_stay_text_in_the_markdown_summary() {
        let catalogue = Catalogue::built_in();
        let mut plan = crate::storage::parse(
            include_str!("../../../../saves/accounting-firm.ron"),
            std::path::Path::new("accounting-firm.ron"),
            catalogue,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        plan.products[0].name = "A | B <script>".into();
        for kind in IdeaKind::ALL {
            plan.content.ideas.push(Idea::new(kind, "x | *bold* [link](http://e) <b>{product}</b>"));
        }
        let today = chrono::NaiveDate::from_ymd_opt(2027, 3, 1).unwrap_or_default();
        let summary = crate::report::summarize_on(&plan, catalogue, today);
        assert_eq!(summary.ideas.weeks.len(), 4);
        let md = crate::report::to_markdown(&summary);
        let start = md.find(&summary.ideas.title).unwrap_or_else(|| panic!("no ideas section:\n{md}"));
        let section = &md[start..md[start..].find("\n## ").map_or(md.len(), |e| start + e)];
        let rows: Vec<&str> = section.lines().filter(|l| l.starts_with("| ")).collect();
        assert!(rows.len() >= 4 * 6, "{section}");
        for row in rows {
            let unescaped =
                row.char_indices().filter(|&(i, c)| c == '|' && !row[..i].ends_with('\\')).count();
            assert_eq!(unescaped, 6, "{row}");
            assert!(!row.contains("<script>") && !row.contains("<b>"), "{row}");
        }
    }
}
