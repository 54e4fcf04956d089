//! The `pdf` subcommand run as a process: where it writes, which paper, how it fails. What is on
//! the pages is tested with the PDF crate (crates/pdf/tests/pdf.rs).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use pdf_extract::{Document, Object};

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("saves").join(name)
}

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

fn socialplan(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_socialplan"));
    command.args(args).env_remove("LC_ALL").env_remove("LC_PAPER").env_remove("LANG");
    for (k, v) in env {
        command.env(k, v);
    }
    command.output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn pdf_subcommand_writes_beside_the_plan_with_the_locale_paper() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("mon plan; à imprimer.ron");
    std::fs::copy(example("boulangerie.ron"), &plan).unwrap();
    let out = socialplan(&["pdf", plan.to_str().unwrap()], &[("LANG", "en_US.UTF-8")]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let written = plan.with_extension("pdf");
    assert_eq!(text(&out.stdout).trim_end(), written.display().to_string());
    let pdf = std::fs::read(&written).unwrap();
    assert!(
        media_boxes(&pdf).iter().all(|b| (b[2].round(), b[3].round()) == (612.0, 792.0)),
        "Letter for en_US"
    );
    assert!(pdf_text(&pdf).contains("mon plan; à imprimer.ron"), "the plan's file name is printed");
    // Nothing but the plan and its PDF: the temporary file was renamed, not left behind.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);

    // --paper beats the locale; -o chooses the file.
    let other = dir.path().join("out folder").join("résumé.pdf");
    std::fs::create_dir(other.parent().unwrap()).unwrap();
    let out = socialplan(
        &["pdf", plan.to_str().unwrap(), "-o", other.to_str().unwrap(), "--paper", "a4"],
        &[("LC_PAPER", "en_CA.UTF-8")],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let pdf = std::fs::read(&other).unwrap();
    assert!(media_boxes(&pdf).iter().all(|b| (b[2].round(), b[3].round()) == (595.0, 842.0)));

    // No locale at all: A4.
    let out = socialplan(&["pdf", plan.to_str().unwrap(), "-o", other.to_str().unwrap()], &[("LC_ALL", "C")]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    assert!(media_boxes(&std::fs::read(&other).unwrap()).iter().all(|b| b[2].round() == 595.0));
}

#[test]
fn pdf_subcommand_failures_name_the_file_and_exit_1_or_2() {
    let dir = tempfile::tempdir().unwrap();
    let bad = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad/b2b-out-of-range.ron");
    let out_pdf = dir.path().join("bad.pdf");
    let out = socialplan(&["pdf", bad.to_str().unwrap(), "-o", out_pdf.to_str().unwrap()], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains(&bad.display().to_string()), "{}", text(&out.stderr));
    assert!(!out_pdf.exists());

    let good = example("accounting-firm.ron");
    let out = socialplan(&["pdf", good.to_str().unwrap(), "--paper", "a5"], &[]);
    assert_eq!(out.status.code(), Some(2), "bad usage is clap's exit 2");
    assert!(text(&out.stderr).contains("a5"));

    // A folder that does not exist.
    let nowhere = dir.path().join("no such folder").join("x.pdf");
    let out = socialplan(&["pdf", good.to_str().unwrap(), "-o", nowhere.to_str().unwrap()], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains(&nowhere.display().to_string()), "{}", text(&out.stderr));

    // A template of one's own with a mistake: its name, line and column.
    let template = dir.path().join("mine.typ");
    std::fs::write(&template, "= Title\n#unknown-thing\n").unwrap();
    let out = socialplan(
        &[
            "pdf",
            good.to_str().unwrap(),
            "-o",
            out_pdf.to_str().unwrap(),
            "--template",
            template.to_str().unwrap(),
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("mine.typ:2:2: unknown variable: unknown-thing"),
        "{}",
        text(&out.stderr)
    );
    assert!(!out_pdf.exists());

    // The PDF must never replace the plan.
    let plan = dir.path().join("plan.pdf");
    std::fs::copy(&good, &plan).unwrap();
    let out = socialplan(&["pdf", plan.to_str().unwrap()], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read(&plan).unwrap(), std::fs::read(&good).unwrap());
}

#[test]
fn pdf_subcommand_has_help() {
    let out = socialplan(&["pdf", "--help"], &[]);
    assert_eq!(out.status.code(), Some(0));
    let help = text(&out.stdout);
    for words in ["--output", "--paper", "a4", "letter", "--template", "LC_PAPER"] {
        assert!(help.contains(words), "no {words} in {help}");
    }
}
