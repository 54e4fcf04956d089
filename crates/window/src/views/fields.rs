//! Number fields that read like the rest of the window: the language's decimal mark and the
//! plan rules' range, and a loaded value shown as it is, never clamped nor rounded.

use eframe::egui::{DragValue, Slider, SliderClamping};

use crate::format;
use crate::model::{Language, rules, rules::Limits};

/// A drag-or-type field for `value`, written with `decimals` at most and `unit` after it
/// (" h", or ""). Edits stay within `limits`; a value loaded from a file is left alone.
pub fn number_field<'a>(
    value: &'a mut f64,
    limits: Limits,
    decimals: usize,
    unit: &'static str,
    lang: Language,
) -> DragValue<'a> {
    DragValue::new(value)
        .range(limits.edit_range())
        .clamp_existing_to_range(false)
        .custom_formatter(move |v, _| format!("{}{unit}", format::number(v, decimals, lang)))
        .custom_parser(parse_number)
}

/// The week's hours on a slider (the left panel's budget, the fit's hours): the plan rules'
/// range, half hours, finer at the low end where an hour matters most.
pub fn hours_slider(value: &mut f64, lang: Language) -> Slider<'_> {
    Slider::new(value, rules::WEEKLY_HOURS.edit_range())
        .step_by(0.5)
        .logarithmic(true)
        .smallest_positive(0.5)
        .clamping(SliderClamping::Edits)
        .custom_formatter(move |v, _| format::number(v, 1, lang))
        .custom_parser(parse_number)
        .suffix(" h")
}

/// What the owner typed, in either language: `2,5`, `2.5`, `1 000`, `4 h`.
pub fn parse_number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .trim()
        .trim_end_matches('h')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != format::NARROW_NBSP && *c != '\u{00A0}')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    cleaned.parse().ok().filter(|v: &f64| v.is_finite())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_read_in_either_language() {
        assert_eq!(parse_number("2,5"), Some(2.5));
        assert_eq!(parse_number(" 2.5 h"), Some(2.5));
        assert_eq!(parse_number("1\u{202F}000,5"), Some(1000.5));
        assert_eq!(parse_number("abc"), None);
        assert_eq!(parse_number("inf"), None);
    }
}
