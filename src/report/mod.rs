//! Writing the findings. Each format has its own file; all read the same
//! sorted list of [`Diagnostic`]s.

pub mod concise;
pub mod each;
pub mod fingerprint;
pub mod github;
pub mod gitlab;
pub mod human;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod output;
pub mod sarif;
pub mod statistics;

use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};
use std::path::PathBuf;

use crate::diagnostic::{Diagnostic, Severity};
use crate::i18n::{Args, Lang};
use crate::pipeline::model::Proposal;
use crate::pipeline::model::group::{Group, SupportGroup};
use crate::pipeline::source::SourceFile;
use crate::pipeline::suppress::Suppressed;
use crate::rules::Code;

/// The output formats of `check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Code frames with the offending text underlined, and a hint (miette).
    Human,
    /// One line a finding: `path:line:col: severity[CODE] message`.
    Concise,
    /// One JSON document, described by `schemas/report.schema.json`.
    Json,
    /// GitHub Actions annotations, and a Markdown summary in `GITHUB_STEP_SUMMARY`.
    Github,
    /// GitLab Code Quality report.
    Gitlab,
    /// SARIF 2.1.0, for GitHub code scanning
    /// (<https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html>).
    Sarif,
    /// JUnit XML, for the test reports of GitLab and Jenkins
    /// (<https://github.com/testmoapp/junitxml>).
    Junit,
}

/// Everything a run found, sorted by path then position.
pub struct Report {
    pub diagnostics: Vec<Diagnostic>,
    /// The findings silenced by a `# canevas: allow` comment, sorted like the others.
    pub suppressed: Vec<Suppressed>,
    /// Every file checked, sorted, with or without findings.
    pub files: Vec<PathBuf>,
    /// The texts of the files that have findings, for code frames.
    pub sources: HashMap<PathBuf, SourceFile>,
    /// The typed proposal of every file that reached the model, when asked for
    /// (`summary`, `export`).
    pub proposals: HashMap<PathBuf, Proposal>,
    /// The typed working group of every group file that reached the model,
    /// when asked for, like `proposals`.
    pub groups: HashMap<PathBuf, Group>,
    /// The support groups (`appui.yaml`) that reached the model, in path order.
    pub support_groups: Vec<SupportGroup>,
}

/// How many findings of each severity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Counts {
    pub fn add(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Info => self.infos += 1,
        }
    }
}

impl Report {
    pub fn counts(&self) -> Counts {
        let mut counts = Counts::default();
        for d in &self.diagnostics {
            counts.add(d.severity);
        }
        counts
    }

    /// Counts per file (files with findings only) and per code.
    pub fn tallies(&self) -> (BTreeMap<String, Counts>, BTreeMap<Code, usize>) {
        let mut by_file: BTreeMap<String, Counts> = BTreeMap::new();
        let mut by_code: BTreeMap<Code, usize> = BTreeMap::new();
        for d in &self.diagnostics {
            by_file
                .entry(d.path.display().to_string())
                .or_default()
                .add(d.severity);
            *by_code.entry(d.code).or_default() += 1;
        }
        (by_file, by_code)
    }

    /// The closing line: how many files, errors and warnings.
    pub fn summary_line(&self, lang: Lang) -> String {
        let counts = self.counts();
        let args = Args::new()
            .with("files", self.files.len())
            .with("errors", counts.errors)
            .with("warnings", counts.warnings)
            .with("suppressed", self.suppressed.len());
        lang.message("summary", &args)
    }
}

/// Whether a finding points into a file, not at a folder: a plan-wide finding
/// checked with `--plan` and no configuration is about the folder checked,
/// which GitHub and GitLab cannot show as a place (a folder is no file to
/// open, and GitHub code scanning rejects the whole upload for a result
/// without a file).
pub fn in_a_file(d: &Diagnostic) -> bool {
    d.location.is_some() || !d.path.is_dir()
}

/// Options of the terminal formats.
pub struct Style {
    pub color: bool,
    pub width: usize,
    pub lang: Lang,
    /// Only the closing line (`--quiet`).
    pub quiet: bool,
    /// The number of findings per rule code before the closing line (`--statistics`).
    pub statistics: bool,
    /// Warnings fail the run (`--deny-warnings`): JUnit reports them as failures.
    pub deny_warnings: bool,
}

/// Writes the report. Document formats (JSON, SARIF, JUnit…) are the whole
/// output; the terminal formats end with the counts line.
pub fn write(
    report: &Report,
    format: Format,
    style: &Style,
    out: &mut dyn Write,
) -> io::Result<()> {
    match format {
        Format::Json => return json::write(report, style.lang, out),
        Format::Github => return github::write(report, style.lang, out),
        Format::Gitlab => return gitlab::write(report, out),
        Format::Sarif => return sarif::write(report, style.lang, out),
        Format::Junit => return junit::write(report, style.lang, style.deny_warnings, out),
        Format::Human if !style.quiet => human::write(report, style, out)?,
        Format::Concise if !style.quiet => concise::write(report, out)?,
        Format::Human | Format::Concise => {}
    }
    if style.statistics {
        statistics::write(report, style.lang, out)?;
    }
    writeln!(out, "{}", report.summary_line(style.lang))
}
