//! The window, driven headless through the real App with egui_kittest: what an owner does,
//! and what they see. Snapshot tests need a software Vulkan renderer (Debian's
//! `mesa-vulkan-drivers`); without one they say so and skip, unless
//! SOCIALPLAN_REQUIRE_RENDERER is set (CI), in which case they fail.

use std::path::{Path, PathBuf};

use eframe::egui::{self, Key, Modifiers, ViewportCommand, ViewportEvent, ViewportId};
use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::{Harness, SnapshotOptions};
use socialplan_core::analysis;
use socialplan_core::model::{Catalogue, Goal, Language, Plan, PromiseKind};
use socialplan_core::storage;
use socialplan_window::{PlannerApp, Recovery, StartOptions, Tab, map_screen_position};

/// Issue 21: a crash copy per plan, a second window, saving through links, calendar records.
#[path = "window/safekeeping.rs"]
mod safekeeping;

/// The French or the English text the window should show: the tests say what they expect in
/// their own words, not through the program's tables.
fn pick<T>(lang: Language, fr: T, en: T) -> T {
    if lang == Language::Fr { fr } else { en }
}

/// Issue 20: what a frame of a drag works out, and what waits for its end.
#[path = "window/drag.rs"]
mod drag;

/// Issue 18: the Ideas tab.
#[path = "window/ideas.rs"]
mod ideas;
/// Issue 19: the monthly check-in.
#[path = "window/month.rs"]
mod month;
/// Issue 18: the Reviews tab (the review routine and the ambassadors).
#[path = "window/voices.rs"]
mod voices;
/// Issue 18: the year's seasons.
#[path = "window/year.rs"]
mod year;

/// Issue 20: the window at every size.
#[path = "window/sizes.rs"]
mod sizes;

fn example(name: &str) -> PathBuf {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../..")).join("saves").join(name)
}

/// A copy of an example in a temporary folder, so the test may save over it.
fn copy_of(name: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::copy(example(name), &path).unwrap();
    (dir, path)
}

fn window(start: StartOptions, size: egui::Vec2) -> Harness<'static, PlannerApp> {
    let mut harness = Harness::builder().with_size(size).build_eframe(move |cc| PlannerApp::new(cc, start));
    harness.run_steps(3);
    harness
}

fn open(path: &Path, lang: Language) -> Harness<'static, PlannerApp> {
    let start = StartOptions {
        plan: Some(path.to_owned()),
        recovery: None,
        language: Some(lang),
        print: None,
        ..StartOptions::default()
    };
    window(start, egui::vec2(1280.0, 800.0))
}

/// The left panel draws its sections out of sight as gaps, with no widgets in them: scrolls it
/// down until a widget named `label` is drawn, then brings that widget into view.
fn show_in_panel(h: &mut Harness<'_, PlannerApp>, label: &str) {
    for _ in 0..400 {
        if h.query_all_by_label(label).next().is_some() {
            break;
        }
        scroll_panel(h, true);
    }
    h.get_all_by_label(label).next().expect("the widget is in the panel").scroll_to_me();
    h.run_steps(3);
}

/// Scrolls the left panel 300 points down or up, from any of its words in sight.
fn scroll_panel(h: &mut Harness<'_, PlannerApp>, down: bool) {
    let bottom = h.ctx.content_rect().max.y - 40.0;
    let in_sight = h.query_all_by_role(egui::accesskit::Role::Label).find(|n| {
        let r = n.rect();
        r.center().x < 300.0 && r.min.y > 60.0 && r.max.y < bottom
    });
    let Some(node) = in_sight else { return };
    for _ in 0..3 {
        if down { node.scroll_down() } else { node.scroll_up() }
    }
    h.run_steps(2);
}

/// Every text painted in the last frame, to check what the map and the chart show.
fn painted_texts(harness: &Harness<'_, PlannerApp>) -> Vec<String> {
    fn collect(shape: &egui::Shape, out: &mut Vec<String>) {
        match shape {
            egui::Shape::Text(t) => out.push(t.galley.job.text.clone()),
            egui::Shape::Vec(v) => v.iter().for_each(|s| collect(s, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &harness.output().shapes {
        collect(&clipped.shape, &mut out);
    }
    out
}

fn commands(harness: &Harness<'_, PlannerApp>) -> Vec<String> {
    harness
        .output()
        .viewport_output
        .get(&ViewportId::ROOT)
        .map(|v| v.commands.iter().map(|c| format!("{c:?}")).collect())
        .unwrap_or_default()
}

fn weekly_total(plan: &Plan) -> f64 {
    analysis::cost(plan, Catalogue::built_in()).total()
}

#[test]
fn editing_a_product_name_shows_on_the_map_and_in_the_summary() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut h = open(&path, Language::En);
    h.get_all_by_value("Pain au levain").next().unwrap().focus();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_all_by_value("Pain au levain").next().unwrap().type_text("Baguette tradition");
    h.key_press(Key::Tab);
    h.run_steps(3);
    assert_eq!(h.state().doc.plan.products[0].name, "Baguette tradition");
    assert!(painted_texts(&h).iter().any(|t| t == "Baguette tradition"), "not on the map");

    h.get_by_label("Summary").click();
    h.run_steps(3);
    assert!(h.query_by_label_contains("• Baguette tradition —").is_some(), "not in the summary");
    assert!(h.state().title().starts_with("*boulangerie.ron"), "{}", h.state().title());
}

#[test]
fn moving_a_products_sliders_changes_the_recommendation_order() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("one.ron");
    let mut plan = Plan::new("Studio", Language::En);
    plan.products.push(socialplan_core::model::Product::new("Portraits", 0.05, 0.9));
    storage::save(&plan, &path, Catalogue::built_in()).unwrap();
    let mut h = open(&path, Language::En);
    let first =
        |h: &Harness<'_, PlannerApp>| painted_texts(h).into_iter().find(|t| t.starts_with("1. ")).unwrap();
    let before = first(&h);
    assert_ne!(before, "1. LinkedIn");

    // The product's two sliders: consumers → businesses, then text → visual.
    h.get_all_by_label("Consumers").next().unwrap().set_value_accesskit(0.95);
    h.run_steps(2);
    h.get_all_by_label("Text").next().unwrap().set_value_accesskit(0.25);
    h.run_steps(3);
    let p = &h.state().doc.plan.products[0];
    assert_eq!((p.b2b, p.visual), (0.95, 0.25));
    assert_ne!(first(&h), before, "the map's first rank follows the product");
    // The plan still says its customers are consumers: LinkedIn leads once they are business
    // buyers too, which the audience's toggles say in one click.
    assert_ne!(first(&h), "1. LinkedIn");
    h.get_by_label("business buyers").click_accesskit();
    h.run_steps(3);
    assert_eq!(
        h.state().doc.plan.audience.customers,
        vec![socialplan_core::model::Customer::Consumers, socialplan_core::model::Customer::BusinessBuyers]
    );
    assert_eq!(first(&h), "1. LinkedIn", "the map's first rank follows who the customers are");
}

#[test]
fn the_left_panel_keeps_its_width_whatever_the_reach_and_the_audience() {
    // The bakery sells locally: "the neighbourhood or the town" beside its label widened the panel.
    for lang in Language::ALL {
        let mut h = open(&example("boulangerie.ron"), lang);
        h.state_mut().doc.plan.audience.ages = socialplan_core::model::AgeBand::ALL.to_vec();
        h.state_mut().doc.plan.audience.customers = socialplan_core::model::Customer::ALL.to_vec();
        h.run_steps(4);
        let edge = h.get_all_by_value("Boulangerie du Marché").next().unwrap().rect().max.x;
        assert!(edge <= 340.0, "{lang:?}: the left panel grew to {edge}");
    }
}

#[test]
fn who_the_customers_are_reorders_the_ranking_and_its_reasons_at_once() {
    use socialplan_core::model::{AgeBand, Customer};
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut h = open(&path, Language::En);
    let ranks = |h: &Harness<'_, PlannerApp>| -> Vec<String> {
        let mut ranked: Vec<String> =
            painted_texts(h).into_iter().filter(|t| t.len() > 3 && t.as_bytes()[1] == b'.').collect();
        ranked.sort();
        ranked
    };
    let before = ranks(&h);
    assert_eq!(h.state().doc.plan.audience.ages, AgeBand::ADULTS.to_vec());
    // Teenagers only: on, then every adult band off.
    show_in_panel(&mut h, "13-17");
    h.get_by_label("13-17").click_accesskit();
    h.run_steps(2);
    for band in ["18-29", "30-49", "50-64", "65 and over"] {
        h.get_by_label(band).click_accesskit();
        h.run_steps(2);
    }
    assert_eq!(h.state().doc.plan.audience.ages, vec![AgeBand::Teens]);
    // The last band stays on: with none, the ranking would count every adult in silence.
    h.get_by_label("13-17").click_accesskit();
    h.run_steps(2);
    assert_eq!(h.state().doc.plan.audience.ages, vec![AgeBand::Teens]);
    let after = ranks(&h);
    assert_ne!(after, before, "the map's top three follow the ages");
    let mut shown = h.state().doc.plan.clone();
    shown.language = Language::En;
    let ranking = analysis::recommend(&shown, Catalogue::built_in());
    for (i, r) in ranking.iter().take(3).enumerate() {
        assert!(
            after.contains(&format!("{}. {}", i + 1, r.platform_name)),
            "{after:?} vs {}",
            r.platform_name
        );
    }
    // The reasons speak of the teenagers, in the hover over the best-ranked platform.
    let best = Catalogue::built_in().get(&ranking[0].platform_id).unwrap();
    h.hover_at(map_screen_position(&h.ctx, best.b2b, best.visual).unwrap());
    h.run_steps(60);
    let reason = ranking[0].reason(Language::En);
    assert!(reason.contains("aged 13-17"), "{reason}");
    assert!(h.query_by_label(&reason).is_some(), "the hover does not say {reason}");
    // One kind of customer stays on too.
    let customers = h.state().doc.plan.audience.customers.clone();
    for c in &customers {
        h.get_by_label(c.label(Language::En)).click_accesskit();
        h.run_steps(2);
    }
    assert_eq!(h.state().doc.plan.audience.customers.len(), 1);
    assert!(customers.contains(&h.state().doc.plan.audience.customers[0]));
    h.get_by_label(Customer::JobSeekers.label(Language::En)).click_accesskit();
    h.run_steps(2);
    assert!(h.state().doc.plan.audience.customers.contains(&Customer::JobSeekers));
}

/// Pinterest chosen as an owner would: the Platforms tab, "Add a platform…", its name.
fn add_pinterest_in_the_platforms_tab(h: &mut Harness<'static, PlannerApp>) {
    h.get_by_label("Platforms").click();
    h.run_steps(2);
    h.get_by_value("➕ Add a platform…").click();
    h.run_steps(2);
    h.get_by_label("Pinterest").click();
    h.run_steps(3);
}

/// A platform the owner adds comes as the fit would propose it: answered in opening hours in a
/// bakery, from the phone every day in a club open two nights a week (where opening hours alone
/// leave a message waiting longer than the drill allows).
#[test]
fn a_platform_added_by_hand_answers_as_the_fit_would() {
    for (club, kind) in [(false, PromiseKind::OpeningHours), (true, PromiseKind::Anytime)] {
        let (_dir, path) = copy_of("boulangerie.ron");
        if club {
            let text = std::fs::read_to_string(&path).unwrap().replace(
                r#"open_days: [Tue, Wed, Thu, Fri, Sat, Sun], opens: "07:00", closes: "17:00""#,
                r#"open_days: [Fri, Sat], opens: "23:00", closes: "05:00""#,
            );
            assert!(text.contains(r#"opens: "23:00""#));
            std::fs::write(&path, text).unwrap();
        }
        let mut h = open(&path, Language::En);
        add_pinterest_in_the_platforms_tab(&mut h);
        let plan = &h.state().doc.plan;
        let added = plan.choice("pinterest").expect("Pinterest added");
        assert_eq!(added.promise.kind, kind, "club {club}: {:?}", added.promise);
        let pinterest = plan.platform(Catalogue::built_in(), "pinterest").unwrap();
        assert_eq!(added.promise, socialplan_core::analysis::new_choice(plan, pinterest).promise);
    }
}

#[test]
fn choosing_a_platform_changes_the_weekly_total_and_undo_redo_follow() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut h = open(&path, Language::En);
    let before = weekly_total(&h.state().doc.plan);
    add_pinterest_in_the_platforms_tab(&mut h);
    assert!(h.state().doc.plan.is_chosen("pinterest"));
    let after = weekly_total(&h.state().doc.plan);
    assert!(after > before);
    h.get_by_label("Map and time").click();
    h.run_steps(2);
    let total_text = |h: &Harness<'_, PlannerApp>| {
        // The chart's sentence about the week (over budget here: "… h a week for … h available: …").
        h.query_all_by(|n| n.value().is_some_and(|v| v.contains(" available: ")))
            .next()
            .and_then(|n| n.accesskit_node().value())
            .unwrap_or_default()
    };
    assert!(
        total_text(&h).contains(&socialplan_core::format::hours(after, Language::En)),
        "{}",
        total_text(&h)
    );

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(3);
    assert!(!h.state().doc.plan.is_chosen("pinterest"), "undo removes it");
    assert!(
        total_text(&h).contains(&socialplan_core::format::hours(before, Language::En)),
        "{}",
        total_text(&h)
    );

    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run_steps(3);
    assert!(h.state().doc.plan.is_chosen("pinterest"), "redo brings it back");

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run_steps(2);
    assert!(h.state().doc.plan.is_chosen("pinterest"), "Ctrl+Y redoes too");
}

#[test]
fn closing_the_window_with_unsaved_changes_asks_first() {
    let (_dir, path) = copy_of("accounting-firm.ron");
    let mut h = open(&path, Language::En);
    h.state_mut().doc.plan.notes.push_str(" More.");
    h.run_steps(2);
    h.input_mut().viewports.entry(ViewportId::ROOT).or_default().events.push(ViewportEvent::Close);
    h.step();
    assert!(commands(&h).iter().any(|c| c.contains("CancelClose")), "{:?}", commands(&h));
    h.run_steps(2);
    assert!(h.state().is_modal_open());
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    assert!(!h.state().is_modal_open());
    assert!(!commands(&h).iter().any(|c| c == &format!("{:?}", ViewportCommand::Close)));

    // Asked again, the owner saves: the file holds the change and the window closes.
    h.input_mut().viewports.entry(ViewportId::ROOT).or_default().events.push(ViewportEvent::Close);
    h.run_steps(2);
    h.get_by_label("Save").click();
    h.step();
    assert!(commands(&h).iter().any(|c| c == "Close"), "{:?}", commands(&h));
    let saved = storage::load(&path, Catalogue::built_in()).unwrap();
    assert!(saved.notes.ends_with(" More."));
}

#[test]
fn a_clean_plan_closes_without_a_question() {
    let mut h = open(&example("menuiserie.ron"), Language::Fr);
    h.input_mut().viewports.entry(ViewportId::ROOT).or_default().events.push(ViewportEvent::Close);
    h.step();
    assert!(!commands(&h).iter().any(|c| c.contains("CancelClose")));
    assert!(!h.state().is_modal_open());
}

#[test]
fn switching_the_language_changes_the_menus() {
    let mut h = open(&example("menuiserie.ron"), Language::En);
    assert!(h.query_by_label("File").is_some());
    assert!(h.query_by_label_contains("Opened:").is_some());
    h.get_by_label("View").click();
    h.run_steps(2);
    h.get_by_label("Français").click();
    h.run_steps(3);
    assert!(h.query_by_label("Fichier").is_some() && h.query_by_label("File").is_none());
    // The passing notice was in English: it goes rather than stay in the other language.
    assert!(h.query_by_label_contains("Opened:").is_none() && h.query_by_label("Prêt").is_some());
    assert!(h.query_by_label("Affichage").is_some());
    h.get_by_label("Fichier").click();
    h.run_steps(2);
    assert!(h.query_by_label_contains("Enregistrer sous…").is_some());
}

/// The owner switches language halfway down the left panel: the hours they were at stay in
/// sight, in the other language's words.
#[test]
fn switching_the_language_keeps_the_left_panel_where_it_was() {
    let mut h = open(&example("boulangerie.ron"), Language::En);
    show_in_panel(&mut h, "Opens at");
    assert!(h.query_by_label("Sector").is_none(), "the top of the panel is out of sight");
    h.get_by_label("View").click();
    h.run_steps(2);
    h.get_by_label("Français").click();
    h.run_steps(4);
    assert!(h.query_by_label("Ouvre à").is_some(), "the hours are still in sight");
    assert!(h.query_by_label("Secteur").is_none(), "not back at the top");
}

#[test]
fn a_scenarios_own_hours_leave_the_left_panel_as_wide_as_it_was() {
    for lang in [Language::Fr, Language::En] {
        let mut h = open(&example("boulangerie.ron"), lang);
        // The left panel's edge, where it is resized.
        let edge = |h: &Harness<'_, PlannerApp>| {
            h.get_all_by_label("Resize panel").map(|n| n.rect().center().x).fold(f32::INFINITY, f32::min)
        };
        let before = edge(&h);
        // As "Keep as a new scenario" of the fit does: the scenario gets its own hours.
        h.state_mut().doc.plan.current_mut().weekly_hours = Some(3.0);
        h.run_steps(4);
        let label = match lang {
            Language::Fr => "Heures par semaine\n(ce scénario)",
            Language::En => "Hours per week\n(this scenario)",
        };
        show_in_panel(&mut h, label);
        assert!(
            h.query_all_by_label(label).next().is_some(),
            "{lang:?}: the scenario's own hours are not shown"
        );
        assert!((edge(&h) - before).abs() < 1.0, "{lang:?}: the panel went from {before} to {}", edge(&h));
    }
}

#[test]
fn platforms_to_add_are_offered_best_ranked_first() {
    let mut h = open(&example("boulangerie.ron"), Language::En);
    h.get_by_label("Platforms").click();
    h.run_steps(2);
    h.get_by_value("➕ Add a platform…").click();
    h.run_steps(2);
    let ranking = socialplan_core::analysis::recommend(&h.state().doc.plan, Catalogue::built_in());
    let offered: Vec<String> = ranking
        .iter()
        .filter(|r| !h.state().doc.plan.is_chosen(&r.platform_id))
        .map(|r| r.platform_name.clone())
        .collect();
    let tops: Vec<f32> = offered.iter().map(|name| h.get_by_label(name).rect().top()).collect();
    assert!(tops.windows(2).all(|w| w[0] < w[1]), "not in rank order: {offered:?} at {tops:?}");
}

#[test]
fn ctrl_s_saves_and_clears_the_unsaved_mark() {
    let (_dir, path) = copy_of("menuiserie.ron");
    let mut h = open(&path, Language::Fr);
    h.state_mut().doc.plan.time.weekly_budget_hours = 9.5;
    h.run_steps(2);
    assert!(h.state().title().starts_with('*'));
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    assert!(!h.state().title().starts_with('*'), "{}", h.state().title());
    assert_eq!(storage::load(&path, Catalogue::built_in()).unwrap().time.weekly_budget_hours, 9.5);
    assert!(storage::backup_path(&path).exists());
}

#[test]
fn a_plan_that_fails_to_load_shows_why_and_keeps_what_was_there() {
    let bad = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .join("tests/fixtures/bad/b2b-out-of-range.ron");
    let mut h = open(&bad, Language::En);
    assert!(h.state().is_modal_open());
    let message = h.get_by_label_contains("products[1].b2b").accesskit_node().value().unwrap_or_default();
    assert!(message.contains("b2b-out-of-range.ron:10:30"), "{message}");
    h.get_by_label("OK").click();
    h.run_steps(2);
    assert!(h.state().doc.is_example, "the example plan stays on screen");
    assert!(!h.state().doc.has_unsaved_changes());
}

#[test]
fn a_plan_that_fails_to_load_is_explained_in_the_windows_language() {
    let bad = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
        .join("tests/fixtures/bad/b2b-out-of-range.ron");
    for (lang, said, not_said) in [
        (
            Language::Fr,
            "ligne 10, colonne 30, champ products[1].b2b\u{202F}: 1,5 est hors de la carte\u{202F}: prenez un \
             nombre entre 0 et 1",
            "outside the map",
        ),
        (
            Language::En,
            "b2b-out-of-range.ron:10:30: products[1].b2b: 1.5 is outside the map: use a number from 0 to 1",
            "hors de la carte",
        ),
    ] {
        let h = open(&bad, lang);
        assert!(h.state().is_modal_open());
        let message = h.get_by_label_contains("products[1].b2b").accesskit_node().value().unwrap_or_default();
        assert!(message.contains(said), "{lang:?}: {message}");
        assert!(!message.contains(not_said), "{lang:?}: {message}");
    }
}

#[test]
fn a_blank_product_name_is_told_in_the_windows_language_and_so_is_the_refused_save() {
    for (lang, problem, refused, not_said) in [
        (
            Language::Fr,
            "⚠ Produit 1\u{202F}: le nom est vide — le plan ne peut pas être enregistré ainsi",
            ("impossible d'enregistrer", "Produit 1\u{202F}: le nom est vide"),
            "the name is empty",
        ),
        (
            Language::En,
            "⚠ Product 1: the name is empty — the plan cannot be saved like this",
            ("could not save", "Product 1: the name is empty"),
            "le nom est vide",
        ),
    ] {
        let (_dir, path) = copy_of("boulangerie.ron");
        let before = std::fs::read(&path).unwrap();
        let mut h = open(&path, lang);
        h.get_all_by_value("Pain au levain").next().unwrap().focus();
        h.key_press_modifiers(Modifiers::COMMAND, Key::A);
        h.key_press(Key::Backspace);
        h.key_press(Key::Tab);
        h.run_steps(3);
        assert_eq!(h.state().doc.plan.products[0].name, "", "{lang:?}");
        assert!(h.query_by_label(problem).is_some(), "{lang:?}: no {problem:?} in {:?}", painted_texts(&h));
        assert!(!painted_texts(&h).iter().any(|t| t.contains(not_said)), "{lang:?}");

        h.key_press_modifiers(Modifiers::COMMAND, Key::S);
        h.run_steps(2);
        let (lead, why) = refused;
        let message = h.get_by_label_contains(lead).accesskit_node().value().unwrap_or_default();
        assert!(message.contains(why) && !message.contains(not_said), "{lang:?}: {message}");
        assert_eq!(std::fs::read(&path).unwrap(), before, "{lang:?}: nothing written");
    }
}

#[test]
fn after_a_crash_the_next_start_offers_the_unsaved_work() {
    let dir = tempfile::tempdir().unwrap();
    let (_plans, path) = copy_of("boulangerie.ron");
    let recovery = Recovery::in_folder(dir.path());
    let mut plan = storage::load(&path, Catalogue::built_in()).unwrap();
    plan.notes = "written just before the crash".into();
    recovery.write(&plan, Some(&path)).unwrap();

    // The plan is opened at start (as the last plan would be): the copy must survive that.
    let start = StartOptions {
        plan: Some(path.clone()),
        recovery: Some(Recovery::in_folder(dir.path())),
        language: Some(Language::En),
        print: None,
        ..StartOptions::default()
    };
    let mut h = window(start, egui::vec2(1280.0, 800.0));
    h.key_press(Key::Escape);
    h.run_steps(2);
    assert!(h.state().is_modal_open(), "Escape does not throw the recovered work away");
    h.get_by_label("Restore").click();
    h.run_steps(2);
    assert_eq!(h.state().doc.plan.notes, "written just before the crash");
    assert!(h.state().doc.has_unsaved_changes(), "restored work is not saved yet");
    assert_eq!(h.state().doc.path.as_deref(), Some(path.as_path()));
}

#[test]
fn nothing_is_cut_off_in_a_small_window() {
    let start = StartOptions {
        plan: Some(example("boulangerie.ron")),
        recovery: None,
        language: Some(Language::Fr),
        print: None,
        ..StartOptions::default()
    };
    let mut h = window(start, egui::vec2(1024.0, 700.0));
    h.run_steps(3);
    // The map's labels stay inside the map, and the business panel keeps its width.
    let rects: Vec<egui::Rect> =
        socialplan_window::map_labels(&h.ctx).unwrap().labels.into_iter().flatten().map(|l| l.0).collect();
    assert!(!rects.is_empty());
    for r in &rects {
        assert!(r.max.x <= 1024.0 && r.min.x >= 0.0, "{r:?}");
    }
    let name = h.get_all_by_value("Boulangerie du Marché").next().unwrap().rect();
    assert!(name.max.x < 1024.0 * 0.5, "the business panel stays narrow: {name:?}");
}

#[test]
fn a_long_business_name_wraps_in_the_summary_tab() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut plan = storage::load(&path, Catalogue::built_in()).unwrap();
    // Nearly as long as a name may be (80 characters).
    plan.business.name =
        "Boulangerie-pâtisserie artisanale du Marché couvert Saint-Martin, Dupont frères".into();
    storage::save(&plan, &path, Catalogue::built_in()).unwrap();
    let start = StartOptions { plan: Some(path), language: Some(Language::Fr), ..StartOptions::default() };
    let mut h = window(start, egui::vec2(1024.0, 700.0));
    h.state_mut().tab = Tab::Summary;
    h.run_steps(3);
    let words = socialplan_core::report::summarize(&plan, Catalogue::built_in()).words;
    let heading = h.get_by_label(&format!("{} — {}", words.title, plan.business.name)).rect();
    let export = h.get_by_label("Exporter le résumé…").rect();
    assert!(heading.max.x <= export.min.x, "the name runs under the export button: {heading:?} {export:?}");
    assert!(heading.height() > 40.0, "the name is on one line: {heading:?}");
    assert!(export.max.x <= 1024.0, "the export button is out of the window: {export:?}");
    if renderer_available() {
        h.snapshot_options("summary_long_name_fr_dark_1024", &SnapshotOptions::new().threshold(2.0));
    }
}

/// The summary's language is named in the window's words ("French" in an English window,
/// "anglais" in a French one), never by its own name in the middle of another language.
#[test]
fn the_summarys_language_is_named_in_the_windows_words() {
    for (plan_file, window_lang, said, not_said) in [
        ("boulangerie.ron", Language::En, "Summary written in French", "Français"),
        ("accounting-firm.ron", Language::Fr, "Résumé rédigé en anglais", "English"),
    ] {
        let mut h = open(&example(plan_file), window_lang);
        h.state_mut().tab = Tab::Summary;
        h.run_steps(3);
        let texts = painted_texts(&h);
        let line = texts.iter().find(|t| t.starts_with(said));
        assert!(line.is_some_and(|l| !l.contains(not_said)), "{window_lang:?}: {texts:?}");
    }
}

#[test]
fn a_long_description_scrolls_and_leaves_the_products_in_sight() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut plan = storage::load(&path, Catalogue::built_in()).unwrap();
    // As long as the rules allow: it used to push the products out of the panel.
    plan.business.description = "Du pain au levain, cuit chaque matin. ".repeat(500);
    plan.business.description.truncate(socialplan_core::model::rules::MAX_TEXT_CHARS);
    plan.audience.description = plan.business.description.clone();
    storage::save(&plan, &path, Catalogue::built_in()).unwrap();
    let start = StartOptions { plan: Some(path), language: Some(Language::Fr), ..StartOptions::default() };
    let mut h = window(start, egui::vec2(1280.0, 800.0));
    h.run_steps(3);
    let product = h.get_all_by_value("Pain au levain").next().unwrap().rect();
    assert!(product.max.y < 800.0 * 0.6, "the first product is pushed down to {product:?}");
    assert_eq!(h.state().doc.plan.business.description, plan.business.description, "shown, not changed");
}

#[test]
fn typing_a_description_past_its_rows_keeps_the_focus() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut plan = storage::load(&path, Catalogue::built_in()).unwrap();
    // Just short of what scrolls (8 rows of about 30 letters): the next word puts the text in a
    // scroll area.
    plan.business.description = "Pain. ".repeat(44);
    storage::save(&plan, &path, Catalogue::built_in()).unwrap();
    let mut h = open(&path, Language::En);
    h.get_by_label("Description").focus();
    h.run_steps(2);
    // Typed where the focus is, as the keyboard does.
    h.key_press_modifiers(Modifiers::COMMAND, Key::End);
    for word in ["Croissants. ", "Brioches. ", "Gâteaux."] {
        h.event(egui::Event::Text(word.into()));
        h.run_steps(2);
    }
    let description = &h.state().doc.plan.business.description;
    assert!(description.ends_with("Croissants. Brioches. Gâteaux."), "{description:?}");
    assert_eq!(focused(&h).map(|f| f.0).as_deref(), Some("Description"), "the focus moved");
}

/// The widget that has the keyboard focus: its label (or value) and its place on screen.
fn focused(h: &Harness<'_, PlannerApp>) -> Option<(String, egui::Rect)> {
    h.query_by(|n| n.is_focused()).map(|n| {
        let node = n.accesskit_node();
        (node.label().or_else(|| node.value()).unwrap_or_default(), n.rect())
    })
}

#[test]
fn tab_follows_the_left_panel_and_scrolls_with_it() {
    // 15 products at 1024×700: most product blocks are out of sight (and not drawn).
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut plan = storage::load(&path, Catalogue::built_in()).unwrap();
    for i in 0..11 {
        plan.products.push(socialplan_core::model::Product::new(
            format!("Produit {i}"),
            0.05 * i as f64,
            0.3,
        ));
    }
    storage::save(&plan, &path, Catalogue::built_in()).unwrap();
    let start = StartOptions { plan: Some(path), language: Some(Language::En), ..StartOptions::default() };
    let mut h = window(start, egui::vec2(1024.0, 700.0));
    h.get_all_by_value(&plan.business.name).next().unwrap().click();
    h.run_steps(2);
    let mut seen = Vec::new();
    for _ in 0..200 {
        let (what, rect) = focused(&h).expect("the focus stays somewhere");
        if what == "Resize panel" {
            break; // past the panel's last field
        }
        assert!(rect.min.y >= 20.0 && rect.max.y <= 700.0, "{what:?} has the focus out of sight: {rect:?}");
        seen.push(what);
        h.key_press(Key::Tab);
        h.run_steps(4);
    }
    let expected: Vec<String> = ["Name", "Sector", "Description", "Summary language"]
        .into_iter()
        .map(str::to_owned)
        .chain(plan.products.iter().map(|p| p.name.clone()))
        .chain(["➕ Add a product", "Who are your customers?"].map(String::from))
        .chain(Goal::ALL.iter().map(|g| g.label(Language::En).to_owned()))
        .chain(["Hours per week", "Opens at", "Closes at"].map(String::from))
        .collect();
    let mut at = 0;
    for step in &seen {
        if at < expected.len() && *step == expected[at] {
            at += 1;
        }
    }
    assert_eq!(at, expected.len(), "Tab skipped {:?}; it went through {seen:?}", expected.get(at));
}

/// A bar closes after midnight: the owner types 01:00, the window keeps it and says it is the
/// next day, and the plan saves; a closing before opening that no late business has is a slip,
/// not kept.
#[test]
fn a_closing_time_after_midnight_is_kept_and_said_to_be_the_next_day() {
    use socialplan_core::model::Clock;
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut h = open(&path, Language::En);
    show_in_panel(&mut h, "Closes at");
    let type_in = |h: &mut Harness<'_, PlannerApp>, field: &str, text: &str| {
        h.get_all_by_label(field).next().unwrap().click();
        h.run_steps(2);
        h.key_press_modifiers(Modifiers::COMMAND, Key::A);
        h.get_all_by_label(field).next().unwrap().type_text(text);
        h.key_press(Key::Enter);
        h.run_steps(3);
    };
    let type_closing = |h: &mut Harness<'_, PlannerApp>, text: &str| type_in(h, "Closes at", text);
    assert!(h.query_by_label("the next day").is_none());
    // The opening first, as an owner would: the bakery's 07:00 to 17:00 opens at 18:00, the day
    // keeps its ten hours, closing moved to 04:00 the next day.
    type_in(&mut h, "Opens at", "18:00");
    let time = &h.state().doc.plan.time;
    assert_eq!((time.opens, time.closes), (Clock::hm(18, 0), Clock::hm(4, 0)));
    assert!(h.query_by_label("the next day").is_some());
    type_closing(&mut h, "23:00");
    assert_eq!(h.state().doc.plan.time.closes, Clock::hm(23, 0));
    assert!(h.query_by_label("the next day").is_none());
    // Dragged to the right, closing runs on past midnight (it used to stop at 24:00).
    let at = h.get_all_by_label("Closes at").last().unwrap().rect().center();
    drag_between(&mut h, at, at + egui::vec2(12.0, 0.0));
    let time = &h.state().doc.plan.time;
    assert!(time.closes_after_midnight() && time.closes > Clock::MIDNIGHT, "{:?}", time.closes);
    type_closing(&mut h, "01:00");
    assert_eq!(h.state().doc.plan.time.closes, Clock::hm(1, 0));
    let said = h.get_by_label("the next day").rect();
    let field = h.get_all_by_label("Closes at").last().unwrap().rect();
    assert!(said.min.x > field.max.x && said.max.x < 335.0, "beside the field, in the panel: {said:?}");
    assert!((h.state().doc.plan.time.open_hours_per_day() - 7.0).abs() < 1e-9);
    // A slip: 08:00, before opening and long after any night closes.
    type_closing(&mut h, "08:00");
    assert_eq!(h.state().doc.plan.time.closes, Clock::hm(1, 0), "not kept");
    assert!(
        h.query_by_label_contains(
            "closes at 08:00 and opens at 18:00: closing comes later the same day, or after midnight by 06:00"
        )
        .is_some(),
        "the status bar says why"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(3);
    let saved =
        socialplan_core::storage::load(&path, Catalogue::built_in()).expect("the plan saves and reads back");
    assert_eq!((saved.time.opens, saved.time.closes), (Clock::hm(18, 0), Clock::hm(1, 0)));
}

#[test]
fn a_section_of_the_left_panel_out_of_sight_is_a_gap_and_shows_the_plan_as_it_is_once_in_sight() {
    use egui::accesskit::Role;
    use egui_kittest::kittest::by;
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut h = open(&path, Language::En);
    // At 1280×800 the time section is below the products: not drawn, so not in the tree.
    assert!(h.query_all_by_label("Opens at").next().is_none(), "the time section is drawn out of sight");
    // The plan changes while the section is out of sight (as the fit's "keep" would).
    h.state_mut().doc.plan.time.weekly_budget_hours = 7.5;
    h.run_steps(2);
    show_in_panel(&mut h, "Hours per week");
    let hours = h.get(by().role(Role::Slider).label("Hours per week")).accesskit_node().numeric_value();
    assert_eq!(hours, Some(7.5), "the slider shows the plan's hours of now");
    assert!(h.query_all_by_label("Opens at").next().is_some());
    // The business, now out of sight at the top, is a gap; back in sight it shows the new name.
    assert!(h.query_all_by_label("Sector").next().is_none(), "the business is drawn out of sight");
    h.state_mut().doc.plan.business.name = "Le Fournil".into();
    for _ in 0..40 {
        if h.query_all_by_label("Sector").next().is_some() {
            break;
        }
        scroll_panel(&mut h, false);
    }
    assert!(h.query_all_by_value("Le Fournil").next().is_some(), "the name shown is the plan's of now");
    assert!(h.query_all_by_value("Boulangerie du Marché").next().is_none());
}

/// At 1024×700, with two scenarios of four platforms each, every cell of the Compare tab wraps
/// within the window, even when the window was wider a moment before: none runs past its edge.
#[test]
fn the_compare_tables_cells_stay_within_a_small_window() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut plan = storage::load(&path, Catalogue::built_in()).unwrap();
    // Two scenarios, as after a first fit: the columns are at their widest.
    let current = plan.current().unwrap().name.clone();
    plan.scenarios.retain(|s| s.name == current);
    for id in ["google_business", "pinterest"] {
        let choice = plan.new_choice(Catalogue::built_in().get(id).unwrap());
        plan.current_choices_mut().push(choice);
    }
    let mut wide = plan.current().unwrap().clone();
    wide.name = "Every platform we could".into();
    wide.id = plan.free_scenario_id();
    plan.scenarios.push(wide);
    storage::save(&plan, &path, Catalogue::built_in()).unwrap();
    let start = StartOptions { plan: Some(path), language: Some(Language::En), ..StartOptions::default() };
    // Opened wide, then the window made smaller: the columns must not keep their old width.
    let mut h = window(start, WIDE);
    h.get_by_label("Compare").click();
    h.run_steps(4);
    h.set_size(SMALL);
    h.run_steps(4);
    let cell = "Instagram, Facebook, Google Business Profile, Pinterest";
    let texts = painted_texts(&h);
    assert!(texts.iter().any(|t| t == cell), "the wide scenario's platforms are compared: {texts:?}");
    for node in h.query_all_by_role(egui::accesskit::Role::Label) {
        let r = node.rect();
        assert!(r.max.x <= SMALL.x + 0.5, "{:?} runs to {} past the window", node.value(), r.max.x);
    }
}

// ---- snapshots ----------------------------------------------------------------------------

fn renderer_available() -> bool {
    let icd_dirs = ["/usr/share/vulkan/icd.d", "/etc/vulkan/icd.d"];
    let found = icd_dirs.iter().any(|d| std::fs::read_dir(d).is_ok_and(|mut e| e.next().is_some()));
    if !found {
        if std::env::var_os("SOCIALPLAN_REQUIRE_RENDERER").is_some() {
            panic!(
                "no Vulkan driver found and SOCIALPLAN_REQUIRE_RENDERER is set: install mesa-vulkan-drivers"
            );
        }
        eprintln!("skipped: no Vulkan driver (install Debian's mesa-vulkan-drivers to render snapshots)");
    }
    found
}

/// The window as an owner sees it, in one language, theme and size, after `act`.
fn snapshot_window(
    name: &str,
    lang: Language,
    theme: egui::Theme,
    size: egui::Vec2,
    act: impl FnOnce(&mut Harness<'static, PlannerApp>),
) {
    if !renderer_available() {
        return;
    }
    let start = StartOptions {
        plan: Some(example(pick(lang, "boulangerie.ron", "accounting-firm.ron"))),
        language: Some(lang),
        ..StartOptions::default()
    };
    let mut h = Harness::builder()
        .with_size(size)
        .with_theme(theme)
        .build_eframe(move |cc| PlannerApp::new(cc, start));
    h.ctx.set_theme(theme);
    h.run_steps(4);
    act(&mut h);
    h.snapshot_options(name, &SnapshotOptions::new().threshold(2.0));
}

/// The window on one tab.
fn snapshot_tab(name: &str, lang: Language, theme: egui::Theme, size: egui::Vec2, tab: Option<(&str, &str)>) {
    snapshot_window(name, lang, theme, size, |h| match tab {
        Some((fr, en)) => {
            h.get_by_label(pick(lang, fr, en)).click();
            h.run_steps(4);
        }
        None => assert_eq!(h.state().tab, Tab::MapAndTime),
    });
}

const WIDE: egui::Vec2 = egui::vec2(1280.0, 800.0);
const SMALL: egui::Vec2 = egui::vec2(1024.0, 700.0);
const PLATFORMS: Option<(&str, &str)> = Some(("Plateformes", "Platforms"));
const SUMMARY: Option<(&str, &str)> = Some(("Résumé", "Summary"));
const WEEK: Option<(&str, &str)> = Some(("Semaine", "Week"));
const COMPARE: Option<(&str, &str)> = Some(("Comparer", "Compare"));

/// One test per snapshot, named `snapshot_<file name>`.
macro_rules! snapshots {
    ($($test:ident: $lang:ident, $theme:ident, $size:ident, $tab:expr;)*) => {$(
        #[test]
        fn $test() {
            let name = stringify!($test).trim_start_matches("snapshot_");
            snapshot_tab(name, Language::$lang, egui::Theme::$theme, $size, $tab);
        }
    )*};
}

snapshots! {
    snapshot_map_and_time_fr_light_1280: Fr, Light, WIDE, None;
    snapshot_map_and_time_fr_dark_1280: Fr, Dark, WIDE, None;
    snapshot_map_and_time_en_light_1024: En, Light, SMALL, None;
    snapshot_map_and_time_en_dark_1024: En, Dark, SMALL, None;
    snapshot_platforms_en_light_1024: En, Light, SMALL, PLATFORMS;
    snapshot_platforms_fr_dark_1280: Fr, Dark, WIDE, PLATFORMS;
    snapshot_summary_fr_light_1024: Fr, Light, SMALL, SUMMARY;
    snapshot_summary_en_dark_1280: En, Dark, WIDE, SUMMARY;
    snapshot_week_fr_light_1280: Fr, Light, WIDE, WEEK;
    snapshot_week_en_dark_1024: En, Dark, SMALL, WEEK;
    snapshot_compare_fr_light_1280: Fr, Light, WIDE, COMPARE;
    snapshot_compare_en_dark_1024: En, Dark, SMALL, COMPARE;
}

// ---- the map's own interactions ------------------------------------------------------------

#[test]
fn clicking_a_platform_on_the_map_adds_it_and_clicking_again_removes_it() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut h = open(&path, Language::En);
    let pinterest = Catalogue::built_in().get("pinterest").unwrap();
    let at = map_screen_position(&h.ctx, pinterest.b2b, pinterest.visual).unwrap();
    assert!(!h.state().doc.plan.is_chosen("pinterest"));
    h.hover_at(at);
    // Tooltips wait half a second before they show.
    h.run_steps(60);
    assert!(h.query_by_label_contains("visual search engine").is_some(), "the hover shows the description");
    assert!(h.query_by_label_contains("Click to add it to the plan").is_some());
    h.drag_at(at);
    h.drop_at(at);
    h.run_steps(2);
    assert!(h.state().doc.plan.is_chosen("pinterest"), "a click adds it");
    h.drag_at(at);
    h.drop_at(at);
    h.run_steps(2);
    assert!(!h.state().doc.plan.is_chosen("pinterest"), "a second click removes it");
}

/// Presses on the map at `from` (a place in map units), moves in small steps, lets go at `to`.
fn drag_on_map(h: &mut Harness<'static, PlannerApp>, from: (f64, f64), to: (f64, f64)) {
    let from = map_screen_position(&h.ctx, from.0, from.1).unwrap();
    let to = map_screen_position(&h.ctx, to.0, to.1).unwrap();
    drag_between(h, from, to);
}

#[test]
fn dragging_a_product_moves_it_and_counts_as_one_undo_step() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut h = open(&path, Language::En);
    let before = h.state().doc.plan.products[3].clone();
    drag_on_map(&mut h, (before.b2b, before.visual), (0.9, 0.2));
    let moved = &h.state().doc.plan.products[3];
    assert!((moved.b2b - 0.9).abs() < 0.03 && (moved.visual - 0.2).abs() < 0.03, "{moved:?}");
    // The sliders follow: the product's consumers↔businesses slider shows the new place.
    let slider = h.get_all_by_label("Consumers").nth(3).unwrap().accesskit_node().numeric_value();
    assert!(slider.is_some_and(|v| (v - moved.b2b).abs() < 1e-9), "{slider:?}");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(h.state().doc.plan.products[3], before, "one undo puts the whole drag back");
}

#[test]
fn an_idle_window_does_not_redraw() {
    let mut h = open(&example("menuiserie.ron"), Language::Fr);
    h.run_steps(3);
    let delay = h.output().viewport_output.get(&ViewportId::ROOT).map(|v| v.repaint_delay);
    assert_eq!(delay, Some(std::time::Duration::MAX), "nothing changes, so nothing is redrawn");
}

#[test]
fn new_with_unsaved_changes_asks_and_discard_starts_a_fresh_plan() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut h = open(&path, Language::En);
    h.state_mut().doc.plan.notes = "changed".into();
    h.run_steps(2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run_steps(2);
    assert!(h.state().is_modal_open());
    assert_eq!(h.state().doc.plan.notes, "changed", "nothing happens before the answer");
    h.get_by_label("Discard").click();
    h.run_steps(2);
    assert!(h.state().doc.plan.products.is_empty() && h.state().doc.path.is_none());
    assert_eq!(
        storage::load(&path, Catalogue::built_in()).unwrap().notes,
        "Photographier les gâteaux de fête le vendredi, à la lumière du matin. Fermé le lundi."
    );
}

#[test]
fn open_recent_asks_about_unsaved_changes_then_opens_the_chosen_plan() {
    let (dir, path) = copy_of("boulangerie.ron");
    let other = dir.path().join("other.ron");
    std::fs::copy(example("menuiserie.ron"), &other).unwrap();
    let mut h = open(&path, Language::En);
    h.state_mut().prefs.recent = vec![path.clone(), other.clone()];
    h.state_mut().doc.plan.notes = "changed".into();
    h.run_steps(2);
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Open recent").hover();
    h.run_steps(2);
    h.get_by_label("other.ron").click();
    h.run_steps(2);
    assert!(h.state().is_modal_open(), "a recent plan waits for the answer like Open does");
    assert_eq!(h.state().doc.plan.notes, "changed");
    h.get_by_label("Discard").click();
    h.run_steps(2);
    assert_eq!(h.state().doc.path.as_deref(), Some(other.as_path()));
    assert_eq!(h.state().doc.plan, storage::load(&other, Catalogue::built_in()).unwrap());
}

// ---- keeping work safe ----------------------------------------------------------------------

#[test]
fn the_very_first_run_opens_an_example_and_says_so() {
    let start = StartOptions {
        plan: None,
        recovery: None,
        language: Some(Language::En),
        print: None,
        ..StartOptions::default()
    };
    let h = window(start, egui::vec2(1280.0, 800.0));
    assert!(h.state().doc.is_example && h.state().doc.path.is_none());
    assert!(h.query_by_label_contains("This is an example plan").is_some());
    assert_eq!(h.state().doc.plan.business.name, "Northgate Accounting", "the English example");
}

/// A window on `plan` that keeps its recovery copy in `folder`, one second per frame.
fn with_autosave(plan: &Path, folder: &Path) -> Harness<'static, PlannerApp> {
    let start = StartOptions {
        plan: Some(plan.to_owned()),
        recovery: Some(Recovery::in_folder(folder)),
        language: Some(Language::En),
        ..StartOptions::default()
    };
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .with_step_dt(1.0)
        .build_eframe(move |cc| PlannerApp::new(cc, start));
    h.run_steps(2);
    h
}

#[test]
fn unsaved_work_is_autosaved_every_30_seconds_and_a_save_removes_the_copy() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let recovery_dir = tempfile::tempdir().unwrap();
    let mut h = with_autosave(&path, recovery_dir.path());
    let copy = Recovery::in_folder(recovery_dir.path()).copy_file(Some(&path));
    h.state_mut().doc.plan.notes = "not saved yet".into();
    h.run_steps(10);
    assert!(!copy.exists(), "not before 30 s");
    h.run_steps(25);
    let saved = storage::load(&copy, Catalogue::built_in()).expect("the recovery copy loads");
    assert_eq!(saved.notes, "not saved yet");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    assert!(!copy.exists(), "a clean save removes the copy");

    // Edited again, copied again, then undone back to the saved plan: the copy goes too.
    h.state_mut().doc.plan.notes = "again".into();
    h.run_steps(35);
    assert!(copy.exists());
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert!(!h.state().doc.has_unsaved_changes());
    assert!(!copy.exists(), "nothing unsaved, nothing to offer after a crash");
}

#[test]
fn a_failed_save_says_why_and_keeps_the_unsaved_mark() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("gone");
    std::fs::create_dir(&folder).unwrap();
    let path = folder.join("plan.ron");
    std::fs::copy(example("menuiserie.ron"), &path).unwrap();
    let mut h = open(&path, Language::En);
    std::fs::remove_dir_all(&folder).unwrap();
    h.state_mut().doc.plan.notes = "edited".into();
    h.run_steps(2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    assert!(h.query_by_label("The plan was not saved").is_some());
    assert!(h.query_by_label_contains("does not exist").is_some());
    assert!(h.state().doc.has_unsaved_changes());
    assert!(h.state().title().starts_with('*'));
}

/// eframe's storage, kept in memory.
#[derive(Default)]
struct MemoryStorage(std::collections::HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn preferences_are_kept_but_never_the_plan() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut h = open(&path, Language::En);
    h.get_by_label("View").click();
    h.run_steps(2);
    h.get_by_label("Dark").click();
    h.run_steps(2);
    let mut storage = MemoryStorage::default();
    eframe::App::save(h.state_mut(), &mut storage);
    let prefs: socialplan_window::Preferences = eframe::get_value(&storage, eframe::APP_KEY).unwrap();
    assert_eq!(prefs.theme, egui::ThemePreference::Dark);
    assert_eq!(prefs.language, Some(Language::En));
    assert_eq!(prefs.recent.first().map(|p| p.file_name()), Some(path.file_name()));
    let stored: String = storage.0.values().cloned().collect();
    assert!(!stored.contains("Pain au levain"), "the plan is not stored with the preferences");
}

// ---- printing and exporting ------------------------------------------------------------------

fn wait_for_pdf(h: &mut Harness<'static, PlannerApp>) {
    for _ in 0..600 {
        h.step();
        if !h.state().is_making_pdf() {
            h.run_steps(2);
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("the PDF was not made within 30 s");
}

#[test]
fn export_asks_format_and_paper_then_writes_the_pdf_without_freezing() {
    let (dir, path) = copy_of("boulangerie.ron");
    let mut h = open(&path, Language::Fr);
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run_steps(2);
    assert!(h.query_by_label("PDF, à imprimer").is_some() && h.query_by_label("US Letter").is_some());
    h.get_by_label("Annuler").click();
    h.run_steps(2);
    assert!(!h.state().is_modal_open());

    // Behind the native file dialog: the path it would give.
    let out = dir.path().join("résumé.pdf");
    let ctx = h.ctx.clone();
    h.state_mut().export_summary(&ctx, &out);
    assert!(h.state().is_making_pdf(), "the PDF is made on its own thread");
    wait_for_pdf(&mut h);
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"%PDF"));
    assert!(h.query_by_label_contains("Résumé exporté : résumé.pdf").is_some());

    let md = dir.path().join("résumé.md");
    h.state_mut().export_summary(&ctx, &md);
    h.run_steps(2);
    assert!(std::fs::read_to_string(&md).unwrap().contains("# Plan réseaux sociaux — Boulangerie du Marché"));
}

#[cfg(unix)]
#[test]
fn print_hands_the_pdf_to_lp_and_says_so() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, path) = copy_of("menuiserie.ron");
    let bin = dir.path().join("bin");
    std::fs::create_dir(&bin).unwrap();
    let log = dir.path().join("lp.log");
    let lp = bin.join("lp");
    std::fs::write(
        &lp,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$@\" > '{}'\ncp \"$2\" '{}'\necho 'request id is Atelier-7 (1 file(s))'\n",
            log.display(),
            dir.path().join("as-printed.pdf").display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&lp, std::fs::Permissions::from_mode(0o755)).unwrap();
    let setup = socialplan_pdf::printing::PrintSetup {
        search_path: Some(bin.clone().into_os_string()),
        viewer: socialplan_pdf::printing::Viewer::Program(PathBuf::from("/bin/false")),
    };
    let start = StartOptions {
        plan: Some(path),
        recovery: None,
        language: Some(Language::En),
        print: Some(setup),
        ..StartOptions::default()
    };
    let mut h = window(start, egui::vec2(1280.0, 800.0));
    h.key_press_modifiers(Modifiers::COMMAND, Key::P);
    h.run_steps(1);
    assert!(h.state().is_making_pdf());
    wait_for_pdf(&mut h);
    let args = std::fs::read_to_string(&log).unwrap();
    let printed = args.lines().last().unwrap();
    assert!(printed.ends_with(".pdf"), "{args}");
    assert!(std::fs::read(dir.path().join("as-printed.pdf")).unwrap().starts_with(b"%PDF"), "{args}");
    assert!(h.query_by_label_contains("sent to the printer").is_some());
}

#[test]
fn the_owners_own_platform_can_be_dragged_on_the_map() {
    let (_dir, path) = copy_of("accounting-firm.ron");
    let mut h = open(&path, Language::En);
    let own = h.state().doc.plan.custom_platforms[0].clone();
    drag_on_map(&mut h, (own.b2b, own.visual), (0.3, 0.7));
    let moved = &h.state().doc.plan.custom_platforms[0];
    assert!((moved.b2b - 0.3).abs() < 0.03 && (moved.visual - 0.7).abs() < 0.03, "{moved:?}");
}

// ---- the owner's values are sacred -----------------------------------------------------------

/// A plan with every number of the window set to `pick(min, max, off_step)`.
fn plan_at(edge: usize) -> Plan {
    use socialplan_core::model::{Cadence, Choice, Platform, Product, rules};
    let pick = |values: [f64; 3]| values[edge];
    let catalogue = Catalogue::built_in();
    let mut plan = Plan::new("Edges", Language::En);
    plan.time.weekly_budget_hours = pick([0.0, 168.0, 45.3]);
    plan.time.opens = socialplan_core::model::Clock::MIDNIGHT;
    plan.time.closes = socialplan_core::model::Clock::at(pick([1.0, 1440.0, 18.0]));
    plan.time.open_days = socialplan_core::model::Weekday::first([1, 7, 5][edge]);
    plan.time.daily_limit_hours = Some(pick([0.01, 24.0, 3.33]));
    plan.products.push(Product { weight: pick([0.001, 1000.0, 12.5]), ..Product::new("A", 0.0, 1.0) });
    plan.products.push(Product { weight: pick([0.05, 999.99, 12.34]), ..Product::new("B", 1.0, 0.0) });
    plan.products.push(Product::new("C", pick([0.0, 1.0, 0.123_456_7]), pick([1.0, 0.0, 0.987_654_3])));
    plan.custom_platforms.push(Platform::custom("own-forum", "Forum", 0.33, 0.77));
    // Answering the owner's own platform costs nothing a reply or a look, so that its figures
    // can reach their maxima while the platform stays within a week.
    plan.custom_platforms[0].figures.minutes_per_reply = 0.0;
    plan.custom_platforms[0].figures.minutes_per_check = 0.0;
    for platform in [catalogue.get("instagram").unwrap(), &plan.custom_platforms[0].clone()] {
        let mut choice = Choice::with_defaults(platform);
        // No platform may take more than a week (issue 9): the largest figures are tried one
        // against the smallest others.
        choice.cadence = [Cadence::weekly(0), Cadence::weekly(140), Cadence::every(3)][edge];
        choice.promise.hours = pick([rules::MIN_RESPONSE_HOURS, 672.0, 1.3]);
        choice.minutes_per_post = Some(pick([0.0, 1.0, 12.345]));
        choice.replies_per_week = Some(pick([0.0, 0.0, 3.33]));
        choice.planning_minutes_per_week = Some(pick([0.0, 0.0, 33.33]));
        plan.current_choices_mut().push(choice);
    }
    if edge == 1 {
        let own = &mut plan.current_choices_mut()[1];
        (own.cadence, own.minutes_per_post) = (Cadence::weekly(0), Some(rules::MAX_MINUTES));
        own.replies_per_week = Some(rules::MAX_REPLIES_PER_WEEK);
        own.planning_minutes_per_week = Some(rules::MAX_MINUTES);
    }
    plan
}

#[test]
fn opening_a_plan_at_the_edges_of_every_range_changes_nothing() {
    for edge in 0..3 {
        for size in [egui::vec2(1280.0, 800.0), egui::vec2(1024.0, 700.0)] {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("edges.ron");
            let plan = plan_at(edge);
            storage::save(&plan, &path, Catalogue::built_in()).unwrap();
            let before = std::fs::read(&path).unwrap();
            let start = StartOptions {
                plan: Some(path.clone()),
                recovery: None,
                language: Some(Language::En),
                print: None,
                ..StartOptions::default()
            };
            let mut h = window(start, size);
            for tab in ["Platforms", "Summary", "Map and time"] {
                h.get_by_label(tab).click();
                h.run_steps(4);
                assert_eq!(h.state().doc.plan, plan, "edge {edge}, {size:?}, {tab} tab");
                assert!(!h.state().doc.has_unsaved_changes(), "edge {edge}, {tab} tab");
                assert!(!h.state().title().starts_with('*'), "{}", h.state().title());
            }
            h.key_press_modifiers(Modifiers::COMMAND, Key::S);
            h.run_steps(2);
            assert_eq!(std::fs::read(&path).unwrap(), before, "edge {edge}: the saved bytes changed");
        }
    }
}

// ---- nothing is lost ---------------------------------------------------------------------------

use socialplan_window::{DialogAnswer, Purpose, StandInDialogs};

/// A window on a copy of `name` whose file dialogs the test answers.
fn with_dialogs(
    name: &str,
    lang: Language,
) -> (tempfile::TempDir, PathBuf, StandInDialogs, Harness<'static, PlannerApp>) {
    let (dir, path) = copy_of(name);
    let dialogs = StandInDialogs::default();
    let start = StartOptions {
        plan: Some(path.clone()),
        language: Some(lang),
        file_dialogs: Some(dialogs.clone()),
        ..StartOptions::default()
    };
    let h = window(start, egui::vec2(1280.0, 800.0));
    (dir, path, dialogs, h)
}

#[test]
fn a_failed_save_as_drops_the_action_that_waited_for_it() {
    let (dir, _path, dialogs, mut h) = with_dialogs("boulangerie.ron", Language::En);
    // A plan never saved: Save asks where.
    h.state_mut().doc.path = None;
    h.state_mut().doc.plan.notes = "keep me".into();
    h.run_steps(2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::N);
    h.run_steps(2);
    h.get_by_label("Save").click();
    h.run_steps(2);
    assert_eq!(dialogs.showing().map(|d| d.0), Some(Purpose::SaveAs));
    assert!(dialogs.answer(DialogAnswer::Picked(dir.path().join("no such folder/plan.ron"))));
    h.run_steps(2);
    assert!(h.query_by_label("The plan was not saved").is_some());
    h.key_press(Key::Enter);
    h.run_steps(2);
    assert!(!h.state().is_modal_open(), "Enter closes the error");

    // Later, a plain Save as succeeds: it must not start the new plan asked for before.
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run_steps(2);
    let good = dir.path().join("kept.ron");
    assert!(dialogs.answer(DialogAnswer::Picked(good.clone())));
    h.run_steps(3);
    assert_eq!(h.state().doc.plan.notes, "keep me", "the plan on screen was replaced");
    assert_eq!(h.state().doc.path.as_deref(), Some(good.as_path()));
    assert!(!h.state().doc.has_unsaved_changes());
}

#[test]
fn while_a_file_dialog_is_open_nothing_changes_the_plan() {
    let (dir, path, dialogs, mut h) = with_dialogs("boulangerie.ron", Language::En);
    let other = dir.path().join("other.ron");
    std::fs::copy(example("menuiserie.ron"), &other).unwrap();
    h.state_mut().prefs.recent = vec![other.clone(), path.clone()];
    h.state_mut().doc.plan.notes = "as it was".into();
    h.run_steps(2);
    let before = h.state().doc.plan.clone();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run_steps(2);
    assert!(dialogs.showing().is_some());

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(h.state().doc.plan, before, "Ctrl+Z acted behind the dialog");
    let name_field = h.get_all_by_value("Boulangerie du Marché").next().unwrap();
    assert!(name_field.accesskit_node().is_disabled(), "the left panel is locked");
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Open recent").hover();
    h.run_steps(2);
    let recent = h.get_by_label("other.ron");
    assert!(recent.accesskit_node().is_disabled(), "Open recent is locked");
    recent.click();
    h.run_steps(2);
    h.key_press(Key::Escape);
    h.run_steps(2);

    let chosen = dir.path().join("chosen.ron");
    assert!(dialogs.answer(DialogAnswer::Picked(chosen.clone())));
    h.run_steps(3);
    let saved = storage::load(&chosen, Catalogue::built_in()).unwrap();
    assert_eq!(saved, before, "Save as wrote the plan that was on screen when it was asked");
}

#[test]
fn a_dialog_that_dies_asks_for_a_path_titled_by_its_action() {
    let (dir, _path, dialogs, mut h) = with_dialogs("boulangerie.ron", Language::En);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run_steps(2);
    assert!(dialogs.die());
    h.run_steps(3);
    assert!(h.state().is_modal_open(), "a dead dialog is not a silent cancel");
    assert!(h.query_by_label("Save as").is_some(), "titled by its action");
    let target = dir.path().join("typed.ron");
    // The box has focus: typing goes straight in.
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(egui::Event::Text(target.display().to_string()));
    h.run_steps(2);
    h.key_press(Key::Enter);
    h.run_steps(3);
    assert!(target.exists(), "the typed path was saved");
}

#[test]
fn export_suggests_the_plans_name_with_pdf() {
    let (_dir, _path, dialogs, mut h) = with_dialogs("boulangerie.ron", Language::En);
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run_steps(2);
    h.get_by_label("Choose the file…").click();
    h.run_steps(2);
    assert_eq!(dialogs.showing(), Some((Purpose::ExportSummary, "boulangerie.pdf".to_owned())));
    // No dialog on this system: the path box suggests the same name, not `plan.ron.pdf`.
    assert!(dialogs.answer(DialogAnswer::Unavailable));
    h.run_steps(3);
    assert!(h.query_by_label("Export the summary").is_some());
    let typed: Vec<String> = h
        .get_all_by_role(egui::accesskit::Role::TextInput)
        .filter_map(|n| n.accesskit_node().value())
        .filter(|v| v.ends_with(".pdf"))
        .collect();
    assert!(typed.iter().any(|t| t.ends_with("/boulangerie.pdf")), "{typed:?}");
}

#[test]
fn the_crash_copy_is_written_while_a_name_is_blank() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let recovery_dir = tempfile::tempdir().unwrap();
    let mut h = with_autosave(&path, recovery_dir.path());
    h.state_mut().doc.plan.business.name.clear();
    h.state_mut().doc.plan.notes = "typed before the crash".into();
    h.run_steps(35);
    assert!(h.query_by_label_contains("Autosave failed").is_none());
    let recovery = Recovery::in_folder(recovery_dir.path());
    let found = recovery.find_key(&recovery.key(Some(&path)), Catalogue::built_in()).expect("a copy");
    assert_eq!(found.plan, h.state().doc.plan);
}

#[test]
fn save_refuses_what_open_would_refuse() {
    let (_dir, path) = copy_of("accounting-firm.ron");
    let mut h = open(&path, Language::En);
    let before = std::fs::read(&path).unwrap();
    h.state_mut().doc.plan.custom_platforms[0].goal_fit.sales = 1.5;
    h.run_steps(2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    assert!(h.query_by_label("The plan was not saved").is_some());
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[cfg(unix)]
fn print_setup(dir: &Path, lp_script: Option<&str>, viewer: &str) -> socialplan_pdf::printing::PrintSetup {
    use std::os::unix::fs::PermissionsExt;
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    if let Some(script) = lp_script {
        let lp = bin.join("lp");
        std::fs::write(&lp, script).unwrap();
        std::fs::set_permissions(&lp, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    socialplan_pdf::printing::PrintSetup {
        search_path: Some(bin.into_os_string()),
        viewer: socialplan_pdf::printing::Viewer::Program(PathBuf::from(viewer)),
    }
}

#[cfg(unix)]
#[test]
fn printing_leaves_no_pdf_behind_and_says_where_an_unprinted_one_is() {
    let (dir, path) = copy_of("menuiserie.ron");
    let log = dir.path().join("lp.log");
    let script =
        format!("#!/bin/sh\nprintf '%s\\n' \"$@\" > '{}'\necho 'request id is A-1'\n", log.display());
    let kept = dir.path().join("Documents");
    std::fs::create_dir(&kept).unwrap();
    let start = |setup| StartOptions {
        plan: Some(path.clone()),
        language: Some(Language::En),
        print: Some(setup),
        keep_unprinted_in: Some(kept.clone()),
        ..StartOptions::default()
    };
    // Printed: the temporary PDF goes once lp has it.
    let mut h =
        window(start(print_setup(dir.path(), Some(&script), "/bin/false")), egui::vec2(1280.0, 800.0));
    h.key_press_modifiers(Modifiers::COMMAND, Key::P);
    h.run_steps(1);
    wait_for_pdf(&mut h);
    let printed = std::fs::read_to_string(&log).unwrap().lines().last().unwrap().to_owned();
    assert!(printed.ends_with(".pdf"));
    assert!(!Path::new(&printed).exists(), "the temporary PDF is left behind");

    // Neither printer nor viewer: the PDF is kept in the documents and the message says where.
    let none = tempfile::tempdir().unwrap();
    let mut h = window(start(print_setup(none.path(), None, "/bin/false")), egui::vec2(1280.0, 800.0));
    h.key_press_modifiers(Modifiers::COMMAND, Key::P);
    h.run_steps(1);
    wait_for_pdf(&mut h);
    assert!(h.query_by_label("The PDF could not be made").is_none());
    assert!(h.query_by_label("The summary was not printed").is_some());
    let kept_pdf = kept.join("menuiserie.pdf");
    assert!(std::fs::read(&kept_pdf).unwrap().starts_with(b"%PDF"));
    assert!(h.query_by_label_contains(&kept_pdf.display().to_string()).is_some());

    // Shown in a viewer: kept while the window is open, removed when it closes.
    let mut h = window(start(print_setup(none.path(), None, "/bin/true")), egui::vec2(1280.0, 800.0));
    h.key_press_modifiers(Modifiers::COMMAND, Key::P);
    h.run_steps(1);
    wait_for_pdf(&mut h);
    let shown = h.state().shown_pdfs().to_vec();
    assert_eq!(shown.len(), 1);
    assert!(shown[0].exists());
    eframe::App::on_exit(h.state_mut(), None);
    assert!(!shown[0].exists(), "closing the window removes it");
}

#[test]
fn a_new_products_name_has_the_focus_with_its_text_selected() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut h = open(&path, Language::En);
    let count = h.state().doc.plan.products.len();
    h.get_by_label("➕ Add a product").click();
    h.run_steps(3);
    h.event(egui::Event::Text("Croissant".into()));
    h.run_steps(2);
    let products = &h.state().doc.plan.products;
    assert_eq!(products.len(), count + 1);
    assert_eq!(products[count].name, "Croissant", "typing replaced the suggested name");
}

#[test]
fn typing_a_name_keeps_the_focus_while_blocks_above_scroll_away() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("many.ron");
    let mut plan = Plan::new("Shop", Language::En);
    for i in 0..15 {
        plan.products.push(socialplan_core::model::Product::new(format!("Product {i}"), 0.5, 0.5));
    }
    storage::save(&plan, &path, Catalogue::built_in()).unwrap();
    let mut h = open(&path, Language::En);
    h.get_all_by_value("Product 3").next().unwrap().focus();
    h.run_steps(2);
    // Scroll the left panel down so that the blocks above leave the view, then type.
    let over_panel = egui::pos2(150.0, 400.0);
    h.event(egui::Event::PointerMoved(over_panel));
    for _ in 0..6 {
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -70.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Unknown,
            modifiers: Modifiers::NONE,
        });
        h.run_steps(1);
        h.event(egui::Event::Text("x".into()));
        h.run_steps(1);
    }
    assert_eq!(h.state().doc.plan.products[3].name, "Product 3xxxxxx");
}

// ---- the map's labels ---------------------------------------------------------------------------

/// Every label covers no marker and no other label; the chosen and the top three have one.
fn assert_labels_readable(h: &Harness<'_, PlannerApp>, what: &str) {
    let drawn = socialplan_window::map_labels(&h.ctx).expect("the map was drawn");
    for (i, label) in drawn.labels.iter().enumerate() {
        let Some((rect, leader)) = label else { continue };
        for (j, marker) in drawn.markers.iter().enumerate() {
            assert!(
                !rect.intersects(*marker) || rect.intersect(*marker).area() <= 0.0,
                "{what}: label of {} covers marker of {}",
                drawn.names[i],
                drawn.names[j]
            );
        }
        for (j, other) in drawn.labels.iter().enumerate() {
            if let Some((other, _)) = other
                && i != j
            {
                assert!(
                    rect.intersect(*other).area() <= 0.0 || !rect.intersects(*other),
                    "{what}: labels of {} and {} overlap",
                    drawn.names[i],
                    drawn.names[j]
                );
            }
        }
        for caption in &drawn.captions {
            assert!(
                rect.intersect(*caption).area() <= 0.0 || !rect.intersects(*caption),
                "{what}: label of {} covers a quarter's caption",
                drawn.names[i]
            );
        }
        // A label away from its marker is joined to it by a line.
        let gap = rect.distance_to_pos(drawn.markers[i].center());
        assert!(
            *leader || gap <= 16.0,
            "{what}: {} is {gap} points from its marker without a line",
            drawn.names[i]
        );
    }
    for (name, label) in drawn.names.iter().zip(&drawn.labels) {
        if name.starts_with("1. ") || name.starts_with("2. ") || name.starts_with("3. ") {
            assert!(label.is_some(), "{what}: the top-ranked {name} has no label");
        }
    }
    let chosen: Vec<String> = h
        .state()
        .doc
        .plan
        .current_choices()
        .iter()
        .filter_map(|c| {
            h.state().doc.plan.platform(Catalogue::built_in(), &c.platform).map(|p| p.name.clone())
        })
        .collect();
    for (name, label) in drawn.names.iter().zip(&drawn.labels) {
        let bare = name.split_once(". ").map_or(name.as_str(), |(_, n)| n);
        if chosen.iter().any(|c| c == bare) {
            assert!(label.is_some(), "{what}: the chosen {name} has no label");
        }
    }
}

#[test]
fn map_labels_stay_readable_in_the_examples_a_crowded_plan_and_a_small_window() {
    let dir = tempfile::tempdir().unwrap();
    let crowded = dir.path().join("crowded.ron");
    let mut plan = storage::load(&example("boulangerie.ron"), Catalogue::built_in()).unwrap();
    plan.products.clear();
    for i in 0..15 {
        let (x, y) = (0.1 + 0.05 * (i % 5) as f64, 0.6 + 0.05 * (i / 5) as f64);
        plan.products.push(socialplan_core::model::Product::new(format!("Produit numéro {i}"), x, y));
    }
    storage::save(&plan, &crowded, Catalogue::built_in()).unwrap();
    let plans =
        [example("boulangerie.ron"), example("accounting-firm.ron"), example("menuiserie.ron"), crowded];
    for path in &plans {
        for (size, lang) in [
            (egui::vec2(1280.0, 800.0), Language::Fr),
            (egui::vec2(1024.0, 700.0), Language::Fr),
            (egui::vec2(1280.0, 800.0), Language::En),
            (egui::vec2(1024.0, 700.0), Language::En),
        ] {
            let start =
                StartOptions { plan: Some(path.clone()), language: Some(lang), ..StartOptions::default() };
            let h = window(start, size);
            assert_labels_readable(&h, &format!("{} at {size:?} in {lang:?}", path.display()));
        }
    }
}

#[test]
fn a_new_product_is_placed_where_it_does_not_stack() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut h = open(&path, Language::En);
    let before = h.state().doc.plan.products.len();
    for _ in 0..3 {
        h.get_by_label("➕ Add a product").scroll_to_me();
        h.run_steps(20);
        h.get_by_label("➕ Add a product").click();
        h.run_steps(3);
        h.key_press(Key::Escape);
        h.run_steps(1);
    }
    let products = &h.state().doc.plan.products;
    assert_eq!(products.len(), before + 3);
    for (i, a) in products.iter().enumerate() {
        for b in &products[..i] {
            let d = analysis::distance((a.b2b, a.visual), (b.b2b, b.visual));
            assert!(d >= 0.05, "{} sits on {}", a.name, b.name);
        }
    }
    assert_labels_readable(&h, "after adding products");
}

#[test]
fn the_time_chart_has_an_hour_by_hour_axis_in_the_windows_language() {
    let h = open(&example("boulangerie.ron"), Language::Fr);
    let texts = painted_texts(&h);
    // More planned than the 4 h available: a labelled tick every hour up to past the total.
    let total = analysis::cost(&h.state().doc.plan, Catalogue::built_in()).total();
    assert!(total > 4.0 * 60.0 && total < 5.0 * 60.0, "{total}");
    for tick in ["1", "2", "3", "4", "5"] {
        assert!(texts.iter().any(|t| t == tick), "no tick {tick}: {texts:?}");
    }
    let shown = socialplan_core::format::hours(total, Language::Fr);
    assert!(shown.contains(','), "{shown}");
    assert!(
        texts.iter().any(|t| t.starts_with(&format!("{shown} par semaine"))),
        "French figures: {texts:?}"
    );
    assert!(
        !texts.iter().any(|t| t.contains(&shown.replace(',', "."))),
        "an English decimal point in French"
    );
}

#[test]
fn the_time_chart_says_the_week_with_the_summarys_words_in_the_windows_language() {
    // The same plan seen in a French and an English window: the chart's sentence about the week,
    // its parts and its way back within budget are the summary's, in the window's language.
    let plan = storage::load(&example("boulangerie.ron"), Catalogue::built_in()).unwrap();
    for lang in Language::ALL {
        let h = open(&example("boulangerie.ron"), lang);
        let texts = painted_texts(&h);
        let mut shown = plan.clone();
        shown.language = lang;
        let summary = socialplan_core::report::summarize(&shown, Catalogue::built_in());
        let w = &summary.words;
        for words in [&summary.time.verdict, &w.bring_back, &w.creation, &w.monitoring, &w.planning] {
            assert!(texts.contains(words), "{lang:?}: the chart does not say {words:?}: {texts:?}");
        }
        let step = &summary.time.bring_back[0];
        assert!(texts.iter().any(|t| t.ends_with(step.as_str())), "{lang:?}: no {step:?}");
    }
}

#[test]
fn the_reactivity_plan_reads_as_a_person_writes() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut h = open(&path, Language::En);
    // Answer within two days, with nobody named: looks every other open day.
    let plan = &mut h.state_mut().doc.plan;
    plan.language = Language::En;
    plan.current_choices_mut()[0].responder = None;
    // Every platform of its inbox answers as slowly, or the inbox is watched for the fastest.
    for choice in plan.current_choices_mut() {
        choice.promise.hours = 48.0;
    }
    plan.time.opens = socialplan_core::model::Clock::hm(9, 0);
    plan.time.closes = socialplan_core::model::Clock::hm(17, 0);
    h.run_steps(2);
    h.get_by_label("Summary").click();
    h.run_steps(3);
    // 48 h of opening hours over six days of eight hours: one look a week keeps it.
    assert!(h.query_by_label_contains("someone still to be named looks once a week").is_some());
    assert!(h.query_by_label_contains("time(s)").is_none());
}

// ---- the week --------------------------------------------------------------------------------

use socialplan_core::analysis::Kind;
use socialplan_core::model::{Clock, Weekday};

fn the_week(plan: &Plan) -> analysis::Week {
    analysis::week(plan, Catalogue::built_in())
}

/// Presses at `from`, moves in small steps, lets go at `to` (screen points).
fn drag_between(h: &mut Harness<'static, PlannerApp>, from: egui::Pos2, to: egui::Pos2) {
    h.drag_at(from);
    h.run_steps(1);
    for i in 1..=6 {
        h.hover_at(from + (to - from) * (i as f32 / 6.0));
        h.run_steps(1);
    }
    h.drop_at(to);
    h.run_steps(3);
}

fn week_tab(h: &mut Harness<'static, PlannerApp>, lang: Language) {
    h.get_by_label(pick(lang, "Semaine", "Week")).click();
    h.run_steps(3);
    assert_eq!(h.state().tab, Tab::Week);
}

#[test]
fn the_week_tab_shows_each_day_and_a_drag_moves_a_post_as_one_undo_step() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut h = open(&path, Language::En);
    week_tab(&mut h, Language::En);
    let week = the_week(&h.state().doc.plan);
    let texts = painted_texts(&h);
    // The bakery is closed on Mondays: greyed and said so; the open days show their hours.
    assert!(texts.iter().any(|t| t == "closed"), "{texts:?}");
    let tuesday = socialplan_core::format::hours(week.day_minutes(Weekday::Tue), Language::En);
    assert!(texts.contains(&tuesday), "Tuesday's time {tuesday} is not shown: {texts:?}");
    // The day line starts with the first day that has time: Monday's looks from the phone, now.
    assert!(texts.iter().any(|t| t.starts_with("Per day: ") && t.contains("Tue ")), "{texts:?}");

    let post = week
        .items
        .iter()
        .find(|i| i.kind == Kind::Post && i.making == Some(socialplan_core::analysis::Making::Own))
        .unwrap()
        .clone();
    let target = *week.open_days.iter().rev().find(|d| **d != post.day).unwrap();
    let block = h.state().week.block(&post.key).unwrap();
    let grab = egui::vec2(6.0, 4.0);
    let to = h.state().week.spot(target, 15.0 * 60.0).unwrap() + grab;
    drag_between(&mut h, block.min + grab, to);

    let moves = &h.state().doc.plan.current().unwrap().moves;
    assert_eq!(moves.len(), 1, "{moves:?}");
    assert_eq!(
        (moves[0].item.as_str(), moves[0].day, moves[0].at),
        (post.key.as_str(), target, Clock::hm(15, 0))
    );
    let moved = the_week(&h.state().doc.plan).item(&post.key).cloned().unwrap();
    assert_eq!((moved.day, moved.start, moved.moved), (target, 900.0, true));
    assert!(h.state().title().starts_with('*'), "a move is a change to save");

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert!(h.state().doc.plan.current().unwrap().moves.is_empty(), "one undo puts the whole drag back");
}

#[test]
fn a_click_on_the_week_changes_nothing_and_a_closed_day_refuses_a_drop() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut h = open(&path, Language::Fr);
    week_tab(&mut h, Language::Fr);
    let before = h.state().doc.plan.clone();
    let week = the_week(&before);
    let post = week.items.iter().find(|i| i.kind == Kind::Post).unwrap().clone();
    let block = h.state().week.block(&post.key).unwrap();
    let at = block.min + egui::vec2(5.0, 4.0);
    h.drag_at(at);
    h.drop_at(at);
    h.run_steps(3);
    assert_eq!(h.state().doc.plan, before, "a click is not a move");

    // Monday is closed: the drop is refused and says why.
    let monday = h.state().week.spot(Weekday::Mon, 10.0 * 60.0).unwrap() + egui::vec2(5.0, 4.0);
    drag_between(&mut h, at, monday);
    assert_eq!(h.state().doc.plan, before, "nothing moves to a closed day");
    assert!(h.query_by_label_contains("Le lundi est fermé").is_some());
}

#[test]
fn a_moved_item_can_be_put_back_from_its_menu() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut plan = storage::load(&path, Catalogue::built_in()).unwrap();
    let week = the_week(&plan);
    let post = week.items.iter().find(|i| i.kind == Kind::Post).unwrap().clone();
    plan.current_mut().moves.push(socialplan_core::model::Move {
        item: post.key.clone(),
        day: Weekday::Sat,
        at: Clock::hm(16, 0),
    });
    storage::save(&plan, &path, Catalogue::built_in()).unwrap();
    let mut h = open(&path, Language::En);
    week_tab(&mut h, Language::En);
    let block = h.state().week.block(&post.key).unwrap();
    h.hover_at(block.center());
    h.run_steps(1);
    h.event(egui::Event::PointerButton {
        pos: block.center(),
        button: egui::PointerButton::Secondary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    h.event(egui::Event::PointerButton {
        pos: block.center(),
        button: egui::PointerButton::Secondary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    h.run_steps(3);
    h.get_by_label("Put it back in its place").click();
    h.run_steps(3);
    assert!(h.state().doc.plan.current().unwrap().moves.is_empty());
    assert_eq!(the_week(&h.state().doc.plan).item(&post.key).unwrap().day, post.day);
}

#[test]
fn a_refused_calendar_says_why_in_the_windows_language() {
    let (dir, _path, dialogs, mut h) = with_dialogs("accounting-firm.ron", Language::Fr);
    let notes = dir.path().join("notes.ics");
    std::fs::write(&notes, "mes notes").unwrap();
    h.get_by_label("Fichier").click();
    h.run_steps(2);
    h.get_by_label("Exporter le calendrier…").click();
    h.run_steps(2);
    assert!(dialogs.answer(DialogAnswer::Picked(notes.clone())));
    h.run_steps(3);
    assert!(h.query_by_label("Le calendrier n'a pas été exporté").is_some());
    assert!(h.query_by_label_contains("ce fichier n'est pas un calendrier").is_some());
    assert_eq!(std::fs::read_to_string(&notes).unwrap(), "mes notes");
}

#[test]
fn export_calendar_writes_the_week_and_replaces_only_a_calendar() {
    let (dir, path, dialogs, mut h) = with_dialogs("boulangerie.ron", Language::En);
    let plan_bytes = std::fs::read(&path).unwrap();
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Export calendar…").click();
    h.run_steps(2);
    assert_eq!(dialogs.showing(), Some((Purpose::ExportCalendar, "boulangerie.ics".to_owned())));
    let out = dir.path().join("bakery week");
    assert!(dialogs.answer(DialogAnswer::Picked(out.clone())));
    h.run_steps(3);
    let written = std::fs::read_to_string(dir.path().join("bakery week.ics")).unwrap();
    assert!(written.starts_with("BEGIN:VCALENDAR"), "{written}");
    // One series an item; the next weeks' publications also come one by one (their ideas); the
    // country's holidays and trade moments are all-day marks beside them.
    let marks = written.matches("CATEGORIES:socialplan-holiday").count()
        + written.matches("CATEGORIES:socialplan-trade-moment").count();
    assert!(marks > 0, "the bakery's French holidays are marked");
    let events = written.matches("BEGIN:VEVENT").count() - written.matches("RECURRENCE-ID:").count() - marks;
    assert_eq!(events, the_week(&h.state().doc.plan).items.len());
    assert!(h.query_by_label_contains("Calendar exported: bakery week.ics").is_some());
    // The plan's file keeps what was exported, and nothing else changed in it.
    let mut on_disk = storage::load(&path, Catalogue::built_in()).unwrap();
    assert_eq!(on_disk.calendar.events.len(), events);
    on_disk.calendar = Default::default();
    let before =
        storage::parse(std::str::from_utf8(&plan_bytes).unwrap(), &path, Catalogue::built_in()).unwrap();
    assert_eq!(on_disk, before);
    let plan_bytes = std::fs::read(&path).unwrap();

    // A file of that name that is not a calendar is refused and kept; the plan stays as it was.
    std::fs::write(path.with_extension("ics"), "not a calendar").unwrap();
    h.get_by_label("File").click();
    h.run_steps(2);
    h.get_by_label("Export calendar…").click();
    h.run_steps(2);
    assert!(dialogs.answer(DialogAnswer::Picked(path.with_extension("ics"))));
    h.run_steps(3);
    assert_eq!(std::fs::read_to_string(path.with_extension("ics")).unwrap(), "not a calendar");
    assert!(h.query_by_label("The calendar was not exported").is_some());
    assert!(h.query_by_label_contains("this file is not a calendar").is_some(), "and says why");
    assert_eq!(std::fs::read(&path).unwrap(), plan_bytes);
}

// ---- scenarios, compare, fit, advice ----------------------------------------------------------

fn scenario_names(h: &Harness<'_, PlannerApp>) -> Vec<String> {
    h.state().doc.plan.scenarios.iter().map(|s| s.name.clone()).collect()
}

#[test]
fn the_scenario_bar_starts_copies_renames_and_deletes_each_as_one_undo_step() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut h = open(&path, Language::En);
    let before = scenario_names(&h);
    let current = h.state().doc.plan.current_scenario.clone();
    let choices = h.state().doc.plan.current_choices().to_vec();

    h.get_by_label("Duplicate").click();
    h.run_steps(3);
    // Scenario names are the plan's words: in its own language.
    let copy = format!("{current} ({})", pick(h.state().doc.plan.language, "copie", "copy"));
    assert_eq!(h.state().doc.plan.current_scenario, copy);
    assert_eq!(h.state().doc.plan.current_choices(), &choices[..], "a copy keeps the choices");
    assert!(h.state().title().contains(&copy), "the title names the scenario: {}", h.state().title());

    h.get_by_label("Rename…").click();
    h.run_steps(2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(egui::Event::Text("Summer".into()));
    h.run_steps(1);
    h.key_press(Key::Enter);
    h.run_steps(3);
    assert_eq!(h.state().doc.plan.current_scenario, "Summer");

    h.get_by_label("New").click();
    h.run_steps(3);
    assert!(h.state().doc.plan.current_choices().is_empty(), "a new scenario starts empty");
    assert_eq!(scenario_names(&h).len(), before.len() + 2);

    h.get_by_label("Delete").click();
    h.run_steps(3);
    assert_eq!(scenario_names(&h).len(), before.len() + 1);
    assert!(h.query_by_label_contains("Ctrl+Z brings it back").is_some());
    // Each step undoes on its own: the deletion, the new one, the name, the copy.
    for expected in [before.len() + 2, before.len() + 1, before.len() + 1, before.len()] {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        h.run_steps(2);
        assert_eq!(scenario_names(&h).len(), expected, "{:?}", scenario_names(&h));
    }
    assert_eq!(scenario_names(&h), before);
    assert_eq!(h.state().doc.plan.current_scenario, current);
}

#[test]
fn a_taken_name_is_refused_and_said() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut h = open(&path, Language::Fr);
    let other = h.state().doc.plan.scenarios[1].name.clone();
    h.get_by_label("Renommer…").click();
    h.run_steps(2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(egui::Event::Text(other.clone()));
    h.run_steps(1);
    h.key_press(Key::Enter);
    h.run_steps(3);
    assert_ne!(h.state().doc.plan.current_scenario, other);
    assert!(h.query_by_label_contains("un autre scénario porte déjà ce nom").is_some());
}

#[test]
fn escape_cancels_a_rename_even_after_a_click_elsewhere() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut h = open(&path, Language::En);
    let name = h.state().doc.plan.current_scenario.clone();
    h.get_by_label("Rename…").click();
    h.run_steps(2);
    h.event(egui::Event::Text(" draft".into()));
    h.run_steps(1);
    // The owner goes and edits a product's name, then changes their mind about the rename.
    h.get_all_by_value("Pain au levain").next().unwrap().focus();
    h.run_steps(2);
    assert!(h.query_by_label("Cancel").is_some(), "the rename is still open");
    h.key_press(Key::Escape);
    h.run_steps(2);
    assert!(h.query_by_label("Cancel").is_none(), "Escape did not close the rename");
    assert!(h.query_by_label("Rename…").is_some());
    assert_eq!(h.state().doc.plan.current_scenario, name, "nothing renamed");
}

#[test]
fn compare_shows_every_scenario_and_can_switch_to_one() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut h = open(&path, Language::En);
    h.get_by_label("Compare").click();
    h.run_steps(3);
    let names = scenario_names(&h);
    assert!(names.len() >= 2);
    for name in &names {
        assert!(h.query_by_label(name).is_some(), "{name} is not in the table");
    }
    assert!(h.query_by_label("(shown)").is_some());
    let other = names.iter().find(|n| **n != h.state().doc.plan.current_scenario).unwrap().clone();
    h.get_by_label("Show").click();
    h.run_steps(3);
    assert_eq!(h.state().doc.plan.current_scenario, other);
}

#[test]
fn fit_my_week_proposes_a_plan_within_the_hours_and_keeping_it_is_one_undo_step() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut h = open(&path, Language::En);
    let before = h.state().doc.plan.clone();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::F);
    h.run_steps(3);
    assert!(h.state().fit.is_some(), "the panel opens");
    assert!(h.query_by_label("Proposed").is_some());
    assert!(h.get_all_by_label_contains("ranked #").next().is_some(), "the reasons are shown");
    assert_eq!(h.state().doc.plan, before, "a proposal changes nothing until kept");

    h.get_by_label("Keep as a new scenario").click();
    h.run_steps(3);
    assert!(h.state().fit.is_none());
    let plan = &h.state().doc.plan;
    assert_eq!(plan.scenarios.len(), before.scenarios.len() + 1);
    // Named in the plan's language (the bakery's French), not the window's.
    assert_eq!(plan.current_scenario, analysis::default_name(plan.budget_hours(), Language::Fr));
    let cost = analysis::cost(plan, Catalogue::built_in());
    assert!(cost.total() <= cost.budget_minutes + 0.5, "the kept plan fits its hours");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(h.state().doc.plan, before, "one undo takes it back");
}

/// The bakery with one hour a week: over budget, so the chart lists what to change.
fn bakery_with_one_hour() -> (tempfile::TempDir, Harness<'static, PlannerApp>) {
    let (dir, path) = copy_of("boulangerie.ron");
    let mut plan = storage::load(&path, Catalogue::built_in()).unwrap();
    plan.time.weekly_budget_hours = 1.0;
    storage::save(&plan, &path, Catalogue::built_in()).unwrap();
    (dir, open(&path, Language::En))
}

#[test]
fn a_step_of_advice_applies_with_a_click_and_undoes_in_one_step() {
    let (_dir, mut h) = bakery_with_one_hour();
    let before = h.state().doc.plan.clone();
    let advice = analysis::bring_back_within_budget(&before, Catalogue::built_in());
    assert!(!advice.is_empty());
    let total = weekly_total(&before);
    h.get_all_by_label("Apply").next().unwrap().click();
    h.run_steps(3);
    let after = weekly_total(&h.state().doc.plan);
    assert!((total - after - advice[0].minutes_saved).abs() < 0.5, "{total} - {after} vs {advice:?}");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(h.state().doc.plan, before);
}

/// The fit panel next to the owner's scenario, as an owner sees it.
fn snapshot_fit(name: &str, lang: Language, theme: egui::Theme) {
    snapshot_window(name, lang, theme, WIDE, |h| {
        h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::F);
        h.run_steps(4);
        assert!(h.state().fit.is_some());
    });
}

#[test]
fn snapshot_fit_fr_light_1280() {
    snapshot_fit("fit_fr_light_1280", Language::Fr, egui::Theme::Light);
}

#[test]
fn snapshot_fit_en_dark_1280() {
    snapshot_fit("fit_en_dark_1280", Language::En, egui::Theme::Dark);
}

#[test]
fn an_idle_window_does_not_redraw_on_the_new_tabs_nor_with_the_fit_panel_open() {
    let mut h = open(&example("boulangerie.ron"), Language::Fr);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::F);
    h.run_steps(2);
    for tab in ["Plateformes", "Semaine", "Comparer"] {
        h.get_by_label(tab).click();
        h.run_steps(4);
        let delay = h.output().viewport_output.get(&ViewportId::ROOT).map(|v| v.repaint_delay);
        assert_eq!(delay, Some(std::time::Duration::MAX), "{tab}: nothing changes, so nothing is redrawn");
    }
}

#[test]
fn hovering_a_step_of_advice_shows_on_the_chart_what_it_saves() {
    let (_dir, mut h) = bakery_with_one_hour();
    let before = h.state().doc.plan.clone();
    let advice = analysis::bring_back_within_budget(&before, Catalogue::built_in());
    let saved = format!("−{} ", socialplan_core::format::hours(advice[0].minutes_saved, Language::En));
    assert!(!painted_texts(&h).contains(&saved), "nothing is previewed before the hover");
    let at = h.get_all_by_label("Apply").next().unwrap().rect().center();
    h.hover_at(at);
    h.run_steps(3);
    assert!(painted_texts(&h).contains(&saved), "{saved:?} not on the chart: {:?}", painted_texts(&h));
    assert_eq!(h.state().doc.plan, before, "a hover changes nothing");
}

#[test]
fn with_every_platform_chosen_the_time_chart_names_each_and_the_week_lays_them_out() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("every.ron");
    let catalogue = Catalogue::built_in();
    let mut plan = storage::load(&example("boulangerie.ron"), catalogue).unwrap();
    plan.time.weekly_budget_hours = 40.0;
    let choices: Vec<socialplan_core::model::Choice> =
        catalogue.platforms.iter().map(socialplan_core::model::Choice::with_defaults).collect();
    *plan.current_choices_mut() = choices;
    storage::save(&plan, &path, catalogue).unwrap();
    let mut h = open(&path, Language::En);
    // The chart is the right-hand column (the map, which names platforms too, is on the left):
    // past the map's right edge, its bounds reaching 0.12 beyond the unit square.
    let map_edge = map_screen_position(&h.ctx, 1.12, 0.5).unwrap().x;
    fn collect(shape: &egui::Shape, from: f32, out: &mut Vec<String>) {
        match shape {
            egui::Shape::Text(t) if t.pos.x > from => out.push(t.galley.job.text.clone()),
            egui::Shape::Vec(v) => v.iter().for_each(|s| collect(s, from, out)),
            _ => {}
        }
    }
    let mut on_chart = Vec::new();
    for clipped in &h.output().shapes {
        collect(&clipped.shape, map_edge + 1.0, &mut on_chart);
    }
    for p in &catalogue.platforms {
        let start: String = p.name.chars().take(10).collect();
        assert!(
            on_chart.iter().any(|t| t.starts_with(&start)),
            "{} is not on the chart: {on_chart:?}",
            p.name
        );
    }
    week_tab(&mut h, Language::En);
    let week = the_week(&h.state().doc.plan);
    let (_, last) = week.shown_range();
    for item in &week.items {
        let block = h.state().week.block(&item.key);
        assert!(block.is_some(), "{} is not drawn", item.key);
        // Within the grid, even a short one at closing time drawn at its least height.
        let foot = h.state().week.spot(item.day, last).unwrap().y;
        assert!(
            block.unwrap().max.y <= foot + 0.5,
            "{} runs past the grid's foot {foot}: {block:?}",
            item.key
        );
    }
}

#[test]
fn blocks_at_closing_time_stay_within_the_grid() {
    for example_plan in ["boulangerie.ron", "accounting-firm.ron", "menuiserie.ron"] {
        let mut h = open(&example(example_plan), Language::En);
        week_tab(&mut h, Language::En);
        let week = the_week(&h.state().doc.plan);
        let (_, last) = week.shown_range();
        for item in &week.items {
            let block = h.state().week.block(&item.key).unwrap();
            let foot = h.state().week.spot(item.day, last).unwrap().y;
            assert!(block.max.y <= foot + 0.5, "{example_plan}: {} runs past {foot}: {block:?}", item.key);
        }
    }
}

#[test]
fn a_daily_limit_set_in_the_left_panel_spreads_the_week_or_says_it_cannot() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut h = open(&path, Language::En);
    assert_eq!(h.state().doc.plan.time.daily_limit_hours, None);
    show_in_panel(&mut h, "At most a day");
    h.get_by_role_and_label(egui::accesskit::Role::CheckBox, "At most a day").click_accesskit();
    h.run_steps(3);
    let limit = h.state().doc.plan.time.daily_limit_hours.expect("ticked: a limit");
    assert!(limit > 0.0 && limit <= 24.0, "{limit}");
    // Less than the busiest day needs: the Week tab warns, in words.
    h.state_mut().doc.plan.time.daily_limit_hours = Some(0.5);
    h.run_steps(2);
    week_tab(&mut h, Language::En);
    assert!(h.get_all_by_label_contains("more than the 0.5 h a day you can give").next().is_some());
    show_in_panel(&mut h, "At most a day");
    h.get_by_role_and_label(egui::accesskit::Role::CheckBox, "At most a day").click_accesskit();
    h.run_steps(3);
    assert_eq!(h.state().doc.plan.time.daily_limit_hours, None, "unticked: no limit");
}

// ---- the platforms tab: cadence, promise, Stories, where the posts come from ------------------

/// A copy of the bakery whose current scenario chooses `ids`, each with its own defaults.
fn bakery_choosing(ids: &[&str]) -> (tempfile::TempDir, PathBuf) {
    let (dir, path) = copy_of("boulangerie.ron");
    let catalogue = Catalogue::built_in();
    let mut plan = storage::load(&path, catalogue).unwrap();
    // As the owner would choose them in the window.
    let choices = ids.iter().map(|id| plan.new_choice(catalogue.get(id).unwrap())).collect();
    *plan.current_choices_mut() = choices;
    storage::save(&plan, &path, catalogue).unwrap();
    (dir, path)
}

fn platforms_tab(h: &mut Harness<'static, PlannerApp>, lang: Language) {
    h.get_by_label(pick(lang, "Plateformes", "Platforms")).click();
    h.run_steps(3);
    assert_eq!(h.state().tab, Tab::Platforms);
}

/// A click at a place on screen: pressed and let go there.
fn press_at(h: &mut Harness<'static, PlannerApp>, at: egui::Pos2) {
    h.drag_at(at);
    h.drop_at(at);
}

/// Every label on screen, to tell what a popup added.
fn all_labels(h: &Harness<'_, PlannerApp>) -> Vec<String> {
    h.query_all_by(|n| n.label().is_some() || n.value().is_some())
        .filter_map(|n| n.accesskit_node().label().or_else(|| n.accesskit_node().value()))
        .collect()
}

#[test]
fn the_reuse_cell_offers_only_the_sources_the_method_allows() {
    use socialplan_core::analysis::reuse::may_reuse;
    let (_dir, path) = bakery_choosing(&["instagram", "facebook", "google_business", "youtube", "tiktok"]);
    // Wide enough for the whole table: a cell scrolled out of sight has no place to click.
    let start =
        StartOptions { plan: Some(path.clone()), language: Some(Language::En), ..StartOptions::default() };
    let mut h = window(start, egui::vec2(1600.0, 900.0));
    platforms_tab(&mut h, Language::En);
    let catalogue = Catalogue::built_in();
    let plan = h.state().doc.plan.clone();
    let mut shown = plan.clone();
    shown.language = Language::En;
    let ranking = analysis::recommend(&shown, catalogue);
    let rank = |id: &str| ranking.iter().position(|r| r.platform_id == id).unwrap();
    let choices = plan.current_choices().to_vec();
    let mut combos: Vec<egui::Rect> = h.get_all_by_label("its own").map(|n| n.rect()).collect();
    combos.sort_by(|a, b| a.top().total_cmp(&b.top()));
    assert_eq!(combos.len(), choices.len());
    let mut offered_somewhere = 0;
    for (i, me) in choices.iter().enumerate() {
        let before = all_labels(&h);
        press_at(&mut h, combos[i].center());
        h.run_steps(3);
        let offered: Vec<String> = all_labels(&h).into_iter().filter(|l| !before.contains(l)).collect();
        h.key_press(Key::Escape);
        h.run_steps(2);
        let target = catalogue.get(&me.platform).unwrap();
        for s in choices.iter().filter(|s| s.platform != me.platform) {
            let source = catalogue.get(&s.platform).unwrap();
            let allowed =
                may_reuse(source, s.format, target, me.format, rank(&s.platform) < rank(&me.platform));
            let shares = allowed && s.format == me.format && target.shares_with(source);
            let words = if shares {
                format!("shares {}'s posts (a switch)", source.name)
            } else {
                format!("adapts {}'s posts", source.name)
            };
            assert_eq!(
                offered.contains(&words),
                allowed,
                "{} from {}: offered {offered:?}",
                target.name,
                source.name
            );
            offered_somewhere += usize::from(allowed);
        }
    }
    assert!(offered_somewhere >= 2, "the plan should let something be reused");
    // TikTok takes YouTube's long videos as short ones: a fuller format, whatever the rank.
    let tiktok = choices.iter().position(|c| c.platform == "tiktok").unwrap();
    press_at(&mut h, combos[tiktok].center());
    h.run_steps(3);
    h.get_by_label("adapts YouTube's posts").click();
    h.run_steps(3);
    assert_eq!(h.state().doc.plan.current_choices()[tiktok].reuse_from.as_deref(), Some("youtube"));
    assert!(h.query_by_label_contains("adapts YouTube's").is_some());
}

#[test]
fn a_reuse_the_wrong_way_round_says_which_way_it_should_go_and_is_put_right() {
    let (_dir, path) = bakery_choosing(&["youtube", "tiktok", "instagram", "google_business"]);
    let mut plan = storage::load(&path, Catalogue::built_in()).unwrap();
    // A long video made from short ones; an Instagram post made from a Google update.
    plan.current_choices_mut()[0].reuse_from = Some("tiktok".into());
    plan.current_choices_mut()[2].reuse_from = Some("google_business".into());
    storage::save(&plan, &path, Catalogue::built_in()).unwrap();
    for lang in [Language::Fr, Language::En] {
        let mut h = open(&path, lang);
        platforms_tab(&mut h, lang);
        let (turn, own) = match lang {
            Language::En => (
                "⚠ YouTube adapts TikTok's posts the wrong way round: TikTok should adapt YouTube's.",
                "⚠ Instagram adapts Google Business Profile's posts, which are neither fuller nor from a \
                 better-ranked platform: Instagram should make its own.",
            ),
            Language::Fr => (
                "⚠ YouTube adapte les publications de TikTok à l'envers\u{202F}: c'est TikTok qui devrait \
                 adapter celles de YouTube.",
                "⚠ Instagram adapte les publications de Google Business Profile, qui ne sont ni plus complètes ni \
                 d'une plateforme mieux classée\u{202F}: Instagram devrait faire les siennes.",
            ),
        };
        assert!(h.query_by_label_contains(turn).is_some(), "{lang:?}: {:?}", all_labels(&h));
        assert!(h.query_by_label_contains(own).is_some(), "{lang:?}: {:?}", all_labels(&h));
        if lang == Language::Fr {
            continue;
        }
        h.get_by_label("Turn it round").click();
        h.run_steps(3);
        h.get_by_label("Make its own").click();
        h.run_steps(3);
        let choices = h.state().doc.plan.current_choices().to_vec();
        assert_eq!(choices[0].reuse_from, None);
        assert_eq!(choices[1].reuse_from.as_deref(), Some("youtube"), "TikTok adapts YouTube's now");
        assert_eq!(choices[2].reuse_from, None, "Instagram makes its own");
        assert!(h.query_by_label_contains("⚠").is_none(), "{:?}", all_labels(&h));
        h.key_press_modifiers(Modifiers::COMMAND, Key::S);
        h.run_steps(2);
        assert!(h.query_by_label_contains("Saved:").is_some());
    }
}

#[test]
fn stories_are_offered_only_where_the_platform_has_them_and_the_cadence_in_words() {
    use socialplan_core::model::Cadence;
    let (_dir, path) = bakery_choosing(&["instagram", "google_business", "facebook"]);
    let mut h = open(&path, Language::En);
    platforms_tab(&mut h, Language::En);
    let catalogue = Catalogue::built_in();
    let with_stories: Vec<usize> = h
        .state()
        .doc
        .plan
        .current_choices()
        .iter()
        .enumerate()
        .filter(|(_, c)| catalogue.get(&c.platform).unwrap().stories)
        .map(|(i, _)| i)
        .collect();
    assert!(!with_stories.is_empty() && with_stories.len() < 3, "{with_stories:?}");
    let fields: Vec<_> = h.get_all_by_label("Stories / wk").collect();
    assert_eq!(fields.len(), with_stories.len(), "a Stories field on each platform that has them, only");
    fields[0].set_value_accesskit(2.0);
    h.run_steps(3);
    assert_eq!(h.state().doc.plan.current_choices()[with_stories[0]].stories_per_week, Some(2));
    assert!(h.query_by_label("Google Business Profile has no Stories").is_none(), "only on hover");

    // The cadence: the list speaks in words, the usual one and the abandoned-looking ones said.
    let first = h.state().doc.plan.current_choices()[0].cadence;
    let words = first.words(Language::En);
    h.get_all_by_label(&words).next().unwrap().click();
    h.run_steps(3);
    assert!(h.query_by_label_contains("1 post every 4 weeks").is_some());
    assert!(h.query_by_label_contains("— usual here").is_some());
    h.get_by_label_contains("1 post every 2 weeks").click();
    h.run_steps(3);
    assert_eq!(h.state().doc.plan.current_choices()[0].cadence, Cadence::every(2));
}

#[test]
fn the_chosen_platforms_table_fits_1280_with_its_hours_in_view() {
    let (_dir, path) = bakery_choosing(&["google_business", "instagram", "facebook", "whatsapp", "tiktok"]);
    for (size, whole) in [(WIDE, true), (SMALL, false)] {
        let start = StartOptions {
            plan: Some(path.clone()),
            language: Some(Language::Fr),
            ..StartOptions::default()
        };
        let mut h = window(start, size);
        platforms_tab(&mut h, Language::Fr);
        let cost = analysis::cost(&h.state().doc.plan, Catalogue::built_in());
        for c in &cost.choices {
            let hours = socialplan_core::format::hours(c.total(), Language::Fr);
            let at = h.get_all_by_label(&hours).next().unwrap().rect();
            assert!(
                at.max.x <= size.x && at.min.x >= 340.0,
                "{size:?}: the hours of {} at {at:?}",
                c.platform_name
            );
        }
        // At 1280 the whole row is in view, to its last button (its figures; the delete button
        // sits beside the hours since issue 20).
        let last = h
            .get_all(egui_kittest::kittest::by().label_contains("⚙"))
            .map(|n| n.rect().max.x)
            .fold(0.0, f32::max);
        assert_eq!(last <= size.x - 8.0, whole, "{size:?}: the rows end at {last}");
    }
}

#[test]
fn who_answers_who_covers_and_the_away_message_are_the_owners_with_a_way_back() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut h = open(&path, Language::En);
    platforms_tab(&mut h, Language::En);
    h.get_by_label("Who covers on days off and holidays").click();
    h.run_steps(2);
    h.event(egui::Event::Text("Marc".into()));
    h.run_steps(2);
    assert_eq!(h.state().doc.plan.reactivity.cover.as_deref(), Some("Marc"));

    // The proposal, in the plan's language (French), until the owner writes their own.
    let plan = &h.state().doc.plan;
    let proposed = socialplan_core::report::away_messages(
        plan,
        Catalogue::built_in(),
        &analysis::cost(plan, Catalogue::built_in()),
    );
    assert_eq!(proposed.len(), 1, "{proposed:?}");
    assert!(proposed[0].text.contains("du mardi au dimanche"), "{}", proposed[0].text);
    let field = h.get_by_label("Away message");
    assert_eq!(field.accesskit_node().value().as_deref(), Some(proposed[0].text.as_str()));
    field.focus();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(egui::Event::Text("Fermé, on revient demain.".into()));
    h.key_press(Key::Tab);
    h.run_steps(3);
    assert_eq!(h.state().doc.plan.reactivity.away_message.as_deref(), Some("Fermé, on revient demain."));
    h.get_by_label("↺ Back to the proposed message").click();
    h.run_steps(3);
    assert_eq!(h.state().doc.plan.reactivity.away_message, None);
    assert_eq!(h.get_by_label("Away message").accesskit_node().value(), Some(proposed[0].text.clone()));
    assert!(h.query_by_label("↺ Back to the proposed message").is_none());

    // Who answers on each platform is the crisis card's.
    h.get_by_role_and_label(egui::accesskit::Role::TextInput, "Facebook").focus();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.event(egui::Event::Text("Léa".into()));
    h.key_press(Key::Tab);
    h.run_steps(3);
    assert_eq!(h.state().doc.plan.current_choices()[1].responder.as_deref(), Some("Léa"));
    let card = socialplan_core::report::crisis_card(&h.state().doc.plan, Catalogue::built_in());
    assert!(card.who_answers[1].contains("Léa") && card.cover.contains("Marc"), "{card:?}");
}

#[test]
fn rush_hours_are_added_moved_and_removed_in_the_time_section() {
    use socialplan_core::model::Span;
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut h = open(&path, Language::Fr);
    assert!(h.state().doc.plan.time.rush_hours.is_empty());
    show_in_panel(&mut h, "➕ Ajouter des heures de pointe");
    h.get_by_label("➕ Ajouter des heures de pointe").click_accesskit();
    h.run_steps(3);
    let noon = Span { from: Clock::hm(12, 0), to: Clock::hm(13, 0) };
    assert_eq!(h.state().doc.plan.time.rush_hours, vec![noon]);
    h.get_by_label("Heures de pointe").set_value_accesskit(11.5);
    h.run_steps(3);
    assert_eq!(
        h.state().doc.plan.time.rush_hours,
        vec![Span { from: Clock::hm(11, 30), to: Clock::hm(13, 0) }]
    );
    // An end before the start is not taken.
    h.get_by_label("Heures de pointe").set_value_accesskit(14.0);
    h.run_steps(3);
    assert_eq!(h.state().doc.plan.time.rush_hours[0].from, Clock::hm(11, 30));
    // No writing is placed in it.
    let week = the_week(&h.state().doc.plan);
    for item in week.items.iter().filter(|i| i.kind == Kind::Post && !i.moved) {
        assert!(!h.state().doc.plan.time.rush_hours[0].overlaps(item.start, item.end()), "{item:?}");
    }
    // The 🗑 on the rush hours' row.
    let row = h.get_by_label("Heures de pointe").rect();
    h.get_all_by_label("🗑")
        .find(|n| (n.rect().center().y - row.center().y).abs() < 6.0)
        .unwrap()
        .click_accesskit();
    h.run_steps(3);
    assert!(h.state().doc.plan.time.rush_hours.is_empty());
}

// ---- the week's publications, phone looks and drill -----------------------------------------

#[test]
fn publications_are_markers_at_their_minute_and_say_what_goes_out() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut h = open(&path, Language::En);
    week_tab(&mut h, Language::En);
    let week = the_week(&h.state().doc.plan);
    let publications: Vec<_> = week.items.iter().filter(|i| i.kind == Kind::Publish).cloned().collect();
    assert!(!publications.is_empty());
    for p in &publications {
        let marker = h.state().week.block(&p.key).unwrap();
        let at = h.state().week.spot(p.day, p.start).unwrap().y;
        assert!(marker.height() <= 10.5, "{}: a block {marker:?}", p.key);
        assert!((marker.center().y - at).abs() <= 5.5, "{}: at {at}, drawn {marker:?}", p.key);
    }
    // Work blocks keep their own lanes: a publication never narrows them.
    let post = week.items.iter().find(|i| i.kind == Kind::Post).unwrap();
    h.hover_at(h.state().week.block(&publications[0].key).unwrap().center());
    h.run_steps(3);
    assert!(h.query_all_by_label_contains("Scheduled in advance: no time that day").next().is_some());
    assert!(h.query_all_by_label_contains(&publications[0].what(Language::En)).next().is_some());
    assert!(h.state().week.block(&post.key).unwrap().width() > 20.0);
}

/// The accounting firm answering within 12 h at any time: looks from the phone.
fn firm_answering_any_time() -> (tempfile::TempDir, PathBuf) {
    let (dir, path) = copy_of("accounting-firm.ron");
    let mut plan = storage::load(&path, Catalogue::built_in()).unwrap();
    for c in plan.current_choices_mut() {
        c.promise = socialplan_core::model::Promise::anytime(12.0);
    }
    storage::save(&plan, &path, Catalogue::built_in()).unwrap();
    (dir, path)
}

#[test]
fn looks_from_the_phone_are_marked() {
    let (_dir, path) = firm_answering_any_time();
    let mut h = open(&path, Language::En);
    week_tab(&mut h, Language::En);
    let week = the_week(&h.state().doc.plan);
    let phone: Vec<_> = week.items.iter().filter(|i| i.kind == Kind::Inbox && i.phone).collect();
    assert!(!phone.is_empty());
    let signs = painted_texts(&h).iter().filter(|t| t.starts_with('☎')).count();
    assert!(signs >= phone.len(), "{signs} phone signs for {} looks from the phone", phone.len());
    h.hover_at(h.state().week.block(&phone[0].key).unwrap().center());
    h.run_steps(3);
    assert!(h.query_all_by_label_contains("☎ From the phone, outside opening hours").next().is_some());
}

#[test]
fn moving_a_look_changes_the_drill_beside_the_week_at_once() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut h = open(&path, Language::En);
    week_tab(&mut h, Language::En);
    let drill_of = |plan: &Plan| {
        let lines = analysis::drill(plan, Catalogue::built_in(), &the_week(plan));
        socialplan_core::report::drill_rows(&lines, Language::En)
    };
    let before = drill_of(&h.state().doc.plan);
    assert!(!before.is_empty());
    for row in &before {
        assert!(
            h.query_all_by_label(&row.worst_case).next().is_some(),
            "{} not beside the week",
            row.worst_case
        );
        assert!(h.query_all_by_label_contains(&format!("Promise: {}", row.promise)).next().is_some());
        // The worst wait as the paper gives it: on the clock, and as an opening-hours promise
        // counts it, so that "kept" beside a long wait reads right.
        assert!(row.worst_as_promised.is_some(), "the bakery promises in opening hours: {row:?}");
        assert!(h.query_all_by_label(&row.worst_cell()).next().is_some(), "{}", row.worst_cell());
    }
    // The week's first look goes to the evening of its day: the morning waits longer.
    let week = the_week(&h.state().doc.plan);
    let look = week.items.iter().find(|i| i.kind == Kind::Inbox).unwrap().clone();
    let block = h.state().week.block(&look.key).unwrap();
    let grab = egui::vec2(3.0, 3.0);
    let to = h.state().week.spot(look.day, 16.0 * 60.0).unwrap() + egui::vec2(6.0, 0.0) + grab;
    // While it is dragged, before it is let go, the drill already says what the move would do.
    let from = block.min + grab;
    h.drag_at(from);
    h.run_steps(1);
    for i in 1..=6 {
        h.hover_at(from + (to - from) * (i as f32 / 6.0));
        h.run_steps(1);
    }
    h.run_steps(2);
    assert!(h.query_by_label("If you drop the look here:").is_some(), "no preview while dragging");
    assert!(h.state().doc.plan.current().unwrap().moves.is_empty(), "nothing moved before the drop");
    let previewed: Vec<String> =
        all_labels(&h).into_iter().filter(|l| l.starts_with("a message on ")).collect();
    h.drop_at(to);
    h.run_steps(3);
    assert!(h.query_by_label("If you drop the look here:").is_none(), "the preview stays after the drop");
    let shown: Vec<String> = all_labels(&h).into_iter().filter(|l| l.starts_with("a message on ")).collect();
    assert_eq!(shown, previewed, "the drop gives what the preview said");
    let moves = &h.state().doc.plan.current().unwrap().moves;
    assert_eq!(moves.len(), 1, "{moves:?}");
    assert_eq!(moves[0].item, look.key);
    let after = drill_of(&h.state().doc.plan);
    let said = |rows: &[socialplan_core::report::DrillRow]| -> Vec<String> {
        rows.iter()
            .map(|r| format!("{} {} {} {} {}", r.median, r.p90, r.worst, r.within_a_day, r.worst_case))
            .collect()
    };
    assert_ne!(said(&after), said(&before), "the move changed nothing in the drill");
    let changed: Vec<_> = after.iter().zip(&before).filter(|(a, b)| a.worst_case != b.worst_case).collect();
    for row in &after {
        assert!(
            h.query_all_by_label(&row.worst_case).next().is_some(),
            "{} is not shown yet",
            row.worst_case
        );
    }
    for (a, b) in &changed {
        if a.worst_case != b.worst_case {
            assert!(
                h.query_all_by_label(&b.worst_case).next().is_none(),
                "the old {} is still shown",
                b.worst_case
            );
        }
    }
}

#[test]
fn the_week_and_its_drill_are_in_view_at_1024_by_700() {
    for name in ["boulangerie.ron", "accounting-firm.ron", "menuiserie.ron"] {
        let start = StartOptions {
            plan: Some(example(name)),
            language: Some(Language::Fr),
            ..StartOptions::default()
        };
        let mut h = window(start, SMALL);
        week_tab(&mut h, Language::Fr);
        let week = the_week(&h.state().doc.plan);
        let (first, last) = week.shown_range();
        for day in Weekday::ALL {
            let (top, foot) =
                (h.state().week.spot(day, first).unwrap(), h.state().week.spot(day, last).unwrap());
            assert!(top.y >= 90.0 && foot.y <= 700.0 - 24.0, "{name}: {day:?} from {top:?} to {foot:?}");
            assert!(foot.x <= 1024.0 - 230.0, "{name}: the week runs under the drill at {foot:?}");
        }
        let heading = h.get_by_label("Si un client écrit").rect();
        assert!(heading.max.x <= 1024.0 && heading.min.x >= foot_x(&h), "{name}: {heading:?}");
    }
}

/// The right edge of the week's grid.
fn foot_x(h: &Harness<'_, PlannerApp>) -> f32 {
    h.state().week.spot(Weekday::Sun, 0.0).unwrap().x
}

// ---- the owner's work is always saveable ----------------------------------------------------

#[test]
fn clicking_on_the_map_a_platform_another_adapts_from_leaves_a_plan_that_saves() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut plan = storage::load(&path, Catalogue::built_in()).unwrap();
    // "Photos partagées": Instagram shares Facebook's photos.
    plan.select_scenario("Photos partagées").unwrap();
    storage::save(&plan, &path, Catalogue::built_in()).unwrap();
    let mut h = open(&path, Language::Fr);
    assert_eq!(h.state().doc.plan.choice("instagram").unwrap().reuse_from.as_deref(), Some("facebook"));
    let facebook = Catalogue::built_in().get("facebook").unwrap();
    let at = map_screen_position(&h.ctx, facebook.b2b, facebook.visual).unwrap();
    h.drag_at(at);
    h.drop_at(at);
    h.run_steps(3);
    let plan = &h.state().doc.plan;
    assert!(!plan.is_chosen("facebook"), "the click removes it");
    assert_eq!(plan.choice("instagram").unwrap().reuse_from, None, "Instagram makes its own posts again");
    assert!(storage::validate(plan, Catalogue::built_in()).is_empty());
    assert!(h.query_by_label("Prêt").is_some() || h.query_by_label_contains("⚠").is_none());
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run_steps(2);
    assert!(!h.state().is_modal_open(), "the save was refused");
    assert!(h.query_by_label_contains("Enregistré : boulangerie.ron").is_some());
    let saved = storage::load(&path, Catalogue::built_in()).unwrap();
    assert!(!saved.is_chosen("facebook") && saved.choice("instagram").unwrap().reuse_from.is_none());
}

#[test]
fn a_refusal_names_platforms_by_their_names_never_ids_or_fields() {
    for (lang, said, lead) in [
        (
            Language::Fr,
            "«\u{a0}Facebook\u{a0}» reprend les publications de «\u{a0}Pinterest\u{a0}», qui n'est pas choisie dans \
             ce scénario\u{202F}: choisissez-la aussi, ou laissez «\u{a0}Facebook\u{a0}» faire ses propres publications",
            "impossible d'enregistrer",
        ),
        (
            Language::En,
            "\"Facebook\" reuses the posts of \"Pinterest\", which is not chosen in this scenario: choose it too, or \
             let \"Facebook\" make its own posts",
            "could not save",
        ),
    ] {
        let (_dir, path) = copy_of("boulangerie.ron");
        let before = std::fs::read(&path).unwrap();
        let mut h = open(&path, lang);
        // As a plan edited around the model's methods would be.
        h.state_mut().doc.plan.current_choices_mut()[1].reuse_from = Some("pinterest".into());
        h.run_steps(3);
        let status = h.get_by_label_contains(said).accesskit_node().label().unwrap_or_default();
        for word in ["pinterest", "facebook", "reuse_from", "choices["] {
            assert!(!status.contains(word), "{lang:?}: {status}");
        }
        h.key_press_modifiers(Modifiers::COMMAND, Key::S);
        h.run_steps(2);
        let message = h.get_by_label_contains(lead).accesskit_node().value().unwrap_or_default();
        assert!(message.contains(said), "{lang:?}: {message}");
        assert!(!message.contains("reuse_from") && !message.contains("\"pinterest\""), "{lang:?}: {message}");
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }
}

#[test]
fn the_fit_panel_says_why_each_platform_is_kept_or_left_out_and_what_it_would_cost() {
    let mut h = open(&example("boulangerie.ron"), Language::En);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::F);
    h.run_steps(3);
    let mut shown = h.state().doc.plan.clone();
    shown.language = Language::En;
    let hours = h.state().fit.as_ref().unwrap().hours;
    let analysis::FitOutcome::Fitted(fitted) = analysis::fit(&shown, Catalogue::built_in(), hours, None)
    else {
        panic!("the bakery fits in {hours} h");
    };
    let said: Vec<String> = fitted.reasons.iter().map(|r| r.words(Language::En)).collect();
    for words in &said {
        assert!(h.query_by_label(words).is_some(), "the panel does not say {words:?}");
    }
    assert!(
        said.iter().any(|w| w.contains(": left out, it would take ") && w.contains(" more than you have")),
        "{said:?}"
    );
}

/// A plan from before open days were counted promises Google's reviews 48 opening hours: six
/// working days. The Platforms tab warns, and says the wait in the business's own hours.
#[test]
fn a_promise_slower_than_customers_expect_is_said_in_the_businesss_hours() {
    let (_dir, path) = bakery_choosing(&["instagram", "google_business"]);
    let mut plan = storage::load(&path, Catalogue::built_in()).unwrap();
    plan.current_choices_mut()[1].promise = socialplan_core::model::Promise::opening_hours(48.0);
    storage::save(&plan, &path, Catalogue::built_in()).unwrap();
    let mut h = open(&path, Language::En);
    platforms_tab(&mut h, Language::En);
    h.get_by_label("⚠").hover();
    // Past the tooltip's delay.
    h.run_steps(60);
    // 07:00 to 17:00: two open days are 20 hours.
    let said = "Customers on Google Business Profile expect an answer within 48 h: promise at most 20 h of your opening hours";
    assert!(h.query_by_label_contains(said).is_some(), "{:?}", all_labels(&h));
    // At what they expect, no warning.
    h.state_mut().doc.plan.current_choices_mut()[1].promise =
        socialplan_core::model::Promise::opening_hours(20.0);
    h.run_steps(2);
    assert!(h.query_by_label_contains("⚠").is_none(), "{:?}", all_labels(&h));
}

/// At 1024×700, "Fit my week" takes the business panel's place while it is open, so that the
/// centre keeps room for the map and its total (beside both, the total wrapped letter by
/// letter); the business panel comes back when the fit panel closes. At 1280 both stay.
#[test]
fn at_1024_the_fit_panel_takes_the_business_panels_place() {
    let (_dir, path) = copy_of("accounting-firm.ron");
    let start = StartOptions { plan: Some(path), language: Some(Language::En), ..StartOptions::default() };
    let mut h = window(start, SMALL);
    assert!(h.query_by_label("The business").is_some());
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::F);
    h.run_steps(4);
    assert!(h.state().fit.is_some());
    assert!(h.query_by_label("The business").is_none(), "{:?}", all_labels(&h));
    let total = h.get_by_label("Total").rect();
    assert!(total.height() < 24.0, "the total's caption on one line: {total:?}");
    h.get_by_label("Discard").click();
    h.run_steps(4);
    assert!(h.state().fit.is_none());
    assert!(h.query_by_label("The business").is_some());

    let (_dir, path) = copy_of("accounting-firm.ron");
    let start = StartOptions { plan: Some(path), language: Some(Language::En), ..StartOptions::default() };
    let mut h = window(start, WIDE);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::F);
    h.run_steps(4);
    assert!(h.query_by_label("The business").is_some(), "at 1280 the business panel stays");
}

/// A platform whose whole name finds no room on the map is named short rather than left a bare
/// ring: on the accounting firm's map, Google Business Profile sits between a caption and
/// WhatsApp's label, and shows as "Google…"; every platform of the catalogue has a name there.
#[test]
fn a_platform_with_no_room_for_its_whole_name_is_named_short_on_the_map() {
    use socialplan_core::model::Choice;
    let (_dir, path) = copy_of("accounting-firm.ron");
    let mut h = open(&path, Language::En);
    // WhatsApp chosen: its label takes the room under Google's ring.
    let whatsapp = Choice::with_defaults(Catalogue::built_in().get("whatsapp").unwrap());
    h.state_mut().doc.plan.current_choices_mut().push(whatsapp);
    h.run_steps(3);
    let texts = painted_texts(&h);
    let named = |name: &str| {
        let first = name.split(' ').next().unwrap_or_default();
        texts.iter().any(|t| t.ends_with(name) || t.ends_with(&format!("{first}…")))
    };
    assert!(texts.iter().any(|t| t == "Google…"), "{texts:?}");
    for p in &Catalogue::built_in().platforms {
        assert!(named(&p.name), "{} has no name on the map: {texts:?}", p.name);
    }
}
