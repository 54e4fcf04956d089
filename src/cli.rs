//! The command line: `check`, `recommend`, `cost`, `summary`, `pdf`; with no subcommand, the window.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use crate::analysis;
use crate::model::{Catalogue, Plan};
use crate::report::{self, Paper, PdfDate, PdfOptions, Template};
use crate::storage::{self, LoadError, Replaces};

#[derive(Parser, Debug)]
#[command(
    name = "socialplan",
    version,
    about = "Which social networks should your business be on, and how many hours a week will that cost?",
    long_about = "Which social networks should your business be on, and how many hours a week will that cost?\n\n\
                  With no subcommand, opens the planner window (on PLAN if given)."
)]
#[command(args_conflicts_with_subcommands = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A plan file to open in the window.
    pub plan: Option<PathBuf>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check that a plan file is valid; print a one-line summary or the error.
    Check {
        /// The plan file (.ron).
        plan: PathBuf,
    },
    /// Rank every platform for the plan, best first: rank, id, score, reason (tab-separated).
    Recommend {
        plan: PathBuf,
        /// Show only the N best platforms.
        #[arg(long, value_name = "N")]
        top: Option<usize>,
    },
    /// The weekly time cost of each chosen platform, against the owner's budget.
    Cost {
        plan: PathBuf,
        /// Minutes per week as tab-separated values, for a spreadsheet or a script.
        #[arg(long)]
        tsv: bool,
    },
    /// The plan summary for a person, in the plan's language.
    Summary {
        plan: PathBuf,
        #[arg(long, value_enum, default_value_t = SummaryFormat::Text)]
        format: SummaryFormat,
    },
    /// Write the printable summary as a PDF: the map, the recommendation, the weekly time
    /// with its chart, the reactivity plan and the checklist. Prints the path written.
    #[command(after_help = "Examples:\n  socialplan pdf saves/boulangerie.ron\n  \
                            socialplan pdf plan.ron -o ~/plan-printed.pdf --paper letter")]
    Pdf {
        /// The plan file (.ron).
        plan: PathBuf,
        /// Where to write the PDF [default: the plan's path with .pdf].
        #[arg(short, long, value_name = "OUT.pdf")]
        output: Option<PathBuf>,
        /// Paper size [default: from the locale (LC_ALL, LC_PAPER, LANG): letter in the US,
        /// Canada, Mexico…, a4 elsewhere or when no locale names a country].
        #[arg(long, value_enum)]
        paper: Option<PaperName>,
        /// Typeset with your own copy of the template (assets/summary.typ in the source).
        #[arg(long, value_name = "FILE.typ")]
        template: Option<PathBuf>,
        /// Replace OUT.pdf even when it is not a PDF (a copy of it is kept as OUT.pdf.bak).
        /// An earlier PDF is replaced without it; the plan itself never is.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PaperName {
    A4,
    Letter,
}

impl From<PaperName> for Paper {
    fn from(name: PaperName) -> Paper {
        match name {
            PaperName::A4 => Paper::A4,
            PaperName::Letter => Paper::Letter,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SummaryFormat {
    Text,
    Markdown,
}

/// Exit codes: 0 done, 1 a bad plan or a failure, 2 bad usage (clap's own).
const BAD_PLAN: u8 = 1;

/// Runs a subcommand, writing to `out`. Errors go to stderr.
pub fn run(command: Command, out: &mut dyn Write) -> ExitCode {
    let catalogue = Catalogue::built_in();
    let result: Result<String, String> = match &command {
        Command::Check { plan } => load(plan, catalogue).map(|p| check_line(&p, plan)),
        Command::Recommend { plan, top } => {
            load(plan, catalogue).map(|p| recommend_lines(&p, catalogue, *top))
        }
        Command::Cost { plan, tsv } => load(plan, catalogue)
            .map(|p| if *tsv { cost_tsv(&p, catalogue) } else { cost_table(&p, catalogue) }),
        Command::Summary { plan, format } => load(plan, catalogue).map(|p| {
            let summary = report::summarize(&p, catalogue);
            match format {
                SummaryFormat::Text => report::to_text(&summary),
                SummaryFormat::Markdown => report::to_markdown(&summary),
            }
        }),
        Command::Pdf { plan, output, paper, template, force } => {
            let request = PdfRequest {
                plan,
                output: output.as_deref(),
                paper: paper.map(Paper::from),
                template: template.as_deref(),
                force: *force,
            };
            write_pdf(&request, catalogue)
        }
    };
    match result {
        Ok(text) => match out.write_all(text.as_bytes()) {
            Ok(()) => ExitCode::SUCCESS,
            // A closed pipe (`| head`) is not an error worth a message.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("socialplan: {e}");
                ExitCode::from(BAD_PLAN)
            }
        },
        Err(e) => {
            eprintln!("socialplan: {e}");
            ExitCode::from(BAD_PLAN)
        }
    }
}

fn load(path: &Path, catalogue: &Catalogue) -> Result<Plan, String> {
    storage::load(path, catalogue).map_err(|e: LoadError| e.to_string())
}

/// A template is a small text file; anything bigger is not one.
const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;

/// What `socialplan pdf` was asked to do.
struct PdfRequest<'a> {
    plan: &'a Path,
    output: Option<&'a Path>,
    paper: Option<Paper>,
    template: Option<&'a Path>,
    force: bool,
}

fn write_pdf(request: &PdfRequest, catalogue: &Catalogue) -> Result<String, String> {
    let plan_path = request.plan;
    let plan = load(plan_path, catalogue)?;
    let wanted = request.output.map(Path::to_owned).unwrap_or_else(|| plan_path.with_extension("pdf"));
    // Decided before the slow typesetting, and by file identity, never by spelling.
    let (out, replaces) = storage::pdf_destination(plan_path, &wanted)?;
    let backup = storage::backup_path(&out);
    if replaces == Replaces::OtherFile {
        if !request.force {
            return Err(format!(
                "{}: this file is not a PDF (a plan? a text?), so it is not replaced: choose another \
                 name with -o, or add --force to replace it (a copy is kept as {})",
                wanted.display(),
                backup.display()
            ));
        }
        if storage::same_file(plan_path, &backup) {
            return Err(format!(
                "{}: its copy would replace the plan itself: choose another name with -o",
                wanted.display()
            ));
        }
    }
    let template = match request.template {
        Some(path) => read_template(path)?,
        None => Template::built_in(),
    };
    let options = PdfOptions {
        // The printer's paper belongs to where the person is, so the locale decides.
        paper: request.paper.or_else(Paper::from_env).unwrap_or_default(),
        file_name: plan_path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
        date: PdfDate::today_utc(),
    };
    let summary = report::summarize(&plan, catalogue);
    let pdf = report::to_pdf_with(&summary, &options, &template)
        .map_err(|e| format!("{}: {e}", plan_path.display()))?;
    let folder = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    for leftover in storage::remove_leftover_temp_files(folder) {
        eprintln!("socialplan: removed {}, left by an interrupted earlier run", leftover.display());
    }
    if replaces == Replaces::OtherFile {
        let old = std::fs::read(&out).map_err(|e| format!("{}: {e}", out.display()))?;
        storage::write_file_atomically(&backup, &old).map_err(|e| e.to_string())?;
        eprintln!("socialplan: the previous {} is kept as {}", out.display(), backup.display());
    }
    storage::write_file_atomically(&out, &pdf).map_err(|e| e.to_string())?;
    Ok(format!("{}\n", out.display()))
}

fn read_template(path: &Path) -> Result<Template, String> {
    let fail = |message: String| format!("{}: {message}", path.display());
    let bytes = storage::read_regular_file(path, MAX_TEMPLATE_BYTES).map_err(fail)?;
    let source =
        String::from_utf8(bytes).map_err(|_| fail("a template is UTF-8 text; this file is not".into()))?;
    let name =
        path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "template.typ".into());
    Ok(Template { name, source })
}

fn check_line(plan: &Plan, path: &Path) -> String {
    format!(
        "ok: {}: \"{}\", {} product(s), {} goal(s), {} chosen platform(s), {} custom platform(s)\n",
        path.display(),
        plan.business.name,
        plan.products.len(),
        plan.audience.goals.len(),
        plan.choices.len(),
        plan.custom_platforms.len()
    )
}

fn recommend_lines(plan: &Plan, catalogue: &Catalogue, top: Option<usize>) -> String {
    let ranked = analysis::recommend(plan, catalogue);
    let n = top.unwrap_or(ranked.len());
    ranked
        .iter()
        .take(n)
        .enumerate()
        .map(|(i, r)| {
            let reason = r.reason.replace(['\t', '\n'], " ");
            format!("{}\t{}\t{}\t{reason}\n", i + 1, r.platform_id, crate::format::plain(r.score, 2))
        })
        .collect()
}

fn minutes(v: f64) -> String {
    crate::format::plain(v, 0)
}

fn cost_tsv(plan: &Plan, catalogue: &Catalogue) -> String {
    let cost = analysis::cost(plan, catalogue);
    let mut s = String::from("platform\tcreation\treplies\tmonitoring\tplanning\ttotal\n");
    for c in &cost.choices {
        s += &format!(
            "{}\t{}\t{}\t{}\t{}\t{}\n",
            c.platform_id,
            minutes(c.creation),
            minutes(c.replies),
            minutes(c.monitoring),
            minutes(c.planning),
            minutes(c.total())
        );
    }
    s += &format!(
        "total\t{}\t{}\t{}\t{}\t{}\n",
        minutes(cost.sum(|c| c.creation)),
        minutes(cost.sum(|c| c.replies)),
        minutes(cost.sum(|c| c.monitoring)),
        minutes(cost.sum(|c| c.planning)),
        minutes(cost.total())
    );
    s += &format!("budget\t\t\t\t\t{}\n", minutes(cost.budget_minutes));
    s += &format!("status\t\t\t\t\t{}\n", cost.status().word());
    s
}

fn cost_table(plan: &Plan, catalogue: &Catalogue) -> String {
    // The summary's own time section, so the terminal and the printed plan agree.
    let summary = report::summarize(plan, catalogue);
    let title = format!("{} — {}", summary.business_name, summary.words.time);
    format!("{title}\n{}\n\n{}", "=".repeat(title.chars().count()), report::time_text(&summary))
}
