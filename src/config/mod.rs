//! What a run needs to know beyond the files: the plan, the staff categories, the
//! word lists, the severities. Built-in defaults, overridden by `canevas.toml`
//! ([`canevas_toml`]).

pub mod canevas_toml;
pub mod wording;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use globset::GlobSet;
use jiff::civil::Date;

use crate::diagnostic::{Severity, Span};
use crate::i18n::Lang;
use crate::rules::Code;
use crate::vocabulary::fold;

pub use wording::Wording;

/// A staff category of the taxonomy.
#[derive(Clone, Debug)]
pub struct Category {
    pub id: String,
    pub label: String,
    /// The id as [`fold`] writes it, to compare what proposals write.
    pub folded: String,
}

impl Category {
    pub fn new(id: &str, label: &str) -> Self {
        Category {
            id: id.to_owned(),
            label: label.to_owned(),
            folded: fold(id),
        }
    }
}

/// Plan-level expectations, checked by `PLAN002`/`PLAN003` when the set is a whole plan.
#[derive(Clone, Debug)]
pub struct PlanSettings {
    pub name: Option<String>,
    /// The plan's period: calendars outside it are `FEA003`.
    pub start: Option<Date>,
    pub end: Option<Date>,
    pub min_per_axis: usize,
    pub max_per_axis: usize,
    pub target_total: Option<usize>,
}

/// What the plan asks of a working group (`[groups]` of `canevas.toml`):
/// `GRP002`-`GRP005`, and whether names may be shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupSettings {
    /// The number of members around the pair, both included (« 7 à 8 »).
    pub members: (usize, usize),
    /// The smallest share of women, and of men, in percent (40).
    pub parity_percent: usize,
    /// The departments of the academy: a person's department is one of them.
    pub departments: Vec<String>,
    /// The fewest departments a group comes from (3).
    pub min_departments: usize,
    /// The fewest staff categories in a group (4).
    pub min_categories: usize,
    /// The largest share of one category, in percent (50: « more than half » is too much).
    pub max_category_percent: usize,
    /// Whether `summary` and `export` may print the persons' names.
    pub show_names: bool,
}

impl Default for GroupSettings {
    fn default() -> Self {
        GroupSettings {
            members: (7, 8),
            parity_percent: 40,
            departments: ["25", "39", "70", "90"].map(String::from).to_vec(),
            min_departments: 3,
            min_categories: 4,
            max_category_percent: 50,
            show_names: false,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Settings {
    pub lang: Lang,
    pub categories: Vec<Category>,
    /// The longest calendar allowed, in months (`FEA003`).
    pub horizon_months: u32,
    /// The wording lists of `CON003`, `PIL003` and `COV004`.
    pub wording: Wording,
    /// The plan, from `[plan]` of `canevas.toml` or `--plan`.
    pub plan: Option<PlanSettings>,
    /// What a working group must be (`[groups]`).
    pub groups: GroupSettings,
    /// Whether the set checked is the whole plan, so that the plan-level counts
    /// (`PLAN002`, `PLAN003`) mean something: never for a single file.
    pub whole_plan: bool,
    /// Severity overrides by code; `None` turns a rule off.
    pub severities: HashMap<Code, Option<Severity>>,
    /// `[files]` globs of `canevas.toml`, matched against paths relative to `config_root`.
    pub include: Option<GlobSet>,
    pub exclude: Option<GlobSet>,
    pub config_root: Option<PathBuf>,
    /// The configuration file that declares `[plan]`, and the bytes of that
    /// header: plan-wide findings point there.
    pub plan_origin: Option<(PathBuf, Span)>,
}

const DEFAULT_CATEGORIES: &[(&str, &str)] = &[
    ("enseignants-1d", "Enseignants du premier degré"),
    ("enseignants-2d", "Enseignants du second degré"),
    ("direction", "Personnels de direction"),
    ("inspection", "Personnels d'inspection"),
    ("education", "Conseillers principaux d'éducation"),
    ("psy-en", "Psychologues de l'Éducation nationale"),
    ("aed", "Assistants d'éducation"),
    ("aesh", "Accompagnants des élèves en situation de handicap"),
    ("administratifs", "Personnels administratifs"),
    ("techniques", "Personnels techniques (ITRF)"),
    ("sociaux-sante", "Personnels sociaux et de santé"),
];

impl Settings {
    pub fn new(lang: Lang) -> Self {
        Settings {
            lang,
            categories: DEFAULT_CATEGORIES
                .iter()
                .map(|(id, label)| Category::new(id, label))
                .collect(),
            horizon_months: 36,
            wording: Wording::default(),
            plan: None,
            groups: GroupSettings::default(),
            whole_plan: false,
            severities: HashMap::new(),
            include: None,
            exclude: None,
            config_root: None,
            plan_origin: None,
        }
    }

    /// The plan settings when the set is a whole plan (`PLAN002`, `PLAN003`).
    pub fn whole_plan(&self) -> Option<&PlanSettings> {
        self.plan.as_ref().filter(|_| self.whole_plan)
    }

    /// Whether a file found by walking a folder is to be checked, by the
    /// `[files]` globs (a file named on the command line always is).
    pub fn wants(&self, path: &Path) -> bool {
        let relative = self
            .config_root
            .as_deref()
            .and_then(|root| relative_to(path, root))
            .unwrap_or_else(|| path.to_path_buf());
        let relative = relative.strip_prefix(".").unwrap_or(&relative);
        self.include.as_ref().is_none_or(|g| g.is_match(relative))
            && self.exclude.as_ref().is_none_or(|g| !g.is_match(relative))
    }
}

impl Default for PlanSettings {
    fn default() -> Self {
        PlanSettings {
            name: None,
            start: None,
            end: None,
            min_per_axis: 5,
            max_per_axis: 7,
            target_total: None,
        }
    }
}

fn relative_to(path: &Path, root: &Path) -> Option<PathBuf> {
    let path = std::fs::canonicalize(path).ok()?;
    let root = std::fs::canonicalize(root).ok()?;
    path.strip_prefix(root).ok().map(Path::to_path_buf)
}
