//! `--statistics`: how many findings of each rule code, most frequent first.

use std::io::{self, Write};

use super::Report;
use crate::i18n::{Args, Lang};

pub fn write(report: &Report, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let (_, by_code) = report.tallies();
    let mut rows: Vec<_> = by_code.into_iter().collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (code, count) in rows {
        let title = lang.message(&format!("{code}-title"), &Args::new());
        writeln!(out, "{count:>6}  {:<9}  {title}", code.as_str())?;
    }
    Ok(())
}
