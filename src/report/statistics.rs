//! `--statistics`: how many findings of each rule code, most frequent first,
//! then how many were silenced by a `# canevas: allow` comment.

use std::collections::BTreeMap;
use std::io::{self, Write};

use super::Report;
use crate::i18n::{Args, Lang};
use crate::rules::Code;

pub fn write(report: &Report, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let (_, by_code) = report.tallies();
    rows(by_code, lang, out)?;
    let mut silenced: BTreeMap<Code, usize> = BTreeMap::new();
    for s in &report.suppressed {
        *silenced.entry(s.diagnostic.code).or_default() += 1;
    }
    if !silenced.is_empty() {
        writeln!(
            out,
            "{}",
            lang.message("statistics-suppressed", &Args::new())
        )?;
        rows(silenced, lang, out)?;
    }
    Ok(())
}

fn rows(by_code: BTreeMap<Code, usize>, lang: Lang, out: &mut dyn Write) -> io::Result<()> {
    let mut rows: Vec<_> = by_code.into_iter().collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (code, count) in rows {
        let title = lang.message(&format!("{code}-title"), &Args::new());
        writeln!(out, "{count:>6}  {:<9}  {title}", code.as_str())?;
    }
    Ok(())
}
