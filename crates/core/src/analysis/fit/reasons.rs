//! Why each platform is in the fitted week, and why the best-ranked others are out, as data the
//! faces say in their language: a platform left out says what it would cost to keep alive,
//! and by how much that would pass the hours.

use crate::format;
use crate::locale::Sentence as S;
use crate::model::{Cadence, Choice, Language, PostFormat, Promise, PromiseKind, rules};

use super::super::cost::Costing;
use super::super::recommend::Recommendation;
use super::Space;
use super::least_alive;
use super::objective::{Aim, plan_aims, platform_value};

/// Why a platform is out.
#[derive(Clone, Debug, PartialEq)]
pub enum LeftOut {
    /// Ranked past the most a scenario holds.
    PastTheMost { max: usize },
    /// Too far below the best platform to be worth the hours.
    FarBelowTheBest,
    /// Kept alive beside the proposal it would add `minutes`, and the week come to `total`,
    /// `over` more than the hours.
    WouldPass {
        cadence: Cadence,
        format: PostFormat,
        promise: Promise,
        minutes: f64,
        with: Vec<String>,
        total: f64,
        over: f64,
        /// A week with it fits the hours only by taking from the platforms kept, for less.
        in_place: bool,
    },
    /// It fits beside the others only by taking from them, for less.
    BringsLess,
}

#[derive(Clone, Debug, PartialEq)]
pub enum FitReason {
    Kept {
        platform: String,
        rank: usize,
        cadence: Cadence,
        format: PostFormat,
        promise: Promise,
        minutes: f64,
        /// The plan's aims it meets: goals served well, products shown, found locally.
        aims: Vec<Aim>,
        /// Ranked too far below the best to be worth hours for its audience: in for an aim alone.
        for_an_aim_alone: bool,
        /// The platform whose posts it shares (true) or adapts.
        source: Option<(String, bool)>,
    },
    Out {
        platform: String,
        rank: usize,
        why: LeftOut,
    },
}

/// "answers within 6 h of opening hours" / "answers within 12 h, any time".
pub fn promise_words(promise: Promise, lang: Language) -> String {
    let h = format::number(promise.hours, 1, lang);
    let sentence = match promise.kind {
        PromiseKind::OpeningHours => S::AnswersInOpeningHours,
        PromiseKind::Anytime => S::AnswersAnyTime,
    };
    lang.say(sentence, &[("hours", &h)])
}

impl FitReason {
    pub fn words(&self, lang: Language) -> String {
        let text = match self {
            FitReason::Kept {
                platform,
                rank,
                cadence,
                format,
                promise,
                minutes,
                aims,
                for_an_aim_alone,
                source,
            } => {
                let mut line = lang.say(
                    S::FitKept,
                    &[
                        ("platform", platform),
                        ("cadence", &cadence.words(lang)),
                        ("format", &format.label(lang).to_lowercase()),
                        ("promise", &promise_words(*promise, lang)),
                        ("hours", &format::hours(*minutes, lang)),
                        ("rank", rank),
                    ],
                );
                let goals: Vec<String> = aims
                    .iter()
                    .filter_map(|a| match a {
                        Aim::Goal(g) => Some(g.label(lang).to_lowercase()),
                        _ => None,
                    })
                    .collect();
                if !goals.is_empty() {
                    line += &lang.say(S::FitKeptServes, &[("goals", &format::list(&goals, lang))]);
                }
                if aims.contains(&Aim::ShowsProducts) {
                    line += lang.word(S::FitKeptShowsProducts);
                }
                if aims.contains(&Aim::FoundLocally) {
                    // Beside others "too far below the best", it says why it is in all the same.
                    line += lang.word(if *for_an_aim_alone {
                        S::FitKeptOnlyFoundLocally
                    } else {
                        S::FitKeptFoundLocally
                    });
                }
                match source {
                    Some((source, true)) => line += &lang.say(S::FitKeptShares, &[("source", source)]),
                    Some((source, false)) => line += &lang.say(S::FitKeptAdapts, &[("source", source)]),
                    None => {}
                }
                line + "."
            }
            FitReason::Out { platform, rank, why } => {
                let why = match why {
                    LeftOut::PastTheMost { max } => lang.say(S::FitPastTheMost, &[("max", max)]),
                    LeftOut::FarBelowTheBest => lang.word(S::FitFarBelowTheBest).to_owned(),
                    LeftOut::BringsLess => lang.word(S::FitBringsLess).to_owned(),
                    LeftOut::WouldPass { cadence, format, promise, minutes, with, total, over, in_place } => {
                        let (promise, hours) = (promise_words(*promise, lang), format::hours(*minutes, lang));
                        let alive = if cadence.posts() == 0 {
                            lang.say(S::FitWouldTake, &[("promise", &promise), ("hours", &hours)])
                        } else {
                            lang.say(
                                S::FitWouldTakeAt,
                                &[
                                    ("cadence", &cadence.words(lang)),
                                    ("format", &format.label(lang).to_lowercase()),
                                    ("promise", &promise),
                                    ("hours", &hours),
                                ],
                            )
                        };
                        let (total, over) = (format::hours(*total, lang), format::hours(*over, lang));
                        let with = if with.is_empty() {
                            lang.say(S::FitThatMakes, &[("total", &total), ("over", &over)])
                        } else {
                            lang.say(
                                S::FitWithThatMakes,
                                &[
                                    ("platforms", &format::list(with, lang)),
                                    ("total", &total),
                                    ("over", &over),
                                ],
                            )
                        };
                        let in_place = if *in_place {
                            lang.say(S::FitAndIt, &[("why", &lang.word(S::FitBringsLess))])
                        } else {
                            String::new()
                        };
                        alive + &with + &in_place
                    }
                };
                lang.say(S::FitLeftOut, &[("platform", platform), ("rank", rank), ("why", &why)])
            }
        };
        format::typography(&text, lang)
    }
}

/// Why each chosen platform is in, and why the three best-ranked others are out.
pub(super) fn explain(
    costing: &Costing,
    ranking: &[Recommendation],
    space: &Space,
    (choices, searched): (&[Choice], &[Choice]),
    budget: f64,
    fits_with: impl Fn(usize) -> bool,
) -> Vec<FitReason> {
    let plan = costing.plan;
    let rank = |id: &str| ranking.iter().position(|r| r.platform_id == id).map_or(0, |r| r + 1);
    let name = |id: &str| costing.platform(id).map_or_else(|| id.to_owned(), |p| p.name.clone());
    let cost = costing.cost(choices);
    let best = ranking.first().map_or(0.0, |r| r.score);
    let plan_aims = plan_aims(plan);
    let mut out = Vec::new();
    for (choice, c) in choices.iter().zip(&cost.choices) {
        let Some(p) = costing.platform(&choice.platform) else { continue };
        let ranked = ranking.iter().find(|r| r.platform_id == p.id);
        let value = platform_value(ranked.map_or(0.0, |r| r.score), best);
        let aims: Vec<Aim> = plan_aims.iter().copied().filter(|a| a.served_by(p, ranked, value)).collect();
        let source = costing
            .source(choices, choice)
            .and_then(|s| choice.reuse_from.as_ref().map(|id| (name(id), s.shared)));
        out.push(FitReason::Kept {
            platform: p.name.clone(),
            rank: rank(&p.id),
            cadence: choice.cadence,
            format: choice.format,
            promise: choice.promise,
            minutes: c.total(),
            aims,
            for_an_aim_alone: value <= 0.0,
            source,
        });
    }
    let kept_names: Vec<String> = cost.choices.iter().map(|c| c.platform_name.clone()).collect();
    let chosen = |id: &str| choices.iter().any(|c| c.platform == id);
    for r in ranking.iter().filter(|r| !chosen(&r.platform_id)).take(3) {
        let index = space.candidates.iter().position(|c| c.platform.id == r.platform_id);
        let candidate = index.map(|i| &space.candidates[i]);
        let why = match (candidate, rank(&r.platform_id) > rules::MAX_CHOICES) {
            (None, true) => LeftOut::PastTheMost { max: rules::MAX_CHOICES },
            (None, false) => LeftOut::FarBelowTheBest,
            (Some(c), _) => {
                let alive = least_alive(plan, c.platform);
                // Against the week as the search left it, before faster answers took the rest.
                let mut with = searched.to_vec();
                with.push(alive.clone());
                let both = costing.cost(&with);
                let total = both.total();
                if total > budget + 0.5 {
                    // Said against the proposal as shown (its faster answers included), and as
                    // what it adds to it, in the tenths of an hour the words show: the
                    // proposal's hours and these then add up on screen.
                    let mut shown = choices.to_vec();
                    shown.push(alive.clone());
                    let tenths = |minutes: f64| crate::format::round_as_meant(minutes / 6.0) * 6.0;
                    let total = tenths(costing.cost(&shown).total());
                    LeftOut::WouldPass {
                        cadence: alive.cadence,
                        format: alive.format,
                        promise: alive.promise,
                        minutes: total - tenths(cost.total()),
                        with: kept_names.clone(),
                        total,
                        over: total - budget,
                        in_place: index.is_some_and(&fits_with),
                    }
                } else {
                    LeftOut::BringsLess
                }
            }
        };
        out.push(FitReason::Out { platform: r.platform_name.clone(), rank: rank(&r.platform_id), why });
    }
    out
}
