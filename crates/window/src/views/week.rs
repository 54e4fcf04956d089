//! The Week tab: the current scenario laid out over the seven days, one column a day over the
//! opening hours. Blocks are coloured by platform; hover one for what to do, drag it to another
//! day or time (the move is kept in the plan), right-click a moved one to put it back.

use eframe::egui::{self, Color32, CornerRadius, Pos2, Rect, Sense, Stroke, StrokeKind, Vec2};

use super::super::action::{Action, Actions};
use crate::analysis::{self, Item, Kind, Week};
use crate::format;
use crate::locale::Sentence as S;
use crate::model::{Clock, Language, Move, Plan, Weekday};
use crate::report;

/// Moves snap to the quarter hour: finer than anyone plans a week.
const SNAP_MINUTES: f64 = 15.0;
/// Room for the hours on the left, and for the day names and minutes on top.
const GUTTER: f32 = 46.0;
const HEADER: f32 = 40.0;
/// A five-minute look stays big enough to see and to grab.
const MIN_BLOCK_HEIGHT: f32 = 12.0;
/// A publication takes no time: a line across its day, this tall to grab.
const MARKER_HEIGHT: f32 = 10.0;
/// The sign of a look from the phone (in DejaVu Sans, which the window loads).
const PHONE: &str = "☎";

/// A block being dragged: which item, and where in the block it was grabbed.
#[derive(Debug, Default)]
pub struct WeekView {
    dragging: Option<(String, Vec2)>,
    /// Where the last frame drew each block, and the grid (its rect, its first minute and
    /// points per minute): for tests that drag as an owner would.
    drawn: Vec<(String, Rect)>,
    grid: Option<(Rect, f64, f32)>,
    /// While a look is dragged over the grid: where it would go, for the drill to show what
    /// that would change before it is dropped.
    preview: Option<Move>,
}

/// Colours that stay apart from each other, on light and dark backgrounds alike: one for each
/// platform of the catalogue.
const PALETTE: [Color32; 17] = [
    Color32::from_rgb(66, 133, 244),
    Color32::from_rgb(219, 68, 55),
    Color32::from_rgb(15, 157, 88),
    Color32::from_rgb(171, 71, 188),
    Color32::from_rgb(244, 160, 0),
    Color32::from_rgb(0, 172, 193),
    Color32::from_rgb(255, 112, 67),
    Color32::from_rgb(92, 107, 192),
    Color32::from_rgb(124, 179, 66),
    Color32::from_rgb(240, 98, 146),
    Color32::from_rgb(141, 110, 99),
    Color32::from_rgb(0, 121, 107),
    Color32::from_rgb(158, 157, 36),
    Color32::from_rgb(94, 53, 177),
    Color32::from_rgb(194, 24, 91),
    Color32::from_rgb(84, 110, 122),
    Color32::from_rgb(230, 81, 0),
];
const PLANNING: Color32 = Color32::from_rgb(120, 120, 120);
/// The review rounds, the asks and the ambassadors: one colour, not a platform's.
pub(super) const VOICES: Color32 = Color32::from_rgb(176, 122, 24);

/// The colour of a platform, from its id alone, so that it is the same in every plan, every
/// scenario and every frame: a catalogue platform by its place in the catalogue (each its own),
/// an owner's platform by a hash of its id.
pub fn platform_color(platform_id: &str) -> Color32 {
    let catalogue = crate::model::Catalogue::built_in();
    let index = match catalogue.platforms.iter().position(|p| p.id == platform_id) {
        Some(i) => i,
        // FNV-1a: the same on every machine and every build, unlike the standard hasher.
        None => platform_id
            .bytes()
            .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3))
            as usize,
    };
    PALETTE[index % PALETTE.len()]
}

fn item_color(item: &Item) -> Color32 {
    if matches!(item.kind, Kind::Reviews | Kind::Asking | Kind::Ambassadors) {
        return VOICES;
    }
    match item.platforms.first() {
        Some(id) if item.kind != Kind::Planning => platform_color(id),
        _ => PLANNING,
    }
}

/// A publication: drawn as a marker at the minute it goes out, not as a block of work.
fn is_marker(item: &Item) -> bool {
    item.kind == Kind::Publish
}

/// A line across the day with a triangle at its start, in the platform's colour.
fn paint_marker(painter: &egui::Painter, rect: Rect, color: Color32, dragged: bool, moved: bool) {
    let color = if dragged { color.gamma_multiply(0.35) } else { color };
    let y = rect.center().y;
    painter.hline(rect.x_range(), y, Stroke::new(if moved { 2.5 } else { 1.5 }, color));
    let h = rect.height() / 2.0;
    let tip = Pos2::new(rect.left() + h * 1.6, y);
    painter.add(egui::Shape::convex_polygon(
        vec![Pos2::new(rect.left(), y - h), tip, Pos2::new(rect.left(), y + h)],
        color,
        Stroke::NONE,
    ));
}

/// What a block or a marker says on hover.
fn details(item: &Item, lang: Language) -> String {
    let when = match item.kind {
        Kind::Publish => format!("{} {}", item.day.name(lang), item.starts()),
        _ => format!("{} {}–{}", item.day.name(lang), item.starts(), Clock::at(item.end())),
    };
    let mut text = format!("{when}\n");
    if !item.platform_names.is_empty() {
        text += &format!("{}\n", item.platform_names);
    }
    text += &item.what(lang);
    match item.kind {
        Kind::Publish => text += &format!("\n{}", lang.word(S::ScheduledInAdvanceNoTime)),
        _ => {
            text += &format!(
                "\n{}{}{} · {}",
                lang.word(S::Who),
                format::colon(lang),
                item.who(lang),
                format::minutes(item.minutes, lang)
            )
        }
    }
    if item.phone {
        text += &format!("\n{PHONE} {}", lang.word(S::FromThePhoneOutsideOpening));
    }
    if item.moved {
        text += &format!("\n{}", lang.word(S::PlacedByYouRightClick));
    }
    format::typography(&text, lang)
}

impl WeekView {
    /// Where the last frame drew the block of the item `key`.
    pub fn block(&self, key: &str) -> Option<Rect> {
        self.drawn.iter().find(|(k, _)| k == key).map(|(_, r)| *r)
    }

    /// The point of the grid at `minute` on `day`, at the left edge of its column.
    pub fn spot(&self, day: Weekday, minute: f64) -> Option<Pos2> {
        let (grid, first, per_minute) = self.grid?;
        let column = grid.width() / 7.0;
        Some(Pos2::new(
            grid.left() + column * day.index() as f32,
            grid.top() + (minute - first) as f32 * per_minute,
        ))
    }

    /// Draws the week; edits `plan` when the owner drops a block somewhere else. Returns a
    /// sentence to show when a drop was refused.
    /// `room` is the space the tab has, measured outside its scroll area.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        room: Vec2,
        plan: &mut Plan,
        week: &Week,
        lang: Language,
        actions: &mut Actions,
    ) {
        let mut refused = None;
        let previewed = self.preview.take();
        let top = ui.cursor().top();
        ui.label(report::per_day_text(week, lang));
        for notice in &week.notices {
            ui.colored_label(ui.visuals().warn_fg_color, format!("⚠ {}", notice.text(lang)));
        }
        legend(ui, week, lang);
        if week.items.is_empty() {
            ui.weak(format::typography(lang.word(S::NothingToLayOutChoose), lang));
        }

        let (first, last) = week.shown_range();
        let used = ui.cursor().top() - top;
        // A little under the room: the scroll area's own margins would otherwise cut the last hour.
        let size = Vec2::new((room.x - 16.0).max(380.0), (room.y - used - 20.0).max(320.0));
        let (rect, _) = ui.allocate_exact_size(size, Sense::hover());
        let painter = ui.painter_at(rect);
        let visuals = ui.visuals().clone();
        let grid = Rect::from_min_max(rect.min + Vec2::new(GUTTER, HEADER), rect.max - Vec2::new(2.0, 4.0));
        let column = grid.width() / 7.0;
        let per_minute = grid.height() / (last - first) as f32;
        let y_of = |minute: f64| grid.top() + (minute - first) as f32 * per_minute;
        self.grid = Some((grid, first, per_minute));
        self.drawn.clear();
        let x_of = |day: Weekday| grid.left() + column * day.index() as f32;

        // Days: closed ones greyed, each headed by its name and its hours (adding up to the week's).
        let shown = report::day_hours(week);
        let text_color = visuals.text_color();
        let weak = visuals.weak_text_color();
        for day in Weekday::ALL {
            let col = Rect::from_min_size(Pos2::new(x_of(day), grid.top()), Vec2::new(column, grid.height()));
            let open = week.open_days.contains(&day);
            if let Some(from) = week.closed_from(day) {
                // Greyed from where it is closed: after the small hours of a late night before.
                let closed = col.with_min_y(y_of(from.max(first)).max(col.top()));
                painter.rect_filled(closed, 0.0, visuals.faint_bg_color.gamma_multiply(2.0));
                painter.rect_filled(closed, 0.0, weak.gamma_multiply(0.12));
            }
            let name = day.short(lang);
            painter.text(
                Pos2::new(col.center().x, rect.top() + 4.0),
                egui::Align2::CENTER_TOP,
                name,
                egui::FontId::proportional(14.0),
                if open { text_color } else { weak },
            );
            let under = report::under_day(&shown, open, day, lang);
            painter.text(
                Pos2::new(col.center().x, rect.top() + 21.0),
                egui::Align2::CENTER_TOP,
                under,
                egui::FontId::proportional(12.0),
                weak,
            );
        }
        // Hours: a line and a label each hour, the opening hours marked.
        let mut hour = first;
        let step = if last - first > 14.0 * 60.0 { 120.0 } else { 60.0 };
        while hour <= last + 0.1 {
            let y = y_of(hour);
            painter.hline(
                grid.x_range(),
                y,
                Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color),
            );
            painter.text(
                Pos2::new(grid.left() - 6.0, y),
                egui::Align2::RIGHT_CENTER,
                Clock::at(hour).to_string(),
                egui::FontId::proportional(11.0),
                weak,
            );
            hour += step;
        }
        for edge in [f64::from(week.opens.minutes()), f64::from(week.closes.minutes())] {
            let y = y_of(edge);
            painter.hline(grid.x_range(), y, Stroke::new(1.5, weak));
        }
        for day in 0..=7 {
            let x = grid.left() + column * day as f32;
            painter.vline(
                x,
                grid.y_range(),
                Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color),
            );
        }

        // Work as blocks, day by day, side by side where they overlap; publications, which take
        // no time, as markers across the day at the minute they go out, drawn over the blocks.
        let mut shapes: Vec<(&Item, Rect)> = Vec::new();
        for day in Weekday::ALL {
            let work: Vec<&Item> = week.items.iter().filter(|i| i.day == day && !is_marker(i)).collect();
            let shortest = f64::from(MIN_BLOCK_HEIGHT / per_minute);
            for (item, (lane, of)) in work.iter().zip(analysis::lanes(&work, shortest)) {
                let width = (column - 4.0) / of as f32;
                let height = (item.minutes as f32 * per_minute).max(MIN_BLOCK_HEIGHT);
                // A short item at closing time, drawn at least MIN_BLOCK_HEIGHT tall, would run
                // past the grid's foot: it rises to end there.
                let top = y_of(item.start).min(grid.bottom() - height).max(grid.top());
                let block = Rect::from_min_size(
                    Pos2::new(x_of(day) + 2.0 + width * lane as f32, top),
                    Vec2::new(width - 1.0, height),
                );
                shapes.push((item, block));
            }
        }
        for item in week.items.iter().filter(|i| is_marker(i)) {
            let y =
                y_of(item.start).clamp(grid.top() + MARKER_HEIGHT / 2.0, grid.bottom() - MARKER_HEIGHT / 2.0);
            let marker = Rect::from_min_max(
                Pos2::new(x_of(item.day) + 2.0, y - MARKER_HEIGHT / 2.0),
                Pos2::new(x_of(item.day) + column - 2.0, y + MARKER_HEIGHT / 2.0),
            );
            shapes.push((item, marker));
        }
        let mut drop = None;
        for (item, block) in shapes {
            self.drawn.push((item.key.clone(), block));
            let color = item_color(item);
            let response =
                ui.interact(block, ui.scope_id().with(("week item", &item.key)), Sense::click_and_drag());
            let dragged = self.dragging.as_ref().is_some_and(|(k, _)| *k == item.key);
            let height = block.height();
            if is_marker(item) {
                paint_marker(&painter, block, color, dragged, item.moved);
            } else {
                let fill = match item.kind {
                    // A look is lighter than a post: same platform, another kind of work.
                    Kind::Inbox => color.gamma_multiply(0.45),
                    _ => color,
                };
                painter.rect(
                    block,
                    CornerRadius::same(3),
                    if dragged { fill.gamma_multiply(0.35) } else { fill },
                    Stroke::new(if item.moved { 2.0 } else { 1.0 }, color),
                    StrokeKind::Inside,
                );
                if item.phone {
                    // A look from the phone, outside opening hours: a dashed edge and the phone sign.
                    let edge = block.shrink(1.5);
                    let corners =
                        [edge.left_top(), edge.right_top(), edge.right_bottom(), edge.left_bottom()];
                    for k in 0..4 {
                        painter.add(egui::Shape::dashed_line(
                            &[corners[k], corners[(k + 1) % 4]],
                            Stroke::new(1.5, text_color),
                            3.0,
                            2.0,
                        ));
                    }
                }
                if item.phone && height < 13.0 && block.width() > 10.0 {
                    // Too short for a name: the phone sign alone.
                    painter.with_clip_rect(block).text(
                        block.left_center() + Vec2::new(2.0, 0.0),
                        egui::Align2::LEFT_CENTER,
                        PHONE,
                        egui::FontId::proportional(10.0),
                        text_color,
                    );
                }
                if height >= 13.0 && block.width() > 18.0 {
                    let mut label = if item.platform_names.is_empty() {
                        lang.word(S::Planning).to_owned()
                    } else {
                        item.platform_names.clone()
                    };
                    if item.phone {
                        label = format!("{PHONE} {label}");
                    }
                    // Whole words on as many lines as the block holds, then "…": a name cut
                    // mid-word ("Plannin") reads as a typo.
                    let color = if item.kind == Kind::Inbox { text_color } else { Color32::WHITE };
                    // One word never goes over two lines ("Planific/ation").
                    let rows = if label.trim().contains(char::is_whitespace) {
                        ((height - 2.0) / 13.0).floor().max(1.0) as usize
                    } else {
                        1
                    };
                    let mut job = egui::text::LayoutJob::single_section(
                        label,
                        egui::TextFormat::simple(egui::FontId::proportional(11.0), color),
                    );
                    job.wrap = egui::text::TextWrapping {
                        max_width: (block.width() - 6.0).max(1.0),
                        max_rows: rows,
                        break_anywhere: false,
                        overflow_character: Some('…'),
                    };
                    let galley = painter.layout_job(job);
                    painter.with_clip_rect(block.shrink(2.0)).galley(
                        block.left_top() + Vec2::new(4.0, 1.0),
                        galley,
                        color,
                    );
                }
            }
            // A drag is known once the pointer has moved: the grab is where it was pressed.
            let pressed_at = ui.input(|i| i.pointer.press_origin()).or(response.interact_pointer_pos());
            if response.drag_started()
                && let Some(pointer) = pressed_at
            {
                self.dragging = Some((item.key.clone(), pointer - block.min));
            }
            let pointer = ui.ctx().pointer_latest_pos();
            // Let go outside the grid, the block stays where it was.
            let over_grid = pointer.is_some_and(|p| grid.expand(column / 2.0).contains(p));
            if dragged
                && over_grid
                && let Some((_, grab)) = &self.dragging
            {
                let pointer = pointer.unwrap_or(block.min + *grab);
                let corner = pointer - *grab;
                let target_day = Weekday::ALL
                    [((corner.x + column / 2.0 - grid.left()) / column).floor().clamp(0.0, 6.0) as usize];
                // A marker's minute is its middle line; a block's, its top.
                let offset = if is_marker(item) { MARKER_HEIGHT / 2.0 } else { 0.0 };
                let minute = first + f64::from((corner.y + offset - grid.top()) / per_minute);
                let minute = ((minute / SNAP_MINUTES).round() * SNAP_MINUTES)
                    .clamp(0.0, (24.0 * 60.0 - item.minutes).max(0.0));
                // Work at the shop goes to an open day; a publication is scheduled and a look
                // may be taken from the phone, any day.
                let open =
                    week.open_days.contains(&target_day) || matches!(item.kind, Kind::Publish | Kind::Inbox);
                let stroke =
                    if open { Stroke::new(2.0, color) } else { Stroke::new(2.0, visuals.error_fg_color) };
                let ghost = if is_marker(item) {
                    Rect::from_center_size(
                        Pos2::new(x_of(target_day) + column / 2.0, y_of(minute)),
                        Vec2::new(column - 4.0, MARKER_HEIGHT),
                    )
                } else {
                    Rect::from_min_size(
                        Pos2::new(x_of(target_day) + 2.0, y_of(minute)),
                        Vec2::new(column - 5.0, height),
                    )
                };
                painter.rect_stroke(ghost, CornerRadius::same(3), stroke, StrokeKind::Inside);
                painter.text(
                    ghost.left_top() + Vec2::new(4.0, -2.0),
                    egui::Align2::LEFT_BOTTOM,
                    format!("{} {}", target_day.short(lang), Clock::at(minute)),
                    egui::FontId::proportional(11.0),
                    text_color,
                );
                if response.drag_stopped() {
                    drop = Some((item.key.clone(), item.day, item.start, target_day, minute, open));
                } else if item.kind == Kind::Inbox && open {
                    self.preview =
                        Some(Move { item: item.key.clone(), day: target_day, at: Clock::at(minute) });
                }
            }
            if response.drag_stopped() || (dragged && !ui.ctx().input(|i| i.pointer.any_down())) {
                self.dragging = None;
            }
            let response = if self.dragging.is_none() {
                response.on_hover_text_at_pointer(details(item, lang))
            } else {
                response
            };
            if item.moved {
                response.context_menu(|ui| {
                    if ui.button(lang.word(S::PutItBack)).clicked() {
                        plan.put_back(&item.key);
                        ui.close();
                    }
                });
            }
        }
        if let Some((key, from_day, from_start, day, minute, open)) = drop {
            let unchanged = day == from_day && (minute - from_start).abs() < 0.5;
            if !open {
                refused = Some(format::typography(
                    &lang.say(S::DayClosedNothingMoved, &[("day", &day.name(lang))]),
                    lang,
                ));
            } else if !unchanged {
                plan.move_item(&key, day, Clock::at(minute));
            }
        }
        // The drill beside the week is drawn first: it shows a new preview, or drops one, on the
        // next frame.
        if self.preview != previewed {
            ui.ctx().request_repaint();
        }
        actions.extend(refused.map(Action::Warn));
    }

    /// Where the look being dragged would go, while it is over the grid.
    pub fn preview(&self) -> Option<&Move> {
        self.preview.as_ref()
    }
}

/// The legend's platforms, each once, as (id, name): the posts' platforms, then those only
/// answered (WhatsApp with no posts); each block's colour is its first platform's.
fn legend_entries(week: &Week) -> Vec<(&str, &str)> {
    let mut seen: Vec<(&str, &str)> = Vec::new();
    let posts = week.items.iter().filter(|i| i.kind == Kind::Post);
    for item in posts.chain(week.items.iter().filter(|i| i.kind == Kind::Inbox)) {
        let Some(id) = item.platforms.first() else { continue };
        if !seen.iter().any(|(s, _)| s == id) {
            seen.push((id, &item.platform_names));
        }
    }
    seen
}

/// Which colour is which platform, and how a look differs from a post.
fn legend(ui: &mut egui::Ui, week: &Week, lang: Language) {
    ui.horizontal_wrapped(|ui| {
        for (id, name) in legend_entries(week) {
            let (rect, _) = ui.allocate_exact_size(Vec2::splat(12.0), Sense::hover());
            ui.painter().rect_filled(rect, 2.0, platform_color(id));
            ui.label(name);
            ui.add_space(4.0);
        }
        if week.items.iter().any(|i| matches!(i.kind, Kind::Reviews | Kind::Asking | Kind::Ambassadors)) {
            let (rect, _) = ui.allocate_exact_size(Vec2::splat(12.0), Sense::hover());
            ui.painter().rect_filled(rect, 2.0, VOICES);
            ui.label(lang.word(S::VoicesInTotal));
            ui.add_space(4.0);
        }
        let how = lang.word(S::WeekLegend);
        ui.weak(format::typography(how, lang));
    });
}

#[cfg(test)]
mod colour_tests {
    use super::*;

    #[test]
    fn each_platform_of_the_catalogue_has_a_colour_of_its_own() {
        let colours: Vec<Color32> =
            crate::model::Catalogue::built_in().platforms.iter().map(|p| platform_color(&p.id)).collect();
        for (i, c) in colours.iter().enumerate() {
            assert!(!colours[..i].contains(c), "two platforms share {c:?}");
        }
    }

    /// A platform only answered, with no posts, still has its colour named in the legend.
    #[test]
    fn the_legend_names_a_platform_only_answered() {
        let catalogue = crate::model::Catalogue::built_in();
        let mut plan = crate::model::Plan::new("Shop", Language::En);
        plan.current_choices_mut()
            .push(crate::model::Choice::with_defaults(catalogue.get("linkedin").unwrap()));
        let mut wa = crate::model::Choice::with_defaults(catalogue.get("whatsapp").unwrap());
        wa.cadence = crate::model::Cadence::weekly(0);
        plan.current_choices_mut().push(wa);
        let week = crate::analysis::week(&plan, catalogue);
        assert!(
            !week.items.iter().any(|i| i.kind == Kind::Post && i.platforms.contains(&"whatsapp".to_owned()))
        );
        let ids: Vec<&str> = legend_entries(&week).iter().map(|(id, _)| *id).collect();
        assert_eq!(ids, ["linkedin", "whatsapp"]);
    }
}
