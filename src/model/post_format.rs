//! The kinds of post a platform takes and a choice makes. Its own file, so that the plan and the
//! catalogue both read it without reading each other.

use serde::{Deserialize, Serialize};

use super::language::Language;

use crate::locale::Sentence as S;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum PostFormat {
    Text,
    Image,
    ShortVideo,
    LongVideo,
}

impl PostFormat {
    pub const ALL: [PostFormat; 4] =
        [PostFormat::Text, PostFormat::Image, PostFormat::ShortVideo, PostFormat::LongVideo];

    pub fn label(self, language: Language) -> &'static str {
        match self {
            PostFormat::Text => language.word(S::Text),
            PostFormat::Image => language.word(S::Image),
            PostFormat::ShortVideo => language.word(S::ShortVideo),
            PostFormat::LongVideo => language.word(S::LongVideo),
        }
    }
}
