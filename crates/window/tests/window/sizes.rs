//! Issue 20: the window at every size: the week's hours in view at 1024×700, the left panel
//! after a language switch.

use eframe::egui;
use egui_kittest::kittest::Queryable;
use socialplan_core::analysis;
use socialplan_core::format;
use socialplan_core::model::{Catalogue, Language};
use socialplan_window::{PlannerApp, StartOptions};

use super::{example, painted_texts, window};

fn at(size: egui::Vec2, plan: &str, lang: Language) -> egui_kittest::Harness<'static, PlannerApp> {
    let start = StartOptions {
        plan: Some(example(plan)),
        recovery: None,
        language: Some(lang),
        ..StartOptions::default()
    };
    window(start, size)
}

#[test]
fn the_weeks_hours_are_in_view_beside_the_map_at_1024_by_700() {
    for (plan, lang) in [("boulangerie.ron", Language::Fr), ("accounting-firm.ron", Language::En)] {
        let h = at(egui::vec2(1024.0, 700.0), plan, lang);
        let cost = analysis::cost(&h.state().doc.plan, Catalogue::built_in());
        let total = format::hours(cost.total(), lang);
        let budget = format::hours(cost.budget_minutes, lang);
        let texts = painted_texts(&h);
        assert!(texts.contains(&total), "{plan}: the total {total} is not on screen: {texts:?}");
        assert!(texts.iter().any(|t| t.ends_with(&budget)), "{plan}: the hours {budget} are not on screen");
        // Beside the map, in the window: the arrow that leads to the chart below.
        let arrow = h.get_by_label("↓").rect();
        assert!(
            arrow.max.x <= 1024.0 && arrow.max.y <= 700.0,
            "{plan}: the total is out of sight at {arrow:?}"
        );
    }
}

#[test]
fn the_left_panel_comes_back_to_its_width_after_a_language_switch() {
    let mut h = at(egui::vec2(1280.0, 800.0), "boulangerie.ron", Language::En);
    let edge = |h: &egui_kittest::Harness<'_, PlannerApp>| {
        h.get_all_by_value("Boulangerie du Marché").next().unwrap().rect().max.x
    };
    let before = edge(&h);
    for (menu, language) in [("View", "Français"), ("Affichage", "English")] {
        h.get_by_label(menu).click();
        h.run_steps(2);
        h.get_by_label(language).click();
        h.run_steps(4);
    }
    assert_eq!(h.state().lang(), Language::En);
    assert!((edge(&h) - before).abs() < 1.0, "the panel went from {before} to {} after French", edge(&h));
}

#[test]
fn each_chosen_platforms_hours_and_delete_button_are_in_view_at_1024() {
    let mut h = at(egui::vec2(1024.0, 700.0), "accounting-firm.ron", Language::En);
    h.get_by_label("Platforms").click();
    h.run_steps(3);
    let cost = analysis::cost(&h.state().doc.plan, Catalogue::built_in());
    let name = h.state().doc.plan.business.name.clone();
    let left_panel = h.get_all_by_value(&name).next().unwrap().rect().max.x;
    let deletes: Vec<egui::Rect> =
        h.get_all_by_label("🗑").map(|n| n.rect()).filter(|r| r.min.x > left_panel).collect();
    for choice in &cost.choices {
        let hours = h.get_by_label(&format::hours(choice.total(), Language::En)).rect();
        assert!(hours.max.x <= 1024.0, "{}: its hours are cut at {hours:?}", choice.platform_name);
        // Its delete button on its row, beside the hours, not at the far end of the figures.
        let delete = deletes.iter().find(|r| (r.center().y - hours.center().y).abs() < 8.0);
        assert!(
            delete.is_some_and(|r| r.max.x <= 1024.0),
            "{}: its delete button is out of sight: {delete:?}",
            choice.platform_name
        );
    }
}

/// Each painted text with the rectangle it takes and the one it is clipped to.
fn texts_and_clips(h: &egui_kittest::Harness<'_, PlannerApp>) -> Vec<(String, egui::Rect, egui::Rect)> {
    fn collect(shape: &egui::Shape, clip: egui::Rect, out: &mut Vec<(String, egui::Rect, egui::Rect)>) {
        match shape {
            egui::Shape::Text(t) => out.push((t.galley.job.text.clone(), t.visual_bounding_rect(), clip)),
            egui::Shape::Vec(v) => v.iter().for_each(|s| collect(s, clip, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &h.output().shapes {
        collect(&clipped.shape, clipped.clip_rect, &mut out);
    }
    out
}

/// At 1024×700 the whole map is in view, down to its axis's title: it used to be cut by the
/// bottom of the panel, the map sized for the width alone.
#[test]
fn the_whole_map_is_in_view_at_1024_by_700() {
    for (plan, lang, title) in [
        ("boulangerie.ron", Language::Fr, "Particuliers → Entreprises"),
        ("accounting-firm.ron", Language::En, "Consumers → Businesses"),
    ] {
        let h = at(egui::vec2(1024.0, 700.0), plan, lang);
        let texts = texts_and_clips(&h);
        let (_, rect, clip) = texts
            .iter()
            .find(|(t, _, _)| t.split_whitespace().collect::<Vec<_>>().join(" ") == title)
            .unwrap_or_else(|| {
                panic!(
                    "{plan}: the axis's title is not painted: {:?}",
                    texts.iter().filter(|t| t.0.contains("→")).collect::<Vec<_>>()
                )
            });
        assert!(clip.contains_rect(*rect), "{plan}: the axis's title at {rect:?} is cut by {clip:?}");
    }
}

/// On the Platforms tab, where posts and answers change, the week's hours against the hours
/// the owner has stay in view, above the table.
#[test]
fn the_weeks_hours_are_in_view_on_the_platforms_tab() {
    for (plan, lang, tab) in
        [("boulangerie.ron", Language::Fr, "Plateformes"), ("accounting-firm.ron", Language::En, "Platforms")]
    {
        let mut h = at(egui::vec2(1024.0, 700.0), plan, lang);
        h.get_by_label(tab).click();
        h.run_steps(3);
        let cost = analysis::cost(&h.state().doc.plan, Catalogue::built_in());
        let (total, budget) = (format::hours(cost.total(), lang), format::hours(cost.budget_minutes, lang));
        let texts = texts_and_clips(&h);
        let verdict = texts.iter().find(|(t, _, _)| t.starts_with(&total) && t.contains(&budget));
        let Some((_, rect, clip)) = verdict else { panic!("{plan}: no {total} for {budget} on the tab") };
        assert!(clip.contains_rect(*rect) && rect.max.y < 200.0, "{plan}: the week's hours at {rect:?}");
    }
}

/// At 1280×800 the whole Platforms table is in the window, its last column's settings button
/// included, even with four platforms, a long name and posts taken from another platform.
#[test]
fn the_platforms_table_fits_within_1280() {
    let (_dir, path) = super::copy_of("boulangerie.ron");
    let mut plan = socialplan_core::storage::load(&path, Catalogue::built_in()).unwrap();
    for id in ["google_business", "pinterest"] {
        let platform = Catalogue::built_in().get(id).unwrap();
        let mut choice = plan.new_choice(platform);
        choice.reuse_from = Some("facebook".into());
        plan.current_choices_mut().push(choice);
    }
    socialplan_core::storage::save(&plan, &path, Catalogue::built_in()).unwrap();
    for lang in [Language::En, Language::Fr] {
        let start =
            StartOptions { plan: Some(path.clone()), language: Some(lang), ..StartOptions::default() };
        let mut h = window(start, egui::vec2(1280.0, 800.0));
        h.get_by_label(if lang == Language::En { "Platforms" } else { "Plateformes" }).click();
        h.run_steps(3);
        let gears: Vec<egui::Rect> = h.query_all_by_label_contains("⚙").map(|n| n.rect()).collect();
        assert_eq!(gears.len(), 4, "{lang:?}");
        for gear in gears {
            assert!(gear.max.x <= 1280.0 - 8.0, "{lang:?}: a settings button at {gear:?}");
        }
    }
}
