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
        _ => return None,
    })
}
