//! Reading and writing plan files: size cap, strict parsing with line:column and field,
//! validation, and an atomic save that keeps the previous version.

mod error;
mod file;
mod load;
mod place;
mod save;
mod validate;

pub use error::{LoadError, SaveError};
pub use file::{Replaces, calendar_destination, pdf_destination, read_regular_file, same_file};
pub use load::{Loaded, MAX_FILE_BYTES, OLDEST_FORMAT, load, load_file, parse, parse_file};
pub use place::{place, platform_name};
pub use save::{backup_path, remove_leftover_temp_files, save, to_ron, write_file_atomically};
pub use validate::{MAX_CHOICES, MAX_CUSTOM_PLATFORMS, MAX_PRODUCTS, Problem, validate};
