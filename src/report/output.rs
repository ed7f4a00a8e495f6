//! Where a report goes: the standard output, or a file replaced atomically
//! (written beside it, then renamed) so that a reader never sees half a report
//! and an interrupted run leaves the previous report intact.
//!
//! What is never replaced: a link stays a link (the file it points to gets
//! the report); a character device or a FIFO (`-o /dev/null`, `-o
//! /dev/stderr`, a named pipe) is written through, as `>` does, since
//! renaming a file over it would destroy it (as root, `/dev/null` itself);
//! a block device (a disk) is refused.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Whether `output` is one of the files to check: a report must never overwrite a proposal.
pub fn is_an_input(output: &Path, inputs: &[PathBuf]) -> bool {
    let Ok(output) = fs::canonicalize(output) else {
        return false; // it does not exist yet, so it is no input
    };
    inputs
        .iter()
        .any(|input| fs::canonicalize(input).is_ok_and(|i| i == output))
}

/// Whether `path` (after its links) is a block device, which no report may go to.
pub fn is_refused(path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        fs::metadata(path).is_ok_and(|m| m.file_type().is_block_device())
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        false
    }
}

/// Writes the report to `path`: through a temporary file in the same folder,
/// renamed at the end, for a regular file or a new one; straight into a
/// character device or a FIFO. `path` may be a link: its target is written.
pub fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let path = &follow_links(path)?;
    if is_refused(path) {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{} is a block device", path.display()),
        ));
    }
    match fs::metadata(path) {
        Ok(meta) if !meta.is_file() && !meta.is_dir() => write_through(path, write),
        _ => replace(path, write),
    }
}

/// The file a chain of links leads to, even when it does not exist yet.
fn follow_links(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    // The kernel's own limit on a chain of links (ELOOP past it).
    for _ in 0..40 {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = fs::read_link(&current)?;
                current = match current.parent() {
                    Some(parent) if target.is_relative() => parent.join(target),
                    _ => target,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(io::Error::other(format!(
        "{}: too many levels of links",
        path.display()
    )))
}

/// A device or a FIFO: opened as it is, never created, truncated or renamed over.
fn write_through(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let file = fs::OpenOptions::new().write(true).open(path)?;
    let mut buffered = io::BufWriter::new(file);
    write(&mut buffered)?;
    buffered.flush()
}

fn replace(path: &Path, write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> io::Result<()> {
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".canevas-report");
    // A temporary file is private (0600); a report is an ordinary file, which
    // the umask narrows as it does for any file the user creates.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut temp = builder.tempfile_in(folder)?;
    {
        let mut buffered = io::BufWriter::new(temp.as_file_mut());
        write(&mut buffered)?;
        buffered.flush()?;
    }
    temp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_the_previous_report_and_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.json");
        fs::write(&path, "old").unwrap();
        write_atomically(&path, |out| out.write_all(b"new")).unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_failed_write_keeps_the_previous_report() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.json");
        fs::write(&path, "old").unwrap();
        let failed = write_atomically(&path, |_| Err(io::Error::other("boom")));
        assert!(failed.is_err());
        assert_eq!(fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn a_report_is_readable_by_others_as_any_new_file() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("report.sarif");
        write_atomically(&path, |out| out.write_all(b"{}")).unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_ne!(
            mode & 0o044,
            0,
            "mode {mode:o}: the umask of a test run keeps read for others"
        );
    }

    #[test]
    fn an_input_is_recognised_whatever_its_spelling() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("a.yaml");
        fs::write(&input, "id: x").unwrap();
        let other_spelling = dir.path().join(".").join("a.yaml");
        assert!(is_an_input(&other_spelling, std::slice::from_ref(&input)));
        assert!(!is_an_input(&dir.path().join("b.json"), &[input]));
    }
}
