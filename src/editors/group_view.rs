//! The working groups as the editors see them, computed once from a run's
//! [`Report`] and shared by `summary --view groups` and the export's
//! « Gouvernance » section: per axis, the pair's workplaces, the counts by
//! department, by category and by gender, and the verdict of each group rule.
//!
//! Personal data stays minimal: no person's gender ever leaves this module,
//! only the group's totals; names only when `[groups] show_names = true`.

use std::path::{Path, PathBuf};

use crate::config::Settings;
use crate::diagnostic::{Diagnostic, Severity};
use crate::editors::plan_view::{AXES, Verdict};
use crate::pipeline::discover::document_of;
use crate::pipeline::model::group::{Gender, Group, SupportGroup, Workplace};
use crate::report::Report;
use crate::rules::Code;
use crate::vocabulary::Document;

/// The rules a group gets a verdict for, in the columns' order.
pub const GROUP_RULES: [Code; 6] = [
    Code::Grp001,
    Code::Grp002,
    Code::Grp003,
    Code::Grp004,
    Code::Grp005,
    Code::Grp006,
];

/// One axis's working group, in figures.
#[derive(Clone, Debug)]
pub struct GroupFigures<'r> {
    pub axis: u8,
    /// The group files of the axis: one is expected (`GRP006`).
    pub files: Vec<&'r Path>,
    /// The group the figures are about (the first file's), when it could be read.
    pub group: Option<&'r Group>,
    pub pair: Vec<Workplace>,
    pub members: usize,
    /// The pair and the members.
    pub persons: usize,
    /// Every department of the configuration, in its order, with its count.
    pub departments: Vec<(String, usize)>,
    /// The categories present, in the taxonomy's order: id, label, count.
    pub categories: Vec<(String, String, usize)>,
    pub women: usize,
    pub men: usize,
    pub gender_unknown: usize,
    /// One verdict per [`GROUP_RULES`] entry.
    pub verdicts: [Verdict; 6],
    /// The pair's then the members' names, only when the configuration allows it.
    pub names: Option<Vec<String>>,
}

/// The groups of a run that kept its typed groups.
pub struct GroupsView<'r> {
    pub axes: Vec<GroupFigures<'r>>,
    /// The categories present in some group, in the taxonomy's order: id, label.
    pub categories: Vec<(&'r str, &'r str)>,
    pub support: &'r [SupportGroup],
}

impl<'r> GroupsView<'r> {
    pub fn new(report: &'r Report, settings: &'r Settings) -> Self {
        let files: Vec<&PathBuf> = report
            .files
            .iter()
            .filter(|p| document_of(p) == Document::Group)
            .collect();
        let axes = AXES
            .iter()
            .map(|&axis| {
                let of_axis: Vec<&Path> = files
                    .iter()
                    .filter(|p| report.groups.get(**p).is_some_and(|g| g.axis == axis))
                    .map(|p| p.as_path())
                    .collect();
                figures(axis, of_axis, report, settings)
            })
            .collect::<Vec<GroupFigures<'r>>>();
        let categories = settings
            .categories
            .iter()
            .filter(|c| {
                axes.iter()
                    .any(|g| g.categories.iter().any(|(id, ..)| *id == c.id))
            })
            .map(|c| (c.id.as_str(), c.label.as_str()))
            .collect();
        GroupsView {
            axes,
            categories,
            support: &report.support_groups,
        }
    }

    /// Whether the run has any group file: the views then show groups.
    pub fn any(report: &Report) -> bool {
        report
            .files
            .iter()
            .any(|p| document_of(p) != Document::Proposal)
    }
}

fn figures<'r>(
    axis: u8,
    files: Vec<&'r Path>,
    report: &'r Report,
    settings: &Settings,
) -> GroupFigures<'r> {
    let group = files.first().and_then(|p| report.groups.get(*p));
    let findings: Vec<&Diagnostic> = match files.first() {
        Some(path) => report
            .diagnostics
            .iter()
            .filter(|d| d.path == *path)
            .collect(),
        None => Vec::new(),
    };
    let verdicts = GROUP_RULES.map(|code| match (code, group) {
        (Code::Grp006, _) if files.len() == 1 => Verdict::Met,
        (Code::Grp006, _) => Verdict::NotMet(vec![Code::Grp006]),
        (_, None) => Verdict::NotAssessed,
        (code, Some(_)) => verdict(&findings, code),
    });
    let everyone: Vec<_> = group.into_iter().flat_map(|g| g.everyone()).collect();
    let count_gender = |gender| everyone.iter().filter(|p| p.gender == gender).count();
    let departments = settings
        .groups
        .departments
        .iter()
        .map(|d| {
            (
                d.clone(),
                everyone.iter().filter(|p| &p.department == d).count(),
            )
        })
        .collect();
    let categories = settings
        .categories
        .iter()
        .map(|c| {
            let count = everyone.iter().filter(|p| p.category == c.id).count();
            (c.id.clone(), c.label.clone(), count)
        })
        .filter(|(.., count)| *count > 0)
        .collect();
    let names = settings.groups.show_names.then(|| {
        everyone
            .iter()
            .filter_map(|p| p.name.as_ref().map(|n| n.value.trim().to_owned()))
            .filter(|n| !n.is_empty())
            .collect()
    });
    GroupFigures {
        axis,
        group,
        pair: group.map_or_else(Vec::new, |g| {
            g.co_leads.value.iter().map(|p| p.workplace).collect()
        }),
        members: group.map_or(0, |g| g.members.value.len()),
        persons: everyone.len(),
        departments,
        categories,
        women: count_gender(Some(Gender::Woman)),
        men: count_gender(Some(Gender::Man)),
        gender_unknown: count_gender(None),
        verdicts,
        names,
        files,
    }
}

/// A rule's verdict from a group file's findings: an info (parity not
/// checked) is no verdict.
fn verdict(findings: &[&Diagnostic], code: Code) -> Verdict {
    let worst = findings
        .iter()
        .filter(|d| d.code == code)
        .map(|d| d.severity)
        .max();
    match worst {
        None => Verdict::Met,
        Some(Severity::Info) => Verdict::NotAssessed,
        Some(Severity::Warning) => Verdict::Warning(vec![code]),
        Some(Severity::Error) => Verdict::NotMet(vec![code]),
    }
}
