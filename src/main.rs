use std::process::ExitCode;

use clap::Parser;
use socialplan::cli::{Cli, run};

fn main() -> ExitCode {
    socialplan::app::mark_process_start();
    let cli = Cli::parse();
    match cli.command {
        Some(command) => run(command, &mut std::io::stdout().lock()),
        None => match socialplan::app::run(cli.plan) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("socialplan: the window could not be opened: {e}");
                eprintln!("socialplan: the subcommands work without a window; see `socialplan --help`");
                ExitCode::FAILURE
            }
        },
    }
}
