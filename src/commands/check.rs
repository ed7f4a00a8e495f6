//! `canevas check`: discover, check every file in parallel, run the plan rules,
//! sort, report.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::check::{KeepOptions, check_files};
use crate::cli::{CheckArgs, Destination};
use crate::config;
use crate::discover::{MissingPath, discover};
use crate::exit::ExitStatus;
use crate::i18n::{Args, Lang};
use crate::output::{is_an_input, write_atomically};
use crate::report::{self, Format, Report, Style};
use crate::settings::{PlanSettings, Settings};

pub(crate) fn run(
    args: &CheckArgs,
    config: Option<&Path>,
    lang: Lang,
    color: bool,
) -> io::Result<ExitStatus> {
    let mut settings = Settings::new(lang);
    if let Some(path) = config::locate(config)
        && let Err(err) = config::apply(&path, &mut settings)
    {
        write!(io::stderr(), "{}", err.render(lang))?;
        return Ok(ExitStatus::Failure);
    }
    if args.plan && settings.plan.is_none() {
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
    // The spec: a `[plan]` table or `--plan` makes the set a whole plan, but
    // checking one file (a pre-commit hook) never reports plan-level counts.
    settings.whole_plan = settings.plan.is_some() && discovered.files.len() > 1;
    if let Some(output) = args
        .reports
        .iter()
        .filter_map(|r| r.output.as_deref())
        .find(|output| is_an_input(output, &discovered.files))
    {
        let args = Args::new().with("path", output.display().to_string());
        writeln!(
            io::stderr(),
            "canevas: {}",
            lang.message("error-output-is-input", &args)
        )?;
        return Ok(ExitStatus::Failure);
    }
    let report = check_files(
        &discovered.files,
        discovered.problems,
        &settings,
        &plan_root(&args.paths),
        KeepOptions {
            // Code frames show the text; SARIF fingerprints hash it.
            sources: args
                .reports
                .iter()
                .any(|r| matches!(r.format, Format::Human | Format::Sarif)),
            proposals: false,
        },
    );
    for destination in &args.reports {
        write_report(&report, destination, args, lang, color)?;
    }
    let counts = report.counts();
    Ok(
        if counts.errors > 0 || (args.deny_warnings && counts.warnings > 0) {
            ExitStatus::Findings
        } else {
            ExitStatus::Success
        },
    )
}

/// Writes one report to its file or to the standard output.
fn write_report(
    report: &Report,
    destination: &Destination,
    args: &CheckArgs,
    lang: Lang,
    color: bool,
) -> io::Result<()> {
    let style = Style {
        color: color && destination.output.is_none(),
        width: terminal_width(),
        lang,
        quiet: args.quiet,
        statistics: args.statistics,
        deny_warnings: args.deny_warnings,
    };
    let format = destination.format;
    let write = |out: &mut dyn Write| report::write(report, format, &style, out);
    match &destination.output {
        Some(path) => write_atomically(path, write),
        None => {
            let mut out = io::BufWriter::new(io::stdout().lock());
            // On GitHub Actions, a proposal's text in a terminal report could
            // read as a workflow command (`::error …`, `##[…]`); stop-commands
            // turns them off until our random token ends the report.
            let guard = matches!(format, Format::Human | Format::Concise)
                .then(workflow_commands_guard)
                .flatten();
            if let Some(token) = &guard {
                writeln!(out, "::stop-commands::{token}")?;
            }
            write(&mut out)?;
            if let Some(token) = &guard {
                writeln!(out, "::{token}::")?;
            }
            out.flush()
        }
    }
}

/// A token unique to this run when it runs on GitHub Actions.
fn workflow_commands_guard() -> Option<String> {
    if std::env::var_os("GITHUB_ACTIONS").is_none_or(|v| v != "true") {
        return None;
    }
    // RandomState is seeded from the operating system's randomness.
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u32(std::process::id());
    Some(format!("canevas-{:016x}", hasher.finish()))
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
