//! Keep or drop: per platform, its results per hour toward the plan's goals against the best
//! of the plan's platforms, from the same months of evidence the learning needs, and what the
//! hours it frees would bring where they bring most (docs/method.md, "Keep or drop").

use std::collections::HashMap;

use crate::format;
use crate::locale::Sentence as S;
use crate::model::{Goal, Language, ResultKind};

use super::learning::{MONTHS_LEARNED_FROM, MONTHS_TO_LEARN};
use super::review::MonthLine;

/// A platform is kept when, for one of the plan's goals, it brings at least this share of what
/// the best platform brings an hour: an estimate, half the best.
pub const KEEP_SHARE: f64 = 0.5;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Advice {
    /// Fewer months than a verdict needs.
    TooEarly,
    Keep,
    /// Results, but under half the best platform's an hour for every goal: half its hours
    /// would do more elsewhere.
    CutBack,
    /// No result toward any of the plan's goals in the months recorded.
    Drop,
}

/// Where the freed hours would do most: the platform, the result and how many a month.
#[derive(Clone, Debug, PartialEq)]
pub struct Elsewhere {
    pub platform_name: String,
    pub kind: ResultKind,
    pub freed_minutes: f64,
    /// Results a month the freed hours would bring there at its own rate.
    pub count: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Verdict {
    pub platform: String,
    pub name: String,
    pub advice: Advice,
    pub months: usize,
    /// Real minutes a month, on average over the months weighed.
    pub minutes_a_month: f64,
    /// The goal this platform serves best, and its results an hour there.
    pub best_goal: Option<(Goal, f64)>,
    pub elsewhere: Option<Elsewhere>,
}

struct Evidence {
    platform: String,
    months: usize,
    minutes: f64,
    per_kind: HashMap<ResultKind, u64>,
}

impl Evidence {
    fn for_goal(&self, goal: Goal) -> u64 {
        self.per_kind.iter().filter(|(k, _)| k.goal() == goal).map(|(_, n)| n).sum()
    }

    /// Results an hour toward `goal`.
    fn rate(&self, goal: Goal) -> f64 {
        if self.minutes <= 0.0 { 0.0 } else { self.for_goal(goal) as f64 / (self.minutes / 60.0) }
    }
}

/// A verdict per platform with months recorded, in the order they were first recorded.
pub(super) fn verdicts(lines: &[MonthLine], goals: &[Goal], names: &HashMap<&str, String>) -> Vec<Verdict> {
    let mut order: Vec<&str> = Vec::new();
    for l in lines {
        if !order.contains(&l.platform.as_str()) {
            order.push(&l.platform);
        }
    }
    let evidence: Vec<Evidence> = order
        .iter()
        .map(|id| {
            let mut e =
                Evidence { platform: (*id).to_owned(), months: 0, minutes: 0.0, per_kind: HashMap::new() };
            for l in lines
                .iter()
                .rev()
                .filter(|l| l.platform == *id && l.real_minutes.is_some())
                .take(MONTHS_LEARNED_FROM)
            {
                e.months += 1;
                e.minutes += l.real_minutes.unwrap_or(0.0);
                for kind in ResultKind::ALL {
                    if let Some(n) = l.results.get(kind) {
                        *e.per_kind.entry(kind).or_insert(0) += u64::from(n);
                    }
                }
            }
            e
        })
        .collect();
    let weighed: Vec<&Evidence> = evidence.iter().filter(|e| e.months >= MONTHS_TO_LEARN).collect();
    let best_rate = |goal: Goal| weighed.iter().map(|e| e.rate(goal)).fold(0.0, f64::max);
    let mut out: Vec<Verdict> = evidence
        .iter()
        .map(|e| {
            let best_goal = goals
                .iter()
                .map(|g| (*g, e.rate(*g)))
                .filter(|(_, r)| *r > 0.0)
                .max_by(|a, b| (a.1 / best_rate(a.0)).total_cmp(&(b.1 / best_rate(b.0))));
            let advice = if e.months < MONTHS_TO_LEARN {
                Advice::TooEarly
            } else if goals.iter().all(|g| e.for_goal(*g) == 0) {
                Advice::Drop
            } else if goals.iter().any(|g| e.rate(*g) > 0.0 && e.rate(*g) >= KEEP_SHARE * best_rate(*g)) {
                Advice::Keep
            } else {
                Advice::CutBack
            };
            Verdict {
                platform: e.platform.clone(),
                name: names.get(e.platform.as_str()).cloned().unwrap_or_else(|| e.platform.clone()),
                advice,
                months: e.months,
                minutes_a_month: if e.months > 0 { e.minutes / e.months as f64 } else { 0.0 },
                best_goal,
                elsewhere: None,
            }
        })
        .collect();
    // The freed hours go where a kept platform brings most of one result an hour.
    for (i, v) in out.clone().iter().enumerate() {
        let freed = match v.advice {
            Advice::Drop => v.minutes_a_month,
            Advice::CutBack => v.minutes_a_month / 2.0,
            Advice::Keep | Advice::TooEarly => continue,
        };
        let mut best: Option<Elsewhere> = None;
        for (k, e) in evidence.iter().enumerate() {
            if k == i || out[k].advice != Advice::Keep || e.minutes <= 0.0 {
                continue;
            }
            for (kind, n) in &e.per_kind {
                if !goals.contains(&kind.goal()) || *n == 0 {
                    continue;
                }
                let count = freed * (*n as f64 / e.minutes);
                if best.as_ref().is_none_or(|b| count > b.count) {
                    best = Some(Elsewhere {
                        platform_name: out[k].name.clone(),
                        kind: *kind,
                        freed_minutes: freed,
                        count,
                    });
                }
            }
        }
        out[i].elsewhere = best;
    }
    out
}

impl Advice {
    /// The advice in a table's cell.
    pub fn label(self, lang: Language) -> &'static str {
        match self {
            Advice::TooEarly => lang.word(S::AdviceTooEarly),
            Advice::Keep => lang.word(S::AdviceKeep),
            Advice::CutBack => lang.word(S::AdviceCutBack),
            Advice::Drop => lang.word(S::AdviceDrop),
        }
    }
}

impl Verdict {
    /// The advice in the owner's words, with what the freed hours would bring elsewhere.
    pub fn words(&self, lang: Language) -> String {
        let hours = format::hours(self.minutes_a_month, lang);
        let rate = self.best_goal.map(|(g, r)| (g.label(lang), format::number(r, 1, lang)));
        let (goal, rate) = rate.unwrap_or_default();
        let mut text = match self.advice {
            Advice::TooEarly => lang.say(
                S::VerdictTooEarly,
                &[("platform", &self.name), ("months", &self.months), ("needed", &MONTHS_TO_LEARN)],
            ),
            Advice::Keep => lang.say(
                S::VerdictKeep,
                &[("platform", &self.name), ("rate", &rate), ("goal", &goal), ("hours", &hours)],
            ),
            Advice::CutBack => lang.say(
                S::VerdictCutBack,
                &[("platform", &self.name), ("rate", &rate), ("goal", &goal), ("hours", &hours)],
            ),
            Advice::Drop => lang.say(
                S::VerdictDrop,
                &[("platform", &self.name), ("hours", &hours), ("months", &self.months)],
            ),
        };
        if let Some(e) = &self.elsewhere {
            text.push(' ');
            text += &lang.say(
                S::VerdictElsewhere,
                &[
                    ("hours", &format::hours(e.freed_minutes, lang)),
                    ("count", &format::number(e.count, 0, lang)),
                    ("what", &e.kind.words(lang)),
                    ("platform", &e.platform_name),
                ],
            );
        }
        format::typography(&text, lang)
    }
}
