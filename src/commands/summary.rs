//! `canevas summary`: check the files, then lay out the editors' tables.

use std::io::{self, Write};
use std::path::Path;

use crate::cli::{SummaryArgs, SummaryFormat, SummaryView};
use crate::editors::group_view::GroupsView;
use crate::editors::plan_view::PlanView;
use crate::editors::summary::{self, Marks, Views};
use crate::exit::ExitStatus;
use crate::i18n::{Args, Lang};

use super::prepare::{Request, check_request, emit, fail};

/// The summary shows; `check` judges: findings do not change the exit code.
pub(crate) fn run(args: &SummaryArgs, config: Option<&Path>, lang: Lang) -> io::Result<ExitStatus> {
    let Some(mut views) = views(args, lang)? else {
        return Ok(ExitStatus::Failure);
    };
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
    // `all` shows the groups when the run has group files.
    views.groups |= args.view.is_none_or(|v| v == SummaryView::All)
        && args.format != SummaryFormat::Csv
        && GroupsView::any(&checked.report);
    let groups = GroupsView::new(&checked.report, &checked.settings);
    if !args.status.is_empty() {
        view.retain(|p| p.status().is_some_and(|s| args.status.contains(&s)));
    }
    view.sort(args.sort);
    let title = checked
        .settings
        .plan
        .as_ref()
        .and_then(|p| p.name.clone())
        .unwrap_or_else(|| lang.message("ed-summary-title", &Args::new()));
    let marks = match (args.format, args.ascii) {
        (SummaryFormat::Table, false) => Marks::Symbols,
        (SummaryFormat::Table, true) => Marks::Ascii,
        (SummaryFormat::Html, _) => Marks::Html,
        _ => Marks::Words,
    };
    let mut sheets = summary::sheets(&view, views, marks, lang);
    if views.groups {
        sheets.extend(summary::groups::sheets(&groups, marks, lang));
    }
    emit(args.output.as_deref(), |out: &mut dyn Write| {
        match args.format {
            SummaryFormat::Table => {
                let legend = summary::legend(marks, lang);
                summary::table::write(
                    &sheets,
                    legend.as_deref(),
                    super::terminal_width().clamp(40, 400),
                    args.ascii,
                    lang,
                    out,
                )
            }
            SummaryFormat::Markdown => summary::markdown::write(&sheets, out),
            SummaryFormat::Csv => match sheets.first() {
                Some(sheet) => summary::csv::write(sheet, args.delimiter, out),
                None => Ok(()),
            },
            SummaryFormat::Html => summary::html::write(&sheets, lang, &title, out),
            SummaryFormat::Json => summary::json::write(&view, views, Some(&groups), lang, out),
        }
    })?;
    Ok(ExitStatus::Success)
}

/// The tables asked for; CSV holds one table, so `--view all` is refused there.
fn views(args: &SummaryArgs, lang: Lang) -> io::Result<Option<Views>> {
    let csv = args.format == SummaryFormat::Csv;
    let view = match (args.view, csv) {
        (Some(SummaryView::All), true) => {
            fail(lang, "error-csv-one-view", Args::new())?;
            return Ok(None);
        }
        (Some(view), _) => view,
        (None, true) => SummaryView::Proposals,
        (None, false) => SummaryView::All,
    };
    let all = view == SummaryView::All;
    Ok(Some(Views {
        proposals: all || view == SummaryView::Proposals,
        axes: all || view == SummaryView::Axes,
        coverage: all || view == SummaryView::Coverage,
        groups: view == SummaryView::Groups,
    }))
}
