//! `socialplan-gen-assets OUT_DIR`: writes the man pages into OUT_DIR/man and the shell
//! completions into OUT_DIR/completions, for the Debian package (run by packaging/build-deb).

use std::path::PathBuf;
use std::process::ExitCode;

#[path = "assets.rs"]
mod assets;

fn main() -> ExitCode {
    let Some(out) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: socialplan-gen-assets OUT_DIR");
        return ExitCode::from(2);
    };
    let written = assets::write_man_pages(&out.join("man")).and_then(|mut pages| {
        pages.extend(assets::write_completions(&out.join("completions"))?);
        Ok(pages)
    });
    match written {
        Ok(paths) => {
            for path in paths {
                println!("{}", path.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("socialplan-gen-assets: {}: {e}", out.display());
            ExitCode::FAILURE
        }
    }
}
