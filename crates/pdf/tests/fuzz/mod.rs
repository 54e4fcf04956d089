//! A stable mutation fuzzer: the example plans and the bad fixtures, mutated by a seeded
//! generator, through load, validate, cost, summary, text, Markdown, save and PDF, and (`faces`)
//! the week, `compare`, every TSV output, the calendar and `fit`. It looks for panics, hangs,
//! and results that break a promise (a negative or endless week, a `-0`, a saved plan that does
//! not load back the same, a TSV row that splits, a repeated UID, a scenario replaced).
//!
//! `cargo test --test core fuzz` runs a short version; `scripts/fuzz-long` runs it long in
//! release (SOCIALPLAN_FUZZ_LOADS, SOCIALPLAN_FUZZ_PDFS, SOCIALPLAN_FUZZ_SEED).

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use socialplan_core::analysis;
use socialplan_core::model::{Catalogue, Language, rules};
use socialplan_core::report;
use socialplan_core::storage;
use socialplan_pdf::{Paper, PdfDate, PdfOptions};

mod faces;

/// xorshift64*: small, seeded, the same cases on every machine.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Values that sit on the edges of the rules, or past them.
const NUMBERS: &[&str] = &[
    "-0.0",
    "0.0",
    "-1.0",
    "1e-300",
    "1e308",
    "1e309",
    "NaN",
    "inf",
    "-inf",
    "0.25",
    "0.2499",
    "1.0",
    "24.0",
    "168.0",
    "672.0",
    "672.1",
    "10080.0",
    "10000.0",
    "140.0",
    "1000.0",
    "0",
    "255",
    "256",
    "-1",
    "18446744073709551616",
    "4294967295",
    "4294967296",
    "0.5",
];
/// Bits of syntax and text that break parsers and terminals.
const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\\",
    "//",
    "/*",
    "*/",
    "\n",
    "\u{feff}",
    "\\u{62}",
    "\\u{202e}",
    "\\u{1b}[2J",
    "\\n",
    "<script>",
    "[x](javascript:alert(1))",
    "#",
    "Some(",
    "None",
    "r#\"",
    "é",
    "format_version: 2, ",
    "platform: \"facebook\", ",
    "Plan",
    "\u{0}",
    "true",
    "id: \"0123456789abcdef\", ",
    "id: \"a b\", ",
    "calendar: (events: []), ",
    "=HYPERLINK(\"x\")",
    "\\t",
    "\\u{200b}",
];

/// The corpus: the example plans (valid) or the bad fixtures, read from `dir`.
pub fn seeds(dir: &str) -> Vec<String> {
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let Ok(entries) = std::fs::read_dir(root.join(dir)) else { return Vec::new() };
    let mut files: Vec<PathBuf> =
        entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "ron")).collect();
    files.sort();
    files
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .collect()
}

/// Places in `text` where a number starts and ends.
fn numbers_in(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric()) {
            let start = if i > 0 && bytes[i - 1] == b'-' { i - 1 } else { i };
            let mut end = i;
            while end < bytes.len() && (bytes[end].is_ascii_digit() || bytes[end] == b'.') {
                end += 1;
            }
            out.push((start, end));
            i = end;
        } else {
            i += 1;
        }
    }
    out
}

/// One to three mutations of a seed, on character boundaries so most stay UTF-8 text. Valid
/// examples are picked four times out of five, so that many cases get past the parser.
pub fn mutate(good: &[String], bad: &[String], rng: &mut Rng) -> String {
    let seeds = if rng.below(5) == 0 && !bad.is_empty() { bad } else { good };
    let mut text = seeds[rng.below(seeds.len())].clone();
    for _ in 0..1 + rng.below(3) {
        let len = text.len();
        let at = |rng: &mut Rng, text: &String| {
            let mut i = rng.below(text.len() + 1);
            while !text.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        match rng.below(8) {
            // A number replaced by an edge value: most mutations that get past parsing.
            0..=2 => {
                let numbers = numbers_in(&text);
                if !numbers.is_empty() {
                    let (s, e) = numbers[rng.below(numbers.len())];
                    // An edge value, or an ordinary one that keeps the plan valid more often.
                    let value = if rng.below(2) == 0 {
                        NUMBERS[rng.below(NUMBERS.len())].to_owned()
                    } else {
                        format!("{}.{}", rng.below(30), rng.below(100))
                    };
                    text.replace_range(s..e, &value);
                }
            }
            3 => {
                let i = at(rng, &text);
                text.insert_str(i, TOKENS[rng.below(TOKENS.len())]);
            }
            4 if len > 0 => {
                let (a, b) = (at(rng, &text), at(rng, &text));
                let (a, b) = (a.min(b), a.max(b).min(a.min(b) + 64));
                let b = (b..=text.len()).find(|&i| text.is_char_boundary(i)).unwrap_or(text.len());
                text.replace_range(a..b, "");
            }
            5 if len > 0 => {
                // A piece of the text repeated: lists grow, brackets nest.
                let (a, b) = (at(rng, &text), at(rng, &text));
                let piece = text[a.min(b)..a.max(b)].to_owned();
                let i = at(rng, &text);
                text.insert_str(i, &piece.repeat(1 + rng.below(3)));
            }
            6 => {
                // Splice: the start of one seed, the end of another.
                let other = &good[rng.below(good.len())];
                let mut j = rng.below(other.len() + 1);
                while !other.is_char_boundary(j) {
                    j -= 1;
                }
                let i = at(rng, &text);
                text = format!("{}{}", &text[..i], &other[j..]);
            }
            _ if len > 0 => {
                let i = at(rng, &text);
                let c = text[i..].chars().next().map_or(0, char::len_utf8);
                text.replace_range(i..i + c, &char::from(rng.below(128) as u8).to_string());
            }
            _ => {}
        }
    }
    text
}

/// What one case showed.
#[derive(Default)]
pub struct Tally {
    pub loads: u64,
    pub valid: u64,
    pub pdfs: u64,
    pub failures: Vec<String>,
    pub slowest_load: Duration,
    pub slowest_pdf: Duration,
    /// What the later faces ran (`faces`).
    pub faces: faces::Faces,
}

/// Runs one input through every face; returns Err(why) when a promise is broken.
fn check(text: &str, pdf: bool, tally: &mut Tally) -> Result<(), String> {
    let catalogue = Catalogue::built_in();
    let started = Instant::now();
    let loaded = storage::parse(text, Path::new("fuzz.ron"), catalogue);
    tally.loads += 1;
    let plan = match loaded {
        Ok(plan) => plan,
        Err(e) => {
            if Language::ALL.iter().any(|&lang| e.why.words(lang).is_empty()) {
                return Err(format!("an error without words: {e}"));
            }
            tally.slowest_load = tally.slowest_load.max(started.elapsed());
            return Ok(());
        }
    };
    tally.valid += 1;
    if !storage::validate(&plan, catalogue).is_empty() {
        return Err("a loaded plan does not validate".into());
    }
    let cost = analysis::cost(&plan, catalogue);
    for c in &cost.choices {
        let t = c.total();
        if !(t.is_finite() && (0.0..=rules::MAX_MINUTES_PER_WEEK).contains(&t)) {
            return Err(format!("{}: {t} minutes a week", c.platform_id));
        }
    }
    let _ = analysis::recommend(&plan, catalogue);
    let summary = crate::summarize(&plan, catalogue);
    let _ = report::to_markdown(&summary);
    // Numbers are ours; the owner's own words may say anything ("1 to NaN staff").
    let mut owners: Vec<&str> = vec![
        &plan.business.name,
        &plan.business.sector,
        &plan.business.description,
        &plan.audience.description,
        &plan.notes,
    ];
    owners.extend(plan.products.iter().map(|p| p.name.as_str()));
    owners.extend(plan.custom_platforms.iter().flat_map(|p| [p.id.as_str(), p.name.as_str()]));
    owners.extend(plan.current_choices().iter().filter_map(|c| c.responder.as_deref()));
    owners.sort_by_key(|o| std::cmp::Reverse(o.len()));
    for mut out in [report::to_text(&summary), report::time_text(&summary)] {
        for words in owners.iter().filter(|w| !w.is_empty()) {
            out = out.replace(words, "");
        }
        if out.contains("-0 h") || out.contains("-0,") || out.contains("-0.") || out.contains("NaN") {
            return Err(format!("a negative zero or NaN shown:\n{out}"));
        }
    }
    let saved = storage::to_ron(&plan).map_err(|e| format!("cannot save: {e}"))?;
    match storage::parse(&saved, Path::new("saved.ron"), catalogue) {
        Ok(again) if again == plan => {}
        Ok(_) => return Err("saved and loaded back, the plan differs".into()),
        Err(e) => return Err(format!("saved, it does not load back: {e}")),
    }
    // The week, compare and TSV on every valid plan; the calendar and fit on one in four.
    faces::check(&plan, tally.valid.is_multiple_of(4), &mut tally.faces)?;
    tally.slowest_load = tally.slowest_load.max(started.elapsed());
    if pdf {
        let started = Instant::now();
        let options = PdfOptions {
            paper: Paper::A4,
            file_name: "fuzz.ron".into(),
            date: PdfDate { year: 2026, month: 11, day: 28 },
        };
        let bytes = socialplan_pdf::to_pdf(&summary, &options).map_err(|e| format!("no PDF: {e}"))?;
        if !bytes.starts_with(b"%PDF-") {
            return Err("a PDF that is not one".into());
        }
        tally.pdfs += 1;
        tally.slowest_pdf = tally.slowest_pdf.max(started.elapsed());
    }
    Ok(())
}

/// Mutates and checks until `loads` inputs have been loaded and `pdfs` valid ones printed.
/// A case still running after `hang_after` is a hang: the input is written out and the
/// process stops, since a thread cannot be stopped from outside.
pub fn run(seed: u64, loads: u64, pdfs: u64, hang_after: Duration) -> Tally {
    let (mut good, bad) = (seeds("saves"), seeds("tests/fixtures/bad"));
    // Plans that hold what the examples do not: a calendar record, hostile names.
    good.extend(seeds("crates/pdf/tests/fuzz/seeds"));
    assert!(good.len() >= 3 && bad.len() >= 10, "the corpus is the examples and the fixtures");
    let mut rng = Rng::new(seed);
    let mut tally = Tally::default();
    let current = Arc::new(Mutex::new(String::new()));
    let case_started = Arc::new(AtomicU64::new(0));
    let done = Arc::new(AtomicBool::new(false));
    let clock = Instant::now();
    let watchdog = {
        let (current, case_started, done) = (current.clone(), case_started.clone(), done.clone());
        std::thread::spawn(move || {
            while !done.load(Ordering::Relaxed) {
                std::thread::sleep(Duration::from_millis(200));
                let started = Duration::from_millis(case_started.load(Ordering::Relaxed));
                if clock.elapsed().saturating_sub(started) > hang_after {
                    let input = current.lock().map(|s| s.clone()).unwrap_or_default();
                    let path = std::env::temp_dir().join("socialplan-fuzz-hang.ron");
                    let _ = std::fs::write(&path, input);
                    eprintln!("fuzz: a case ran over {hang_after:?}: its input is in {}", path.display());
                    std::process::exit(3);
                }
            }
        })
    };
    // Each valid plan is printed until enough PDFs are made, spread over the run.
    let pdf_every = (loads / pdfs.max(1)).max(1);
    let mut n = 0u64;
    while tally.loads < loads || tally.pdfs < pdfs {
        n += 1;
        let text = mutate(&good, &bad, &mut rng);
        let pdf = tally.pdfs < pdfs && (n.is_multiple_of(pdf_every) || tally.loads >= loads);
        if let Ok(mut c) = current.lock() {
            c.clone_from(&text);
        }
        case_started.store(clock.elapsed().as_millis() as u64, Ordering::Relaxed);
        let outcome = catch_unwind(AssertUnwindSafe(|| check(&text, pdf, &mut tally)));
        let failure = match outcome {
            Ok(Ok(())) => None,
            Ok(Err(why)) => Some(why),
            Err(_) => Some("panic".to_owned()),
        };
        if let Some(why) = failure {
            tally.failures.push(format!("case {n}: {why}\n--- input ---\n{text}\n---"));
            if tally.failures.len() >= 5 {
                break;
            }
        }
    }
    done.store(true, Ordering::Relaxed);
    let _ = watchdog.join();
    tally
}
