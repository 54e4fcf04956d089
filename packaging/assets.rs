//! The man pages and shell completions, generated from the command line's clap definitions so
//! that they say what `--help` says. The package build writes them (`gen-assets.rs`); the tests
//! (`tests/cli/packaging.rs`) check them.

use std::io;
use std::path::{Path, PathBuf};

use clap::CommandFactory;
use clap_complete::Shell;
use socialplan::cli::Cli;

/// The shells whose completions ship in the package.
pub const SHELLS: [Shell; 3] = [Shell::Bash, Shell::Zsh, Shell::Fish];

/// Writes `socialplan.1` and a `socialplan-SUBCOMMAND.1` for each subcommand into `dir`;
/// returns the pages written, sorted.
pub fn write_man_pages(dir: &Path) -> io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    clap_mangen::generate_to(Cli::command(), dir)?;
    let mut pages = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "1") {
            pages.push(path);
        }
    }
    pages.sort();
    Ok(pages)
}

/// Writes the completions for every shell in [`SHELLS`] into `dir` (`socialplan.bash`,
/// `_socialplan`, `socialplan.fish`); returns their paths in that order.
pub fn write_completions(dir: &Path) -> io::Result<Vec<PathBuf>> {
    std::fs::create_dir_all(dir)?;
    let mut command = Cli::command();
    SHELLS.iter().map(|&shell| clap_complete::generate_to(shell, &mut command, "socialplan", dir)).collect()
}
