//! The allowed range of every number and name in a plan, in one place.
//!
//! Each rule is a plain check (used by `storage::validate` on plans made in memory) and a serde
//! `deserialize_with` wrapper, so that a bad value in a file is refused while it is being read,
//! where ron still knows its line and column.

use serde::{Deserialize, Deserializer, de::Error};

use super::opening::{Clock, Weekday};

pub const MAX_NAME_CHARS: usize = 200;
pub const MAX_TEXT_CHARS: usize = 20_000;
/// More posts than this in a week is a typo, not a plan (20 a day).
pub const MAX_POSTS_PER_WEEK: f64 = 140.0;
/// A week has 10,080 minutes; no single figure of a plan can sensibly exceed it.
pub const MAX_MINUTES: f64 = 10_080.0;
pub const MAX_REPLIES_PER_WEEK: f64 = 10_000.0;
/// A response target beyond four weeks is not a target.
pub const MAX_RESPONSE_HOURS: f64 = 672.0;
pub const MAX_WEEKLY_HOURS: f64 = 168.0;
pub const MAX_WEIGHT: f64 = 1_000.0;
/// More followers than any account has: a larger number is a typo.
pub const MAX_FOLLOWERS: u32 = 1_000_000_000;
/// A plan compares a handful of scenarios; more is a file gone wrong.
pub const MAX_SCENARIOS: usize = 50;

fn finite(v: f64) -> Result<f64, String> {
    if v.is_finite() { Ok(v) } else { Err(format!("{v} is not a number this plan can use")) }
}

/// A place on the map: 0 to 1.
pub fn unit(v: f64) -> Result<(), String> {
    let v = finite(v)?;
    if (0.0..=1.0).contains(&v) {
        Ok(())
    } else {
        Err(format!("{v} is outside the map: use a number from 0 to 1"))
    }
}

/// Strictly positive and at most `max`.
pub fn positive_up_to(v: f64, max: f64) -> Result<(), String> {
    let v = finite(v)?;
    if v > 0.0 && v <= max { Ok(()) } else { Err(format!("{v} must be more than 0 and at most {max}")) }
}

/// Zero or more, and at most `max`.
pub fn non_negative_up_to(v: f64, max: f64) -> Result<(), String> {
    let v = finite(v)?;
    if (0.0..=max).contains(&v) { Ok(()) } else { Err(format!("{v} must be from 0 to {max}")) }
}

pub fn name(s: &str) -> Result<(), String> {
    if s.trim().is_empty() {
        Err("the name is empty".to_owned())
    } else if s.chars().count() > MAX_NAME_CHARS {
        Err(format!("the name is longer than {MAX_NAME_CHARS} characters"))
    } else {
        Ok(())
    }
}

pub fn text(s: &str) -> Result<(), String> {
    if s.chars().count() > MAX_TEXT_CHARS {
        Err(format!("the text is longer than {MAX_TEXT_CHARS} characters"))
    } else {
        Ok(())
    }
}

pub fn open_days(days: u8) -> Result<(), String> {
    if (1..=7).contains(&days) { Ok(()) } else { Err(format!("{days} open days: a week has 1 to 7")) }
}

/// Open days: at least one, each once.
pub fn open_day_list(days: &[Weekday]) -> Result<(), String> {
    if days.is_empty() {
        return Err("no open day: list at least one, as [Mon, Tue, Wed, Thu, Fri]".into());
    }
    for (i, d) in days.iter().enumerate() {
        if days[..i].contains(d) {
            return Err(format!("{d:?} is listed twice: list each open day once"));
        }
    }
    Ok(())
}

/// The business opens before it closes, the same day.
pub fn opening_hours(opens: Clock, closes: Clock) -> Result<(), String> {
    if opens < closes {
        Ok(())
    } else {
        Err(format!(
            "closes at {closes}, not after it opens at {opens}: closing must come later the same day"
        ))
    }
}

/// Hours a day the owner can give: more than 0, at most a day.
pub fn daily_limit(hours: f64) -> Result<(), String> {
    positive_up_to(hours, 24.0)
        .map_err(|_| format!("{hours} hours a day: the daily limit is more than 0 and at most 24"))
}

pub fn open_hours(hours: f64) -> Result<(), String> {
    positive_up_to(hours, 24.0)
        .map_err(|_| format!("{hours} open hours: a day has more than 0 and at most 24"))
}

// serde wrappers: same rules, raised while reading so that the error carries line:column.

fn with<'de, D, T, F>(d: D, rule: F) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
    F: FnOnce(&T) -> Result<(), String>,
{
    let value = T::deserialize(d)?;
    rule(&value).map_err(D::Error::custom)?;
    Ok(value)
}

pub fn de_unit<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    with(d, |v: &f64| unit(*v))
}
pub fn de_name<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    with(d, |s: &String| name(s))
}
pub fn de_text<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    with(d, |s: &String| text(s))
}
pub fn de_weight<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    with(d, |v: &f64| positive_up_to(*v, MAX_WEIGHT))
}
pub fn de_posts<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    with(d, |v: &f64| non_negative_up_to(*v, MAX_POSTS_PER_WEEK))
}
pub fn de_response_hours<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    with(d, |v: &f64| positive_up_to(*v, MAX_RESPONSE_HOURS))
}
pub fn de_weekly_hours<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    with(d, |v: &f64| non_negative_up_to(*v, MAX_WEEKLY_HOURS))
}
pub fn de_opt_open_days<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<Weekday>>, D::Error> {
    with(d, |v: &Option<Vec<Weekday>>| v.as_deref().map_or(Ok(()), open_day_list))
}
pub fn de_opt_open_days_count<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u8>, D::Error> {
    with(d, |v: &Option<u8>| v.map_or(Ok(()), open_days))
}
pub fn de_opt_open_hours<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    with(d, |v: &Option<f64>| v.map_or(Ok(()), open_hours))
}
pub fn de_opt_daily_limit<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    with(d, |v: &Option<f64>| v.map_or(Ok(()), daily_limit))
}
pub fn de_minutes<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    with(d, |v: &f64| non_negative_up_to(*v, MAX_MINUTES))
}
pub fn de_replies<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    with(d, |v: &f64| non_negative_up_to(*v, MAX_REPLIES_PER_WEEK))
}
pub fn de_opt_minutes<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    with(d, |v: &Option<f64>| v.map_or(Ok(()), |v| non_negative_up_to(v, MAX_MINUTES)))
}
pub fn de_opt_replies<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    with(d, |v: &Option<f64>| v.map_or(Ok(()), |v| non_negative_up_to(v, MAX_REPLIES_PER_WEEK)))
}
pub fn de_opt_weekly_hours<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
    with(d, |v: &Option<f64>| v.map_or(Ok(()), |v| non_negative_up_to(v, MAX_WEEKLY_HOURS)))
}
pub fn followers(v: u32) -> Result<(), String> {
    if v <= MAX_FOLLOWERS { Ok(()) } else { Err(format!("{v} followers: at most {MAX_FOLLOWERS}")) }
}
pub fn de_opt_followers<'de, D: Deserializer<'de>>(d: D) -> Result<Option<u32>, D::Error> {
    with(d, |v: &Option<u32>| v.map_or(Ok(()), followers))
}
pub fn de_opt_name<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    with(d, |v: &Option<String>| v.as_deref().map_or(Ok(()), name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_positions_stay_in_the_unit_square() {
        assert!(unit(0.0).is_ok() && unit(1.0).is_ok() && unit(0.5).is_ok());
        assert!(unit(-0.01).is_err() && unit(1.01).is_err());
        assert!(unit(f64::NAN).is_err() && unit(f64::INFINITY).is_err());
    }

    #[test]
    fn names_must_say_something() {
        assert!(name("Croissant").is_ok());
        assert!(name("   ").is_err());
        assert!(name(&"x".repeat(MAX_NAME_CHARS + 1)).is_err());
    }

    #[test]
    fn a_week_has_one_to_seven_open_days_and_a_day_24_hours() {
        assert!(open_days(0).is_err() && open_days(8).is_err() && open_days(7).is_ok());
        assert!(open_hours(0.0).is_err() && open_hours(24.5).is_err() && open_hours(24.0).is_ok());
    }
}
