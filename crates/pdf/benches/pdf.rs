//! Speed of the printed summary: typesetting and exporting each example plan once the fonts
//! are loaded. Figures and the machine they came from: docs/performance.md.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use socialplan_core::model::Catalogue;
use socialplan_core::report;
use socialplan_core::storage;
use socialplan_pdf::{Paper, PdfDate, PdfOptions};

fn benches(c: &mut Criterion) {
    let catalogue = Catalogue::built_in();
    let started = Instant::now();
    let faces = socialplan_pdf::load_fonts();
    eprintln!(
        "loading {faces} font faces and Typst's library: {:.1} ms",
        started.elapsed().as_secs_f64() * 1e3
    );

    for name in ["boulangerie", "accounting-firm", "menuiserie"] {
        let path = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
            .join("saves")
            .join(format!("{name}.ron"));
        let summary = report::summarize(&storage::load(&path, catalogue).unwrap(), catalogue);
        let options = PdfOptions {
            paper: Paper::A4,
            file_name: format!("{name}.ron"),
            date: PdfDate { year: 2026, month: 11, day: 27 },
        };
        let pdf = socialplan_pdf::to_pdf(&summary, &options).unwrap();
        eprintln!("{name}: {} bytes", pdf.len());

        // What pressing Print costs after an edit: Typst's memo cache emptied first, so
        // nothing of an earlier run is reused.
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

criterion_group! {
    name = pdf;
    config = Criterion::default().sample_size(20).measurement_time(Duration::from_secs(8));
    targets = benches
}
criterion_main!(pdf);
