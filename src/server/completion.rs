//! Completion: the keys allowed at the cursor, enum values, staff categories
//! with their labels, `oui`/`non`; in the language of the file (French keys
//! in a French file). The context is read from the lines above the cursor,
//! not from the YAML tree: while people type, the text is seldom valid YAML.

use lsp_types::{
    CompletionItem, CompletionItemKind, CompletionParams, CompletionResponse, Documentation,
};

use super::position;
use super::session::Session;
use crate::i18n::{Args, Lang};
use crate::pipeline::discover::document_of;
use crate::vocabulary::{self, Field, Kind, fold};

pub(crate) fn complete(session: &Session, params: &CompletionParams) -> Option<CompletionResponse> {
    let at = &params.text_document_position;
    let document = session.document(&at.text_document.uri)?;
    let text = &document.source.text;
    let offset = position::to_offset(&document.source, at.position);
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let lines: Vec<&str> = text[..line_start].lines().collect();
    let current = Line::read(&text[line_start..offset]);
    // A proposal, a working group or the support group: each has its keys.
    let root = document_of(&document.source.path).fields();
    let french = is_french(text, session.lang, root);
    let fields_at = |path: &[String]| fields_at(root, path);
    let items = match current.value {
        // `key: ` or `key: [a, ` : the values of that key.
        Some(_) => {
            let path = parents(&lines, current.column);
            let fields = fields_at(&path)?;
            let field = vocabulary::find_field(fields, &fold(current.key))?;
            values(field, session, french)
        }
        // `- ` in a list of values (categories, themes).
        None if current.item && is_value_list(root, &lines, current.column) => {
            let path = parents(&lines, current.column);
            let (list, outer) = path.split_last()?;
            values(
                vocabulary::find_field(fields_at(outer)?, &fold(list))?,
                session,
                french,
            )
        }
        None => {
            let fields = fields_at(&parents(&lines, current.column))?;
            let below: Vec<&str> = text[offset..].lines().skip(1).collect();
            let present = siblings(&lines, &below, &current);
            let missing = fields
                .iter()
                .filter(|f| !present.iter().any(|k| *k == f.en || *k == f.fr));
            keys(missing, session.lang, french)
        }
    };
    Some(CompletionResponse::Array(items))
}

/// The line up to the cursor: where its key starts, the key, and what follows `:`.
struct Line<'a> {
    column: usize,
    item: bool,
    key: &'a str,
    value: Option<&'a str>,
}

impl<'a> Line<'a> {
    fn read(line: &'a str) -> Self {
        let trimmed = line.trim_start_matches(' ');
        let (item, rest) = match trimmed.strip_prefix('-') {
            Some(rest) if rest.is_empty() || rest.starts_with(' ') => {
                (true, rest.trim_start_matches(' '))
            }
            _ => (false, trimmed),
        };
        let column = line.len() - rest.len();
        match rest.split_once(':') {
            Some((key, value)) => Line {
                column,
                item,
                key: key.trim(),
                value: Some(value),
            },
            None => Line {
                column,
                item,
                key: rest.trim(),
                value: None,
            },
        }
    }
}

/// The keys that hold the cursor's line, outermost first: each line above
/// whose key starts left of the ones below it and has no value on its line.
fn parents(lines: &[&str], column: usize) -> Vec<String> {
    let mut path = Vec::new();
    let mut limit = column;
    for line in lines.iter().rev() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') || limit == 0 {
            continue;
        }
        let read = Line::read(line);
        let opens_a_block = read
            .value
            .is_some_and(|v| v.trim().is_empty() || v.trim_start().starts_with('#'));
        if read.column < limit && opens_a_block && !read.key.is_empty() {
            path.push(read.key.to_owned());
            limit = read.column;
        } else if read.column < limit {
            // A line further left that opens nothing: the cursor is at its level.
            limit = read.column;
        }
    }
    path.reverse();
    path
}

/// Whether the cursor's `- ` item belongs to a list of plain values.
fn is_value_list(root: &'static [Field], lines: &[&str], column: usize) -> bool {
    let path = parents(lines, column);
    let Some((list, outer)) = path.split_last() else {
        return false;
    };
    fields_at(root, outer)
        .and_then(|fields| vocabulary::find_field(fields, &fold(list)))
        .is_some_and(|f| !matches!(vocabulary::unwrap_list(&f.kind), Kind::Object(_)))
}

/// The fields of the object at a path of keys (in either language).
fn fields_at(root: &'static [Field], path: &[String]) -> Option<&'static [Field]> {
    let mut fields = root;
    for key in path {
        let field = vocabulary::find_field(fields, &fold(key))?;
        fields = match vocabulary::unwrap_list(&field.kind) {
            Kind::Object(inner) => inner,
            _ => return None,
        };
    }
    Some(fields)
}

/// The keys already written in the mapping of the cursor's line (folded),
/// above it up to the start of the mapping, below it up to its end.
fn siblings(above: &[&str], below: &[&str], current: &Line<'_>) -> Vec<String> {
    let column = current.column;
    let mut keys = Vec::new();
    let mut keep = |line: &Line<'_>| {
        if line.value.is_some() && !line.key.is_empty() {
            keys.push(fold(line.key));
        }
    };
    // A `- ` on the cursor's line starts a new mapping: nothing above is in it.
    if !current.item {
        for text in above.iter().rev().filter(|l| is_content(l)) {
            let line = Line::read(text);
            if line.column != column {
                break;
            }
            keep(&line);
            if line.item {
                break;
            }
        }
    }
    for text in below.iter().filter(|l| is_content(l)) {
        let line = Line::read(text);
        if line.column < column || (line.column == column && line.item) {
            break;
        }
        if line.column == column {
            keep(&line);
        }
    }
    keys
}

fn is_content(line: &&str) -> bool {
    let trimmed = line.trim();
    !trimmed.is_empty() && !trimmed.starts_with('#')
}

fn keys<'f>(
    fields: impl Iterator<Item = &'f Field>,
    lang: Lang,
    french: bool,
) -> Vec<CompletionItem> {
    fields
        .map(|field| {
            let name = field.name(french);
            CompletionItem {
                label: name.to_owned(),
                kind: Some(CompletionItemKind::FIELD),
                detail: (field.en != field.fr).then(|| field.name(!french).to_owned()),
                documentation: Some(Documentation::String(
                    lang.message(&format!("field-{}", field.en), &Args::new()),
                )),
                insert_text: Some(format!("{name}: ")),
                ..CompletionItem::default()
            }
        })
        .collect()
}

fn values(field: &'static Field, session: &Session, french: bool) -> Vec<CompletionItem> {
    let item = |label: &str, detail: Option<String>| CompletionItem {
        label: label.to_owned(),
        kind: Some(CompletionItemKind::ENUM_MEMBER),
        detail,
        ..CompletionItem::default()
    };
    if field.en == "categories" {
        let all = if french { "tous" } else { "all" };
        let everyone = session
            .lang
            .message("completion-all-categories", &Args::new());
        return std::iter::once(item(all, Some(everyone)))
            .chain((session.settings.categories.iter()).map(|c| item(&c.id, Some(c.label.clone()))))
            .collect();
    }
    match vocabulary::unwrap_list(&field.kind) {
        Kind::Enum(variants) => variants
            .iter()
            .map(|v| {
                item(
                    v.name(french),
                    (v.en != v.fr).then(|| v.name(!french).to_owned()),
                )
            })
            .collect(),
        Kind::Boolean if french => vec![item("oui", None), item("non", None)],
        Kind::Boolean => vec![item("true", None), item("false", None)],
        _ => Vec::new(),
    }
}

/// Whether the file's keys are mostly French (the run's language when even).
fn is_french(text: &str, lang: Lang, root: &'static [Field]) -> bool {
    let (mut french, mut english) = (0, 0);
    let mut fields = Vec::new();
    all_fields(root, &mut fields);
    for line in text.lines() {
        let read = Line::read(line);
        if read.value.is_none() || read.key.is_empty() {
            continue;
        }
        let key = fold(read.key);
        for field in fields.iter().filter(|f| f.en != f.fr) {
            if field.fr == key {
                french += 1;
            } else if field.en == key {
                english += 1;
            }
        }
    }
    french > english || (french == english && lang == Lang::Fr)
}

fn all_fields(fields: &'static [Field], out: &mut Vec<&'static Field>) {
    for field in fields {
        out.push(field);
        if let Kind::Object(inner) = vocabulary::unwrap_list(&field.kind) {
            all_fields(inner, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_keys_above_the_cursor_make_its_path() {
        let lines = [
            "id: A1-01",
            "etapes:",
            "  - libelle: x",
            "    echeance: 2026-01",
        ];
        assert_eq!(parents(&lines, 4), ["etapes"]);
        assert_eq!(parents(&lines, 0), Vec::<String>::new());
        let lines = [
            "pilotage:",
            "  niveau: academique",
            "public:",
            "  categories:",
        ];
        assert_eq!(parents(&lines, 4), ["public", "categories"]);
        assert_eq!(parents(&lines, 2), ["public"]);
    }

    #[test]
    fn keys_already_in_the_mapping_are_known() {
        let above = [
            "id: A1-01",
            "etapes:",
            "  - libelle: x",
            "    echeance: 2026-01",
            "  - libelle: y",
        ];
        let below = ["    livrable: z", "  - libelle: w", "titre: t"];
        let current = Line::read("    ");
        assert_eq!(siblings(&above, &below, &current), ["libelle", "livrable"]);
        let root = Line::read("");
        assert_eq!(
            siblings(&above[..2], &["titre: t"], &root),
            ["etapes", "id", "titre"]
        );
    }
}
