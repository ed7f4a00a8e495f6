//! `--format human`: miette code frames, the offending text underlined, the hint
//! below. Text from the proposals is neutralised before it reaches the terminal.

use std::collections::HashMap;
use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode, SourceSpan,
};

use super::{Report, Style};
use crate::diagnostic::{Diagnostic, Location, Severity};
use crate::i18n::{Args, Lang};
use crate::text::escape::{same_length, terminal};

type Source = NamedSource<Arc<String>>;

pub fn write(report: &Report, style: &Style, out: &mut dyn Write) -> io::Result<()> {
    let theme = if style.color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    // The French labels are longer than miette's English ones: room is kept for them.
    let width = match style.lang {
        Lang::Fr => style.width.saturating_sub(HELP_WIDENING),
        Lang::En => style.width,
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(width)
        .with_links(false);
    let mut sources = Sources::new(report);
    for diagnostic in &report.diagnostics {
        let view = View::new(diagnostic, &mut sources, style);
        let mut text = String::new();
        // Writing into a String cannot fail.
        let _ = handler.render_report(&mut text, &view);
        if style.lang == Lang::Fr {
            text = french_labels(&text);
        }
        text.push_str(&lines_to_write(diagnostic, style.lang));
        writeln!(out, "{text}")?;
    }
    Ok(())
}

/// Where the lines to write begin in a hint (see `pipeline::slips::render_fix`).
const FIX_START: &str = "\n│ ";

/// The lines a hint says to write, under the hint and never wrapped, so that
/// they can be copied as they are (miette would wrap them with the hint).
fn lines_to_write(diagnostic: &Diagnostic, lang: Lang) -> String {
    let Some((_, lines)) = diagnostic
        .hint
        .as_deref()
        .and_then(|h| h.split_once(FIX_START))
    else {
        return String::new();
    };
    let indent = match lang {
        Lang::Fr => 8 + HELP_WIDENING,
        Lang::En => 8,
    };
    format!("│ {lines}")
        .lines()
        .map(|line| format!("{}{}\n", " ".repeat(indent), terminal(line)))
        .collect()
}

/// How much longer « conseil : » is than miette's `help: `.
const HELP_WIDENING: usize = 4;

/// miette writes `help:`, `Error:`, `Warning:` and `Advice:` in English: they
/// become « conseil : », « Erreur : »… and the hint's next lines move along.
fn french_labels(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    let mut in_help = false;
    for line in text.split_inclusive('\n') {
        let visible = line.trim_start_matches(|c: char| {
            c == '\u{1b}' || c == '[' || c == ';' || c.is_ascii_digit() || c == 'm'
        });
        if let Some(at) = line
            .find("  help: ")
            .filter(|_| visible.starts_with("  help: "))
        {
            out.push_str(&line[..at]);
            out.push_str("  conseil\u{202f}: ");
            out.push_str(&line[at + "  help: ".len()..]);
            in_help = true;
            continue;
        }
        if in_help && line.starts_with("        ") {
            out.push_str(&" ".repeat(HELP_WIDENING));
            out.push_str(line);
            continue;
        }
        in_help = false;
        let label = [
            ("Error: ", "Erreur\u{202f}: "),
            ("Warning: ", "Avertissement\u{202f}: "),
            ("Advice: ", "Information\u{202f}: "),
        ]
        .into_iter()
        .find(|(english, _)| line.starts_with(english));
        match label {
            Some((english, french)) => {
                out.push_str(french);
                out.push_str(&line[english.len()..]);
            }
            None => out.push_str(line),
        }
    }
    out
}

/// The sanitised texts of the files, read once each.
struct Sources<'r> {
    report: &'r Report,
    cache: HashMap<PathBuf, Option<Source>>,
}

impl<'r> Sources<'r> {
    fn new(report: &'r Report) -> Self {
        Sources {
            report,
            cache: HashMap::new(),
        }
    }

    fn get(&mut self, path: &Path) -> Option<Source> {
        let report = self.report;
        self.cache
            .entry(path.to_path_buf())
            .or_insert_with(|| {
                let text = match report.sources.get(path) {
                    Some(source) => same_length(&source.text),
                    // A related place in a file without findings of its own (PLAN001).
                    None => same_length(&std::fs::read_to_string(path).ok()?),
                };
                Some(NamedSource::new(
                    terminal(&path.display().to_string()),
                    Arc::new(text),
                ))
            })
            .clone()
    }
}

/// One diagnostic as miette sees it.
struct View {
    message: String,
    code: &'static str,
    severity: Severity,
    hint: Option<String>,
    source: Option<Source>,
    labels: Vec<LabeledSpan>,
    related: Vec<View>,
}

impl View {
    fn new(d: &Diagnostic, sources: &mut Sources<'_>, style: &Style) -> Self {
        let source = d.location.and_then(|_| sources.get(&d.path));
        let title = style
            .lang
            .message(&format!("{}-title", d.code), &Args::new());
        let mut labels = Vec::new();
        let mut related = Vec::new();
        if let (Some(loc), Some(_)) = (d.location, &source) {
            labels.push(LabeledSpan::new_primary_with_span(Some(title), span(loc)));
        }
        for other in &d.related {
            if other.path == d.path && source.is_some() {
                labels.push(LabeledSpan::new_with_span(
                    Some(terminal(&other.message)),
                    span(other.location),
                ));
            } else {
                related.push(View {
                    message: terminal(&other.message),
                    code: d.code.as_str(),
                    severity: Severity::Info,
                    hint: None,
                    source: sources.get(&other.path),
                    labels: vec![LabeledSpan::new_primary_with_span(
                        None,
                        span(other.location),
                    )],
                    related: Vec::new(),
                });
            }
        }
        let message = if source.is_some() {
            terminal(&d.message)
        } else {
            // No text to frame (not UTF-8, unreadable): the place leads the message.
            terminal(&format!("{}: {}", d.place(), d.message))
        };
        View {
            message,
            code: d.code.as_str(),
            severity: d.severity,
            hint: d
                .hint
                .as_deref()
                .map(|h| terminal(h.split(FIX_START).next().unwrap_or(h))),
            source,
            labels,
            related,
        }
    }
}

fn span(location: Location) -> SourceSpan {
    SourceSpan::new(location.span.start.into(), location.span.len())
}

impl fmt::Debug for View {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Display for View {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for View {}

impl miette::Diagnostic for View {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.code))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.hint
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        self.source.as_ref().map(|s| s as &dyn SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        if self.labels.is_empty() {
            return None;
        }
        Some(Box::new(self.labels.iter().cloned()))
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn miette::Diagnostic> + 'a>> {
        if self.related.is_empty() {
            return None;
        }
        Some(Box::new(
            self.related.iter().map(|r| r as &dyn miette::Diagnostic),
        ))
    }
}

/// A tool error about a file (a bad configuration), with its code frame.
pub fn render_tool_error(
    path: &Path,
    text: &str,
    span: Option<std::ops::Range<usize>>,
    message: &str,
    hint: Option<&str>,
) -> String {
    let source = NamedSource::new(
        terminal(&path.display().to_string()),
        Arc::new(same_length(text)),
    );
    let view = View {
        message: terminal(message),
        code: "config",
        severity: Severity::Error,
        hint: hint.map(terminal),
        labels: span
            .map(|s| {
                vec![LabeledSpan::new_primary_with_span(
                    None,
                    SourceSpan::new(s.start.into(), s.len()),
                )]
            })
            .unwrap_or_default(),
        source: Some(source),
        related: Vec::new(),
    };
    let handler =
        GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor()).with_links(false);
    let mut out = String::new();
    let _ = handler.render_report(&mut out, &view);
    out
}

/// A configuration error in the run's language, with the place shown as a code frame.
pub fn render_config_error(err: &crate::config::canevas_toml::ConfigError, lang: Lang) -> String {
    let mut args = Args::new();
    for (name, value) in &err.args {
        args = args.with(name, value.as_str());
    }
    let message = lang.message(err.message_id, &args);
    let hint = lang.attribute(err.message_id, "hint", &args);
    let text = render_tool_error(
        &err.path,
        &err.text,
        err.span.clone(),
        &message,
        hint.as_deref(),
    );
    match lang {
        Lang::Fr => french_labels(&text),
        Lang::En => text,
    }
}
