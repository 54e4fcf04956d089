//! Every word the program says, in one home: the languages, the sentences of each language, the
//! rule that picks a plural, and (through `crate::format`) how numbers are written.
//!
//! Nothing here knows a plan: the core's analysis hands data (reasons, steps, labels) to the
//! faces, and each face words it here, in the language it shows. A sentence is a [`Sentence`]
//! id; `en.rs` and `fr.rs` each map every id to a template with named placeholders (`{hours}`)
//! in one exhaustive `match`, so adding a sentence or a language, the compiler lists every
//! sentence still to write. docs/words.md says why this shape and how to add a language.

use std::fmt::Display;

mod en;
pub mod format;
mod fr;
mod language;
mod sentence;

#[cfg(test)]
mod de;
#[cfg(test)]
mod tests;

pub use language::{Language, Plural};
pub use sentence::Sentence;

impl Language {
    /// The sentence's template as written for this language, placeholders and all: for the
    /// sentences that have none (labels, buttons, headings).
    pub fn word(self, sentence: Sentence) -> &'static str {
        template(self, sentence)
    }

    /// The month's name, 1 to 12 ("novembre", "November"); out of range, the nearest month.
    pub fn month(self, month: u32) -> &'static str {
        use Sentence as S;
        const MONTHS: [S; 12] = [
            S::January,
            S::February,
            S::March,
            S::April,
            S::May,
            S::June,
            S::July,
            S::August,
            S::September,
            S::October,
            S::November,
            S::December,
        ];
        self.word(MONTHS[month.clamp(1, 12) as usize - 1])
    }

    /// The sentence with its placeholders filled: `("hours", &"8,8 h")` fills `{hours}`.
    /// Values are written as given; numbers go through `crate::format` first.
    pub fn say(self, sentence: Sentence, values: &[(&str, &dyn Display)]) -> String {
        fill(self, template(self, sentence), values)
    }

    /// `one` or `other`, as this language counts `n`: "1 post", "2 posts"; "0 publication".
    pub fn count(self, n: f64, one: Sentence, other: Sentence) -> Sentence {
        match self.plural(n) {
            Plural::One => one,
            Plural::Other => other,
        }
    }
}

/// The language's template for a sentence. A test-only language that lacks one falls back to
/// English (the list of what it lacks is a test's output, never a silent gap in a shipped one).
fn template(language: Language, sentence: Sentence) -> &'static str {
    match language {
        Language::En => en::template(sentence),
        Language::Fr => fr::template(sentence),
        #[cfg(test)]
        Language::De => de::template(sentence).unwrap_or_else(|| en::template(sentence)),
    }
}

/// The names of a template's placeholders, in order: `{hours}` gives `hours`. A brace that does
/// not open a name (`{`, `{ }`) is text.
#[cfg(test)]
pub(crate) fn placeholders(template: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) if is_name(&after[..close]) => {
                names.push(&after[..close]);
                rest = &after[close + 1..];
            }
            _ => rest = after,
        }
    }
    names
}

fn is_name(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

fn fill(language: Language, template: &str, values: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let name = after.find('}').map(|close| &after[..close]).filter(|n| is_name(n));
        out.push_str(&rest[..open + usize::from(name.is_none())]);
        let Some(name) = name else {
            rest = after;
            continue;
        };
        match values.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => {
                let value = value.to_string();
                language.join(&mut out, &value);
                out.push_str(&value);
            }
            None => {
                debug_assert!(false, "no value for {{{name}}} in {template:?}");
                out.push_str(&rest[open..open + name.len() + 2]);
            }
        }
        rest = &after[name.len() + 1..];
    }
    out.push_str(rest);
    out
}
