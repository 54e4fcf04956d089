//! The chosen platforms as a table (cadence, format, promise, Stories, who answers, where the
//! posts come from, hours per week, and behind a button the catalogue figures the owner may
//! override), and a form to add the owner's own platform.

use eframe::egui;

use super::fields::number_field;
use super::reuse::{Reuse, reuse_cell, wrong_way_ui};

use crate::analysis::{PlanCost, Recommendation};
use crate::format;
use crate::locale::Sentence as S;
use crate::model::{
    Cadence, Catalogue, Choice, Language, Plan, Platform, PostFormat, Promise, PromiseKind, TimeAvailable,
    rules,
};
use crate::report;

/// The form's fields between frames.
#[derive(Debug, Default)]
pub struct PlatformsView {
    new_name: String,
    new_b2b: f64,
    new_visual: f64,
}

impl PlatformsView {
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        plan: &mut Plan,
        cost: &PlanCost,
        ranking: &[Recommendation],
        lang: Language,
    ) {
        let catalogue = Catalogue::built_in();
        ui.heading(lang.word(S::ChosenPlatforms));
        if plan.current_choices().is_empty() {
            ui.weak(format::typography(lang.word(S::NoneYetClickAPlatform), lang));
        } else {
            choices_table(ui, plan, cost, ranking, lang, catalogue);
        }

        ui.add_space(6.0);
        ui.horizontal(|ui| {
            // Best ranked first, as on the map.
            let mut unchosen: Vec<(String, String)> = plan
                .platforms(catalogue)
                .filter(|p| !plan.is_chosen(&p.id))
                .map(|p| (p.id.clone(), p.name.clone()))
                .collect();
            unchosen.sort_by_key(|(id, _)| {
                ranking.iter().position(|r| &r.platform_id == id).unwrap_or(usize::MAX)
            });
            let mut picked = None;
            egui::ComboBox::from_id_salt("add platform").selected_text(lang.word(S::AddAPlatform)).show_ui(
                ui,
                |ui| {
                    for (id, name) in &unchosen {
                        if ui.selectable_label(false, name).clicked() {
                            picked = Some(id.clone());
                        }
                    }
                },
            );
            if let Some(id) = picked
                && let Some(p) = plan.platform(catalogue, &id)
            {
                let choice = crate::analysis::new_choice(plan, p);
                plan.current_choices_mut().push(choice);
            }
        });

        ui.add_space(12.0);
        super::reactivity::reactivity_ui(ui, plan, cost, lang);
        ui.add_space(12.0);
        self.custom_ui(ui, plan, lang, catalogue);
    }

    fn custom_ui(&mut self, ui: &mut egui::Ui, plan: &mut Plan, lang: Language, catalogue: &Catalogue) {
        ui.heading(lang.word(S::YourOwnPlatforms));
        ui.weak(lang.word(S::ANewsletterALocalForum));
        let mut remove = None;
        for (i, p) in plan.custom_platforms.iter_mut().enumerate() {
            ui.horizontal(|ui| {
                ui.add(egui::TextEdit::singleline(&mut p.name).desired_width(180.0));
                ui.label(format!(
                    "({}; {})",
                    format::number(p.b2b, 2, lang),
                    format::number(p.visual, 2, lang)
                ));
                if ui.button("🗑").on_hover_text(lang.word(S::DeleteThisPlatform)).clicked() {
                    remove = Some(i);
                }
            });
        }
        if let Some(i) = remove {
            plan.remove_custom_platform(i);
        }
        egui::Grid::new("new custom platform").num_columns(2).show(ui, |ui| {
            let label = ui.label(lang.word(S::Name));
            ui.add(
                egui::TextEdit::singleline(&mut self.new_name)
                    .hint_text(lang.word(S::EGNewsletter))
                    .desired_width(220.0),
            )
            .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(lang.word(S::ConsumersBusinesses));
            let two_places = move |v: f64, _| format::number(v, 2, lang);
            ui.add(egui::Slider::new(&mut self.new_b2b, 0.0..=1.0).custom_formatter(two_places))
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(lang.word(S::TextVisual));
            ui.add(egui::Slider::new(&mut self.new_visual, 0.0..=1.0).custom_formatter(two_places))
                .labelled_by(label.id);
            ui.end_row();
        });
        let name = self.new_name.trim().to_owned();
        let taken = plan.platforms(catalogue).any(|p| p.name.eq_ignore_ascii_case(&name));
        let can_add = !name.is_empty() && !taken;
        let button = ui.add_enabled(can_add, egui::Button::new(lang.word(S::AddThisPlatform)));
        if taken {
            ui.colored_label(ui.visuals().warn_fg_color, lang.word(S::ThatNameIsTaken));
        }
        if button.clicked() {
            let id = unused_id(plan, catalogue, &name);
            plan.add_custom_platform(Platform::custom(id, name, self.new_b2b, self.new_visual));
            self.new_name.clear();
        }
    }
}

/// The chosen platforms, one row each: the names and the hours a week stay in view while the
/// rest scrolls sideways in a narrow window; the figures the owner rarely changes wait behind
/// a button at the end of the row.
fn choices_table(
    ui: &mut egui::Ui,
    plan: &mut Plan,
    cost: &PlanCost,
    ranking: &[Recommendation],
    lang: Language,
    catalogue: &Catalogue,
) {
    let mut remove = None;
    let headers = [
        lang.word(S::Posts),
        lang.word(S::Format),
        lang.word(S::AnswerWithin),
        lang.word(S::StoriesWk),
        lang.word(S::ItsPosts),
        "",
    ];
    let reuse = Reuse::of(plan, catalogue, ranking);
    let time = plan.time.clone();
    // Disjoint fields: the choices are edited while the custom platforms are read.
    let (choices, custom) = plan.current_choices_and_custom_mut();
    let platform_of = |id: &str| custom.iter().find(|p| p.id == id).or_else(|| catalogue.get(id));
    // Both grids have rows of one height, so that the names stay level with their figures.
    let row = ui.spacing().interact_size.y + 6.0;
    ui.horizontal_top(|ui| {
        // The names, the hours and the delete button never scroll away.
        egui::Grid::new("choice names")
            .striped(true)
            .num_columns(3)
            .spacing([10.0, 6.0])
            .min_row_height(row)
            .show(ui, |ui| {
                ui.strong(lang.word(S::Platform));
                ui.strong(lang.word(S::HoursWeek));
                ui.label("");
                ui.end_row();
                for (i, choice) in choices.iter().enumerate() {
                    let Some(platform) = platform_of(&choice.platform) else { continue };
                    let label = ui.label(&platform.name);
                    // A shared inbox is said where the platform is named.
                    if let Some(inbox) = platform.inbox.as_deref().and_then(|g| catalogue.inbox(g)) {
                        label.on_hover_text(
                            lang.say(S::AnsweredFromInbox, &[("inbox", &inbox.name.get(lang))]),
                        );
                    }
                    let hours =
                        cost.choices.get(i).map(|c| format::hours(c.total(), lang)).unwrap_or_default();
                    ui.strong(hours);
                    if ui.button("🗑").on_hover_text(lang.word(S::RemoveFromThePlan)).clicked() {
                        remove = Some(i);
                    }
                    ui.end_row();
                }
            });
        // A solid bar whenever the table is cut at the window's edge: it must say that it scrolls.
        ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
        egui::ScrollArea::horizontal()
            .id_salt("choices scroll")
            .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::VisibleWhenNeeded)
            .show(ui, |ui| {
                egui::Grid::new("choices")
                    .striped(true)
                    .num_columns(headers.len())
                    // Closer than the names' grid: the whole row fits within 1280 points.
                    .spacing([8.0, 6.0])
                    .min_row_height(row)
                    .show(ui, |ui| {
                        // Each cell is named by its column, for screen readers.
                        let columns: Vec<egui::Id> = headers.iter().map(|h| ui.strong(*h).id).collect();
                        ui.end_row();
                        for (i, choice) in choices.iter_mut().enumerate() {
                            let Some(platform) = platform_of(&choice.platform) else { continue };
                            cadence_cell(ui, &mut choice.cadence, platform, lang, i);
                            egui::ComboBox::from_id_salt(("format", i))
                                .selected_text(choice.format.label(lang))
                                .width(96.0)
                                .show_ui(ui, |ui| {
                                    for f in PostFormat::ALL.into_iter().filter(|f| platform.takes(*f)) {
                                        ui.selectable_value(&mut choice.format, f, f.label(lang));
                                    }
                                });
                            let looks = cost.choices.get(i).map_or(0.0, |c| c.looks_per_week);
                            promise_cell(ui, &mut choice.promise, platform, (looks, &time), lang, i);
                            stories_cell(ui, &mut choice.stories_per_week, platform, lang, (i, columns[3]));
                            reuse_cell(ui, choice, &reuse, lang, i);
                            figures_cell(ui, choice, platform, lang, i);
                            ui.end_row();
                        }
                    });
            });
    });
    wrong_way_ui(ui, plan, &reuse, lang);
    if let Some(i) = remove {
        let id = plan.current_choices()[i].platform.clone();
        plan.remove_choice(&id);
    }
}

/// How often it gets a post: whole posts a week, or one every 2, 3 or 4 weeks, in the owner's
/// words; the usual cadence there and those that leave the account looking abandoned are said.
fn cadence_cell(ui: &mut egui::Ui, cadence: &mut Cadence, platform: &Platform, lang: Language, i: usize) {
    let most = cadence.posts().max(14);
    let usual = platform.figures.cadence();
    let alive = platform.figures.alive().least();
    // The cell says it as a table does ("3 / wk"); the list and the hover in words.
    egui::ComboBox::from_id_salt(("cadence", i))
        .selected_text(cadence.words_short(lang))
        .width(84.0)
        .show_ui(ui, |ui| {
            for c in std::iter::once(Cadence::weekly(0)).chain(Cadence::ladder(most)) {
                let mut words = c.words(lang);
                if c == usual {
                    words += lang.word(S::UsualHere);
                } else if c.is_lighter_than(alive) {
                    words += lang.word(S::LooksAbandoned);
                }
                ui.selectable_value(cadence, c, words);
            }
        })
        .response
        .on_hover_text(cadence.words(lang));
}

/// Within how many hours a message gets its answer, and whether the hours count the clock or
/// only the opening hours (with an away message); a warning when customers expect faster
/// (`looks` a week keep it; the business is open at `time`).
fn promise_cell(
    ui: &mut egui::Ui,
    promise: &mut Promise,
    platform: &Platform,
    (looks, time): (f64, &TimeAvailable),
    lang: Language,
    i: usize,
) {
    ui.push_id(("promise", i), |ui| {
        ui.horizontal(|ui| {
            ui.add(number_field(&mut promise.hours, rules::RESPONSE_HOURS, 2, " h", lang).speed(0.25))
                .on_hover_text(format!(
                    "{} {}",
                    format::number(looks, 0, lang),
                    lang.word(S::LooksAWeekToKeep)
                ));
            let word = |k: PromiseKind| match k {
                PromiseKind::OpeningHours => lang.word(S::OfOpeningHours),
                PromiseKind::Anytime => lang.word(S::AnyTime),
            };
            egui::ComboBox::from_id_salt("kind").selected_text(word(promise.kind)).width(80.0).show_ui(
                ui,
                |ui| {
                    for k in PromiseKind::ALL {
                        ui.selectable_value(&mut promise.kind, k, word(k));
                    }
                },
            );
            if let Some(said) = report::slower_than_expected(platform, *promise, time, lang) {
                ui.colored_label(ui.visuals().warn_fg_color, "⚠").on_hover_text(said);
            }
        });
    });
}

/// Stories a week besides the posts, on a platform that has them; a dash elsewhere.
fn stories_cell(
    ui: &mut egui::Ui,
    stories: &mut Option<u32>,
    platform: &Platform,
    lang: Language,
    (i, column): (usize, egui::Id),
) {
    if !platform.stories {
        ui.weak("—").on_hover_text(format!("{} {}", platform.name, lang.word(S::HasNoStories)));
        return;
    }
    ui.push_id(("stories", i), |ui| {
        let mut n = f64::from(stories.unwrap_or(0));
        let field = egui::DragValue::new(&mut n)
            .range(0.0..=f64::from(rules::MAX_STORIES_PER_WEEK))
            .clamp_existing_to_range(false)
            .speed(0.1)
            .custom_formatter(move |v, _| format::number(v, 0, lang))
            .custom_parser(super::fields::parse_number);
        let response = ui.add(field).labelled_by(column).on_hover_text(lang.word(S::StoriesAWeek));
        if response.changed() {
            let n = n.round().clamp(0.0, f64::from(rules::MAX_STORIES_PER_WEEK)) as u32;
            *stories = (n > 0).then_some(n);
        }
    });
}

/// The catalogue's figures for this platform that the owner may override, and the followers,
/// behind one button: most owners never change them.
fn figures_cell(ui: &mut egui::Ui, choice: &mut Choice, platform: &Platform, lang: Language, i: usize) {
    let changed = choice.minutes_per_post.is_some()
        || choice.replies_per_week.is_some()
        || choice.planning_minutes_per_week.is_some()
        || choice.followers.is_some();
    let button =
        ui.button(if changed { "⚙*" } else { "⚙" }).on_hover_text(lang.word(S::ThisPlatformsFigures));
    egui::Popup::from_toggle_button_response(&button)
        .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside)
        .show(|ui| {
            ui.push_id(("figures", i), |ui| {
                ui.strong(&platform.name);
                let figures = &platform.figures;
                egui::Grid::new("figures").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
                    ui.label(lang.word(S::MinutesPerPost));
                    override_cell(
                        ui,
                        &mut choice.minutes_per_post,
                        figures.minutes_per_post.for_format(choice.format),
                        rules::MINUTES,
                        lang,
                        "mpp",
                    );
                    ui.end_row();
                    ui.label(lang.word(S::RepliesPerWeek));
                    override_cell(
                        ui,
                        &mut choice.replies_per_week,
                        figures.replies_per_week,
                        rules::REPLIES_PER_WEEK,
                        lang,
                        "rpw",
                    );
                    ui.end_row();
                    ui.label(lang.word(S::PlanningMinWeek));
                    override_cell(
                        ui,
                        &mut choice.planning_minutes_per_week,
                        figures.planning_minutes_per_week,
                        rules::MINUTES,
                        lang,
                        "plan",
                    );
                    ui.end_row();
                    ui.label(lang.word(S::Followers));
                    followers_cell(ui, &mut choice.followers, lang, i);
                    ui.end_row();
                });
            });
        });
}

/// Followers there, when the owner knows them: replies are then estimated from them.
fn followers_cell(ui: &mut egui::Ui, followers: &mut Option<u32>, lang: Language, i: usize) {
    ui.push_id(("followers", i), |ui| {
        ui.horizontal(|ui| {
            let mut v = followers.map_or(0.0, f64::from);
            let unknown = followers.is_none();
            let field = egui::DragValue::new(&mut v)
                .range(0.0..=f64::from(rules::MAX_FOLLOWERS))
                .clamp_existing_to_range(false)
                .speed(10.0)
                .custom_formatter(
                    move |v, _| if unknown { "—".to_owned() } else { format::number(v, 0, lang) },
                )
                .custom_parser(super::fields::parse_number);
            let response = ui
                .add(field)
                .on_hover_text(format::typography(lang.word(S::YourFollowersOnThisPlatform), lang));
            if response.changed() {
                *followers = Some(v.round().clamp(0.0, f64::from(rules::MAX_FOLLOWERS)) as u32);
            }
            if followers.is_some()
                && ui.small_button("↺").on_hover_text(lang.word(S::ClearDefaultEstimate)).clicked()
            {
                *followers = None;
            }
        });
    });
}

/// A figure that takes the catalogue's value unless the owner changes it; ↺ goes back to it.
fn override_cell(
    ui: &mut egui::Ui,
    value: &mut Option<f64>,
    default: f64,
    limits: rules::Limits,
    lang: Language,
    id: impl std::hash::Hash + std::fmt::Debug,
) {
    ui.horizontal(|ui| {
        ui.push_id(id, |ui| {
            let mut v = value.unwrap_or(default);
            let response = ui.add(number_field(&mut v, limits, 2, "", lang).speed(0.5));
            if response.changed() {
                *value = Some(v);
            }
            if value.is_some() {
                if ui.small_button("↺").on_hover_text(lang.word(S::BackToTheCataloguesFigure)).clicked() {
                    *value = None;
                }
            } else {
                response.on_hover_text(lang.word(S::TheCataloguesFigure));
            }
        });
    });
}

/// An id for a new custom platform, made from its name and unique in the plan.
fn unused_id(plan: &Plan, catalogue: &Catalogue, name: &str) -> String {
    let base: String = name
        .to_lowercase()
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .trim_matches('-')
        .to_owned();
    let base = if base.is_empty() { "own".to_owned() } else { format!("own-{base}") };
    let taken = |id: &str| plan.platform(catalogue, id).is_some();
    if !taken(&base) {
        return base;
    }
    (2..).map(|i| format!("{base}-{i}")).find(|id| !taken(id)).unwrap_or(base)
}
