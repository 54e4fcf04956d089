//! The plan summary for a person: built once from the plan, then written as text, Markdown
//! or a printable PDF.

mod summary;
mod text;

pub use summary::{
    ChecklistItem, ChoiceLine, MapPoint, ProductLine, RankLine, Summary, TimeTotals, Words, summarize,
};
pub use text::{time_text, to_markdown, to_text};
