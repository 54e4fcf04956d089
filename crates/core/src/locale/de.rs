//! Ein Teil der Wörter auf Deutsch: the proof that a new language touches only the locale files
//! and the catalogue's texts (docs/words.md). Partial on purpose: `tests.rs` lists what is
//! missing; a shipped language has an exhaustive `match` like `en.rs` and no `_` arm.

use super::Sentence as S;

pub fn template(sentence: S) -> Option<&'static str> {
    Some(match sentence {
        S::NoPost => "kein Beitrag",
        S::PostsAWeekOne => "{posts} Beitrag pro Woche",
        S::PostsAWeekOther => "{posts} Beiträge pro Woche",
        S::OnePostEveryWeeks => "1 Beitrag alle {weeks} Wochen",
        S::PostsAWeekShort => "{posts} / Wo.",
        S::OnePostEveryWeeksShort => "{posts} / {weeks} Wo.",
        // The summary's headings.
        S::Title => "Social-Media-Plan",
        S::Products => "Produkte",
        S::Audience => "Zielgruppe",
        S::Goals => "Ziele",
        S::Map => "Die Karte",
        S::Recommendation => "Empfehlung",
        S::ChosenPlatforms => "Gewählte Plattformen",
        S::SummaryTime => "Zeit pro Woche",
        S::Platform => "Plattform",
        S::SummaryScore => "Note",
        S::Why => "Warum",
        S::Total => "Gesamt",
        S::Weight => "Gewicht",
        // The week against the hours, and why a platform ranks where it does.
        S::VerdictWithin => "{total} pro Woche, innerhalb der {budget}, die Sie haben.",
        S::VerdictOver => "{total} pro Woche bei {budget} verfügbar: {excess} zu viel.",
        S::CloseToProducts => "nah an {products} auf der Karte",
        S::UsedBy => "genutzt von {percent} {who}",
        S::OfAdults => "der Erwachsenen",
        S::ListAnd => " und ",
        S::ReasonSeparator => "; ",
        _ => return None,
    })
}
