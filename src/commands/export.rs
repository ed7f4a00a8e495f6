//! `canevas export`: check the files, then write the plan as one document.

use std::io::{self, Write};
use std::path::Path;

use crate::cli::{ExportArgs, ExportFormat};
use crate::editors::export::{self, Document};
use crate::editors::group_view::GroupsView;
use crate::editors::plan_view::PlanView;
use crate::exit::ExitStatus;
use crate::i18n::{Args, Lang};

use super::prepare::{Request, check_request, emit, fail};

/// The document shows the proposals, errors included; `check` judges them, so
/// findings do not change the exit code.
pub(crate) fn run(args: &ExportArgs, config: Option<&Path>, lang: Lang) -> io::Result<ExitStatus> {
    let checked = match check_request(Request::for_editors(
        &args.paths,
        config,
        lang,
        args.output.as_deref(),
    ))? {
        Ok(checked) => checked,
        Err(status) => return Ok(status),
    };
    let mut view = PlanView::new(&checked.report, &checked.settings);
    let before = view.proposals.len();
    if args.only_valid {
        view.retain(|p| p.proposal.is_some() && !p.has_errors());
    }
    let groups = GroupsView::new(&checked.report, &checked.settings);
    let browser = match args.format {
        ExportFormat::Pdf => match export::print::find_browser() {
            Some(browser) => Some(browser),
            None => {
                fail(lang, "error-no-browser", Args::new())?;
                return Ok(ExitStatus::Failure);
            }
        },
        _ => None,
    };
    let mut doc = Document {
        lang,
        title: checked
            .settings
            .plan
            .as_ref()
            .and_then(|p| p.name.clone())
            .unwrap_or_else(|| lang.message("ed-export-default-title", &Args::new())),
        date: crate::text::dates::today(),
        settings: &checked.settings,
        left_out: before - view.proposals.len(),
        pages: None,
        groups: GroupsView::any(&checked.report).then_some(&groups),
    };
    // Printed before anything is written, so that a failed print replaces nothing.
    let printed = match &browser {
        Some(browser) => match export::print::print(&view, &mut doc, browser) {
            Ok(printed) => Some(printed),
            Err(err) => {
                fail(
                    lang,
                    "error-print",
                    Args::new().with("detail", err.to_string()),
                )?;
                return Ok(ExitStatus::Failure);
            }
        },
        None => None,
    };
    emit(args.output.as_deref(), |out: &mut dyn Write| {
        match (args.format, &printed) {
            (_, Some(pdf)) => out.write_all(pdf),
            (ExportFormat::Markdown, None) => export::markdown::write(&view, &doc, out),
            (_, None) => export::html::write(&view, &doc, out),
        }
    })?;
    Ok(ExitStatus::Success)
}
