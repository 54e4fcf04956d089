//! The printed summary: the PDF made from each example plan and from a plan built to break the
//! layout, printing with stand-in programs, and the mutation fuzzer over every face but the window.
//! The `pdf` subcommand, run as a process, is tested with the command line (tests/cli/pdf.rs).
//!
//! Tests that need poppler-utils (`pdftotext`, `pdftoppm`) skip with a message when it is
//! missing, and fail instead when SOCIALPLAN_REQUIRE_PDF_TOOLS is set (as CI does).

use std::path::{Path, PathBuf};
use std::process::Command;

use pdf_extract::{Document, Object};
use socialplan_core::model::{
    Catalogue, Choice, Goal, Language, Plan, Platform, PostFormat, Product, Promise, PromiseKind,
};
use socialplan_core::report::{self, Summary};
use socialplan_core::storage;
use socialplan_pdf::{Layout, Paper, PdfDate, PdfOptions, Template, TextBox};

// ------------------------------------------------------------------ helpers ----

fn example(name: &str) -> PathBuf {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("saves").join(name)
}

/// The summary as made on the day the tests print (the options' date): its ideas, and so its
/// pages, do not change with the day the tests run.
fn summarize(plan: &socialplan_core::model::Plan, catalogue: &Catalogue) -> Summary {
    let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    report::summarize_on(plan, catalogue, day)
}

fn summary_of(path: &Path) -> Summary {
    let catalogue = Catalogue::built_in();
    summarize(&storage::load(path, catalogue).unwrap(), catalogue)
}

fn options(paper: Paper) -> PdfOptions {
    PdfOptions { paper, file_name: "plan.ron".into(), date: PdfDate { year: 2026, month: 11, day: 27 } }
}

fn layout(summary: &Summary, paper: Paper) -> Layout {
    socialplan_pdf::layout(summary, &options(paper), &Template::built_in()).unwrap()
}

/// The PDF's text as pdf-extract reads it, with runs of whitespace made single spaces.
fn pdf_text(pdf: &[u8]) -> String {
    let text = pdf_extract::extract_text_from_mem(pdf).unwrap();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn pdf_pages(pdf: &[u8]) -> Document {
    Document::load_mem(pdf).unwrap()
}

/// Each page's MediaBox, [x0 y0 x1 y1] in points.
fn media_boxes(pdf: &[u8]) -> Vec<[f64; 4]> {
    let doc = pdf_pages(pdf);
    doc.get_pages()
        .values()
        .map(|&id| {
            let page = doc.get_dictionary(id).unwrap();
            let rect = match page.get(b"MediaBox") {
                Ok(object) => object.as_array().unwrap().clone(),
                // Inherited from the page tree.
                Err(_) => {
                    let parent = page.get(b"Parent").unwrap().as_reference().unwrap();
                    doc.get_dictionary(parent).unwrap().get(b"MediaBox").unwrap().as_array().unwrap().clone()
                }
            };
            let num =
                |o: &Object| o.as_float().map(f64::from).or_else(|_| o.as_i64().map(|i| i as f64)).unwrap();
            [num(&rect[0]), num(&rect[1]), num(&rect[2]), num(&rect[3])]
        })
        .collect()
}

/// All text with whitespace and the zero-width spaces the template adds for line breaks removed.
fn squeezed(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace() && *c != '\u{200B}').collect()
}

fn laid_out_text(layout: &Layout) -> String {
    squeezed(&layout.text_boxes().iter().map(|b| b.text.as_str()).collect::<String>())
}

/// Every run of text keeps `margin` points away from the page's edges. A run of spaces only is
/// invisible: Typst may leave the space at a line break at the frame's origin, with no width.
fn assert_within_page(layout: &Layout, margin: f64, what: &str) {
    let sizes = layout.page_sizes();
    for b in layout.text_boxes().into_iter().filter(|b| !b.text.trim().is_empty()) {
        let (w, h) = sizes[b.page];
        assert!(
            b.x0 >= margin && b.y0 >= margin && b.x1 <= w - margin && b.y1 <= h - margin,
            "{what}: text runs off page {} ({w:.0}×{h:.0} pt): {:?} at x {:.1}..{:.1}, y {:.1}..{:.1}",
            b.page + 1,
            b.text,
            b.x0,
            b.x1,
            b.y0,
            b.y1
        );
    }
}

/// No two runs of text print over each other (beyond a hair, for kerning at run ends).
fn assert_no_overlapping_text(layout: &Layout, what: &str) {
    let boxes = layout.text_boxes();
    let overlap = |a: &TextBox, b: &TextBox| {
        let dx = a.x1.min(b.x1) - a.x0.max(b.x0);
        let dy = a.y1.min(b.y1) - a.y0.max(b.y0);
        a.page == b.page && dx > 0.6 && dy > 0.6
    };
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            assert!(
                !overlap(a, b),
                "{what}: {:?} and {:?} overlap on page {}: {a:?} {b:?}",
                a.text,
                b.text,
                a.page + 1
            );
        }
    }
}

/// poppler-utils' `tool`, or a reason to skip.
fn poppler(tool: &str) -> bool {
    let found = Command::new(tool).arg("-v").output().is_ok();
    if !found {
        assert!(
            std::env::var_os("SOCIALPLAN_REQUIRE_PDF_TOOLS").is_none(),
            "{tool} is missing and SOCIALPLAN_REQUIRE_PDF_TOOLS is set: install poppler-utils"
        );
        eprintln!("skipped: {tool} is not installed (apt-get install poppler-utils)");
    }
    found
}

// ---------------------------------------------------------- example plans ----

/// Each example plan, and the pages its summary takes: the title, products, audience and the map;
/// the recommendation, the chosen platforms and the time; the reactivity plan with its drill and
/// away messages, then the scenarios; the week, which starts a page; the ideas for the next four
/// weeks, which start a page; the checklist and notes; and
/// the crisis card, a page of its own at the end.
///
/// A change that pushes the map, the chart or the crisis card to a page of its own shows up here.
const EXAMPLES: [(&str, usize); 3] =
    [("boulangerie.ron", 9), ("accounting-firm.ron", 8), ("menuiserie.ron", 10)];

#[test]
fn each_example_prints_its_name_platforms_and_weekly_total() {
    for (file, pages) in EXAMPLES {
        let summary = summary_of(&example(file));
        let laid = layout(&summary, Paper::A4);
        assert!(laid.warnings().is_empty(), "{file}: {:?}", laid.warnings());
        let pdf = laid.to_pdf().unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        let text = pdf_text(&pdf);

        assert!(text.contains(&summary.business_name), "{file}: no {:?} in {text}", summary.business_name);
        for choice in &summary.choices {
            assert!(text.contains(&choice.name), "{file}: no {:?}", choice.name);
        }
        assert!(!summary.choices.is_empty());
        // The overall total, as the time table prints it, and the verdict that names it.
        assert!(text.contains(&summary.time.hours.total), "{file}: no {:?}", summary.time.hours.total);
        // Spaced as the extracted text is: one plain space for any run of spaces.
        let verdict = summary.time.verdict.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains(&verdict), "{file}: no verdict {verdict:?}");
        assert_eq!(laid.page_count(), pages, "{file}");
        assert_eq!(pdf_pages(&pdf).get_pages().len(), pages, "{file}: the PDF and its layout disagree");
        assert!(
            text.contains(&format!("{} {} / {}", summary.words.page, pages, pages)),
            "{file}: no page footer"
        );
    }
}

#[test]
fn french_accents_survive_into_the_pdf() {
    let summary = summary_of(&example("boulangerie.ron"));
    assert_eq!(summary.language, "fr");
    let text = pdf_text(&socialplan_pdf::to_pdf(&summary, &options(Paper::A4)).unwrap());
    for words in ["Boulangerie du Marché", "Gâteaux de fête", "Coups d'œil", "Réponses", "27 novembre 2026"]
    {
        assert!(text.contains(words), "no {words:?}");
    }
}

#[test]
fn example_layouts_keep_text_inside_the_margins_and_apart() {
    for (file, _) in EXAMPLES {
        for paper in [Paper::A4, Paper::Letter] {
            let laid = layout(&summary_of(&example(file)), paper);
            // The page margins are 2 cm at the sides; nothing may come within 1 cm of an edge.
            assert_within_page(&laid, 28.0, file);
            assert_no_overlapping_text(&laid, file);
        }
    }
}

#[test]
fn paper_sizes_are_read_back_from_the_pdf() {
    let summary = summary_of(&example("accounting-firm.ron"));
    for (paper, (w, h)) in [(Paper::A4, (595.0, 842.0)), (Paper::Letter, (612.0, 792.0))] {
        let pdf = socialplan_pdf::to_pdf(&summary, &options(paper)).unwrap();
        let boxes = media_boxes(&pdf);
        assert!(!boxes.is_empty());
        for b in boxes {
            assert_eq!(
                [b[0].round(), b[1].round(), (b[2] - b[0]).round(), (b[3] - b[1]).round()],
                [0.0, 0.0, w, h]
            );
        }
        let (pw, ph) = paper.size_pt();
        assert_eq!((pw.round(), ph.round()), (w, h));
    }
}

#[test]
fn the_same_plan_and_date_give_the_same_bytes() {
    // So a printed plan can be compared, and the benchmark measures steady work.
    let summary = summary_of(&example("menuiserie.ron"));
    let a = socialplan_pdf::to_pdf(&summary, &options(Paper::A4)).unwrap();
    let b = socialplan_pdf::to_pdf(&summary, &options(Paper::A4)).unwrap();
    assert!(a == b);
}

// --------------------------------------------------------- hostile input ----

#[test]
fn names_that_look_like_typst_code_are_printed_as_they_are() {
    let catalogue = Catalogue::built_in();
    let name = r#"#panic("x") "Chez Zoé" ] [ $x^2$ \ // not a comment /* nor */ <l> @ref *a* _b_ = c"#;
    let product = r#"]#set page(width: 1cm)[ #{ "}" } \u{41}"#;
    let mut plan = Plan::new(name, Language::Fr);
    plan.products.push(Product::new(product, 0.3, 0.6));
    plan.notes = "#import \"/etc/passwd\"\n`raw` ```block```".into();
    plan.current_choices_mut().push(Choice {
        responder: Some(r#"Anne "$" \ ]"#.into()),
        ..Choice::with_defaults(catalogue.get("facebook").unwrap())
    });
    let summary = summarize(&plan, catalogue);
    let laid = layout(&summary, Paper::A4);
    let text = laid_out_text(&laid);
    for literal in [name, product, "#import \"/etc/passwd\"", "`raw` ```block```", r#"Anne "$" \ ]"#] {
        assert!(text.contains(&squeezed(literal)), "{literal:?} was not printed as text");
    }
    // Had the product's `#set page(width: 1cm)` run, the pages would be 1 cm wide.
    assert!(laid.page_sizes().iter().all(|&(w, _)| (w - 595.3).abs() < 0.5));
    assert_within_page(&laid, 28.0, "typst-looking names");
}

/// 200 products, long names with and without spaces, emoji, Hebrew and Arabic, a 5,000-character
/// note, custom platforms and every platform chosen.
fn stress_plan() -> Plan {
    let catalogue = Catalogue::built_in();
    let unbroken = "Pâtisserieartisanale".repeat(10); // 200 characters, no space
    let mut plan = Plan::new(
        format!("Boulangerie 🥐 « Le Fournil » — מאפייה שכונתית — مخبز الحي — {}", "très ".repeat(28)),
        Language::Fr,
    );
    plan.business.sector = unbroken.clone();
    plan.business.description = "Une description ordinaire, avec des accents : éàèùçœ. ".repeat(8);
    plan.audience.description = "Tout le quartier ; ".repeat(30);
    plan.audience.goals = Goal::ALL.to_vec();
    let names = [
        "Croissant 🥐",
        "עוגת שמרים",
        "خبز عربي طازج",
        "👩‍🍳✨🎂 Gâteau",
        unbroken.as_str(),
        "Pain de campagne au levain naturel, cuit au feu de bois, tranché ou entier, sur commande la veille",
    ];
    for i in 0..200 {
        let base = names[i % names.len()];
        let name = if base.chars().count() > 190 { base.to_owned() } else { format!("{base} n°{i}") };
        // Many at the same few spots, the rest spread out: both crowd the map.
        let (x, y) = if i % 3 == 0 {
            (0.1, 0.9)
        } else {
            ((i * 37 % 101) as f64 / 100.0, (i * 53 % 101) as f64 / 100.0)
        };
        let mut product = Product::new(name, x, y);
        product.weight = 1.0 + (i % 7) as f64;
        plan.products.push(product);
    }
    for i in 0..6 {
        plan.custom_platforms.push(Platform::custom(
            format!("own-{i}"),
            if i % 2 == 0 {
                format!("Plateforme {i} {}", unbroken)
            } else {
                format!("Réseau ✨ {i} שלום سلام")
            },
            0.1 + i as f64 * 0.15,
            0.9 - i as f64 * 0.1,
        ));
    }
    let platforms: Vec<Platform> = plan.platforms(catalogue).cloned().collect();
    for (i, p) in platforms.iter().enumerate() {
        plan.current_choices_mut().push(Choice {
            responder: Some(if i % 2 == 0 { unbroken.clone() } else { "Ruth רות روث 👋".into() }),
            format: if i % 3 == 0 { PostFormat::LongVideo } else { p.figures.format },
            ..Choice::with_defaults(p)
        });
    }
    let mut note = String::new();
    for sentence in 1.. {
        if note.chars().count() >= 4_700 {
            break;
        }
        note += "Penser à photographier les vitrines 📸 ; répondre aux avis — שלום — مرحبا. ";
        if sentence % 4 == 0 {
            note.push('\n'); // a paragraph now and then
        }
    }
    note += &format!("\nhttps://example.org/{}", "tres-long-chemin-".repeat(18));
    plan.notes = note.chars().take(5_000).collect();
    plan
}

#[test]
fn a_plan_built_to_break_the_layout_stays_on_the_page() {
    let plan = stress_plan();
    assert_eq!(plan.products.len(), 200);
    assert_eq!(plan.notes.chars().count(), 5_000);
    let summary = summarize(&plan, Catalogue::built_in());
    let laid = layout(&summary, Paper::A4);
    assert_within_page(&laid, 28.0, "stress plan");
    assert_no_overlapping_text(&laid, "stress plan");
    // 200 product names cannot all fit on the map: the map says some were left off.
    let text = laid_out_text(&laid);
    assert!(text.contains(&squeezed(&summary.words.map_crowded)));
    // Emoji and right-to-left text are typeset (emoji as empty boxes: the embedded font has none).
    assert!(text.contains(&squeezed("מאפייה שכונתית")) || text.contains(&squeezed("שכונתית מאפייה")));
    assert!(text.contains("🥐"));
    // The long tables went on over several pages.
    assert!(laid.page_count() >= 8, "{} pages", laid.page_count());
    let pdf = laid.to_pdf().unwrap();
    assert_eq!(pdf_pages(&pdf).get_pages().len(), laid.page_count());
}

/// How far down page 1 the body's text goes, as a share of the page's height (the footer, in
/// the bottom margin, left out).
fn first_page_filled(layout: &Layout) -> f64 {
    let (_, height) = layout.page_sizes()[0];
    let footer = height - 2.2 * 72.0 / 2.54;
    let lowest =
        layout.text_boxes().iter().filter(|b| b.page == 0 && b.y1 < footer).map(|b| b.y1).fold(0.0, f64::max);
    lowest / height
}

#[test]
fn a_long_introduction_does_not_leave_the_first_page_half_empty() {
    // A title over several lines, a long description and many products push the map down: it
    // must not jump to page 2 and leave the bottom of page 1 blank.
    let long_name = "Boulangerie-pâtisserie artisanale du Marché couvert Saint-Martin et de la place de la \
                     Mairie, fondée en 1987 par la famille Dupont-Lefebvre, pains, viennoiseries, traiteur";
    let catalogue = Catalogue::built_in();
    let mut plans = Vec::new();
    for example_name in ["boulangerie.ron", "accounting-firm.ron"] {
        let plan = storage::load(&example(example_name), catalogue).unwrap();
        let mut named = plan.clone();
        named.business.name = long_name.into();
        let mut described = named.clone();
        described.business.description = "Ce que fait l'entreprise, dit en quelques phrases. ".repeat(5);
        let mut stocked = plan.clone();
        for i in 0..6 {
            stocked.products.push(Product::new(format!("Produit {i}"), 0.1 * i as f64, 0.5));
        }
        plans.extend([plan, named, described, stocked]);
    }
    for (i, plan) in plans.iter().enumerate() {
        let summary = summarize(plan, catalogue);
        for paper in [Paper::A4, Paper::Letter] {
            let laid = layout(&summary, paper);
            let filled = first_page_filled(&laid);
            assert!(filled > 0.8, "plan {i} on {paper:?}: page 1 ends {:.0} % down the page", filled * 100.0);
            assert_within_page(&laid, 28.0, "long introduction");
            assert_no_overlapping_text(&laid, "long introduction");
        }
    }
}

#[test]
fn a_plan_with_nothing_yet_still_prints() {
    // No product, no goal, no choice, no note: every section has to cope with being empty.
    for language in [Language::Fr, Language::En] {
        let summary = summarize(&Plan::new("Nouveau", language), Catalogue::built_in());
        let laid = layout(&summary, Paper::A4);
        let text = laid_out_text(&laid);
        assert!(text.contains(&squeezed(&summary.words.no_products)), "{language:?}");
        assert!(text.contains(&squeezed(&summary.words.none_chosen)), "{language:?}");
        assert!(!text.contains(&squeezed(&summary.words.notes)), "no notes heading without notes");
        assert_within_page(&laid, 28.0, "empty plan");
        laid.to_pdf().unwrap();
    }
}

#[test]
fn a_broken_template_is_reported_with_its_line() {
    let summary = summary_of(&example("boulangerie.ron"));
    let template =
        Template { name: "mine.typ".into(), source: "#let data = json(\"data.json\")\n#data.nope\n".into() };
    let e = socialplan_pdf::to_pdf_with(&summary, &options(Paper::A4), &template).unwrap_err();
    let message = e.to_string();
    assert!(message.contains("mine.typ:2:"), "{message}");
    assert!(message.contains("nope"), "{message}");
}

#[test]
fn an_impossible_date_is_an_error_not_a_panic() {
    let summary = summary_of(&example("boulangerie.ron"));
    let mut o = options(Paper::A4);
    o.date = PdfDate { year: 2026, month: 2, day: 30 };
    assert!(socialplan_pdf::to_pdf(&summary, &o).unwrap_err().to_string().contains("2026-02-30"));
}

// -------------------------------------------------------------- poppler ----

/// `pdftotext -bbox` on the written PDF: every word within the page, a margin away from the edge.
#[test]
fn poppler_finds_every_word_of_the_stress_pdf_inside_the_page() {
    if !poppler("pdftotext") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("stress.pdf");
    let summary = summarize(&stress_plan(), Catalogue::built_in());
    std::fs::write(&pdf, socialplan_pdf::to_pdf(&summary, &options(Paper::Letter)).unwrap()).unwrap();
    let html = dir.path().join("stress.html");
    let out =
        Command::new("pdftotext").args(["-bbox", "-enc", "UTF-8"]).arg(&pdf).arg(&html).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let html = String::from_utf8_lossy(&std::fs::read(html).unwrap()).into_owned();
    let attr = |tag: &str, name: &str| -> f64 {
        let start = tag.find(&format!("{name}=\"")).unwrap() + name.len() + 2;
        tag[start..].split('"').next().unwrap().parse().unwrap()
    };
    let (mut width, mut height, mut words) = (0.0, 0.0, 0);
    for tag in html.split('<') {
        if tag.starts_with("page ") {
            (width, height) = (attr(tag, "width"), attr(tag, "height"));
            assert_eq!((width.round(), height.round()), (612.0, 792.0));
        } else if tag.starts_with("word ") {
            words += 1;
            let (x0, y0, x1, y1) =
                (attr(tag, "xMin"), attr(tag, "yMin"), attr(tag, "xMax"), attr(tag, "yMax"));
            assert!(
                x0 >= 28.0 && y0 >= 28.0 && x1 <= width - 28.0 && y1 <= height - 28.0,
                "off the page: {tag}"
            );
        }
    }
    assert!(words > 1000, "{words} words");
}

/// The rendered pages of each example: ink on every page, and none within 1 cm of the edges.
#[test]
fn poppler_renders_each_example_with_clean_edges() {
    if !poppler("pdftoppm") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for (file, pages) in EXAMPLES {
        let pdf = dir.path().join(file).with_extension("pdf");
        std::fs::write(
            &pdf,
            socialplan_pdf::to_pdf(&summary_of(&example(file)), &options(Paper::A4)).unwrap(),
        )
        .unwrap();
        let prefix = dir.path().join(file).with_extension("");
        let out =
            Command::new("pdftoppm").args(["-gray", "-r", "36"]).arg(&pdf).arg(&prefix).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        for page in 1..=pages {
            // pdftoppm pads the page number to the width of the last one (`-01` of ten pages).
            let width = pages.to_string().len();
            let image = std::fs::read(format!("{}-{page:0width$}.pgm", prefix.display())).unwrap();
            let (w, h, pixels) = parse_pgm(&image);
            let border = 14; // 1 cm at 36 dpi
            let mut ink = 0;
            for y in 0..h {
                for x in 0..w {
                    let dark = pixels[y * w + x] < 200;
                    let edge = x < border || y < border || x >= w - border || y >= h - border;
                    assert!(!(dark && edge), "{file} page {page}: ink at the edge ({x}, {y})");
                    ink += usize::from(dark);
                }
            }
            assert!(ink > 500, "{file} page {page} looks blank");
        }
    }
}

/// A binary greyscale PGM (P5) from pdftoppm: width, height, one byte per pixel.
fn parse_pgm(data: &[u8]) -> (usize, usize, &[u8]) {
    let mut fields = Vec::new();
    let mut i = 0;
    while fields.len() < 4 {
        while data[i].is_ascii_whitespace() {
            i += 1;
        }
        let start = i;
        while !data[i].is_ascii_whitespace() {
            i += 1;
        }
        fields.push(std::str::from_utf8(&data[start..i]).unwrap().to_owned());
    }
    assert_eq!(fields[0], "P5");
    let (w, h): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    (w, h, &data[i + 1..i + 1 + w * h])
}

// -------------------------------------------------------------- printing ----

#[cfg(unix)]
mod printing {
    use std::os::unix::fs::PermissionsExt;
    use std::path::{Path, PathBuf};

    use socialplan_pdf::printing::{PrintOutcome, PrintSetup, Viewer, print_or_open_with};

    /// A shell script standing in for `lp` or a viewer: it writes each argument it gets on a
    /// line of `record`, prints `say`, and exits with `code`.
    fn fake(dir: &Path, name: &str, record: &Path, say: &str, code: i32) -> PathBuf {
        let path = dir.join(name);
        let script = format!(
            "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '{}'\necho '{say}' >&{}\nexit {code}\n",
            record.display(),
            if code == 0 { 1 } else { 2 }
        );
        std::fs::write(&path, script).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        path
    }

    fn pdf_file(dir: &Path) -> PathBuf {
        let path = dir.join("plan; rm -rf ~ $(x) & résumé.pdf");
        std::fs::write(&path, b"%PDF-1.7\n").unwrap();
        path
    }

    fn recorded(record: &Path) -> Vec<String> {
        std::fs::read_to_string(record).unwrap().lines().map(str::to_owned).collect()
    }

    #[test]
    fn lp_first_on_the_path_gets_the_file_as_one_argument() {
        let dir = tempfile::tempdir().unwrap();
        let bin = dir.path().join("bin");
        std::fs::create_dir(&bin).unwrap();
        let record = dir.path().join("lp-args");
        fake(&bin, "lp", &record, "request id is Fake-7 (1 file(s))", 0);
        let viewer_record = dir.path().join("viewer-args");
        let viewer = fake(dir.path(), "viewer", &viewer_record, "", 0);
        let pdf = pdf_file(dir.path());
        let search = std::env::join_paths([bin.as_path(), Path::new("/usr/bin"), Path::new("/bin")]).unwrap();
        let setup = PrintSetup { search_path: Some(search), viewer: Viewer::Program(viewer) };

        let outcome = print_or_open_with(&pdf, &setup).unwrap();
        assert_eq!(
            outcome,
            PrintOutcome::SentToPrinter { printer_output: "request id is Fake-7 (1 file(s))".into() }
        );
        assert_eq!(recorded(&record), ["--", pdf.to_str().unwrap()]);
        assert!(!viewer_record.exists(), "printed, so no viewer");
    }

    #[test]
    fn without_lp_the_viewer_opens_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let empty = dir.path().join("empty");
        std::fs::create_dir(&empty).unwrap();
        let viewer_record = dir.path().join("viewer-args");
        let viewer = fake(dir.path(), "viewer", &viewer_record, "", 0);
        let pdf = pdf_file(dir.path());
        let setup = PrintSetup { search_path: Some(empty.into_os_string()), viewer: Viewer::Program(viewer) };

        let outcome = print_or_open_with(&pdf, &setup).unwrap();
        assert_eq!(outcome, PrintOutcome::OpenedInViewer { printer_problem: None });
        assert_eq!(recorded(&viewer_record), [pdf.to_str().unwrap()]);
    }

    #[test]
    fn when_lp_refuses_the_viewer_opens_and_says_why() {
        let dir = tempfile::tempdir().unwrap();
        let record = dir.path().join("lp-args");
        fake(dir.path(), "lp", &record, "lp: Error - no default destination available.", 1);
        let viewer_record = dir.path().join("viewer-args");
        let viewer = fake(dir.path(), "viewer", &viewer_record, "", 0);
        let pdf = pdf_file(dir.path());
        let setup = PrintSetup { search_path: Some(dir.path().into()), viewer: Viewer::Program(viewer) };

        let outcome = print_or_open_with(&pdf, &setup).unwrap();
        assert_eq!(
            outcome,
            PrintOutcome::OpenedInViewer {
                printer_problem: Some("lp: Error - no default destination available.".into())
            }
        );
        assert_eq!(recorded(&viewer_record), [pdf.to_str().unwrap()]);
    }

    #[test]
    fn when_nothing_works_the_error_names_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let viewer = fake(dir.path(), "viewer", &dir.path().join("r"), "no application for PDF", 3);
        let pdf = pdf_file(dir.path());
        let setup = PrintSetup { search_path: None, viewer: Viewer::Program(viewer) };
        let e = print_or_open_with(&pdf, &setup).unwrap_err();
        assert!(e.contains(pdf.to_str().unwrap()) && e.contains("no application for PDF"), "{e}");

        let missing = PrintSetup { search_path: None, viewer: Viewer::Program(dir.path().join("no-viewer")) };
        let e = print_or_open_with(&pdf, &missing).unwrap_err();
        assert!(e.contains("not installed"), "{e}");
        assert!(
            print_or_open_with(&dir.path().join("gone.pdf"), &missing).unwrap_err().contains("no such file")
        );
    }
}

#[test]
fn the_week_page_lays_out_the_week_in_the_plans_language() {
    for (file, title, post) in [
        ("boulangerie.ron", "Votre semaine", "Préparer la publication sur"),
        ("accounting-firm.ron", "Your week", "Write the post about"),
    ] {
        let summary = summary_of(&example(file));
        assert!(!summary.week.rows.is_empty(), "{file}: the example has a week");
        let laid = layout(&summary, Paper::A4);
        let text = laid_out_text(&laid);
        for wanted in [title, post, summary.week.per_day.as_str(), summary.week.legend.inbox.as_str()] {
            assert!(text.contains(&squeezed(wanted)), "{file}: {wanted:?} is not printed");
        }
        // The week starts a page: its heading is the first text of its page under the running head.
        let boxes = laid.text_boxes();
        let heading = boxes.iter().find(|b| b.text.contains(title)).unwrap();
        let above: Vec<&TextBox> =
            boxes.iter().filter(|b| b.page == heading.page && b.y1 < heading.y0 && b.y0 > 80.0).collect();
        assert!(above.is_empty(), "{file}: text above the week's heading: {above:?}");
        // Each open day's time is printed under its name; closed days say so.
        for day in &summary.week.days {
            assert!(text.contains(&squeezed(&day.under)), "{file}: {:?}", day.under);
        }

        let markdown = report::to_markdown(&summary);
        assert!(markdown.contains(&format!("## {title}")), "{file}: the Markdown export has the week");
    }
}

#[test]
fn a_plan_with_scenarios_prints_them_side_by_side() {
    let summary = summary_of(&example("boulangerie.ron"));
    let compare = summary.compare.as_ref().expect("the example has two scenarios");
    assert!(compare.columns.len() >= 2);
    let laid = layout(&summary, Paper::A4);
    let text = laid_out_text(&laid);
    assert!(text.contains(&squeezed(&summary.words.scenarios)));
    for column in &compare.columns {
        assert!(text.contains(&squeezed(&column.name)), "{} is not printed", column.name);
        for cell in &column.cells {
            assert!(text.contains(&squeezed(cell)), "{cell:?} of {} is not printed", column.name);
        }
    }
    assert_no_overlapping_text(&laid, "scenarios");

    // One scenario: no comparison page.
    let mut plan = storage::load(&example("boulangerie.ron"), Catalogue::built_in()).unwrap();
    plan.scenarios.truncate(1);
    plan.current_scenario = plan.scenarios[0].name.clone();
    let single = summarize(&plan, Catalogue::built_in());
    assert!(single.compare.is_none());
    assert!(!laid_out_text(&layout(&single, Paper::A4)).contains(&squeezed(&summary.words.scenarios)));
}

#[test]
fn a_kept_fitted_plan_prints_why_and_a_hand_made_one_does_not() {
    let catalogue = Catalogue::built_in();
    let mut plan = storage::load(&example("boulangerie.ron"), catalogue).unwrap();
    let hand_made = summarize(&plan, catalogue);
    assert!(hand_made.fitted_reasons.is_empty(), "{:?}", hand_made.fitted_reasons);

    let socialplan_core::analysis::FitOutcome::Fitted(fitted) =
        socialplan_core::analysis::fit(&plan, catalogue, plan.budget_hours(), None)
    else {
        panic!("the bakery fits in its hours")
    };
    plan.add_scenario_from(fitted.scenario.clone());
    let summary = summarize(&plan, catalogue);
    assert_eq!(summary.fitted_reasons, fitted.reasons_in(plan.language));
    let text = laid_out_text(&layout(&summary, Paper::A4));
    assert!(text.contains(&squeezed(&summary.words.why_fitted)));
    for reason in &summary.fitted_reasons {
        assert!(text.contains(&squeezed(reason)), "{reason:?} is not printed");
    }

    // Changed by hand afterwards: the reasons no longer describe it.
    let more = plan.current_choices()[0].cadence.posts() + 1;
    plan.current_choices_mut()[0].cadence = socialplan_core::model::Cadence::weekly(more);
    assert!(summarize(&plan, catalogue).fitted_reasons.is_empty());
}

// ------------------------------------------------------ reactivity (issue 17) ----

/// The text runs of one page in the order they were laid out, the running footer left out.
fn page_boxes(layout: &Layout, page: usize) -> Vec<TextBox> {
    let (_, height) = layout.page_sizes()[page];
    let footer = height - 2.2 * 72.0 / 2.54;
    layout.text_boxes().into_iter().filter(|b| b.page == page && b.y1 < footer).collect()
}

#[test]
fn the_crisis_card_is_a_page_of_its_own_in_both_languages_and_papers() {
    for file in ["boulangerie.ron", "accounting-firm.ron"] {
        let summary = summary_of(&example(file));
        let card = &summary.reactivity_plan.crisis;
        assert!(!card.who_answers.is_empty() && !card.steps.is_empty(), "{file}: {card:?}");
        for paper in [Paper::A4, Paper::Letter] {
            let laid = layout(&summary, paper);
            let what = format!("{file} on {paper:?}");
            let last = laid.page_count() - 1;
            let boxes = page_boxes(&laid, last);
            // The card's title is the first text of the last page, and says the business's name.
            let top = boxes.iter().min_by(|a, b| a.y0.total_cmp(&b.y0));
            assert!(
                top.is_some_and(|b| {
                    !b.text.trim().is_empty() && squeezed(&card.title).starts_with(&squeezed(&b.text))
                }),
                "{what}: the last page does not start with the card: {top:?}"
            );
            let page_text = squeezed(&boxes.iter().map(|b| b.text.as_str()).collect::<String>());
            let mut wanted: Vec<&str> = vec![&summary.business_name, &card.cover, &card.holding_reply];
            wanted.extend(card.who_answers.iter().map(String::as_str));
            wanted.extend(card.steps.iter().map(String::as_str));
            wanted.push(&card.holding_reply_title);
            wanted.push(&summary.words.who_answers);
            wanted.push(&summary.words.what_to_do);
            for words in wanted {
                assert!(page_text.contains(&squeezed(words)), "{what}: {words:?} is not on the card's page");
            }
            // Nothing else on that page, and the card is nowhere else: only the card is printed there.
            let elsewhere: String =
                laid.text_boxes().iter().filter(|b| b.page != last).map(|b| b.text.as_str()).collect();
            assert!(!squeezed(&elsewhere).contains(&squeezed(&card.holding_reply)), "{what}");
            // Large enough to read from a step away: the steps are set well above the 9 pt body.
            let step = boxes.iter().find(|b| card.steps[0].starts_with(b.text.trim())).unwrap();
            assert!(step.y1 - step.y0 >= 9.0, "{what}: the steps are small: {step:?}");
            assert_within_page(&laid, 28.0, &what);
            assert_no_overlapping_text(&laid, &what);
            // The summary points to it.
            assert!(laid_out_text(&laid).contains(&squeezed(&summary.words.crisis_pointer)), "{what}");
        }
        // In the text and Markdown summaries too.
        for doc in [report::to_text(&summary), report::to_markdown(&summary)] {
            assert!(doc.contains(&card.title) && doc.contains(&card.steps[1]), "{file}");
        }
    }
}

#[test]
fn the_away_message_is_printed_ready_to_paste_in_both_languages() {
    for (file, words) in [("boulangerie.ron", "Nous sommes fermés"), ("menuiserie.ron", "Nous sommes fermés")]
    {
        let summary = summary_of(&example(file));
        let messages = &summary.reactivity_plan.away_messages;
        assert!(!messages.is_empty(), "{file}: its promises count opening hours");
        let text = laid_out_text(&layout(&summary, Paper::A4));
        assert!(text.contains(&squeezed(&summary.words.away_message)), "{file}");
        for m in messages {
            assert!(m.text.contains(words), "{file}: {m:?}");
            assert!(text.contains(&squeezed(&m.text)), "{file}: {:?} is not printed", m.text);
            assert!(text.contains(&squeezed(&m.platforms)), "{file}: {:?}", m.platforms);
        }
        assert!(report::to_text(&summary).contains(&messages[0].text), "{file}: not in the text summary");
    }
    // LinkedIn and X send no automatic reply: no away message there, and the owner is told to
    // say the hours in the profile, on paper and in the text summary.
    let summary = summary_of(&example("accounting-firm.ron"));
    assert!(summary.reactivity_plan.away_messages.iter().all(|m| !m.platforms.contains("LinkedIn")));
    let elsewhere = &summary.reactivity_plan.no_auto_reply;
    assert!(elsewhere.starts_with("LinkedIn and X (Twitter): no automatic reply there"), "{elsewhere}");
    assert!(laid_out_text(&layout(&summary, Paper::A4)).contains(&squeezed(elsewhere)));
    assert!(report::to_text(&summary).contains(elsewhere.as_str()));

    // Answered at any time: no away message, and no heading for one.
    let catalogue = Catalogue::built_in();
    let mut plan = storage::load(&example("accounting-firm.ron"), catalogue).unwrap();
    for choice in plan.current_choices_mut() {
        choice.promise.kind = PromiseKind::Anytime;
    }
    let summary = summarize(&plan, catalogue);
    assert!(summary.reactivity_plan.away_messages.is_empty());
    assert!(!laid_out_text(&layout(&summary, Paper::A4)).contains(&squeezed(&summary.words.away_message)));
}

#[test]
fn the_drill_is_printed_as_a_table_with_each_worst_case_in_words() {
    for (file, _) in EXAMPLES {
        let summary = summary_of(&example(file));
        let r = &summary.reactivity_plan;
        assert!(!r.drill.is_empty(), "{file}: every example has an inbox to watch");
        let laid = layout(&summary, Paper::A4);
        let text = laid_out_text(&laid);
        let w = &summary.words;
        for header in [&w.drill, &w.promise, &w.median_wait, &w.p90_wait, &w.worst_wait, &w.within_a_day] {
            assert!(text.contains(&squeezed(header)), "{file}: no {header:?}");
        }
        for row in &r.drill {
            // The row's cells one after the other, as the table prints them.
            let cells: String = row.cells().iter().map(|c| squeezed(c)).collect();
            let cells = cells.replace(['(', ')'], "");
            assert!(
                text.replace(['(', ')'], "").contains(&cells),
                "{file}: the row {:?} is not printed",
                row.cells()
            );
        }
        for case in &r.worst_cases {
            assert!(text.contains(&squeezed(case)), "{file}: {case:?} is not printed");
        }
        // The promise in its own terms, and how often someone looks.
        for (line, choice) in r.lines.iter().zip(&summary.choices) {
            assert!(line.contains(&choice.response_target_text), "{line:?}");
            assert!(text.contains(&squeezed(line)), "{file}: {line:?}");
        }
        let plain = report::to_text(&summary);
        let markdown = report::to_markdown(&summary);
        for row in &r.drill {
            assert!(plain.contains(&row.worst_cell()) && markdown.contains(&row.promise), "{file}: {row:?}");
        }
    }
}

#[test]
fn publications_and_phone_looks_are_marked_on_the_week_page() {
    let catalogue = Catalogue::built_in();
    let mut plan = storage::load(&example("boulangerie.ron"), catalogue).unwrap();
    // Instagram answered within 12 h at any time: looks from the phone in the evening.
    plan.current_choices_mut()[0].promise = Promise::anytime(12.0);
    let summary = summarize(&plan, catalogue);
    let blocks: Vec<&report::Block> = summary.week.days.iter().flat_map(|d| &d.blocks).collect();
    let publications = blocks.iter().filter(|b| b.kind == "publish").count();
    let phone = blocks.iter().filter(|b| b.phone).count();
    assert!(publications > 0 && phone > 0, "{publications} publications, {phone} looks from the phone");

    for paper in [Paper::A4, Paper::Letter] {
        let laid = layout(&summary, paper);
        let boxes = laid.text_boxes();
        let legend = boxes.iter().find(|b| b.text.contains(&summary.week.legend.publish)).unwrap();
        let count = |mark: char| {
            boxes
                .iter()
                .filter(|b| b.page == legend.page)
                .map(|b| b.text.matches(mark).count())
                .sum::<usize>()
        };
        // One mark each, and one in the legend.
        assert_eq!(count('▲'), publications + 1, "{paper:?}: a marker per publication");
        assert_eq!(count('☎'), phone + 1, "{paper:?}: a mark per look from the phone");
        let text = laid_out_text(&laid);
        for words in [&summary.week.legend.post, &summary.week.legend.inbox, &summary.week.legend.phone] {
            assert!(text.contains(&squeezed(words)), "{paper:?}: no {words:?} in the legend");
        }
        // The list says when each goes out.
        assert!(text.contains(&squeezed("Mise en ligne programmée sur")), "{paper:?}");
        assert_within_page(&laid, 28.0, "phone looks");
        assert_no_overlapping_text(&laid, "phone looks");
    }
}

mod fuzz;

/// The mutation fuzzer, short. `scripts/fuzz-long` runs the same with large counts.
#[test]
fn fuzz_mutated_plans_break_no_promise() {
    let var =
        |name: &str, default: u64| std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default);
    let seed = var("SOCIALPLAN_FUZZ_SEED", 9);
    let (loads, pdfs) = (var("SOCIALPLAN_FUZZ_LOADS", 3000), var("SOCIALPLAN_FUZZ_PDFS", 8));
    let started = std::time::Instant::now();
    let tally =
        fuzz::run(seed, loads, pdfs, std::time::Duration::from_secs(var("SOCIALPLAN_FUZZ_HANG_SECS", 60)));
    eprintln!(
        "fuzz seed {seed}: {} loads ({} valid), {} PDFs, {} failures in {:.1} s; slowest load {:?}, slowest PDF {:?}; \
         weeks {}, TSV outputs {}, calendars {}, fits {}",
        tally.loads,
        tally.valid,
        tally.pdfs,
        tally.failures.len(),
        started.elapsed().as_secs_f64(),
        tally.slowest_load,
        tally.slowest_pdf,
        tally.faces.weeks,
        tally.faces.tsv,
        tally.faces.calendars,
        tally.faces.fits
    );
    assert!(tally.failures.is_empty(), "{}", tally.failures.join("\n\n"));
    // Enough mutations get past the parser to test the rest.
    assert!(tally.valid * 20 >= tally.loads, "only {} of {} loads were valid", tally.valid, tally.loads);
    assert!(tally.pdfs >= pdfs);
    assert!(tally.faces.calendars > 0 && tally.faces.fits > 0, "the later faces ran");
}

#[test]
fn the_parts_typeset_one_by_one_are_the_whole_summary() {
    // The benchmark times each part alone: that is only worth something if the parts, named one
    // by one, print what the summary prints, and each of them prints something of its own.
    // With a recorded month, so that the month in review has something to print (and a review
    // routine, for its page).
    let catalogue = Catalogue::built_in();
    let mut plan = storage::load(&example("boulangerie.ron"), catalogue).unwrap();
    let mut month = socialplan_core::model::MonthRecord::new(
        socialplan_core::model::Month::new(2026, 11).unwrap(),
        "instagram",
    );
    (month.time.total, month.results.enquiries) = (Some(600.0), Some(4));
    plan.months.record(month, socialplan_core::model::Month::new(2026, 12).unwrap()).unwrap();
    // And a review routine, so that the reviews and ambassadors have a page.
    plan.voices.reviews = Some(socialplan_core::model::ReviewRoutine::starter());
    let summary = report::summarize(&plan, catalogue);
    let parts = |names: &[&str]| {
        socialplan_pdf::layout_parts(&summary, &options(Paper::A4), &Template::built_in(), names).unwrap()
    };
    // The runs of text above the page footer (whose page numbers change with the page count).
    let runs = |layout: &Layout| {
        let heights: Vec<f64> = layout.page_sizes().iter().map(|size| size.1).collect();
        let body = |b: &TextBox| b.y1 < heights[b.page] - 2.2 / 2.54 * 72.0;
        layout.text_boxes().into_iter().filter(body).map(|b| b.text).collect::<Vec<_>>()
    };
    let whole = layout(&summary, Paper::A4);
    assert_eq!(parts(&socialplan_pdf::PARTS).text_boxes(), whole.text_boxes());
    let whole = runs(&whole);
    assert_eq!(runs(&parts(&[])), Vec::<String>::new());
    for part in socialplan_pdf::PARTS {
        let alone = runs(&parts(&[part]));
        assert!(!alone.is_empty(), "{part} prints nothing");
        let strange: Vec<&String> = alone.iter().filter(|r| !whole.contains(r)).collect();
        assert!(strange.is_empty(), "{part} prints what the summary does not: {strange:?}");
    }
}

/// Issue 19: the month in review, printed once a month is recorded; hostile names as text.
#[test]
fn the_month_in_review_page_prints_the_months_keep_or_drop_and_what_was_learned() {
    use socialplan_core::model::{Month, MonthRecord};
    let catalogue = Catalogue::built_in();
    let mut plan = storage::load(&example("boulangerie.ron"), catalogue).unwrap();
    let without = report::summarize(&plan, catalogue);
    assert!(without.months.is_none(), "no month recorded: no page");
    let mut hostile = catalogue.get("linkedin").unwrap().clone();
    (hostile.id, hostile.name) = ("own".into(), "#panic(\"x\") *gras* $x$".into());
    (hostile.inbox, hostile.family) = (None, None);
    plan.custom_platforms.push(hostile);
    let now = Month::new(2026, 12).unwrap();
    for m in 9..=11 {
        for (id, minutes, enquiries) in [("instagram", 900.0, 9), ("own", 300.0, 0)] {
            let mut r = MonthRecord::new(Month::new(2026, m).unwrap(), id);
            (r.time.total, r.results.enquiries) = (Some(minutes), Some(enquiries));
            plan.months.record(r, now).unwrap();
        }
    }
    let summary = report::summarize(&plan, catalogue);
    let page = summary.months.as_ref().unwrap();
    assert_eq!(page.rows.len(), 6);
    let pdf = socialplan_pdf::to_pdf(&summary, &options(Paper::A4)).unwrap();
    let text = pdf_text(&pdf);
    assert!(text.contains("Le mois en revue"), "{text}");
    assert!(text.contains("Gardez Instagram"), "{text}");
    assert!(text.contains("Abandonnez #panic(\"x\") *gras* $x$"), "the name as typed: {text}");
    assert!(text.contains("votre chiffre, sur 3 mois"), "{text}");
    // Only that part, as the benchmark typesets it.
    assert_one_page_alone(&summary, "month-in-review");
}

#[test]
fn the_reviews_and_ambassadors_page_prints_the_routine_its_time_and_who_agreed() {
    use socialplan_core::model::{Ambassador, Date, Permission, ReviewRoutine, Role};
    let catalogue = Catalogue::built_in();
    let mut plan = storage::load(&example("boulangerie.ron"), catalogue).unwrap();
    let without = summarize(&plan, catalogue);
    assert!(!without.voices.any, "no routine, no ambassador: no page");
    let day = |d: u32| Date(chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap());
    plan.voices.reviews = Some(ReviewRoutine { asks_per_week: 8, ..ReviewRoutine::starter() });
    let hostile = r#"#panic("x") *gras* $x$ ] ["#;
    let mut a = Ambassador::new(hostile, Role::Supplier);
    a.send = Some("#set page(width: 1cm) les photos".into());
    a.agree(Permission::Repost, day(3));
    a.agree(Permission::Tag, day(3));
    a.withdraw(Permission::Tag, day(20));
    plan.voices.ambassadors = vec![a];
    let summary = summarize(&plan, catalogue);
    let laid = layout(&summary, Paper::A4);
    let text = laid_out_text(&laid);
    for said in [
        "Avis et ambassadeurs",
        "Google Business Profile",
        hostile,
        "#set page(width: 1cm) les photos",
        "les republier depuis le 3 novembre 2026",
        "les identifier du 3 novembre 2026 au 20 novembre 2026 (retiré)",
        summary.voices.weekly.as_str(),
    ] {
        assert!(text.contains(&squeezed(said)), "{said:?} missing");
    }
    assert!(laid.page_sizes().iter().all(|&(w, _)| (w - 595.3).abs() < 0.5));
    assert_within_page(&laid, 28.0, "reviews and ambassadors");
    assert_no_overlapping_text(&laid, "reviews and ambassadors");
    // The time table has the routine's own row, and the part is typeset alone as the bench does.
    let (_, rows) = summary.time_table();
    assert!(rows.iter().any(|r| r[0] == "Avis et ambassadeurs"), "{rows:?}");
    assert_one_page_alone(&summary, "reviews-ambassadors");
}

/// The part typeset alone, as the benchmark does (`PARTS`), fills one page.
fn assert_one_page_alone(summary: &Summary, part: &str) {
    let only =
        socialplan_pdf::layout_parts(summary, &options(Paper::A4), &Template::built_in(), &[part]).unwrap();
    assert_eq!(only.page_count(), 1, "{part}");
}

// ------------------------------------------------------------------ the build ----

/// The Typst libraries the summary never runs are built unoptimised for the tests (Cargo.toml,
/// `profile.dev.package`). This holds the reasons: each name is a package of Cargo.lock (a stale
/// name would silently build nothing faster), and the built-in template uses none of what they
/// do. A summary that prints an image or a code block, say, takes their libraries off the list.
/// The packages a table of Cargo.toml's profiles gives `setting`, each checked to be a package
/// of Cargo.lock: Cargo only warns about a name that matches nothing, and the setting then
/// quietly does nothing.
fn packages_set_to(root: &Path, table: &str, setting: &str) -> Vec<String> {
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let start =
        manifest.find(&format!("\n{table}\n")).unwrap_or_else(|| panic!("a {table} table")) + table.len() + 2;
    let named: Vec<String> = manifest[start..]
        .lines()
        .take_while(|l| !l.starts_with('['))
        .filter(|l| l.ends_with(&format!("= {setting}")))
        .map(|l| l.split(" = ").next().unwrap_or_default().trim_matches('"').to_string())
        .collect();
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).unwrap();
    for spec in &named {
        let (name, version) = spec.split_once('@').unwrap_or((spec, ""));
        let entry = format!("[[package]]\nname = \"{name}\"\nversion = \"{version}");
        assert!(lock.contains(&entry), "{spec} in {table} is not a package of Cargo.lock");
    }
    named
}

#[test]
fn the_libraries_built_whole_for_the_release_are_the_ones_an_owner_waits_on() {
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let whole = packages_set_to(root, "[profile.release.package]", "{ codegen-units = 1 }");
    // Without link-time optimisation across a library's parts, these are the ones optimised
    // whole: the plan's arithmetic, the typesetting and the window's drawing.
    for needed in ["socialplan-core", "typst-layout", "typst-library", "harfrust", "krilla", "egui", "epaint"]
    {
        assert!(whole.iter().any(|n| n == needed), "{needed} is not built whole: {whole:?}");
    }
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let release = &manifest[manifest.find("\n[profile.release]\n").unwrap()..];
    let release = &release[..release[1..].find("\n[").map_or(release.len(), |i| i + 1)];
    assert!(release.contains("\nlto = \"off\"\n"), "{release}");
}

#[test]
fn the_libraries_built_unoptimised_are_ones_the_summary_never_runs() {
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let unoptimised = packages_set_to(root, "[profile.dev.package]", "{ opt-level = 0 }");
    assert!(unoptimised.len() >= 20, "{unoptimised:?}");

    // What those libraries are for: plugins, bibliographies, images, code blocks, placeholder
    // text. Comments are left out; the template speaks of `data.json` in them.
    let template = std::fs::read_to_string(root.join("assets/summary.typ")).unwrap();
    let code: String =
        template.lines().map(|l| l.split("//").next().unwrap_or_default()).collect::<Vec<_>>().join("\n");
    for used in ["plugin(", "bibliography(", "cite(", "image(", "raw(", "lorem(", "`", "html."] {
        assert!(!code.contains(used), "the template uses {used:?}: take its libraries off the list");
    }
}
