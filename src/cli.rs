//! The command line: `check`, `recommend`, `cost`, `summary`, `fit`, `compare`, `week`, `drill`, `ics`, `pdf`; with no subcommand, the window.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::analysis;
use crate::model::{Catalogue, FORMAT_VERSION, Plan};
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

/// The plan a subcommand works on, and which of its scenarios.
#[derive(Args, Debug, Clone)]
pub struct PlanArg {
    /// The plan file (.ron).
    pub plan: PathBuf,
    /// Work on this scenario [default: the plan's current one].
    #[arg(long, value_name = "NAME")]
    pub scenario: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Check that a plan file is valid; print a one-line summary or the error.
    Check {
        #[command(flatten)]
        plan: PlanArg,
    },
    /// Rank every platform for the plan, best first: rank, id, score, reason (tab-separated).
    Recommend {
        #[command(flatten)]
        plan: PlanArg,
        /// Show only the N best platforms.
        #[arg(long, value_name = "N")]
        top: Option<usize>,
    },
    /// The weekly time cost of each chosen platform, against the owner's budget.
    Cost {
        #[command(flatten)]
        plan: PlanArg,
        /// Minutes per week as tab-separated values, for a spreadsheet or a script.
        #[arg(long)]
        tsv: bool,
    },
    /// The plan summary for a person, in the plan's language.
    Summary {
        #[command(flatten)]
        plan: PlanArg,
        #[arg(long, value_enum, default_value_t = SummaryFormat::Text)]
        format: SummaryFormat,
    },
    /// Find the best scenario for the hours you have: which platforms, how many posts a week,
    /// which format, reuse, and the fastest answers the hours allow. Adds it to the plan as a
    /// new scenario and makes it the current one; your own scenarios stay as they are.
    /// Exit code 3 when not even one platform fits.
    #[command(after_help = "Examples:\n  socialplan fit saves/boulangerie.ron -o fitted.ron\n  \
                            socialplan fit plan.ron --hours 2.5 --name \"Winter\"")]
    Fit {
        #[command(flatten)]
        plan: PlanArg,
        /// Hours a week to fit [default: the scenario's budget].
        #[arg(long, value_name = "H")]
        hours: Option<f64>,
        /// The new scenario's name [default: "Fitted to H h" / "Ajusté à H h"].
        #[arg(long, value_name = "NAME")]
        name: Option<String>,
        /// Where to write the plan with the new scenario [default: PLAN itself, keeping PLAN.bak].
        #[arg(short, long, value_name = "OUT.ron")]
        output: Option<PathBuf>,
    },
    /// The plan's scenarios side by side: hours by part, total against budget, platforms,
    /// response promises, goals served and how much of the audience the platforms reach.
    Compare {
        #[command(flatten)]
        plan: PlanArg,
        /// One row per scenario and platform, tab-separated, minutes per week.
        #[arg(long)]
        tsv: bool,
    },
    /// Write the printable summary as a PDF: the map, the recommendation, the weekly time
    /// with its chart, the reactivity plan and the checklist. Prints the path written.
    #[command(after_help = "Examples:\n  socialplan pdf saves/boulangerie.ron\n  \
                            socialplan pdf plan.ron -o ~/plan-printed.pdf --paper letter")]
    Pdf {
        #[command(flatten)]
        plan: PlanArg,
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
    /// The week laid out day by day: day, time, minutes, platform, what, who; then the minutes
    /// per day and what to know (a day over your daily limit, moves set aside).
    #[command(
        after_help = "Examples:\n  socialplan week saves/boulangerie.ron\n  socialplan week plan.ron --tsv"
    )]
    Week {
        #[command(flatten)]
        plan: PlanArg,
        /// Tab-separated: day, time, minutes, kind, platform ids, what, who, key.
        #[arg(long)]
        tsv: bool,
    },
    /// The bad-news drill: how long a message waits for its answer with the week as it is laid
    /// out (your moves included), per platform: the median, nine in ten, the worst wait, the
    /// share answered within a day, and whether the week keeps the promise made there.
    #[command(
        after_help = "Examples:\n  socialplan drill saves/boulangerie.ron\n  socialplan drill plan.ron --tsv"
    )]
    Drill {
        #[command(flatten)]
        plan: PlanArg,
        /// Tab-separated: platform, promise_hours, promise_kind (anytime or opening_hours),
        /// median_hours, p90_hours, worst_hours (clock hours), kept (yes or no).
        #[arg(long)]
        tsv: bool,
    },
    /// Write the week as an iCalendar file for your calendar (Thunderbird, Google, Apple,
    /// Outlook): one weekly event per item, starting this week. Importing it again updates the
    /// events instead of doubling them. Prints the path written.
    #[command(
        after_help = "Examples:\n  socialplan ics saves/boulangerie.ron\n  socialplan ics plan.ron -o ~/week.ics"
    )]
    Ics {
        #[command(flatten)]
        plan: PlanArg,
        /// Where to write the calendar [default: the plan's path with .ics]. An earlier
        /// calendar is replaced; the plan or any other file never is.
        #[arg(short, long, value_name = "OUT.ics")]
        output: Option<PathBuf>,
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

/// Exit codes: 0 done, 1 a bad plan or a failure, 2 bad usage (clap's own), 3 nothing fits.
const BAD_PLAN: u8 = 1;
const NOTHING_FITS: u8 = 3;

/// Runs a subcommand, writing to `out`. Errors go to stderr.
pub fn run(command: Command, out: &mut dyn Write) -> ExitCode {
    let catalogue = Catalogue::built_in();
    let result: Result<String, String> = match &command {
        Command::Check { plan } => check(plan, catalogue),
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
        Command::Fit { plan, hours, name, output } => {
            match fit_command(plan, *hours, name.as_deref(), output.as_deref(), catalogue) {
                Err(FitFailure::NothingFits(message)) => {
                    eprintln!("socialplan: {message}");
                    return ExitCode::from(NOTHING_FITS);
                }
                Err(FitFailure::Other(e)) => Err(e),
                Ok(text) => Ok(text),
            }
        }
        Command::Compare { plan, tsv } => load(plan, catalogue).map(|p| {
            if *tsv { report::compare_tsv(&p, catalogue) } else { report::compare_text(&p, catalogue) }
        }),
        Command::Week { plan, tsv } => load(plan, catalogue).map(|p| {
            let week = analysis::week(&p, catalogue);
            if *tsv { report::week_tsv(&week, p.language) } else { report::week_text(&week, p.language) }
        }),
        Command::Drill { plan, tsv } => load(plan, catalogue).map(|p| {
            let lines = report::drill_of(&p, catalogue);
            if *tsv { report::drill_tsv(&lines) } else { report::drill_text(&lines, p.language) }
        }),
        Command::Ics { plan, output } => write_ics(plan, output.as_deref(), catalogue),
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

/// The plan, with the scenario asked for made the current one.
fn load(arg: &PlanArg, catalogue: &Catalogue) -> Result<Plan, String> {
    load_file(arg, catalogue).map(|loaded| loaded.plan)
}

fn load_file(arg: &PlanArg, catalogue: &Catalogue) -> Result<storage::Loaded, String> {
    let mut loaded = storage::load_file(&arg.plan, catalogue).map_err(|e: LoadError| e.to_string())?;
    if let Some(name) = &arg.scenario {
        loaded.plan.select_scenario(name).map_err(|e| format!("{}: --scenario: {e}", arg.plan.display()))?;
    }
    Ok(loaded)
}

/// A template is a small text file; anything bigger is not one.
const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;

/// What `socialplan pdf` was asked to do.
struct PdfRequest<'a> {
    plan: &'a PlanArg,
    output: Option<&'a Path>,
    paper: Option<Paper>,
    template: Option<&'a Path>,
    force: bool,
}

fn write_pdf(request: &PdfRequest, catalogue: &Catalogue) -> Result<String, String> {
    let plan_path = request.plan.plan.as_path();
    let plan = load(request.plan, catalogue)?;
    let wanted = request.output.map(Path::to_owned).unwrap_or_else(|| plan_path.with_extension("pdf"));
    // Decided before the slow typesetting, and by file identity, never by spelling.
    let (out, replaces) =
        storage::pdf_destination(plan_path, &wanted).map_err(|why| format!("{}: {why}", wanted.display()))?;
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

fn write_ics(arg: &PlanArg, output: Option<&Path>, catalogue: &Catalogue) -> Result<String, String> {
    let plan = load(arg, catalogue)?;
    let wanted = output.map(Path::to_owned).unwrap_or_else(|| arg.plan.with_extension("ics"));
    let id = arg.plan.file_stem().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let out = report::save_calendar(&plan, catalogue, &arg.plan, &wanted, &id)
        .map_err(|why| format!("{}: {why}", wanted.display()))?;
    Ok(format!("{}\n", out.display()))
}

enum FitFailure {
    NothingFits(String),
    Other(String),
}

fn fit_command(
    arg: &PlanArg,
    hours: Option<f64>,
    name: Option<&str>,
    output: Option<&Path>,
    catalogue: &Catalogue,
) -> Result<String, FitFailure> {
    let mut plan = load(arg, catalogue).map_err(FitFailure::Other)?;
    let lang = plan.language;
    let hours = hours.unwrap_or_else(|| plan.budget_hours());
    if let Err(e) = crate::model::rules::non_negative_up_to(hours, crate::model::rules::MAX_WEEKLY_HOURS) {
        return Err(FitFailure::Other(format!("--hours: {e}")));
    }
    if let Some(name) = name
        && let Err(e) = crate::model::rules::name(name)
    {
        return Err(FitFailure::Other(format!("--name: {e}")));
    }
    let fitted = match analysis::fit(&plan, catalogue, hours, name) {
        analysis::FitOutcome::Fitted(f) => f,
        analysis::FitOutcome::NothingFits { lightest_minutes, platform_name } => {
            let h = crate::format::hours(hours * 60.0, lang);
            let need = crate::format::hours(lightest_minutes, lang);
            return Err(FitFailure::NothingFits(crate::format::typography(
                &lang.pick(
                    format!("rien d'utile ne tient en {h} : le plan le plus léger ({platform_name} seule) demande {need} par semaine"),
                    format!("nothing useful fits in {h}: the lightest plan ({platform_name} alone) needs {need} a week"),
                ),
                lang,
            )));
        }
    };
    let name = fitted.scenario.name.clone();
    let mut out = format!(
        "{}\n{}\n",
        name,
        crate::format::typography(
            &lang.pick(
                format!(
                    "{} sur {} disponibles",
                    crate::format::hours(fitted.minutes, lang),
                    crate::format::hours(fitted.budget_minutes, lang)
                ),
                format!(
                    "{} of {} available",
                    crate::format::hours(fitted.minutes, lang),
                    crate::format::hours(fitted.budget_minutes, lang)
                ),
            ),
            lang
        )
    );
    for reason in fitted.reasons_in(lang) {
        out += &format!("- {reason}\n");
    }
    match plan.scenarios.iter_mut().find(|s| s.name == name) {
        Some(existing) => *existing = fitted.scenario,
        None => plan.scenarios.push(fitted.scenario),
    }
    plan.current_scenario = name.clone();
    let target = output.unwrap_or(&arg.plan);
    storage::save(&plan, target, catalogue).map_err(|e| FitFailure::Other(e.to_string()))?;
    out += &crate::format::typography(
        &lang.pick(
            format!("Écrit dans {} : le scénario « {name} » est le scénario courant.\n", target.display()),
            format!("Written to {}: the scenario \"{name}\" is now the current one.\n", target.display()),
        ),
        lang,
    );
    Ok(out)
}

fn read_template(path: &Path) -> Result<Template, String> {
    let fail = |message: String| format!("{}: {message}", path.display());
    let bytes = storage::read_regular_file(path, MAX_TEMPLATE_BYTES).map_err(|e| fail(e.to_string()))?;
    let source =
        String::from_utf8(bytes).map_err(|_| fail("a template is UTF-8 text; this file is not".into()))?;
    let name =
        path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "template.typ".into());
    Ok(Template { name, source })
}

fn check(arg: &PlanArg, catalogue: &Catalogue) -> Result<String, String> {
    let loaded = load_file(arg, catalogue)?;
    let plan = &loaded.plan;
    let mut out = format!(
        "ok: {}: \"{}\", {} product(s), {} goal(s), {} scenario(s), {} chosen platform(s) in \"{}\", {} custom platform(s)\n",
        arg.plan.display(),
        plan.business.name,
        plan.products.len(),
        plan.audience.goals.len(),
        plan.scenarios.len(),
        plan.current_choices().len(),
        plan.current().map_or("", |s| s.name.as_str()),
        plan.custom_platforms.len()
    );
    if loaded.migrated() {
        out += &format!(
            "note: the file is plan format {}; it opens as format {} and will be saved as format {} (the .bak keeps the old file)\n",
            loaded.file_format, FORMAT_VERSION, FORMAT_VERSION
        );
        for moved in &loaded.migrations {
            out += &format!("note: {}\n", moved.words(plan.language));
        }
    }
    Ok(out)
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
    let mut out =
        format!("{title}\n{}\n\n{}", "=".repeat(title.chars().count()), report::time_text(&summary));
    if let Some(shared) = analysis::cost(plan, catalogue).sharing.describe(catalogue, plan.language) {
        out += &format!("\n{shared}.\n");
    }
    out
}
