//! `canevas.toml`: the plan, the staff categories, rule severities, file
//! globs and the wording lists of a proposals repository. Found in the current
//! folder or its parents, or given with `--config`. A configuration that cannot
//! be used stops the run (exit 2) with the line at fault.

use std::collections::BTreeMap;
use std::fs;
use std::ops::Range;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobSet, GlobSetBuilder};
use serde::Deserialize;
use toml::Spanned;

use crate::config::{Category, PlanSettings, Settings, Wording};
use crate::diagnostic::{Severity, Span};
use crate::i18n::Lang;
use crate::rules::Code;
use crate::text::dates::{WrittenDate, parse_date};

pub const FILE_NAME: &str = "canevas.toml";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    plan: Option<PlanTable>,
    categories: Option<BTreeMap<Spanned<String>, String>>,
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    files: FilesTable,
    #[serde(default)]
    wording: WordingTable,
    groups: Option<GroupsTable>,
}

/// `[groups]`: the composition a working group must have.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct GroupsTable {
    members: Option<Spanned<[usize; 2]>>,
    parity_percent: Option<Spanned<usize>>,
    /// Numbers or texts: `[25, 39]` and `["25", "39"]` are the same list.
    departments: Option<Vec<Department>>,
    min_departments: Option<usize>,
    min_categories: Option<usize>,
    max_category_percent: Option<Spanned<usize>>,
    show_names: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct PlanTable {
    name: Option<String>,
    start: Option<Spanned<String>>,
    end: Option<Spanned<String>>,
    horizon_months: Option<u32>,
    proposals_per_axis: Option<Spanned<[usize; 2]>>,
    target_total: Option<usize>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct FilesTable {
    #[serde(default)]
    include: Vec<Spanned<String>>,
    #[serde(default)]
    exclude: Vec<Spanned<String>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct WordingTable {
    vague_verbs: Option<Vec<String>>,
    action_verbs: Option<Vec<String>>,
    change_verbs: Option<Vec<String>>,
    national_objects: Option<Vec<String>>,
    relay_verbs: Option<Vec<String>>,
    existing_markers: Option<Vec<String>>,
}

/// A department as `canevas.toml` may write it.
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum Department {
    Number(u32),
    Text(String),
}

impl Department {
    fn id(&self) -> String {
        match self {
            Department::Number(n) => n.to_string(),
            Department::Text(t) => t.trim().to_owned(),
        }
    }
}

/// A configuration that cannot be used: where, and why.
#[derive(Debug)]
pub struct ConfigError {
    pub path: PathBuf,
    pub text: String,
    pub span: Option<Range<usize>>,
    pub message_id: &'static str,
    pub args: Vec<(&'static str, String)>,
}

/// The configuration file for this run: `--config`, else the nearest `canevas.toml`.
pub fn locate(explicit: Option<&Path>) -> Option<PathBuf> {
    if let Some(path) = explicit {
        return Some(path.to_path_buf());
    }
    let start = std::env::current_dir().ok()?;
    start
        .ancestors()
        .map(|dir| dir.join(FILE_NAME))
        .find(|candidate| candidate.is_file())
}

/// The settings of a run: the defaults in `lang`, with the configuration file
/// (`--config`, else the nearest `canevas.toml`) applied when there is one.
/// Every command that reads the configuration reads it here, so that a broken
/// file stops each of them alike.
pub fn load(explicit: Option<&Path>, lang: Lang) -> Result<Settings, ConfigError> {
    let mut settings = Settings::new(lang);
    if let Some(path) = locate(explicit) {
        apply(&path, &mut settings)?;
    }
    Ok(settings)
}

/// Reads `path` and applies it to `settings`.
pub fn apply(path: &Path, settings: &mut Settings) -> Result<(), ConfigError> {
    let text = fs::read_to_string(path).map_err(|e| ConfigError {
        path: path.to_path_buf(),
        text: String::new(),
        span: None,
        message_id: "config-unreadable",
        args: vec![("detail", e.to_string())],
    })?;
    let fail =
        |span: Option<Range<usize>>, message_id, args: Vec<(&'static str, String)>| ConfigError {
            path: path.to_path_buf(),
            text: text.clone(),
            span,
            message_id,
            args,
        };
    let file: ConfigFile = toml::from_str(&text).map_err(|e| {
        fail(
            e.span(),
            "config-syntax",
            vec![("detail", e.message().to_owned())],
        )
    })?;
    if let Some(plan) = &file.plan {
        apply_plan(plan, settings).map_err(|(span, id, args)| fail(Some(span), id, args))?;
        settings.plan_origin = Some((path.to_path_buf(), plan_header(&text)));
    }
    if let Some(groups) = &file.groups {
        apply_groups(groups, settings).map_err(|(span, id, args)| fail(Some(span), id, args))?;
    }
    if let Some(categories) = &file.categories {
        settings.categories = categories
            .iter()
            .map(|(id, label)| Category::new(id.get_ref(), label))
            .collect();
    }
    for (code, severity) in &file.rules {
        let Some(parsed) = Code::parse(code.get_ref()) else {
            return Err(fail(
                Some(code.span()),
                "config-unknown-code",
                vec![("code", code.get_ref().clone())],
            ));
        };
        let level = match severity.get_ref().to_ascii_lowercase().as_str() {
            "off" => None,
            "info" => Some(Severity::Info),
            "warning" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => {
                let args = vec![("value", severity.get_ref().clone())];
                return Err(fail(Some(severity.span()), "config-bad-severity", args));
            }
        };
        settings.severities.insert(parsed, level);
    }
    let root = path.parent().unwrap_or(Path::new(".")).to_path_buf();
    settings.include =
        globs(&file.files.include).map_err(|(span, id, args)| fail(Some(span), id, args))?;
    settings.exclude =
        globs(&file.files.exclude).map_err(|(span, id, args)| fail(Some(span), id, args))?;
    settings.config_root = Some(root);
    apply_wording(file.wording, &mut settings.wording);
    Ok(())
}

/// The bytes of the `[plan]` header (or of the `plan` key of an inline or
/// dotted table); the start of the file when neither is found.
fn plan_header(text: &str) -> Span {
    let mut start = 0;
    for line in text.split_inclusive(['\n', '\r']) {
        let content = line.trim_end_matches(['\n', '\r']);
        let indent = content.len() - content.trim_start().len();
        let trimmed = content.trim_start();
        let header = trimmed
            .strip_prefix('[')
            .filter(|rest| !rest.starts_with('['))
            .and_then(|rest| rest.split_once(']'))
            .is_some_and(|(name, _)| matches!(name.trim(), "plan" | "\"plan\"" | "'plan'"));
        let key = trimmed
            .strip_prefix("plan")
            .is_some_and(|rest| rest.trim_start().starts_with(['=', '.']));
        if header || key {
            let end = trimmed.find(']').map_or("plan".len(), |i| i + 1);
            return Span::new(start + indent, start + indent + end.min(trimmed.len()));
        }
        start += line.len();
    }
    Span::new(0, 0)
}

/// Each list given replaces the default one.
fn apply_wording(table: WordingTable, wording: &mut Wording) {
    let lists = [
        (table.vague_verbs, &mut wording.vague_verbs),
        (table.action_verbs, &mut wording.action_verbs),
        (table.change_verbs, &mut wording.change_verbs),
        (table.national_objects, &mut wording.national_objects),
        (table.relay_verbs, &mut wording.relay_verbs),
        (table.existing_markers, &mut wording.existing_markers),
    ];
    for (given, list) in lists {
        if let Some(given) = given {
            *list = given;
        }
    }
}

type Failure = (Range<usize>, &'static str, Vec<(&'static str, String)>);

fn apply_plan(plan: &PlanTable, settings: &mut Settings) -> Result<(), Failure> {
    let mut plan_settings = PlanSettings {
        name: plan.name.clone(),
        target_total: plan.target_total,
        ..PlanSettings::default()
    };
    if let Some(range) = &plan.proposals_per_axis {
        let [min, max] = *range.get_ref();
        if min > max {
            return Err((range.span(), "config-bad-range", vec![]));
        }
        (plan_settings.min_per_axis, plan_settings.max_per_axis) = (min, max);
    }
    let date = |value: &Option<Spanned<String>>| -> Result<Option<WrittenDate>, Failure> {
        match value {
            None => Ok(None),
            Some(v) => match parse_date(v.get_ref()) {
                Some(date) => Ok(Some(date)),
                None => Err((
                    v.span(),
                    "config-bad-date",
                    vec![("value", v.get_ref().clone())],
                )),
            },
        }
    };
    plan_settings.start = date(&plan.start)?.map(WrittenDate::first_day);
    plan_settings.end = date(&plan.end)?.map(WrittenDate::last_day);
    if let Some(months) = plan.horizon_months {
        settings.horizon_months = months;
    }
    settings.plan = Some(plan_settings);
    Ok(())
}

fn apply_groups(table: &GroupsTable, settings: &mut Settings) -> Result<(), Failure> {
    let groups = &mut settings.groups;
    if let Some(range) = &table.members {
        let [min, max] = *range.get_ref();
        if min > max {
            return Err((range.span(), "config-bad-members-range", vec![]));
        }
        groups.members = (min, max);
    }
    for (value, target) in [
        (&table.parity_percent, &mut groups.parity_percent),
        (
            &table.max_category_percent,
            &mut groups.max_category_percent,
        ),
    ] {
        if let Some(percent) = value {
            if *percent.get_ref() > 100 {
                let args = vec![("value", percent.get_ref().to_string())];
                return Err((percent.span(), "config-bad-percent", args));
            }
            *target = *percent.get_ref();
        }
    }
    if let Some(departments) = &table.departments {
        groups.departments = departments.iter().map(Department::id).collect();
    }
    if let Some(min) = table.min_departments {
        groups.min_departments = min;
    }
    if let Some(min) = table.min_categories {
        groups.min_categories = min;
    }
    if let Some(show) = table.show_names {
        groups.show_names = show;
    }
    Ok(())
}

fn globs(patterns: &[Spanned<String>]) -> Result<Option<GlobSet>, Failure> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let mut builder = GlobSetBuilder::new();
    for pattern in patterns {
        let glob = Glob::new(pattern.get_ref()).map_err(|e| {
            let args = vec![
                ("value", pattern.get_ref().clone()),
                ("detail", e.kind().to_string()),
            ];
            (pattern.span(), "config-bad-glob", args)
        })?;
        builder.add(glob);
    }
    builder.build().map(Some).map_err(|e| {
        let args = vec![("value", String::new()), ("detail", e.to_string())];
        (0..0, "config-bad-glob", args)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_plan_header_is_found_in_every_spelling() {
        let text = "# plan\n[rules]\nCAN001 = \"off\"\n\n  [ plan ] # le plan\nname = \"x\"\n";
        let span = plan_header(text);
        assert_eq!(&text[span.start..span.end], "[ plan ]");
        let dotted = "plan.name = \"x\"\n";
        assert_eq!(plan_header(dotted), Span::new(0, 4));
        assert_eq!(plan_header("[plans]\n"), Span::new(0, 0));
    }
}
