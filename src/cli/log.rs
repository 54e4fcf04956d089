//! `log`: the monthly check-in from the command line. With figures, records one platform's
//! month in the plan (in place, or to `-o`), through the same lock and guarded save as `fit`;
//! recording a month again replaces its figures and says so. Without, reads the months back:
//! as a person reads them, `--tsv`, or `--csv` for a spreadsheet.

use std::path::Path;

use super::{Failure, PlanArg, load_file};
use crate::format;
use crate::locale::Sentence as S;
use crate::model::{
    Broken, Catalogue, Language, Month, MonthRecord, Output, Plan, Recorded, ResultKind, TimeSpent, rules,
};
use crate::report;
use crate::storage::{self, PlanLock, Replaces};

/// What `socialplan log` was given.
pub(super) struct LogRequest<'a> {
    pub plan: &'a PlanArg,
    pub month: Option<Month>,
    pub platform: Option<&'a str>,
    pub time: TimeSpent,
    /// Per kind, in `ResultKind::ALL` order.
    pub results: [Option<u32>; 6],
    pub tsv: bool,
    pub csv: bool,
    pub output: Option<&'a Path>,
}

impl LogRequest<'_> {
    fn records(&self) -> bool {
        !self.time.is_empty() || self.results.iter().any(Option::is_some)
    }
}

/// `--month`: "2026-11", from 2000 on (a month still to come is refused when recorded).
pub(super) fn parse_month(typed: &str) -> Result<Month, String> {
    let month = Month::parse(typed.trim()).map_err(|why| why.to_string())?;
    rules::month(month).map(|()| month).map_err(|why| why.to_string())
}

/// `--minutes`, `--writing`…: a month's minutes, by the plan's rule.
pub(super) fn parse_month_minutes(typed: &str) -> Result<f64, String> {
    let minutes = typed.trim().parse::<f64>().map_err(|_| Broken::ExpectedNumber.to_string())?;
    rules::MONTH_MINUTES.check(minutes).map(|()| minutes + 0.0).map_err(|why| why.to_string())
}

/// `--messages`, `--enquiries`…: a whole count, by the plan's rule.
pub(super) fn parse_count(typed: &str) -> Result<u32, String> {
    let value = typed.trim().parse::<f64>().map_err(|_| Broken::ExpectedNumber.to_string())?;
    rules::Limits { min: 0.0, max: f64::from(rules::MAX_MONTH_RESULTS), min_allowed: true, lowest_edit: 0.0 }
        .check(value)
        .map_err(|why| why.to_string())?;
    if value.fract() != 0.0 {
        let max = format::number(f64::from(rules::MAX_MONTH_RESULTS), 0, Language::En);
        return Err(Language::En.say(S::NotAWholeCount, &[("text", &typed.trim()), ("max", &max)]));
    }
    Ok(value as u32)
}

pub(super) fn log(request: &LogRequest, catalogue: &Catalogue) -> Result<String, Failure> {
    if !request.records() {
        return read_back(request, catalogue);
    }
    let arg = request.plan;
    let target = request.output.unwrap_or(&arg.plan);
    let in_place = target == arg.plan || storage::same_file(&arg.plan, target);
    let named = |why: Broken| format!("{}: {why}", target.display());
    // As `fit`: never a special or read-only file; elsewhere than the plan, only over a plan.
    let out = storage::destination(Output::Plan, target, None).map_err(named)?;
    if !in_place && out.replaces == Replaces::OtherFile {
        return Err(named(Broken::NotAnEarlier { output: Output::Plan }).into());
    }
    let _lock = PlanLock::acquire(target).map_err(named)?;
    let mut plan = load_file(arg, catalogue)?.plan;
    let lang = plan.language;
    let (Some(month), Some(typed)) = (request.month, request.platform) else {
        return Err(Failure::Usage(format!(
            "{}: {}",
            arg.plan.display(),
            lang.word(S::RecordNeedsMonthAndPlatform)
        )));
    };
    let (id, name) = platform_of(&plan, catalogue, typed)
        .map_err(|why| Failure::Usage(format!("{}: --platform: {why}", arg.plan.display())))?;
    let mut record = MonthRecord::new(month, id);
    record.time = request.time;
    for (kind, n) in ResultKind::ALL.iter().zip(request.results) {
        *record.results.slot(*kind) = n;
    }
    let figures = report::describe_record(&record, lang);
    let recorded = plan
        .months
        .record(record, Month::this_month())
        .map_err(|why| Failure::Usage(format!("{}: {month}: {why}", arg.plan.display())))?;
    storage::save(&plan, target, catalogue).map_err(|e| e.to_string())?;
    let path = target.display();
    let said = match recorded {
        Recorded::New => lang.say(
            S::MonthRecorded,
            &[("month", &month), ("platform", &name), ("figures", &figures), ("path", &path)],
        ),
        Recorded::Replaced(before) => lang.say(
            S::MonthReplaced,
            &[
                ("month", &month),
                ("platform", &name),
                ("figures", &figures),
                ("path", &path),
                ("before", &report::describe_record(&before, lang)),
            ],
        ),
    };
    Ok(format!("{}\n", format::typography(&said, lang)))
}

/// The platform typed: an id or a name (as `same_name` compares them) of the catalogue or of
/// the plan's own platforms; its id and its name.
fn platform_of(plan: &Plan, catalogue: &Catalogue, typed: &str) -> Result<(String, String), Broken> {
    let typed = typed.trim();
    plan.platforms(catalogue)
        .find(|p| p.id == typed || rules::same_name(&p.name, typed) || rules::same_name(&p.id, typed))
        .map(|p| (p.id.clone(), p.name.clone()))
        .ok_or_else(|| Broken::UnknownPlatform {
            id: rules::escape_hidden(typed),
            known: plan.platforms(catalogue).map(|p| p.id.clone()).collect(),
        })
}

fn read_back(request: &LogRequest, catalogue: &Catalogue) -> Result<String, Failure> {
    let arg = request.plan;
    if request.output.is_some() {
        let plan = load_file(arg, catalogue)?.plan;
        return Err(Failure::Usage(format!(
            "{}: {}",
            arg.plan.display(),
            plan.language.word(S::NothingToRecord)
        )));
    }
    let plan = load_file(arg, catalogue)?.plan;
    let platform = match request.platform {
        Some(typed) => Some(
            platform_of(&plan, catalogue, typed)
                .map_err(|why| Failure::Usage(format!("{}: --platform: {why}", arg.plan.display())))?
                .0,
        ),
        None => None,
    };
    if request.tsv {
        Ok(report::months_tsv(&plan, catalogue, request.month, platform.as_deref()))
    } else if request.csv {
        Ok(report::months_csv(&plan, catalogue, request.month, platform.as_deref()))
    } else if request.month.is_some() || platform.is_some() {
        Err(Failure::Usage(format!("{}: {}", arg.plan.display(), plan.language.word(S::NothingToRecord))))
    } else {
        Ok(report::months_text(&plan, catalogue))
    }
}
