//! What `summary` and `export` do before they lay anything out: read the
//! configuration, find the files, refuse an output that is one of them, check
//! them all keeping the typed proposals; and, at the end, write the document
//! to the standard output or, atomically, to `--output`.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::check::{KeepOptions, check_files};
use crate::config;
use crate::discover::{MissingPath, discover};
use crate::exit::ExitStatus;
use crate::i18n::{Args, Lang};
use crate::output::{is_an_input, write_atomically};
use crate::report::Report;
use crate::settings::Settings;

/// The settings of the run and its report, with every typed proposal.
pub(crate) struct Checked {
    pub(crate) settings: Settings,
    pub(crate) report: Report,
}

/// Checks the files as `check` would; `Err` carries the exit status of a run
/// that could not start (bad configuration, missing path, output over an input),
/// whose reason is already on the standard error.
pub(crate) fn check_for_editors(
    paths: &[PathBuf],
    config: Option<&Path>,
    lang: Lang,
    output: Option<&Path>,
) -> io::Result<Result<Checked, ExitStatus>> {
    let mut settings = Settings::new(lang);
    if let Some(path) = config::locate(config)
        && let Err(err) = config::apply(&path, &mut settings)
    {
        write!(io::stderr(), "{}", err.render(lang))?;
        return Ok(Err(ExitStatus::Failure));
    }
    let discovered = match discover(paths, &settings) {
        Ok(found) => found,
        Err(MissingPath(path)) => {
            let args = Args::new().with("path", path.display().to_string());
            fail(lang, "error-missing-path", args)?;
            return Ok(Err(ExitStatus::Failure));
        }
    };
    if let Some(output) = output
        && is_an_input(output, &discovered.files)
    {
        let args = Args::new().with("path", output.display().to_string());
        fail(lang, "error-output-is-input", args)?;
        return Ok(Err(ExitStatus::Failure));
    }
    settings.whole_plan = settings.plan.is_some() && discovered.files.len() > 1;
    let keep = KeepOptions {
        sources: false,
        proposals: true,
    };
    let root = match paths {
        [one] => one.clone(),
        _ => PathBuf::from("."),
    };
    let report = check_files(
        &discovered.files,
        discovered.problems,
        &settings,
        &root,
        keep,
    );
    Ok(Ok(Checked { settings, report }))
}

/// Says on the standard error why the run cannot go on.
pub(crate) fn fail(lang: Lang, id: &str, args: Args) -> io::Result<()> {
    writeln!(io::stderr(), "canevas: {}", lang.message(id, &args))
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
