//! `canevas check`: discover, check every file in parallel, run the plan rules,
//! sort, report.

use std::io;
use std::path::{Path, PathBuf};

use super::prepare::{Request, check_request, emit, fail};
use crate::cli::{CheckArgs, Destination};
use crate::exit::ExitStatus;
use crate::i18n::{Args, Lang};
use crate::pipeline::check::KeepOptions;
use crate::report::output::is_an_input;
use crate::report::{self, Format, Report, Style};

pub(crate) fn run(
    args: &CheckArgs,
    config: Option<&Path>,
    lang: Lang,
    color: bool,
) -> io::Result<ExitStatus> {
    if (args.fix || args.diff)
        && let Some(status) = super::fix::run(args, config, lang)?
    {
        return Ok(status);
    }
    let request = Request {
        paths: &args.paths,
        config,
        lang,
        outputs: args
            .reports
            .iter()
            .filter_map(|r| r.output.as_deref())
            .collect(),
        plan: args.plan,
        force_exclude: args.force_exclude,
        keep: KeepOptions {
            // Code frames show the text; SARIF fingerprints hash it.
            sources: args
                .reports
                .iter()
                .any(|r| matches!(r.format, Format::Human | Format::Sarif)),
            proposals: false,
        },
    };
    let report = match check_request(request)? {
        Ok(checked) => checked.report,
        Err(status) => return Ok(status),
    };
    if let Some(summary) = step_summary_over_an_input(args, &report) {
        let args = Args::new().with("path", summary.display().to_string());
        fail(lang, "error-summary-is-input", args)?;
        return Ok(ExitStatus::Failure);
    }
    let counts = report.counts();
    let status = if counts.errors > 0 || (args.deny_warnings && counts.warnings > 0) {
        ExitStatus::Findings
    } else {
        ExitStatus::Success
    };
    for destination in &args.reports {
        match write_report(&report, destination, args, lang, color) {
            // The reader went away (`canevas check | head`): stop writing to
            // it quietly; the verdict is still the findings' (STYLE habit 2).
            Err(err) if err.kind() == io::ErrorKind::BrokenPipe => {}
            // Any other failure (a full disk, a read-only folder) is the
            // tool's: exit 2, never a success.
            other => other?,
        }
    }
    Ok(status)
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
        width: usize::from(super::terminal_width().clamp(60, 160)),
        lang,
        quiet: args.quiet,
        statistics: args.statistics,
        deny_warnings: args.deny_warnings,
    };
    let format = destination.format;
    // On GitHub Actions, a proposal's text in a terminal report could read as
    // a workflow command (`::error …`, `##[…]`); stop-commands turns them off
    // until our random token ends the report.
    let guard = (destination.output.is_none() && matches!(format, Format::Human | Format::Concise))
        .then(workflow_commands_guard)
        .flatten();
    emit(destination.output.as_deref(), |out| {
        if let Some(token) = &guard {
            writeln!(out, "::stop-commands::{token}")?;
        }
        report::write(report, format, &style, out)?;
        if let Some(token) = &guard {
            writeln!(out, "::{token}::")?;
        }
        Ok(())
    })
}

/// `GITHUB_STEP_SUMMARY`, when a `github` report would append to it and it
/// is one of the files checked: a proposal is never written to.
fn step_summary_over_an_input(args: &CheckArgs, report: &Report) -> Option<PathBuf> {
    if !args.reports.iter().any(|r| r.format == Format::Github) {
        return None;
    }
    let summary = PathBuf::from(std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty())?);
    is_an_input(&summary, &report.files).then_some(summary)
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
