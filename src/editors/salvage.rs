//! What can still be read of a proposal file that never reached the typed
//! model (a syntax error, a wrong type such as `montant: "2 000 €"`), so that
//! the editors' tables count it in its axis and name it by its title.
//!
//! The YAML tree is read when the file parses; otherwise its top-level
//! `key: value` lines are. The axis comes from a readable `axe`, else from the
//! id's prefix (`A2-…`, or the file name's), else from a folder named after
//! the axis (`axe-2`).

use std::path::Path;

use crate::pipeline::model::Status;
use crate::pipeline::source::SourceFile;
use crate::pipeline::yaml::{self, Value};
use crate::rules::id_axis;
use crate::vocabulary::{self, fold};

/// What could be read of a broken file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Salvaged {
    pub id: Option<String>,
    pub title: Option<String>,
    pub axis: Option<u8>,
    pub status: Option<Status>,
}

impl Salvaged {
    /// Nothing could be read from the file's text (its axis may still come
    /// from its name or folder).
    pub fn nothing_read(&self) -> bool {
        self.id.is_none() && self.title.is_none() && self.status.is_none()
    }
}

/// Reads what it can of `path`, whose text is `source` when it could be read.
pub fn salvage(path: &Path, source: Option<&SourceFile>) -> Salvaged {
    let mut found = Salvaged::default();
    let mut axis_written = None;
    for (key, value) in source.map(top_level).unwrap_or_default() {
        let Some(field) = vocabulary::find_field(vocabulary::PROPOSAL, &fold(&key)) else {
            continue;
        };
        let value = value.trim().to_owned();
        if value.is_empty() {
            continue;
        }
        match field.en {
            "id" => found.id = Some(value),
            "title" => found.title = Some(value),
            "axis" => axis_written = value.parse::<u8>().ok(),
            "status" => found.status = status(&value),
            _ => {}
        }
    }
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned());
    found.axis = axis_written
        .or_else(|| found.id.as_deref().and_then(id_axis))
        .or_else(|| stem.as_deref().and_then(id_axis))
        .or_else(|| folder_axis(path))
        .filter(|a| crate::editors::plan_view::AXES.contains(a));
    found
}

/// The root's scalar entries: from the YAML tree when the file parses, else
/// from its unindented `key: value` lines.
fn top_level(source: &SourceFile) -> Vec<(String, String)> {
    let Ok(root) = yaml::parse(source) else {
        return source.text.lines().filter_map(plain_entry).collect();
    };
    let Some(entries) = root.as_map() else {
        return Vec::new();
    };
    entries
        .iter()
        .filter_map(|e| {
            let value = match &e.value.value {
                Value::Str(s) => s.clone(),
                Value::Int(i) => i.to_string(),
                _ => return None,
            };
            Some((e.key.as_str()?.to_owned(), value))
        })
        .collect()
}

/// `titre: Un titre` or `titre: "Un titre"  # comment`; block scalars,
/// collections and anchors are left out.
fn plain_entry(line: &str) -> Option<(String, String)> {
    if line.starts_with([' ', '\t', '#', '-']) {
        return None;
    }
    let (key, value) = line.split_once(": ").or_else(|| {
        let key = line.trim_end().strip_suffix(':')?;
        Some((key, ""))
    })?;
    let value = value.split(" #").next().unwrap_or("").trim();
    if value.starts_with(['|', '>', '[', '{', '&', '*', '!']) {
        return None;
    }
    let unquoted = ['"', '\'']
        .iter()
        .find_map(|q| value.strip_prefix(*q)?.strip_suffix(*q))
        .unwrap_or(value);
    Some((key.trim().to_owned(), unquoted.to_owned()))
}

/// `retenue`, `Adopted`… as written by a person, to its value.
fn status(written: &str) -> Option<Status> {
    let variant = vocabulary::find_variant(vocabulary::STATUSES, &fold(written))?;
    Status::from_en(variant.en)
}

/// A folder named after an axis: `axe-2`, `axe2`, `axis_2`, `Axe 2`.
fn folder_axis(path: &Path) -> Option<u8> {
    let parent = path.parent()?;
    parent.components().rev().find_map(|c| {
        let name = fold(&c.as_os_str().to_string_lossy());
        let rest = name
            .strip_prefix("axe")
            .or_else(|| name.strip_prefix("axis"))?;
        rest.trim_start_matches(['-', '_', ' ']).parse().ok()
    })
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    fn source(text: &str) -> SourceFile {
        SourceFile::new(PathBuf::from("x/A9.yaml"), text.to_owned())
    }

    #[test]
    fn a_syntax_error_still_gives_its_title_id_and_axis() {
        let text = "id: A2-07\ntitre: \"Écoute des personnels\"\nproblematique: a: b\n";
        let found = salvage(Path::new("x/A9.yaml"), Some(&source(text)));
        assert_eq!(found.id.as_deref(), Some("A2-07"));
        assert_eq!(found.title.as_deref(), Some("Écoute des personnels"));
        assert_eq!(found.axis, Some(2), "from the id's prefix");
    }

    #[test]
    fn the_axis_comes_from_axe_then_the_id_then_the_folder() {
        let text = "id: A2-07\naxe: 3\nmoyens: [";
        assert_eq!(
            salvage(Path::new("a.yaml"), Some(&source(text))).axis,
            Some(3)
        );
        let found = salvage(Path::new("plan/axe-4/sans-titre.yaml"), None);
        assert_eq!(found.axis, Some(4));
        assert!(found.nothing_read());
    }
}
