//! Where a chosen platform's posts come from, in the Platforms tab: the sources the method's
//! one rule allows (`analysis::reuse::may_reuse`, with the ranking's order), a same-family
//! same-format source shared with a switch, and a reuse that breaks the rule said in words with
//! the way it should go and a button that puts it right.

use eframe::egui;

use crate::analysis::Recommendation;
use crate::analysis::reuse::may_reuse;
use crate::format;
use crate::locale::Sentence as S;
use crate::model::{Catalogue, Choice, Language, Plan};

/// Which chosen platforms may lend their posts to which, by the method's one rule
/// (`analysis::reuse::may_reuse`, with the ranking's order), and the reuses that break it.
pub(super) struct Reuse {
    /// Per choice: the sources it may take its posts from (id, name, shared as they are).
    allowed: Vec<Vec<(String, String, bool)>>,
    /// Per choice: its source's name and whether it is shared (a switch) rather than adapted.
    current: Vec<Option<(String, bool)>>,
    /// Per choice: others take its posts, so it makes its own (no chain of reuses).
    lends: Vec<bool>,
    /// Reuses the rule refuses: (choice index, what to say).
    wrong: Vec<(usize, WrongWay)>,
}

/// A reuse the method refuses, and which way it should go.
#[derive(Clone, Debug)]
struct WrongWay {
    platform: String,
    source: String,
    shared: bool,
    /// The source should take this platform's posts instead (shared as they are when true);
    /// None when neither way holds: each makes its own.
    reverse: Option<bool>,
}

impl Reuse {
    pub(super) fn of(plan: &Plan, catalogue: &Catalogue, ranking: &[Recommendation]) -> Reuse {
        let choices = plan.current_choices();
        let rank = |id: &str| ranking.iter().position(|r| r.platform_id == id).unwrap_or(usize::MAX);
        let platform = |id: &str| plan.platform(catalogue, id);
        let name = |id: &str| crate::storage::platform_name(plan, catalogue, id);
        // Whether `target` may take `source`'s posts, and whether as they are (a switch).
        let may = |source: &Choice, target: &Choice| -> Option<bool> {
            let (s, t) = (platform(&source.platform)?, platform(&target.platform)?);
            let ok = source.platform != target.platform
                && source.cadence.posts() > 0
                && may_reuse(
                    s,
                    source.format,
                    t,
                    target.format,
                    rank(&source.platform) < rank(&target.platform),
                );
            ok.then(|| source.format == target.format && t.shares_with(s))
        };
        let lends: Vec<bool> = choices
            .iter()
            .map(|c| choices.iter().any(|o| o.reuse_from.as_deref() == Some(c.platform.as_str())))
            .collect();
        let mut allowed = Vec::new();
        let mut current = Vec::new();
        let mut wrong = Vec::new();
        for (i, c) in choices.iter().enumerate() {
            allowed.push(
                choices
                    .iter()
                    .filter(|s| s.reuse_from.is_none())
                    .filter_map(|s| may(s, c).map(|shared| (s.platform.clone(), name(&s.platform), shared)))
                    .collect(),
            );
            let source = c.reuse_from.as_deref().and_then(|id| choices.iter().find(|s| s.platform == id));
            let shared = |s: &Choice| {
                s.format == c.format
                    && matches!((platform(&c.platform), platform(&s.platform)), (Some(t), Some(q)) if t.shares_with(q))
            };
            current.push(source.map(|s| (name(&s.platform), shared(s))));
            if let Some(s) = source
                && may(s, c).is_none()
                && s.cadence.posts() > 0
            {
                wrong.push((
                    i,
                    WrongWay {
                        platform: name(&c.platform),
                        source: name(&s.platform),
                        shared: shared(s),
                        reverse: may(c, s),
                    },
                ));
            }
        }
        Reuse { allowed, current, lends, wrong }
    }
}

/// "shares Instagram's posts (a switch)" / "adapts Instagram's posts".
fn source_words(name: &str, shared: bool, lang: Language) -> String {
    match shared {
        true => lang.say(S::SharesPostsOf, &[("source", &name)]),
        false => lang.say(S::AdaptsPostsOf, &[("source", &name)]),
    }
}

/// "shares Instagram" / "adapts Instagram": the same, in a table's cell, under "Its posts".
fn source_short(name: &str, shared: bool, lang: Language) -> String {
    match shared {
        true => lang.say(S::SharesNameS, &[("name", &name)]),
        false => lang.say(S::AdaptsNameS, &[("name", &name)]),
    }
}

/// Where this platform's posts come from: its own, or a chosen platform the rule lets it share
/// or adapt from; a warning sign when the current one breaks the rule.
pub(super) fn reuse_cell(ui: &mut egui::Ui, choice: &mut Choice, reuse: &Reuse, lang: Language, i: usize) {
    let own = lang.word(S::ItsOwn);
    // The cell says it short ("adapts Instagram"); the list in full.
    let (shown, said) = match reuse.current.get(i).cloned().flatten() {
        Some((name, shared)) => (source_short(&name, shared, lang), source_words(&name, shared, lang)),
        None => (own.to_owned(), own.to_owned()),
    };
    let wrong = reuse.wrong.iter().any(|(j, _)| *j == i);
    ui.horizontal(|ui| {
        // A platform others take their posts from makes its own: no chain of reuses.
        let lends = reuse.lends.get(i).copied().unwrap_or(false);
        ui.add_enabled_ui(!lends, |ui| {
            egui::ComboBox::from_id_salt(("reuse", i))
                .selected_text(shown)
                .width(96.0)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut choice.reuse_from, None, own);
                    for (id, name, shared) in reuse.allowed.get(i).into_iter().flatten() {
                        ui.selectable_value(
                            &mut choice.reuse_from,
                            Some(id.clone()),
                            source_words(name, *shared, lang),
                        );
                    }
                })
                .response
                .on_hover_text(said)
        })
        .response
        .on_disabled_hover_text(format::typography(lang.word(S::OtherPlatformsTakeTheirPosts), lang));
        if wrong {
            ui.colored_label(ui.visuals().warn_fg_color, "⚠")
                .on_hover_text(format::typography(lang.word(S::TheWrongWayRoundSee), lang));
        }
    });
}

/// Each reuse the method refuses, said in words with the way it should go, and a button that
/// puts it right.
pub(super) fn wrong_way_ui(ui: &mut egui::Ui, plan: &mut Plan, reuse: &Reuse, lang: Language) {
    for (i, w) in &reuse.wrong {
        let verb = lang.word(if w.shared { S::ReuseShares } else { S::ReuseAdapts });
        let (platform, source) = (&w.platform, &w.source);
        let said = match w.reverse {
            Some(back) => lang.say(
                S::ReuseWrongWayRound,
                &[
                    ("platform", platform),
                    ("verb", &verb),
                    ("source", source),
                    ("should", &lang.word(if back { S::ReuseShare } else { S::ReuseAdapt })),
                ],
            ),
            None => {
                lang.say(S::ReuseNotBetter, &[("platform", platform), ("verb", &verb), ("source", source)])
            }
        };
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(ui.visuals().warn_fg_color, format::typography(&said, lang));
            let choices = plan.current_choices();
            let me = choices[*i].platform.clone();
            let source = choices[*i].reuse_from.clone();
            // Turned round, the source would take from this one: only if nothing else takes from
            // the source (no chain of reuses).
            let others_take_from_source =
                choices.iter().any(|c| c.platform != me && c.reuse_from.is_some() && c.reuse_from == source);
            if w.reverse.is_some() && !others_take_from_source {
                if ui.button(lang.word(S::TurnItRound)).clicked()
                    && let Some(source) = source
                {
                    let choices = plan.current_choices_mut();
                    for c in choices.iter_mut() {
                        if c.platform == me {
                            c.reuse_from = None;
                        } else if c.platform == source {
                            c.reuse_from = Some(me.clone());
                        }
                    }
                }
            } else if ui.button(lang.word(S::MakeItsOwn)).clicked() {
                plan.current_choices_mut()[*i].reuse_from = None;
            }
        });
    }
}
