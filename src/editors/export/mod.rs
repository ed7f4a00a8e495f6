//! `canevas export`: the plan as one document to read and print — a cover, a
//! table of contents by axis, an overview (charts and their tables), then one
//! section a proposal in canvas order. HTML ([`html`], with the charts of
//! [`svg`]) or Markdown ([`markdown`]).

pub mod governance;
pub mod html;
pub mod markdown;
pub mod pdf_links;
pub mod print;
pub mod svg;

use std::collections::HashMap;

use jiff::civil::Date;

use crate::config::Settings;
use crate::editors::group_view::GroupsView;
use crate::editors::plan_view::{PlanView, ProposalView};
use crate::editors::summary::Sheet;
use crate::i18n::{Args, Lang};
use crate::pipeline::model::{DateValue, Level, Proposal, ResourceKind};

/// What the whole document says about itself.
pub struct Document<'a> {
    pub lang: Lang,
    pub title: String,
    /// The day the document is produced (`SOURCE_DATE_EPOCH` makes it reproducible).
    pub date: Date,
    pub settings: &'a Settings,
    /// Proposals with errors left out by `--only-valid`.
    pub left_out: usize,
    /// The printed page of each anchor, once a first print has told them
    /// ([`print`]): the contents then give page numbers.
    pub pages: Option<HashMap<String, usize>>,
    /// The working groups, when the run has group files: the « Gouvernance » section.
    pub groups: Option<&'a GroupsView<'a>>,
}

impl Document<'_> {
    pub fn t(&self, id: &str) -> String {
        self.lang.message(id, &Args::new())
    }

    /// "Statut : retenue" / "Status: adopted": a label and its value.
    pub fn fact(&self, label_id: &str, value: &str) -> String {
        let args = Args::new()
            .with("label", self.t(label_id))
            .with("value", value);
        self.lang.message("ed-fact", &args)
    }

    /// "1er septembre 2025" / "1 September 2025".
    pub fn long_date(&self, date: Date) -> String {
        let args = Args::new()
            .with("day", i64::from(date.day()))
            .with("month", i64::from(date.month()))
            .with("year", date.year().to_string());
        self.lang.message("ed-date", &args)
    }

    /// A date of a proposal: a whole month is written as the month.
    pub fn proposal_date(&self, date: &DateValue) -> String {
        if date.month_only {
            let args = Args::new()
                .with("month", i64::from(date.date.month()))
                .with("year", date.date.year().to_string());
            self.lang.message("ed-month-year", &args)
        } else {
            self.long_date(date.date)
        }
    }

    /// "du 1er septembre 2025 au 31 août 2028", when the plan has a period.
    pub fn period(&self) -> Option<String> {
        let plan = self.settings.plan.as_ref()?;
        let (start, end) = (plan.start?, plan.end?);
        let args = Args::new()
            .with("start", self.long_date(start))
            .with("end", self.long_date(end));
        Some(self.lang.message("ed-export-period", &args))
    }

    /// The lines of the cover under the title, in order: the period, how many
    /// proposals, how many left out, the date (both formats lay them out).
    pub fn cover_lines(&self, proposals: usize) -> Vec<String> {
        let mut lines: Vec<String> = self.period().into_iter().collect();
        let count = Args::new().with("count", proposals);
        lines.push(self.lang.message("ed-export-count", &count));
        if self.left_out > 0 {
            let args = Args::new().with("count", self.left_out);
            lines.push(self.lang.message("ed-export-left-out", &args));
        }
        lines
    }

    /// "Document établi le 23 novembre 2026".
    pub fn date_line(&self) -> String {
        let date = Args::new().with("date", self.long_date(self.date));
        self.lang.message("ed-export-date", &date)
    }

    /// An amount in euros, digits grouped by three: "8 000 €" / "€8,000".
    pub fn amount(&self, amount: f64) -> String {
        let whole = amount.trunc() as u64;
        let cents = ((amount - amount.trunc()) * 100.0).round() as u64;
        let digits = whole.to_string();
        let (group, decimal) = match self.lang {
            Lang::Fr => ('\u{202F}', ','),
            Lang::En => (',', '.'),
        };
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push(group);
            }
            grouped.push(c);
        }
        if cents > 0 {
            grouped = format!("{grouped}{decimal}{cents:02}");
        }
        match self.lang {
            Lang::Fr => format!("{grouped}\u{a0}€"),
            Lang::En => format!("€{grouped}"),
        }
    }

    pub fn level(&self, level: Level) -> String {
        self.t(&["ed-level-", level.en()].concat())
    }

    pub fn kind(&self, kind: ResourceKind) -> String {
        self.t(&["ed-kind-", kind.en()].concat())
    }

    /// The discreet line under a proposal's title: clean, or how many findings.
    pub fn badge(&self, p: &ProposalView<'_>) -> String {
        let args = Args::new()
            .with("errors", p.counts.errors)
            .with("warnings", p.counts.warnings);
        let id = match (p.counts.errors, p.counts.warnings) {
            (0, 0) => "ed-badge-clean",
            (0, _) => "ed-badge-warnings",
            _ => "ed-badge-errors",
        };
        self.lang.message(id, &args)
    }

    /// A category id as its label in the taxonomy (`aed` → « Assistants
    /// d'éducation »), `all`/`tous` as every category; unknown ids as written.
    /// "Du 1er septembre 2025 au 30 juin 2026": a proposal's calendar.
    pub fn calendar_range(&self, calendar: &crate::pipeline::model::Calendar) -> String {
        // « Du 1er octobre », but « D'octobre 2025 » and « à juin 2028 » for months.
        let form = |date: &DateValue| match (date.month_only, date.date.month()) {
            (false, _) => "day",
            (true, 4 | 8 | 10) => "vowel",
            (true, _) => "month",
        };
        let range = Args::new()
            .with("start", self.proposal_date(&calendar.start))
            .with("end", self.proposal_date(&calendar.end))
            .with("start_form", form(&calendar.start))
            .with("end_form", form(&calendar.end));
        self.lang.message("ed-calendar-range", &range)
    }

    /// When a step is due, or that it has no date.
    pub fn step_due(&self, step: &crate::pipeline::model::Step) -> String {
        step.due
            .as_ref()
            .map_or_else(|| self.t("ed-step-no-date"), |d| self.proposal_date(d))
    }

    /// "Livrable : …" of a step that has one.
    pub fn step_deliverable(&self, step: &crate::pipeline::model::Step) -> Option<String> {
        let deliverable = step.deliverable.as_ref()?;
        let args = Args::new().with("deliverable", deliverable.value.clone());
        Some(self.lang.message("ed-step-deliverable", &args))
    }

    /// The names of the categories of a list, joined by commas.
    pub fn categories(&self, written: &[crate::pipeline::model::Text]) -> String {
        let names: Vec<String> = written.iter().map(|c| self.category(&c.value)).collect();
        names.join(", ")
    }

    /// "Axe 2 — Développer des relations de travail inclusives et bienveillantes".
    pub fn axis_heading(&self, axis: u8) -> String {
        let number = Args::new().with("axis", u32::from(axis));
        format!(
            "{} — {}",
            self.lang.message("ed-axis", &number),
            crate::editors::summary::axis_title(axis, self.lang)
        )
    }

    pub fn category(&self, written: &str) -> String {
        let folded = crate::vocabulary::fold(written);
        if matches!(folded.as_str(), "all" | "tous" | "toutes") {
            return self.t("ed-all-categories");
        }
        self.settings
            .categories
            .iter()
            .find(|c| c.folded == folded)
            .map_or_else(|| written.to_owned(), |c| c.label.clone())
    }
}

/// The evaluation criteria of a proposal as a table.
pub fn evaluation_sheet(proposal: &Proposal, doc: &Document<'_>) -> Sheet {
    let header = [
        "ed-col-criterion",
        "ed-col-indicator",
        "ed-col-target",
        "ed-col-method",
    ];
    let rows = proposal
        .evaluation
        .value
        .iter()
        .map(|c| {
            vec![
                c.criterion.value.clone(),
                c.indicator.value.clone(),
                c.target
                    .as_ref()
                    .map_or_else(String::new, |t| t.value.clone()),
                c.method.value.clone(),
            ]
        })
        .collect();
    Sheet {
        name: "evaluation",
        title: doc.t("ed-part-evaluation"),
        header: header.iter().map(|id| doc.t(id)).collect(),
        rows,
        numeric: vec![false; 4],
    }
}

/// The axes that have proposals in the view, in order, and the files that
/// could not be read (they have no axis).
pub fn axes_present(view: &PlanView<'_>) -> Vec<u8> {
    crate::editors::plan_view::AXES
        .iter()
        .copied()
        .filter(|&a| view.of_axis(a).next().is_some())
        .collect()
}

/// The anchors of our own sections, which no proposal's anchor may take.
const OUR_ANCHORS: &[&str] = &[
    "toc-title",
    "overview",
    "unreadable",
    "governance",
    "chart-axes-t",
    "chart-axes-d",
    "chart-cov-t",
    "chart-cov-d",
    "axis-1",
    "axis-2",
    "axis-3",
    "axis-4",
];

/// One anchor a proposal, in the view's order, named after its id (`#A1-03`):
/// characters other than letters, digits, `.`, `_` and `-` become `-`; an id
/// seen twice (`PLAN001`) or one of our own anchors gets a suffix (`-2`).
pub fn anchors(view: &PlanView<'_>) -> Vec<String> {
    let mut taken: Vec<String> = OUR_ANCHORS.iter().map(|a| (*a).to_owned()).collect();
    let mut anchors = Vec::with_capacity(view.proposals.len());
    for p in &view.proposals {
        let mut base: String =
            p.id.chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-') {
                        c
                    } else {
                        '-'
                    }
                })
                .collect();
        if !base.starts_with(|c: char| c.is_ascii_alphabetic()) {
            base = format!("p-{base}");
        }
        let mut anchor = base.clone();
        let mut n = 2;
        while taken.contains(&anchor) {
            anchor = format!("{base}-{n}");
            n += 1;
        }
        taken.push(anchor.clone());
        anchors.push(anchor);
    }
    anchors
}

/// A text's paragraphs: blank lines separate them, single line breaks stay.
pub fn paragraphs(text: &str) -> Vec<String> {
    text.replace("\r\n", "\n")
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_and_dates_read_as_in_each_language() {
        let settings = Settings::new(Lang::Fr);
        let mut doc = Document {
            lang: Lang::Fr,
            title: String::new(),
            date: jiff::civil::date(2025, 9, 1),
            settings: &settings,
            left_out: 0,
            pages: None,
            groups: None,
        };
        assert_eq!(doc.amount(8000.0), "8\u{202F}000\u{a0}€");
        assert_eq!(doc.amount(12.5), "12,50\u{a0}€");
        assert_eq!(doc.long_date(doc.date), "1er septembre 2025");
        doc.lang = Lang::En;
        assert_eq!(doc.amount(1234567.0), "€1,234,567");
        assert_eq!(
            doc.long_date(jiff::civil::date(2028, 8, 31)),
            "31 August 2028"
        );
    }
}
