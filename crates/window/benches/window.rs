//! CPU time per frame of the whole window, headless: building the UI and tessellating it,
//! for a typical example plan and for a stress plan (200 products, 40 chosen platforms with
//! custom ones). Figures and the machine they came from: docs/performance.md.
//!
//! Measured as the CPU time of the thread that draws (`CLOCK_THREAD_CPUTIME_ID`), not the
//! time on the clock: on a machine busy with other work (builds on 2 cores) the clock
//! counts the waits for a core, the thread's CPU time only what a frame costs.

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{Criterion, criterion_group, criterion_main};
use eframe::egui;
use eframe::egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::{Queryable, by};
use socialplan_core::model::{Catalogue, Language};
use socialplan_window::{FitPanel, PlannerApp, StartOptions, Tab};

#[path = "../../core/benches/common/mod.rs"]
mod common;
use common::thread_cpu::ThreadCpu;
use socialplan_core::storage;

fn window(plan: PathBuf) -> Harness<'static, PlannerApp> {
    // As the program does before its first frame.
    socialplan_window::keep_the_heap_top();
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

/// The window alone, as eframe drives it: no accessibility tree (the real window builds one
/// only when a screen reader asks; the harness above always does, and keeps a copy).
struct Alone {
    ctx: egui::Context,
    frame: eframe::Frame,
    app: PlannerApp,
}

impl Alone {
    fn new(plan: PathBuf) -> Alone {
        socialplan_window::keep_the_heap_top();
        let ctx = egui::Context::default();
        let cc = eframe::CreationContext::_new_kittest(ctx.clone());
        let start =
            StartOptions { plan: Some(plan), language: Some(Language::En), ..StartOptions::default() };
        let app = PlannerApp::new(&cc, start);
        let mut alone = Alone { ctx, frame: eframe::Frame::_new_kittest(), app };
        for _ in 0..5 {
            alone.frame();
        }
        alone
    }

    fn frame(&mut self) -> usize {
        let input = egui::RawInput {
            screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1280.0, 800.0))),
            ..egui::RawInput::default()
        };
        let Alone { ctx, frame, app } = self;
        let output = ctx.run_ui(input, |ui| eframe::App::ui(app, ui, frame));
        let meshes = ctx.tessellate(output.shapes, output.pixels_per_point);
        black_box(meshes.len())
    }
}

fn benches(c: &mut Criterion<ThreadCpu>) {
    let typical = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("saves/boulangerie.ron");
    let dir = tempfile::tempdir().unwrap();
    let stress = dir.path().join("stress.ron");
    storage::save(&common::big_plan(200, 40), &stress, Catalogue::built_in()).unwrap();

    let mut h = window(typical.clone());
    c.bench_function("frame, typical plan", |b| b.iter(|| frame(&mut h)));
    let mut alone = Alone::new(typical.clone());
    c.bench_function("frame, typical plan, the window alone", |b| b.iter(|| alone.frame()));
    // The Week tab with the bad-news drill beside the week (issue 17: target 2 ms).
    let mut h = window(typical.clone());
    h.state_mut().tab = Tab::Week;
    c.bench_function("frame, typical plan, Week tab with the drill", |b| b.iter(|| frame(&mut h)));

    // The Ideas tab: four weeks of posts and the starter ideas (issue 18: target 2 ms).
    let mut h = window(typical.clone());
    h.state_mut().tab = Tab::Ideas;
    c.bench_function("frame, typical plan, Ideas tab", |b| b.iter(|| frame(&mut h)));

    let mut h = window(stress.clone());
    c.bench_function("frame, 200 products and 40 choices", |b| b.iter(|| frame(&mut h)));
    let mut h = window(stress.clone());
    h.state_mut().tab = Tab::Ideas;
    c.bench_function("frame, 200 products and 40 choices, Ideas tab", |b| b.iter(|| frame(&mut h)));

    // While the owner drags the hours slider the plan changes every frame: the pointer is held
    // down on the slider and moves along it, one step a frame.
    let mut h = window(stress);
    // Below the 200 products in the left panel, which draws what is out of sight as gaps: the
    // panel is scrolled down until the slider is drawn, then to the slider.
    while h.query_all(by().role(Role::Slider).label("Hours per week")).next().is_none() {
        let in_sight = h.query_all(by().role(Role::Label)).find(|n| {
            let r = n.rect();
            r.center().x < 300.0 && r.min.y > 60.0 && r.max.y < 760.0
        });
        for _ in 0..10 {
            in_sight.as_ref().expect("a widget of the panel in sight").scroll_down();
        }
        h.run_steps(2);
    }
    h.get(by().role(Role::Slider).label("Hours per week")).scroll_to_me();
    h.run_steps(60);
    let slider = h.get(by().role(Role::Slider).label("Hours per week")).rect();
    assert!(slider.min.y > 0.0 && slider.max.y < 800.0, "the slider is out of sight at {slider:?}");
    h.drag_at(slider.center());
    h.step();
    let before = h.state().doc.plan.time.weekly_budget_hours;
    h.hover_at(egui::pos2(slider.left() + slider.width() * 0.2, slider.center().y));
    h.step();
    assert_ne!(h.state().doc.plan.time.weekly_budget_hours, before, "the drag does not move the slider");
    let mut at = 0;
    c.bench_function("frame with an edit, 200 products and 40 choices", |b| {
        b.iter(|| {
            at = (at + 1) % 40;
            let x = slider.left() + slider.width() * (0.3 + 0.01 * at as f32);
            h.hover_at(egui::pos2(x, slider.center().y));
            frame(&mut h)
        })
    });
    h.drop_at(slider.center());

    // The largest plan the format allows, on the map, and its 50 scenarios side by side.
    let largest = dir.path().join("largest.ron");
    storage::save(&common::largest_plan(), &largest, Catalogue::built_in()).unwrap();
    let mut h = window(largest.clone());
    c.bench_function("frame, the largest plan", |b| b.iter(|| frame(&mut h)));
    let mut alone = Alone::new(largest.clone());
    c.bench_function("frame, the largest plan, the window alone", |b| b.iter(|| alone.frame()));
    let mut h = window(largest);
    h.state_mut().tab = Tab::Compare;
    c.bench_function("frame, the largest plan, Compare tab (50 scenarios)", |b| b.iter(|| frame(&mut h)));

    // Four scenarios on the Compare tab, and the fit panel following its slider every frame.
    let four = dir.path().join("four.ron");
    let mut plan = storage::load(&typical, Catalogue::built_in()).unwrap();
    while plan.scenarios.len() < 4 {
        plan.duplicate_scenario();
    }
    storage::save(&plan, &four, Catalogue::built_in()).unwrap();
    let mut h = window(four.clone());
    h.state_mut().tab = Tab::Compare;
    c.bench_function("frame, Compare tab with four scenarios", |b| b.iter(|| frame(&mut h)));
    let mut h = window(four);
    h.state_mut().fit = Some(FitPanel::new(&h.state().doc.plan));
    let mut hours = 2.0;
    c.bench_function("frame, fit panel while its slider moves (2-12 h)", |b| {
        b.iter(|| {
            hours = if hours >= 12.0 { 2.0 } else { hours + 0.5 };
            if let Some(panel) = &mut h.state_mut().fit {
                panel.hours = hours;
            }
            frame(&mut h)
        })
    });
}

criterion_group! {
    name = window_frames;
    config = Criterion::default().with_measurement(ThreadCpu);
    targets = benches
}
criterion_main!(window_frames);
