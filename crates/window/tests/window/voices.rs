//! Issue 18, point 3: the Reviews tab — the review routine, its weekly time counted in the
//! plan's, and the ambassadors with the dated record of who agreed to what.

use eframe::egui;
use egui_kittest::kittest::Queryable;
use socialplan_core::analysis;
use socialplan_core::model::{Ambassador, Catalogue, Date, Language, Permission, ReviewRoutine, Role};
use socialplan_window::Tab;

use super::{SMALL, WIDE, example, open, painted_texts, pick, snapshot_window};

#[test]
fn the_reviews_tab_starts_a_routine_counts_its_time_and_records_who_agreed() {
    let mut h = open(&example("boulangerie.ron"), Language::Fr);
    let before = analysis::cost(&h.state().doc.plan, Catalogue::built_in()).total();
    h.get_by_label("Avis").click();
    h.run_steps(3);
    assert_eq!(h.state().tab, Tab::Voices);
    assert!(painted_texts(&h).iter().any(|t| t.starts_with("Pas encore de routine d'avis")));
    h.get_by_label("Commencer une routine d'avis").click();
    h.run_steps(4);
    let plan = h.state().doc.plan.clone();
    assert_eq!(plan.voices.reviews, Some(ReviewRoutine::starter()));
    let cost = analysis::cost(&plan, Catalogue::built_in());
    assert!(cost.voices.total() > 0.0 && (cost.total() - before - cost.voices.total()).abs() < 1e-9);
    // The routine and its time are said in the tab: Google's two days, as two of the bakery's
    // open days (20 h of opening hours from 07:00 to 17:00).
    let google = Catalogue::built_in().get("google_business").unwrap();
    let hours = socialplan_core::format::hours(plan.expected_promise(google).hours * 60.0, Language::Fr);
    let within = format!("sous {hours} d'ouverture");
    assert_eq!(hours, "20 h");
    let texts = painted_texts(&h);
    assert!(texts.iter().any(|t| t.contains("Google Business Profile") && t.contains(&within)), "{texts:?}");
    assert!(texts.iter().any(|t| t.contains("par semaine") && t.contains("demander")), "{texts:?}");

    // An ambassador, who agrees to be reposted, then withdraws: both kept, dated today.
    h.get_by_label("Ajouter un ambassadeur").click();
    h.run_steps(3);
    assert_eq!(h.state().doc.plan.voices.ambassadors.len(), 1);
    h.get_by_label("les republier").click();
    h.run_steps(4);
    let today = Date(chrono::Local::now().date_naive());
    let a = h.state().doc.plan.voices.ambassadors[0].clone();
    assert!(a.allows(Permission::Repost) && !a.allows(Permission::Tag));
    assert_eq!(a.consents[0].given, today);
    let since = format!("les republier depuis le {}", socialplan_core::format::day(today.0, Language::Fr));
    assert!(painted_texts(&h).iter().any(|t| t.contains(&since)), "{since}");
    h.get_by_label("les republier").click();
    h.run_steps(4);
    let a = h.state().doc.plan.voices.ambassadors[0].clone();
    assert!(!a.allows(Permission::Repost) && a.consents.len() == 1 && a.consents[0].withdrawn == Some(today));
    // Each is an edit to undo.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run_steps(3);
    assert!(h.state().doc.plan.voices.ambassadors[0].allows(Permission::Repost));
}

/// The bakery with a routine and two ambassadors, one with a withdrawn agreement.
fn with_voices(h: &mut egui_kittest::Harness<'static, socialplan_window::PlannerApp>, lang: Language) {
    let day = |d: u32| Date(chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap());
    let plan = &mut h.state_mut().doc.plan;
    plan.voices.reviews = Some(ReviewRoutine {
        sites: vec!["google_business".into(), "facebook".into()],
        asks_per_week: 8,
        ..ReviewRoutine::starter()
    });
    let mut mill = Ambassador::new(pick(lang, "Le Moulin Vert", "Green Mill"), Role::Supplier);
    mill.send = Some(
        pick(lang, "Les photos de la récolte de la nouvelle farine", "The new flour's harvest photos").into(),
    );
    mill.agree(Permission::Tag, day(2));
    let mut lea = Ambassador::new("Léa Martin", Role::Customer);
    lea.agree(Permission::Repost, day(5));
    lea.agree(Permission::Tag, day(5));
    lea.withdraw(Permission::Tag, day(20));
    plan.voices.ambassadors = vec![mill, lea];
    h.run_steps(2);
    h.get_by_label(pick(lang, "Avis", "Reviews")).click();
    h.run_steps(4);
}

#[test]
fn snapshot_voices_fr_light_1280() {
    snapshot_window("voices_fr_light_1280", Language::Fr, egui::Theme::Light, WIDE, |h| {
        with_voices(h, Language::Fr)
    });
}

#[test]
fn snapshot_voices_en_dark_1024() {
    snapshot_window("voices_en_dark_1024", Language::En, egui::Theme::Dark, SMALL, |h| {
        with_voices(h, Language::En)
    });
}

#[test]
fn the_tab_speaks_the_windows_language_whatever_the_plans() {
    // The bakery is a French plan; the window here is in English.
    let mut h = open(&example("boulangerie.ron"), Language::En);
    h.state_mut().doc.plan.voices.reviews = Some(ReviewRoutine::starter());
    h.run_steps(2);
    h.get_by_label("Reviews").click();
    h.run_steps(4);
    let texts = painted_texts(&h);
    assert!(texts.iter().any(|t| t.starts_with("Ask 5 happy customers a week")), "{texts:?}");
    assert!(!texts.iter().any(|t| t.contains("clients contents")), "{texts:?}");
}
