//! Reading and writing plan files: size cap, strict parsing with line:column and field,
//! validation, an atomic save that keeps the previous version, a lock while a plan is changed,
//! and the one guarded way to every output (`output`).

mod error;
mod file;
mod load;
mod lock;
mod output;
mod place;
mod save;
mod validate;

pub use error::{LoadError, SaveError};
pub use file::{read_regular_file, same_file};
pub use load::{Loaded, MAX_FILE_BYTES, OLDEST_FORMAT, load, load_file, parse, parse_file};
pub use lock::{LOCK_WAIT, LockFile, PlanLock, lock_path};
pub use output::{Replaces, Target, destination, resolve_links, write_file_atomically};
pub use place::{place, platform_name};
pub use save::{backup_path, keep_previous, remove_leftover_temp_files, save, to_ron};
pub use validate::{MAX_CHOICES, MAX_CUSTOM_PLATFORMS, MAX_PRODUCTS, Problem, validate};
