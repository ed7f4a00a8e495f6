//! The per-file pipeline: read → parse YAML → normalise keys → schema → typed
//! model → rules. Each stage that fails stops the file (the rules need the
//! typed model); the findings so far are its report.

use std::collections::HashMap;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use crate::context::FileContext;
use crate::diagnostic::{Diagnostic, Location, Position, Reporter};
use crate::i18n::Args;
use crate::pipeline::model;
use crate::pipeline::normalise::normalise;
use rayon::prelude::*;

use crate::config::Settings;
use crate::diagnostic;
use crate::pipeline::discover::document_of;
use crate::pipeline::model::group::{self, Group};
use crate::pipeline::model::{Proposal, ResourceKind};
use crate::pipeline::schema;
use crate::pipeline::slips;
use crate::pipeline::source::{MAX_FILE_BYTES, ReadError, SourceFile};
use crate::pipeline::suppress::{self, FileDirectives};
use crate::pipeline::yaml::{self, Node, YamlErrorKind};
use crate::report::Report;
use crate::rules::{Check, Code, GroupEntry, PlanContext, PlanEntry, RULES};
use crate::vocabulary::Document;

/// What a run keeps beyond the findings, for the outputs that need it.
#[derive(Clone, Copy, Debug, Default)]
pub struct KeepOptions {
    /// The text of files with findings: code frames show it, SARIF fingerprints hash it.
    pub sources: bool,
    /// The typed proposals and groups: `summary` and `export` lay them out.
    pub proposals: bool,
}

/// Checks the files in parallel, then the plan, and sorts every finding.
pub fn check_files(
    files: &[PathBuf],
    mut diagnostics: Vec<diagnostic::Diagnostic>,
    settings: &Settings,
    root: &Path,
    keep: KeepOptions,
) -> Report {
    let check = |path: &PathBuf| check_path(path, settings, keep);
    // One file (a pre-commit hook): no thread pool to start for it.
    let outcomes: Vec<_> = if files.len() == 1 {
        files.iter().map(check).collect()
    } else {
        files.par_iter().map(check).collect()
    };
    let mut sources = HashMap::new();
    let mut proposals = HashMap::new();
    let mut groups = HashMap::new();
    let mut directives = HashMap::new();
    let mut entries: Vec<PlanEntry> = Vec::with_capacity(outcomes.len());
    for outcome in outcomes {
        diagnostics.extend(outcome.diagnostics);
        if let Some(source) = outcome.source {
            sources.insert(source.path.clone(), source);
        }
        if let Some(proposal) = outcome.proposal {
            proposals.insert(outcome.plan.path.clone(), *proposal);
        }
        if let Some(group) = outcome.group {
            groups.insert(outcome.plan.path.clone(), *group);
        }
        if let Some(found) = outcome.directives {
            directives.insert(outcome.plan.path.clone(), found);
        }
        entries.push(outcome.plan);
    }
    diagnostics.extend(plan_findings(&entries, settings, root));
    let support_groups = if keep.proposals {
        entries
            .into_iter()
            .filter_map(|e| e.support.map(|s| *s))
            .collect()
    } else {
        Vec::new()
    };
    let suppressed = suppress::apply(&mut diagnostics, directives, settings);
    diagnostics.sort_by(diagnostic::compare);
    Report {
        diagnostics,
        suppressed,
        files: files.to_vec(),
        sources,
        proposals,
        groups,
        support_groups,
    }
}

/// The findings of the plan rules over every file's entry (`check`, and the
/// language server over its open buffers and the files on disk).
pub fn plan_findings(entries: &[PlanEntry], settings: &Settings, root: &Path) -> Vec<Diagnostic> {
    let mut plan = PlanContext::new(settings, root);
    for rule in RULES {
        if let Check::Plan(check) = rule.check {
            check(entries, &mut plan);
        }
    }
    plan.diagnostics
}

/// What checking one file leaves behind.
pub struct FileOutcome {
    pub diagnostics: Vec<Diagnostic>,
    /// The text, kept only when asked for and when there is something to show in it.
    pub source: Option<SourceFile>,
    /// The typed proposal, kept only when asked for and when the file reached the model.
    /// Boxed: a run holds every file's outcome at once, most of them without it.
    pub proposal: Option<Box<Proposal>>,
    /// The typed working group, likewise, for a group file.
    pub group: Option<Box<Group>>,
    pub plan: PlanEntry,
    /// The file's `# canevas: allow` comments, when it has any.
    pub directives: Option<FileDirectives>,
}

/// Checks one file; a panic inside is turned into a finding, so that one bad
/// file never stops the others.
pub fn check_path(path: &Path, settings: &Settings, keep: KeepOptions) -> FileOutcome {
    catch_unwind(AssertUnwindSafe(|| check_path_inner(path, settings, keep))).unwrap_or_else(|_| {
        FileOutcome {
            diagnostics: vec![Reporter::new(settings).file_problem(
                path,
                "FILE001-internal",
                Args::new(),
                None,
            )],
            source: None,
            proposal: None,
            group: None,
            plan: PlanEntry::new(path),
            directives: None,
        }
    })
}

fn check_path_inner(path: &Path, settings: &Settings, keep: KeepOptions) -> FileOutcome {
    match SourceFile::read(path) {
        Ok(source) => {
            let mut outcome = check_source(&source, settings);
            if !keep.proposals {
                outcome.proposal = None;
                outcome.group = None;
            }
            // Kept when a finding may point into it: suppression findings are added later.
            if keep.sources && (!outcome.diagnostics.is_empty() || outcome.directives.is_some()) {
                outcome.source = Some(source);
            }
            outcome
        }
        Err(err) => FileOutcome {
            diagnostics: vec![read_problem(path, err, settings)],
            source: None,
            proposal: None,
            group: None,
            plan: PlanEntry::new(path),
            directives: None,
        },
    }
}

/// Runs every stage and rule on a file's text (the outcome does not hold the
/// text, but holds the typed proposal or group when the file reached the model).
/// The file's name says what it is: a proposal, a working group, the support group.
pub fn check_source(source: &SourceFile, settings: &Settings) -> FileOutcome {
    let mut outcome = FileOutcome {
        diagnostics: Vec::new(),
        source: None,
        proposal: None,
        group: None,
        plan: PlanEntry::new(&source.path),
        directives: None,
    };
    outcome.diagnostics = run_stages(source, settings, &mut outcome);
    outcome
}

fn run_stages(
    source: &SourceFile,
    settings: &Settings,
    outcome: &mut FileOutcome,
) -> Vec<Diagnostic> {
    let mut ctx = FileContext::new(source, settings);
    ctx.document = document_of(&source.path);
    let mut root = match yaml::parse(source) {
        Ok(root) => root,
        Err(err) => {
            report_yaml_error(&err, &mut ctx);
            return ctx.diagnostics;
        }
    };
    // Valid YAML, but a `#` cut a text short: the rest would be lost silently.
    if let Some(slip) = slips::hash_cuts_text(source, &root, ctx.lang()) {
        let span = diagnostic::Span::new(slip.at, slip.at);
        ctx.report_as(Code::Yaml001, slip.message, Some(span), slip.args);
        return ctx.diagnostics;
    }
    let found = suppress::read(source, &root, settings);
    if !found.directives.is_empty() || !found.problems.is_empty() {
        outcome.directives = Some(found);
    }
    let normalised = normalise(&mut root, &mut ctx);
    if ctx.document == Document::Proposal {
        outcome.plan.id = readable_id(&root, source);
    }
    if !normalised || !schema::validate(&root, &mut ctx) {
        return ctx.diagnostics;
    }
    match ctx.document {
        Document::Proposal => typed_proposal(&root, &mut ctx, outcome),
        Document::Group => typed_group(&root, &mut ctx, outcome),
        Document::SupportGroup => {
            outcome.plan.support = group::build_support_group(&root).map(Box::new);
        }
    }
    ctx.diagnostics
}

/// Builds the proposal and runs the proposal rules on it.
fn typed_proposal(root: &Node, ctx: &mut FileContext<'_>, outcome: &mut FileOutcome) {
    let Some(proposal) = model::build(root, ctx) else {
        if ctx.diagnostics.is_empty() {
            let args = Args::new().with("key", "").with("detail", "typed model");
            ctx.report_as(Code::Schema001, "SCHEMA001-other", Some(root.span), args);
        }
        return;
    };
    let plan = &mut outcome.plan;
    plan.axis = Some(proposal.axis);
    plan.themes = proposal.themes.iter().map(|(t, _)| *t).collect();
    plan.group_named = proposal
        .group
        .as_ref()
        .filter(|g| !g.value.trim().is_empty())
        .map(|g| (g.value.trim().to_owned(), ctx.source.locate(g.span)));
    plan.support_wanted = proposal
        .resources
        .iter()
        .flat_map(|r| &r.value)
        .filter(|r| r.kind == ResourceKind::Support)
        .map(|r| {
            let named = r.expertise.as_ref().unwrap_or(&r.description);
            (named.value.clone(), ctx.source.locate(named.span))
        })
        .collect();
    for rule in RULES {
        if let Check::Proposal(check) = rule.check {
            check(&proposal, ctx);
        }
    }
    outcome.proposal = Some(Box::new(proposal));
}

/// Builds the working group and runs the group rules on it.
fn typed_group(root: &Node, ctx: &mut FileContext<'_>, outcome: &mut FileOutcome) {
    let Some(group) = group::build_group(root, ctx) else {
        return;
    };
    outcome.plan.group = Some(Box::new(GroupEntry {
        axis: group.axis,
        name: group.name.as_ref().map(|n| n.value.trim().to_owned()),
        location: ctx.source.locate(group.axis_span),
    }));
    for rule in RULES {
        if let Check::Group(check) = rule.check {
            check(&group, ctx);
        }
    }
    outcome.group = Some(Box::new(group));
}

/// A file the YAML reader refused: a syntax slip is explained where it is
/// (`slips`), the other failures where the reader stopped.
fn report_yaml_error(err: &yaml::YamlError, ctx: &mut FileContext<'_>) {
    let (code, id, span, args) = match err.kind {
        YamlErrorKind::Syntax => {
            let slip = slips::explain(ctx.source, err, ctx.lang());
            let span = diagnostic::Span::new(slip.at, slip.at);
            (Code::Yaml001, slip.message, span, slip.args)
        }
        YamlErrorKind::MultipleDocuments => {
            let id = ctx.document_message("YAML003-multiple");
            return report(ctx, Code::Yaml003, &id, err.span, Args::new());
        }
        YamlErrorKind::Budget => (Code::Yaml004, "YAML004", err.span, Args::new()),
    };
    report(ctx, code, id, span, args);
}

fn report(ctx: &mut FileContext<'_>, code: Code, id: &str, span: diagnostic::Span, args: Args) {
    ctx.report_as(code, id, Some(span), args);
}

fn readable_id(root: &Node, source: &SourceFile) -> Option<(String, Location)> {
    let entry = root.get("id")?;
    let id = entry.value.as_str()?.trim();
    (!id.is_empty()).then(|| (id.to_owned(), source.locate(entry.value.span)))
}

impl PlanEntry {
    fn new(path: &Path) -> Self {
        PlanEntry {
            path: path.to_path_buf(),
            id: None,
            axis: None,
            themes: Vec::new(),
            group_named: None,
            support_wanted: Vec::new(),
            group: None,
            support: None,
        }
    }
}

fn read_problem(path: &Path, err: ReadError, settings: &Settings) -> Diagnostic {
    let reporter = Reporter::new(settings);
    match err {
        ReadError::TooLarge { bytes } => {
            let args = Args::new()
                .with("size", format!("{:.1}", bytes as f64 / 1_048_576.0))
                .with("limit", (MAX_FILE_BYTES / 1024 / 1024) as usize);
            reporter.file_problem(path, "FILE001-too-large", args, None)
        }
        ReadError::NotUtf8 { line, .. } => {
            let position = Position { line, column: 1 };
            let location = Location {
                start: position,
                end: position,
                ..Location::default()
            };
            reporter.file_problem(
                path,
                "FILE001-not-utf8",
                Args::new().with("line", line),
                Some(location),
            )
        }
        ReadError::Io(io) => {
            let args = Args::new().with("detail", crate::i18n::io_reason(&io, settings.lang));
            reporter.file_problem(path, "FILE001", args, None)
        }
    }
}
