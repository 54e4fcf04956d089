//! The subcommands that write files: `fit` (a plan), `ics` (a calendar, and the plan's record
//! of it), `pdf`. Each output goes through `storage::destination`; a plan changed in place is
//! locked from the moment it is read until it is written (`storage::PlanLock`).

use std::path::{Path, PathBuf};

use chrono::Utc;

use super::{Failure, PlanArg, load_file, select};
use crate::analysis;
use crate::format;
use crate::locale::Sentence as S;
use crate::model::{Catalogue, Output};
use crate::report;
use crate::storage::{self, PlanLock, Replaces};
use socialplan_pdf::{Paper, PdfDate, PdfOptions, Template};

/// `fit`: adds the best scenario for the hours as a new scenario, under a free name, and
/// writes the plan (in place, or to `-o`).
pub(super) fn fit(
    arg: &PlanArg,
    hours: Option<f64>,
    from: Option<chrono::NaiveDate>,
    name: Option<&str>,
    output: Option<&Path>,
    catalogue: &Catalogue,
) -> Result<String, Failure> {
    let target = output.unwrap_or(&arg.plan);
    let in_place = target == arg.plan || storage::same_file(&arg.plan, target);
    let named = |why: crate::model::Broken| format!("{}: {why}", target.display());
    // Never a special or read-only file; elsewhere than the plan, only over a plan.
    let out = storage::destination(Output::Plan, target, None).map_err(named)?;
    if !in_place && out.replaces == Replaces::OtherFile {
        return Err(named(crate::model::Broken::NotAnEarlier { output: Output::Plan }).into());
    }
    // Held from the read to the write: a second run waits, then reads this run's result.
    let _lock = PlanLock::acquire(target).map_err(named)?;
    let mut plan = load_file(arg, catalogue)?.plan;
    let lang = plan.language;
    // A date: the plan as that date's season has it (its hours, its share of posts).
    let in_season = from.map(|date| analysis::year::on(&plan, date));
    let base = in_season.as_ref().unwrap_or(&plan);
    let hours = hours.unwrap_or_else(|| base.budget_hours());
    let fitted = match analysis::fit(base, catalogue, hours, name) {
        analysis::FitOutcome::Fitted(f) => f,
        analysis::FitOutcome::NothingFits { lightest_minutes, platform_name, busiest_day } => {
            let h = format::hours(hours * 60.0, lang);
            let need = format::hours(lightest_minutes, lang);
            let words = match busiest_day {
                Some(day) => lang.say(
                    S::NothingUsefulFitsInADayOf,
                    &[
                        ("limit", &format::hours(day.limit_minutes, lang)),
                        ("platform_name", &platform_name),
                        ("busiest", &format::hours(day.minutes, lang)),
                        ("field", &lang.word(S::AtMostADay)),
                    ],
                ),
                None => lang.say(
                    S::NothingUsefulFitsInH,
                    &[("h", &h), ("platform_name", &platform_name), ("need", &need)],
                ),
            };
            return Err(Failure::NothingFits(format::typography(&words, lang)));
        }
    };
    // The scenario that already has the name asked for, as the owner wrote it.
    let taken =
        plan.scenarios.iter().find(|s| crate::model::rules::same_name(&s.name, &fitted.scenario.name));
    let taken = taken.map(|s| s.name.clone());
    let (minutes, budget) = (format::hours(fitted.minutes, lang), format::hours(fitted.budget_minutes, lang));
    let reasons = fitted.reasons_in(lang);
    // As the window's "Keep": a new scenario, under a free name, never in place of one.
    let name = plan.add_scenario_from(fitted.scenario);
    let mut out = format!(
        "{name}\n{}\n",
        format::typography(
            &lang.say(
                lang.count(
                    format::hours_shown(fitted.budget_minutes),
                    S::MinutesOfBudgetAvailableOne,
                    S::MinutesOfBudgetAvailableOther
                ),
                &[("minutes", &minutes), ("budget", &budget)]
            ),
            lang
        )
    );
    for reason in &reasons {
        out += &format!("- {reason}\n");
    }
    storage::save(&plan, target, catalogue).map_err(|e| e.to_string())?;
    if let Some(wanted) = taken {
        out += &format::typography(
            &lang.say(S::AScenarioIsAlreadyCalled, &[("wanted", &wanted), ("name", &name)]),
            lang,
        );
    }
    out += &format::typography(
        &lang.say(S::WrittenToCurrentScenario, &[("path", &target.display()), ("name", &name)]),
        lang,
    );
    Ok(out)
}

/// `ics`: the week as a calendar, then the plan's record of it, so that the next export
/// updates what changed and cancels what went away.
pub(super) fn ics(
    arg: &PlanArg,
    output: Option<&Path>,
    from: Option<chrono::NaiveDate>,
    catalogue: &Catalogue,
) -> Result<String, Failure> {
    let wanted = output.map(Path::to_owned).unwrap_or_else(|| arg.plan.with_extension("ics"));
    let named = |why: crate::model::Broken| format!("{}: {why}", wanted.display());
    // The plan is changed (its record): locked from the read to the write, when it can be.
    let lock = PlanLock::acquire(&arg.plan);
    if let Err(why @ crate::model::Broken::Locked { .. }) = &lock {
        return Err(format!("{}: {why}", arg.plan.display()).into());
    }
    // Read without --scenario, so that the plan is saved with its own current scenario.
    let loaded = load_file(&PlanArg { plan: arg.plan.clone(), scenario: None }, catalogue)?;
    let mut plan = loaded.plan.clone();
    if let Some(name) = &arg.scenario {
        select(&mut plan, arg, name)?;
    }
    let saved = report::save_calendar_from(&plan, catalogue, Some(&arg.plan), &wanted, Utc::now(), from)
        .map_err(named)?;
    let mut out = format!("{}\n", wanted.display());
    if plan.country.is_none() {
        // Said on the error stream: the output stays the path written.
        eprintln!("socialplan: {}", format::typography(plan.language.word(S::NoCountryYet), plan.language));
    }
    if saved.record != loaded.plan.calendar {
        let mut kept = loaded.plan;
        kept.calendar = saved.record;
        let recorded = match &lock {
            Ok(_) => storage::save(&kept, &arg.plan, catalogue).map_err(|e| e.to_string()),
            Err(why) => Err(format!("{}: {why}", arg.plan.display())),
        };
        if let Err(why) = recorded {
            // The calendar is written; only the next export's updates are at stake: say so.
            eprintln!(
                "socialplan: {why}\nsocialplan: the calendar is written, but the plan could not keep what it \
                 holds: the next export will not cancel what goes away until the plan can be saved"
            );
        }
    }
    if saved.cancelled > 0 {
        out += &format!("{} event(s) cancelled: the plan no longer holds them\n", saved.cancelled);
    }
    Ok(out)
}

/// A template is a small text file; anything bigger is not one.
const MAX_TEMPLATE_BYTES: u64 = 1024 * 1024;

/// What `socialplan pdf` was asked to do.
pub(super) struct PdfRequest<'a> {
    pub plan: &'a PlanArg,
    pub output: Option<&'a Path>,
    pub paper: Option<Paper>,
    pub template: Option<&'a Path>,
    pub force: bool,
}

pub(super) fn pdf(request: &PdfRequest, catalogue: &Catalogue) -> Result<String, Failure> {
    let plan_path = request.plan.plan.as_path();
    let plan = load_file(request.plan, catalogue)?.plan;
    let wanted = request.output.map(Path::to_owned).unwrap_or_else(|| plan_path.with_extension("pdf"));
    // Decided before the slow typesetting, and by file identity, never by spelling.
    let target = storage::destination(Output::Pdf, &wanted, Some(plan_path))
        .map_err(|why| format!("{}: {why}", wanted.display()))?;
    let out: PathBuf = target.path.clone();
    let backup = storage::backup_path(&out);
    if target.replaces == Replaces::OtherFile {
        if !request.force {
            return Err(format!(
                "{}: this file is not a PDF (a plan? a text?), so it is not replaced: choose another \
                 name with -o, or add --force to replace it (a copy is kept as {})",
                wanted.display(),
                backup.display()
            )
            .into());
        }
        if storage::same_file(plan_path, &backup) {
            return Err(format!(
                "{}: its copy would replace the plan itself: choose another name with -o",
                wanted.display()
            )
            .into());
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
    let pdf = socialplan_pdf::to_pdf_with(&summary, &options, &template)
        .map_err(|e| format!("{}: {e}", plan_path.display()))?;
    let folder = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    for leftover in storage::remove_leftover_temp_files(folder) {
        eprintln!("socialplan: removed {}, left by an interrupted earlier run", leftover.display());
    }
    if target.replaces == Replaces::OtherFile {
        storage::keep_previous(&out).map_err(|e| format!("{}: {}", backup.display(), e))?;
        eprintln!("socialplan: the previous {} is kept as {}", out.display(), backup.display());
    }
    storage::write_file_atomically(&out, &pdf).map_err(|e| e.to_string())?;
    Ok(format!("{}\n", out.display()))
}

fn read_template(path: &Path) -> Result<Template, Failure> {
    let fail = |message: String| Failure::Failed(format!("{}: {message}", path.display()));
    let bytes = storage::read_regular_file(path, MAX_TEMPLATE_BYTES).map_err(|e| fail(e.to_string()))?;
    let source =
        String::from_utf8(bytes).map_err(|_| fail("a template is UTF-8 text; this file is not".into()))?;
    let name =
        path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "template.typ".into());
    Ok(Template { name, source })
}
