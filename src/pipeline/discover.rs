//! Finding the files: named files as they are, folders walked for
//! `.yaml`/`.yml` files (hidden folders skipped), `-` for standard input.
//! A file's name says what it holds ([`document_of`]): a proposal, a working
//! group or the support group.
//! Paths come out sorted, so that the report never depends on the file system,
//! and relative to the current folder without a leading `./`.

use std::path::{Component, Path, PathBuf};

use walkdir::WalkDir;

use crate::config::Settings;
use crate::diagnostic::Diagnostic;
use crate::diagnostic::Reporter;
use crate::i18n::Args;
use crate::pipeline::source::STDIN_NAME;
use crate::vocabulary::Document;

pub struct Discovered {
    pub files: Vec<PathBuf>,
    /// `FILE001` for what could not be walked (link loops, unreadable folders).
    pub problems: Vec<Diagnostic>,
}

/// A path given on the command line that does not exist: the tool cannot do its job.
#[derive(Debug)]
pub struct MissingPath(pub PathBuf);

/// The files to check. A file named is checked even when `[files]` leaves it
/// out, unless `force_exclude` (`--force-exclude`, what the pre-commit hook
/// passes, so that CI files are never read as proposals).
pub fn discover(
    inputs: &[PathBuf],
    settings: &Settings,
    force_exclude: bool,
) -> Result<Discovered, MissingPath> {
    let mut found = Discovered {
        files: Vec::new(),
        problems: Vec::new(),
    };
    for input in inputs {
        if input == Path::new("-") {
            found.files.push(input.clone());
        } else if input.is_dir() {
            walk(input, settings, &mut found);
        } else if input.exists() || input.is_symlink() {
            if !force_exclude || settings.wants(input) {
                found.files.push(tidy(input));
            }
        } else {
            return Err(MissingPath(input.clone()));
        }
    }
    found.files.sort();
    found.files.dedup();
    Ok(found)
}

fn walk(dir: &Path, settings: &Settings, found: &mut Discovered) {
    let walker = WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
    for entry in walker {
        match entry {
            Ok(entry)
                if entry.file_type().is_file()
                    && is_proposal(entry.path())
                    && settings.wants(entry.path()) =>
            {
                found.files.push(relative_to_cwd(entry.path()));
            }
            Ok(_) => {}
            Err(err) => {
                let path = err.path().unwrap_or(dir).to_path_buf();
                let id = if err.loop_ancestor().is_some() {
                    "FILE001-loop"
                } else {
                    "FILE001"
                };
                let detail = err
                    .io_error()
                    .map_or_else(|| err.to_string(), ToString::to_string);
                let args = Args::new().with("detail", detail);
                found
                    .problems
                    .push(Reporter::new(settings).file_problem(&path, id, args, None));
            }
        }
    }
}

/// Every proposal of the plan: what `[files]` selects under the
/// configuration's folder (none without a configuration).
pub fn plan_files(settings: &Settings) -> Discovered {
    let mut found = Discovered {
        files: Vec::new(),
        problems: Vec::new(),
    };
    if let Some(root) = &settings.config_root {
        let root = if root.as_os_str().is_empty() {
            Path::new(".")
        } else {
            root
        };
        walk(root, settings, &mut found);
    }
    found.files.sort();
    found.files.dedup();
    found
}

/// The name a file's findings carry: its path, or `<stdin>` for `-`.
pub fn shown(path: &Path) -> &Path {
    if path == Path::new("-") {
        Path::new(STDIN_NAME)
    } else {
        path
    }
}

/// `path` without its leading `./` (`./axe-1/a.yaml` → `axe-1/a.yaml`).
fn tidy(path: &Path) -> PathBuf {
    let mut components = path.components().peekable();
    while components.peek() == Some(&Component::CurDir) && path.components().count() > 1 {
        components.next();
    }
    let tidied: PathBuf = components.collect();
    if tidied.as_os_str().is_empty() {
        path.to_path_buf()
    } else {
        tidied
    }
}

/// The inverse of [`relative_to_cwd`]: a path joined to the current folder,
/// its `..` taken back by components as they were added (links are not
/// resolved), for a caller that names files absolutely (the language server).
pub fn absolute_from_cwd(path: &Path) -> PathBuf {
    let Ok(joined) = std::path::absolute(path) else {
        return path.to_path_buf();
    };
    let mut out = PathBuf::new();
    for component in joined.components() {
        match component {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// An absolute path inside or beside the current folder, written relative
/// to it (`../canevas.toml`, `axe-1/a.yaml`); a relative path, tidied.
pub fn relative_to_cwd(path: &Path) -> PathBuf {
    if path.is_relative() {
        return tidy(path);
    }
    let Ok(cwd) = std::env::current_dir() else {
        return path.to_path_buf();
    };
    let ours: Vec<Component<'_>> = path.components().collect();
    let theirs: Vec<Component<'_>> = cwd.components().collect();
    let common = ours.iter().zip(&theirs).take_while(|(a, b)| a == b).count();
    // Only the root in common: the absolute path says it better.
    if common <= 1 {
        return path.to_path_buf();
    }
    let mut relative = PathBuf::new();
    for _ in common..theirs.len() {
        relative.push("..");
    }
    relative.extend(&ours[common..]);
    if relative.as_os_str().is_empty() {
        PathBuf::from(".")
    } else {
        relative
    }
}

fn is_hidden(name: &std::ffi::OsStr) -> bool {
    name.to_str().is_some_and(|n| n.starts_with('.'))
}

/// What a file is, by its name: `groupe.yaml`/`group.yaml` a working group,
/// `appui.yaml` the support group (any case, `.yml` too), anything else a
/// proposal (standard input included).
pub fn document_of(path: &Path) -> Document {
    let named = |names: &[&str]| {
        path.file_stem()
            .and_then(|s| s.to_str())
            .is_some_and(|stem| names.iter().any(|n| stem.eq_ignore_ascii_case(n)))
    };
    if !is_proposal(path) {
        Document::Proposal
    } else if named(&["groupe", "group"]) {
        Document::Group
    } else if named(&["appui"]) {
        Document::SupportGroup
    } else {
        Document::Proposal
    }
}

fn is_proposal(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn absolute_from_cwd_undoes_relative_to_cwd() {
        let cwd = std::env::current_dir().unwrap();
        let parent = cwd.parent().unwrap();
        for path in [
            cwd.join("axe-1/a.yaml"),
            parent.join("elsewhere/b.yaml"),
            cwd.clone(),
            PathBuf::from("/"),
        ] {
            let shown = relative_to_cwd(&path);
            assert_eq!(absolute_from_cwd(&shown), path, "{}", shown.display());
        }
        assert_eq!(absolute_from_cwd(Path::new("./a/../b")), cwd.join("b"));
    }
}
