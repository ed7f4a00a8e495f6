//! What `check`, `summary` and `export` do before they write anything: read
//! the configuration, find the files, refuse an output that is one of them,
//! check them all; and, at the end, write to the standard output or,
//! atomically, to `--output`.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::config::canevas_toml;
use crate::config::{PlanSettings, Settings};
use crate::exit::ExitStatus;
use crate::i18n::{Args, Lang};
use crate::pipeline::check::{KeepOptions, check_files};
use crate::pipeline::discover::{MissingPath, discover};
use crate::report::Report;
use crate::report::output::{is_an_input, write_atomically};

/// What a command asks of the checking run.
pub(crate) struct Request<'a> {
    pub(crate) paths: &'a [PathBuf],
    pub(crate) config: Option<&'a Path>,
    pub(crate) lang: Lang,
    /// The files the command will write: none may be an input.
    pub(crate) outputs: Vec<&'a Path>,
    /// `--plan`: a whole plan even without a `[plan]` table.
    pub(crate) plan: bool,
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
    let discovered = match discover(request.paths, &settings) {
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
    // The spec: a `[plan]` table or `--plan` makes the set a whole plan, but
    // checking one file (a pre-commit hook) never reports plan-level counts.
    settings.whole_plan = settings.plan.is_some() && discovered.files.len() > 1;
    let report = check_files(
        &discovered.files,
        discovered.problems,
        &settings,
        &plan_root(request.paths),
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

/// Where plan-wide findings are attached: the one folder checked, or `.`.
fn plan_root(paths: &[PathBuf]) -> PathBuf {
    match paths {
        [one] => one.clone(),
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
