//! Which posts may be made from which: write once for the best platform, adapt for the others
//! (docs/method.md, "Write once, adapt for the others"). A post is adapted from a fuller one
//! into a lighter one, never the reverse: from a fuller format (a long video into a short one, a
//! video into a picture, a picture into a text), or in the same format from a post that takes
//! at least as long to make (an Instagram picture into a Google update, not the other way), on
//! a better-ranked platform. Sharing as it is, inside one family (Instagram to Facebook), is a
//! reuse too: same format, from the better-ranked of the two.

use crate::model::{Platform, PostFormat};

/// How full a post of this format is on this platform: its format first, then the minutes it
/// takes to make there.
pub fn fullness(platform: &Platform, format: PostFormat) -> (u8, f64) {
    (format.weight(), platform.figures.minutes_per_post.for_format(format))
}

/// Whether `target`'s posts in `target_format` may come from `source`'s in `source_format`.
/// `better_ranked` says whether the source ranks above the target.
pub fn may_reuse(
    source: &Platform,
    source_format: PostFormat,
    target: &Platform,
    target_format: PostFormat,
    better_ranked: bool,
) -> bool {
    let (sw, sm) = fullness(source, source_format);
    let (tw, tm) = fullness(target, target_format);
    sw > tw || (sw == tw && better_ranked && sm + 1e-9 >= tm)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Catalogue;

    #[test]
    fn a_fuller_post_becomes_a_lighter_one_never_the_reverse() {
        let c = Catalogue::built_in();
        let (ig, gbp, yt, tiktok) = (
            c.get("instagram").unwrap(),
            c.get("google_business").unwrap(),
            c.get("youtube").unwrap(),
            c.get("tiktok").unwrap(),
        );
        use PostFormat::*;
        // The same format: from the post that takes longer to make, when it ranks above.
        assert!(may_reuse(ig, Image, gbp, Image, true));
        assert!(!may_reuse(gbp, Image, ig, Image, true), "a Google update does not make an Instagram post");
        assert!(!may_reuse(ig, Image, gbp, Image, false), "the source ranks above");
        // A fuller format, whatever the rank.
        assert!(may_reuse(yt, LongVideo, tiktok, ShortVideo, false));
        assert!(!may_reuse(tiktok, ShortVideo, yt, LongVideo, true));
    }
}
