//! socialplan's printed summary: the core's [`Summary`](socialplan_core::report::Summary)
//! typeset by Typst and exported as PDF, and the PDF sent to the printer (`printing`).

mod paper;
mod pdf;
pub mod printing;
mod typst_world;

pub use paper::Paper;
pub use pdf::{
    Layout, PARTS, PdfDate, PdfError, PdfOptions, Template, TextBox, layout, layout_parts, load_fonts,
    to_pdf, to_pdf_with,
};
pub use typst_world::DEJAVU_SANS;
