use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use socialplan::cli::{Cli, run};

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(command) => run(command, &mut std::io::stdout().lock()),
        None => {
            // The window comes with the desktop planner; until then, say what there is.
            let _ = Cli::command().print_help();
            ExitCode::SUCCESS
        }
    }
}
