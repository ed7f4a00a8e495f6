//! `--format junit`: a JUnit XML report (<https://github.com/testmoapp/junitxml>)
//! for the test views of GitLab (`artifacts:reports:junit`) and Jenkins. Each
//! file checked is a test case, failed by its errors (and by its warnings with
//! `--deny-warnings`); the other findings go to its `system-out`.
//!
//! A failed case holds one `<failure>` with every failing finding of the file
//! in its text: Jenkins and others show only the first failure element of a
//! case, and the Ant schema allows one. A case per finding would instead make
//! the number of tests follow the findings, and GitLab wants each name and
//! classname pair unique (shared/notes/junit-xml.md).
//!
//! The document stays within the Jenkins xUnit schema (junit-10.xsd), which
//! rejects the whole file on an unknown attribute: that is why a test case has
//! no `file` attribute (its `name` is already the path).

use std::collections::HashMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use super::Report;
use crate::diagnostic::{Diagnostic, Severity};
use crate::i18n::{Args, Lang};
use crate::pipeline::source::STDIN_NAME;
use crate::text::xml;

/// The findings of one test case: one file, or the folder of plan-wide findings.
struct Case<'r> {
    name: String,
    failures: Vec<&'r Diagnostic>,
    notes: Vec<&'r Diagnostic>,
}

pub fn write(
    report: &Report,
    lang: Lang,
    deny_warnings: bool,
    out: &mut dyn Write,
) -> io::Result<()> {
    let cases = cases(report, deny_warnings);
    let tests = cases.len();
    // Dashboards compare these counts with the children: a test case fails once,
    // however many failures it holds.
    let failed = cases.iter().filter(|c| !c.failures.is_empty()).count();
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<testsuites name="canevas" tests="{tests}" failures="{failed}" errors="0" time="0">"#
    )?;
    writeln!(
        out,
        r#"  <testsuite name="canevas" tests="{tests}" failures="{failed}" errors="0" skipped="0" time="0">"#
    )?;
    for case in &cases {
        write_case(case, lang, out)?;
    }
    writeln!(out, "  </testsuite>")?;
    writeln!(out, "</testsuites>")
}

/// One case per file checked, in the report's order, then one per other path
/// that has findings (the folder of `PLAN002`).
fn cases(report: &Report, deny_warnings: bool) -> Vec<Case<'_>> {
    let mut cases: Vec<Case<'_>> = Vec::new();
    let mut index: HashMap<PathBuf, usize> = HashMap::new();
    let paths = report.files.iter().map(|p| displayed(p));
    let paths = paths.chain(report.diagnostics.iter().map(|d| d.path.clone()));
    for path in paths {
        index.entry(path.clone()).or_insert_with(|| {
            cases.push(Case {
                name: path.display().to_string(),
                failures: Vec::new(),
                notes: Vec::new(),
            });
            cases.len() - 1
        });
    }
    for d in &report.diagnostics {
        if let Some(&i) = index.get(&d.path) {
            let fails =
                d.severity == Severity::Error || (deny_warnings && d.severity == Severity::Warning);
            let list = if fails {
                &mut cases[i].failures
            } else {
                &mut cases[i].notes
            };
            list.push(d);
        }
    }
    cases
}

/// The name findings carry for a path of the command line (`-` is standard input).
fn displayed(path: &Path) -> PathBuf {
    if path == Path::new("-") {
        PathBuf::from(STDIN_NAME)
    } else {
        path.to_path_buf()
    }
}

fn write_case(case: &Case<'_>, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let name = xml::attribute(&case.name);
    write!(
        out,
        r#"    <testcase classname="canevas" name="{name}" time="0""#
    )?;
    if case.failures.is_empty() && case.notes.is_empty() {
        return writeln!(out, "/>");
    }
    writeln!(out, ">")?;
    if let Some(first) = case.failures.first() {
        let mut codes: Vec<&str> = case.failures.iter().map(|d| d.code.as_str()).collect();
        codes.dedup();
        let message = match case.failures.len() {
            1 => first.message.clone(),
            count => lang.message(
                "junit-failures",
                &Args::new()
                    .with("count", count)
                    .with("first", first.message.as_str()),
            ),
        };
        let details: Vec<String> = case.failures.iter().map(|d| details(d, lang)).collect();
        writeln!(
            out,
            r#"      <failure type="{}" message="{}">{}</failure>"#,
            xml::attribute(&codes.join(", ")),
            xml::attribute(&message),
            xml::text(&details.join("\n"))
        )?;
    }
    if !case.notes.is_empty() {
        let notes: Vec<String> = case.notes.iter().map(|d| details(d, lang)).collect();
        writeln!(
            out,
            "      <system-out>{}</system-out>",
            xml::text(&notes.join("\n"))
        )?;
    }
    writeln!(out, "    </testcase>")
}

/// `path:line:col: severity[CODE] message`, then the hint and the related places.
fn details(d: &Diagnostic, lang: Lang) -> String {
    let mut text = format!("{}: {}[{}] {}", d.place(), d.severity, d.code, d.message);
    if let Some(hint) = &d.hint {
        let line = lang.message("junit-hint", &Args::new().with("hint", hint.as_str()));
        text.push_str(&format!("\n  {line}"));
    }
    for r in &d.related {
        let start = r.location.start;
        text.push_str(&format!(
            "\n  {}:{}:{}: {}",
            r.path.display(),
            start.line,
            start.column,
            r.message
        ));
    }
    text
}
