//! Where the map's labels go, for the window and any other face that draws the map: beside
//! their markers when there is room, farther out with a leader line when there is not, and
//! never over another marker or label. Plain geometry, in the drawing's own units (points on
//! screen); no drawing library here.

/// A rectangle, `min` at the top left.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Area {
    pub min: (f32, f32),
    pub max: (f32, f32),
}

impl Area {
    pub fn around(centre: (f32, f32), size: (f32, f32)) -> Area {
        let half = (size.0 / 2.0, size.1 / 2.0);
        Area { min: (centre.0 - half.0, centre.1 - half.1), max: (centre.0 + half.0, centre.1 + half.1) }
    }

    pub fn at(min: (f32, f32), size: (f32, f32)) -> Area {
        Area { min, max: (min.0 + size.0, min.1 + size.1) }
    }

    pub fn centre(&self) -> (f32, f32) {
        ((self.min.0 + self.max.0) / 2.0, (self.min.1 + self.max.1) / 2.0)
    }

    /// True when the two share some area (touching edges do not count).
    pub fn overlaps(&self, other: &Area) -> bool {
        self.min.0 < other.max.0
            && other.min.0 < self.max.0
            && self.min.1 < other.max.1
            && other.min.1 < self.max.1
    }

    pub fn within(&self, frame: &Area) -> bool {
        self.min.0 >= frame.min.0
            && self.min.1 >= frame.min.1
            && self.max.0 <= frame.max.0
            && self.max.1 <= frame.max.1
    }

    /// The point of the rectangle nearest to `p`: where a leader line from `p` meets it.
    pub fn nearest_point(&self, p: (f32, f32)) -> (f32, f32) {
        (p.0.clamp(self.min.0, self.max.0), p.1.clamp(self.min.1, self.max.1))
    }
}

/// One marker and its label's size, with what decides who goes first.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub at: (f32, f32),
    /// The side of the square the marker's drawing fills (a ring is wider than a dot): labels
    /// keep off all of it.
    pub size: f32,
    /// The label's width and height.
    pub label: (f32, f32),
    /// Lower goes first: chosen platforms, then the top-ranked, then products, then the rest.
    pub order: u32,
    /// Never left out (a chosen platform): with no free spot within reach, the label takes the
    /// nearest spot in the frame that covers no other label, else the nearest in the frame.
    pub must_show: bool,
}

/// Where one label went.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placed {
    pub area: Area,
    /// Moved away from its marker: draw a line from the marker to the label.
    pub leader: bool,
}

/// The drawing's sizes the placement works with.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Room {
    /// Where labels may go.
    pub frame: Area,
    /// Between a marker and a label beside it.
    pub gap: f32,
}

/// Places every label (by marker index): each in turn, by `order`, at the first spot that
/// stays in the frame and covers no marker, no label already placed and no `keep_clear` area;
/// first right beside its marker, then farther out on widening rings. A label with no free
/// spot within reach is left out (None): it shows on hover, and never covers another; unless it
/// must show (`Marker::must_show`).
pub fn place(markers: &[Marker], keep_clear: &[Area], room: Room) -> Vec<Option<Placed>> {
    let marker_areas: Vec<Area> = markers.iter().map(|m| Area::around(m.at, (m.size, m.size))).collect();
    let mut order: Vec<usize> = (0..markers.len()).collect();
    order.sort_by_key(|&i| (markers[i].order, i));
    let mut grid = Grid::new(&marker_areas);
    let mut out = vec![None; markers.len()];
    for i in order {
        let m = &markers[i];
        let free =
            |a: &Area| a.within(&room.frame) && !keep_clear.iter().any(|k| k.overlaps(a)) && !grid.hits(a);
        let found = candidates(m, room).find(|(a, _)| free(a)).or_else(|| {
            if !m.must_show {
                return None;
            }
            let in_frame = |a: &Area| a.within(&room.frame);
            let covers_a_label = |a: &Area| out.iter().flatten().any(|p: &Placed| p.area.overlaps(a));
            candidates(m, room)
                .find(|(a, _)| in_frame(a) && !covers_a_label(a))
                .or_else(|| candidates(m, room).find(|(a, _)| in_frame(a)))
        });
        if let Some((area, leader)) = found {
            grid.add(area);
            out[i] = Some(Placed { area, leader });
        }
    }
    out
}

/// Spots for a label, nearest first: the eight places beside the marker, then rings farther
/// out (leader lines), up to about four label heights away.
fn candidates(m: &Marker, room: Room) -> impl Iterator<Item = (Area, bool)> + '_ {
    let (w, h) = m.label;
    let r = m.size / 2.0 + room.gap;
    let (x, y) = m.at;
    // Beside: right, left, below, above, then the corners.
    let beside = [
        (x + r, y - h / 2.0),
        (x - r - w, y - h / 2.0),
        (x - w / 2.0, y + r),
        (x - w / 2.0, y - r - h),
        (x + r, y + r / 2.0),
        (x + r, y - r / 2.0 - h),
        (x - r - w, y + r / 2.0),
        (x - r - w, y - r / 2.0 - h),
    ]
    .into_iter()
    .map(move |min| (Area::at(min, m.label), false));
    let rings = (1..=6).flat_map(move |ring| {
        let reach = r + ring as f32 * h * 0.8;
        (0..16).map(move |k| {
            let angle = k as f32 * std::f32::consts::TAU / 16.0;
            let (dx, dy) = (angle.cos() * reach, angle.sin() * reach);
            // The label's nearest corner or side sits at the reached point.
            let min_x = if dx >= 0.0 { x + dx } else { x + dx - w };
            let min_y = y + dy - h / 2.0;
            (Area::at((min_x, min_y), m.label), true)
        })
    });
    beside.chain(rings)
}

/// Areas filed by the cells of a coarse grid, so that a label is compared only with its
/// neighbours: with hundreds of products, comparing with all of them each time shows.
struct Grid {
    areas: Vec<Area>,
    cells: std::collections::HashMap<(i32, i32), Vec<usize>>,
}

impl Grid {
    const CELL: f32 = 64.0;

    fn new(markers: &[Area]) -> Grid {
        let mut grid = Grid { areas: Vec::new(), cells: Default::default() };
        for a in markers {
            grid.add(*a);
        }
        grid
    }

    fn cells_of(a: &Area) -> impl Iterator<Item = (i32, i32)> {
        let cell = |v: f32| (v / Self::CELL).floor() as i32;
        let (x0, x1, y0, y1) = (cell(a.min.0), cell(a.max.0), cell(a.min.1), cell(a.max.1));
        (x0..=x1).flat_map(move |x| (y0..=y1).map(move |y| (x, y)))
    }

    fn add(&mut self, a: Area) {
        let index = self.areas.len();
        self.areas.push(a);
        for c in Self::cells_of(&a) {
            self.cells.entry(c).or_default().push(index);
        }
    }

    fn hits(&self, a: &Area) -> bool {
        Self::cells_of(a).filter_map(|c| self.cells.get(&c)).flatten().any(|&j| self.areas[j].overlaps(a))
    }
}

/// A place for a new product near `wanted` (map units, 0 to 1) that sits on no other marker:
/// at least `apart` from every point in `taken`, searched on widening rings.
pub fn free_spot(wanted: (f64, f64), taken: &[(f64, f64)], apart: f64) -> (f64, f64) {
    let clear = |p: (f64, f64)| taken.iter().all(|t| super::map::distance(*t, p) >= apart);
    let inside = |v: f64| v.clamp(0.0, 1.0);
    std::iter::once(wanted)
        .chain((1..=12).flat_map(|ring| {
            let reach = ring as f64 * apart;
            (0..12 * ring).map(move |k| {
                let angle = k as f64 * std::f64::consts::TAU / (12 * ring) as f64;
                (wanted.0 + angle.cos() * reach, wanted.1 + angle.sin() * reach)
            })
        }))
        .map(|(x, y)| ((inside(x) * 100.0).round() / 100.0, (inside(y) * 100.0).round() / 100.0))
        .find(|p| clear(*p))
        .unwrap_or(wanted)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn room() -> Room {
        Room { frame: Area { min: (0.0, 0.0), max: (400.0, 400.0) }, gap: 4.0 }
    }

    fn check(markers: &[Marker], placed: &[Option<Placed>]) {
        let marker_areas: Vec<Area> = markers.iter().map(|m| Area::around(m.at, (m.size, m.size))).collect();
        for (i, p) in placed.iter().enumerate() {
            let Some(p) = p else { continue };
            assert!(p.area.within(&room().frame), "label {i} leaves the frame");
            for (j, m) in marker_areas.iter().enumerate() {
                assert!(!p.area.overlaps(m), "label {i} covers marker {j}");
            }
            for (j, q) in placed.iter().enumerate() {
                if let Some(q) = q
                    && i != j
                {
                    assert!(!p.area.overlaps(&q.area), "labels {i} and {j} overlap");
                }
            }
        }
    }

    #[test]
    fn a_lone_label_sits_beside_its_marker_without_a_line() {
        let markers =
            [Marker { at: (100.0, 100.0), size: 12.0, label: (60.0, 14.0), order: 0, must_show: false }];
        let placed = place(&markers, &[], room());
        let p = placed[0].unwrap();
        assert!(!p.leader);
        assert_eq!(p.area.min, (110.0, 93.0));
    }

    #[test]
    fn a_wide_marker_keeps_its_label_farther_out() {
        // A chosen platform's ring, 20 points across: the label starts past the ring and the gap.
        let markers =
            [Marker { at: (100.0, 100.0), size: 20.0, label: (60.0, 14.0), order: 0, must_show: false }];
        let p = place(&markers, &[], room())[0].unwrap();
        assert_eq!(p.area.min, (114.0, 93.0));
        // Below it, a small marker whose first spot (on its right) would cover the ring's edge:
        // its label goes to its left.
        let markers = [
            markers[0].clone(),
            Marker { at: (96.0, 116.0), size: 12.0, label: (30.0, 14.0), order: 1, must_show: false },
        ];
        let placed = place(&markers, &[], room());
        check(&markers, &placed);
        let ring = Area::around((100.0, 100.0), (20.0, 20.0));
        assert!(placed.iter().flatten().all(|p| !p.area.overlaps(&ring)), "{placed:?}");
        assert_eq!(placed[1].unwrap().area.min, (56.0, 109.0));
    }

    #[test]
    fn a_crowd_of_markers_gets_labels_that_cover_nothing_and_the_first_ones_stay_close() {
        // Twenty markers on top of each other, as products all left in the middle.
        let markers: Vec<Marker> = (0..20)
            .map(|i| Marker {
                at: (200.0 + (i % 4) as f32 * 3.0, 200.0 + (i / 4) as f32 * 3.0),
                size: 12.0,
                label: (70.0, 14.0),
                order: i,
                must_show: false,
            })
            .collect();
        let placed = place(&markers, &[], room());
        check(&markers, &placed);
        assert!(placed.iter().filter(|p| p.is_some()).count() >= 12, "{placed:?}");
        assert!(placed.iter().flatten().any(|p| p.leader), "moved labels carry a leader line");
        // The first in order is placed before the others take the room.
        assert!(placed[0].is_some());
    }

    #[test]
    fn the_chosen_go_first() {
        // Two markers side by side with room for one label between the frame's edge and them.
        // Left of the markers is out of the frame, above and below too: one spot beside them.
        let room = Room { frame: Area { min: (50.0, 80.0), max: (200.0, 120.0) }, ..room() };
        let markers = [
            Marker { at: (100.0, 100.0), size: 12.0, label: (80.0, 14.0), order: 5, must_show: false },
            Marker { at: (102.0, 100.0), size: 12.0, label: (80.0, 14.0), order: 0, must_show: false },
        ];
        let placed = place(&markers, &[], room);
        let first = placed[1].unwrap();
        assert!(!first.leader, "the chosen platform keeps the spot beside its marker");
    }

    #[test]
    fn a_label_that_must_show_is_never_left_out() {
        // A marker in a crowd so thick that every spot within reach covers another marker.
        let mut markers: Vec<Marker> = (0..900)
            .map(|i| Marker {
                at: (100.0 + (i % 30) as f32 * 10.0, 100.0 + (i / 30) as f32 * 10.0),
                size: 12.0,
                label: (4.0, 4.0),
                order: 10,
                must_show: false,
            })
            .collect();
        let room = Room { frame: Area { min: (0.0, 0.0), max: (500.0, 500.0) }, ..room() };
        markers.push(Marker {
            at: (250.0, 250.0),
            size: 12.0,
            label: (80.0, 14.0),
            order: 20,
            must_show: false,
        });
        assert!(place(&markers, &[], room)[900].is_none(), "no free spot: an ordinary label is left out");
        markers[900].must_show = true;
        let placed = place(&markers, &[], room);
        let label = placed[900].expect("a label that must show");
        assert!(label.area.within(&room.frame));
        assert!(placed[..900].iter().flatten().all(|p| !p.area.overlaps(&label.area)), "it covers no label");
    }

    #[test]
    fn keep_clear_areas_are_respected() {
        let markers =
            [Marker { at: (100.0, 100.0), size: 12.0, label: (60.0, 14.0), order: 0, must_show: false }];
        let clear = [Area { min: (106.0, 80.0), max: (200.0, 120.0) }];
        let p = place(&markers, &clear, room())[0].unwrap();
        assert!(!p.area.overlaps(&clear[0]));
    }

    #[test]
    fn a_new_product_goes_where_nothing_is() {
        let taken = [(0.5, 0.5), (0.55, 0.5)];
        let spot = free_spot((0.5, 0.5), &taken, 0.06);
        assert!(taken.iter().all(|t| super::super::map::distance(*t, spot) >= 0.06), "{spot:?}");
        assert!(super::super::map::distance(spot, (0.5, 0.5)) < 0.2);
        assert_eq!(free_spot((0.3, 0.3), &taken, 0.06), (0.3, 0.3));
    }
}
