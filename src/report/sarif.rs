//! `--format sarif`: one SARIF 2.1.0 log
//! (<https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html>) in the
//! subset GitHub code scanning reads: every rule of the registry with its
//! descriptions, one result per finding with one physical location, related
//! locations, and a stable `partialFingerprints` entry.

use std::collections::HashMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::{Value, json};

use super::Report;
use super::each::Each;
use super::fingerprint;
use crate::diagnostic::{Diagnostic, Location, Severity};
use crate::i18n::{Args, Lang, capitalised};
use crate::pipeline::source::SourceFile;
use crate::rules::{RULES, RuleMeta};
use crate::text::uri;

/// The schema GitHub's documentation names; the log validates against the
/// OASIS schema too (tests/formats.rs).
const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// The key of our fingerprint, versioned as SARIF §3.27.17 advises, so that a
/// change of the hashed parts can take a new version instead of silently
/// changing every value.
pub const FINGERPRINT_KEY: &str = "canevas/v1";

pub fn write(report: &Report, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let fingerprints = fingerprint::by_text(&report.diagnostics, &report.sources);
    let (in_files, about_folders): (Vec<_>, Vec<_>) = report
        .diagnostics
        .iter()
        .zip(fingerprints)
        .partition(|(d, _)| super::in_a_file(d));
    let results = in_files
        .into_iter()
        .map(|(d, fingerprint)| result(d, fingerprint, &report.sources));
    // GitHub code scanning rejects a whole log for one result without a
    // file ("locationFromSarifResult: expected at least one location"):
    // findings about a folder are the run's notifications instead.
    let invocations = (!about_folders.is_empty()).then(|| {
        let notes: Vec<Value> = about_folders.iter().map(|(d, _)| notification(d)).collect();
        json!([{ "executionSuccessful": true, "toolExecutionNotifications": notes }])
    });
    let log = Log {
        schema: SCHEMA,
        runs: [Run {
            column_kind: "unicodeCodePoints",
            invocations,
            language: lang.code(),
            results: Each::new(results),
            tool: json!({ "driver": driver(lang) }),
        }],
        version: "2.1.0",
    };
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)
}

/// The log, its keys in the order `json!` sorts them, so that results are
/// written one at a time ([`Each`]) and the text stays the same.
#[derive(Serialize)]
#[serde(bound(serialize = "R: Iterator<Item = Value>"))]
struct Log<R> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    runs: [Run<R>; 1],
    version: &'static str,
}

#[derive(Serialize)]
#[serde(bound(serialize = "R: Iterator<Item = Value>"))]
struct Run<R> {
    /// Columns are counted in characters (`Position`), not UTF-16 units.
    #[serde(rename = "columnKind")]
    column_kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    invocations: Option<Value>,
    language: &'static str,
    results: Each<R>,
    tool: Value,
}

fn driver(lang: Lang) -> Value {
    let mut driver = json!({
        "name": "canevas",
        "version": env!("CARGO_PKG_VERSION"),
        "semanticVersion": env!("CARGO_PKG_VERSION"),
        "rules": RULES.iter().map(|rule| descriptor(rule, lang)).collect::<Vec<_>>(),
    });
    // `repository` of Cargo.toml, when the package names one.
    let repository = env!("CARGO_PKG_REPOSITORY");
    if !repository.is_empty() {
        driver["informationUri"] = json!(repository);
    }
    driver
}

/// A finding about a folder, as a notification of the run (SARIF §3.58).
fn notification(d: &Diagnostic) -> Value {
    let mut text = d.message.clone();
    if let Some(hint) = &d.hint {
        text.push_str(" — ");
        text.push_str(hint);
    }
    json!({
        "descriptor": { "id": d.code.as_str() },
        "level": level(d.severity),
        "message": { "text": message_text(&format!("{}: {text}", d.path.display())) },
    })
}

/// A rule as GitHub lists it: id, name, the three texts it requires, and the
/// default level.
fn descriptor(rule: &RuleMeta, lang: Lang) -> Value {
    let title = lang.message(&format!("{}-title", rule.code), &Args::new());
    let family_id = format!("family-{}", rule.family.id());
    let family = lang.message(&family_id, &Args::new());
    let checks = lang.message(&format!("{family_id}-checks"), &Args::new());
    let full = lang.message(
        "rule-full-description",
        &Args::new()
            .with("title", capitalised(&title))
            .with("family", family),
    );
    json!({
        "id": rule.code.as_str(),
        "name": rule.name,
        "shortDescription": { "text": title },
        "fullDescription": { "text": full },
        "help": { "text": format!("{}. {checks}", capitalised(&title)) },
        "defaultConfiguration": { "level": level(rule.severity) },
        "properties": { "tags": [rule.family.id()] },
    })
}

fn result(d: &Diagnostic, fingerprint: String, sources: &HashMap<PathBuf, SourceFile>) -> Value {
    let mut text = d.message.clone();
    if let Some(hint) = &d.hint {
        text.push_str(" — ");
        text.push_str(hint);
    }
    let related: Vec<Value> = d
        .related
        .iter()
        .map(|r| {
            let mut place = location(&r.path, Some(r.location), sources);
            place["message"] = json!({ "text": message_text(&r.message) });
            place
        })
        .collect();
    let mut result = json!({
        "ruleId": d.code.as_str(),
        // The registry is indexed by code, and `driver.rules` lists it in order.
        "ruleIndex": d.code as usize,
        "level": level(d.severity),
        "message": { "text": message_text(&text) },
        "locations": [location(&d.path, d.location, sources)],
        "partialFingerprints": { FINGERPRINT_KEY: fingerprint },
    });
    if !related.is_empty() {
        result["relatedLocations"] = Value::Array(related);
    }
    result
}

/// A location: the file always (a folder for plan-wide findings), the region
/// only when the finding has a place.
fn location(path: &Path, place: Option<Location>, sources: &HashMap<PathBuf, SourceFile>) -> Value {
    let mut physical = json!({ "artifactLocation": { "uri": uri::from_path(path) } });
    if let Some(place) = place {
        physical["region"] = region(place, sources.get(path));
    }
    json!({ "physicalLocation": physical })
}

/// 1-based lines and columns, `endColumn` being the column after the last
/// character. A span that ends at the start of a line (a block scalar takes
/// its line breaks and the blank lines after it) ends instead at the end of
/// its last line with text, so that the region shows no line too many.
fn region(place: Location, source: Option<&SourceFile>) -> Value {
    let (start, mut end) = (place.start, place.end);
    while end.column == 1
        && end.line > start.line
        && let Some(width) = source.and_then(|s| line_width(s, end.line - 1))
    {
        end.line -= 1;
        end.column = width + 1;
    }
    json!({
        "startLine": start.line.max(1),
        "startColumn": start.column.max(1),
        "endLine": end.line.max(start.line).max(1),
        "endColumn": end.column.max(1),
    })
}

/// The number of characters of a 1-based line, without its line break.
fn line_width(source: &SourceFile, line: usize) -> Option<usize> {
    let text = source.text.split('\n').nth(line.checked_sub(1)?)?;
    Some(text.strip_suffix('\r').unwrap_or(text).chars().count())
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A plain-text SARIF message from text that may come from a proposal: braces
/// are doubled (§3.11.5: a single one opens a `{0}` placeholder) and square
/// brackets backslash-escaped (§3.11.6: `[text](1)` would be a link to a
/// location), so that viewers show the text as it was written.
fn message_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '{' => out.push_str("{{"),
            '}' => out.push_str("}}"),
            '[' => out.push_str("\\["),
            ']' => out.push_str("\\]"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Position, Span};

    #[test]
    fn placeholders_and_links_are_escaped() {
        assert_eq!(
            message_text("valeur {a: 1} [x](1)"),
            "valeur {{a: 1}} \\[x\\](1)"
        );
    }

    #[test]
    fn a_region_ending_at_a_line_start_ends_on_the_line_before() {
        let source = SourceFile::new("a.yaml".into(), "k: >\r\n  texte long\r\n\nb: 1\n".into());
        let place = source.locate(Span::new(3, 21));
        assert_eq!(place.end, Position { line: 4, column: 1 });
        let region = region(place, Some(&source));
        assert_eq!(region["endLine"], 2);
        assert_eq!(region["endColumn"], 13);
        assert_eq!(super::region(place, None)["endLine"], 4);
    }

    #[test]
    fn the_tool_links_its_repository_when_the_package_names_one() {
        let driver = driver(Lang::En);
        match env!("CARGO_PKG_REPOSITORY") {
            "" => assert!(driver.get("informationUri").is_none()),
            url => assert_eq!(driver["informationUri"], url),
        }
    }

    #[test]
    fn every_rule_has_the_three_texts_github_requires() {
        for lang in [Lang::Fr, Lang::En] {
            let driver = driver(lang);
            let rules = driver["rules"].as_array().unwrap();
            assert_eq!(rules.len(), RULES.len());
            for rule in rules {
                for key in ["shortDescription", "fullDescription", "help"] {
                    let text = rule[key]["text"].as_str().unwrap();
                    assert!(!text.is_empty() && text.len() <= 1024, "{rule}");
                    assert!(!text.contains("-title"), "a message id leaked: {text}");
                }
            }
        }
    }
}
