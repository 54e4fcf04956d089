//! Numbers for people, in one place: decimals, units, thousands and French typography follow the
//! language (`8,8 h` in French, `8.8 h` in English), and a rounded value is never shown as `-0`.
//!
//! The window, the command line and the printed summary all write numbers through here, so a
//! figure reads the same on every face.

use super::Language;
use super::Sentence as S;

/// Names in a sentence: "a, b and c", "a, b et c".
pub fn list<T: AsRef<str>>(items: &[T], language: Language) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_owned(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} {} {}", init.join(", "), language.word(S::And), last.as_ref())
        }
    }
}

/// The narrow no-break space French puts before `:`, `;`, `?`, `!` and between thousands.
pub const NARROW_NBSP: char = '\u{202F}';

/// Letters a name keeps where it is quoted in a sentence or a crowded cell (a reason, the
/// comparison's lists): the rules allow 80. The name's own list shows it whole.
pub const NAME_IN_TEXT_CHARS: usize = 40;

/// At most `max` letters, the last an ellipsis: axis labels, headers and sentences stay short,
/// and the full name is shown where the name is listed (or in a tooltip).
pub fn short(name: &str, max: usize) -> String {
    if name.chars().count() <= max {
        name.to_owned()
    } else {
        name.chars().take(max.saturating_sub(1)).collect::<String>() + "…"
    }
}

/// `value` rounded to at most `decimals` decimals, trailing zeros dropped, with the language's
/// decimal mark and thousands separator: `1234.5` → `1,234.5` / `1 234,5`.
pub fn number(value: f64, decimals: usize, language: Language) -> String {
    if !value.is_finite() {
        return "—".to_owned();
    }
    let scale = 10f64.powi(decimals as i32);
    let mut rounded = round_as_meant(value * scale) / scale;
    if rounded == 0.0 {
        rounded = 0.0; // drops the sign of -0.0, which rounding small negatives gives
    }
    let text = format!("{:.*}", decimals, rounded.abs());
    let (whole, fraction) = match text.split_once('.') {
        Some((w, f)) => (w, f.trim_end_matches('0')),
        None => (text.as_str(), ""),
    };
    let (thousands, decimal_mark) = match language {
        Language::Fr => (NARROW_NBSP, ','),
        Language::En => (',', '.'),
        #[cfg(test)]
        Language::De => ('.', ','),
    };
    let mut out = String::new();
    if rounded < 0.0 {
        out.push('-');
    }
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(thousands);
        }
        out.push(digit);
    }
    if !fraction.is_empty() {
        out.push(decimal_mark);
        out.push_str(fraction);
    }
    out
}

/// `x` rounded to a whole number as the sum it came from means it: a week's items that add up to
/// 177 minutes may add up to 176.99999999999997, which must not show as 2.9 h beside the cost's
/// 3 h. Within a millionth of a half, it is the half.
pub fn round_as_meant(x: f64) -> f64 {
    if x.abs() < 1e9 { ((x * 1e6).round() / 1e6).round() } else { x.round() }
}

/// `value` for a program to read (tab-separated output): a `.` decimal mark, no thousands
/// separator, exactly `decimals` decimals, and never `-0`.
pub fn plain(value: f64, decimals: usize) -> String {
    if !value.is_finite() {
        return String::new();
    }
    let text = format!("{value:.decimals$}");
    match text.strip_prefix('-') {
        Some(digits) if digits.chars().all(|c| c == '0' || c == '.') => digits.to_owned(),
        _ => text,
    }
}

/// A day in words, as the language writes it: `1 December 2026`, `1er décembre 2026`.
pub fn day(date: chrono::NaiveDate, language: Language) -> String {
    use chrono::Datelike;
    let (day, month, year) = (date.day(), language.month(date.month()), date.year());
    match language {
        Language::Fr if day == 1 => format!("1er {month} {year}"),
        Language::Fr | Language::En => format!("{day} {month} {year}"),
        #[cfg(test)]
        Language::De => format!("{day}. {month} {year}"),
    }
}

/// From one day to another, in words: `1 December 2026 → 3 December 2026`.
pub fn days(first: chrono::NaiveDate, last: chrono::NaiveDate, language: Language) -> String {
    format!("{} → {}", day(first, language), day(last, language))
}

/// Minutes written as hours with at most one decimal: `525.0` → `8.8 h` / `8,8 h`.
pub fn hours(minutes: f64, language: Language) -> String {
    format!("{} h", number(minutes / 60.0, 1, language))
}

/// The hours `hours` writes, as a number: what a sentence counts ("1 h disponible").
pub fn hours_shown(minutes: f64) -> f64 {
    round_as_meant(minutes / 60.0 * 10.0) / 10.0
}

/// How much too much, readable however small: under six minutes (a tenth of an hour) in
/// minutes, never "0 h over"; else in hours.
pub fn excess(minutes: f64, language: Language) -> String {
    if minutes < 6.0 { self::minutes(minutes.ceil(), language) } else { hours(minutes, language) }
}

/// Minutes written as whole minutes: `12.4` → `12 min`.
pub fn minutes(minutes: f64, language: Language) -> String {
    format!("{} min", number(minutes, 0, language))
}

/// A share as a percentage: `0.92` → `92%` / `92 %` (a narrow no-break space in French).
pub fn percent(share: f64, language: Language) -> String {
    let n = number(share * 100.0, 0, language);
    match language {
        Language::Fr => format!("{n}{NARROW_NBSP}%"),
        Language::En => format!("{n}%"),
        #[cfg(test)]
        Language::De => format!("{n}\u{A0}%"),
    }
}

/// Hours to one decimal for parts that must add up to their shown total: each part's tenths
/// are rounded down, then the tenths still missing go to the parts that lost most (largest
/// remainder), so 2.74 + 0.96 + 0.96 + 0.76 shows 2.7 + 1 + 1 + 0.7 = 5.4, not 5.4 from 5.5.
/// Returns the parts and the total, in hours. Negative parts count as zero.
pub fn hours_adding_up(parts_minutes: &[f64]) -> (Vec<f64>, f64) {
    let tenths: Vec<f64> = parts_minutes.iter().map(|m| m / 6.0).collect();
    let (parts, total) = whole_adding_up(&tenths);
    (parts.iter().map(|t| t / 10.0).collect(), total / 10.0)
}

/// Whole numbers for parts that must add up to their shown total, the same way (largest
/// remainder): the week's items in whole minutes add up to the week's minutes. Negative and
/// unreadable parts count as zero.
pub fn whole_adding_up(parts: &[f64]) -> (Vec<f64>, f64) {
    let parts: Vec<f64> = parts.iter().map(|p| if p.is_finite() { p.max(0.0) } else { 0.0 }).collect();
    let total = round_as_meant(parts.iter().sum::<f64>());
    let mut floors: Vec<f64> = parts.iter().map(|p| p.floor()).collect();
    let missing = (total - floors.iter().sum::<f64>()).max(0.0) as usize;
    let mut order: Vec<usize> = (0..parts.len()).collect();
    // Largest remainder first; ties to the earlier part, so the result does not depend on sorting.
    order.sort_by(|&a, &b| (parts[b] - floors[b]).total_cmp(&(parts[a] - floors[a])).then(a.cmp(&b)));
    for &i in order.iter().take(missing) {
        floors[i] += 1.0;
    }
    (floors, total)
}

/// What goes between a label and what follows it: `Goals: ` in English, `Objectifs : ` (with a
/// narrow no-break space) in French.
pub fn colon(language: Language) -> &'static str {
    match language {
        Language::Fr => "\u{202F}: ",
        _ => ": ",
    }
}

/// A sentence's `:`, `;`, `?` and `!` spaced the way the language wants: in French a narrow
/// no-break space goes before each (an ordinary space there is replaced); English is unchanged.
pub fn typography(text: &str, language: Language) -> String {
    if language != Language::Fr {
        return text.to_owned();
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        // Only punctuation that ends a phrase: followed by a space, a closing bracket or quote,
        // or the end, so "12:30" and "https://" stay as they are ("(un plan ?)" is spaced).
        let ends_phrase = chars.get(i + 1).is_none_or(|n| n.is_whitespace() || matches!(n, ')' | '»'));
        if matches!(c, ':' | ';' | '?' | '!') && ends_phrase && i > 0 {
            if matches!(out.chars().last(), Some(' ' | '\u{00A0}')) {
                out.pop();
            }
            if !out.ends_with(NARROW_NBSP) {
                out.push(NARROW_NBSP);
            }
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use Language::{En, Fr};

    #[test]
    fn a_sum_a_hair_below_a_half_is_the_half() {
        // The bar's week: items adding up to 177 minutes, in floating point.
        let week: f64 = [70.0, 38.0, 24.0, 45.0].iter().map(|m| m / 3.0).sum::<f64>() * 3.0 - 3e-14;
        assert_eq!(hours(week, Fr), hours(177.0, Fr));
        assert_eq!(hours(177.0, En), "3 h");
        assert_eq!(hours(176.9, En), "2.9 h");
        assert_eq!(number(1e12 + 0.4, 0, En), "1,000,000,000,000");
    }

    #[test]
    fn decimals_follow_the_language() {
        assert_eq!(hours(528.0, Fr), "8,8 h");
        assert_eq!(hours(528.0, En), "8.8 h");
        assert_eq!(hours(180.0, En), "3 h");
        assert_eq!(number(0.25, 2, Fr), "0,25");
    }

    #[test]
    fn a_day_is_written_in_words_as_the_language_does() {
        let d = |m, day| chrono::NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        assert_eq!(day(d(12, 1), En), "1 December 2026");
        assert_eq!(day(d(12, 1), Fr), "1er décembre 2026");
        assert_eq!(day(d(11, 20), Fr), "20 novembre 2026");
        assert_eq!(day(d(11, 20), En), "20 November 2026");
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(number(1234.5, 1, En), "1,234.5");
        assert_eq!(number(20000.0, 0, Fr), "20\u{202F}000");
        assert_eq!(number(999.0, 0, En), "999");
        assert_eq!(number(-1234.0, 0, En), "-1,234");
    }

    #[test]
    fn a_small_excess_is_said_in_minutes() {
        assert_eq!(excess(2.2, Fr), "3 min");
        assert_eq!(excess(54.0, En), "0.9 h");
    }

    #[test]
    fn never_a_negative_zero() {
        assert_eq!(hours(-0.0, En), "0 h");
        assert_eq!(hours(-1.0, Fr), "0 h");
        assert_eq!(number(-0.04, 1, En), "0");
        assert_eq!(number(-0.06, 1, En), "-0.1");
    }

    #[test]
    fn plain_numbers_for_programs() {
        assert_eq!(plain(-0.0, 0), "0");
        assert_eq!(plain(-0.4, 0), "0");
        assert_eq!(plain(-0.004, 2), "0.00");
        assert_eq!(plain(-0.6, 0), "-1");
        assert_eq!(plain(12345.678, 2), "12345.68");
    }

    #[test]
    fn parts_add_up_to_the_shown_total() {
        let parts = [2.74 * 60.0, 0.96 * 60.0, 0.96 * 60.0, 0.76 * 60.0];
        let (shown, total) = hours_adding_up(&parts);
        assert_eq!(total, 5.4);
        let sum: f64 = shown.iter().sum();
        assert!((sum - total).abs() < 1e-9, "{shown:?} adds to {sum}, not {total}");
        assert_eq!(hours_adding_up(&[]), (vec![], 0.0));
    }

    #[test]
    fn french_spaces_before_high_punctuation_only_in_french() {
        assert_eq!(typography("Objectifs: Ventes", Fr), "Objectifs\u{202F}: Ventes");
        assert_eq!(typography("Pourquoi ? Voilà ; fin", Fr), "Pourquoi\u{202F}? Voilà\u{202F}; fin");
        assert_eq!(typography("à 12:30, https://x.fr", Fr), "à 12:30, https://x.fr");
        assert_eq!(typography("Déjà\u{202F}: bon", Fr), "Déjà\u{202F}: bon");
        assert_eq!(typography("Goals: Sales", En), "Goals: Sales");
        assert_eq!(format!("Goals{}Sales", colon(En)), "Goals: Sales");
    }
}
