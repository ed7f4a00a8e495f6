//! Rules over the plan as a whole, run once every file has been checked.

pub(crate) mod plan001_duplicate_id;
pub(crate) mod plan002_axis_size;
pub(crate) mod plan003_theme_not_served;
pub(crate) mod plan004_id_prefix_mismatch;

use std::path::{Path, PathBuf};

use crate::config::Settings;
use crate::diagnostic::{Diagnostic, Finding, Location, Position, Related, Reporter, Span};
use crate::i18n::Args;
use crate::pipeline::discover::shown;
use crate::pipeline::model::Theme;
use crate::pipeline::model::group::SupportGroup;
use crate::rules::Code;

/// What the plan rules need of one file: kept instead of the file's text,
/// for every file of a run at once, so it is kept small (a run of 100,000
/// files holds 100,000 of them): the path stays in the run's list
/// ([`PlanFiles`]), places are [`Place`]s, and what few files have (a support
/// resource, a group file, the support group) is boxed in [`Rare`].
#[derive(Clone, Debug, Default)]
pub struct PlanEntry {
    /// Where the file's path is in the run's list ([`PlanFiles::path`]).
    pub file: u32,
    /// Whether the file was named (on the command line or in a folder named):
    /// only those get findings; the others are read as the rest of the plan.
    pub named: bool,
    /// A proposal's id, whenever it could be read, even from a file with errors.
    pub id: Option<Named>,
    /// The rest only for files that reached the typed model.
    /// A proposal's axis (a group's is in `rare.group`).
    pub axis: Option<u8>,
    pub themes: Themes,
    /// A proposal's `group`, when given (`GRP007`).
    pub group_named: Option<Named>,
    /// What few files have (read through the methods below).
    pub rare: Option<Box<Rare>>,
}

/// What few files of a plan have.
#[derive(Clone, Debug, Default)]
pub struct Rare {
    /// What each `support` resource of a proposal names (`FEA005`).
    pub support_wanted: Vec<Named>,
    /// A working group file (`GRP006`, `GRP007`).
    pub group: Option<GroupEntry>,
    /// The support group file (`FEA005`).
    pub support: Option<SupportGroup>,
}

impl PlanEntry {
    pub fn support_wanted(&self) -> &[Named] {
        self.rare.as_ref().map_or(&[], |r| &r.support_wanted)
    }

    pub fn group(&self) -> Option<&GroupEntry> {
        self.rare.as_ref()?.group.as_ref()
    }

    pub fn support(&self) -> Option<&SupportGroup> {
        self.rare.as_ref()?.support.as_ref()
    }

    /// The rare parts, made when first written.
    pub fn rare_mut(&mut self) -> &mut Rare {
        self.rare.get_or_insert_with(Box::default)
    }
}

/// A text of a file and where it is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    pub text: Box<str>,
    pub place: Place,
}

impl Named {
    pub fn new(text: impl Into<Box<str>>, location: Location) -> Self {
        Named {
            text: text.into(),
            place: Place::from(location),
        }
    }

    pub fn location(&self) -> Location {
        self.place.into()
    }
}

/// A [`Location`] in half its size: a file is at most [`MAX_FILE_BYTES`]
/// long, so its offsets, lines and columns fit in 32 bits.
///
/// [`MAX_FILE_BYTES`]: crate::pipeline::source::MAX_FILE_BYTES
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Place([u32; 6]);

impl From<Location> for Place {
    fn from(l: Location) -> Self {
        let narrow = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Place(
            [
                l.span.start,
                l.span.end,
                l.start.line,
                l.start.column,
                l.end.line,
                l.end.column,
            ]
            .map(narrow),
        )
    }
}

impl From<Place> for Location {
    fn from(Place(n): Place) -> Self {
        let [from, to, line, column, end_line, end_column] = n.map(|n| n as usize);
        Location {
            span: Span::new(from, to),
            start: Position { line, column },
            end: Position {
                line: end_line,
                column: end_column,
            },
        }
    }
}

/// A set of themes, one bit each.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Themes(u32);

impl Themes {
    pub fn insert(&mut self, theme: Theme) {
        self.0 |= 1 << theme as u32;
    }

    pub fn contains(self, theme: Theme) -> bool {
        self.0 & (1 << theme as u32) != 0
    }
}

impl FromIterator<Theme> for Themes {
    fn from_iter<I: IntoIterator<Item = Theme>>(themes: I) -> Self {
        let mut set = Themes::default();
        themes.into_iter().for_each(|t| set.insert(t));
        set
    }
}

/// The paths of the files the plan rules look at, in two lists (the files
/// named, then the rest of the plan): an entry refers to its path by its
/// place in both, so that a run holds each path once.
#[derive(Clone, Copy, Debug)]
pub struct PlanFiles<'a> {
    pub named: &'a [PathBuf],
    pub others: &'a [PathBuf],
}

impl<'a> PlanFiles<'a> {
    /// The path of the file at `file`, as its findings name it (`<stdin>` for `-`).
    pub fn path(&self, file: u32) -> &'a Path {
        let file = file as usize;
        shown(match self.named.get(file) {
            Some(path) => path,
            None => &self.others[file - self.named.len()],
        })
    }

    pub fn len(&self) -> usize {
        self.named.len() + self.others.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// What the plan rules need of a working group file.
#[derive(Clone, Debug)]
pub struct GroupEntry {
    pub axis: u8,
    pub name: Option<String>,
    /// Where its axis is written.
    pub location: Location,
}

/// Where plan-wide findings point: the `[plan]` line of `canevas.toml`, or,
/// with `--plan` and no configuration, the folder checked (no line).
#[derive(Clone, Debug)]
pub struct PlanAnchor {
    pub path: PathBuf,
    pub location: Option<Location>,
}

pub struct PlanContext<'a> {
    pub settings: &'a Settings,
    /// The paths of the entries.
    pub files: PlanFiles<'a>,
    /// Where plan-wide findings are attached.
    pub anchor: &'a PlanAnchor,
    pub diagnostics: Vec<Diagnostic>,
    reporter: Reporter<'a>,
}

impl<'a> PlanContext<'a> {
    pub fn new(settings: &'a Settings, files: PlanFiles<'a>, anchor: &'a PlanAnchor) -> Self {
        PlanContext {
            settings,
            files,
            anchor,
            diagnostics: Vec::new(),
            reporter: Reporter::new(settings),
        }
    }

    /// Reports `code` with the message `message_id`, at `location` of `path`
    /// (see [`PlanContext::report_plan`] for a finding about the whole plan).
    pub fn report(
        &mut self,
        code: Code,
        message_id: &str,
        path: &Path,
        location: Option<Location>,
        args: Args,
    ) -> Option<&mut Diagnostic> {
        let finding = Finding {
            code,
            message_id,
            path,
            location,
            args,
        };
        let diagnostic = self.reporter.diagnostic(finding)?;
        self.diagnostics.push(diagnostic);
        self.diagnostics.last_mut()
    }

    /// The path of an entry's file.
    pub fn path(&self, entry: &PlanEntry) -> &'a Path {
        self.files.path(entry.file)
    }

    /// A plan-wide finding, at the plan's anchor.
    pub fn report_plan(&mut self, code: Code, message_id: &str, args: Args) {
        let anchor = self.anchor;
        self.report(code, message_id, &anchor.path, anchor.location, args);
    }

    /// A secondary place, in any file of the plan, with the message `message_id`.
    pub fn related(
        &self,
        path: &Path,
        location: Location,
        message_id: &str,
        args: &Args,
    ) -> Related {
        self.reporter.related(path, location, message_id, args)
    }
}
