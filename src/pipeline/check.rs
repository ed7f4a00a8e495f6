//! The per-file pipeline: read → parse YAML → normalise keys → schema → typed
//! model → rules. Each stage that fails stops the file (the rules need the
//! typed model); the findings so far are its report.

use std::collections::{HashMap, HashSet};
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
use crate::pipeline::source::{MAX_FILE_BYTES, ReadError, STDIN_NAME, SourceFile};
use crate::pipeline::suppress::{self, FileDirectives};
use crate::pipeline::yaml::{self, Node, YamlErrorKind};
use crate::report::Report;
use crate::rules::{
    Check, Code, GroupEntry, Named, PlanAnchor, PlanContext, PlanEntry, PlanFiles, RULES,
};
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
/// The files named are the plan; plan-wide findings are attached to `root`.
pub fn check_files(
    files: &[PathBuf],
    diagnostics: Vec<diagnostic::Diagnostic>,
    settings: &Settings,
    root: &Path,
    keep: KeepOptions,
) -> Report {
    let scope = PlanScope {
        others: Vec::new(),
        anchor: PlanAnchor {
            path: root.to_path_buf(),
            location: None,
        },
    };
    check_plan(files.to_vec(), &scope, diagnostics, settings, keep)
}

/// The plan the plan rules look at, beyond the files named.
pub struct PlanScope {
    /// The other proposals of the plan (`[files]` under the configuration's
    /// folder): read for the plan rules only, their own findings left out.
    pub others: Vec<PathBuf>,
    /// Where plan-wide findings (`PLAN002`, `PLAN003`) point.
    pub anchor: PlanAnchor,
}

/// Checks the files named in parallel, reads the other proposals of the plan,
/// runs the plan rules over all of them, and sorts every finding. Only the
/// files named (and the plan's anchor) get findings.
pub fn check_plan(
    files: Vec<PathBuf>,
    scope: &PlanScope,
    mut diagnostics: Vec<diagnostic::Diagnostic>,
    settings: &Settings,
    keep: KeepOptions,
) -> Report {
    let (mut entries, kept) = check_all(&files, &scope.others, settings, keep);
    let mut report = Report {
        diagnostics: Vec::new(),
        suppressed: Vec::new(),
        files: Vec::new(),
        sources: HashMap::new(),
        proposals: HashMap::new(),
        groups: HashMap::new(),
        support_groups: Vec::new(),
    };
    let mut directives = HashMap::new();
    let plan_files = PlanFiles {
        named: &files,
        others: &scope.others,
    };
    // Only the files named keep anything, and they come first.
    for (file, outcome) in (0..).zip(kept) {
        if let Some(mut outcome) = outcome {
            diagnostics.append(&mut outcome.diagnostics);
            let path = plan_files.path(file);
            keep_for_report(*outcome, path, &mut report, &mut directives);
        }
    }
    // Standard input has no place in the plan read from the disk: it may
    // be one of its files, being edited (an editor pipes its buffer), and
    // would then be a duplicate of itself.
    if !scope.others.is_empty() {
        entries.retain(|e| plan_files.path(e.file) != Path::new(STDIN_NAME));
    }
    diagnostics.extend(run_plan_rules(
        &mut entries,
        plan_files,
        &scope.anchor,
        settings,
    ));
    if keep.proposals {
        report.support_groups = entries
            .into_iter()
            .filter_map(|e| e.rare?.support)
            .collect();
    }
    report.suppressed = suppress::apply(&mut diagnostics, directives, settings);
    diagnostics.sort_by(diagnostic::compare);
    report.diagnostics = diagnostics;
    report.files = files;
    report
}

/// Moves what the report shows of a file named (text, proposal, group,
/// directives) out of its outcome.
fn keep_for_report(
    outcome: FileOutcome,
    path: &Path,
    report: &mut Report,
    directives: &mut HashMap<PathBuf, FileDirectives>,
) {
    if let Some(source) = outcome.source {
        report.sources.insert(source.path.clone(), source);
    }
    if let Some(proposal) = outcome.proposal {
        report.proposals.insert(path.to_path_buf(), *proposal);
    }
    if let Some(group) = outcome.group {
        report.groups.insert(path.to_path_buf(), *group);
    }
    if let Some(found) = outcome.directives {
        directives.insert(path.to_path_buf(), found);
    }
}

/// The plan rules over every entry, in path order whatever the order of the
/// two lists (`PLAN001` reports the later file of a pair); only the files
/// named get findings, the rest of the plan was read for the rules (the
/// language server: its open buffers are named, the files on disk are not).
pub fn run_plan_rules(
    entries: &mut [PlanEntry],
    files: PlanFiles<'_>,
    anchor: &PlanAnchor,
    settings: &Settings,
) -> Vec<Diagnostic> {
    let in_order = |a: &PlanEntry, b: &PlanEntry| files.path(a.file).cmp(files.path(b.file));
    // Mostly in order already (the files named alone, sorted): a sort would
    // still take a scratch buffer the size of the entries (8 MB at 100,000).
    if !entries.is_sorted_by(|a, b| in_order(a, b).is_le()) {
        entries.sort_by(in_order);
    }
    let mut plan = PlanContext::new(settings, files, anchor);
    for rule in RULES {
        if let Check::Plan(check) = rule.check {
            check(entries, &mut plan);
        }
    }
    let unnamed: HashSet<&Path> = entries
        .iter()
        .filter(|e| !e.named)
        .map(|e| files.path(e.file))
        .collect();
    plan.diagnostics
        .retain(|d| !unnamed.contains(d.path.as_path()));
    plan.diagnostics
}

/// What the run keeps of each file as it is checked, in the order of the
/// files named then the others: its plan entry, and the rest of its outcome
/// only when the report has something to show of it (findings, text,
/// proposal, directives); a clean file leaves its entry alone.
fn check_all(
    files: &[PathBuf],
    others: &[PathBuf],
    settings: &Settings,
    keep: KeepOptions,
) -> (Vec<PlanEntry>, Vec<Option<Box<FileOutcome>>>) {
    let check = |(file, (path, named)): (usize, (&PathBuf, bool))| {
        let keep = if named { keep } else { KeepOptions::default() };
        let mut outcome = check_path(path, settings, keep);
        let mut entry = std::mem::take(&mut outcome.plan);
        entry.file = u32::try_from(file).unwrap_or(u32::MAX);
        entry.named = named;
        let kept = (named && outcome.shows_something()).then(|| Box::new(outcome));
        (entry, kept)
    };
    // One file (a pre-commit hook without a plan): no thread pool to start for it.
    if files.len() + others.len() == 1 {
        let all = files.iter().map(|f| (f, true));
        all.chain(others.iter().map(|f| (f, false)))
            .enumerate()
            .map(check)
            .unzip()
    } else {
        // Indexed all along: rayon writes each result in its place.
        let all = files.par_iter().map(|f| (f, true));
        all.chain(others.par_iter().map(|f| (f, false)))
            .enumerate()
            .map(check)
            .unzip()
    }
}

/// What checking one file leaves behind.
pub struct FileOutcome {
    pub diagnostics: Vec<Diagnostic>,
    /// The text, kept only when asked for and when there is something to show in it.
    pub source: Option<SourceFile>,
    /// The typed proposal, kept only when asked for and when the file reached the model.
    /// Boxed: the language server holds an outcome per open document, most without it.
    pub proposal: Option<Box<Proposal>>,
    /// The typed working group, likewise, for a group file.
    pub group: Option<Box<Group>>,
    /// What the plan rules need of the file; its `file` and `named` are the
    /// caller's to set (where the path is in its lists, whether it was named).
    pub plan: PlanEntry,
    /// The file's `# canevas: allow` comments, when it has any.
    pub directives: Option<FileDirectives>,
}

impl FileOutcome {
    /// Whether a report has anything of the file beyond its plan entry.
    pub fn shows_something(&self) -> bool {
        !self.diagnostics.is_empty()
            || self.source.is_some()
            || self.proposal.is_some()
            || self.group.is_some()
            || self.directives.is_some()
    }
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
            plan: PlanEntry::default(),
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
            plan: PlanEntry::default(),
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
        plan: PlanEntry::default(),
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
            if let Some(support) = group::build_support_group(&root) {
                outcome.plan.rare_mut().support = Some(support);
            }
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
        .map(|g| Named::new(g.value.trim(), ctx.source.locate(g.span)));
    let support_wanted: Vec<Named> = proposal
        .resources
        .iter()
        .flat_map(|r| &r.value)
        .filter(|r| r.kind == ResourceKind::Support)
        .map(|r| {
            let named = r.expertise.as_ref().unwrap_or(&r.description);
            Named::new(named.value.as_str(), ctx.source.locate(named.span))
        })
        .collect();
    if !support_wanted.is_empty() {
        plan.rare_mut().support_wanted = support_wanted;
    }
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
    outcome.plan.rare_mut().group = Some(GroupEntry {
        axis: group.axis,
        name: group.name.as_ref().map(|n| n.value.trim().to_owned()),
        location: ctx.source.locate(group.axis_span),
    });
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

fn readable_id(root: &Node, source: &SourceFile) -> Option<Named> {
    let entry = root.get("id")?;
    let id = entry.value.as_str()?.trim();
    (!id.is_empty()).then(|| Named::new(id, source.locate(entry.value.span)))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// What a `human` or `sarif` report keeps.
    const WITH_SOURCES: KeepOptions = KeepOptions {
        sources: true,
        proposals: false,
    };

    fn examples(folder: &str) -> Vec<PathBuf> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples")
            .join(folder);
        let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
            .into_iter()
            .filter_map(Result::ok)
            .map(walkdir::DirEntry::into_path)
            .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
            .collect();
        files.sort();
        files
    }

    #[test]
    fn a_clean_file_leaves_only_its_plan_entry() {
        let settings = Settings::new(Lang::Fr);
        let files = examples("plan-qvt");
        let (entries, kept) = check_all(&files, &[], &settings, WITH_SOURCES);
        assert_eq!(entries.len(), files.len());
        assert!(kept.iter().all(Option::is_none));
        let proposal = files
            .iter()
            .position(|p| p.ends_with("A2-02-integration-aed-aesh.yaml"));
        let entry = &entries[proposal.unwrap()];
        assert_eq!(entry.id.as_ref().map(|id| &*id.text), Some("A2-02"));
        assert_eq!(entry.axis, Some(2));
    }

    #[test]
    fn a_file_with_findings_keeps_them_and_its_text() {
        let settings = Settings::new(Lang::Fr);
        let files = examples("invalid");
        let (_, kept) = check_all(&files, &[], &settings, WITH_SOURCES);
        let pil001 = files
            .iter()
            .position(|p| p.ends_with("PIL001.yaml"))
            .unwrap();
        let outcome = kept[pil001].as_ref().expect("kept");
        assert!(outcome.diagnostics.iter().any(|d| d.code == Code::Pil001));
        assert!(outcome.source.is_some());
    }

    /// A plan entry is held for every file of a run at once (100,000 files
    /// must fit in 50 MB): it must not grow back.
    #[test]
    fn a_plan_entry_stays_small() {
        assert!(std::mem::size_of::<PlanEntry>() <= 104);
    }

    #[test]
    fn the_report_does_not_depend_on_the_threads() {
        let settings = Settings::new(Lang::Fr);
        let files = [examples("invalid"), examples("plan-qvt")].concat();
        let run = |threads: usize| {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .unwrap();
            pool.install(|| {
                let root = Path::new("examples");
                let report =
                    check_files(&files, Vec::new(), &settings, root, KeepOptions::default());
                (report.diagnostics, report.files)
            })
        };
        let (one, files_one) = run(1);
        assert!(one.len() > 30, "{}", one.len());
        for threads in [2, 8] {
            let (many, files_many) = run(threads);
            assert_eq!(one, many, "{threads} threads");
            assert_eq!(files_one, files_many);
        }
    }
}
