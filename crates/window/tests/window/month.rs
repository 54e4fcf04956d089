//! Issue 19: the Month tab, the monthly check-in in the window.

use eframe::egui;
use egui_kittest::kittest::Queryable;
use socialplan_core::model::{Language, Month, MonthRecord};

use super::{SMALL, WIDE, copy_of, open, painted_texts, pick, snapshot_window};

fn type_into(h: &mut egui_kittest::Harness<'static, socialplan_window::PlannerApp>, label: &str, text: &str) {
    h.get_by_label(label).click();
    h.run_steps(2);
    h.get_by_label(label).type_text(text);
    h.run_steps(2);
}

#[test]
fn the_month_form_records_replaces_and_refuses_with_a_clear_message() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut h = open(&path, Language::Fr);
    h.get_by_label("Mois").click();
    h.run_steps(3);
    h.state_mut().month.month = "2026-10".into();
    h.run_steps(2);
    type_into(&mut h, "Minutes en tout", "300");
    type_into(&mut h, "Demandes", "3");
    h.get_by_label("Noter le mois").click();
    h.run_steps(4);
    let month = Month::new(2026, 10).unwrap();
    let kept = h.state().doc.plan.months.get(month, "instagram").cloned().expect("recorded");
    assert_eq!((kept.time.total, kept.results.enquiries), (Some(300.0), Some(3)));
    assert!(painted_texts(&h).iter().any(|t| t.contains("2026-10 sur Instagram") && t.contains("noté")));
    // Again for the same month: replaced, and said so.
    type_into(&mut h, "Minutes en tout", "240");
    h.get_by_label("Noter le mois").click();
    h.run_steps(4);
    assert_eq!(h.state().doc.plan.months.records.len(), 1);
    assert_eq!(h.state().doc.plan.months.records[0].time.total, Some(240.0));
    assert!(
        painted_texts(&h)
            .iter()
            .any(|t| t.contains("remplace les chiffres notés avant (300 min, Demandes 3)"))
    );
    // Negative minutes, a month still to come: refused, nothing changes.
    let before = h.state().doc.plan.months.clone();
    type_into(&mut h, "Minutes en tout", "-5");
    h.get_by_label("Noter le mois").click();
    h.run_steps(4);
    assert!(
        painted_texts(&h).iter().any(|t| t.contains("-5") && t.contains("entre 0 et")),
        "{:?}",
        painted_texts(&h)
    );
    h.state_mut().month.month = "2999-01".into();
    h.state_mut().month.minutes[0] = "60".into();
    h.run_steps(2);
    h.get_by_label("Noter le mois").click();
    h.run_steps(4);
    assert!(painted_texts(&h).iter().any(|t| t.contains("n'est pas encore là")));
    assert_eq!(h.state().doc.plan.months, before);
}

/// Four months over two platforms, the last two over the budget, three enough to learn from.
fn months(h: &mut egui_kittest::Harness<'static, socialplan_window::PlannerApp>) {
    let now = Month::this_month();
    for (m, ig, fb, enquiries, followers) in [
        (8, 900.0, 500.0, 6, 40),
        (9, 1000.0, 450.0, 5, 35),
        (10, 1400.0, 700.0, 7, 30),
        (11, 1300.0, 800.0, 8, 50),
    ] {
        let month = Month::new(2026, m).unwrap();
        let mut r = MonthRecord::new(month, "instagram");
        (r.time.total, r.results.enquiries, r.results.followers) =
            (Some(ig), Some(enquiries), Some(followers));
        h.state_mut().doc.plan.months.record(r, now).unwrap();
        let mut r = MonthRecord::new(month, "facebook");
        (r.time.total, r.results.reviews) = (Some(fb), Some(1));
        h.state_mut().doc.plan.months.record(r, now).unwrap();
    }
    h.state_mut().month.month = "2026-11".into();
    h.get_by_label(pick(h.state().prefs.language(), "Mois", "Month")).click();
    h.run_steps(4);
}

#[test]
fn the_month_tab_shows_planned_against_real_the_warning_what_was_learned_and_keep_or_drop() {
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut h = open(&path, Language::En);
    months(&mut h);
    let texts = painted_texts(&h);
    for expected in [
        "Planned and real",
        "the real hours stayed over the budget",
        "your figure, from 4 months",
        "Keep Instagram",
        "2026-11",
    ] {
        assert!(texts.iter().any(|t| t.contains(expected)), "{expected}: {texts:?}");
    }
}

#[test]
fn snapshot_month_fr_light_1280() {
    snapshot_window("month_fr_light_1280", Language::Fr, egui::Theme::Light, WIDE, months);
}

#[test]
fn snapshot_month_en_dark_1024() {
    snapshot_window("month_en_dark_1024", Language::En, egui::Theme::Dark, SMALL, months);
}
