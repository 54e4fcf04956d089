//! The kinds of post a platform takes and a choice makes. Its own file, so that the plan and the
//! catalogue both read it without reading each other.

use serde::{Deserialize, Serialize};

use super::language::Language;

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

    /// How much making a post of this format asks: a post can be adapted into a lighter format
    /// (a video into a picture, a caption into a text), not into a heavier one.
    pub fn weight(self) -> u8 {
        match self {
            PostFormat::Text => 0,
            PostFormat::Image => 1,
            PostFormat::ShortVideo => 2,
            PostFormat::LongVideo => 3,
        }
    }

    pub fn label(self, language: Language) -> &'static str {
        match self {
            PostFormat::Text => language.pick("Texte", "Text"),
            PostFormat::Image => language.pick("Image", "Image"),
            PostFormat::ShortVideo => language.pick("Vidéo courte", "Short video"),
            PostFormat::LongVideo => language.pick("Vidéo longue", "Long video"),
        }
    }
}
