//! The chosen platforms as a table (cadence, format, response target, the catalogue figures the
//! owner may override, who answers, hours per week), and a form to add the owner's own platform.

use eframe::egui;

use super::fields::number_field;

use crate::analysis::{PlanCost, Recommendation};
use crate::format;
use crate::model::{Catalogue, Choice, Language, Plan, Platform, PostFormat, rules};

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
        ui.heading(lang.pick("Plateformes choisies", "Chosen platforms"));
        if plan.current_choices().is_empty() {
            ui.weak(lang.pick(
                "Aucune pour l'instant : cliquez une plateforme sur la carte, ou ajoutez-la ci-dessous.",
                "None yet: click a platform on the map, or add one below.",
            ));
        } else {
            choices_table(ui, plan, cost, lang, catalogue);
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
            egui::ComboBox::from_id_salt("add platform")
                .selected_text(lang.pick("➕ Ajouter une plateforme…", "➕ Add a platform…"))
                .show_ui(ui, |ui| {
                    for (id, name) in &unchosen {
                        if ui.selectable_label(false, name).clicked() {
                            picked = Some(id.clone());
                        }
                    }
                });
            if let Some(id) = picked
                && let Some(p) = plan.platform(catalogue, &id)
            {
                let choice = Choice::with_defaults(p);
                plan.current_choices_mut().push(choice);
            }
        });

        ui.add_space(12.0);
        self.custom_ui(ui, plan, lang, catalogue);
    }

    fn custom_ui(&mut self, ui: &mut egui::Ui, plan: &mut Plan, lang: Language, catalogue: &Catalogue) {
        ui.heading(lang.pick("Vos propres plateformes", "Your own platforms"));
        ui.weak(lang.pick(
            "Une lettre d'information, un forum local, une place de marché… Elle apparaît sur la carte, où vous pouvez la déplacer.",
            "A newsletter, a local forum, a marketplace… It appears on the map, where you can drag it.",
        ));
        let mut remove = None;
        for (i, p) in plan.custom_platforms.iter_mut().enumerate() {
            ui.horizontal(|ui| {
                ui.add(egui::TextEdit::singleline(&mut p.name).desired_width(180.0));
                ui.label(format!(
                    "({}; {})",
                    format::number(p.b2b, 2, lang),
                    format::number(p.visual, 2, lang)
                ));
                if ui
                    .button("🗑")
                    .on_hover_text(lang.pick("Supprimer cette plateforme", "Delete this platform"))
                    .clicked()
                {
                    remove = Some(i);
                }
            });
        }
        if let Some(i) = remove {
            let id = plan.custom_platforms.remove(i).id;
            plan.forget_platform(&id);
        }
        egui::Grid::new("new custom platform").num_columns(2).show(ui, |ui| {
            let label = ui.label(lang.pick("Nom", "Name"));
            ui.add(
                egui::TextEdit::singleline(&mut self.new_name)
                    .hint_text(lang.pick("ex. Lettre d'information", "e.g. Newsletter"))
                    .desired_width(220.0),
            )
            .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(lang.pick("Particuliers ↔ Entreprises", "Consumers ↔ Businesses"));
            let two_places = move |v: f64, _| format::number(v, 2, lang);
            ui.add(egui::Slider::new(&mut self.new_b2b, 0.0..=1.0).custom_formatter(two_places))
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(lang.pick("Texte ↔ Visuel", "Text ↔ Visual"));
            ui.add(egui::Slider::new(&mut self.new_visual, 0.0..=1.0).custom_formatter(two_places))
                .labelled_by(label.id);
            ui.end_row();
        });
        let name = self.new_name.trim().to_owned();
        let taken = plan.platforms(catalogue).any(|p| p.name.eq_ignore_ascii_case(&name));
        let can_add = !name.is_empty() && !taken;
        let button = ui.add_enabled(
            can_add,
            egui::Button::new(lang.pick("Ajouter cette plateforme", "Add this platform")),
        );
        if taken {
            ui.colored_label(
                ui.visuals().warn_fg_color,
                lang.pick("Ce nom est déjà pris.", "That name is taken."),
            );
        }
        if button.clicked() {
            let id = unused_id(plan, catalogue, &name);
            plan.custom_platforms.push(Platform::custom(id, name, self.new_b2b, self.new_visual));
            self.new_name.clear();
        }
    }
}

fn choices_table(ui: &mut egui::Ui, plan: &mut Plan, cost: &PlanCost, lang: Language, catalogue: &Catalogue) {
    let mut remove = None;
    let headers = [
        lang.pick("Publications / sem.", "Posts / week"),
        lang.pick("Format", "Format"),
        lang.pick("Répondre sous", "Answer within"),
        lang.pick("Min. / post", "Min. / post"),
        lang.pick("Réponses / sem.", "Replies / week"),
        lang.pick("Planif. min / sem.", "Planning min / week"),
        lang.pick("Qui répond", "Who answers"),
        lang.pick("Adapte les publications de", "Adapts the posts of"),
        lang.pick("Abonnés", "Followers"),
        lang.pick("Heures / sem.", "Hours / week"),
        "",
    ];
    // Who may lend its posts: a chosen platform that makes its own (no chain of adaptations).
    let lenders: Vec<(String, String)> = plan
        .current_choices()
        .iter()
        .filter(|c| c.reuse_from.is_none())
        .map(|c| {
            let name = plan.platform(catalogue, &c.platform).map_or(c.platform.clone(), |p| p.name.clone());
            (c.platform.clone(), name)
        })
        .collect();
    let borrowed: Vec<String> = plan.current_choices().iter().filter_map(|c| c.reuse_from.clone()).collect();
    // Disjoint fields: the choices are edited while the custom platforms are read.
    let (choices, custom) = plan.current_choices_and_custom_mut();
    let name_of = |id: &str| custom.iter().find(|p| p.id == id).or_else(|| catalogue.get(id));
    // Both grids have rows of one height, so that the names stay level with their figures.
    let row = ui.spacing().interact_size.y + 6.0;
    ui.horizontal_top(|ui| {
        // The names stay in view while the figures scroll sideways in a narrow window.
        egui::Grid::new("choice names")
            .striped(true)
            .num_columns(1)
            .spacing([10.0, 6.0])
            .min_row_height(row)
            .show(ui, |ui| {
                ui.strong(lang.pick("Plateforme", "Platform"));
                ui.end_row();
                for choice in choices.iter() {
                    if let Some(platform) = name_of(&choice.platform) {
                        let label = ui.label(&platform.name);
                        // A shared inbox is said where the platform is named.
                        if let Some(inbox) = platform.inbox.as_deref().and_then(|g| catalogue.inbox(g)) {
                            label.on_hover_text(format!(
                                "{} {}",
                                lang.pick("Répondu depuis la boîte", "Answered from the"),
                                lang.pick(
                                    format!("{} (partagée)", inbox.name.get(lang)),
                                    format!("{} inbox (shared)", inbox.name.get(lang))
                                )
                            ));
                        }
                        ui.end_row();
                    }
                }
            });
        // Its bar always shows, solid: a table cut at the window's edge must say that it scrolls.
        ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
        egui::ScrollArea::horizontal()
            .id_salt("choices scroll")
            .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysVisible)
            .show(ui, |ui| {
                egui::Grid::new("choices")
                    .striped(true)
                    .num_columns(headers.len())
                    .spacing([10.0, 6.0])
                    .min_row_height(row)
                    .show(ui, |ui| {
                        for h in headers {
                            ui.strong(h);
                        }
                        ui.end_row();
                        for (i, choice) in choices.iter_mut().enumerate() {
                            let Some(platform) = name_of(&choice.platform) else { continue };
                            let figures = &platform.figures;
                            cadence_cell(ui, &mut choice.cadence, lang, i);
                            egui::ComboBox::from_id_salt(("format", i))
                                .selected_text(choice.format.label(lang))
                                .show_ui(ui, |ui| {
                                    for f in PostFormat::ALL {
                                        ui.selectable_value(&mut choice.format, f, f.label(lang));
                                    }
                                });
                            let looks = cost.choices.get(i).map_or(0.0, |c| c.looks_per_week);
                            promise_cell(ui, &mut choice.promise, looks, lang, i);
                            override_cell(
                                ui,
                                &mut choice.minutes_per_post,
                                figures.minutes_per_post.for_format(choice.format),
                                rules::MINUTES,
                                lang,
                                ("mpp", i),
                            );
                            override_cell(
                                ui,
                                &mut choice.replies_per_week,
                                figures.replies_per_week,
                                rules::REPLIES_PER_WEEK,
                                lang,
                                ("rpw", i),
                            );
                            override_cell(
                                ui,
                                &mut choice.planning_minutes_per_week,
                                figures.planning_minutes_per_week,
                                rules::MINUTES,
                                lang,
                                ("plan", i),
                            );
                            let mut who = choice.responder.clone().unwrap_or_default();
                            // A grid cell only offers last frame's column width: ask for the size outright, so a
                            // full name such as "Julien Durand" is not cut.
                            let edit = egui::TextEdit::singleline(&mut who)
                                .hint_text(lang.pick("à désigner", "to be named"));
                            if ui.add_sized([120.0, ui.spacing().interact_size.y], edit).changed() {
                                choice.responder = if who.trim().is_empty() { None } else { Some(who) };
                            }
                            reuse_cell(ui, choice, &lenders, &borrowed, lang, i);
                            followers_cell(ui, &mut choice.followers, lang, i);
                            let hours = cost
                                .choices
                                .get(i)
                                .map(|c| format::hours(c.total(), lang))
                                .unwrap_or_default();
                            ui.strong(hours);
                            if ui
                                .button("🗑")
                                .on_hover_text(lang.pick("Retirer du plan", "Remove from the plan"))
                                .clicked()
                            {
                                remove = Some(i);
                            }
                            ui.end_row();
                        }
                    });
            });
    });
    if let Some(i) = remove {
        let id = plan.current_choices()[i].platform.clone();
        plan.remove_choice(&id);
    }
}

/// Which chosen platform's posts this one adapts, or none (it makes its own).
fn reuse_cell(
    ui: &mut egui::Ui,
    choice: &mut Choice,
    lenders: &[(String, String)],
    borrowed: &[String],
    lang: Language,
    i: usize,
) {
    let own = lang.pick("— ses propres publications", "— its own posts");
    let shown = match &choice.reuse_from {
        Some(id) => lenders.iter().find(|(l, _)| l == id).map_or(id.clone(), |(_, name)| name.clone()),
        None => own.to_owned(),
    };
    // A platform others adapt from makes its own posts: no chain of adaptations.
    let lends = borrowed.contains(&choice.platform);
    ui.add_enabled_ui(!lends, |ui| {
        egui::ComboBox::from_id_salt(("reuse", i)).selected_text(shown).show_ui(ui, |ui| {
            ui.selectable_value(&mut choice.reuse_from, None, own);
            for (id, name) in lenders.iter().filter(|(id, _)| *id != choice.platform) {
                ui.selectable_value(&mut choice.reuse_from, Some(id.clone()), name);
            }
        })
    })
    .response
    .on_disabled_hover_text(lang.pick(
        "D'autres plateformes adaptent ses publications : elle fait les siennes",
        "Other platforms adapt its posts: it makes its own",
    ));
}

/// How often it gets a post: whole posts a week, or one every 2, 3 or 4 weeks.
fn cadence_cell(ui: &mut egui::Ui, cadence: &mut crate::model::Cadence, lang: Language, i: usize) {
    use crate::model::Cadence;
    let most = cadence.posts().max(14);
    egui::ComboBox::from_id_salt(("cadence", i)).selected_text(format::cadence(*cadence, lang)).show_ui(
        ui,
        |ui| {
            for c in std::iter::once(Cadence::weekly(0)).chain(Cadence::ladder(most)) {
                ui.selectable_value(cadence, c, format::cadence(c, lang));
            }
        },
    );
}

/// Within how many hours a message gets its answer, and whether the hours count the clock or
/// only the opening hours (with an away message).
fn promise_cell(
    ui: &mut egui::Ui,
    promise: &mut crate::model::Promise,
    looks: f64,
    lang: Language,
    i: usize,
) {
    use crate::model::PromiseKind;
    ui.push_id(("promise", i), |ui| {
        ui.horizontal(|ui| {
            ui.add(number_field(&mut promise.hours, rules::RESPONSE_HOURS, 2, " h", lang).speed(0.25))
                .on_hover_text(format!(
                    "{} {}",
                    format::number(looks, 0, lang),
                    lang.pick(
                        "coups d'œil par semaine pour tenir cette promesse",
                        "looks a week to keep this promise"
                    )
                ));
            let word = |k: PromiseKind| match k {
                PromiseKind::OpeningHours => lang.pick("d'ouverture", "of opening hours"),
                PromiseKind::Anytime => lang.pick("à toute heure", "any time"),
            };
            egui::ComboBox::from_id_salt("kind").selected_text(word(promise.kind)).show_ui(ui, |ui| {
                for k in PromiseKind::ALL {
                    ui.selectable_value(&mut promise.kind, k, word(k));
                }
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
            let response = ui.add(field).on_hover_text(lang.pick(
                "Vos abonnés sur cette plateforme : les réponses en sont estimées",
                "Your followers on this platform: replies are estimated from them",
            ));
            if response.changed() {
                *followers = Some(v.round().clamp(0.0, f64::from(rules::MAX_FOLLOWERS)) as u32);
            }
            if followers.is_some()
                && ui
                    .small_button("↺")
                    .on_hover_text(lang.pick("Effacer (estimation par défaut)", "Clear (default estimate)"))
                    .clicked()
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
                if ui
                    .small_button("↺")
                    .on_hover_text(
                        lang.pick("Revenir à la valeur du catalogue", "Back to the catalogue's figure"),
                    )
                    .clicked()
                {
                    *value = None;
                }
            } else {
                response.on_hover_text(lang.pick("Valeur du catalogue", "The catalogue's figure"));
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
