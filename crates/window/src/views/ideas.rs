//! The Ideas tab: what to post in the next four weeks (a product and a kind of idea for each
//! publication, in turn), the kind of business whose starter ideas the plan uses, and the
//! owner's own ideas, to keep, edit and add to (docs/method.md, "What to post").

use chrono::NaiveDate;
use eframe::egui;

use crate::analysis::IdeaSlot;
use crate::derived::IdeasData;
use crate::format;
use crate::locale::Sentence as S;
use crate::model::{BusinessKind, Idea, IdeaKind, Language, Plan, StarterIdeas, rules};
use crate::report;

/// How many weeks the tab shows.
pub const WEEKS: u32 = 4;

#[derive(Debug, Default)]
pub struct IdeasView {
    /// The first week shown is the one holding this day; none: today (tests fix it).
    pub from: Option<NaiveDate>,
}

impl IdeasView {
    /// The day whose week comes first.
    pub fn from(&self) -> NaiveDate {
        self.from.unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    /// Draws the tab; `data` is worked out from `plan` as it was at the frame's start.
    pub fn ui(&mut self, ui: &mut egui::Ui, plan: &mut Plan, data: &IdeasData, lang: Language) {
        let starters = StarterIdeas::built_in();
        let business = starters.get(&data.business_kind).unwrap_or_else(|| starters.generic());
        ui.weak(format::typography(lang.word(S::OneInFiveSells), lang));
        ui.add_space(4.0);
        kind_of_business_ui(ui, plan, business, lang);
        ui.add_space(8.0);
        ui.heading(lang.word(S::TheComingWeeks));
        coming_weeks_ui(ui, &data.slots, lang);
        ui.add_space(12.0);
        ui.separator();
        own_ideas_ui(ui, plan, business, &data.starters, lang);
    }
}

fn kind_of_business_ui(ui: &mut egui::Ui, plan: &mut Plan, current: &BusinessKind, lang: Language) {
    let starters = StarterIdeas::built_in();
    let mut chosen = None;
    ui.horizontal(|ui| {
        ui.label(lang.word(S::KindOfBusiness));
        egui::ComboBox::from_id_salt("kind of business").selected_text(current.name(lang)).show_ui(
            ui,
            |ui| {
                for kind in &starters.businesses {
                    if ui.selectable_label(kind.id == current.id, kind.name(lang)).clicked() {
                        chosen = Some(kind.id.clone());
                    }
                }
            },
        );
    });
    if let Some(id) = chosen.filter(|id| *id != current.id) {
        plan.set_business_kind(&id);
    }
}

/// Between the rows of the coming weeks.
const ROW_SPACING: f32 = 4.0;

/// One row a publication, a heading a week. Only the rows in sight are drawn (several hundred
/// on a large plan): a row out of sight is a gap of its last height, its short cells as wide
/// as the widest text of their column, so that the columns stand where the whole table would
/// put them and do not move as the owner scrolls.
fn coming_weeks_ui(ui: &mut egui::Ui, slots: &[IdeaSlot], lang: Language) {
    if slots.is_empty() {
        ui.label(format::typography(lang.word(S::IdeasNoPublication), lang));
        return;
    }
    let date = |slot: &IdeaSlot| format!("{} {}", slot.day.short(lang), slot.date);
    let widths = column_widths(ui, slots, lang, date);
    let heights_id = ui.scope_id().with("coming ideas row heights");
    let mut heights: Vec<f32> = ui.data(|d| d.get_temp(heights_id)).unwrap_or_default();
    // A row never drawn yet: one line, the most common.
    heights.resize(slots.len(), ui.text_style_height(&egui::TextStyle::Body));
    egui::Grid::new("coming ideas").striped(true).num_columns(5).spacing([12.0, ROW_SPACING]).show(
        ui,
        |ui| {
            for heading in
                [S::DateHeading, S::PlatformInSentence, S::ProductHeading, S::KindOfIdea, S::IdeaHeading]
            {
                ui.strong(capitalized(lang.word(heading)));
            }
            ui.end_row();
            for (slot, height) in slots.iter().zip(heights.iter_mut()) {
                let row = egui::Rect::from_min_size(ui.cursor().min, egui::vec2(1.0, *height));
                if !ui.is_rect_visible(row) {
                    for width in widths {
                        ui.allocate_space(egui::vec2(width, *height));
                    }
                    ui.allocate_space(egui::vec2(0.0, *height));
                    ui.end_row();
                    continue;
                }
                ui.label(date(slot));
                ui.label(&slot.platform_names);
                ui.label(&slot.product);
                ui.label(slot.kind.word(lang));
                ui.add(egui::Label::new(report::idea_words(slot, lang)).wrap());
                ui.end_row();
                // The next row starts below this one and the grid's spacing.
                *height = (ui.cursor().min.y - row.min.y - ROW_SPACING).max(1.0);
            }
        },
    );
    ui.data_mut(|d| d.insert_temp(heights_id, heights));
}

/// The widest date, platforms, product and kind of the rows, as labels draw them: worked out
/// again only when one of those texts changes (or the language, or the font's size).
fn column_widths(
    ui: &egui::Ui,
    slots: &[IdeaSlot],
    lang: Language,
    date: impl Fn(&IdeaSlot) -> String,
) -> [f32; 4] {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    lang.hash(&mut hasher);
    ui.text_style_height(&egui::TextStyle::Body).to_bits().hash(&mut hasher);
    for slot in slots {
        (slot.day, slot.date, &slot.platform_names, &slot.product, slot.kind).hash(&mut hasher);
    }
    let key = hasher.finish();
    let id = ui.scope_id().with("coming ideas column widths");
    if let Some((known, widths)) = ui.data(|d| d.get_temp::<(u64, [f32; 4])>(id))
        && known == key
    {
        return widths;
    }
    let width = |text: String| {
        egui::WidgetText::from(text)
            .into_galley(ui, Some(egui::TextWrapMode::Extend), f32::INFINITY, egui::TextStyle::Body)
            .size()
            .x
    };
    let mut widths = [0.0_f32; 4];
    for slot in slots {
        let texts =
            [date(slot), slot.platform_names.clone(), slot.product.clone(), slot.kind.word(lang).to_owned()];
        for (w, text) in widths.iter_mut().zip(texts) {
            *w = w.max(width(text));
        }
    }
    ui.data_mut(|d| d.insert_temp(id, (key, widths)));
    widths
}

/// The owner's ideas, or the starter ones with a button to keep them.
fn own_ideas_ui(
    ui: &mut egui::Ui,
    plan: &mut Plan,
    kind: &BusinessKind,
    shown: &[(IdeaKind, String)],
    lang: Language,
) {
    let business = lang.say(S::Quoted, &[("name", &kind.name(lang))]);
    ui.heading(lang.word(S::YourIdeas));
    if plan.content.ideas.is_empty() {
        ui.label(format::typography(&lang.say(S::IdeasFromStarters, &[("kind", &business)]), lang));
        if ui
            .button(lang.word(S::KeepStarterIdeas))
            .on_hover_text(lang.word(S::KeepStarterIdeasTooltip))
            .clicked()
        {
            plan.keep_starter_ideas();
        }
        egui::Grid::new("starter ideas").striped(true).num_columns(2).show(ui, |ui| {
            for (kind, text) in shown {
                ui.weak(kind.word(lang));
                ui.weak(text);
                ui.end_row();
            }
        });
        return;
    }
    let count = plan.content.ideas.len().to_string();
    ui.label(format::typography(&lang.say(S::IdeasYourOwn, &[("count", &count), ("kind", &business)]), lang));
    let products: Vec<String> = plan.products.iter().map(|p| p.name.clone()).collect();
    let mut remove = None;
    egui::Grid::new("own ideas").striped(true).num_columns(4).show(ui, |ui| {
        for (i, idea) in plan.content.ideas.iter_mut().enumerate() {
            ui.push_id(("idea", i), |ui| {
                egui::ComboBox::from_id_salt("kind").selected_text(idea.kind.word(lang)).show_ui(ui, |ui| {
                    for kind in IdeaKind::ALL {
                        ui.selectable_value(&mut idea.kind, kind, kind.word(lang));
                    }
                });
            });
            ui.push_id(("product", i), |ui| {
                let shown = idea.product.clone().unwrap_or_else(|| lang.word(S::AnyProduct).to_owned());
                egui::ComboBox::from_id_salt("product").selected_text(format::short(&shown, 24)).show_ui(
                    ui,
                    |ui| {
                        ui.selectable_value(&mut idea.product, None, lang.word(S::AnyProduct));
                        for name in &products {
                            ui.selectable_value(&mut idea.product, Some(name.clone()), name);
                        }
                    },
                );
            });
            ui.add(
                egui::TextEdit::singleline(&mut idea.text)
                    .char_limit(rules::MAX_IDEA_CHARS)
                    .desired_width((ui.available_width() - 40.0).max(200.0)),
            );
            if ui.button("🗑").on_hover_text(lang.word(S::RemoveThisIdea)).clicked() {
                remove = Some(i);
            }
            ui.end_row();
        }
    });
    if let Some(i) = remove {
        plan.remove_idea(i);
    }
    if ui.button(lang.word(S::AddAnIdea)).clicked() {
        plan.add_idea(Idea::new(IdeaKind::Useful, lang.word(S::NewIdea)));
    }
}

fn capitalized(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
