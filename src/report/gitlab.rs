//! `--format gitlab`: a GitLab Code Quality report
//! (<https://docs.gitlab.com/ci/testing/code_quality/#code-quality-report-format>):
//! one JSON array, every entry with description, check_name, fingerprint,
//! severity and location (path, lines.begin). GitLab stops reading at the first
//! invalid entry and merges entries that share a fingerprint: every entry is
//! complete and every fingerprint unique.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::Report;
use super::each::Each;
use super::fingerprint::fingerprints;
use crate::diagnostic::{Diagnostic, Severity};
use crate::text::escape::one_line;

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    let entries = report
        .diagnostics
        .iter()
        .zip(fingerprints(&report.diagnostics))
        // Every entry needs a file's path (GitLab links it and stops reading
        // at an invalid entry): a finding about a folder is left out.
        .filter(|(d, _)| super::in_a_file(d))
        .map(|(d, fingerprint)| entry(d, fingerprint));
    serde_json::to_writer_pretty(&mut *out, &Each::new(entries))?;
    writeln!(out)
}

fn entry(d: &Diagnostic, fingerprint: String) -> Value {
    let begin = d.location.map_or(1, |l| l.start.line);
    let end = d.location.map_or(begin, |l| l.end.line.max(begin));
    let mut entry = json!({
        "type": "issue",
        "check_name": d.code.as_str(),
        // GitLab shows the description on one line.
        "description": one_line(&d.message),
        "categories": ["Style"],
        "fingerprint": fingerprint,
        "severity": match d.severity {
            Severity::Error => "major",
            Severity::Warning => "minor",
            Severity::Info => "info",
        },
        "location": {
            "path": d.path.to_string_lossy().replace('\\', "/").trim_start_matches("./"),
            "lines": { "begin": begin, "end": end },
        },
    });
    // Columns too (CodeClimate `positions`), the same as every other format;
    // GitLab itself reads `lines`.
    if let Some(l) = d.location {
        entry["location"]["positions"] = json!({
            "begin": { "line": l.start.line, "column": l.start.column },
            "end": { "line": l.end.line, "column": l.end.column },
        });
    }
    entry
}
