//! The documents stay true to the code: the generated tables of
//! `docs/rules.md` match what the binary and the vocabulary say today, every
//! dependency of `Cargo.toml` is explained in `docs/architecture.md`, and the
//! README stays short.
//!
//! A generated block sits between `<!-- begin generated: NAME -->` and
//! `<!-- end generated: NAME -->`. When one is stale, regenerate them all with
//! `CANEVAS_UPDATE_DOCS=1 cargo test --test it doc_freshness::` and commit the diff.

use std::path::{Path, PathBuf};

use canevas::vocabulary::{Field, Kind, PROPOSAL, Variant};

use crate::common::{canevas, stdout};

const UPDATE_VAR: &str = "CANEVAS_UPDATE_DOCS";

fn repo_file(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(relative)
}

fn read(relative: &str) -> String {
    std::fs::read_to_string(repo_file(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
}

/// `text` with the block NAME replaced by `body`, or None when its markers are missing.
fn with_block(text: &str, name: &str, body: &str) -> Option<String> {
    let begin = format!("<!-- begin generated: {name} -->\n");
    let end = format!("<!-- end generated: {name} -->");
    let start = text.find(&begin)? + begin.len();
    let stop = start + text[start..].find(&end)?;
    Some(format!("{}{body}{}", &text[..start], &text[stop..]))
}

/// Checks (or, with `CANEVAS_UPDATE_DOCS=1`, rewrites) the generated blocks of a file.
fn assert_blocks_fresh(relative: &str, blocks: &[(&str, String)]) {
    let text = read(relative);
    let mut fresh = text.clone();
    for (name, body) in blocks {
        fresh = with_block(&fresh, name, body)
            .unwrap_or_else(|| panic!("{relative}: the markers of the block {name} are missing"));
    }
    if fresh == text {
        return;
    }
    if std::env::var_os(UPDATE_VAR).is_some_and(|v| v == "1") {
        std::fs::write(repo_file(relative), fresh).expect("the document is writable");
        return;
    }
    panic!(
        "{relative} is stale: its generated tables no longer match the code. \
         Regenerate them with `{UPDATE_VAR}=1 cargo test --test it doc_freshness::`, \
         read the diff and commit it."
    );
}

fn rules_markdown(lang: &str) -> String {
    let out = canevas(&["--lang", lang, "rules", "--format", "markdown"]);
    assert!(
        out.status.success(),
        "canevas rules --format markdown fails"
    );
    stdout(&out)
}

#[test]
fn rule_and_key_tables_are_fresh() {
    let blocks = [
        ("rules-fr", rules_markdown("fr")),
        ("rules-en", rules_markdown("en")),
        ("keys", key_table()),
    ];
    assert_blocks_fresh("docs/rules.md", &blocks);
}

/// The key table: names and shapes from the vocabulary (the one key table),
/// whether a key is required and what it holds from the English JSON Schema.
fn key_table() -> String {
    let out = canevas(&["--lang", "en", "schema"]);
    assert!(out.status.success(), "canevas schema fails");
    let schema: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON schema");
    let required: Vec<&str> = schema["required"]
        .as_array()
        .expect("a required list")
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    let mut table = String::from("| key (en) | key (fr) | required | holds |\n|---|---|---|---|\n");
    for field in PROPOSAL {
        let description = schema["properties"][field.en]["description"]
            .as_str()
            .unwrap_or_else(|| panic!("the schema describes `{}`", field.en));
        table.push_str(&format!(
            "| `{}` | `{}` | {} | {} {} |\n",
            field.en,
            field.fr,
            if required.contains(&field.en) {
                "yes"
            } else {
                "no"
            },
            description,
            shape(&field.kind),
        ));
    }
    table
}

/// What a key holds, in words.
fn shape(kind: &Kind) -> String {
    match kind {
        Kind::Text => "Text.".to_owned(),
        Kind::Date => "A date, `YYYY-MM-DD` or `YYYY-MM`.".to_owned(),
        Kind::Integer => "A whole number.".to_owned(),
        Kind::Number => "A number.".to_owned(),
        Kind::Boolean => "`oui`/`non` or `true`/`false`.".to_owned(),
        Kind::TextOrNumber => "A text or a number.".to_owned(),
        Kind::Enum(variants) => format!("One of {}.", variant_list(variants)),
        Kind::List(item) => match item {
            Kind::Object(fields) => format!("A list of items with {}.", field_list(fields)),
            Kind::Enum(variants) => format!("A list of {}.", variant_list(variants)),
            _ => "A list of texts.".to_owned(),
        },
        Kind::Object(fields) => format!("Keys: {}.", field_list(fields)),
    }
}

fn variant_list(variants: &[Variant]) -> String {
    let names: Vec<String> = variants.iter().map(|v| both(v.en, v.fr)).collect();
    names.join(", ")
}

fn field_list(fields: &[Field]) -> String {
    let names: Vec<String> = fields
        .iter()
        .map(|f| match inner_shape(&f.kind) {
            Some(shape) => format!("{} ({shape})", both(f.en, f.fr)),
            None => both(f.en, f.fr),
        })
        .collect();
    names.join(", ")
}

/// The shape of a key inside an object, in parentheses after its name; none for a text.
fn inner_shape(kind: &Kind) -> Option<String> {
    match kind {
        Kind::Text => None,
        Kind::Date => Some("`YYYY-MM-DD` or `YYYY-MM`".to_owned()),
        Kind::Integer | Kind::Number => Some("a number".to_owned()),
        Kind::Boolean => Some("`oui`/`non`, `true`/`false`".to_owned()),
        Kind::TextOrNumber => Some("a text or a number".to_owned()),
        Kind::Enum(variants) => Some(variant_list(variants)),
        Kind::List(_) => Some("a list".to_owned()),
        Kind::Object(fields) => Some(field_list(fields)),
    }
}

/// `en`/`fr`, or one name when both languages write it the same.
fn both(en: &str, fr: &str) -> String {
    if en == fr {
        format!("`{en}`")
    } else {
        format!("`{en}`/`{fr}`")
    }
}

/// Every crate of `[dependencies]` and `[dev-dependencies]` has a row in the
/// dependency table of `docs/architecture.md`, which says why it is there.
#[test]
fn every_dependency_is_explained() {
    let manifest: toml::Table = read("Cargo.toml").parse().expect("Cargo.toml parses");
    let architecture = read("docs/architecture.md");
    let mut missing = Vec::new();
    for section in ["dependencies", "dev-dependencies"] {
        let crates = manifest[section].as_table().expect("a table of crates");
        for name in crates.keys() {
            // A row of the table names the crate in backticks in its first cell.
            let listed = architecture.lines().any(|line| {
                line.starts_with("| ")
                    && line
                        .split('|')
                        .nth(1)
                        .is_some_and(|cell| cell.contains(&format!("`{name}`")))
            });
            if !listed {
                missing.push(format!("{name} ({section})"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "docs/architecture.md does not say why these crates are dependencies: {missing:?}; \
         add a row to its dependency table"
    );
}

#[test]
fn readme_stays_short() {
    let lines = read("README.md").lines().count();
    assert!(
        lines <= 200,
        "README.md has {lines} lines; move detail to docs/ (≤ 200)"
    );
}
