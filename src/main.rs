use std::process::ExitCode;

use clap::Parser;
use socialplan::cli::{Cli, run};

fn main() -> ExitCode {
    socialplan_window::mark_process_start();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return usage_error(e),
    };
    match cli.command {
        Some(command) => run(command, &mut std::io::stdout().lock()),
        None => match socialplan_window::run(cli.plan) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("socialplan: the window could not be opened: {e}");
                eprintln!("socialplan: the subcommands work without a window; see `socialplan --help`");
                ExitCode::FAILURE
            }
        },
    }
}

/// clap's own message (bad usage, exit 2; or --help, --version, exit 0). When what the owner
/// typed holds characters a terminal would obey (escapes, text reversal), the message is made
/// from the typed words shown as `\u{…}` escapes, so it says what was typed without obeying it.
fn usage_error(e: clap::Error) -> ExitCode {
    use socialplan::model::rules::escape_hidden;
    let typed: Vec<String> = std::env::args_os().map(|a| a.to_string_lossy().into_owned()).collect();
    let shown: Vec<String> = typed.iter().map(|a| escape_hidden(a)).collect();
    if e.use_stderr() && shown != typed {
        let message = match Cli::try_parse_from(&shown) {
            Err(again) => again.render().to_string(),
            Ok(_) => e.render().to_string(),
        };
        let lines: Vec<String> = message.split('\n').map(escape_hidden).collect();
        eprint!("{}", lines.join("\n"));
    } else {
        // Printing can only fail when the terminal is gone.
        let _ = e.print();
    }
    ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2))
}
