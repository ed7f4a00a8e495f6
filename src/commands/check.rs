//! `canevas check`: discover, check every file in parallel, run the plan rules,
//! sort, report.

use std::io;
use std::path::Path;

use super::prepare::{Request, check_request, emit};
use crate::cli::{CheckArgs, Destination};
use crate::exit::ExitStatus;
use crate::i18n::Lang;
use crate::pipeline::check::KeepOptions;
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
