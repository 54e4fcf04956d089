//! The left panel: the business, its products, its audience (who the customers are, the goals,
//! how far they come from) and the time the owner has (hours, opening week, rush hours).

use eframe::egui::{self, Slider, SliderClamping};

use crate::format;
use crate::locale::Sentence as S;
use crate::model::{Goal, Language, Plan, Product, Reach, rules};

/// Returns why an edit was not kept (a closing time the plan rules refuse), for the status bar.
pub fn business_ui(ui: &mut egui::Ui, plan: &mut Plan, lang: Language) -> Option<String> {
    // The panel's words are captions of its fields, not text to copy: not selectable, they
    // cost no accessibility text runs (one a letter) nor a hit test a frame.
    ui.style_mut().interaction.selectable_labels = false;
    let focus = focus_rect(ui);
    section(ui, focus, "business section", |ui| business_section(ui, plan, lang));
    ui.add_space(8.0);
    section(ui, focus, "products section", |ui| products_ui(ui, plan, lang));
    ui.add_space(8.0);
    section(ui, focus, "audience section", |ui| audience_section(ui, plan, lang));
    // Apart from the audience's text: on a typical screen the panel's bottom edge falls
    // between them.
    section(ui, focus, "customers section", |ui| customers_section(ui, plan, lang));
    ui.add_space(8.0);
    let mut refused = None;
    section(ui, focus, "time section", |ui| refused = time_section(ui, plan, lang));
    keep_focus_in_view(ui);
    refused
}

/// A section of the panel, drawn only when some of it is in sight, or the focus is in it or
/// next to it (Tab then reaches its first field): out of sight, it is a gap of the height it
/// had when last drawn, as the products' blocks are. About half the panel is out of sight on
/// a typical screen; its widgets cost a frame as much as those in sight. What a section shows
/// is read from the plan whenever it is drawn: nothing in it is kept from an earlier frame.
fn section(ui: &mut egui::Ui, focus: Option<egui::Rect>, name: &str, add: impl FnOnce(&mut egui::Ui)) {
    ui.push_id(name, |ui| {
        let height_id = ui.scope_id().with("height");
        let width = ui.available_width();
        if let Some(height) = ui.data(|d| d.get_temp::<f32>(height_id)) {
            let slot = egui::Rect::from_min_size(ui.cursor().min, egui::vec2(width, height));
            // The next field a Tab or a Shift+Tab reaches from a neighbouring section.
            let near = slot.expand2(egui::vec2(0.0, NEAR_FOCUS));
            if !ui.is_rect_visible(slot) && !focus.is_some_and(|r| near.intersects(r)) {
                ui.allocate_space(egui::vec2(width, height));
                return;
            }
        }
        let top = ui.min_rect().top();
        add(ui);
        let height = ui.min_rect().bottom() - top;
        ui.data_mut(|d| d.insert_temp(height_id, height));
    });
}

/// Where the focused widget was drawn last frame. In the frame where Tab moves the focus on,
/// egui says no widget has it: the one that had it the frame before then counts.
fn focus_rect(ui: &egui::Ui) -> Option<egui::Rect> {
    let id = ui.scope_id().with("focus rect");
    let now = ui.memory(|m| m.focused()).and_then(|f| ui.ctx().read_response(f)).map(|r| r.rect);
    let before = ui.data_mut(|d| {
        let before = d.get_temp::<Option<egui::Rect>>(id).flatten();
        d.insert_temp(id, now);
        before
    });
    now.or(before)
}

/// How far from a section the focus may be for it to be drawn though out of sight: more than
/// a field and the gap between sections.
const NEAR_FOCUS: f32 = 80.0;

fn business_section(ui: &mut egui::Ui, plan: &mut Plan, lang: Language) {
    ui.heading(lang.word(S::TheBusiness));
    egui::Grid::new("business").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
        labelled_text(ui, lang.word(S::Name), &mut plan.business.name, false);
        ui.end_row();
        labelled_text(ui, lang.word(S::Sector), &mut plan.business.sector, false);
        ui.end_row();
        labelled_text(ui, lang.word(S::Description), &mut plan.business.description, true);
        ui.end_row();
        let label = ui.label(lang.word(S::SummaryLanguage));
        egui::ComboBox::from_id_salt("summary language")
            .selected_text(plan.language.native_name())
            .show_ui(ui, |ui| {
                for l in Language::ALL {
                    ui.selectable_value(&mut plan.language, l, l.native_name());
                }
            })
            .response
            .labelled_by(label.id);
        ui.end_row();
    });
}

fn audience_section(ui: &mut egui::Ui, plan: &mut Plan, lang: Language) {
    ui.heading(lang.word(S::TheAudience));
    let label = ui.label(lang.word(S::WhoAreYourCustomers));
    long_text(ui, &mut plan.audience.description, label.id);
}

/// The goals, who the customers are, and how far they come from.
fn customers_section(ui: &mut egui::Ui, plan: &mut Plan, lang: Language) {
    ui.label(lang.word(S::Goals));
    ui.horizontal_wrapped(|ui| {
        for goal in Goal::ALL {
            let mut on = plan.has_goal(goal);
            if ui.checkbox(&mut on, goal.label(lang)).changed() {
                plan.set_goal(goal, on);
            }
        }
    });

    customers_ui(ui, plan, lang);

    // Wrapped: "the neighbourhood or the town" beside its label would widen the panel.
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(lang.word(S::YourCustomersComeFrom));
        egui::ComboBox::from_id_salt("reach")
            .selected_text(reach_words(plan.reach, lang))
            .show_ui(ui, |ui| {
                for reach in Reach::ALL {
                    ui.selectable_value(&mut plan.reach, reach, reach_words(reach, lang));
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text(lang.word(S::ReachHint));
    });
}

fn time_section(ui: &mut egui::Ui, plan: &mut Plan, lang: Language) -> Option<String> {
    ui.heading(lang.word(S::TheTimeYouHave));
    egui::Grid::new("time")
        .num_columns(2)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            // A scenario with its own hours is edited here; the others share the plan's.
            let scenario_hours = plan.current().and_then(|s| s.weekly_hours).is_some();
            let label = ui.label(if scenario_hours {
                // On two lines: on one, with the slider and ↺, it widened the panel.
                lang.word(S::HoursPerWeekThisScenario)
            } else {
                lang.word(S::HoursPerWeek)
            });
            ui.horizontal(|ui| {
                let own = plan.current().and_then(|s| s.weekly_hours);
                let mut value = own.unwrap_or(plan.time.weekly_budget_hours);
                // The plan rules' ranges; a loaded value is never clamped nor rounded (`Edits`).
                let hours = super::fields::hours_slider(&mut value, lang);
                // Written back only when moved, so an untouched value stays exactly as loaded.
                if ui.add(hours).labelled_by(label.id).changed() {
                    plan.set_weekly_hours(value);
                }
                if scenario_hours
                    && ui.small_button("↺").on_hover_text(lang.word(S::UseThePlansHoursFor)).clicked()
                {
                    plan.use_plan_hours();
                }
            });
            ui.end_row();
            opening_week(ui, &mut plan.time, lang)
        })
        .inner
}

/// Who the customers are, in a few clicks: their ages and whether they buy for themselves, for
/// a business, or come to work there. The ranking and its reasons follow at once. One of each
/// stays on: with none, the ranking would fall back to every adult and every kind in silence.
fn customers_ui(ui: &mut egui::Ui, plan: &mut Plan, lang: Language) {
    use crate::model::{AgeBand, Customer};
    ui.label(lang.word(S::TheirAges));
    ui.horizontal_wrapped(|ui| {
        for band in AgeBand::ALL {
            let on = plan.audience.ages.contains(&band);
            let last = on && plan.audience.ages.len() == 1;
            // Framed on or off, so that an unselected one still reads as something to press.
            let response = ui.add(egui::Button::new(band.label(lang)).selected(on).frame(true));
            let response = match last {
                true => response.on_hover_text(lang.word(S::AtLeastOneStays)),
                false => response,
            };
            if response.clicked() && !last {
                plan.set_age(band, !on);
            }
        }
    });
    ui.label(lang.word(S::TheyAre));
    ui.horizontal_wrapped(|ui| {
        for customer in Customer::ALL {
            let on = plan.audience.customers.contains(&customer);
            let last = on && plan.audience.customers.len() == 1;
            // Framed on or off, so that an unselected one still reads as something to press.
            let response = ui.add(egui::Button::new(customer.label(lang)).selected(on).frame(true));
            let response = match last {
                true => response.on_hover_text(lang.word(S::AtLeastOneStays)),
                false => response,
            };
            if response.clicked() && !last {
                plan.set_customer(customer, !on);
            }
        }
    });
}

/// egui moves the focus with Tab in the order the panel is drawn, but does not scroll to it:
/// the panel follows the focus, so the field the owner reached is always in view.
fn keep_focus_in_view(ui: &egui::Ui) {
    let Some(focused) = ui.memory(|m| m.focused()).and_then(|id| ui.ctx().read_response(id)) else {
        return;
    };
    let in_panel =
        focused.layer_id == ui.layer_id() && ui.min_rect().x_range().contains(focused.rect.center().x);
    if in_panel && focused.gained_focus() {
        focused.scroll_to_me(None);
    }
}

/// The open days and the hours: they place the inbox looks of the week and set how many a
/// day the response targets need. Returns why a time was not kept.
fn opening_week(ui: &mut egui::Ui, t: &mut crate::model::TimeAvailable, lang: Language) -> Option<String> {
    use crate::model::{Clock, Weekday};
    ui.label(lang.word(S::OpenDays));
    // Wrapped, so that seven days never widen the side panel.
    ui.horizontal_wrapped(|ui| {
        for day in Weekday::ALL {
            let mut open = t.is_open(day);
            if ui.checkbox(&mut open, day.short(lang)).changed() {
                if open {
                    t.open_days.push(day);
                    t.open_days.sort();
                } else if t.open_days.len() > 1 {
                    // A plan keeps at least one open day.
                    t.open_days.retain(|d| *d != day);
                }
            }
        }
    });
    ui.end_row();
    let mut opens = f64::from(t.opens.minutes()) / 60.0;
    // Closing in hours from the open day's midnight, past 24 after midnight (25 is 01:00 the
    // next day): a drag runs on past midnight, and a typed time before opening is the next day's.
    let mut closes = f64::from(t.closing_minute()) / 60.0;
    let clock = |v: f64, _| Clock::at(v * 60.0).to_string();
    let typed = |s: &str| Clock::parse(s).ok().map(|c| f64::from(c.minutes()) / 60.0);
    let closing = |v: f64| if v > 24.0 { Clock::at((v - 24.0) * 60.0) } else { Clock::at(v * 60.0) };
    let opening = t.opens;
    let closing_typed = |s: &str| {
        Clock::parse(s).ok().map(|c| f64::from(c.minutes()) / 60.0 + if c < opening { 24.0 } else { 0.0 })
    };
    let label = ui.label(lang.word(S::OpensAt));
    // Up to 23:59: a club may open at 23:45.
    let field = egui::DragValue::new(&mut opens)
        .range(0.0..=f64::from(24 * 60 - 1) / 60.0)
        .clamp_existing_to_range(false)
        .speed(0.25)
        .custom_formatter(clock)
        .custom_parser(typed);
    let opens_changed = ui.add(field).labelled_by(label.id).changed();
    ui.end_row();
    let label = ui.label(lang.word(S::ClosesAt));
    // No range short of two days: a time the plan rules refuse is refused by them, and said.
    let field = egui::DragValue::new(&mut closes)
        .range(0.0..=48.0)
        .clamp_existing_to_range(false)
        .speed(0.25)
        .custom_formatter(|v, _| closing(v).to_string())
        .custom_parser(closing_typed);
    let closes_changed = ui
        .horizontal(|ui| {
            let changed = ui.add(field).labelled_by(label.id).changed();
            // A bar open 18:00 to 01:00: its closing falls on the next day.
            if t.closes_after_midnight() {
                ui.weak(lang.word(S::ClosesTheNextDay));
            }
            changed
        })
        .inner;
    ui.end_row();
    // An optional most a day: the Week tab spreads the work to keep to it, or says it cannot.
    let label = ui.label(lang.word(S::AtMostADay));
    ui.horizontal(|ui| {
        let mut on = t.daily_limit_hours.is_some();
        let tip = lang.word(S::TheHoursYouCanGive);
        if ui.checkbox(&mut on, "").labelled_by(label.id).on_hover_text(tip).changed() {
            // A first value the week can hold: the weekly hours shared over the open days.
            let days = f64::from(t.open_days_per_week().max(1));
            let share = ((t.weekly_budget_hours / days) * 2.0).ceil() / 2.0;
            t.daily_limit_hours = on.then(|| share.clamp(0.5, 24.0));
        }
        if let Some(hours) = &mut t.daily_limit_hours {
            let field =
                super::fields::number_field(hours, rules::DAILY_LIMIT_HOURS, 2, " h", lang).speed(0.25);
            ui.add(field).labelled_by(label.id);
        }
    });
    ui.end_row();
    rush_hours(ui, t, lang);
    if opens_changed {
        // A new opening keeps the day as long as it was, closing moved with it (the next day if
        // need be), or at midnight when that would be too late: never refused for the closing.
        let o = Clock::at(opens * 60.0);
        let end = f64::from(o.minutes()) + f64::from(t.closing_minute().saturating_sub(t.opens.minutes()));
        let moved = Clock::at(if end > 24.0 * 60.0 { end - 24.0 * 60.0 } else { end });
        let c = if rules::opening_hours(o, t.closes).is_ok() {
            t.closes
        } else if rules::opening_hours(o, moved).is_ok() {
            moved
        } else {
            Clock::END_OF_DAY
        };
        (t.opens, t.closes) = (o, c);
        return None;
    }
    if !closes_changed {
        return None;
    }
    // Closing stays after opening, the same day or after midnight (the plan rules say how late);
    // a time they refuse is not kept, and the status bar says why.
    match rules::opening_hours(t.opens, closing(closes)) {
        Ok(()) => {
            t.closes = closing(closes);
            None
        }
        Err(broken) => Some(format::typography(&broken.words(lang), lang)),
    }
}

/// The busy times of an open day (the morning rush, lunch): the week places no writing there.
/// Each stays a stretch of the day with its end after its start.
fn rush_hours(ui: &mut egui::Ui, t: &mut crate::model::TimeAvailable, lang: Language) {
    use crate::model::{Clock, Span};
    let label = ui
        .label(lang.word(S::RushHours))
        .on_hover_text(format::typography(lang.word(S::BusyTimesHint), lang));
    let clock = |v: f64, _| Clock::at(v * 60.0).to_string();
    let typed = |s: &str| Clock::parse(s).ok().map(|c| f64::from(c.minutes()) / 60.0);
    let mut remove = None;
    ui.vertical(|ui| {
        for (i, span) in t.rush_hours.iter_mut().enumerate() {
            ui.push_id(("rush", i), |ui| {
                ui.horizontal(|ui| {
                    let mut from = f64::from(span.from.minutes()) / 60.0;
                    let mut to = f64::from(span.to.minutes()) / 60.0;
                    let field = |v| {
                        egui::DragValue::new(v)
                            .range(0.0..=24.0)
                            .clamp_existing_to_range(false)
                            .speed(0.25)
                            .custom_formatter(clock)
                            .custom_parser(typed)
                    };
                    let a = ui.add(field(&mut from)).labelled_by(label.id);
                    let until = ui.label(lang.word(S::To));
                    let b = ui.add(field(&mut to)).labelled_by(until.id);
                    if a.changed() || b.changed() {
                        // Quarter hours, and the end after the start (the plan rules').
                        let snap = |h: f64| Clock::at((h * 4.0).round() * 15.0);
                        let (f, e) = (snap(from), snap(to));
                        if rules::rush_hour(f, e).is_ok() {
                            *span = Span { from: f, to: e };
                        }
                    }
                    if ui.small_button("🗑").on_hover_text(lang.word(S::RemoveTheseHours)).clicked() {
                        remove = Some(i);
                    }
                });
            });
        }
        if ui.button(lang.word(S::AddRushHours)).clicked() {
            // An hour from noon, or after the last one, within the day.
            let start = t.rush_hours.iter().map(|s| s.to.minutes()).max().unwrap_or(12 * 60).min(23 * 60);
            t.rush_hours
                .push(Span { from: Clock::at(f64::from(start)), to: Clock::at(f64::from(start + 60)) });
        }
    });
    if let Some(i) = remove {
        t.rush_hours.remove(i);
    }
    ui.end_row();
}

fn labelled_text(ui: &mut egui::Ui, label: &str, value: &mut String, multiline: bool) {
    let label = ui.label(label);
    if multiline {
        long_text(ui, value, label.id);
    } else {
        // The available width, not infinity: an infinite wish would widen the panel.
        let width = ui.available_width();
        ui.add(egui::TextEdit::singleline(value).desired_width(width)).labelled_by(label.id);
    }
}

/// Rows a long text shows before it scrolls: a description of 20,000 letters (the rules allow
/// it) would otherwise push the products out of the panel.
const LONG_TEXT_ROWS: f32 = 8.0;

/// A text of several lines, growing with what is typed; a long one scrolls, `LONG_TEXT_ROWS`
/// high.
fn long_text(ui: &mut egui::Ui, value: &mut String, label: egui::Id) {
    let width = ui.available_width();
    // One id inside or outside the scroll area: the owner typing past the rows keeps the focus.
    let edit = |ui: &mut egui::Ui, value: &mut String| {
        let text =
            egui::TextEdit::multiline(value).id(label.with("text")).desired_rows(2).desired_width(width);
        ui.add(text).labelled_by(label);
    };
    // About 30 letters to a row of the panel: a text that cannot fit in the rows scrolls.
    let rows = value.lines().count().max(value.chars().count() / 30);
    if rows as f32 <= LONG_TEXT_ROWS {
        edit(ui, value);
        return;
    }
    let height = ui.text_style_height(&egui::TextStyle::Body) * LONG_TEXT_ROWS;
    egui::ScrollArea::vertical()
        .id_salt(label)
        .max_height(height)
        .min_scrolled_height(height)
        .max_width(width)
        .show(ui, |ui| edit(ui, value));
}

fn products_ui(ui: &mut egui::Ui, plan: &mut Plan, lang: Language) {
    ui.heading(lang.word(S::TheProducts));
    ui.weak(format::typography(lang.word(S::PlaceEachProductWhoBuys), lang));
    let mut remove = None;
    let mut swap = None;
    let count = plan.products.len();
    // A block out of sight is only a gap of its last height: 200 products cost as little as 5.
    let height_id = ui.scope_id().with("product block height");
    let block_height: f32 = ui.data(|d| d.get_temp(height_id)).unwrap_or(110.0);
    // The product just added, whose name takes the focus on the next frame.
    let focus_id = ui.scope_id().with("focus new product");
    let focus_new: Option<usize> = ui.data(|d| d.get_temp(focus_id));
    // Where the focus was last frame. The block holding it and its neighbours are drawn even out
    // of sight, so that Tab and Shift+Tab reach the next product instead of jumping past the
    // hidden ones.
    let focused = ui.memory(|m| m.focused()).and_then(|id| ui.ctx().read_response(id)).map(|r| r.rect);
    for (i, product) in plan.products.iter_mut().enumerate() {
        let width = ui.available_width();
        let slot = egui::Rect::from_min_size(ui.cursor().min, egui::vec2(width, block_height));
        let near_focus =
            focused.is_some_and(|r| slot.expand2(egui::vec2(0.0, block_height + 8.0)).intersects(r));
        if !ui.is_rect_visible(slot) && focus_new != Some(i) && !near_focus {
            ui.allocate_space(egui::vec2(width, block_height));
            continue;
        }
        // Each block's ids come from its place in the list, not from the widgets drawn before
        // it: a block scrolling out of sight above must not take the focus from a name being typed.
        let block = ui.push_id(("product", i), |ui| {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.horizontal(|ui| {
                    let name = ui.add(
                        egui::TextEdit::singleline(&mut product.name)
                            .hint_text(lang.word(S::ProductName))
                            .desired_width((ui.available_width() - 110.0).max(80.0)),
                    );
                    if focus_new == Some(i) {
                        focus_and_select_all(ui, &name, product.name.chars().count());
                        ui.data_mut(|d| d.remove::<usize>(focus_id));
                    }
                    if ui
                        .add_enabled(i > 0, egui::Button::new("⏶"))
                        .on_hover_text(lang.word(S::MoveUp))
                        .clicked()
                    {
                        swap = Some((i - 1, i));
                    }
                    if ui
                        .add_enabled(i + 1 < count, egui::Button::new("⏷"))
                        .on_hover_text(lang.word(S::MoveDown))
                        .clicked()
                    {
                        swap = Some((i, i + 1));
                    }
                    if ui.button("🗑").on_hover_text(lang.word(S::RemoveThisProduct)).clicked() {
                        remove = Some(i);
                    }
                });
                axis_slider(ui, &mut product.b2b, lang.word(S::Consumers), lang.word(S::Businesses));
                axis_slider(ui, &mut product.visual, lang.word(S::Text), lang.word(S::Visual));
                ui.horizontal(|ui| {
                    let label = ui.label(lang.word(S::Weight));
                    ui.add(
                        super::fields::number_field(&mut product.weight, rules::WEIGHT, 2, "", lang)
                            .speed(0.05),
                    )
                    .labelled_by(label.id)
                    .on_hover_text(lang.word(S::HowMuchThisProductMatters));
                });
            })
        });
        let height = block.response.rect.height();
        if (height - block_height).abs() > 0.5 {
            ui.data_mut(|d| d.insert_temp(height_id, height));
        }
    }
    if let Some((a, b)) = swap {
        plan.swap_products(a, b);
    }
    if let Some(i) = remove {
        plan.remove_product(i);
    }
    if ui.button(lang.word(S::AddAProduct)).clicked() {
        let name = unused_name(plan, lang.word(S::NewProduct));
        // In the middle of the map, or near it where no other product or platform sits.
        let taken: Vec<(f64, f64)> = plan
            .products
            .iter()
            .map(|p| (p.b2b, p.visual))
            .chain(plan.platforms(crate::model::Catalogue::built_in()).map(|p| (p.b2b, p.visual)))
            .collect();
        let (x, y) = crate::analysis::labels::free_spot((0.5, 0.5), &taken, 0.06);
        plan.add_product(Product::new(name, x, y));
        ui.data_mut(|d| d.insert_temp(focus_id, plan.products.len() - 1));
    }
}

/// Focus on a text field with all its text selected, so that typing replaces it.
fn focus_and_select_all(ui: &egui::Ui, field: &egui::Response, chars: usize) {
    use egui::text::{CCursor, CCursorRange};
    field.request_focus();
    field.scroll_to_me(None);
    let mut state = egui::TextEdit::load_state(ui.ctx(), field.id).unwrap_or_default();
    state.cursor.set_char_range(Some(CCursorRange::two(CCursor::new(0), CCursor::new(chars))));
    state.store(ui.ctx(), field.id);
}

/// A slider between two named ends, e.g. Consumers ↔ Businesses.
fn axis_slider(ui: &mut egui::Ui, value: &mut f64, left: &str, right: &str) {
    ui.horizontal(|ui| {
        // Every width is taken from what is left, with room to spare: a row wider than the
        // panel would make the panel grow a little more each frame.
        let width = 72.0;
        let l = ui.add_sized([width, 18.0], egui::Label::new(left).truncate());
        let slider_width =
            (ui.available_width() - width - 3.0 * ui.spacing().item_spacing.x - 24.0).max(60.0);
        ui.spacing_mut().slider_width = slider_width;
        ui.add(
            Slider::new(value, rules::UNIT.edit_range()).show_value(false).clamping(SliderClamping::Edits),
        )
        .labelled_by(l.id)
        .on_hover_text(format!("{left} ↔ {right}"));
        ui.add_sized([width, 18.0], egui::Label::new(right).truncate());
    });
}

/// "New product", "New product 2", … so that names stay unique.
pub fn unused_name(plan: &Plan, base: &str) -> String {
    let taken = |n: &str| plan.products.iter().any(|p| p.name.trim().eq_ignore_ascii_case(n));
    if !taken(base) {
        return base.to_owned();
    }
    (2..).map(|i| format!("{base} {i}")).find(|n| !taken(n)).unwrap_or_else(|| base.to_owned())
}

/// "the neighbourhood or the town", … : the plan's reach in the owner's words.
fn reach_words(reach: Reach, lang: Language) -> &'static str {
    match reach {
        Reach::Local => lang.word(S::TheNeighbourhoodOrTheTown),
        Reach::Regional => lang.word(S::TheRegion),
        Reach::National => lang.word(S::TheWholeCountry),
        Reach::International => lang.word(S::SeveralCountries),
    }
}
