//! `canevas explain CODE`: what a rule checks, why, how to satisfy it, and two
//! YAML excerpts, from the documentation files of the rules.

use std::io::{self, Write};

use crate::exit::ExitStatus;
use crate::i18n::{Args, Lang};
use crate::rules::docs;
use crate::rules::{Code, RULES};
use crate::text::suggest;

pub(crate) fn run(code: &str, lang: Lang) -> io::Result<ExitStatus> {
    let Some(code) = Code::parse(code) else {
        return unknown_code(code, lang);
    };
    let Some(doc) = docs::doc(code, lang) else {
        // Every code is documented (a test checks it): reaching this is a bug.
        let args = Args::new().with("code", code.as_str());
        let message = lang.message("explain-missing", &args);
        writeln!(io::stderr(), "{}", crate::i18n::tool_says(lang, &message))?;
        return Ok(ExitStatus::Failure);
    };
    let meta = code.meta();
    let mut out = io::stdout().lock();
    let severity = lang.message(
        &format!("rules-severity-{}", meta.severity.as_str()),
        &Args::new(),
    );
    let title = lang.message(&format!("{code}-title"), &Args::new());
    let family = lang.message(&format!("family-{}", meta.family.id()), &Args::new());
    writeln!(out, "{code} · {} · {severity}", meta.name)?;
    writeln!(out, "{title}")?;
    let family = lang.message("explain-family", &Args::new().with("family", family));
    writeln!(out, "{family}")?;
    for section in &doc.sections {
        writeln!(out, "\n{}", section.heading.to_uppercase())?;
        write!(out, "{}", render_body(section.body))?;
    }
    out.flush()?;
    Ok(ExitStatus::Success)
}

/// The Markdown body for a terminal: text as written, YAML blocks indented
/// instead of fenced, so that they can be copied as they are.
fn render_body(body: &str) -> String {
    let mut text = String::new();
    let mut in_code = false;
    for line in body.lines() {
        if line.starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            text.push_str("    ");
        }
        text.push_str(line);
        text.push('\n');
    }
    text
}

fn unknown_code(written: &str, lang: Lang) -> io::Result<ExitStatus> {
    let codes = RULES.iter().map(|r| r.code.as_str());
    let args = Args::new().with("code", written);
    let message = match suggest::closest(written, codes) {
        Some(close) => lang.message(
            "explain-unknown-code-suggestion",
            &args.with("suggestion", close),
        ),
        None => lang.message("explain-unknown-code", &args),
    };
    writeln!(io::stderr(), "{}", crate::i18n::tool_says(lang, &message))?;
    Ok(ExitStatus::Failure)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_blocks_are_indented_without_fences() {
        let body = "Avoid:\n```yaml\ntitle: x\n```";
        assert_eq!(render_body(body), "Avoid:\n    title: x\n");
    }
}
