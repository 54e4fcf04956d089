//! Opening a plan file: refuse what is too big, too new or broken, with the file, the
//! line:column and the field named, and never a panic.

use std::path::Path;

use serde::Deserialize;

use crate::model::{Broken, Catalogue, FORMAT_VERSION, Migration, Plan, PlanFile};

use super::error::LoadError;
use super::file::read_regular_file;
use super::validate::validate;

/// A plan is a few kilobytes; anything past this is not a plan and is not read whole.
pub const MAX_FILE_BYTES: u64 = 16 * 1024 * 1024;

/// The options every plan is read with. `implicit_some` lets a hand-written file say
/// `minutes_per_post: 20.0` rather than `Some(20.0)`; both are accepted.
pub(crate) fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// The oldest plan format still opened; it is moved to the current one in memory.
pub const OLDEST_FORMAT: u32 = 1;

/// A plan as opened, with the format its file was written in: an older one is saved as the
/// current format, and the owner is told so.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub plan: Plan,
    pub file_format: u32,
    /// What moving an older file to the current format changed, to tell the owner.
    pub migrations: Vec<Migration>,
}

impl Loaded {
    /// Whether saving will write another format than the file has.
    pub fn migrated(&self) -> bool {
        self.file_format != FORMAT_VERSION
    }
}

/// Reads, parses and validates the plan at `path`.
pub fn load(path: &Path, catalogue: &Catalogue) -> Result<Plan, LoadError> {
    load_file(path, catalogue).map(|loaded| loaded.plan)
}

/// Reads, parses and validates the plan at `path`, and tells which format the file was in.
pub fn load_file(path: &Path, catalogue: &Catalogue) -> Result<Loaded, LoadError> {
    let fail =
        |why: Broken| LoadError { file: path.to_owned(), position: None, field: None, why: Box::new(why) };
    let bytes = read_regular_file(path, MAX_FILE_BYTES).map_err(fail)?;
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
            let valid = String::from_utf8_lossy(valid);
            return Err(LoadError { position: Some(end_position(&valid)), ..fail(Broken::NotUtf8) });
        }
    };
    parse_file(&text, path, catalogue)
}

/// Just the version, read leniently, so a newer file is refused for being newer rather than
/// for the fields this program does not know.
#[derive(Deserialize)]
#[serde(rename = "Plan")]
struct VersionProbe {
    format_version: Option<u64>,
}

/// Whether `text` reads as a plan file of any version (a RON struct with a `format_version`):
/// what `fit -o` may replace, where a text or a calendar is refused.
pub(crate) fn reads_as_a_plan(text: &str) -> bool {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    matches!(ron_options().from_str::<VersionProbe>(text), Ok(VersionProbe { format_version: Some(_) }))
}

/// Parses and validates a plan's text; `path` names it in errors.
pub fn parse(text: &str, path: &Path, catalogue: &Catalogue) -> Result<Plan, LoadError> {
    parse_file(text, path, catalogue).map(|loaded| loaded.plan)
}

/// Parses and validates a plan's text, keeping the format it was written in.
pub fn parse_file(text: &str, path: &Path, catalogue: &Catalogue) -> Result<Loaded, LoadError> {
    let error = |position, field: Option<String>, why: Broken| LoadError {
        file: path.to_owned(),
        position,
        field,
        why: Box::new(why),
    };
    // Most files are sound: read them without tracking the field path, which costs about a
    // fifth of the time; a file that fails is read again with it, to name the field.
    let file: PlanFile = match ron_options().from_str(text) {
        Ok(file) => file,
        Err(_) => read_naming_the_field(text, path)?,
    };
    let file_format = file.format_version;
    if !(OLDEST_FORMAT..=FORMAT_VERSION).contains(&file_format)
        && let Some(refusal) = version_refusal(text, path)
    {
        return Err(refusal);
    }
    let (mut plan, migrations) = file.into_plan().map_err(|e| {
        error(
            find_field(text, e.field.rsplit('.').next().unwrap_or(&e.field)),
            Some(e.field.clone()),
            e.broken,
        )
    })?;
    crate::model::migrate_ids(&mut plan, text);
    // Report the first problem: it is the one to fix first, and the next load finds the next.
    if let Some(mut problem) = validate(&plan, catalogue).into_iter().next() {
        // A format 1 file has its choices at the top: name the field as the file writes it.
        if file_format == 1
            && let Some(rest) = problem.field.strip_prefix("scenarios[0].")
        {
            problem.field = rest.to_owned();
        }
        let position = problem
            .value
            .as_deref()
            .and_then(|v| find_value(text, v, &problem.field, problem.occurrence))
            .or_else(|| find_path(text, &problem.field));
        return Err(error(position, Some(problem.field), problem.broken));
    }
    Ok(Loaded { plan, file_format, migrations })
}

/// Reads the plan again, tracking where the reader is, so that its error names the field.
fn read_naming_the_field(text: &str, path: &Path) -> Result<PlanFile, LoadError> {
    let error = |position, field: Option<String>, why: Broken| LoadError {
        file: path.to_owned(),
        position,
        field,
        why: Box::new(why),
    };
    // Windows Notepad starts UTF-8 files with a byte-order mark: it is not part of the plan.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let options = ron_options();
    let mut de = ron::Deserializer::from_str_with_options(text, &options)
        .map_err(|e| error(Some(start(&e.span)), None, explain_ron(&e.code)))?;
    let file: PlanFile = match serde_path_to_error::deserialize(&mut de) {
        Ok(file) => file,
        Err(_) if let Some(refusal) = version_refusal(text, path) => return Err(refusal),
        Err(e) => {
            let field = e.path().to_string();
            let spanned = de.span_error(e.into_inner());
            // serde_path_to_error writes `?` for a key it could not read.
            let field = field.trim_end_matches(".?").to_owned();
            let parent = (field != "." && !field.is_empty() && field != "?").then_some(field);
            // A missing field is reported at its parent: name the field itself.
            let field = match (&spanned.code, parent) {
                (ron::Error::MissingStructField { field, .. }, Some(parent)) => {
                    Some(format!("{parent}.{field}"))
                }
                (ron::Error::MissingStructField { field, .. }, None) => Some((*field).to_owned()),
                (_, parent) => parent,
            };
            let at = start(&spanned.span);
            let message = if at >= end_position(text.trim_end()) {
                explain_ron(&ron::Error::Eof)
            } else {
                explain_ron(&spanned.code)
            };
            return Err(error(Some(at), field, message));
        }
    };
    if let Err(e) = de.end() {
        let spanned = de.span_error(e);
        return Err(error(Some(start(&spanned.span)), None, explain_ron(&spanned.code)));
    }

    Ok(file)
}

/// A file of another format version is refused for that reason alone, before any other error:
/// a newer file fails on fields this program does not know, and the owner must hear why.
/// Read leniently and only when needed, since it parses the whole text a second time.
fn version_refusal(text: &str, path: &Path) -> Option<LoadError> {
    let error = |position, field: Option<String>, why: Broken| LoadError {
        file: path.to_owned(),
        position,
        field,
        why: Box::new(why),
    };
    let Ok(VersionProbe { format_version: Some(version) }) = ron_options().from_str::<VersionProbe>(text)
    else {
        return None;
    };
    if version > u64::from(FORMAT_VERSION) {
        return Some(error(
            find_field(text, "format_version"),
            Some("format_version".into()),
            Broken::NewerFormat { found: version, reads: FORMAT_VERSION },
        ));
    }
    if version < u64::from(OLDEST_FORMAT) {
        return Some(error(
            find_field(text, "format_version"),
            Some("format_version".into()),
            Broken::NoSuchFormat { found: version, oldest: OLDEST_FORMAT, newest: FORMAT_VERSION },
        ));
    }
    None
}

fn start(span: &ron::error::Span) -> (usize, usize) {
    (span.start.line, span.start.col)
}

/// ron's errors as kinds, in the words of someone editing a plan by hand; a refusal by the
/// plan's own rules comes back as the kind it was.
fn explain_ron(code: &ron::Error) -> Broken {
    use ron::Error as E;
    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }
    match code {
        E::NoSuchStructField { expected, found, .. } => {
            Broken::UnknownField { found: found.clone(), expected: names(expected) }
        }
        E::MissingStructField { field, .. } => Broken::Missing { field: (*field).to_owned(), example: None },
        E::DuplicateStructField { field, .. } => Broken::FieldTwice { field: (*field).to_owned() },
        E::NoSuchEnumVariant { expected, found, .. } => {
            Broken::NotAllowed { found: found.clone(), expected: names(expected) }
        }
        E::ExpectedFloat | E::ExpectedInteger => Broken::ExpectedNumber,
        E::ExpectedString => Broken::ExpectedText,
        E::ExpectedDifferentStructName { expected, found } => {
            Broken::WrongStructName { expected: (*expected).to_owned(), found: found.clone() }
        }
        E::ExpectedIdentifier => Broken::ExpectedFieldName,
        E::ExpectedComma => Broken::ExpectedComma,
        E::Eof => Broken::EndsEarly,
        E::ExceededRecursionLimit => Broken::TooDeep,
        E::Message(m) => Broken::recall(m),
        other => Broken::Said(other.to_string()),
    }
}

/// Line and column (1-based) just past the end of `text`.
fn end_position(text: &str) -> (usize, usize) {
    let line = text.matches('\n').count() + 1;
    let col = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Where the `nth` (0-based) occurrence of `needle` starts.
fn find(text: &str, needle: &str, nth: usize) -> Option<(usize, usize)> {
    let (offset, _) = text.match_indices(needle).nth(nth)?;
    Some(end_position(&text[..offset]))
}

/// Where the field `name:` is written (not where the word appears in a comment).
fn find_field(text: &str, name: &str) -> Option<(usize, usize)> {
    let offset = field_offsets(text, name, 0).next()?;
    Some(end_position(&text[..offset]))
}

/// Offsets, from `from` on, where the field `name:` is written outside comments.
fn field_offsets<'a>(text: &'a str, name: &'a str, from: usize) -> impl Iterator<Item = usize> + 'a {
    text[from..].match_indices(name).map(move |(i, _)| i + from).filter(move |&i| {
        let rest = text[i + name.len()..].trim_start();
        let line_start = text[..i].rfind('\n').map_or(0, |n| n + 1);
        let before = text[..i].chars().next_back();
        let whole_word = !before.is_some_and(|c| c.is_alphanumeric() || c == '_');
        whole_word && rest.starts_with(':') && !text[line_start..i].contains("//")
    })
}

/// Where a field given as a path stands: `products` (a list too long) at `products:`;
/// `choices[3].platform` at the fourth `platform:` after `choices:`, for values the text spells
/// differently (with escapes) than they read. Each item of a list is taken to hold the next
/// field once, as the plan's lists do.
fn find_path(text: &str, path: &str) -> Option<(usize, usize)> {
    let mut at = 0;
    let mut nth = 0;
    for segment in path.split('.') {
        let (name, index) = match segment.split_once('[') {
            Some((name, rest)) => (name, rest.trim_end_matches(']').parse().ok()?),
            None => (segment, 0),
        };
        at = field_offsets(text, name, at).nth(nth)?;
        nth = index;
    }
    Some(end_position(&text[..at]))
}

/// Where a string value named in a problem stands: for a name given twice, the later one.
fn find_value(text: &str, value: &str, field: &str, occurrence: Option<usize>) -> Option<(usize, usize)> {
    let quoted = ron::to_string(value).ok()?;
    // A platform id is written in many places: find it where this field holds it.
    for name in ["reuse_from", "current_scenario", "inbox"] {
        if field.ends_with(name) {
            let offset = text.match_indices(name).find_map(|(i, _)| {
                let rest = text[i + name.len()..].trim_start().strip_prefix(':')?.trim_start();
                rest.starts_with(quoted.as_str()).then(|| text.len() - rest.len())
            })?;
            return Some(end_position(&text[..offset]));
        }
    }
    let count = text.matches(quoted.as_str()).count();
    let nth = if let Some(nth) = occurrence {
        nth
    } else if field.ends_with(".name") || field.ends_with(".id") || field.ends_with(".platform") {
        // The field's own list index tells which occurrence; duplicates are the later ones.
        count.saturating_sub(1)
    } else {
        0
    };
    find(text, &quoted, nth)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_str(text: &str) -> Result<Plan, LoadError> {
        parse(text, Path::new("t.ron"), Catalogue::built_in())
    }

    const MINIMAL: &str = r#"(format_version: 2, business: (name: "Shop"), time: (weekly_budget_hours: 2.0, open_hours_per_day: 8.0, open_days_per_week: 5), scenarios: [(name: "A")])"#;

    #[test]
    fn an_older_plan_gets_the_same_ids_each_time_it_is_read() {
        let a = parse_str(MINIMAL).unwrap();
        let b = parse_str(MINIMAL).unwrap();
        assert_eq!(a, b);
        assert!(!a.id.is_empty() && !a.scenarios[0].id.is_empty());
        assert_eq!(a.format_version, FORMAT_VERSION, "saved as the current format");
        let other = parse_str(&MINIMAL.replace("Shop", "Other shop")).unwrap();
        assert_ne!(a.id, other.id);
    }

    #[test]
    fn a_minimal_plan_loads_with_or_without_the_struct_name() {
        let plain = parse_str(MINIMAL).unwrap();
        let mut named = parse_str(&format!("Plan{MINIMAL}")).unwrap();
        // Other bytes, other ids (`model::ids`): the rest is the same.
        assert_ne!(plain.id, named.id);
        named.id = plain.id.clone();
        named.scenarios[0].id = plain.scenarios[0].id.clone();
        assert_eq!(plain, named);
        assert_eq!(plain.business.name, "Shop");
    }

    #[test]
    fn positions_count_lines_and_characters() {
        assert_eq!(end_position(""), (1, 1));
        assert_eq!(end_position("ab\ncdé"), (2, 4));
    }

    #[test]
    fn a_byte_order_mark_is_not_part_of_the_plan() {
        let plan = parse_str(&format!("\u{feff}{MINIMAL}")).unwrap();
        assert_eq!(plan.business.name, "Shop");
    }

    #[test]
    fn problems_without_a_plain_value_still_get_a_position() {
        // A format 1 plan: its choices are at the top, and its errors are named so.
        let format_1 = MINIMAL
            .replace("format_version: 2", "format_version: 1")
            .replace(r#", scenarios: [(name: "A")]"#, "");
        let text = format_1.replace(
            "open_days_per_week: 5)",
            "open_days_per_week: 5),\n  choices: [\n    (platform: \"face\\u{62}ook\", {C}),\n    (platform: \"my\\u{2d}shop\", {C})]",
        );
        let text = text.replace("{C}", "posts_per_week: 1.0, format: Text, response_target_hours: 4.0");
        let e = parse_str(&text).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("choices[1].platform"), "{e}");
        assert_eq!(e.position, Some((4, 6)), "{e}");
        assert_eq!(find_path("a: 1,\n products: []", "products"), Some((2, 2)));
        assert_eq!(
            find_path("(audience: (description: \"\", goals: [Sales]))", "audience.goals"),
            Some((1, 30))
        );
    }

    #[test]
    fn a_newer_format_is_refused_even_with_fields_we_do_not_know() {
        let newer = FORMAT_VERSION + 1;
        let text = MINIMAL.replace("format_version: 2", &format!("format_version: {newer}, colour: Blue"));
        let e = parse_str(&text).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("format_version"));
        assert_eq!(*e.why, Broken::NewerFormat { found: u64::from(newer), reads: FORMAT_VERSION }, "{e}");
    }
}
