//! The map: x = sells to consumers (0) … to businesses (1), y = text (0) … visual (1).

use crate::model::{Language, Plan};

pub fn distance(a: (f64, f64), b: (f64, f64)) -> f64 {
    ((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt()
}

/// The weighted centre of the products: where the business as a whole sits. None without products.
pub fn business_centre(plan: &Plan) -> Option<(f64, f64)> {
    let total: f64 = plan.products.iter().map(|p| p.weight).sum();
    if plan.products.is_empty() || total <= 0.0 {
        return None;
    }
    let x = plan.products.iter().map(|p| p.b2b * p.weight).sum::<f64>() / total;
    let y = plan.products.iter().map(|p| p.visual * p.weight).sum::<f64>() / total;
    Some((x, y))
}

/// The four quarters of the map, each with its caption.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quadrant {
    ConsumersVisual,
    BusinessesVisual,
    ConsumersText,
    BusinessesText,
}

impl Quadrant {
    pub const ALL: [Quadrant; 4] = [
        Quadrant::ConsumersVisual,
        Quadrant::BusinessesVisual,
        Quadrant::ConsumersText,
        Quadrant::BusinessesText,
    ];

    pub fn of(b2b: f64, visual: f64) -> Quadrant {
        match (b2b >= 0.5, visual >= 0.5) {
            (false, true) => Quadrant::ConsumersVisual,
            (true, true) => Quadrant::BusinessesVisual,
            (false, false) => Quadrant::ConsumersText,
            (true, false) => Quadrant::BusinessesText,
        }
    }

    /// The quarter's centre, where its caption goes.
    pub fn centre(self) -> (f64, f64) {
        match self {
            Quadrant::ConsumersVisual => (0.25, 0.75),
            Quadrant::BusinessesVisual => (0.75, 0.75),
            Quadrant::ConsumersText => (0.25, 0.25),
            Quadrant::BusinessesText => (0.75, 0.25),
        }
    }

    pub fn caption(self, language: Language) -> &'static str {
        match self {
            Quadrant::ConsumersVisual => language.pick("Particuliers, en images", "Consumers, in pictures"),
            Quadrant::BusinessesVisual => language.pick("Entreprises, en images", "Businesses, in pictures"),
            Quadrant::ConsumersText => language.pick("Particuliers, en mots", "Consumers, in words"),
            Quadrant::BusinessesText => language.pick("Entreprises, en mots", "Businesses, in words"),
        }
    }
}

/// The names of the map's axes, at each end.
pub fn axis_ends(language: Language) -> [(&'static str, &'static str); 2] {
    [
        (language.pick("Particuliers", "Consumers"), language.pick("Entreprises", "Businesses")),
        (language.pick("Texte", "Text"), language.pick("Visuel", "Visual")),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Product;

    #[test]
    fn centre_follows_the_weights() {
        let mut plan = Plan::new("Shop", Language::En);
        assert_eq!(business_centre(&plan), None);
        plan.products.push(Product::new("a", 0.0, 0.0));
        plan.products.push(Product { weight: 3.0, ..Product::new("b", 1.0, 1.0) });
        let (x, y) = business_centre(&plan).unwrap();
        assert!((x - 0.75).abs() < 1e-9 && (y - 0.75).abs() < 1e-9);
    }

    #[test]
    fn quadrants_split_at_the_middle() {
        assert_eq!(Quadrant::of(0.1, 0.9), Quadrant::ConsumersVisual);
        assert_eq!(Quadrant::of(0.9, 0.1), Quadrant::BusinessesText);
        for q in Quadrant::ALL {
            let (x, y) = q.centre();
            assert_eq!(Quadrant::of(x, y), q);
        }
    }
}
