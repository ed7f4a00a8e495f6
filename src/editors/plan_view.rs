//! The plan as the editors see it, computed once from a run's [`Report`] (with
//! its typed proposals) and shared by `summary` and `export`: per proposal,
//! whether the canvas and each precondition is met; per axis, the counts;
//! per staff category and axis, the coverage.
//!
//! A verdict is read from the findings of the rule family (`RuleMeta.family`):
//! an error means "not met", a warning alone means "met, with a warning".

use std::collections::HashMap;
use std::path::Path;

use crate::config::{Category, PlanSettings, Settings};
use crate::diagnostic::{Diagnostic, Severity};
use crate::editors::salvage::{Salvaged, salvage};
use crate::pipeline::discover::document_of;
use crate::pipeline::model::{Proposal, Status, Theme};
use crate::report::{Counts, Report};
use crate::rules::{Code, Family, designated};
use crate::vocabulary::Document;

/// The parts of a proposal that get a verdict: the canvas, then the four preconditions.
pub const ASPECTS: [Family; 5] = [
    Family::Canvas,
    Family::Piloting,
    Family::Concreteness,
    Family::Coverage,
    Family::Feasibility,
];

/// The plan's axes.
pub const AXES: [u8; 4] = [1, 2, 3, 4];

/// Whether a proposal meets one aspect.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Met,
    /// Met, but with warnings (their codes).
    Warning(Vec<Code>),
    /// Not met: the codes of the errors.
    NotMet(Vec<Code>),
    /// The file never reached the typed model, so no rule ran.
    NotAssessed,
}

/// One proposal file: its typed proposal when it could be built, its findings.
pub struct ProposalView<'r> {
    pub path: &'r Path,
    /// The proposal's id; for a broken file, the id read in it, else the file's name.
    pub id: String,
    pub proposal: Option<&'r Proposal>,
    /// What could be read of a file that did not reach the typed model.
    pub salvaged: Option<Salvaged>,
    /// One verdict per [`ASPECTS`] entry.
    pub verdicts: [Verdict; 5],
    pub counts: Counts,
    pub findings: Vec<&'r Diagnostic>,
}

impl ProposalView<'_> {
    /// The axis, also of a broken file when its `axe`, id or folder tells it.
    pub fn axis(&self) -> Option<u8> {
        match (self.proposal, &self.salvaged) {
            (Some(p), _) => Some(p.axis),
            (None, Some(s)) => s.axis,
            (None, None) => None,
        }
    }

    pub fn status(&self) -> Option<Status> {
        match (self.proposal, &self.salvaged) {
            (Some(p), _) => Some(p.status),
            (None, Some(s)) => s.status,
            (None, None) => None,
        }
    }

    /// The title, also of a broken file when it could be read; else empty.
    pub fn title(&self) -> &str {
        match (self.proposal, &self.salvaged) {
            (Some(p), _) => p.title.value.as_str(),
            (None, Some(s)) => s.title.as_deref().unwrap_or(""),
            (None, None) => "",
        }
    }

    /// Nothing could be read of the file's text: it is « illisible ».
    pub fn unreadable(&self) -> bool {
        self.proposal.is_none() && self.salvaged.as_ref().is_none_or(Salvaged::nothing_read)
    }

    pub fn has_errors(&self) -> bool {
        self.counts.errors > 0
    }
}

/// One axis: how many proposals against the band, where they stand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AxisView {
    pub axis: u8,
    pub proposals: usize,
    /// The expected number of proposals, both included (5-7 by default).
    pub band: (usize, usize),
    pub drafts: usize,
    pub submitted: usize,
    pub adopted: usize,
    /// The transversal themes at least one proposal of the axis serves.
    pub themes: Vec<Theme>,
    pub with_errors: usize,
}

impl AxisView {
    pub fn in_band(&self) -> bool {
        (self.band.0..=self.band.1).contains(&self.proposals)
    }
}

/// How a staff category is reached on an axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// By this many proposals that target it.
    Targeted(usize),
    /// Only by complementary actions, in this many proposals.
    Complementary(usize),
    Nothing,
}

/// One row of the coverage matrix: a category, one cell per axis.
pub struct CoverageRow<'s> {
    pub category: &'s Category,
    pub cells: [Reach; 4],
}

/// How to order the proposals.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortKey {
    /// By axis, then id (the plan's order).
    #[default]
    Axis,
    Id,
    Title,
    /// Drafts first, then submitted, then adopted.
    Status,
    /// The most errors first.
    Errors,
}

/// Every proposal file of a run, in the plan's order.
pub struct PlanView<'r> {
    pub proposals: Vec<ProposalView<'r>>,
    settings: &'r Settings,
}

impl<'r> PlanView<'r> {
    /// Reads the report of a run that kept its proposals.
    pub fn new(report: &'r Report, settings: &'r Settings) -> Self {
        let mut by_path: HashMap<&Path, Vec<&Diagnostic>> = HashMap::new();
        for d in &report.diagnostics {
            by_path.entry(d.path.as_path()).or_default().push(d);
        }
        let mut proposals: Vec<_> = report
            .files
            .iter()
            // Groups have their own view (`summary::groups`, the export's governance).
            .filter(|path| document_of(path) == Document::Proposal)
            .map(|path| {
                let findings = by_path.remove(path.as_path()).unwrap_or_default();
                let proposal = report.proposals.get(path);
                // Re-read only the files that did not reach the model (few).
                let salvaged = proposal
                    .is_none()
                    .then(|| salvage(path, report.sources.get(path)));
                ProposalView::new(path, proposal, salvaged, findings)
            })
            .collect();
        proposals.sort_by(|a, b| plan_order(a, b));
        PlanView {
            proposals,
            settings,
        }
    }

    /// Keeps the proposals `keep` accepts; the axes and the coverage follow.
    pub fn retain(&mut self, keep: impl Fn(&ProposalView<'r>) -> bool) {
        self.proposals.retain(|p| keep(p));
    }

    pub fn sort(&mut self, key: SortKey) {
        let rank = |s: Option<Status>| s.map_or(0, |s| s as u8 + 1);
        self.proposals.sort_by(|a, b| match key {
            SortKey::Axis => plan_order(a, b),
            SortKey::Id => a.id.cmp(&b.id),
            SortKey::Title => a.title().to_lowercase().cmp(&b.title().to_lowercase()),
            SortKey::Status => rank(a.status())
                .cmp(&rank(b.status()))
                .then_with(|| plan_order(a, b)),
            SortKey::Errors => b
                .counts
                .errors
                .cmp(&a.counts.errors)
                .then(b.counts.warnings.cmp(&a.counts.warnings))
                .then_with(|| plan_order(a, b)),
        });
    }

    /// The proposals of one axis, in the current order.
    pub fn of_axis(&self, axis: u8) -> impl Iterator<Item = &ProposalView<'r>> {
        self.proposals
            .iter()
            .filter(move |p| p.axis() == Some(axis))
    }

    /// The files that could not be read as a proposal, nor placed in an axis.
    pub fn unreadable(&self) -> impl Iterator<Item = &ProposalView<'r>> {
        self.proposals
            .iter()
            .filter(|p| p.proposal.is_none() && p.axis().is_none())
    }

    pub fn axes(&self) -> Vec<AxisView> {
        let defaults = PlanSettings::default();
        let plan = self.settings.plan.as_ref().unwrap_or(&defaults);
        AXES.iter()
            .map(|&axis| {
                let members: Vec<_> = self.of_axis(axis).collect();
                let count = |s: Status| members.iter().filter(|p| p.status() == Some(s)).count();
                let mut themes: Vec<Theme> = Vec::new();
                for theme in members
                    .iter()
                    .flat_map(|p| p.proposal.into_iter().flat_map(|p| &p.themes))
                {
                    if !themes.contains(&theme.0) {
                        themes.push(theme.0);
                    }
                }
                themes.sort_by_key(|t| *t as u8);
                AxisView {
                    axis,
                    proposals: members.len(),
                    band: (plan.min_per_axis, plan.max_per_axis),
                    drafts: count(Status::Draft),
                    submitted: count(Status::Submitted),
                    adopted: count(Status::Adopted),
                    themes,
                    with_errors: members.iter().filter(|p| p.has_errors()).count(),
                }
            })
            .collect()
    }

    /// Staff categories against axes.
    pub fn coverage(&self) -> Vec<CoverageRow<'r>> {
        self.settings
            .categories
            .iter()
            .map(|category| CoverageRow {
                category,
                cells: AXES.map(|axis| self.reach(category, axis)),
            })
            .collect()
    }

    fn reach(&self, category: &Category, axis: u8) -> Reach {
        let (mut targeted, mut complementary) = (0, 0);
        for proposal in self.of_axis(axis).filter_map(|p| p.proposal) {
            if designated(&proposal.audience.value, self.settings).contains(&category.id.as_str()) {
                targeted += 1;
            } else if proposal
                .complementary_actions
                .iter()
                .any(|a| designated(&a.categories, self.settings).contains(&category.id.as_str()))
            {
                complementary += 1;
            }
        }
        match (targeted, complementary) {
            (0, 0) => Reach::Nothing,
            (0, n) => Reach::Complementary(n),
            (n, _) => Reach::Targeted(n),
        }
    }
}

impl<'r> ProposalView<'r> {
    fn new(
        path: &'r Path,
        proposal: Option<&'r Proposal>,
        salvaged: Option<Salvaged>,
        findings: Vec<&'r Diagnostic>,
    ) -> Self {
        let mut counts = Counts::default();
        for d in &findings {
            counts.add(d.severity);
        }
        let verdicts = ASPECTS.map(|family| match proposal {
            Some(_) => verdict(&findings, family),
            None => Verdict::NotAssessed,
        });
        let read_id = salvaged.as_ref().and_then(|s| s.id.clone());
        let id = proposal.map_or_else(
            || {
                read_id.unwrap_or_else(|| {
                    path.file_stem()
                        .map_or_else(String::new, |s| s.to_string_lossy().into_owned())
                })
            },
            |p| p.id.value.clone(),
        );
        ProposalView {
            path,
            id,
            proposal,
            salvaged,
            verdicts,
            counts,
            findings,
        }
    }
}

fn verdict(findings: &[&Diagnostic], family: Family) -> Verdict {
    let codes = |severity: Severity| {
        let mut codes: Vec<Code> = findings
            .iter()
            .filter(|d| d.severity == severity && d.code.meta().family == family)
            .map(|d| d.code)
            .collect();
        codes.sort();
        codes.dedup();
        codes
    };
    let errors = codes(Severity::Error);
    if !errors.is_empty() {
        return Verdict::NotMet(errors);
    }
    let warnings = codes(Severity::Warning);
    if warnings.is_empty() {
        Verdict::Met
    } else {
        Verdict::Warning(warnings)
    }
}

/// The plan's order: by axis (unreadable files last), then id, then path.
fn plan_order(a: &ProposalView<'_>, b: &ProposalView<'_>) -> std::cmp::Ordering {
    let axis = |p: &ProposalView<'_>| p.axis().unwrap_or(u8::MAX);
    axis(a)
        .cmp(&axis(b))
        .then_with(|| a.id.cmp(&b.id))
        .then_with(|| a.path.cmp(b.path))
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    fn finding(code: Code, severity: Severity) -> Diagnostic {
        Diagnostic {
            code,
            severity,
            message: String::new(),
            hint: None,
            path: PathBuf::from("a.yaml"),
            location: None,
            related: Vec::new(),
        }
    }

    #[test]
    fn an_error_of_the_family_means_not_met_and_a_warning_alone_does_not() {
        let con001 = finding(Code::Con001, Severity::Error);
        let con003 = finding(Code::Con003, Severity::Warning);
        let can005 = finding(Code::Can005, Severity::Warning);
        let all = [&con001, &con003, &can005];
        assert_eq!(
            verdict(&all, Family::Concreteness),
            Verdict::NotMet(vec![Code::Con001])
        );
        assert_eq!(
            verdict(&all, Family::Canvas),
            Verdict::Warning(vec![Code::Can005])
        );
        assert_eq!(verdict(&all, Family::Feasibility), Verdict::Met);
    }
}
