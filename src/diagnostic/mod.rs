//! The one `Diagnostic` type: every stage produces it, every output consumes it.
//! Findings are created only by the [`Reporter`] (the sink), which decides
//! their severity.

mod sink;

use std::cmp::Ordering;
use std::fmt;
use std::path::PathBuf;

use crate::i18n::{Args, Lang};
use crate::rules::Code;

pub use sink::{Finding, Reporter};

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    /// The stable English name used by machine-readable outputs.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A byte range in a source file.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start,
            end: end.max(start),
        }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// A 1-based line and a 1-based column counted in characters.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

/// A place in a file: its byte span and where it starts and ends as lines and columns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    pub span: Span,
    pub start: Position,
    pub end: Position,
}

/// A secondary place that helps understand a finding, in the same file or another one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Related {
    pub path: PathBuf,
    pub location: Location,
    pub message: String,
}

/// One finding: what is wrong, where, and what to write instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    pub message: String,
    pub hint: Option<String>,
    pub path: PathBuf,
    /// `None` when the finding is about the whole file or the whole plan.
    pub location: Option<Location>,
    pub related: Vec<Related>,
}

impl Diagnostic {
    /// A finding whose message and hint are the message `message_id` (and its
    /// `hint` attribute) in `lang`. Only the [`Reporter`] calls it.
    fn localized(
        code: Code,
        severity: Severity,
        path: PathBuf,
        location: Option<Location>,
        (lang, message_id, args): (Lang, &str, &Args),
    ) -> Self {
        Diagnostic {
            code,
            severity,
            message: lang.message(message_id, args),
            hint: lang.attribute(message_id, "hint", args),
            path,
            location,
            related: Vec::new(),
        }
    }

    /// The order of every output: by path, then position, then code.
    pub fn sort_key(&self) -> (&PathBuf, Option<Location>, Code) {
        (&self.path, self.location, self.code)
    }

    /// `path:line:col`, or the path alone for a finding about a whole file or folder.
    pub fn place(&self) -> String {
        match self.location {
            Some(loc) => format!(
                "{}:{}:{}",
                self.path.display(),
                loc.start.line,
                loc.start.column
            ),
            None => self.path.display().to_string(),
        }
    }

    pub fn line(&self) -> usize {
        self.location.map_or(1, |l| l.start.line)
    }

    pub fn column(&self) -> usize {
        self.location.map_or(1, |l| l.start.column)
    }
}

pub fn compare(a: &Diagnostic, b: &Diagnostic) -> Ordering {
    a.sort_key().cmp(&b.sort_key())
}
