//! `canevas check`: discover, check every file in parallel, run the plan rules,
//! sort, report.

use std::io::{self, Write};
use std::path::PathBuf;

use crate::check::check_files;
use crate::cli::CheckArgs;
use crate::discover::{MissingPath, discover};
use crate::exit::ExitStatus;
use crate::i18n::{Args, Lang};
use crate::report::{self, Format, Style};
use crate::settings::{PlanSettings, Settings};

pub(crate) fn run(args: &CheckArgs, lang: Lang, color: bool) -> io::Result<ExitStatus> {
    let mut settings = Settings::new(lang);
    if args.plan {
        settings.plan = Some(PlanSettings::default());
    }
    let discovered = match discover(&args.paths, &settings) {
        Ok(found) => found,
        Err(MissingPath(path)) => {
            let message = lang.message(
                "error-missing-path",
                &Args::new().with("path", path.display().to_string()),
            );
            writeln!(io::stderr(), "canevas: {message}")?;
            return Ok(ExitStatus::Failure);
        }
    };
    let report = check_files(
        &discovered.files,
        discovered.problems,
        &settings,
        &plan_root(&args.paths),
        args.format == Format::Human,
    );
    let style = Style {
        color,
        width: terminal_width(),
        lang,
    };
    let mut out = io::BufWriter::new(io::stdout().lock());
    report::write(&report, args.format, &style, &mut out)?;
    out.flush()?;
    Ok(if report.counts().errors > 0 {
        ExitStatus::Findings
    } else {
        ExitStatus::Success
    })
}

/// Where plan-wide findings are attached: the one folder checked, or `.`.
fn plan_root(paths: &[PathBuf]) -> PathBuf {
    match paths {
        [one] => one.clone(),
        _ => PathBuf::from("."),
    }
}

fn terminal_width() -> usize {
    terminal_size::terminal_size().map_or(100, |(w, _)| usize::from(w.0).clamp(60, 160))
}
