//! Every message id the code asks for exists in French and in English, and the
//! messages of both languages are the same set (checked in `i18n`).

use std::fs;
use std::path::Path;

use canevas::i18n::Lang;

/// String literals of the sources that look like message ids: `CAN001`,
/// `SCHEMA001-type-list`, `YAML001-colon`, `PIL002-missing`…
fn ids_in(dir: &Path, found: &mut Vec<(String, String)>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            ids_in(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("registry.rs") {
            // The registry and the rules' declarations spell codes and slugs,
            // not message ids.
            let text = without_declarations(&fs::read_to_string(&path).unwrap());
            for literal in text.split('"').skip(1).step_by(2) {
                let code_len = literal
                    .chars()
                    .take_while(|c| c.is_ascii_uppercase())
                    .count();
                let rest = &literal[code_len..];
                let digits = rest.chars().take_while(char::is_ascii_digit).count();
                let tail = &rest[digits..];
                let is_id = (3..=6).contains(&code_len)
                    && digits == 3
                    && (tail.is_empty()
                        || tail.starts_with('-')
                            && tail[1..]
                                .chars()
                                .all(|c| c.is_ascii_lowercase() || c == '-'));
                if is_id
                    || literal.starts_with("theme-")
                    || literal.starts_with("error-")
                    || literal.starts_with("md-")
                    || literal.starts_with("ed-")
                    || literal == "summary"
                {
                    found.push((literal.to_owned(), path.display().to_string()));
                }
            }
        }
    }
}

/// `text` without its `declare_rule! { … }` blocks.
fn without_declarations(text: &str) -> String {
    let mut kept = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("declare_rule! {") {
        kept.push_str(&rest[..start]);
        let block = &rest[start..];
        rest = block.find("\n}").map_or("", |end| &block[end + 2..]);
    }
    kept.push_str(rest);
    kept
}

#[test]
fn every_message_the_code_uses_exists_in_both_languages() {
    let mut found = Vec::new();
    ids_in(Path::new("src"), &mut found);
    assert!(found.len() > 40, "the scan should find the ids: {found:?}");
    let missing: Vec<_> = found
        .iter()
        .filter(|(id, _)| !id.ends_with('-'))
        .flat_map(|(id, file)| {
            [Lang::Fr, Lang::En]
                .into_iter()
                .filter(|lang| !lang.has(id))
                .map(move |lang| format!("{id} ({lang:?}) used in {file}"))
        })
        .collect();
    assert!(missing.is_empty(), "{missing:#?}");
}

/// The messages named after a value of the vocabulary table (`ed-kind-` +
/// `budget`), which the scan above cannot see whole.
#[test]
fn every_vocabulary_value_has_its_messages_in_both_languages() {
    use canevas::vocabulary::{Level, ResourceKind, Status, Theme, Workplace};
    let mut ids: Vec<String> = vec!["ed-status-unreadable".into()];
    ids.extend(Status::ALL.iter().map(|s| format!("ed-status-{}", s.en())));
    ids.extend(Theme::ALL.iter().map(|t| format!("theme-{}", t.en())));
    ids.extend(Level::ALL.iter().map(|l| format!("ed-level-{}", l.en())));
    for kind in ResourceKind::ALL {
        ids.extend([
            format!("ed-kind-{}", kind.en()),
            format!("ask-kind-{}", kind.en()),
        ]);
    }
    ids.extend(
        Workplace::ALL
            .iter()
            .map(|w| format!("grp-workplace-{}", w.en())),
    );
    // The interactive mode offers the levels that meet precondition 1.
    ids.extend(["ask-level-academic".into(), "ask-level-departmental".into()]);
    let missing: Vec<String> = ids
        .iter()
        .flat_map(|id| {
            [Lang::Fr, Lang::En]
                .into_iter()
                .filter(|lang| !lang.has(id))
                .map(move |lang| format!("{id} ({lang:?})"))
        })
        .collect();
    assert!(missing.is_empty(), "{missing:#?}");
}

#[test]
fn every_field_has_a_description_in_both_languages() {
    fn walk(fields: &[canevas::vocabulary::Field], missing: &mut Vec<String>) {
        for field in fields {
            for lang in [Lang::Fr, Lang::En] {
                let id = format!("field-{}", field.en);
                if !lang.has(&id) {
                    missing.push(format!("{id} {lang:?}"));
                }
            }
            if let canevas::vocabulary::Kind::Object(inner) =
                canevas::vocabulary::unwrap_list(&field.kind)
            {
                walk(inner, missing);
            }
        }
    }
    let mut missing = Vec::new();
    walk(canevas::vocabulary::PROPOSAL, &mut missing);
    assert!(missing.is_empty(), "{missing:?}");
}

#[test]
fn every_schema_type_message_exists() {
    for expected in [
        "text",
        "integer",
        "number",
        "boolean",
        "list",
        "object",
        "text-or-number",
    ] {
        for lang in [Lang::Fr, Lang::En] {
            assert!(
                lang.has(&format!("SCHEMA001-type-{expected}")),
                "{expected} {lang:?}"
            );
        }
    }
}

/// `FileContext::report` uses the code itself as the message id.
#[test]
fn every_code_has_its_own_message_but_the_stage_codes_with_cases() {
    for rule in canevas::rules::RULES {
        let code = rule.code.as_str();
        if matches!(code, "YAML003" | "SCHEMA001" | "SUP002") {
            continue; // always reported with a case: YAML003-empty, SCHEMA001-type-text, SUP002-unknown…
        }
        for lang in [Lang::Fr, Lang::En] {
            assert!(lang.has(code), "{code} {lang:?}");
            assert!(
                lang.attribute(code, "hint", &canevas::i18n::Args::new())
                    .is_some()
                    || code.ends_with("-first"),
                "{code} has no hint in {lang:?}"
            );
        }
    }
}
