//! Where a report goes: the standard output, or a file replaced atomically
//! (written beside it, then renamed) so that a reader never sees half a report
//! and an interrupted run leaves the previous report intact.
//!
//! What is never replaced: a character device or a FIFO (`-o /dev/null`, a
//! named pipe) is written through, as `>` does, since renaming a file over it
//! would destroy it (as root, `/dev/null` itself). A disk device is refused,
//! and so is a link that leads to anything else: replacing the link would
//! break it, and writing through it would overwrite a file the link names,
//! which in a repository someone else may have chosen (`report.sarif ->
//! ~/.bashrc`).

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

/// Why a path cannot take a report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// A disk: a report would overwrite it.
    BlockDevice,
    /// A link that does not lead to a character device or a FIFO.
    Link,
}

impl Refusal {
    /// The message that says so, with `path`.
    pub fn message_id(self) -> &'static str {
        match self {
            Refusal::BlockDevice => "error-output-device",
            Refusal::Link => "error-output-link",
        }
    }
}

/// Whether `path` cannot take a report, and why.
pub fn refusal(path: &Path) -> Option<Refusal> {
    let through = fs::metadata(path).ok();
    if through.as_ref().is_some_and(is_block_device) {
        return Some(Refusal::BlockDevice);
    }
    let is_link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    (is_link && !through.as_ref().is_some_and(is_stream)).then_some(Refusal::Link)
}

/// A character device or a FIFO: written through, never replaced.
fn is_stream(meta: &fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = meta.file_type();
        kind.is_char_device() || kind.is_fifo()
    }
    #[cfg(not(unix))]
    {
        !meta.is_file() && !meta.is_dir()
    }
}

fn is_block_device(meta: &fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        meta.file_type().is_block_device()
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        false
    }
}

/// Writes the report to `path`: through a temporary file in the same folder,
/// renamed at the end, for a regular file or a new one; straight into a
/// character device or a FIFO; never to what [`refusal`] refuses.
pub fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    if let Some(refused) = refusal(path) {
        let what = match refused {
            Refusal::BlockDevice => "a block device",
            Refusal::Link => "a link to a file",
        };
        let detail = format!("{} is {what}", path.display());
        return Err(io::Error::new(io::ErrorKind::InvalidInput, detail));
    }
    match fs::metadata(path) {
        Ok(meta) if is_stream(&meta) => write_through(path, write),
        _ => replace(path, write),
    }
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
