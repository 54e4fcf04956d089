//! The printable summary: the plan's [`Summary`] typeset by Typst with the template in
//! `assets/summary.typ`, and exported as PDF.
//!
//! The data goes to the template as a JSON file it reads (`json("data.json")`), never pasted
//! into Typst code, so a name with `#`, `"`, `]`, `$` or `\` is only ever text.

use std::fmt;
use std::panic::{AssertUnwindSafe, catch_unwind};

use serde::Serialize;
use typst::foundations::{Datetime, Smart};
use typst::layout::{Frame, FrameItem, Point, Transform};
use typst_layout::PagedDocument;

use crate::paper::Paper;
use crate::typst_world::{self, SummaryWorld};
use socialplan_core::report::Summary;

/// How the document is printed: what the summary itself does not know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PdfOptions {
    pub paper: Paper,
    /// The plan's file name, shown under the title ("boulangerie.ron").
    pub file_name: String,
    /// The date printed on the document and in its metadata.
    pub date: PdfDate,
}

/// A calendar date; checked when the document is made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PdfDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl PdfDate {
    /// Today in UTC, from the system clock (a few hours off the local date near midnight:
    /// the standard library has no time zones, and a printed plan does not need them).
    pub fn today_utc() -> PdfDate {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        PdfDate::from_days_since_epoch((secs / 86_400) as i64)
    }

    /// Howard Hinnant's `civil_from_days`: days since 1970-01-01 → year, month, day.
    fn from_days_since_epoch(days: i64) -> PdfDate {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        PdfDate { year, month, day }
    }

    /// "27 novembre 2026", "1er mai 2026", "27 November 2026".
    fn in_words(self, language: &str) -> String {
        use socialplan_core::locale::Sentence as S;
        let lang = socialplan_core::model::Language::from_code(language).unwrap_or_default();
        let month = lang.month(u32::from(self.month));
        let day = if self.day == 1 { lang.word(S::FirstOfTheMonth).to_owned() } else { self.day.to_string() };
        lang.say(S::DateInWords, &[("day", &day), ("month", &month), ("year", &self.year)])
    }
}

/// A template to typeset the summary with: the built-in one, or a person's own copy.
#[derive(Clone, Debug)]
pub struct Template {
    /// How error messages name it: "summary.typ".
    pub name: String,
    pub source: String,
}

impl Template {
    pub fn built_in() -> Template {
        Template { name: "summary.typ".into(), source: include_str!("../../../assets/summary.typ").into() }
    }
}

/// Why no PDF could be made, in words for the person who asked for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PdfError {
    /// Not a calendar date.
    Date(PdfDate),
    /// The template could not be typeset: Typst's diagnostics, one per line.
    Template { name: String, diagnostics: String },
    /// Typst failed inside (a bug there, or in our use of it).
    Internal(String),
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PdfError::Date(d) => write!(f, "{}-{:02}-{:02} is not a calendar date", d.year, d.month, d.day),
            PdfError::Template { name, diagnostics } => {
                write!(f, "the summary template {name} could not be typeset:\n{diagnostics}")
            }
            PdfError::Internal(message) => write!(f, "the PDF could not be made: {message}"),
        }
    }
}

impl std::error::Error for PdfError {}

/// Loads the embedded fonts and Typst's standard library now (about a tenth of a second),
/// so that the first summary is as quick as the next. Returns the number of font faces.
pub fn load_fonts() -> usize {
    typst_world::warm_up()
}

/// The summary as PDF bytes, with the built-in template.
pub fn to_pdf(summary: &Summary, options: &PdfOptions) -> Result<Vec<u8>, PdfError> {
    layout(summary, options, &Template::built_in())?.to_pdf()
}

/// The summary as PDF bytes, with the given template.
pub fn to_pdf_with(
    summary: &Summary,
    options: &PdfOptions,
    template: &Template,
) -> Result<Vec<u8>, PdfError> {
    layout(summary, options, template)?.to_pdf()
}

/// What the template's `data.json` holds.
#[derive(Serialize)]
struct Data<'a> {
    summary: &'a Summary,
    document: DocumentData<'a>,
}

#[derive(Serialize)]
struct DocumentData<'a> {
    paper: &'static str,
    title: String,
    file_name: String,
    date_text: String,
    year: i32,
    month: u8,
    day: u8,
    /// None: every part.
    parts: Option<&'a [&'a str]>,
}

/// The summary typeset into pages, before export: what tests and the PDF are made from.
pub struct Layout {
    document: PagedDocument,
    warnings: Vec<String>,
}

/// The parts of the printed summary, in their order on paper, as the built-in template names
/// them (`part("map")`): each can be typeset alone with [`layout_parts`].
pub const PARTS: [&str; 17] = [
    "title",
    "products",
    "audience",
    "map",
    "recommendation",
    "choices",
    "time",
    "reactivity",
    "scenarios",
    "week",
    "ideas",
    "year",
    "reviews-ambassadors",
    "checklist",
    "notes",
    "month-in-review",
    "crisis-card",
];

/// Typesets the summary.
pub fn layout(summary: &Summary, options: &PdfOptions, template: &Template) -> Result<Layout, PdfError> {
    layout_some(summary, options, template, None)
}

/// Typesets only the given parts of the summary (names from [`PARTS`]): what the benchmark
/// times part by part, so that a part that grows slow shows up by name.
pub fn layout_parts(
    summary: &Summary,
    options: &PdfOptions,
    template: &Template,
    parts: &[&str],
) -> Result<Layout, PdfError> {
    layout_some(summary, options, template, Some(parts))
}

fn layout_some(
    summary: &Summary,
    options: &PdfOptions,
    template: &Template,
    parts: Option<&[&str]>,
) -> Result<Layout, PdfError> {
    let date = options.date;
    let today = Datetime::from_ymd(date.year, date.month, date.day).ok_or(PdfError::Date(date))?;
    let data = Data {
        summary,
        document: DocumentData {
            paper: options.paper.typst_name(),
            title: format!("{} — {}", summary.words.title, summary.business_name),
            file_name: options.file_name.clone(),
            date_text: date.in_words(&summary.language),
            year: date.year,
            month: date.month,
            day: date.day,
            parts,
        },
    };
    let json = serde_json::to_vec(&data).map_err(|e| PdfError::Internal(e.to_string()))?;
    let world =
        SummaryWorld::new(&template.name, &template.source, json, Some(today)).map_err(PdfError::Internal)?;
    // Typst is not expected to panic; if it ever does, the window must survive it.
    let compiled = catch_unwind(AssertUnwindSafe(|| world.compile()))
        .map_err(|panic| PdfError::Internal(panic_message(&panic)))?;
    // Keep Typst's cache of earlier documents from growing without end in a long session.
    typst::comemo::evict(10);
    let (document, warnings) =
        compiled.map_err(|diagnostics| PdfError::Template { name: template.name.clone(), diagnostics })?;
    Ok(Layout { document, warnings })
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    let text = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    format!("the typesetter stopped unexpectedly ({text})")
}

/// A run of text as laid out on a page, with its ink's bounding box in points from the
/// page's top-left corner.
#[derive(Clone, Debug, PartialEq)]
pub struct TextBox {
    /// 0-based.
    pub page: usize,
    pub text: String,
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Layout {
    pub fn page_count(&self) -> usize {
        self.document.pages().len()
    }

    /// Width and height of each page in points.
    pub fn page_sizes(&self) -> Vec<(f64, f64)> {
        self.document.pages().iter().map(|p| (p.frame.width().to_pt(), p.frame.height().to_pt())).collect()
    }

    /// Typst's warnings about the template (an unknown font, a label never found…).
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// Every run of text with visible ink, page by page.
    pub fn text_boxes(&self) -> Vec<TextBox> {
        let mut out = Vec::new();
        for (page, p) in self.document.pages().iter().enumerate() {
            collect_text(&p.frame, Transform::identity(), page, &mut out);
        }
        out
    }

    pub fn to_pdf(&self) -> Result<Vec<u8>, PdfError> {
        let options = typst_pdf::PdfOptions {
            creator: Smart::Custom(Some(format!("socialplan {}", env!("CARGO_PKG_VERSION")))),
            ..typst_pdf::PdfOptions::default()
        };
        let exported = catch_unwind(AssertUnwindSafe(|| typst_pdf::pdf(&self.document, &options)))
            .map_err(|panic| PdfError::Internal(panic_message(&panic)))?;
        exported.map_err(|errors| {
            PdfError::Internal(errors.iter().map(|e| e.message.to_string()).collect::<Vec<_>>().join("; "))
        })
    }
}

fn collect_text(frame: &Frame, ts: Transform, page: usize, out: &mut Vec<TextBox>) {
    for (pos, item) in frame.items() {
        match item {
            FrameItem::Group(group) => {
                let inner = ts.pre_concat(Transform::translate(pos.x, pos.y)).pre_concat(group.transform);
                collect_text(&group.frame, inner, page, out);
            }
            FrameItem::Text(text) => {
                let bbox = text.bbox();
                let corners = [
                    Point::new(bbox.min.x, bbox.min.y),
                    Point::new(bbox.max.x, bbox.min.y),
                    Point::new(bbox.min.x, bbox.max.y),
                    Point::new(bbox.max.x, bbox.max.y),
                ]
                .map(|c| (c + *pos).transform(ts));
                let xs = corners.map(|c| c.x.to_pt());
                let ys = corners.map(|c| c.y.to_pt());
                if xs.iter().chain(&ys).any(|v| !v.is_finite()) {
                    continue; // only spaces: no ink
                }
                out.push(TextBox {
                    page,
                    text: text.text.to_string(),
                    x0: xs.iter().copied().fold(f64::INFINITY, f64::min),
                    y0: ys.iter().copied().fold(f64::INFINITY, f64::min),
                    x1: xs.iter().copied().fold(f64::NEG_INFINITY, f64::max),
                    y1: ys.iter().copied().fold(f64::NEG_INFINITY, f64::max),
                });
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_since_epoch_become_calendar_dates() {
        let d = |y, m, day| PdfDate { year: y, month: m, day };
        assert_eq!(PdfDate::from_days_since_epoch(0), d(1970, 1, 1));
        assert_eq!(PdfDate::from_days_since_epoch(11_016), d(2000, 2, 29));
        assert_eq!(PdfDate::from_days_since_epoch(20_784), d(2026, 11, 27));
        assert!(PdfDate::today_utc().year >= 2025);
    }

    #[test]
    fn the_parts_are_the_ones_the_template_names() {
        let source = Template::built_in().source;
        let named: Vec<&str> =
            source.split("part(\"").skip(1).filter_map(|rest| rest.split('"').next()).collect();
        assert_eq!(named, PARTS, "each part once, in the order of the page");
    }

    #[test]
    fn dates_in_words_in_each_language() {
        let d = PdfDate { year: 2026, month: 8, day: 1 };
        assert_eq!(d.in_words("fr"), "1er août 2026");
        assert_eq!(d.in_words("en"), "1 August 2026");
    }
}
