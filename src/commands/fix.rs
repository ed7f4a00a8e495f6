//! `canevas check --fix` and `--diff`: the safe fixes of every file checked
//! (the fixes themselves are in [`crate::writing::fixes`]). With `--fix` the
//! files are rewritten and the check then reports what remains; with `--diff`
//! nothing is written and the diff is the whole output.

use std::io::{self, Write};
use std::path::Path;

use super::prepare::{Request, check_request, fail};
use crate::cli::CheckArgs;
use crate::exit::ExitStatus;
use crate::i18n::{Args, Lang};
use crate::pipeline::check::KeepOptions;
use crate::pipeline::source::SourceFile;
use crate::writing::fixes::file::{self, FixedFile};

/// Applies or shows the fixes. `Some(status)` ends the run (`--diff`, or a run
/// that could not start); `None` lets `check` go on to report what remains.
pub(crate) fn run(
    args: &CheckArgs,
    config: Option<&Path>,
    lang: Lang,
) -> io::Result<Option<ExitStatus>> {
    if args.paths.iter().any(|p| p == Path::new("-")) {
        fail(lang, "fix-no-stdin", Args::new())?;
        return Ok(Some(ExitStatus::Failure));
    }
    let request = Request {
        paths: &args.paths,
        config,
        lang,
        outputs: Vec::new(),
        plan: args.plan,
        force_exclude: args.force_exclude,
        keep: KeepOptions::default(),
    };
    let checked = match check_request(request)? {
        Ok(checked) => checked,
        Err(status) => return Ok(Some(status)),
    };
    let fixed: Vec<FixedFile> = checked
        .report
        .files
        .iter()
        .filter_map(|path| file::plan(path, &checked.settings))
        .collect();
    let count = fixed.iter().map(|f| f.fixes.len()).sum::<usize>();
    let mut err = io::stderr().lock();
    if args.diff {
        let mut out = io::BufWriter::new(io::stdout().lock());
        for file in &fixed {
            write!(out, "{}", file::unified_diff(file))?;
            describe(&mut err, file, lang, "fix-would-apply")?;
        }
        out.flush()?;
        summarise(&mut err, count, fixed.len(), lang, "fix-summary-diff")?;
        return Ok(Some(if count > 0 {
            ExitStatus::Findings
        } else {
            ExitStatus::Success
        }));
    }
    let (mut written, mut applied) = (0, 0);
    for file in &fixed {
        match file::write(file) {
            Ok(()) => {
                written += 1;
                applied += file.fixes.len();
                describe(&mut err, file, lang, "fix-applied")?;
            }
            Err(e) => {
                let args = Args::new()
                    .with("path", file.path.display().to_string())
                    .with("detail", e.to_string());
                writeln!(err, "{}", lang.message("fix-not-written", &args))?;
            }
        }
    }
    summarise(&mut err, applied, written, lang, "fix-summary")?;
    Ok(None)
}

/// One line per fix: where, what was written, what replaces it.
fn describe(out: &mut impl Write, file: &FixedFile, lang: Lang, id: &str) -> io::Result<()> {
    let source = SourceFile::new(file.path.clone(), file.before.clone());
    for fix in &file.fixes {
        let at = source.position(fix.span.start);
        let place = format!("{}:{}:{}", file.path.display(), at.line, at.column);
        let kind = lang.message(&format!("fix-kind-{}", fix.kind.id()), &Args::new());
        let args = Args::new()
            .with("place", place)
            .with("kind", kind)
            .with("written", fix.written.as_str())
            .with("replacement", fix.replacement.as_str());
        writeln!(out, "{}", lang.message(id, &args))?;
    }
    Ok(())
}

fn summarise(
    out: &mut impl Write,
    fixes: usize,
    files: usize,
    lang: Lang,
    id: &str,
) -> io::Result<()> {
    if fixes == 0 {
        return writeln!(out, "{}", lang.message("fix-none", &Args::new()));
    }
    let args = Args::new().with("fixes", fixes).with("files", files);
    writeln!(out, "{}", lang.message(id, &args))
}
