//! The map: products and platforms on two axes, consumers → businesses and text → visual.
//! Hover a platform to read why it ranks where it does, click it to add or remove it, drag a
//! product (or one of your own platforms) to move it.

use eframe::egui::{self, Align2, Color32, FontId, Pos2, Rect, Vec2};
use egui_plot::{GridMark, HLine, LineStyle, MarkerShape, Plot, PlotBounds, PlotPoint, Points, VLine};

use crate::analysis::{Quadrant, Recommendation, axis_ends, labels};
use crate::locale::Sentence as S;
use crate::model::{Catalogue, Language, Plan};

/// How many of the best platforms carry their rank on the map.
const RANKED_ON_MAP: usize = 3;
/// A pointer this close (in points) to a marker is on it.
const PICK_RADIUS: f32 = 14.0;
/// Room around the unit square for the labels of points on its edges.
const MARGIN: f64 = 0.12;

/// Something on the map that can be dragged.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Draggable {
    Product(usize),
    CustomPlatform(usize),
}

#[derive(Debug, Default)]
pub struct MapView {
    dragging: Option<Draggable>,
}

/// One marker with its label, in plot coordinates.
struct Mark {
    at: (f64, f64),
    label: String,
    kind: MarkKind,
}

#[derive(Clone, Copy, PartialEq)]
enum MarkKind {
    Platform { chosen: bool, rank: usize },
    Product,
}

/// The markers as drawn, in points: a chosen platform's dot and ring, another platform's
/// circle, a product's diamond (centre to corner), and their strokes.
const CHOSEN_DOT: f32 = 5.0;
const CHOSEN_RING: f32 = 9.0;
const PLATFORM_RING: f32 = 5.5;
const PRODUCT_DIAMOND: f32 = 6.5;
const MARKER_STROKE: f32 = 1.5;

impl MarkKind {
    /// The side of the square the marker's drawing fills, its stroke included: a label kept off
    /// it never touches the ring.
    fn footprint(self) -> f32 {
        match self {
            MarkKind::Platform { chosen: true, .. } => 2.0 * CHOSEN_RING + MARKER_STROKE,
            MarkKind::Platform { chosen: false, .. } => 2.0 * PLATFORM_RING + MARKER_STROKE,
            MarkKind::Product => 2.0 * PRODUCT_DIAMOND,
        }
    }
}

impl Mark {
    /// Who gets room first: chosen platforms, the top-ranked, products, then by rank.
    fn order(&self) -> u32 {
        match self.kind {
            MarkKind::Platform { chosen: true, rank } => rank as u32,
            MarkKind::Platform { chosen: false, rank } if rank < RANKED_ON_MAP => 100 + rank as u32,
            MarkKind::Product => 200,
            MarkKind::Platform { chosen: false, rank } => 300 + rank as u32,
        }
    }
}

pub struct MapColors {
    pub platform: Color32,
    pub chosen: Color32,
    pub product: Color32,
    pub caption: Color32,
    pub label_bg: Color32,
}

impl MapColors {
    pub fn for_visuals(v: &egui::Visuals) -> MapColors {
        if v.dark_mode {
            MapColors {
                platform: Color32::from_rgb(150, 160, 175),
                chosen: Color32::from_rgb(90, 170, 255),
                product: Color32::from_rgb(255, 170, 60),
                caption: Color32::from_gray(95),
                label_bg: Color32::from_black_alpha(150),
            }
        } else {
            MapColors {
                platform: Color32::from_rgb(110, 118, 130),
                chosen: Color32::from_rgb(20, 100, 210),
                product: Color32::from_rgb(205, 100, 0),
                caption: Color32::from_gray(175),
                label_bg: Color32::from_white_alpha(190),
            }
        }
    }
}

impl MapView {
    /// Draws the map; edits `plan` when the owner clicks a platform or drags a product.
    /// `side`: the map is square, `side` points wide and high.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        plan: &mut Plan,
        ranking: &[Recommendation],
        lang: Language,
        side: f32,
    ) {
        let catalogue = Catalogue::built_in();
        let colors = MapColors::for_visuals(ui.visuals());
        let [(consumers, businesses), (text, visual)] = axis_ends(lang);
        let marks = marks(plan, ranking, catalogue);

        let x_label = format!("{consumers}  →  {businesses}");
        let y_label = format!("{text}  →  {visual}");
        let ends_x = (consumers.to_owned(), businesses.to_owned());
        let ends_y = (text.to_owned(), visual.to_owned());
        let response = Plot::new("map")
            .allow_zoom(false)
            .allow_drag(false)
            .allow_scroll(false)
            .allow_boxed_zoom(false)
            .allow_double_click_reset(false)
            .show_grid(false)
            .width(side)
            .height(side)
            .sense(egui::Sense::click_and_drag())
            .x_axis_label(x_label)
            .y_axis_label(y_label)
            .x_grid_spacer(ends_spacer)
            .y_grid_spacer(ends_spacer)
            .x_axis_formatter(move |mark, _| end_name(mark, &ends_x))
            .y_axis_formatter(move |mark, _| end_name(mark, &ends_y))
            .y_axis_min_width(12.0)
            .show_x(false)
            .show_y(false)
            .label_formatter(|_| None)
            .show(ui, |plot_ui| {
                plot_ui.set_plot_bounds(PlotBounds::from_min_max(
                    [-MARGIN, -MARGIN],
                    [1.0 + MARGIN, 1.0 + MARGIN],
                ));
                let dashed = LineStyle::Dashed { length: 6.0 };
                plot_ui.add(
                    VLine::new("", 0.5).color(colors.caption).style(dashed).allow_hover(false).id("mid x"),
                );
                plot_ui.add(
                    HLine::new("", 0.5).color(colors.caption).style(dashed).allow_hover(false).id("mid y"),
                );
                let series = |want: fn(&MarkKind) -> bool| -> Vec<[f64; 2]> {
                    marks.iter().filter(|m| want(&m.kind)).map(|m| [m.at.0, m.at.1]).collect()
                };
                plot_ui.add(
                    Points::new(
                        lang.word(S::Platforms),
                        series(|k| matches!(k, MarkKind::Platform { chosen: false, .. })),
                    )
                    .shape(MarkerShape::Circle)
                    .filled(false)
                    .radius(6.0)
                    .color(colors.platform)
                    .allow_hover(false)
                    .id("platforms"),
                );
                let chosen = series(|k| matches!(k, MarkKind::Platform { chosen: true, .. }));
                plot_ui.add(
                    Points::new(lang.word(S::Chosen), chosen.clone())
                        .shape(MarkerShape::Circle)
                        .filled(true)
                        .radius(6.0)
                        .color(colors.chosen)
                        .allow_hover(false)
                        .id("chosen"),
                );
                plot_ui.add(
                    Points::new("", chosen)
                        .shape(MarkerShape::Circle)
                        .filled(false)
                        .radius(10.0)
                        .color(colors.chosen)
                        .allow_hover(false)
                        .id("chosen ring"),
                );
                plot_ui.add(
                    Points::new(lang.word(S::Products), series(|k| *k == MarkKind::Product))
                        .shape(MarkerShape::Diamond)
                        .filled(true)
                        .radius(7.0)
                        .color(colors.product)
                        .allow_hover(false)
                        .id("products"),
                );
                self.drag(plot_ui, plan);
            });

        let transform = response.transform;
        ui.ctx().data_mut(|d| d.insert_temp(frame_id(), transform));
        paint_labels(ui, &transform, &marks, &colors, lang);

        // Hover: why a platform ranks where it does. Click: add it or remove it.
        let pointer = response.response.hover_pos();
        let hovered = pointer.and_then(|p| nearest_platform(&transform, plan, catalogue, p));
        if let Some(id) = hovered.clone() {
            if self.dragging.is_none() {
                ui.ctx().set_cursor_icon(egui::CursorIcon::PointingHand);
            }
            let response = response.response.clone().on_hover_ui_at_pointer(|ui| {
                platform_tooltip(ui, plan, ranking, &id, lang);
            });
            if response.clicked() {
                plan.toggle_choice(&id, catalogue, crate::analysis::new_choice);
            }
        }
    }

    fn drag(&mut self, plot_ui: &mut egui_plot::PlotUi<'_>, plan: &mut Plan) {
        let response = plot_ui.response().clone();
        // A drag is known to start once the pointer has moved: pick what was under the press.
        let pressed_at = response.ctx.input(|i| i.pointer.press_origin()).or(response.interact_pointer_pos());
        if response.drag_started()
            && let Some(pos) = pressed_at
        {
            self.dragging = nearest_draggable(plot_ui.transform(), plan, pos);
        }
        // The pointer of this very frame, also on the frame the button is let go.
        let pointer = response.ctx.input(|i| i.pointer.latest_pos());
        if (response.dragged() || response.drag_stopped())
            && let (Some(target), Some(pos)) = (self.dragging, pointer)
        {
            let at = plot_ui.transform().value_from_position(pos);
            let (x, y) = (round(at.x.clamp(0.0, 1.0)), round(at.y.clamp(0.0, 1.0)));
            match target {
                Draggable::Product(i) => {
                    if let Some(p) = plan.products.get_mut(i) {
                        (p.b2b, p.visual) = (x, y);
                    }
                }
                Draggable::CustomPlatform(i) => {
                    if let Some(p) = plan.custom_platforms.get_mut(i) {
                        (p.b2b, p.visual) = (x, y);
                    }
                }
            }
        }
        if response.drag_stopped() || !response.is_pointer_button_down_on() {
            self.dragging = None;
        }
    }
}

fn frame_id() -> egui::Id {
    egui::Id::unique("socialplan map frame")
}

/// Where a place of the map was drawn on screen in the last frame: for tests and tools that
/// point at a product or a platform.
pub fn screen_position(ctx: &egui::Context, b2b: f64, visual: f64) -> Option<Pos2> {
    let transform: egui_plot::PlotTransform = ctx.data(|d| d.get_temp(frame_id()))?;
    Some(screen(&transform, b2b, visual))
}

/// Two decimals are as precise as a hand on a map can be, and keep the saved file tidy.
fn round(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// Grid marks only at the two ends of an axis and its middle: the axis speaks in words.
fn ends_spacer(_input: egui_plot::GridInput) -> Vec<GridMark> {
    [0.0, 1.0].iter().map(|&value| GridMark { value, step_size: 1.0 }).collect()
}

fn end_name(mark: GridMark, ends: &(String, String)) -> String {
    if mark.value <= 0.0 {
        ends.0.clone()
    } else if mark.value >= 1.0 {
        ends.1.clone()
    } else {
        String::new()
    }
}

fn marks(plan: &Plan, ranking: &[Recommendation], catalogue: &Catalogue) -> Vec<Mark> {
    let mut out: Vec<Mark> = plan
        .platforms(catalogue)
        .map(|p| {
            let rank = ranking.iter().position(|r| r.platform_id == p.id).unwrap_or(usize::MAX / 2);
            let label =
                if rank < RANKED_ON_MAP { format!("{}. {}", rank + 1, p.name) } else { p.name.clone() };
            let kind = MarkKind::Platform { chosen: plan.is_chosen(&p.id), rank };
            Mark { at: (p.b2b, p.visual), label, kind }
        })
        .collect();
    out.extend(plan.products.iter().map(|p| Mark {
        at: (p.b2b, p.visual),
        label: p.name.clone(),
        kind: MarkKind::Product,
    }));
    out
}

/// Labels placed beside their markers where they overlap nothing already placed: chosen
/// platforms first, then products, then the rest.
fn paint_labels(
    ui: &egui::Ui,
    transform: &egui_plot::PlotTransform,
    marks: &[Mark],
    colors: &MapColors,
    lang: Language,
) {
    let frame = *transform.frame();
    let painter = ui.painter_at(frame);
    let font = FontId::proportional(13.0);
    let markers: Vec<Rect> = marks
        .iter()
        .map(|m| {
            Rect::from_center_size(
                transform.position_from_point(&PlotPoint::new(m.at.0, m.at.1)),
                Vec2::splat(m.kind.footprint()),
            )
        })
        .collect();
    let galleys: Vec<_> = marks
        .iter()
        .map(|mark| {
            let color = match mark.kind {
                MarkKind::Platform { chosen: true, .. } => colors.chosen,
                MarkKind::Platform { chosen: false, .. } => colors.platform,
                MarkKind::Product => colors.product,
            };
            (painter.layout_no_wrap(mark.label.clone(), font.clone(), color), color)
        })
        .collect();
    let sizes: Vec<Vec2> = galleys.iter().map(|(g, _)| g.size()).collect();
    let caption_galleys: Vec<_> = Quadrant::ALL
        .iter()
        .map(|q| {
            painter.layout_no_wrap(q.caption(lang).to_owned(), FontId::proportional(15.0), colors.caption)
        })
        .collect();

    // Placing labels compares each with its neighbours: done again only when the map changed.
    let key = {
        use std::hash::{Hash, Hasher};
        let mut h = std::collections::hash_map::DefaultHasher::new();
        for r in markers.iter().chain(std::iter::once(&frame)) {
            [r.min.x, r.min.y, r.max.x, r.max.y].map(f32::to_bits).hash(&mut h);
        }
        for (mark, size) in marks.iter().zip(&sizes) {
            (mark.order(), [size.x, size.y].map(f32::to_bits)).hash(&mut h);
        }
        for g in &caption_galleys {
            [g.size().x, g.size().y].map(f32::to_bits).hash(&mut h);
        }
        h.finish()
    };
    let cache_id = egui::Id::unique("map label placement");
    // The captions, each label's place, and the short name of those named short.
    type Placement = (u64, Vec<Rect>, Vec<Option<labels::Placed>>, Vec<Option<String>>);
    let cached: Option<Placement> = ui.ctx().data(|d| d.get_temp(cache_id));
    let (captions, places, shortened) = match cached {
        Some((k, captions, places, shortened)) if k == key => (captions, places, shortened),
        _ => {
            let wanted: Vec<labels::Marker> = marks
                .iter()
                .zip(&markers)
                .zip(&sizes)
                .map(|((mark, rect), size)| labels::Marker {
                    at: (rect.center().x, rect.center().y),
                    size: rect.width(),
                    label: (size.x + 2.0, size.y + 2.0),
                    order: mark.order(),
                    must_show: matches!(mark.kind, MarkKind::Platform { chosen: true, .. }),
                })
                .collect();
            let room = labels::Room { frame: area(frame.shrink(2.0)), gap: 4.0 };
            // Where the labels go on a map without captions: the captions keep off those spots, so
            // that no caption takes a name's only room.
            let first = labels::place(&wanted, &[], room);
            // Every label placed there, the chosen and best-ranked ones weighing most.
            let reserved: Vec<(Rect, f32)> = marks
                .iter()
                .zip(&first)
                .filter_map(|(m, p)| p.map(|p| (rect(p.area), if m.order() < 200 { 4.0 } else { 1.0 })))
                .collect();
            // The quarters' captions, faint, each where it covers the least of those labels, of the
            // markers and of the captions already placed, nearest its quarter's centre.
            let mut captions: Vec<Rect> = Vec::new();
            for (q, galley) in Quadrant::ALL.iter().zip(&caption_galleys) {
                let (x, y) = q.centre();
                let mut spots: Vec<(f64, f64)> = Vec::new();
                for dy in [0.0, 0.06, -0.06, 0.12, -0.12, 0.18, -0.18, 0.22, -0.22] {
                    for dx in [0.0, 0.08, -0.08] {
                        spots.push((dx, dy));
                    }
                }
                let covered = |r: &Rect| -> f32 {
                    let labels: f32 = reserved.iter().map(|(l, w)| w * overlap_area(l, &r.expand(1.0))).sum();
                    let hidden: f32 = markers.iter().map(|m| 4.0 * overlap_area(m, &r.expand(2.0))).sum();
                    let others: f32 = captions.iter().map(|c| overlap_area(c, &r.expand(4.0))).sum();
                    labels + hidden + others
                };
                let best = spots
                    .iter()
                    .map(|(dx, dy)| {
                        let rect = Align2::CENTER_CENTER
                            .anchor_size(screen(transform, x + dx, y + dy), galley.size());
                        (covered(&rect), dx.abs() + dy.abs(), rect)
                    })
                    .min_by(|a, b| a.0.total_cmp(&b.0).then(a.1.total_cmp(&b.1)))
                    .map(|(_, _, rect)| rect);
                if let Some(rect) = best {
                    captions.push(rect);
                }
            }
            // A label's background would hide a caption's words: labels keep off the captions.
            let keep_clear: Vec<labels::Area> = captions.iter().map(|c| area(c.expand(1.0))).collect();
            let mut places = labels::place(&wanted, &keep_clear, room);
            // A platform whose whole name finds no room is named short ("Google…"), where that
            // fits: a ring with no name leaves the owner guessing. The whole name shows on hover.
            let mut shortened: Vec<Option<String>> = vec![None; marks.len()];
            let left_out: Vec<(usize, String, Vec2)> = marks
                .iter()
                .enumerate()
                .filter(|(i, m)| places[*i].is_none() && matches!(m.kind, MarkKind::Platform { .. }))
                .filter_map(|(i, m)| {
                    let short = short_name(&m.label)?;
                    let size = painter.layout_no_wrap(short.clone(), font.clone(), Color32::WHITE).size();
                    Some((i, short, size))
                })
                .collect();
            if !left_out.is_empty() {
                let taken: Vec<labels::Area> = keep_clear
                    .iter()
                    .copied()
                    .chain(places.iter().flatten().map(|p| p.area))
                    .chain(markers.iter().map(|r| area(*r)))
                    .collect();
                let again: Vec<labels::Marker> = left_out
                    .iter()
                    .map(|&(i, _, size)| labels::Marker { label: (size.x + 2.0, size.y + 2.0), ..wanted[i] })
                    .collect();
                for ((i, short, _), place) in left_out.into_iter().zip(labels::place(&again, &taken, room)) {
                    shortened[i] = place.map(|_| short);
                    places[i] = place;
                }
            }
            ui.ctx().data_mut(|d| {
                d.insert_temp(cache_id, (key, captions.clone(), places.clone(), shortened.clone()))
            });
            (captions, places, shortened)
        }
    };
    // The short names, laid out now that their labels have a place.
    let galleys: Vec<_> = galleys
        .into_iter()
        .zip(shortened)
        .map(|((galley, color), short)| match short {
            Some(text) => (painter.layout_no_wrap(text, font.clone(), color), color),
            None => (galley, color),
        })
        .collect::<Vec<_>>();
    for (galley, rect) in caption_galleys.into_iter().zip(&captions) {
        painter.galley(rect.min, galley, colors.caption);
    }
    // Strong enough to follow from a label to its marker across the map.
    let line = |c: Color32| egui::Stroke::new(1.3, c);
    // Every leader line first: a line crossing the map passes under the labels, never over one.
    for (((_, color), place), marker) in galleys.iter().zip(&places).zip(&markers) {
        if let Some(place) = place.filter(|p| p.leader) {
            let (x, y) = place.area.nearest_point((marker.center().x, marker.center().y));
            painter.line_segment([marker.center(), Pos2::new(x, y)], line(*color));
        }
    }
    for ((galley, color), place) in galleys.into_iter().zip(&places) {
        // A label with no free room is left out; its name shows on hover.
        let Some(place) = place else { continue };
        let r = rect(place.area);
        painter.rect_filled(r, 3.0, colors.label_bg);
        painter.galley(r.min + Vec2::splat(1.0), galley, color);
    }
    // Markers stay visible above any leader line crossing them.
    for (mark, rect) in marks.iter().zip(&markers) {
        let c = rect.center();
        match mark.kind {
            MarkKind::Platform { chosen: true, .. } => {
                painter.circle_filled(c, CHOSEN_DOT, colors.chosen);
                painter.circle_stroke(c, CHOSEN_RING, egui::Stroke::new(MARKER_STROKE, colors.chosen));
            }
            MarkKind::Platform { chosen: false, .. } => {
                painter.circle_stroke(c, PLATFORM_RING, egui::Stroke::new(MARKER_STROKE, colors.platform));
            }
            MarkKind::Product => {
                let d = PRODUCT_DIAMOND;
                let points = vec![
                    c + Vec2::new(0.0, -d),
                    c + Vec2::new(d, 0.0),
                    c + Vec2::new(0.0, d),
                    c + Vec2::new(-d, 0.0),
                ];
                painter.add(egui::Shape::convex_polygon(points, colors.product, egui::Stroke::NONE));
            }
        }
    }
    // The last frame's layout, for tests that check it as an owner would see it.
    let layout = MapLabels {
        names: marks.iter().map(|m| m.label.clone()).collect(),
        markers,
        captions,
        labels: places.iter().map(|p| p.map(|p| (rect(p.area), p.leader))).collect(),
    };
    ui.ctx().data_mut(|d| d.insert_temp(labels_id(), layout));
}

/// The map's labels as last drawn: each marker's name, its marker and its label (with
/// whether a leader line joins them), in screen points.
#[derive(Clone, Debug, Default)]
pub struct MapLabels {
    pub names: Vec<String>,
    pub markers: Vec<Rect>,
    /// The quarters' captions.
    pub captions: Vec<Rect>,
    pub labels: Vec<Option<(Rect, bool)>>,
}

fn labels_id() -> egui::Id {
    egui::Id::unique("map labels as drawn")
}

/// The map's labels as drawn in the last frame.
pub fn drawn_labels(ctx: &egui::Context) -> Option<MapLabels> {
    ctx.data(|d| d.get_temp(labels_id()))
}

/// A platform's name cut to its first word, its rank kept: "4. Google…" for "4. Google Business
/// Profile". None for a name of one word.
fn short_name(label: &str) -> Option<String> {
    let (rank, name) = match label.split_once(". ") {
        Some((n, rest)) if n.chars().all(|c| c.is_ascii_digit()) => (&label[..n.len() + 2], rest),
        _ => ("", label),
    };
    let (first, rest) = name.split_once(' ')?;
    (!rest.is_empty() && first.chars().count() >= 3).then(|| format!("{rank}{first}…"))
}

fn area(r: Rect) -> labels::Area {
    labels::Area { min: (r.min.x, r.min.y), max: (r.max.x, r.max.y) }
}

fn rect(a: labels::Area) -> Rect {
    Rect::from_min_max(Pos2::new(a.min.0, a.min.1), Pos2::new(a.max.0, a.max.1))
}

/// The area two rectangles share (egui's `intersect` of disjoint rectangles is inverted, and
/// its area may then be positive).
fn overlap_area(a: &Rect, b: &Rect) -> f32 {
    let shared = a.intersect(*b);
    if shared.is_positive() { shared.area() } else { 0.0 }
}

fn screen(transform: &egui_plot::PlotTransform, x: f64, y: f64) -> Pos2 {
    transform.position_from_point(&PlotPoint::new(x, y))
}

fn nearest_platform(
    transform: &egui_plot::PlotTransform,
    plan: &Plan,
    catalogue: &Catalogue,
    pointer: Pos2,
) -> Option<String> {
    plan.platforms(catalogue)
        .map(|p| (screen(transform, p.b2b, p.visual).distance(pointer), p.id.clone()))
        .filter(|(d, _)| *d <= PICK_RADIUS)
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, id)| id)
}

fn nearest_draggable(transform: &egui_plot::PlotTransform, plan: &Plan, pointer: Pos2) -> Option<Draggable> {
    let products = plan.products.iter().enumerate().map(|(i, p)| (Draggable::Product(i), p.b2b, p.visual));
    let customs = plan
        .custom_platforms
        .iter()
        .enumerate()
        .map(|(i, p)| (Draggable::CustomPlatform(i), p.b2b, p.visual));
    products
        .chain(customs)
        .map(|(d, x, y)| (screen(transform, x, y).distance(pointer), d))
        .filter(|(dist, _)| *dist <= PICK_RADIUS)
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, d)| d)
}

fn platform_tooltip(ui: &mut egui::Ui, plan: &Plan, ranking: &[Recommendation], id: &str, lang: Language) {
    let catalogue = Catalogue::built_in();
    let Some(p) = plan.platform(catalogue, id) else { return };
    ui.set_max_width(320.0);
    ui.strong(&p.name);
    let description = p.description.get(lang);
    if !description.is_empty() {
        ui.label(description);
    }
    if let Some((rank, r)) = ranking.iter().enumerate().find(|(_, r)| r.platform_id == id) {
        ui.separator();
        ui.label(format!(
            "{} {} · {} {}",
            lang.word(S::Rank),
            rank + 1,
            lang.word(S::Score),
            crate::format::number(r.score, 2, lang)
        ));
        ui.label(r.reason(lang));
    }
    if let Some(w) = &p.warning {
        ui.colored_label(ui.visuals().warn_fg_color, w.get(lang));
    }
    ui.separator();
    ui.weak(if plan.is_chosen(id) { lang.word(S::ClickToRemove) } else { lang.word(S::ClickToAdd) });
}

#[cfg(test)]
mod tests {
    use super::short_name;

    #[test]
    fn a_short_name_is_the_first_word_with_its_rank() {
        assert_eq!(short_name("Google Business Profile").as_deref(), Some("Google…"));
        assert_eq!(short_name("4. Google Business Profile").as_deref(), Some("4. Google…"));
        assert_eq!(short_name("3. Facebook"), None, "one word: nothing shorter");
        assert_eq!(short_name("X (Twitter)"), None, "too short a first word to name it");
    }
}
