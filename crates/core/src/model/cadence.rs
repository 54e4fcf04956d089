//! How often a platform gets a post: whole posts a week, or one post every 2, 3 or 4 weeks.
//! Nothing in between: a calendar shows a cadence exactly, and an owner keeps one that a
//! calendar shows ("1.5 a week" is neither).

use super::broken::Broken;
use super::rules;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Cadence {
    posts: u32,
    every_weeks: u8,
}

impl Cadence {
    /// The longest interval between two posts the program plans (the plan rules' range).
    pub const MAX_EVERY_WEEKS: u8 = rules::MAX_EVERY_WEEKS;

    /// `posts` posts each week (0: the platform is kept for its inbox only).
    pub const fn weekly(posts: u32) -> Cadence {
        Cadence { posts, every_weeks: 1 }
    }

    /// One post every `weeks` weeks (1: every week).
    pub const fn every(weeks: u8) -> Cadence {
        Cadence { posts: 1, every_weeks: weeks }
    }

    /// The cadence a file's `posts` and `every_weeks` say, refused when it is not one.
    pub fn new(posts: u32, every_weeks: u8) -> Result<Cadence, Broken> {
        rules::cadence(posts, every_weeks)?;
        Ok(Cadence { posts, every_weeks })
    }

    pub fn posts(self) -> u32 {
        self.posts
    }

    pub fn every_weeks(self) -> u8 {
        self.every_weeks
    }

    /// Posts a week on average: what the cost counts.
    pub fn per_week(self) -> f64 {
        f64::from(self.posts) / f64::from(self.every_weeks)
    }

    /// The nearest cadence to an older file's posts a week: whole posts from three quarters of
    /// a post on, else one every 2, 3 or 4 weeks, whichever is nearest (at least one every
    /// four weeks when the file asked for any post at all).
    pub fn nearest(per_week: f64) -> Cadence {
        if !per_week.is_finite() || per_week <= 0.0 {
            return Cadence::weekly(0);
        }
        if per_week >= 0.75 {
            let posts = per_week.round().min(rules::MAX_POSTS_PER_WEEK);
            return Cadence::weekly(posts as u32);
        }
        let weeks = (2..=Cadence::MAX_EVERY_WEEKS)
            .min_by(|a, b| {
                let d = |w: u8| (per_week - 1.0 / f64::from(w)).abs();
                d(*a).total_cmp(&d(*b))
            })
            .unwrap_or(Cadence::MAX_EVERY_WEEKS);
        Cadence::every(weeks)
    }

    /// The cadences from one post every four weeks up to `most` posts a week, lightest first.
    pub fn ladder(most: u32) -> impl Iterator<Item = Cadence> {
        (2..=Cadence::MAX_EVERY_WEEKS).rev().map(Cadence::every).chain((1..=most).map(Cadence::weekly))
    }

    /// The next lighter cadence: one post fewer a week, then one every 2, 3, 4 weeks; None
    /// below that.
    pub fn lighter(self) -> Option<Cadence> {
        match (self.posts, self.every_weeks) {
            (0, _) => None,
            (1, w) if w >= Cadence::MAX_EVERY_WEEKS => None,
            (1, w) => Some(Cadence::every(w + 1)),
            (n, _) => Some(Cadence::weekly(n - 1)),
        }
    }

    /// Fewer posts than `other`, on average.
    pub fn is_lighter_than(self, other: Cadence) -> bool {
        self.per_week() < other.per_week() - 1e-9
    }
}

impl Default for Cadence {
    fn default() -> Self {
        Cadence::weekly(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn older_posts_a_week_become_the_nearest_cadence() {
        assert_eq!(Cadence::nearest(3.0), Cadence::weekly(3));
        assert_eq!(Cadence::nearest(2.5), Cadence::weekly(3));
        assert_eq!(Cadence::nearest(0.75), Cadence::weekly(1));
        assert_eq!(Cadence::nearest(0.5), Cadence::every(2));
        assert_eq!(Cadence::nearest(0.49), Cadence::every(2));
        assert_eq!(Cadence::nearest(0.33), Cadence::every(3));
        assert_eq!(Cadence::nearest(0.25), Cadence::every(4));
        assert_eq!(Cadence::nearest(0.05), Cadence::every(4));
        assert_eq!(Cadence::nearest(0.0), Cadence::weekly(0));
    }

    #[test]
    fn the_ladder_goes_from_monthly_to_the_most_and_lighter_walks_it_down() {
        let ladder: Vec<Cadence> = Cadence::ladder(2).collect();
        assert_eq!(
            ladder,
            vec![
                Cadence::every(4),
                Cadence::every(3),
                Cadence::every(2),
                Cadence::weekly(1),
                Cadence::weekly(2)
            ]
        );
        for pair in ladder.windows(2) {
            assert!(pair[0].is_lighter_than(pair[1]));
            assert_eq!(pair[1].lighter(), Some(pair[0]));
        }
        assert_eq!(Cadence::every(4).lighter(), None);
    }

    #[test]
    fn only_one_post_may_wait_several_weeks() {
        assert!(Cadence::new(1, 3).is_ok() && Cadence::new(5, 1).is_ok() && Cadence::new(0, 1).is_ok());
        assert!(Cadence::new(2, 2).is_err() && Cadence::new(1, 5).is_err() && Cadence::new(1, 0).is_err());
    }
}
