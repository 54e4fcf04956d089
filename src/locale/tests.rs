//! The locale's promises: every language says every value English says, the values fill in
//! with the language's own rules, and the German proof shows what a new language takes.

use std::collections::BTreeSet;

use super::{Language, Plural, Sentence, de, en, fr, placeholders};

/// A placeholder's name, once: "{hours} of {hours}" is one value.
fn names(template: &str) -> BTreeSet<&str> {
    placeholders(template).into_iter().collect()
}

/// The values the code gives a sentence: those English says, and those only another language
/// says (French names the day as well as its code).
fn given(sentence: Sentence) -> BTreeSet<&'static str> {
    let extra = en::SAID_ELSEWHERE.iter().filter(|(s, _)| *s == sentence).map(|(_, name)| *name);
    names(en::template(sentence)).into_iter().chain(extra).collect()
}

/// A translation may use only the values the code gives, and must say every value English says
/// unless the sentence gives other languages a value of their own (then it may say either).
fn check(language: &str, sentence: Sentence, template: &str) -> Option<String> {
    let (used, english) = (names(template), names(en::template(sentence)));
    let has_own = en::SAID_ELSEWHERE.iter().any(|(s, _)| *s == sentence);
    let values = given(sentence);
    let unknown: Vec<_> = used.difference(&values).collect();
    let missing: Vec<_> = english.difference(&used).collect();
    if !unknown.is_empty() || (!has_own && !missing.is_empty()) {
        Some(format!("{language} {sentence:?}: unknown {unknown:?}, missing {missing:?}"))
    } else {
        None
    }
}

#[test]
fn every_language_fills_the_same_values_as_english() {
    let mut wrong = Vec::new();
    for &sentence in Sentence::ALL {
        wrong.extend(check("fr", sentence, fr::template(sentence)));
        wrong.extend(de::template(sentence).and_then(|t| check("de", sentence, t)));
    }
    assert!(wrong.is_empty(), "placeholders that do not match English:\n{}", wrong.join("\n"));
}

#[test]
fn a_value_said_elsewhere_is_said_by_some_other_language() {
    for (sentence, name) in en::SAID_ELSEWHERE {
        assert!(!names(en::template(*sentence)).contains(name), "English says {{{name}}} in {sentence:?}");
        assert!(names(fr::template(*sentence)).contains(name), "nobody says {{{name}}} in {sentence:?}");
    }
}

#[test]
fn placeholders_are_names_in_braces_and_other_braces_are_text() {
    assert_eq!(placeholders("{hours} a week, {hours} in all"), ["hours", "hours"]);
    assert_eq!(placeholders("a set {} and { x } and {Name}"), Vec::<&str>::new());
    assert_eq!(placeholders("{a}{b_2}"), ["a", "b_2"]);
}

#[test]
fn values_fill_the_template_and_leave_other_braces_alone() {
    let text = super::fill(Language::En, "{a} and {b}, not {} nor {C}", &[("a", &1), ("b", &"two")]);
    assert_eq!(text, "1 and two, not {} nor {C}");
}

#[test]
fn french_elides_de_before_a_value_that_starts_with_a_vowel() {
    let share = |source: &str| Language::Fr.say(Sentence::ShareThePost, &[("source", &source)]);
    assert_eq!(share("Instagram"), "Partager la publication d'Instagram");
    assert_eq!(share("Facebook"), "Partager la publication de Facebook");
    assert_eq!(share("YouTube"), "Partager la publication de YouTube");
    assert_eq!(share("Yves"), "Partager la publication d'Yves");
    assert_eq!(share("Élan"), "Partager la publication d'Élan");
    // English has no such rule, and "de" inside a word is not the preposition.
    assert_eq!(
        Language::En.say(Sentence::ShareThePost, &[("source", &"Instagram")]),
        "Share the Instagram post"
    );
}

#[test]
fn plurals_follow_each_language() {
    use Plural::{One, Other};
    assert_eq!([0.0, 1.0, 1.5, 2.0].map(|n| Language::Fr.plural(n)), [One, One, One, Other]);
    assert_eq!([0.0, 1.0, 1.5, 2.0].map(|n| Language::En.plural(n)), [Other, One, Other, Other]);
    let posts =
        |language: Language, n: u32| crate::format::cadence(crate::model::Cadence::weekly(n), language);
    assert_eq!(posts(Language::En, 1), "1 post a week");
    assert_eq!(posts(Language::En, 2), "2 posts a week");
    assert_eq!(posts(Language::Fr, 2), "2 publications par semaine");
}

#[test]
fn the_same_words_on_screen_and_on_paper() {
    // The product's weight and who answers: one sentence each, read by the window and the summary.
    let words = crate::report::Words::new(Language::Fr);
    assert_eq!(words.weight, Language::Fr.word(Sentence::Weight));
    assert_eq!(words.who_answers, Language::Fr.word(Sentence::WhoAnswers));
    assert_eq!(Language::En.word(Sentence::Weight), "Weight");
}

/// The sentences German has, counted from its file rather than from its function.
fn german_arms() -> usize {
    include_str!("de.rs").lines().filter(|l| l.trim_start().starts_with("S::") && l.contains("=>")).count()
}

#[test]
fn german_lists_what_it_still_misses() {
    let missing: Vec<Sentence> =
        Sentence::ALL.iter().copied().filter(|&s| de::template(s).is_none()).collect();
    println!("German still misses {} of {} sentences:", missing.len(), Sentence::ALL.len());
    for sentence in &missing {
        println!("  {sentence:?}: {:?}", en::template(*sentence));
    }
    assert_eq!(missing.len(), Sentence::ALL.len() - german_arms());
    assert!(!missing.is_empty(), "German is complete: give it an exhaustive match and ship it");
}
