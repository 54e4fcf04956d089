//! Issue 18: the Year tab, the year's seasons in the window.

use eframe::egui;
use egui_kittest::kittest::Queryable;
use socialplan_core::model::{Country, Language};

use super::{SMALL, WIDE, copy_of, open, painted_texts, pick, snapshot_window};

type App = egui_kittest::Harness<'static, socialplan_window::PlannerApp>;

/// The Year tab from a fixed day, so that the strip is the same whatever the date.
fn year_tab(h: &mut App) {
    h.state_mut().year_from = chrono::NaiveDate::from_ymd_opt(2026, 12, 7);
    h.get_by_label(pick(h.state().prefs.language(), "Année", "Year")).click();
    h.run_steps(4);
}

#[test]
fn a_trade_moment_becomes_a_season_only_by_a_click_and_a_season_is_edited_and_removed() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut h = open(&path, Language::Fr);
    year_tab(&mut h);
    assert!(h.state().doc.plan.seasons.is_empty(), "no trade moment is a season by default");
    let texts = painted_texts(&h);
    assert!(texts.iter().any(|t| t.contains("Black Friday")), "{texts:?}");
    assert!(texts.iter().any(|t| t.contains("Soldes d'hiver")), "{texts:?}");
    // The first trade moment ahead of 7 December 2026 in France: the Christmas shopping.
    h.get_all_by_label("En faire une saison").next().unwrap().click();
    h.run_steps(4);
    let plan = &h.state().doc.plan;
    assert_eq!(plan.seasons.len(), 1);
    assert_eq!(plan.seasons[0].moment.as_deref(), Some("christmas_shopping_season"));
    assert_eq!(plan.seasons[0].prepare_weeks, 3, "the table's lead weeks");
    assert!(painted_texts(&h).iter().any(|t| t.contains("est désormais une de vos saisons")));
    // Its own season, then removed.
    h.get_by_label("➕ Ajouter une saison").click();
    h.run_steps(4);
    assert_eq!(h.state().doc.plan.seasons.len(), 2);
    assert_eq!(h.state().doc.plan.seasons[1].name, "Nouvelle saison");
    h.get_all_by_label("Retirer cette saison").next().unwrap().click();
    h.run_steps(4);
    let names: Vec<String> = h.state().doc.plan.seasons.iter().map(|s| s.name.clone()).collect();
    assert_eq!(names, vec!["Nouvelle saison".to_owned()]);
}

#[test]
fn the_country_picker_sets_the_plan_s_country_and_its_days() {
    let (_dir, path) = copy_of("accounting-firm.ron");
    let mut h = open(&path, Language::En);
    year_tab(&mut h);
    assert_eq!(h.state().doc.plan.country, Some(Country::Gb));
    assert!(painted_texts(&h).iter().any(|t| t.contains("Boxing Day sales")));
    h.get_by_label("Country").click();
    h.run_steps(4);
    h.get_by_label("United States").click();
    h.run_steps(4);
    assert_eq!(h.state().doc.plan.country, Some(Country::Us));
    let texts = painted_texts(&h);
    assert!(texts.iter().any(|t| t.contains("Small Business Saturday")), "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains("Boxing Day sales")), "{texts:?}");
}

/// The bakery with its Christmas rush made from the trade moment, on the Year tab.
fn with_a_season(h: &mut App) {
    year_tab(h);
    let lang = h.state().prefs.language();
    h.get_all_by_label(pick(lang, "En faire une saison", "Make it a season")).next().unwrap().click();
    h.run_steps(4);
}

#[test]
fn snapshot_year_fr_light_1280() {
    snapshot_window("year_fr_light_1280", Language::Fr, egui::Theme::Light, WIDE, with_a_season);
}

#[test]
fn snapshot_year_en_dark_1024() {
    snapshot_window("year_en_dark_1024", Language::En, egui::Theme::Dark, SMALL, with_a_season);
}
