//! Why each platform is in the fitted week, and why the best-ranked others are out, as data the
//! faces say in their language: a platform left out says what it would cost to keep alive,
//! and by how much that would pass the hours.

use crate::format;
use crate::model::{Cadence, Choice, Goal, Language, PostFormat, Promise, PromiseKind, rules};

use super::super::cost::Costing;
use super::super::recommend::Recommendation;
use super::Space;
use super::least_alive;

/// Why a platform is out.
#[derive(Clone, Debug, PartialEq)]
pub enum LeftOut {
    /// Ranked past the most a scenario holds.
    PastTheMost { max: usize },
    /// Too far below the best platform to be worth the hours.
    FarBelowTheBest,
    /// Kept alive it would take `minutes`, and the week `total`, `over` more than the hours.
    WouldPass {
        cadence: Cadence,
        format: PostFormat,
        promise: Promise,
        minutes: f64,
        with: Vec<String>,
        total: f64,
        over: f64,
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
        goals: Vec<Goal>,
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
    match promise.kind {
        PromiseKind::OpeningHours => lang.pick(
            format!("réponse sous {h} h d'ouverture"),
            format!("answers within {h} h of opening hours"),
        ),
        PromiseKind::Anytime => {
            lang.pick(format!("réponse sous {h} h, à toute heure"), format!("answers within {h} h, any time"))
        }
    }
}

fn list(items: &[String], lang: Language) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), lang.pick("et", "and")),
    }
}

impl FitReason {
    pub fn words(&self, lang: Language) -> String {
        let text = match self {
            FitReason::Kept { platform, rank, cadence, format, promise, minutes, goals, source } => {
                let fmt = format.label(lang).to_lowercase();
                let mut line = lang.pick(
                    format!(
                        "{platform} : {} en {fmt}, {} ; {} par semaine ; rang {rank} du classement",
                        format::cadence(*cadence, lang),
                        promise_words(*promise, lang),
                        format::hours(*minutes, lang)
                    ),
                    format!(
                        "{platform}: {} as {fmt}, {}; {} a week; ranked #{rank}",
                        format::cadence(*cadence, lang),
                        promise_words(*promise, lang),
                        format::hours(*minutes, lang)
                    ),
                );
                if !goals.is_empty() {
                    let goals: Vec<String> = goals.iter().map(|g| g.label(lang).to_lowercase()).collect();
                    line += &lang.pick(
                        format!(", sert bien : {}", goals.join(", ")),
                        format!(", serves {} well", goals.join(", ")),
                    );
                }
                match source {
                    Some((src, true)) => {
                        line += &lang.pick(
                            format!(" ; partage les publications {} (un bouton)", format::de(src)),
                            format!("; shares {src}'s posts (a switch)"),
                        )
                    }
                    Some((src, false)) => {
                        line += &lang.pick(
                            format!(" ; adapte les publications {}", format::de(src)),
                            format!("; adapts {src}'s posts"),
                        )
                    }
                    None => {}
                }
                line + "."
            }
            FitReason::Out { platform, rank, why } => {
                let why = match why {
                    LeftOut::PastTheMost { max } => lang.pick(
                        format!("est au-delà du rang {max}, et un scénario compte au plus {max} plateformes"),
                        format!("ranks below #{max}, and a scenario holds at most {max} platforms"),
                    ),
                    LeftOut::FarBelowTheBest => lang.pick(
                        "est trop loin de la meilleure pour valoir vos heures".to_owned(),
                        "is too far below the best to be worth your hours".to_owned(),
                    ),
                    LeftOut::BringsLess => lang.pick(
                        "ne tiendrait qu'en prenant sur les plateformes retenues, qui rapportent plus"
                            .to_owned(),
                        "would fit only by taking from the platforms kept, which bring more".to_owned(),
                    ),
                    LeftOut::WouldPass { cadence, format, promise, minutes, with, total, over } => {
                        let fmt = format.label(lang).to_lowercase();
                        let alive = if cadence.posts() == 0 {
                            lang.pick(
                                format!(
                                    "demanderait, {} : {}",
                                    promise_words(*promise, lang),
                                    format::hours(*minutes, lang)
                                ),
                                format!(
                                    "would take, {}: {}",
                                    promise_words(*promise, lang),
                                    format::hours(*minutes, lang)
                                ),
                            )
                        } else {
                            lang.pick(
                                format!(
                                    "demanderait, à {} en {fmt}, {} : {}",
                                    format::cadence(*cadence, lang),
                                    promise_words(*promise, lang),
                                    format::hours(*minutes, lang)
                                ),
                                format!(
                                    "would take, at {} as {fmt}, {}: {}",
                                    format::cadence(*cadence, lang),
                                    promise_words(*promise, lang),
                                    format::hours(*minutes, lang)
                                ),
                            )
                        };
                        let with = if with.is_empty() {
                            lang.pick(
                                format!(
                                    "; cela fait {}, {} de plus que vos heures",
                                    format::hours(*total, lang),
                                    format::hours(*over, lang)
                                ),
                                format!(
                                    "; that makes {}, {} more than you have",
                                    format::hours(*total, lang),
                                    format::hours(*over, lang)
                                ),
                            )
                        } else {
                            lang.pick(
                                format!(
                                    "; avec {} cela fait {}, {} de plus que vos heures",
                                    list(with, lang),
                                    format::hours(*total, lang),
                                    format::hours(*over, lang)
                                ),
                                format!(
                                    "; with {} that makes {}, {} more than you have",
                                    list(with, lang),
                                    format::hours(*total, lang),
                                    format::hours(*over, lang)
                                ),
                            )
                        };
                        alive + &with
                    }
                };
                lang.pick(
                    format!("{platform} (rang {rank}) : laissée de côté, elle {why}."),
                    format!("{platform} (ranked #{rank}): left out, it {why}."),
                )
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
    choices: &[Choice],
    searched: &[Choice],
    budget: f64,
) -> Vec<FitReason> {
    let plan = costing.plan;
    let rank = |id: &str| ranking.iter().position(|r| r.platform_id == id).map_or(0, |r| r + 1);
    let name = |id: &str| costing.platform(id).map_or_else(|| id.to_owned(), |p| p.name.clone());
    let cost = costing.cost(choices);
    let mut out = Vec::new();
    for (choice, c) in choices.iter().zip(&cost.choices) {
        let Some(p) = costing.platform(&choice.platform) else { continue };
        let goals: Vec<Goal> =
            plan.audience.goals.iter().copied().filter(|g| p.goal_fit.serves_well(*g)).collect();
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
            goals,
            source,
        });
    }
    let kept_names: Vec<String> = cost.choices.iter().map(|c| c.platform_name.clone()).collect();
    let chosen = |id: &str| choices.iter().any(|c| c.platform == id);
    for r in ranking.iter().filter(|r| !chosen(&r.platform_id)).take(3) {
        let candidate = space.candidates.iter().find(|c| c.platform.id == r.platform_id);
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
                let minutes = both.choices.last().map_or(0.0, |c| c.total());
                if total > budget + 0.5 {
                    LeftOut::WouldPass {
                        cadence: alive.cadence,
                        format: alive.format,
                        promise: alive.promise,
                        minutes,
                        with: kept_names.clone(),
                        total,
                        over: total - budget,
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
