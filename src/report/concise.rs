//! `--format concise`: one line a finding, stable for scripts and editors:
//! `path:line:col: severity[CODE] message`.

use std::io::{self, Write};

use super::Report;
use crate::text::escape::one_line;

pub fn write(report: &Report, out: &mut dyn Write) -> io::Result<()> {
    for d in &report.diagnostics {
        let path = one_line(&d.path.display().to_string());
        let message = one_line(&d.message);
        match d.location {
            Some(loc) => writeln!(
                out,
                "{path}:{}:{}: {}[{}] {message}",
                loc.start.line, loc.start.column, d.severity, d.code
            )?,
            None => writeln!(out, "{path}: {}[{}] {message}", d.severity, d.code)?,
        }
    }
    Ok(())
}
