//! The closed little world Typst typesets the summary in: one template, the plan's data as a
//! JSON file, and fonts compiled into the program. Nothing is read from disk or the network,
//! so the printed summary looks the same on every machine.

use std::sync::LazyLock;

use typst::diag::{FileError, FileResult, Severity, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;

/// DejaVu Sans: French accents, Hebrew and Arabic (upright), and many symbols in ~2 MB.
/// Licence: assets/fonts/LICENSE-DejaVu.txt.
/// The regular face, shared with the window (egui's fallback font) so it is embedded once.
pub const DEJAVU_SANS: &[u8] = include_bytes!("../../../assets/fonts/DejaVuSans.ttf");

const FONT_FILES: [&[u8]; 3] = [
    DEJAVU_SANS,
    include_bytes!("../../../assets/fonts/DejaVuSans-Bold.ttf"),
    include_bytes!("../../../assets/fonts/DejaVuSans-Oblique.ttf"),
];

/// The path under which the template reads the plan's data.
pub(crate) const DATA_FILE: &str = "data.json";

struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

/// Parsed once per process: the first summary pays for it, the next ones do not.
static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONT_FILES.iter().flat_map(|data| Font::iter(Bytes::new(*data))).collect();
    Fonts { book: LazyHash::new(FontBook::from_fonts(&fonts)), fonts }
});

static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::builder().build()));

/// Loads the fonts and the standard library now rather than on the first summary.
pub(crate) fn warm_up() -> usize {
    LazyLock::force(&LIBRARY);
    FONTS.fonts.len()
}

pub(crate) struct SummaryWorld {
    main: Source,
    data_id: FileId,
    data: Bytes,
    today: Option<Datetime>,
}

fn file_id(path: &str) -> Result<FileId, String> {
    let vpath = VirtualPath::new(path).map_err(|e| format!("\"{path}\": {e}"))?;
    Ok(FileId::new(RootedPath::new(VirtualRoot::Project, vpath)))
}

impl SummaryWorld {
    /// `template_name` is how diagnostics name the template ("summary.typ").
    pub(crate) fn new(
        template_name: &str,
        template: &str,
        data: Vec<u8>,
        today: Option<Datetime>,
    ) -> Result<SummaryWorld, String> {
        let main_id = file_id(template_name).or_else(|_| file_id("template.typ"))?;
        Ok(SummaryWorld {
            main: Source::new(main_id, template.to_owned()),
            data_id: file_id(DATA_FILE)?,
            data: Bytes::new(data),
            today,
        })
    }

    /// Typesets the template. On failure, the errors as a person reads them:
    /// `summary.typ:12:5: unknown variable: foo`, one per line, with Typst's hints.
    pub(crate) fn compile(&self) -> Result<(PagedDocument, Vec<String>), String> {
        let warned = typst::compile::<PagedDocument>(self);
        let warnings = warned.warnings.iter().map(|d| self.describe(d)).collect();
        match warned.output {
            Ok(document) => Ok((document, warnings)),
            Err(errors) => Err(errors
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .map(|d| self.describe(d))
                .collect::<Vec<_>>()
                .join("\n")),
        }
    }

    fn describe(&self, diagnostic: &SourceDiagnostic) -> String {
        let mut text = match self.place(diagnostic) {
            Some(place) => format!("{place}: {}", diagnostic.message),
            None => diagnostic.message.to_string(),
        };
        for hint in &diagnostic.hints {
            text.push_str("\n  hint: ");
            text.push_str(&hint.v);
        }
        text
    }

    /// `summary.typ:12:5`, 1-based, when the diagnostic points into a file.
    fn place(&self, diagnostic: &SourceDiagnostic) -> Option<String> {
        let id = diagnostic.span.id()?;
        let range = self.range(diagnostic.span)?;
        let name = id.vpath().get_without_slash().to_owned();
        let (line, column) = if id == self.main.id() {
            self.main.lines().byte_to_line_column(range.start)?
        } else {
            return Some(name);
        };
        Some(format!("{name}:{}:{}", line + 1, column + 1))
    }
}

impl World for SummaryWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.book
    }

    fn main(&self) -> FileId {
        self.main.id()
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() { Ok(self.main.clone()) } else { Err(not_found(id)) }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            Ok(self.data.clone())
        } else if id == self.main.id() {
            Ok(Bytes::from_string(self.main.text().to_owned()))
        } else {
            Err(not_found(id))
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        FONTS.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        self.today
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_without_slash().into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_font_file_loads() {
        assert_eq!(warm_up(), FONT_FILES.len());
        let families: Vec<_> = FONTS.book.families().map(|(name, _)| name.to_owned()).collect();
        assert_eq!(families, ["DejaVu Sans"]);
    }

    #[test]
    fn a_broken_template_reports_file_line_and_column() {
        let world =
            SummaryWorld::new("summary.typ", "Hello\n#let x = (1, 2\n", b"{}".to_vec(), None).unwrap();
        let message = world.compile().err().unwrap();
        assert!(message.starts_with("summary.typ:2:"), "{message}");
    }

    #[test]
    fn only_the_data_file_can_be_read() {
        let world = SummaryWorld::new(
            "summary.typ",
            "#json(\"data.json\").a #read(\"/etc/passwd\")",
            br#"{"a": 1}"#.to_vec(),
            None,
        )
        .unwrap();
        let message = world.compile().err().unwrap();
        assert!(message.contains("etc/passwd") && message.contains("not found"), "{message}");
    }
}
