//! The summary as plain text (for a terminal) or Markdown (for a file or the window).
//! One writer lays out both; only headings, tables and lists differ.

use std::fmt::Write;

use super::summary::Summary;
use crate::model::Language;

#[derive(Clone, Copy, PartialEq)]
enum Style {
    Text,
    Markdown,
}

pub fn to_text(summary: &Summary) -> String {
    write(summary, Style::Text)
}

pub fn to_markdown(summary: &Summary) -> String {
    write(summary, Style::Markdown)
}

struct Out {
    style: Style,
    s: String,
}

/// What the owner typed, as Markdown that shows it as it is: no link, no HTML, no heading or
/// list made from a name or a note.
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let body = line.trim_start();
        out.push_str(&line[..line.len() - body.len()]);
        // What would open a list, a quote or a heading at the start of a line.
        let digits = body.chars().take_while(char::is_ascii_digit).count();
        let after_digits = body[digits..].chars().next();
        let opener = if digits > 0 && matches!(after_digits, Some('.' | ')')) {
            Some(digits)
        } else if matches!(body.chars().next(), Some('-' | '+' | '=')) {
            Some(0)
        } else {
            None
        };
        for (j, c) in body.char_indices() {
            if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '#' | '&' | '!')
                || opener == Some(j)
            {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

impl Out {
    /// Text as written in this style: escaped for Markdown, as it is for a terminal.
    fn own(&self, text: &str) -> String {
        match self.style {
            Style::Markdown => escape_markdown(text),
            Style::Text => text.to_owned(),
        }
    }

    fn heading(&mut self, level: usize, title: &str) {
        match self.style {
            Style::Markdown => {
                let title = escape_markdown(&title.replace('\n', " "));
                let _ = writeln!(self.s, "{} {title}\n", "#".repeat(level));
            }
            Style::Text => {
                let rule = match level {
                    1 => '=',
                    2 => '-',
                    _ => '~',
                };
                let _ = writeln!(self.s, "{title}\n{}\n", rule.to_string().repeat(title.chars().count()));
            }
        }
    }

    fn para(&mut self, text: &str) {
        if !text.trim().is_empty() {
            let text = self.own(text.trim());
            let _ = writeln!(self.s, "{text}\n");
        }
    }

    fn list(&mut self, items: &[String]) {
        self.marked_list(&items.iter().map(|i| ("", i.as_str())).collect::<Vec<_>>());
    }

    /// A list whose items start with a mark of ours (`[x] `), kept as Markdown.
    fn marked_list(&mut self, items: &[(&str, &str)]) {
        for (mark, item) in items {
            let item = self.own(item);
            let _ = writeln!(self.s, "- {mark}{item}");
        }
        if !items.is_empty() {
            self.s.push('\n');
        }
    }

    /// Steps in order: "1. …".
    fn numbered(&mut self, items: &[String]) {
        for (i, item) in items.iter().enumerate() {
            let item = self.own(item);
            let _ = writeln!(self.s, "{}. {item}", i + 1);
        }
        if !items.is_empty() {
            self.s.push('\n');
        }
    }

    /// Text to copy as it is: a quote in Markdown, indented in a terminal.
    fn quote(&mut self, text: &str) {
        for line in text.trim().lines() {
            let line = self.own(line);
            match self.style {
                Style::Markdown => {
                    let _ = writeln!(self.s, "> {line}");
                }
                Style::Text => {
                    let _ = writeln!(self.s, "    {line}");
                }
            }
        }
        self.s.push('\n');
    }

    fn table(&mut self, headers: &[&str], rows: &[Vec<String>]) {
        match self.style {
            Style::Markdown => {
                let escape = |c: &str| escape_markdown(&c.replace('\n', " "));
                let _ = writeln!(self.s, "| {} |", headers.join(" | "));
                let _ = writeln!(self.s, "|{}", "---|".repeat(headers.len()));
                for row in rows {
                    let cells: Vec<String> = row.iter().map(|c| escape(c)).collect();
                    let _ = writeln!(self.s, "| {} |", cells.join(" | "));
                }
            }
            Style::Text => {
                let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
                for row in rows {
                    for (w, cell) in widths.iter_mut().zip(row) {
                        *w = (*w).max(cell.chars().count());
                    }
                }
                let line = |cells: Vec<&str>| -> String {
                    let padded: Vec<String> = cells
                        .iter()
                        .zip(&widths)
                        .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
                        .collect();
                    padded.join("  ").trim_end().to_owned()
                };
                let _ = writeln!(self.s, "{}", line(headers.to_vec()));
                let _ = writeln!(
                    self.s,
                    "{}",
                    line(
                        widths
                            .iter()
                            .map(|w| "-".repeat(*w))
                            .collect::<Vec<_>>()
                            .iter()
                            .map(String::as_str)
                            .collect()
                    )
                );
                for row in rows {
                    let _ = writeln!(self.s, "{}", line(row.iter().map(String::as_str).collect()));
                }
            }
        }
        self.s.push('\n');
    }
}

/// The weekly time table and verdict alone, as plain text (for `socialplan cost`).
pub fn time_text(summary: &Summary) -> String {
    let mut out = Out { style: Style::Text, s: String::new() };
    time_section(&mut out, summary);
    out.s.trim_end().to_owned() + "\n"
}

fn time_section(out: &mut Out, summary: &Summary) {
    let t = &summary.time;
    if !summary.choices.is_empty() {
        let (headers, rows) = summary.time_table();
        let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
        out.table(&headers, &rows);
    }
    out.para(&t.verdict);
    out.list(&t.bring_back);
}

fn write(summary: &Summary, style: Style) -> String {
    let w = &summary.words;
    let mut out = Out { style, s: String::new() };
    out.heading(1, &format!("{} — {}", w.title, summary.business_name));
    out.para(
        &[summary.sector.as_str(), summary.description.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" — "),
    );

    out.heading(2, &w.products);
    if summary.products.is_empty() {
        out.para(&w.no_products);
    } else {
        let rows: Vec<Vec<String>> = summary
            .products
            .iter()
            .map(|p| {
                vec![
                    p.name.clone(),
                    p.place.clone(),
                    format!("{} / {}", crate::format::plain(p.b2b, 2), crate::format::plain(p.visual, 2)),
                    p.weight_text.clone(),
                ]
            })
            .collect();
        out.table(&[&w.products, &w.map, &w.position, &w.weight], &rows);
    }

    out.heading(2, &w.audience);
    out.para(&summary.audience);
    if !summary.goals.is_empty() {
        out.para(&format!("{}{}{}", w.goals, colon(summary), summary.goals.join(", ")));
    }
    if let Some(note) = &summary.sales_note {
        out.para(note);
    }

    out.heading(2, &w.recommendation);
    let rows: Vec<Vec<String>> = summary
        .ranking
        .iter()
        .map(|r| {
            let name = if r.chosen { format!("{} ({})", r.name, w.chosen) } else { r.name.clone() };
            vec![r.rank.to_string(), name, crate::format::plain(r.score, 2), r.reason.clone()]
        })
        .collect();
    out.table(&["#", &w.platform, &w.score, &w.reason], &rows);

    out.heading(2, &w.choices);
    if summary.choices.is_empty() {
        out.para(&w.none_chosen);
    } else {
        let (headers, rows) = summary.choices_table();
        let headers: Vec<&str> = headers.iter().map(String::as_str).collect();
        out.table(&headers, &rows);
    }

    out.heading(2, &w.time);
    time_section(&mut out, summary);

    reactivity_section(&mut out, summary);

    out.heading(2, &w.week);
    let week = &summary.week;
    if week.rows.is_empty() {
        out.para(&week.empty);
    } else {
        let headers: Vec<&str> = week.headers.iter().map(String::as_str).collect();
        let rows: Vec<Vec<String>> = week.rows.iter().map(|r| r.to_vec()).collect();
        out.table(&headers, &rows);
        out.para(&week.per_day);
        out.list(&week.notices);
    }

    out.heading(2, &summary.ideas.title);
    out.para(&summary.ideas.intro);
    if summary.ideas.weeks.is_empty() {
        out.para(&summary.ideas.empty);
    }
    for week in &summary.ideas.weeks {
        out.heading(3, &week.heading);
        let headers: Vec<&str> = summary.ideas.headers.iter().map(String::as_str).collect();
        let rows: Vec<Vec<String>> = week.rows.iter().map(|r| r.to_vec()).collect();
        out.table(&headers, &rows);
    }

    voices_section(&mut out, summary);

    out.heading(2, &w.checklist);
    let items: Vec<(&str, &str)> = summary
        .checklist
        .iter()
        .map(|i| {
            let mark = match i.done {
                Some(true) => "[x] ",
                _ => "[ ] ",
            };
            (mark, i.text.as_str())
        })
        .collect();
    out.marked_list(&items);

    if !summary.notes.trim().is_empty() {
        out.heading(2, &w.notes);
        out.para(&summary.notes);
    }

    crisis_section(&mut out, summary);
    out.s.trim_end().to_owned() + "\n"
}

/// The review routine and the ambassadors, when the plan has either.
fn voices_section(out: &mut Out, summary: &Summary) {
    let v = &summary.voices;
    if !v.any {
        return;
    }
    out.heading(2, &v.title);
    out.heading(3, &v.routine_heading);
    if v.routine.is_empty() {
        out.para(&v.no_routine);
    } else {
        out.list(&v.routine);
    }
    out.para(&v.weekly);
    out.heading(3, &v.ambassadors_heading);
    out.para(&v.consent_rule);
    if v.rows.is_empty() {
        out.para(&v.no_ambassadors);
    } else {
        let headers: Vec<&str> = v.headers.iter().map(String::as_str).collect();
        let rows: Vec<Vec<String>> = v.rows.iter().map(|r| r.to_vec()).collect();
        out.table(&headers, &rows);
    }
}

/// `: ` in the summary's language (a narrow no-break space before it in French).
fn colon(summary: &Summary) -> &'static str {
    crate::format::colon(Language::try_from(summary.language.clone()).unwrap_or(Language::En))
}

/// Who looks and how often, the drill of those looks, and the away messages to paste.
fn reactivity_section(out: &mut Out, summary: &Summary) {
    let w = &summary.words;
    let r = &summary.reactivity_plan;
    out.heading(2, &w.reactivity);
    let mut lines = r.lines.clone();
    lines.push(r.question.clone());
    out.list(&lines);
    if !r.drill.is_empty() {
        out.heading(3, &w.drill);
        out.para(&w.drill_intro);
        let headers = [
            &w.platform,
            &w.promise,
            &w.median_wait,
            &w.p90_wait,
            &w.worst_wait,
            &w.within_a_day,
            &w.kept_header,
        ]
        .map(String::as_str);
        let rows: Vec<Vec<String>> = r.drill.iter().map(|d| d.cells()).collect();
        out.table(&headers, &rows);
        out.list(&r.worst_cases);
    }
    if !r.away_messages.is_empty() {
        out.heading(3, &w.away_message);
        out.para(&w.away_hint);
        for message in &r.away_messages {
            out.para(&format!("{}{}", message.platforms, colon(summary).trim_end()));
            out.quote(&message.text);
        }
    }
    if !r.no_auto_reply.is_empty() {
        out.para(&r.no_auto_reply);
    }
}

/// The crisis card: who answers, who covers, what to do and the holding reply. Last, as on paper.
fn crisis_section(out: &mut Out, summary: &Summary) {
    let w = &summary.words;
    let card = &summary.reactivity_plan.crisis;
    out.heading(2, &card.title);
    out.heading(3, &w.who_answers);
    let mut who = card.who_answers.clone();
    who.push(card.cover.clone());
    out.list(&who);
    out.heading(3, &w.what_to_do);
    out.numbered(&card.steps);
    out.heading(3, &card.holding_reply_title);
    out.quote(&card.holding_reply);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Catalogue, Choice, Language, Plan, Product};
    use crate::report::summarize;

    #[test]
    fn both_styles_carry_the_same_facts() {
        let c = Catalogue::built_in();
        let mut plan = Plan::new("Atelier Zoé", Language::Fr);
        plan.products.push(Product::new("Vélo | cargo", 0.1, 0.8));
        plan.current_choices_mut().push(Choice::with_defaults(c.get("pinterest").unwrap()));
        let s = summarize(&plan, c);
        let text = to_text(&s);
        let md = to_markdown(&s);
        for doc in [&text, &md] {
            assert!(doc.contains("Atelier Zoé"));
            assert!(doc.contains("Pinterest"));
        }
        assert!(text.contains(&s.time.verdict));
        assert!(md.contains(&escape_markdown(&s.time.verdict)));
        assert!(md.contains("# Plan réseaux sociaux — Atelier Zoé"));
        assert!(md.contains("Vélo \\| cargo"), "a pipe must not break the Markdown table");
        assert!(text.contains("=====") && !text.contains("| ---"));
    }

    #[test]
    fn markdown_shows_what_the_owner_typed_and_runs_nothing() {
        let c = Catalogue::built_in();
        let mut plan = Plan::new("<script>alert(1)</script> & co", Language::En);
        plan.products.push(Product::new("[x](javascript:alert(1))", 0.1, 0.8));
        plan.notes = "# not a heading\n- not a list\n1. nor this\n> nor a quote".into();
        let md = to_markdown(&summarize(&plan, c));
        for raw in ["<script>", "[x](javascript", "\n# not", "\n- not", "\n1. nor", "\n> nor"] {
            assert!(!md.contains(raw), "{raw} passed through:\n{md}");
        }
        assert!(md.contains("\\<script\\>alert(1)\\</script\\> \\& co"), "{md}");
        assert!(md.contains("\\[x\\](javascript:alert(1))"), "{md}");
        assert!(md.contains("- [ ] "), "the checklist stays a task list:\n{md}");
        // The terminal gets the text as it is.
        assert!(to_text(&summarize(&plan, c)).contains("[x](javascript:alert(1))"));
    }

    #[test]
    fn the_reviews_and_ambassadors_section_escapes_what_the_owner_typed() {
        use crate::model::{Ambassador, ReviewRoutine, Role};
        let c = Catalogue::built_in();
        let mut plan = Plan::new("Shop", Language::En);
        let md = to_markdown(&summarize(&plan, c));
        assert!(!md.contains("Reviews and ambassadors"), "no section without a routine nor ambassadors");
        plan.voices.reviews = Some(ReviewRoutine::starter());
        let mut a = Ambassador::new("<img src=x onerror=alert(1)> | me", Role::Partner);
        a.send = Some("[photo](javascript:alert(1))".into());
        plan.voices.ambassadors = vec![a];
        let s = summarize(&plan, c);
        let md = to_markdown(&s);
        assert!(md.contains("## Reviews and ambassadors") && md.contains("Google Business Profile"), "{md}");
        for raw in ["onerror=alert(1)>", "[photo](javascript", "> | me"] {
            assert!(!md.contains(raw), "{raw} passed through:\n{md}");
        }
        assert!(md.contains("\\<img src=x onerror=alert(1)\\> \\| me"), "{md}");
        assert!(to_text(&s).contains(&s.voices.weekly), "the text says the routine's time");
    }
}
