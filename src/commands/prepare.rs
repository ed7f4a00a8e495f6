//! What `check`, `summary` and `export` do before they write anything: read
//! the configuration, find the files, refuse an output that is one of them,
//! check them all; and, at the end, write to the standard output or,
//! atomically, to `--output`.

use std::collections::HashSet;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::config::canevas_toml;
use crate::config::{PlanSettings, Settings};
use crate::exit::ExitStatus;
use crate::i18n::{Args, Lang};
use crate::pipeline::check::{KeepOptions, PlanScope, check_plan};
use crate::pipeline::discover::{MissingPath, discover, plan_files, relative_to_cwd};
use crate::pipeline::source::SourceFile;
use crate::report::Report;
use crate::report::output::{is_an_input, refusal, write_atomically};
use crate::rules::PlanAnchor;

/// What a command asks of the checking run.
pub(crate) struct Request<'a> {
    pub(crate) paths: &'a [PathBuf],
    pub(crate) config: Option<&'a Path>,
    pub(crate) lang: Lang,
    /// The files the command will write: none may be an input.
    pub(crate) outputs: Vec<&'a Path>,
    /// `--plan`: a whole plan even without a `[plan]` table.
    pub(crate) plan: bool,
    /// `--force-exclude`: `[files]` applies to the files named too.
    pub(crate) force_exclude: bool,
    pub(crate) keep: KeepOptions,
}

impl<'a> Request<'a> {
    /// `summary` and `export`: the typed proposals, no source text.
    pub(crate) fn for_editors(
        paths: &'a [PathBuf],
        config: Option<&'a Path>,
        lang: Lang,
        output: Option<&'a Path>,
    ) -> Self {
        Request {
            paths,
            config,
            lang,
            outputs: output.into_iter().collect(),
            plan: false,
            force_exclude: false,
            keep: KeepOptions {
                // The text of broken files: the editors read what they can of it.
                sources: true,
                proposals: true,
            },
        }
    }
}

/// The settings of the run and its report.
pub(crate) struct Checked {
    pub(crate) settings: Settings,
    pub(crate) report: Report,
}

/// Checks the files; `Err` carries the exit status of a run that could not
/// start (bad configuration, missing path, output over an input), whose
/// reason is already on the standard error.
pub(crate) fn check_request(request: Request<'_>) -> io::Result<Result<Checked, ExitStatus>> {
    let lang = request.lang;
    let mut settings = match load_settings(request.config, lang)? {
        Ok(settings) => settings,
        Err(status) => return Ok(Err(status)),
    };
    if request.plan && settings.plan.is_none() {
        settings.plan = Some(PlanSettings::default());
    }
    let discovered = match discover(request.paths, &settings, request.force_exclude) {
        Ok(found) => found,
        Err(MissingPath(path)) => {
            let args = Args::new().with("path", path.display().to_string());
            fail(lang, "error-missing-path", args)?;
            return Ok(Err(ExitStatus::Failure));
        }
    };
    if let Some(output) = request
        .outputs
        .iter()
        .find(|output| is_an_input(output, &discovered.files))
    {
        let args = Args::new().with("path", output.display().to_string());
        fail(lang, "error-output-is-input", args)?;
        return Ok(Err(ExitStatus::Failure));
    }
    if let Some((output, refused)) = request
        .outputs
        .iter()
        .find_map(|output| refusal(output).map(|r| (output, r)))
    {
        let args = Args::new().with("path", output.display().to_string());
        fail(lang, refused.message_id(), args)?;
        return Ok(Err(ExitStatus::Failure));
    }
    let scope = plan_scope(&settings, request.paths, &discovered.files);
    // With a `[plan]` table the plan rules read the whole plan, whatever is
    // named (the SPEC's "plan's scope"): `PLAN001` sees an id used by a file
    // not named, and the counts (`PLAN002`, `PLAN003`, `GRP006`) are those of
    // the plan, reported at the `[plan]` line, never those of the files a
    // hook happens to name. `--plan` without a configuration declares the
    // files checked to be the plan; one file alone is never counted as one.
    settings.whole_plan =
        settings.plan.is_some() && (settings.plan_origin.is_some() || discovered.files.len() > 1);
    let report = check_plan(
        discovered.files,
        &scope,
        discovered.problems,
        &settings,
        request.keep,
    );
    Ok(Ok(Checked { settings, report }))
}

/// The settings of the run; `Err` when the configuration cannot be used,
/// after saying why on the standard error with the line at fault (exit 2).
pub(crate) fn load_settings(
    config: Option<&Path>,
    lang: Lang,
) -> io::Result<Result<Settings, ExitStatus>> {
    match canevas_toml::load(config, lang) {
        Ok(settings) => Ok(Ok(settings)),
        Err(err) => {
            let frame = crate::report::human::render_config_error(&err, lang);
            write!(io::stderr(), "{frame}")?;
            Ok(Err(ExitStatus::Failure))
        }
    }
}

/// The rest of the plan and where plan-wide findings point: with a `[plan]`
/// table, every proposal `[files]` selects under the configuration's folder,
/// and its `[plan]` line; otherwise nothing more, and the folder checked.
fn plan_scope(settings: &Settings, paths: &[PathBuf], named: &[PathBuf]) -> PlanScope {
    let Some((config, header)) = &settings.plan_origin else {
        return PlanScope {
            others: Vec::new(),
            anchor: PlanAnchor {
                path: plan_root(paths),
                location: None,
            },
        };
    };
    let path = relative_to_cwd(config);
    let location = SourceFile::read(config).ok().map(|s| s.locate(*header));
    let anchor = PlanAnchor { path, location };
    if names_the_whole_plan(settings, paths) {
        return PlanScope {
            others: Vec::new(),
            anchor,
        };
    }
    let named: HashSet<PathBuf> = named
        .iter()
        .filter_map(|p| fs::canonicalize(p).ok())
        .collect();
    let others = plan_files(settings)
        .files
        .into_iter()
        .filter(|p| fs::canonicalize(p).is_ok_and(|c| !named.contains(&c)))
        .collect();
    PlanScope { others, anchor }
}

/// Whether a folder named holds the configuration's folder: its walk then
/// found every file of the plan, and no second walk is needed.
fn names_the_whole_plan(settings: &Settings, paths: &[PathBuf]) -> bool {
    let Some(root) = settings
        .config_root
        .as_deref()
        .map(|r| {
            if r.as_os_str().is_empty() {
                Path::new(".")
            } else {
                r
            }
        })
        .and_then(|r| fs::canonicalize(r).ok())
    else {
        return false;
    };
    paths
        .iter()
        .filter(|p| p.is_dir())
        .filter_map(|p| fs::canonicalize(p).ok())
        .any(|folder| {
            // The walk skips hidden folders: the root must not be in one.
            root.strip_prefix(&folder).is_ok_and(|inside| {
                !inside
                    .components()
                    .any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
            })
        })
}

/// Where plan-wide findings are attached without a configuration: the one
/// folder checked, or `.`.
fn plan_root(paths: &[PathBuf]) -> PathBuf {
    match paths {
        [one] => relative_to_cwd(one),
        _ => PathBuf::from("."),
    }
}

/// Says on the standard error why the run cannot go on.
pub(crate) fn fail(lang: Lang, id: &str, args: Args) -> io::Result<()> {
    writeln!(
        io::stderr(),
        "{}",
        crate::i18n::tool_says(lang, &lang.message(id, &args))
    )
}

/// Writes the document to `output` (atomically) or to the standard output.
pub(crate) fn emit(
    output: Option<&Path>,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    match output {
        Some(path) => write_atomically(path, write),
        None => {
            let mut out = io::BufWriter::new(io::stdout().lock());
            write(&mut out)?;
            out.flush()
        }
    }
}
