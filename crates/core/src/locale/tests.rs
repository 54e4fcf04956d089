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
    // As written: 1.04 h is "1 h", counted as one in both languages' sense of it.
    assert_eq!(crate::format::hours_shown(62.0), 1.0);
    assert_eq!(
        Language::Fr.count(
            crate::format::hours_shown(90.0),
            Sentence::WeekOfDateOne,
            Sentence::WeekOfDateOther
        ),
        Sentence::WeekOfDateOne
    );
    assert_eq!(
        Language::Fr.count(
            crate::format::hours_shown(120.0),
            Sentence::WeekOfDateOne,
            Sentence::WeekOfDateOther
        ),
        Sentence::WeekOfDateOther
    );
    use Plural::{One, Other};
    assert_eq!([0.0, 1.0, 1.5, 2.0].map(|n| Language::Fr.plural(n)), [One, One, One, Other]);
    assert_eq!([0.0, 1.0, 1.5, 2.0].map(|n| Language::En.plural(n)), [Other, One, Other, Other]);
    let posts = |language: Language, n: u32| crate::model::Cadence::weekly(n).words(language);
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

#[test]
fn the_codes_are_the_readable_languages_codes() {
    let codes: Vec<&str> = Language::READABLE.iter().map(|l| l.code()).collect();
    assert_eq!(codes, Language::CODES);
    for language in Language::READABLE {
        assert_eq!(Language::from_code(language.code()), Some(*language));
    }
}

/// The built-in catalogue with German beside French and English in two texts, as a translator
/// would add them: one more field, read by the catalogue with no change to its code.
fn catalogue_with_german() -> crate::model::Catalogue {
    let text = include_str!("../../../../assets/platforms.ron")
        .replacen(
            "en: \"The network of friends and family",
            "de: \"Das Netzwerk der Freunde und der Familie.\",\n                en: \"The network of friends and family",
            1,
        )
        .replacen(
            "en: \"Its audience has faded",
            "de: \"Sein Publikum ist verschwunden: seit 2016 in Konkurs; nur Frankreich.\",\n                en: \"Its audience has faded",
            1,
        );
    crate::model::Catalogue::parse(&text).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn german_reads_its_catalogue_texts_and_falls_back_to_english_for_the_rest() {
    let catalogue = catalogue_with_german();
    let get = |id: &str| catalogue.get(id).unwrap_or_else(|| panic!("{id}"));
    assert_eq!(get("facebook").description.get(Language::De), "Das Netzwerk der Freunde und der Familie.");
    assert_eq!(
        get("facebook").description.get(Language::Fr),
        crate::model::Catalogue::built_in().get("facebook").map_or("", |p| p.description.get(Language::Fr))
    );
    assert!(
        get("instagram")
            .description
            .get(Language::De)
            .starts_with(get("instagram").description.get(Language::En))
    );
    // Written back, the German text stays beside the others.
    let written = ron::to_string(&get("facebook").description).unwrap_or_default();
    assert!(written.contains("de:\"Das Netzwerk"), "{written}");
}

#[test]
fn a_summary_in_german_uses_its_words_its_numbers_and_its_catalogue_texts() {
    let catalogue = catalogue_with_german();
    let mut plan = crate::storage::parse(
        include_str!("../../../../saves/accounting-firm.ron"),
        std::path::Path::new("accounting-firm.ron"),
        &catalogue,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    plan.language = Language::De;
    let summary = crate::report::summarize(&plan, &catalogue);
    let markdown = crate::report::to_markdown(&summary);
    // German headings where de.rs has them, English where it has not yet.
    assert!(markdown.contains("Social-Media-Plan"), "{markdown}");
    assert!(markdown.contains("Gewählte Plattformen"), "{markdown}");
    assert!(markdown.contains(Language::En.word(Sentence::Checklist)), "{markdown}");
    // Numbers the German way: a decimal comma.
    let total = crate::format::hours(crate::analysis::cost(&plan, &catalogue).total(), Language::De);
    assert!(total.contains(',') || !total.contains('.'), "{total}");
    assert!(summary.time.verdict.contains(&total), "{}", summary.time.verdict);
    assert!(summary.time.verdict.contains("pro Woche"), "{}", summary.time.verdict);
    // Viadeo's reason quotes its German warning.
    let viadeo = summary.ranking.iter().find(|r| r.platform_id == "viadeo").map(|r| r.reason.as_str());
    assert!(viadeo.is_some_and(|r| r.contains("ein Publikum ist verschwunden")), "{viadeo:?}");
}

/// Every Rust file of the program's crates outside the locale, as (path from the workspace,
/// text): the core, the PDF, the window and the command line.
fn sources_outside_the_locale() -> Vec<(String, String)> {
    let workspace = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let crates = std::fs::read_dir(workspace.join("crates")).unwrap_or_else(|e| panic!("crates: {e}"));
    let mut paths: Vec<_> = crates.filter_map(|e| e.ok()).map(|e| e.path().join("src")).collect();
    paths.push(workspace.join("src"));
    let mut files = Vec::new();
    while let Some(path) = paths.pop() {
        if path.is_dir() {
            let entries = std::fs::read_dir(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            paths.extend(entries.filter_map(|e| e.ok()).map(|e| e.path()));
            continue;
        }
        let relative = path.strip_prefix(workspace).unwrap_or(&path).to_string_lossy().replace('\\', "/");
        if relative.ends_with(".rs") && !relative.starts_with("crates/core/src/locale/") {
            files.push((relative, std::fs::read_to_string(&path).unwrap_or_default()));
        }
    }
    assert!(files.len() > 50, "the sources were not found under {}", workspace.display());
    files
}

/// Files outside the locale that name a language in a `match` arm or the test-only German: a
/// new language would have to touch them.
#[test]
fn a_new_language_touches_only_the_locale_files() {
    let mut wrong = Vec::new();
    for (file, text) in sources_outside_the_locale() {
        for (i, line) in text.lines().enumerate() {
            let arm = line.split_once("=>").is_some_and(|(before, _)| {
                ["Language::Fr", "Language::En"].iter().any(|l| before.contains(l))
            });
            if arm || line.contains("Language::De") || line.contains(".pick(") {
                wrong.push(format!("{file}:{}: {}", i + 1, line.trim()));
            }
        }
    }
    assert!(wrong.is_empty(), "a new language would touch these lines:\n{}", wrong.join("\n"));
}

/// `word` gives a template as it is: a sentence with values must be said with them.
#[test]
fn words_without_values_have_no_placeholders_left_to_fill() {
    let mut wrong = Vec::new();
    for (file, text) in sources_outside_the_locale() {
        for piece in text.split(".word(S::").skip(1) {
            let id: String = piece.chars().take_while(|c| c.is_alphanumeric()).collect();
            if let Some(&sentence) = Sentence::ALL.iter().find(|s| format!("{s:?}") == id)
                && !placeholders(en::template(sentence)).is_empty()
            {
                wrong.push(format!("{file}: {id}"));
            }
        }
    }
    assert!(wrong.is_empty(), "said without their values:\n{}", wrong.join("\n"));
}

/// A sentence nobody says is a sentence translators write for nothing.
#[test]
fn every_sentence_is_said_somewhere() {
    // The locale's own helpers say some too (`Language::month`, `Language::name_in`,
    // `format::list`); the translations do not count.
    let mut code: String = sources_outside_the_locale().into_iter().map(|(_, text)| text).collect();
    code += include_str!("mod.rs");
    code += include_str!("language.rs");
    code += include_str!("format.rs");
    let said = |id: &str| {
        code.match_indices(id).any(|(at, _)| {
            let before = &code[..at];
            let after = code[at + id.len()..].chars().next();
            (before.ends_with("S::") || before.ends_with("Sentence::"))
                && !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
    };
    let unsaid: Vec<String> = Sentence::ALL.iter().map(|s| format!("{s:?}")).filter(|id| !said(id)).collect();
    assert!(unsaid.is_empty(), "sentences nobody says: {unsaid:?}");
}

/// A per cent sign follows its figure as each language writes it: "83%" in English, "83 %"
/// (a space before it) in French.
#[test]
fn per_cent_signs_follow_each_languages_typography() {
    for &sentence in Sentence::ALL {
        let english = en::template(sentence);
        let spaced = english.char_indices().any(|(i, c)| {
            c == '%'
                && english[..i].ends_with(' ')
                && english[..i].trim_end().ends_with(|d: char| d.is_ascii_digit())
        });
        assert!(!spaced, "{sentence:?} in English: {english}");
    }
}
