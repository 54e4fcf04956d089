//! The Reviews tab: the review routine (where customers read the reviews, when and how to ask,
//! how many a week, the promise every reply keeps) and the ambassadors, with the record of who
//! agreed to be tagged or reposted, and when (docs/method.md, "Reviews and ambassadors").
//! Edits go through the plan's methods (`model/edits.rs`); an agreement is recorded after the
//! frame (`Action::Consent`), dated the day it is given.

use eframe::egui;

use crate::action::{Action, Actions};
use crate::analysis::VoicesCost;
use crate::format;
use crate::locale::Sentence as S;
use crate::model::{AskMoment, AskWay, Catalogue, Language, Permission, Plan, Role, rules};
use crate::report;

/// Draws the tab; `cost` is the routine's time as worked out at the frame's start.
pub fn voices_ui(
    ui: &mut egui::Ui,
    plan: &mut Plan,
    cost: &VoicesCost,
    lang: Language,
    actions: &mut Actions,
) {
    let page = report::voices_page_with(plan, Catalogue::built_in(), cost, lang);
    ui.heading(&page.routine_heading);
    routine_ui(ui, plan, &page.routine, &page.no_routine, lang);
    ui.add_space(6.0);
    ui.strong(&page.weekly);
    ui.add_space(10.0);
    ui.separator();
    ui.heading(&page.ambassadors_heading);
    ui.weak(&page.consent_rule);
    ui.add_space(4.0);
    ambassadors_ui(ui, plan, &page.no_ambassadors, lang, actions);
}

fn routine_ui(ui: &mut egui::Ui, plan: &mut Plan, says: &[String], none: &str, lang: Language) {
    if plan.voices.reviews.is_none() {
        ui.label(none);
        if ui.button(lang.word(S::StartReviewRoutine)).clicked() {
            plan.start_review_routine();
        }
        return;
    }
    let catalogue = Catalogue::built_in();
    let name_of = |plan: &Plan, id: &str| {
        plan.platform(catalogue, id).map_or_else(|| id.to_owned(), |p| p.name.clone())
    };
    let sites: Vec<String> = plan.voices.reviews.as_ref().map_or_else(Vec::new, |r| r.sites.clone());
    let unlisted: Vec<(String, String)> = plan
        .platforms(catalogue)
        .filter(|p| !sites.contains(&p.id))
        .map(|p| (p.id.clone(), p.name.clone()))
        .collect();
    let (mut add, mut remove) = (None, None);
    egui::Grid::new("review routine").num_columns(2).spacing([12.0, 6.0]).show(ui, |ui| {
        ui.label(lang.word(S::ReviewSitesLabel));
        ui.horizontal_wrapped(|ui| {
            for (i, id) in sites.iter().enumerate() {
                ui.label(name_of(plan, id));
                if sites.len() > 1
                    && ui.small_button("🗑").on_hover_text(lang.word(S::RemoveReviewSite)).clicked()
                {
                    remove = Some(i);
                }
                ui.add_space(6.0);
            }
            egui::ComboBox::from_id_salt("add review site")
                .selected_text(lang.word(S::AddReviewSite))
                .show_ui(ui, |ui| {
                    for (id, name) in &unlisted {
                        if ui.selectable_label(false, name).clicked() {
                            add = Some(id.clone());
                        }
                    }
                });
        });
        ui.end_row();
        let Some(routine) = plan.voices.reviews.as_mut() else { return };
        ui.label(lang.word(S::AskAfterLabel));
        egui::ComboBox::from_id_salt("ask after").selected_text(routine.ask_after.words(lang)).show_ui(
            ui,
            |ui| {
                for m in AskMoment::ALL {
                    ui.selectable_value(&mut routine.ask_after, m, m.words(lang));
                }
            },
        );
        ui.end_row();
        ui.label(lang.word(S::AskByLabel));
        egui::ComboBox::from_id_salt("ask by").selected_text(routine.ask_by.words(lang)).show_ui(ui, |ui| {
            for w in AskWay::ALL {
                ui.selectable_value(&mut routine.ask_by, w, w.words(lang));
            }
        });
        ui.end_row();
        ui.label(lang.word(S::AsksPerWeekLabel));
        ui.add(egui::DragValue::new(&mut routine.asks_per_week).range(0..=rules::MAX_ASKS_PER_WEEK));
        ui.end_row();
    });
    if let Some(id) = add {
        plan.add_review_site(&id);
    }
    if let Some(i) = remove {
        plan.remove_review_site(i);
    }
    ui.add_space(4.0);
    for line in says {
        ui.add(egui::Label::new(line.as_str()).wrap());
    }
    if ui.button(lang.word(S::StopReviewRoutine)).clicked() {
        plan.stop_review_routine();
    }
}

fn ambassadors_ui(ui: &mut egui::Ui, plan: &mut Plan, none: &str, lang: Language, actions: &mut Actions) {
    if plan.voices.ambassadors.is_empty() {
        ui.label(none);
    }
    let mut remove = None;
    for (i, a) in plan.voices.ambassadors.iter_mut().enumerate() {
        ui.push_id(("ambassador", i), |ui| {
            ui.group(|ui| {
                ui.set_width(ui.available_width());
                ui.horizontal_wrapped(|ui| {
                    ui.add(
                        egui::TextEdit::singleline(&mut a.name)
                            .char_limit(rules::MAX_NAME_CHARS)
                            .desired_width(180.0),
                    );
                    egui::ComboBox::from_id_salt("role").selected_text(a.role.words(lang)).show_ui(
                        ui,
                        |ui| {
                            for r in Role::ALL {
                                ui.selectable_value(&mut a.role, r, r.words(lang));
                            }
                        },
                    );
                    for what in Permission::ALL {
                        let mut on = a.allows(what);
                        if ui
                            .checkbox(&mut on, what.words(lang))
                            .on_hover_text(lang.word(S::ConsentTooltip))
                            .changed()
                        {
                            actions.push(Action::Consent { ambassador: i, what, agreed: on });
                        }
                    }
                    if ui.button("🗑").on_hover_text(lang.word(S::RemoveAmbassador)).clicked() {
                        remove = Some(i);
                    }
                });
                ui.horizontal(|ui| {
                    ui.label(lang.word(S::SendHeading));
                    let mut send = a.send.clone().unwrap_or_default();
                    let edit = ui.add(
                        egui::TextEdit::singleline(&mut send)
                            .char_limit(rules::MAX_IDEA_CHARS)
                            .desired_width(ui.available_width().max(200.0)),
                    );
                    if edit.changed() {
                        a.send = (!send.trim().is_empty()).then_some(send);
                    }
                });
                let record = report::record_words(a, lang);
                ui.add(
                    egui::Label::new(egui::RichText::new(format!(
                        "{}{}{record}",
                        lang.word(S::TheirRecord),
                        format::colon(lang)
                    )))
                    .wrap(),
                );
            });
        });
    }
    if let Some(i) = remove {
        plan.remove_ambassador(i);
    }
    if ui.button(lang.word(S::AddAmbassador)).clicked() {
        plan.add_ambassador(lang.word(S::NewAmbassador), Role::Customer);
    }
}
