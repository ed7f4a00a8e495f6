//! `canevas rules`: the rule table from the registry, for the terminal or as
//! Markdown for documentation.

use std::io::{self, Write};

use crate::cli::RulesFormat;
use crate::exit::ExitStatus;
use crate::i18n::{Args, Lang, capitalised};
use crate::report::markdown::cell;
use crate::rules::{Family, RULES, RuleMeta};

pub(crate) fn run(format: RulesFormat, lang: Lang) -> io::Result<ExitStatus> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    match format {
        RulesFormat::Table => table(&mut out, lang)?,
        RulesFormat::Markdown => markdown(&mut out, lang)?,
    }
    out.flush()?;
    Ok(ExitStatus::Success)
}

fn severity(rule: &RuleMeta, lang: Lang) -> String {
    lang.message(
        &format!("rules-severity-{}", rule.severity.as_str()),
        &Args::new(),
    )
}

fn title(rule: &RuleMeta, lang: Lang) -> String {
    lang.message(&format!("{}-title", rule.code), &Args::new())
}

fn family(family: Family, lang: Lang) -> String {
    lang.message(&format!("family-{}", family.id()), &Args::new())
}

/// The rules of each family under the family's name, in aligned columns.
fn table(out: &mut impl Write, lang: Lang) -> io::Result<()> {
    let width = RULES
        .iter()
        .map(|r| severity(r, lang).chars().count())
        .max()
        .unwrap_or(0);
    let mut current = None;
    for rule in RULES {
        if current != Some(rule.family) {
            current = Some(rule.family);
            let name = family(rule.family, lang);
            let first = rule.code == RULES[0].code;
            writeln!(
                out,
                "{}{}",
                if first { "" } else { "\n" },
                capitalised(&name)
            )?;
        }
        writeln!(
            out,
            "  {:<9} {:<width$}  {}",
            rule.code.as_str(),
            severity(rule, lang),
            title(rule, lang)
        )?;
    }
    writeln!(
        out,
        "\n{}",
        lang.message("rules-explain-hint", &Args::new())
    )
}

/// One Markdown table, a bold row per family as in the specification.
fn markdown(out: &mut impl Write, lang: Lang) -> io::Result<()> {
    let header = |id: &str| lang.message(id, &Args::new());
    writeln!(
        out,
        "| {} | {} | {} | {} |\n|---|---|---|---|",
        header("md-code"),
        header("md-rule"),
        header("md-severity"),
        header("rules-checks")
    )?;
    let mut current = None;
    for rule in RULES {
        if current != Some(rule.family) {
            current = Some(rule.family);
            let name = capitalised(&family(rule.family, lang));
            writeln!(out, "| **{}** | | | |", cell(&name))?;
        }
        writeln!(
            out,
            "| `{}` | `{}` | {} | {} |",
            rule.code,
            rule.name,
            severity(rule, lang),
            cell(&title(rule, lang))
        )?;
    }
    Ok(())
}
