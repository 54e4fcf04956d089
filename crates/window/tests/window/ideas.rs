//! Issue 18: the Ideas tab — the next four weeks' posts with a product and a kind each, the
//! kind of business, and the owner's own ideas kept in the plan.

use chrono::NaiveDate;
use eframe::egui;
use egui_kittest::kittest::Queryable;
use socialplan_core::analysis;
use socialplan_core::model::{Catalogue, IdeaKind, Language};
use socialplan_core::report;
use socialplan_window::Tab;

use super::{WIDE, example, open, painted_texts, snapshot_window};

fn monday() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
}

#[test]
fn the_ideas_tab_shows_each_post_of_four_weeks_and_keeps_the_starter_ideas() {
    let mut h = open(&example("boulangerie.ron"), Language::Fr);
    h.state_mut().ideas.from = Some(monday());
    h.get_by_label("Idées").click();
    h.run_steps(3);
    assert_eq!(h.state().tab, Tab::Ideas);
    let plan = h.state().doc.plan.clone();
    let slots = analysis::ideas(&plan, Catalogue::built_in(), monday(), 4);
    assert_eq!(slots.len(), 20, "five posts a week");
    let texts = painted_texts(&h);
    // Every row of the four weeks is drawn: its date and its idea.
    for slot in &slots {
        assert!(texts.iter().any(|t| t.ends_with(&slot.date.to_string())), "{} missing", slot.date);
        assert!(texts.contains(&slot.idea), "{} missing", slot.idea);
    }
    assert!(texts.iter().any(|t| t == "Commerce de bouche"), "the kind of business found from the sector");

    // Keeping the starter ideas copies them into the plan, to edit; the list then is the plan's.
    assert!(h.state().doc.plan.content.ideas.is_empty());
    h.get_by_label("Garder les idées de départ").click();
    h.run_steps(3);
    let kept = h.state().doc.plan.content.ideas.clone();
    assert!(kept.len() >= 20, "{}", kept.len());
    assert!(IdeaKind::ALL.iter().all(|k| kept.iter().any(|i| i.kind == *k)));
    // Below the ideas kept: scrolled into view first (the scroll is animated).
    h.get_by_label("Ajouter une idée").scroll_to_me();
    h.run_steps(30);
    h.get_by_label("Ajouter une idée").click();
    h.run_steps(3);
    assert_eq!(h.state().doc.plan.content.ideas.len(), kept.len() + 1);
    assert_eq!(h.state().doc.plan.content.ideas.last().map(|i| i.text.as_str()), Some("Une nouvelle idée"));
    // One more idea is one more edit to undo.
    h.state_mut().ideas.from = Some(monday());
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(3);
    assert_eq!(h.state().doc.plan.content.ideas.len(), kept.len());
}

#[test]
fn the_coming_weeks_draw_the_rows_in_sight_and_the_others_once_scrolled_to_in_the_same_columns() {
    let start = socialplan_window::StartOptions {
        plan: Some(example("accounting-firm.ron")),
        language: Some(Language::En),
        ..socialplan_window::StartOptions::default()
    };
    let mut h = super::window(start, super::SMALL);
    h.state_mut().ideas.from = Some(monday());
    h.get_by_label("Ideas").click();
    h.run_steps(4);
    let slots = analysis::ideas(&h.state().doc.plan, Catalogue::built_in(), monday(), 4);
    let (first, last) = (&slots[0], &slots[slots.len() - 1]);
    let (first_idea, last_idea) =
        (report::idea_words(first, Language::En), report::idea_words(last, Language::En));
    let texts = painted_texts(&h);
    assert!(texts.contains(&first_idea), "the first row is in sight and drawn");
    assert!(!texts.contains(&last_idea), "at 1024×700 the last row is out of sight, and not drawn");
    // Where the product column starts (the tab's side of the window, not the left panel's).
    let product_x = |h: &egui_kittest::Harness<'_, socialplan_window::PlannerApp>, name: &str| {
        h.get_all_by_label(name).map(|n| n.rect().left()).filter(|x| *x > 340.0).fold(f32::INFINITY, f32::min)
    };
    let before = product_x(&h, &first.product);
    for _ in 0..40 {
        if painted_texts(&h).contains(&last_idea) {
            break;
        }
        // Any word of the tab in sight scrolls it.
        let in_sight = h.query_all_by_role(egui::accesskit::Role::Label).find(|n| {
            let r = n.rect();
            r.left() > 340.0 && r.min.y > 120.0 && r.max.y < 660.0
        });
        in_sight.expect("a row in sight").scroll_down();
        h.run_steps(2);
    }
    assert!(painted_texts(&h).contains(&last_idea), "scrolled to, the last row is drawn");
    let after = product_x(&h, &last.product);
    assert!((after - before).abs() < 0.5, "the product column moved from {before} to {after}");
}

#[test]
fn snapshot_ideas_fr_light_1280() {
    snapshot_window("ideas_fr_light_1280", Language::Fr, egui::Theme::Light, WIDE, |h| {
        h.state_mut().ideas.from = Some(monday());
        h.get_by_label("Idées").click();
        h.run_steps(4);
    });
}

#[test]
fn snapshot_ideas_en_dark_1024() {
    snapshot_window("ideas_en_dark_1024", Language::En, egui::Theme::Dark, super::SMALL, |h| {
        h.state_mut().ideas.from = Some(monday());
        h.get_by_label("Ideas").click();
        h.run_steps(4);
    });
}
