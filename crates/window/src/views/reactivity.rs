//! Who answers customers on each platform, and when nobody is there to answer: who covers on
//! days off and holidays, the away message that
//! tells a customer writing after closing when the answer will come, and the first public
//! answer to a complaint (the crisis card's). Each text shows the program's proposal
//! (`report::away_messages`, `report::holding_reply`) until the owner writes their own; ↺ goes
//! back to the proposal. The texts are for customers: in the plan's language.

use eframe::egui;

use crate::analysis::PlanCost;
use crate::format;
use crate::locale::Sentence as S;
use crate::model::{Catalogue, Language, Plan};
use crate::report;

pub fn reactivity_ui(ui: &mut egui::Ui, plan: &mut Plan, cost: &PlanCost, lang: Language) {
    let catalogue = Catalogue::built_in();
    ui.heading(lang.word(S::WhoAnswersCustomers));
    who_answers(ui, plan, lang, catalogue);
    ui.horizontal(|ui| {
        let label = ui.label(lang.word(S::WhoCoversOnDaysOff));
        let mut cover = plan.reactivity.cover.clone().unwrap_or_default();
        let edit =
            egui::TextEdit::singleline(&mut cover).hint_text(lang.word(S::ToBeNamed)).desired_width(180.0);
        if ui.add(edit).labelled_by(label.id).changed() {
            plan.set_cover(cover);
        }
    });
    ui.add_space(6.0);
    ui.strong(lang.word(S::TextsReadyForYourCustomers));
    if plan.language != lang {
        ui.weak(format!("{} ({})", lang.word(S::TheTextsForYourCustomers), plan.language.name_in(lang)));
    }

    let label = ui.label(lang.word(S::AwayMessage));
    ui.weak(format::typography(lang.word(S::SentByItselfToWhoever), lang));
    let messages = report::away_messages(plan, catalogue, cost);
    let elsewhere = report::no_auto_reply(plan, catalogue, cost, lang);
    if messages.is_empty() && elsewhere.is_empty() {
        ui.weak(format::typography(lang.word(S::NoneNeededNowEveryPromise), lang));
    }
    let own = plan.reactivity.away_message.is_some();
    let proposals = if own {
        let mut proposed = plan.clone();
        proposed.reactivity.away_message = None;
        report::away_messages(&proposed, catalogue, cost)
    } else {
        messages.clone()
    };
    for (i, message) in messages.iter().enumerate() {
        ui.label(&message.platforms);
        let mut text = message.text.clone();
        let edit = egui::TextEdit::multiline(&mut text)
            .id(ui.make_persistent_id(("away message", i)))
            .desired_rows(2)
            .desired_width(ui.available_width().min(640.0));
        let response = ui.add(edit).labelled_by(label.id);
        if response.changed() {
            plan.reactivity.away_message = Some(text);
        }
    }
    if own {
        ui.horizontal_wrapped(|ui| {
            if messages.len() > 1 {
                ui.weak(lang.word(S::YourAwayMessageForEveryInbox));
            }
            let back = ui.button(lang.word(S::BackToTheProposedMessage));
            let proposed: Vec<String> = proposals.iter().map(|m| m.text.clone()).collect();
            if back.on_hover_text(proposed.join("\n\n")).clicked() {
                plan.reactivity.away_message = None;
            }
        });
    }
    if !elsewhere.is_empty() {
        ui.add(egui::Label::new(elsewhere).wrap());
    }

    ui.add_space(6.0);
    let label = ui.label(lang.word(S::HoldingReplyToAComplaint));
    ui.weak(format::typography(lang.word(S::TheFirstPublicAnswerWithin), lang));
    let mut text = report::holding_reply(plan, plan.language);
    let edit = egui::TextEdit::multiline(&mut text)
        .id(ui.make_persistent_id("holding reply"))
        .desired_rows(2)
        .desired_width(ui.available_width().min(640.0));
    if ui.add(edit).labelled_by(label.id).changed() {
        plan.reactivity.holding_reply = Some(text);
    }
    if plan.reactivity.holding_reply.is_some() {
        let mut proposed = plan.clone();
        proposed.reactivity.holding_reply = None;
        let back = ui.button(lang.word(S::BackToTheProposedReply));
        if back.on_hover_text(report::holding_reply(&proposed, plan.language)).clicked() {
            plan.reactivity.holding_reply = None;
        }
    }
}

/// Who watches and answers on each chosen platform (the crisis card names them).
fn who_answers(ui: &mut egui::Ui, plan: &mut Plan, lang: Language, catalogue: &Catalogue) {
    let (choices, custom) = plan.current_choices_and_custom_mut();
    if choices.is_empty() {
        return;
    }
    egui::Grid::new("who answers").num_columns(2).spacing([10.0, 4.0]).show(ui, |ui| {
        for (i, choice) in choices.iter_mut().enumerate() {
            let name = custom
                .iter()
                .find(|p| p.id == choice.platform)
                .or_else(|| catalogue.get(&choice.platform))
                .map_or_else(|| choice.platform.clone(), |p| p.name.clone());
            let label = ui.label(name);
            let mut who = choice.responder.clone().unwrap_or_default();
            let edit = egui::TextEdit::singleline(&mut who)
                .id(ui.make_persistent_id(("responder", i)))
                .hint_text(lang.word(S::ToBeNamed))
                .desired_width(180.0);
            if ui.add(edit).labelled_by(label.id).changed() {
                choice.responder = if who.trim().is_empty() { None } else { Some(who) };
            }
            ui.end_row();
        }
    });
}
