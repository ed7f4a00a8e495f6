//! `--format github`: GitHub Actions workflow commands, one annotation a finding
//! (<https://docs.github.com/actions/reference/workflow-commands-for-github-actions>).
//! GitHub shows only the first 10 errors and 10 warnings of a step: when
//! `GITHUB_STEP_SUMMARY` names a file, a Markdown summary of every finding is
//! appended to it, so that nothing is hidden.

use std::io::{self, Write};

use super::Report;
use super::markdown;
use crate::diagnostic::{Diagnostic, Severity};
use crate::i18n::Lang;
use crate::text::escape::is_dangerous;

pub fn write(report: &Report, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    for d in &report.diagnostics {
        writeln!(out, "{}", annotation(d))?;
    }
    if let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty()) {
        let mut file = std::fs::OpenOptions::new()
            .append(true)
            .create(true)
            .open(path)?;
        markdown::write_summary(report, lang, &mut file)?;
    }
    Ok(())
}

/// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE::message`
pub fn annotation(d: &Diagnostic) -> String {
    let command = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "notice",
    };
    // A folder is no file: the annotation then stands on the run itself.
    let mut properties = Vec::new();
    if super::in_a_file(d) {
        properties.push(format!("file={}", property(&file(&d.path))));
    }
    if let Some(loc) = d.location {
        properties.push(format!("line={}", loc.start.line));
        properties.push(format!("endLine={}", loc.end.line));
        // The runner drops columns of findings that span several lines.
        if loc.start.line == loc.end.line {
            properties.push(format!("col={}", loc.start.column));
            properties.push(format!(
                "endColumn={}",
                loc.end.column.max(loc.start.column)
            ));
        }
    }
    properties.push(format!("title={}", property(d.code.as_str())));
    let mut message = d.message.clone();
    if let Some(hint) = &d.hint {
        message.push_str(" — ");
        message.push_str(hint);
    }
    format!("::{command} {}::{}", properties.join(","), data(&message))
}

/// The path as GitHub matches it against the repository: forward slashes,
/// no leading `./`.
fn file(path: &std::path::Path) -> String {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut relative = text.as_str();
    while let Some(rest) = relative.strip_prefix("./") {
        relative = rest;
    }
    relative.to_owned()
}

/// The message part: control and bidi characters made visible (as for a
/// terminal: the log is one), then `%`, CR and LF percent-encoded (`%` first).
fn data(text: &str) -> String {
    let mut visible = String::with_capacity(text.len());
    for c in text.chars() {
        if is_dangerous(c) && c != '\r' {
            visible.extend(c.escape_unicode());
        } else {
            visible.push(c);
        }
    }
    visible
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property value: as the message, plus `:` and `,`, which end a property.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping_follows_the_toolkit() {
        assert_eq!(data("50% a\r\nb"), "50%25 a%0D%0Ab");
        assert_eq!(data("a\u{202E}b\u{1b}[2J"), "a\\u{202e}b\\u{1b}[2J");
        assert_eq!(property("a:b,c%"), "a%3Ab%2Cc%25");
    }
}
