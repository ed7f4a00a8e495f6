//! `canevas new [FILE]`: a commented proposal to fill in, written to FILE
//! (never over an existing file without `--force`) or to the standard output.
//! `--interactive` asks for each section instead (see [`crate::writing::interactive`]);
//! `--group` writes a working group file instead of a proposal.

use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::cli::NewArgs;
use crate::commands::prepare::load_settings;
use crate::exit::ExitStatus;
use crate::i18n::{Args, Lang};
use crate::pipeline::discover::document_of;
use crate::report::output::{refusal, write_atomically};
use crate::rules::id_axis;
use crate::text::dates::today;
use crate::vocabulary::Document;
use crate::writing::interactive;
use crate::writing::template::{self, SchoolYear, Values};

pub(crate) fn run(args: &NewArgs, config: Option<&Path>, lang: Lang) -> io::Result<ExitStatus> {
    if let Some(id) = &args.id
        && !is_valid_id(id)
    {
        return fail(lang, "new-bad-id", Args::new().with("id", id.as_str()));
    }
    // A group is known by its file name: any other name would be read as a proposal.
    if let Some(path) = &args.file
        && args.group
        && document_of(path) != Document::Group
    {
        let args = Args::new().with("path", path.display().to_string());
        return fail(lang, "new-group-name", args);
    }
    if let Some(path) = &args.file
        && path.exists()
        && !args.force
    {
        let args = Args::new().with("path", path.display().to_string());
        return fail(lang, "new-exists", args);
    }
    // A broken configuration stops `new` as it stops `check`, even when the
    // template does not need it: the user learns of it before writing.
    let settings = match load_settings(config, lang)? {
        Ok(settings) => settings,
        Err(status) => return Ok(status),
    };
    let folder = target_folder(args.file.as_deref());
    let axis = args
        .axis
        .or_else(|| args.id.as_deref().and_then(axis_of_id))
        .unwrap_or(1);
    let id = args
        .id
        .clone()
        .unwrap_or_else(|| template::next_free_id(&folder, axis));
    let schema_name = if args.group {
        template::group_schema_file_name(lang)
    } else {
        template::schema_file_name(lang)
    };
    let values = Values {
        id,
        axis,
        schema: schema_path(&folder, schema_name),
        file: args
            .file
            .as_ref()
            .map_or_else(|| "-".to_owned(), |p| p.display().to_string()),
        calendar: SchoolYear::after(today()),
    };
    let text = if args.group {
        template::render_group(lang, &values)
    } else if args.interactive {
        let next_id = |axis| template::next_free_id(&folder, axis);
        match interactive::ask(lang, values, &settings, &next_id)? {
            Some(text) => text,
            None => return Ok(ExitStatus::Failure),
        }
    } else {
        template::render(lang, &values)
    };
    match &args.file {
        None => {
            let mut out = io::stdout().lock();
            out.write_all(text.as_bytes())?;
            out.flush()?;
            Ok(ExitStatus::Success)
        }
        Some(path) => write_file(path, &text, args, lang),
    }
}

fn write_file(path: &Path, text: &str, args: &NewArgs, lang: Lang) -> io::Result<ExitStatus> {
    let shown = Args::new().with("path", path.display().to_string());
    if let Some(refused) = refusal(path) {
        return fail(lang, refused.message_id(), shown);
    }
    let written = if args.force {
        write_atomically(path, |out| out.write_all(text.as_bytes()))
    } else {
        // `create_new`: even a file created since the check above is never replaced.
        OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(path)
            .and_then(|mut file| file.write_all(text.as_bytes()))
    };
    match written {
        Ok(()) => {
            // An interactive file has no `[À compléter]` left to replace.
            let id = if args.group {
                "new-created-group"
            } else if args.interactive {
                "new-created-interactive"
            } else {
                "new-created"
            };
            writeln!(io::stderr(), "{}", lang.message(id, &shown))?;
            Ok(ExitStatus::Success)
        }
        Err(err) if err.kind() == io::ErrorKind::AlreadyExists => fail(lang, "new-exists", shown),
        Err(err) => fail(
            lang,
            "new-cannot-write",
            shown.with("detail", crate::i18n::io_reason(&err, lang)),
        ),
    }
}

fn fail(lang: Lang, id: &str, args: Args) -> io::Result<ExitStatus> {
    writeln!(
        io::stderr(),
        "{}",
        crate::i18n::tool_says(lang, &lang.message(id, &args))
    )?;
    Ok(ExitStatus::Failure)
}

/// The axis `--id` announces (`A3-02` → 3), when it is one of the plan's.
fn axis_of_id(id: &str) -> Option<u8> {
    id_axis(id).filter(|axis| (1..=4).contains(axis))
}

/// The spec's id syntax: `[A-Za-z0-9._-]+`.
fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

/// The folder the new proposal goes to: where the next free id is looked for.
fn target_folder(file: Option<&Path>) -> PathBuf {
    match file.and_then(Path::parent) {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The editor schema, relative to the new file: beside the `canevas.toml` of
/// the proposals' repository when there is one above, else beside the file.
fn schema_path(folder: &Path, name: &str) -> String {
    let Ok(start) = folder.canonicalize() else {
        return name.to_owned();
    };
    start
        .ancestors()
        .position(|dir| dir.join("canevas.toml").is_file())
        .map_or_else(|| name.to_owned(), |depth| "../".repeat(depth) + name)
}
