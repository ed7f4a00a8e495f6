//! `canevas summary`: the plan's tables for editors. The [`PlanView`] is turned
//! once into [`Sheet`]s (titles, headers, rows of localised text), which every
//! tabular format lays out its own way; JSON reads the view directly.
//!
//! Text from proposals is neutralised for terminals here (control characters
//! made visible), then escaped by each writer for its own syntax.

pub mod csv;
pub mod fit;
pub mod groups;
pub mod html;
pub mod json;
pub mod markdown;
pub mod table;

use crate::editors::plan_view::{AxisView, CoverageRow, PlanView, ProposalView, Reach, Verdict};
use crate::i18n::{Args, Lang};
use crate::pipeline::model::{Status, Theme};
use crate::rules::Code;
use crate::text::escape;

/// Which tables to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Views {
    pub proposals: bool,
    pub axes: bool,
    pub coverage: bool,
    /// The working groups ([`groups`]), appended by the caller that has them.
    pub groups: bool,
}

/// How verdicts are written: symbols for a terminal, words for documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marks {
    Symbols,
    Ascii,
    Words,
    /// Words after a mark (`✓ remplie`): the HTML summary shows the mark of a
    /// met verdict alone (its words for screen readers) and the words of the others.
    Html,
}

impl Marks {
    /// Documents: full headers, the file's path, the band in words.
    pub fn words(self) -> bool {
        matches!(self, Marks::Words | Marks::Html)
    }
}

/// One table: a title, a header row and rows of text.
pub struct Sheet {
    /// A stable name (`proposals`, `axes`, `coverage`) for anchors and file names.
    pub name: &'static str,
    pub title: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Which columns hold numbers (aligned right).
    pub numeric: Vec<bool>,
}

/// The tables asked for, in the order proposals, axes, coverage.
pub fn sheets(view: &PlanView<'_>, views: Views, marks: Marks, lang: Lang) -> Vec<Sheet> {
    let mut sheets = Vec::new();
    if views.proposals {
        sheets.push(proposals_sheet(view, marks, lang));
    }
    if views.axes {
        sheets.push(axes_sheet(&view.axes(), marks, lang));
    }
    if views.coverage {
        sheets.push(coverage_sheet(&view.coverage(), lang));
    }
    sheets
}

/// The legend of the marks of the terminal table.
pub fn legend(marks: Marks, lang: Lang) -> Option<String> {
    match marks {
        Marks::Symbols => Some(lang.message("ed-legend", &Args::new())),
        Marks::Ascii => Some(lang.message("ed-legend-ascii", &Args::new())),
        Marks::Words | Marks::Html => None,
    }
}

fn t(lang: Lang, id: &str) -> String {
    lang.message(id, &Args::new())
}

fn proposals_sheet(view: &PlanView<'_>, marks: Marks, lang: Lang) -> Sheet {
    let with_file = marks.words();
    let mut header: Vec<String> = ["ed-col-id", "ed-col-axis", "ed-col-title", "ed-col-status"]
        .iter()
        .map(|id| t(lang, id))
        .collect();
    // A terminal has no room for five long headers: P1-P4, explained by the legend.
    let verdict_columns = if with_file {
        [
            "ed-col-canvas",
            "ed-col-piloting",
            "ed-col-concreteness",
            "ed-col-coverage",
            "ed-col-feasibility",
            "ed-col-errors",
            "ed-col-warnings",
        ]
    } else {
        [
            "ed-col-canvas",
            "ed-col-p1",
            "ed-col-p2",
            "ed-col-p3",
            "ed-col-p4",
            "ed-col-errors-short",
            "ed-col-warnings-short",
        ]
    };
    header.extend(verdict_columns.iter().map(|id| t(lang, id)));
    if with_file {
        header.push(t(lang, "ed-col-file"));
    }
    let mut numeric = vec![false, true, false, false, false, false, false, false, false];
    numeric.extend([true, true]);
    if with_file {
        numeric.push(false);
    }
    let rows = view
        .proposals
        .iter()
        .map(|p| proposal_row(p, marks, with_file, lang))
        .collect();
    Sheet {
        name: "proposals",
        title: t(lang, "ed-view-proposals"),
        header,
        rows,
        numeric,
    }
}

fn proposal_row(p: &ProposalView<'_>, marks: Marks, with_file: bool, lang: Lang) -> Vec<String> {
    let mut row = vec![
        escape::one_line(&p.id),
        p.axis().map_or_else(String::new, |a| a.to_string()),
        escape::one_line(p.title()),
        match p.status() {
            None if !p.unreadable() && p.proposal.is_none() => t(lang, "ed-status-broken"),
            status => status_name(status, lang),
        },
    ];
    row.extend(p.verdicts.iter().map(|v| verdict_text(v, marks, lang)));
    row.push(p.counts.errors.to_string());
    row.push(p.counts.warnings.to_string());
    if with_file {
        row.push(escape::one_line(&p.path.display().to_string()));
    }
    row
}

/// A verdict as a cell: `✓`, `✗ CON001`, `! CAN005` in a terminal, words elsewhere.
pub fn verdict_text(verdict: &Verdict, marks: Marks, lang: Lang) -> String {
    let codes = |codes: &[Code], sep: &str| {
        codes
            .iter()
            .map(|c| c.as_str())
            .collect::<Vec<_>>()
            .join(sep)
    };
    match (verdict, marks) {
        (_, Marks::Html) => format!(
            "{} {}",
            verdict_text(verdict, Marks::Symbols, lang)
                .split(' ')
                .next()
                .unwrap_or_default(),
            verdict_text(verdict, Marks::Words, lang)
        ),
        (Verdict::Met, Marks::Symbols) => "✓".to_owned(),
        (Verdict::Met, Marks::Ascii) => "ok".to_owned(),
        (Verdict::NotMet(c), Marks::Symbols) => format!("✗ {}", codes(c, " ")),
        (Verdict::NotMet(c), Marks::Ascii) => format!("X {}", codes(c, " ")),
        (Verdict::Warning(c), Marks::Symbols | Marks::Ascii) => format!("! {}", codes(c, " ")),
        (Verdict::NotAssessed, Marks::Symbols) => "–".to_owned(),
        (Verdict::NotAssessed, Marks::Ascii) => "-".to_owned(),
        (Verdict::Met, Marks::Words) => t(lang, "ed-verdict-met"),
        (Verdict::NotAssessed, Marks::Words) => t(lang, "ed-verdict-not-assessed"),
        (Verdict::NotMet(c), Marks::Words) => lang.message(
            "ed-verdict-not-met",
            &Args::new().with("codes", codes(c, ", ")),
        ),
        (Verdict::Warning(c), Marks::Words) => lang.message(
            "ed-verdict-warning",
            &Args::new().with("codes", codes(c, ", ")),
        ),
    }
}

/// A status in the language of the run; a file that could not be read has none.
pub fn status_name(status: Option<Status>, lang: Lang) -> String {
    let id = status.map_or("unreadable", Status::en);
    t(lang, &["ed-status-", id].concat())
}

pub fn theme_name(theme: Theme, lang: Lang) -> String {
    t(lang, &["theme-", theme.en()].concat())
}

/// The axis's name in the plan (« Accompagner les personnels »).
pub fn axis_title(axis: u8, lang: Lang) -> String {
    lang.message("ed-axis-title", &Args::new().with("axis", u32::from(axis)))
}

fn axes_sheet(axes: &[AxisView], marks: Marks, lang: Lang) -> Sheet {
    // A terminal shows the count and the band in one cell (`5 ✓ 5-7`), and
    // the statuses in one cell, one count a line when the column is narrow.
    let words = marks.words();
    let mut header: Vec<String> = ["ed-col-axis", "ed-col-label", "ed-col-proposals"]
        .iter()
        .map(|id| t(lang, id))
        .collect();
    let statuses: &[&str] = if words {
        &[
            "ed-col-band",
            "ed-col-drafts",
            "ed-col-submitted",
            "ed-col-adopted",
        ]
    } else {
        &["ed-col-statuses"]
    };
    header.extend(
        statuses
            .iter()
            .chain(&["ed-col-themes", "ed-col-with-errors"])
            .map(|id| t(lang, id)),
    );
    let rows = axes.iter().map(|a| axis_row(a, marks, lang)).collect();
    let numeric = if words {
        vec![true, false, true, false, true, true, true, false, true]
    } else {
        vec![true, false, false, false, false, true]
    };
    Sheet {
        name: "axes",
        title: t(lang, "ed-view-axes"),
        header,
        rows,
        numeric,
    }
}

fn axis_row(a: &AxisView, marks: Marks, lang: Lang) -> Vec<String> {
    let themes: Vec<_> = a.themes.iter().map(|th| theme_name(*th, lang)).collect();
    let mut row = vec![a.axis.to_string(), axis_title(a.axis, lang)];
    if marks.words() {
        row.extend([
            a.proposals.to_string(),
            band_text(a, marks, lang),
            a.drafts.to_string(),
            a.submitted.to_string(),
            a.adopted.to_string(),
        ]);
    } else {
        let args = Args::new()
            .with("drafts", a.drafts)
            .with("submitted", a.submitted)
            .with("adopted", a.adopted);
        row.extend([
            format!("{} {}", a.proposals, band_text(a, marks, lang)),
            lang.message("ed-axis-statuses", &args),
        ]);
    }
    row.extend([
        if themes.is_empty() {
            "–".to_owned()
        } else {
            themes.join(", ")
        },
        a.with_errors.to_string(),
    ]);
    row
}

fn band_text(axis: &AxisView, marks: Marks, lang: Lang) -> String {
    let range = format!("{}-{}", axis.band.0, axis.band.1);
    match (marks, axis.in_band()) {
        (Marks::Symbols, true) => format!("✓ {range}"),
        (Marks::Symbols, false) => format!("✗ {range}"),
        (Marks::Ascii, true) => format!("ok {range}"),
        (Marks::Ascii, false) => format!("X {range}"),
        (Marks::Words | Marks::Html, inside) => lang.message(
            if inside { "ed-band-in" } else { "ed-band-out" },
            &Args::new().with("band", range),
        ),
    }
}

fn coverage_sheet(rows: &[CoverageRow<'_>], lang: Lang) -> Sheet {
    let mut header = vec![t(lang, "ed-col-category")];
    header.extend(
        crate::editors::plan_view::AXES
            .iter()
            .map(|&a| lang.message("ed-axis", &Args::new().with("axis", u32::from(a)))),
    );
    let rows = rows
        .iter()
        .map(|row| {
            let mut cells = vec![escape::one_line(&row.category.label)];
            cells.extend(row.cells.iter().map(|r| reach_text(*r, lang)));
            cells
        })
        .collect();
    Sheet {
        name: "coverage",
        title: t(lang, "ed-view-coverage"),
        header,
        rows,
        numeric: vec![false; 5],
    }
}

pub fn reach_text(reach: Reach, lang: Lang) -> String {
    match reach {
        Reach::Targeted(n) => lang.message("ed-reach-targeted", &Args::new().with("count", n)),
        Reach::Complementary(n) => {
            lang.message("ed-reach-complementary", &Args::new().with("count", n))
        }
        Reach::Nothing => t(lang, "ed-reach-nothing"),
    }
}
