//! The coming weeks' post ideas for a person (one line a post, grouped by week) and as
//! tab-separated values (`socialplan ideas`), and the line the week, the calendar and the
//! printed page say: "Wednesday — Instagram — Wedding flowers — useful: …".

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

/// The weeks' lines under a heading a week ("Week of 2026-12-07").
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
            out += &format::typography(&lang.say(S::IdeasWeekOf, &[("date", &monday.to_string())]), lang);
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
