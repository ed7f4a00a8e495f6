//! `--format human`: miette code frames, the offending text underlined, the hint
//! below. Text from the proposals is neutralised before it reaches the terminal.

use std::collections::HashMap;
use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteError, MietteSpanContents,
    SourceCode, SourceSpan, SpanContents,
};

use super::{Report, Style};
use crate::diagnostic::{Diagnostic, Location, Related, Severity};
use crate::i18n::{Args, Lang};
use crate::pipeline::source::SourceFile;
use crate::text::escape::{same_length, terminal};

/// Lines longer than this get no code frame: the finding is shown with its
/// place in the message. A terminal shows no such line usefully, and miette's
/// renderer panics on an underline past column 65,535.
const MAX_FRAMED_LINE: usize = 1_000;

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
                let framed = match report.sources.get(path) {
                    Some(source) => Framed::new(source),
                    // A related place in a file without findings of its own
                    // (PLAN001), or the configuration (PLAN002).
                    None => {
                        let text = std::fs::read_to_string(path).ok()?;
                        Framed::new(&SourceFile::new(path.to_path_buf(), text))
                    }
                };
                Some(Arc::new(framed))
            })
            .clone()
    }
}

type Source = Arc<Framed>;

/// A file's text as miette reads it: made safe for a terminal, with lines
/// and columns from [`SourceFile`] (characters, the byte-order mark not
/// counted, `\r` alone ending a line), the same as every other format. Each
/// read looks its lines up in the index: constant work per finding, where
/// miette's own reader scans the file from its start every time.
struct Framed {
    name: String,
    source: SourceFile,
}

impl Framed {
    fn new(source: &SourceFile) -> Self {
        let mut text = same_length(&source.text);
        // The byte-order mark stays, so that line 1 starts after it: no frame shows it.
        if source.text.starts_with('\u{FEFF}') {
            text.replace_range(..3, "\u{FEFF}");
        }
        Framed {
            name: terminal(&source.path.display().to_string()),
            source: SourceFile::new(source.path.clone(), text),
        }
    }

    /// Whether every line from `location`'s start to its end is short enough to frame.
    fn frames(&self, location: Location) -> bool {
        (location.start.line..=location.end.line).all(|line| {
            let range = self.source.line_range(line.saturating_sub(1), false);
            range.len() <= MAX_FRAMED_LINE
                || self.source.text[range]
                    .chars()
                    .nth(MAX_FRAMED_LINE)
                    .is_none()
        })
    }
}

impl SourceCode for Framed {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn SpanContents<'a> + 'a>, MietteError> {
        let source = &self.source;
        let (start, end) = (span.offset(), span.offset() + span.len());
        if end > source.text.len() {
            return Err(MietteError::OutOfBounds);
        }
        let first = source.line_of(start);
        // As miette's reader: a span that takes its line break (a block
        // text) reaches the next line, which then counts as its last.
        let last = source.line_of(end);
        let from = first.saturating_sub(before);
        let to = (last + after).min(source.line_count() - 1);
        // As miette's reader: without lines before, the data starts at the span.
        let (data_start, line, column) = if before == 0 {
            (start, first, source.position(start).column - 1)
        } else {
            (source.line_range(from, true).start, from, 0)
        };
        let data_end = source.line_range(to, true).end.max(data_start);
        Ok(Box::new(MietteSpanContents::new_named(
            self.name.clone(),
            &source.text.as_bytes()[data_start..data_end],
            SourceSpan::new(data_start.into(), data_end - data_start),
            line,
            column,
            to - from + 1,
        )))
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
        let source = d
            .location
            .and_then(|loc| sources.get(&d.path).filter(|s| s.frames(loc)));
        let title = style
            .lang
            .message(&format!("{}-title", d.code), &Args::new());
        let mut labels = Vec::new();
        let mut related = Vec::new();
        if let (Some(loc), Some(_)) = (d.location, &source) {
            labels.push(LabeledSpan::new_primary_with_span(Some(title), span(loc)));
        }
        for other in &d.related {
            let message = terminal(&other.message);
            match (&source, d.location) {
                (Some(framed), Some(at))
                    if other.path == d.path
                        && framed.frames(other.location)
                        && near(at, other.location) =>
                {
                    labels.push(LabeledSpan::new_with_span(
                        Some(message),
                        span(other.location),
                    ));
                }
                _ => related.push(View::related(d, other, sources)),
            }
        }
        let message = if source.is_some() {
            terminal(&d.message)
        } else {
            // No text to frame (not UTF-8, unreadable, a line too long): the
            // place leads the message.
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

    /// A related place shown on its own, framed when its line can be.
    fn related(d: &Diagnostic, other: &Related, sources: &mut Sources<'_>) -> Self {
        let source = sources
            .get(&other.path)
            .filter(|s| s.frames(other.location));
        let message = match source {
            Some(_) => terminal(&other.message),
            None => {
                let start = other.location.start;
                let place = format!("{}:{}:{}", other.path.display(), start.line, start.column);
                terminal(&format!("{place}: {}", other.message))
            }
        };
        View {
            message,
            code: d.code.as_str(),
            severity: Severity::Info,
            hint: None,
            labels: source
                .iter()
                .map(|_| LabeledSpan::new_primary_with_span(None, span(other.location)))
                .collect(),
            source,
            related: Vec::new(),
        }
    }
}

/// Whether two places are close enough to share one frame (miette merges
/// frames whose lines touch): farther apart, the related place gets a frame
/// of its own after the finding's, so that the finding's frame comes first
/// (its header is the finding's place) and no frame holds every line between
/// two places far apart (a file of many duplicate keys would print the file
/// again for each).
fn near(at: Location, other: Location) -> bool {
    other.end.line + 2 >= at.start.line && other.start.line <= at.end.line + 2
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
        self.source.as_deref().map(|s| s as &dyn SourceCode)
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
    let source = Framed::new(&SourceFile::new(path.to_path_buf(), text.to_owned()));
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
        source: Some(Arc::new(source)),
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
