//! `--format json`: the findings as one JSON document, described by
//! `schemas/report.schema.json` (its `version` says when a field changes).

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde::Serialize;
use serde_json::{Value, json};

use super::each::Each;

use super::{Counts, Report};
use crate::diagnostic::{Diagnostic, Location};
use crate::i18n::Lang;
use crate::pipeline::suppress::Suppressed;

pub const REPORT_VERSION: u32 = 1;

/// The document, its keys in the order `json!` sorts them, so that findings
/// are written one at a time ([`Each`]) and the text stays the same.
#[derive(Serialize)]
#[serde(bound(serialize = "F: Iterator<Item = Value>, S: Iterator<Item = Value>"))]
struct Document<F, S> {
    findings: Each<F>,
    language: &'static str,
    summary: Value,
    suppressed: Each<S>,
    tool: Value,
    version: u32,
}

pub fn write(report: &Report, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let document = Document {
        findings: Each::new(report.diagnostics.iter().map(finding)),
        language: lang.code(),
        summary: summary(report),
        suppressed: Each::new(report.suppressed.iter().map(suppressed)),
        tool: json!({ "name": "canevas", "version": env!("CARGO_PKG_VERSION") }),
        version: REPORT_VERSION,
    };
    serde_json::to_writer_pretty(&mut *out, &document)?;
    writeln!(out)
}

fn finding(d: &Diagnostic) -> Value {
    json!({
        "code": d.code.as_str(),
        "severity": d.severity.as_str(),
        "message": d.message,
        "hint": d.hint,
        "file": d.path.display().to_string(),
        "start": d.location.map(|l| position(l, true)),
        "end": d.location.map(|l| position(l, false)),
        "related": d.related.iter().map(|r| json!({
            "file": r.path.display().to_string(),
            "start": position(r.location, true),
            "end": position(r.location, false),
            "message": r.message,
        })).collect::<Vec<_>>(),
    })
}

/// A silenced finding: the finding as it would have been reported, and the
/// reason its `# canevas: allow` comment gives.
fn suppressed(s: &Suppressed) -> Value {
    let mut value = finding(&s.diagnostic);
    value["reason"] = json!(s.reason);
    value
}

fn position(location: Location, start: bool) -> Value {
    let (pos, offset) = if start {
        (location.start, location.span.start)
    } else {
        (location.end, location.span.end)
    };
    json!({ "line": pos.line, "column": pos.column, "offset": offset })
}

fn summary(report: &Report) -> Value {
    let (by_file, by_code) = report.tallies();
    let by_code: BTreeMap<&str, usize> =
        by_code.into_iter().map(|(c, n)| (c.as_str(), n)).collect();
    let totals = report.counts();
    let mut suppressed_by_code: BTreeMap<&str, usize> = BTreeMap::new();
    for s in &report.suppressed {
        *suppressed_by_code
            .entry(s.diagnostic.code.as_str())
            .or_default() += 1;
    }
    json!({
        "files": report.files.len(),
        "errors": totals.errors,
        "warnings": totals.warnings,
        "infos": totals.infos,
        "by_file": by_file.into_iter().map(|(f, c)| (f, counts(c))).collect::<serde_json::Map<_, _>>(),
        "by_code": by_code,
        "suppressed": report.suppressed.len(),
        "suppressed_by_code": suppressed_by_code,
    })
}

fn counts(c: Counts) -> Value {
    json!({ "errors": c.errors, "warnings": c.warnings, "infos": c.infos })
}
