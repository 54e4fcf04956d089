//! CPU time per frame of the whole window, headless: building the UI and tessellating it,
//! for a typical example plan and for a stress plan (200 products, 40 chosen platforms with
//! custom ones). Figures and the machine they came from: docs/performance.md.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, criterion_group, criterion_main};
use eframe::egui;
use egui_kittest::Harness;
use socialplan::app::{PlannerApp, StartOptions};
use socialplan::model::{Catalogue, Language};

mod common;
use socialplan::storage;

fn window(plan: PathBuf) -> Harness<'static, PlannerApp> {
    let start = StartOptions {
        plan: Some(plan),
        recovery: None,
        language: Some(Language::En),
        print: None,
        ..StartOptions::default()
    };
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_accessibility_check(false)
        .build_eframe(move |cc| PlannerApp::new(cc, start));
    h.run_steps(5);
    h
}

/// One frame: the App builds its UI, then egui tessellates what it drew.
fn frame(h: &mut Harness<'static, PlannerApp>) -> usize {
    h.step();
    let output = h.output();
    let meshes = h.ctx.tessellate(output.shapes.clone(), output.pixels_per_point);
    black_box(meshes.len())
}

fn benches(c: &mut Criterion) {
    let typical = Path::new(env!("CARGO_MANIFEST_DIR")).join("saves/boulangerie.ron");
    let dir = tempfile::tempdir().unwrap();
    let stress = dir.path().join("stress.ron");
    storage::save(&common::big_plan(200, 40), &stress, Catalogue::built_in()).unwrap();

    let mut h = window(typical);
    c.bench_function("frame, typical plan", |b| b.iter(|| frame(&mut h)));

    let mut h = window(stress.clone());
    c.bench_function("frame, 200 products and 40 choices", |b| b.iter(|| frame(&mut h)));

    // While the owner drags a slider the plan changes every frame: everything is recomputed.
    let mut h = window(stress);
    let mut budget = 10.0;
    c.bench_function("frame with an edit, 200 products and 40 choices", |b| {
        b.iter(|| {
            budget = if budget > 30.0 { 10.0 } else { budget + 0.5 };
            h.state_mut().doc.plan.time.weekly_budget_hours = budget;
            frame(&mut h)
        })
    });
}

criterion_group!(window_frames, benches);
criterion_main!(window_frames);
