//! Issue 20: a frame of a drag follows the week's cost at once and leaves the slow part (the
//! ranking and the advice) for the drag's end; once it ends, nothing on screen is older than
//! the plan.

use eframe::egui::{self, accesskit::Role};
use egui_kittest::kittest::{Queryable, by};
use socialplan_core::analysis::{self, Status};
use socialplan_core::model::{Catalogue, Language};
use socialplan_core::report;

use super::{copy_of, open, painted_texts, show_in_panel};

#[test]
fn the_advice_waits_for_the_end_of_a_drag_and_is_fresh_once_it_ends() {
    let catalogue = Catalogue::built_in();
    let lang = Language::En;
    let (_dir, path) = copy_of("boulangerie.ron");
    let mut h = open(&path, lang);
    // Room to spare at first: no advice.
    h.state_mut().doc.plan.time.weekly_budget_hours = 40.0;
    h.run_steps(3);
    let start = h.state().doc.plan.clone();
    assert_eq!(analysis::cost(&start, catalogue).status(), Status::Within);

    // The hours slider, pressed and dragged to its low end, one small move a frame.
    // Below the products in the left panel: scrolled into view first.
    show_in_panel(&mut h, "Hours per week");
    let slider = h.get(by().role(Role::Slider).label("Hours per week")).rect();
    let from = slider.center();
    let to = egui::pos2(slider.left() + 2.0, from.y);
    h.drag_at(from);
    h.run_steps(1);
    for i in 1..=6 {
        h.hover_at(from + (to - from) * (i as f32 / 6.0));
        h.run_steps(1);
    }
    let during = h.state().doc.plan.clone();
    let cost = analysis::cost(&during, catalogue);
    assert!(during.time.weekly_budget_hours < start.time.weekly_budget_hours, "the drag moved the slider");
    assert_eq!(cost.status(), Status::Over, "the drag took the plan over its hours");
    let advice = analysis::bring_back_within_budget(&during, catalogue);
    assert!(!advice.is_empty(), "a plan over its hours gets advice");

    // While the pointer is down: the sentence about the week is the plan's as it is now...
    let texts = painted_texts(&h);
    assert!(texts.contains(&report::verdict(&cost, lang)), "the week's sentence lags the drag: {texts:?}");
    // ...and the advice, worked out before the drag (none then), waits.
    for step in &advice {
        assert!(h.query_by_label(&step.describe(lang)).is_none(), "advice worked out during the drag");
    }

    // The first frame after the drag shows the advice for the plan as it was left.
    h.drop_at(to);
    h.step();
    assert_eq!(h.state().doc.plan, during, "letting go does not move the slider");
    for step in &advice {
        assert!(
            h.query_by_label(&step.describe(lang)).is_some(),
            "the advice is not the plan's once the drag ended: {} missing",
            step.describe(lang)
        );
    }
    assert!(painted_texts(&h).contains(&report::verdict(&cost, lang)));
}
