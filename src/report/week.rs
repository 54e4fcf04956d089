//! The week in a terminal: a table a person reads, or tab-separated values for a script.

use crate::analysis::{Item, Kind, Week};
use crate::format;
use crate::model::Language;

fn kind_word(kind: Kind, lang: Language) -> &'static str {
    match kind {
        Kind::Post => lang.pick("publication", "post"),
        Kind::Inbox => lang.pick("messages", "inbox"),
        Kind::Planning => lang.pick("planification", "planning"),
    }
}

fn platform(item: &Item, lang: Language) -> String {
    if item.platform_names.is_empty() {
        lang.pick("toutes", "all").to_owned()
    } else {
        item.platform_names.clone()
    }
}

/// One line per item: day, time, minutes, platform, what, who; then minutes per day and the notices.
pub fn week_text(week: &Week, lang: Language) -> String {
    let mut out = String::new();
    let header = [
        lang.pick("jour", "day"),
        lang.pick("heure", "time"),
        "min",
        lang.pick("plateforme", "platform"),
        lang.pick("quoi", "what"),
        lang.pick("qui", "who"),
    ];
    let mut rows: Vec<[String; 6]> = vec![header.map(str::to_owned)];
    for item in &week.items {
        rows.push([
            item.day.name(lang).to_owned(),
            item.starts().to_string(),
            format::number(item.minutes, 0, lang),
            platform(item, lang),
            item.what(lang),
            item.who(lang),
        ]);
    }
    let widths: Vec<usize> =
        (0..6).map(|c| rows.iter().map(|r| r[c].chars().count()).max().unwrap_or(0)).collect();
    for row in &rows {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            let pad = widths[c] - cell.chars().count();
            // The minutes line up on the right, like numbers in a table.
            if c == 2 {
                line += &format!("{}{cell}  ", " ".repeat(pad));
            } else if c == 5 {
                line += cell;
            } else {
                line += &format!("{cell}{}  ", " ".repeat(pad));
            }
        }
        out += line.trim_end();
        out.push('\n');
    }
    out.push('\n');
    let days: Vec<String> = week
        .open_days
        .iter()
        .map(|&d| format!("{} {}", d.short(lang), format::hours(week.day_minutes(d), lang)))
        .collect();
    out += &format::typography(
        &format!(
            "{}{}{} ({} {})\n",
            lang.pick("Par jour", "Per day"),
            format::colon(lang),
            days.join(", "),
            format::hours(week.total_minutes(), lang),
            lang.pick("par semaine", "a week")
        ),
        lang,
    );
    for notice in &week.notices {
        out += &format!("- {}\n", notice.text(lang));
    }
    out
}

/// Tab-separated: day (Mon…Sun), start (HH:MM), minutes, kind, platform ids, what, who, key.
pub fn week_tsv(week: &Week, lang: Language) -> String {
    let clean = |s: &str| s.replace(['\t', '\n'], " ");
    let mut out = String::from("day\ttime\tminutes\tkind\tplatform\twhat\twho\tkey\n");
    for item in &week.items {
        out += &format!(
            "{:?}\t{}\t{:.0}\t{}\t{}\t{}\t{}\t{}\n",
            item.day,
            item.starts(),
            item.minutes,
            kind_word(item.kind, Language::En),
            item.platforms.join(","),
            clean(&item.what(lang)),
            clean(&item.who.clone().unwrap_or_default()),
            item.key
        );
    }
    out
}
