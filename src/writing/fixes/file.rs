//! Fixing a file on disk (`check --fix`) or showing the fix (`check --diff`).
//! The file is written only when it parsed, through a temporary file in the
//! same folder renamed over it (so a crash never leaves half a proposal), with
//! the permissions it had; a link is followed, so that the link stays a link.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use similar::TextDiff;

use super::{Fix, apply, find};
use crate::config::Settings;
use crate::pipeline::source::SourceFile;

/// The fixes of one file and the text they give.
pub struct FixedFile {
    pub path: PathBuf,
    pub before: String,
    pub after: String,
    pub fixes: Vec<Fix>,
}

/// Reads a file and computes its fixes; `None` when it cannot be read or has
/// nothing to fix (a file with a syntax error has none).
pub fn plan(path: &Path, settings: &Settings) -> Option<FixedFile> {
    let source = SourceFile::read(path).ok()?;
    let fixes = find(&source, settings);
    if fixes.is_empty() {
        return None;
    }
    let after = apply(&source.text, &fixes);
    Some(FixedFile {
        path: path.to_path_buf(),
        before: source.text,
        after,
        fixes,
    })
}

/// Replaces the file by its fixed text, atomically, keeping its permissions.
pub fn write(fixed: &FixedFile) -> io::Result<()> {
    let target = fs::canonicalize(&fixed.path)?;
    let folder = target.parent().unwrap_or(Path::new("."));
    let permissions = fs::metadata(&target)?.permissions();
    let mut temp = tempfile::Builder::new()
        .prefix(".canevas-fix")
        .tempfile_in(folder)?;
    temp.write_all(fixed.after.as_bytes())?;
    temp.as_file().sync_all()?;
    fs::set_permissions(temp.path(), permissions)?;
    temp.persist(&target).map_err(|e| e.error)?;
    Ok(())
}

/// The unified diff of the fix, with the path as both names (`a/` and `b/`
/// before a relative path, as git writes them, so that `git apply` takes it).
pub fn unified_diff(fixed: &FixedFile) -> String {
    let name = fixed.path.display().to_string();
    let (old, new) = if fixed.path.is_absolute() {
        (name.clone(), name)
    } else {
        (format!("a/{name}"), format!("b/{name}"))
    };
    TextDiff::from_lines(&fixed.before, &fixed.after)
        .unified_diff()
        .context_radius(3)
        .header(&old, &new)
        .to_string()
}
