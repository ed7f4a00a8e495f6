//! Rules over the plan as a whole, run once every file has been checked.

pub(crate) mod plan001_duplicate_id;
pub(crate) mod plan002_axis_size;
pub(crate) mod plan003_theme_not_served;
pub(crate) mod plan004_id_prefix_mismatch;

use std::path::{Path, PathBuf};

use crate::config::Settings;
use crate::diagnostic::{Diagnostic, Finding, Location, Related, Reporter};
use crate::i18n::Args;
use crate::pipeline::model::Theme;
use crate::pipeline::model::group::SupportGroup;
use crate::rules::Code;

/// What the plan rules need of one file: kept instead of the file's text.
#[derive(Clone, Debug)]
pub struct PlanEntry {
    pub path: PathBuf,
    /// A proposal's id, whenever it could be read, even from a file with errors.
    pub id: Option<(String, Location)>,
    /// The rest only for files that reached the typed model.
    /// A proposal's axis (a group's is in `group`).
    pub axis: Option<u8>,
    pub themes: Vec<Theme>,
    /// A proposal's `group`, when given (`GRP007`).
    pub group_named: Option<(String, Location)>,
    /// What each `support` resource of a proposal names (`FEA005`).
    pub support_wanted: Vec<(String, Location)>,
    /// A working group file (`GRP006`, `GRP007`). Boxed, as `support`: a run
    /// holds an entry per file, and nearly all are proposals.
    pub group: Option<Box<GroupEntry>>,
    /// The support group file (`FEA005`).
    pub support: Option<Box<SupportGroup>>,
    /// Whether the file was named (on the command line or in a folder named):
    /// only those get findings; the others are read as the rest of the plan.
    pub named: bool,
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
    /// Where plan-wide findings are attached.
    pub anchor: &'a PlanAnchor,
    pub diagnostics: Vec<Diagnostic>,
    reporter: Reporter<'a>,
}

impl<'a> PlanContext<'a> {
    pub fn new(settings: &'a Settings, anchor: &'a PlanAnchor) -> Self {
        PlanContext {
            settings,
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
