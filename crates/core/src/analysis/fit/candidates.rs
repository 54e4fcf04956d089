//! The platforms "Fit my week" may choose, in ranking order, each with the ways to be there it
//! weighs (options) and what they cost and bring (docs/method.md, "Fit my week").

use crate::model::{Cadence, Catalogue, Choice, Platform, PostFormat, rules};

use super::super::cost::{Costing, inbox_extra_minutes, replies_per_week};
use super::super::recommend::Recommendation;
use super::super::reuse::fullness;
use super::objective::{cadence_value, plan_aims, platform_value};

/// How an option's posts are made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Own,
    /// Adapted from a better-ranked platform's own posts, in a format at least as full.
    Adapt,
    /// Shared as they are (a switch) from a better-ranked platform of the same family, in the
    /// same format.
    Share,
}

/// One way to be on a platform.
#[derive(Clone, Debug, PartialEq)]
pub struct Option_ {
    pub cadence: Cadence,
    pub format: PostFormat,
    pub mode: Mode,
    pub creation: f64,
    pub value: f64,
    /// How full its posts are (`reuse::fullness`), as an index into the space's levels: a post
    /// may be adapted from one at least as full.
    pub level: usize,
}

impl Option_ {
    /// Posts a week (for reuse: a source makes at least as many).
    pub fn posts(&self) -> f64 {
        self.cadence.per_week()
    }

    /// Whole posts a week of a source, as the search counts them; 0 when it cannot be one.
    pub fn source_posts(&self) -> u8 {
        if self.mode == Mode::Own && self.cadence.every_weeks() == 1 {
            self.cadence.posts().min(u32::from(u8::MAX)) as u8
        } else {
            0
        }
    }
}

/// A platform the fit may choose.
#[derive(Clone, Debug)]
pub struct Candidate<'a> {
    pub platform: &'a Platform,
    /// Its place in the ranking, from 0.
    pub rank: usize,
    pub template: Choice,
    /// Minutes a week whatever the option: the answers and the planning increment.
    pub fixed: f64,
    /// Looks a week at the answer customers expect, counted in opening hours; 0 when there is
    /// nothing to answer there.
    pub looks: f64,
    pub check: f64,
    /// Its inbox group (index into the groups), when it shares one and answers there.
    pub group: Option<usize>,
    /// Its family (index into the families), for sharing posts.
    pub family: Option<usize>,
    /// The plan's aims it meets (`plan_aims`), one bit each.
    pub goals: u8,
    pub options: Vec<Option_>,
}

impl Candidate<'_> {
    /// The least monitoring it adds (in a shared inbox, its increment to a bigger group's look).
    pub fn monitoring_floor(&self, extra: f64) -> f64 {
        match self.group {
            Some(_) => self.looks * extra.min(self.check),
            None => self.looks * self.check,
        }
    }
}

/// The candidates, best ranked first, and the inbox groups' extra minutes per further member.
pub struct Space<'a> {
    pub candidates: Vec<Candidate<'a>>,
    pub group_extras: Vec<f64>,
}

/// The most levels of fullness the search follows; beyond, adapting into the fullest extra
/// levels is not weighed (a plan's own platforms with many different minutes per post).
pub const MAX_LEVELS: usize = 32;

/// The cadences weighed on a platform: from what keeps it alive to twice its published
/// cadence (whole posts a week up to it, then one and a half and twice it).
pub fn cadences(platform: &Platform) -> Vec<Cadence> {
    let f = &platform.figures;
    let least = f.alive().least();
    let published = f.posts_per_week;
    let most = (2.0 * published).max(least.per_week());
    let mut out: Vec<Cadence> = Cadence::ladder(published.ceil().max(1.0) as u32)
        .filter(|c| c.per_week() + 1e-9 >= least.per_week() && c.per_week() <= most + 1e-9)
        .collect();
    if least.posts() == 0 {
        out.insert(0, least);
    }
    for share in [1.5, 2.0] {
        let posts = (published * share).round();
        if posts > published.ceil() && posts >= 1.0 {
            out.push(Cadence::weekly(posts.min(rules::MAX_POSTS_PER_WEEK) as u32));
        }
    }
    out.dedup();
    out
}

/// The search space for this plan: the best ranked platforms worth the hours (or meeting an
/// aim at no value of their own: Google Business Profile for a local business), with their
/// options.
pub fn space<'a>(costing: &Costing<'a>, ranking: &[Recommendation], daily_limit: Option<f64>) -> Space<'a> {
    let plan = costing.plan;
    let catalogue: &Catalogue = costing.catalogue;
    let aims = plan_aims(plan);
    let visual = super::super::map::business_centre(plan).map_or(0.5, |c| c.1);
    let best = ranking.first().map_or(0.0, |r| r.score);
    let mut groups: Vec<String> = Vec::new();
    let mut families: Vec<String> = Vec::new();
    let mut out = Vec::new();
    // A scenario holds at most `MAX_CHOICES` platforms: the fit weighs the best ranked ones.
    for (rank, r) in ranking.iter().enumerate().take(rules::MAX_CHOICES) {
        let Some(platform) = costing.platform(&r.platform_id) else { continue };
        let score = platform_value(r.score, best);
        let mut goal_bits = 0u8;
        for (bit, aim) in aims.iter().enumerate() {
            if aim.served_by(platform, Some(r), score) {
                goal_bits |= 1 << bit;
            }
        }
        // A platform far below the best is not where the audience is: not worth the hours,
        // unless it is where local customers look for the business (`Aim::FoundLocally`).
        if score <= 0.0 && goal_bits == 0 {
            continue;
        }
        // What the owner's months taught, where they did (`Costing::figures`).
        let f = costing.figures(&platform.id);
        // The owner's own figures for this platform, if the current scenario has them; answers
        // as fast as customers expect there, in the business's hours.
        let mut template = super::new_choice(plan, platform);
        if let Some(own) = plan.current_choices().iter().find(|c| c.platform == platform.id) {
            template.followers = own.followers;
            template.replies_per_week = own.replies_per_week;
            template.responder = own.responder.clone();
        }
        // A platform new to the plan, answered from an inbox the owner already reads (WhatsApp
        // beside Facebook in Meta's): whoever reads that inbox answers it in the same look.
        if template.responder.is_none() && platform.inbox.is_some() {
            template.responder = plan
                .current_choices()
                .iter()
                .filter(|c| c.responder.is_some())
                .find(|c| costing.platform(&c.platform).is_some_and(|p| p.inbox == platform.inbox))
                .and_then(|c| c.responder.clone());
        }
        let replies = replies_per_week(&template, f);
        let looks = if replies > 0.0 { costing.looks_a_week(&[template.promise]) as f64 } else { 0.0 };
        let index_of = |list: &mut Vec<String>, name: &String| match list.iter().position(|x| x == name) {
            Some(i) => i,
            None => {
                list.push(name.clone());
                list.len() - 1
            }
        };
        let group = platform.inbox.as_ref().filter(|_| looks > 0.0).map(|g| index_of(&mut groups, g));
        let family = platform.family.as_ref().map(|g| index_of(&mut families, g));
        let mut options = Vec::new();
        for cadence in cadences(platform) {
            let posts = cadence.per_week();
            for &format in PostFormat::ALL.iter().filter(|fm| platform.takes(**fm)) {
                let value =
                    score * cadence_value(posts, f.posts_per_week) * platform.format_value(format, visual);
                let new = f.minutes_per_post.for_format(format);
                // One post must fit in a day the owner can give.
                if daily_limit.is_some_and(|limit| new / f64::from(cadence.every_weeks()) > limit) {
                    continue;
                }
                let adapt = f.adaptation_minutes.for_format(format).min(new);
                let share = f.share_minutes.min(new);
                let option = |mode, creation| Option_ { cadence, format, mode, creation, value, level: 0 };
                options.push(option(Mode::Own, posts * new));
                if posts > 0.0 {
                    options.push(option(Mode::Adapt, posts * adapt));
                    if family.is_some() {
                        options.push(option(Mode::Share, posts * share));
                    }
                }
            }
        }
        out.push(Candidate {
            platform,
            rank,
            template,
            fixed: replies * f.minutes_per_reply + f.planning_minutes_per_week,
            looks,
            check: f.minutes_per_check,
            group,
            family,
            goals: goal_bits,
            options,
        });
    }
    // A group of one is a platform alone; a family of one shares with nobody.
    for g in 0..groups.len() {
        if out.iter().filter(|c| c.group == Some(g)).count() < 2 {
            out.iter_mut().filter(|c| c.group == Some(g)).for_each(|c| c.group = None);
        }
    }
    for fam in 0..families.len() {
        if out.iter().filter(|c| c.family == Some(fam)).count() < 2 {
            for c in out.iter_mut().filter(|c| c.family == Some(fam)) {
                c.family = None;
                c.options.retain(|o| o.mode != Mode::Share);
            }
        }
    }
    // Levels of fullness, leanest first: (format weight, minutes to make one there).
    let mut levels: Vec<(u8, f64)> =
        out.iter().flat_map(|c| c.options.iter().map(|o| fullness(c.platform, o.format))).collect();
    levels.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
    levels.dedup();
    for c in &mut out {
        for o in &mut c.options {
            let f = fullness(c.platform, o.format);
            o.level = levels.iter().position(|l| *l == f).unwrap_or(0);
        }
        // Past the levels the search follows, a post is not adapted (it may still be made).
        c.options.retain(|o| o.level < MAX_LEVELS || o.mode != Mode::Adapt);
        for o in &mut c.options {
            o.level = o.level.min(MAX_LEVELS - 1);
        }
        prune(&mut c.options);
    }
    let group_extras = groups.iter().map(|g| inbox_extra_minutes(catalogue, g)).collect();
    Space { candidates: out, group_extras }
}

/// Drops options no best week can take: one costing more for no more value than another that
/// is as useful as a source (an own option) or needs no more of one (a reused option).
fn prune(options: &mut Vec<Option_>) {
    options.sort_by(|a, b| b.value.total_cmp(&a.value).then(a.creation.total_cmp(&b.creation)));
    let mut kept: Vec<Option_> = Vec::new();
    for o in options.drain(..) {
        let dominated = kept.iter().any(|k| {
            let as_good = k.value >= o.value - 1e-12 && k.creation <= o.creation + 1e-12;
            as_good
                && match (k.mode, o.mode) {
                    (Mode::Own, Mode::Own) => {
                        k.source_posts() >= o.source_posts()
                            && k.level >= o.level
                            && k.format.weight() >= o.format.weight()
                            && (k.format == o.format || o.source_posts() == 0)
                    }
                    (Mode::Own, _) => true,
                    (Mode::Adapt, Mode::Adapt) => k.posts() <= o.posts() + 1e-9 && k.level <= o.level,
                    (Mode::Share, Mode::Share) => k.posts() <= o.posts() + 1e-9 && k.format == o.format,
                    (Mode::Share, Mode::Adapt) | (Mode::Adapt, Mode::Share) | (_, Mode::Own) => false,
                }
        });
        if !dominated {
            kept.push(o);
        }
    }
    *options = kept;
}
