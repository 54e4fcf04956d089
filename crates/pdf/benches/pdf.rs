//! Speed of the printed summary: typesetting and exporting each example plan once the fonts
//! are loaded, then the bakery's summary part by part, so that a part that grows slow shows up
//! by name. Figures and the machine they came from: docs/performance.md.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use socialplan_core::model::Catalogue;
use socialplan_core::report::{self, Summary};
use socialplan_core::storage;
use socialplan_pdf::{Paper, PdfDate, PdfOptions, Template};

fn summary_and_options(name: &str) -> (Summary, PdfOptions) {
    let catalogue = Catalogue::built_in();
    let path =
        Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("saves").join(format!("{name}.ron"));
    let summary = report::summarize(&storage::load(&path, catalogue).unwrap(), catalogue);
    let options = PdfOptions {
        paper: Paper::A4,
        file_name: format!("{name}.ron"),
        date: PdfDate { year: 2026, month: 11, day: 27 },
    };
    (summary, options)
}

fn whole(c: &mut Criterion) {
    let started = Instant::now();
    let faces = socialplan_pdf::load_fonts();
    eprintln!(
        "loading {faces} font faces and Typst's library: {:.1} ms",
        started.elapsed().as_secs_f64() * 1e3
    );

    for name in ["boulangerie", "accounting-firm", "menuiserie"] {
        let (summary, options) = summary_and_options(name);
        let pdf = socialplan_pdf::to_pdf(&summary, &options).unwrap();
        eprintln!("{name}: {} bytes", pdf.len());

        // What pressing Print costs after an edit, and what `socialplan pdf` costs once the
        // program has started: Typst's memo cache emptied first, so nothing of an earlier run
        // is reused.
        c.bench_function(&format!("pdf {name}, cold cache"), |b| {
            b.iter_batched(
                || typst::comemo::evict(0),
                |()| socialplan_pdf::to_pdf(black_box(&summary), &options).unwrap(),
                BatchSize::PerIteration,
            )
        });
        // Printing the same plan again: Typst reuses what it memoised.
        c.bench_function(&format!("pdf {name}, same plan again"), |b| {
            b.iter(|| socialplan_pdf::to_pdf(black_box(&summary), &options).unwrap())
        });
    }
}

/// The bakery's summary part by part (`socialplan_pdf::PARTS`), each alone on an empty cache: the
/// typesetting of the template's settings and of an empty page ("no part") is in every figure.
/// Then the export to PDF of the whole summary, apart from its typesetting.
fn parts(c: &mut Criterion) {
    let (summary, options) = summary_and_options("boulangerie");
    let template = Template::built_in();
    let mut group = c.benchmark_group("pdf part, boulangerie");
    for (name, parts) in std::iter::once(("no part", &[][..]))
        .chain(socialplan_pdf::PARTS.iter().map(|p| (*p, std::slice::from_ref(p))))
    {
        group.bench_function(name, |b| {
            b.iter_batched(
                || typst::comemo::evict(0),
                |()| socialplan_pdf::layout_parts(black_box(&summary), &options, &template, parts).unwrap(),
                BatchSize::PerIteration,
            )
        });
    }
    let layout = socialplan_pdf::layout(&summary, &options, &template).unwrap();
    group.bench_function("export to PDF", |b| b.iter(|| layout.to_pdf().unwrap()));
    group.finish();
}

criterion_group! {
    name = pdf;
    config = Criterion::default().sample_size(20).measurement_time(Duration::from_secs(8));
    targets = whole, parts
}
criterion_main!(pdf);
