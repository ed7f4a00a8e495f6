//! canevas findings as LSP diagnostics: UTF-16 ranges, the code, the severity
//! of the run (after `canevas.toml`), the hint under the message, the other
//! places (`PLAN001`'s other file) as related information, and a link to the
//! rule's documentation in the person's language.

use std::cell::RefCell;
use std::collections::HashSet;
use std::fs;
use std::path::PathBuf;

use lsp_types::{
    CodeDescription, DiagnosticRelatedInformation, DiagnosticSeverity, NumberOrString, Range, Uri,
};

use super::session::Session;
use super::{position, uri};
use crate::config::canevas_toml::ConfigError;
use crate::diagnostic::{Diagnostic, Location, Severity};
use crate::i18n::{Args, Lang};
use crate::pipeline::source::SourceFile;
use crate::rules::{Code, docs};

pub(crate) fn to_lsp(finding: &Diagnostic, session: &Session) -> lsp_types::Diagnostic {
    let range = match (session.documents.get(&finding.path), finding.location) {
        (Some(document), Some(location)) => position::range(&document.source, location.span),
        _ => Range::default(),
    };
    let message = match &finding.hint {
        Some(hint) => format!("{}\n{hint}", finding.message),
        None => finding.message.clone(),
    };
    let related = finding
        .related
        .iter()
        .filter_map(|r| {
            Some(DiagnosticRelatedInformation {
                location: lsp_types::Location {
                    uri: uri::from_path(&r.path)?,
                    range: range_elsewhere(session, &r.path, r.location),
                },
                message: r.message.clone(),
            })
        })
        .collect::<Vec<_>>();
    lsp_types::Diagnostic {
        range,
        severity: Some(severity(finding.severity)),
        code: Some(NumberOrString::String(finding.code.as_str().to_owned())),
        code_description: session
            .docs
            .href(finding.code)
            .map(|href| CodeDescription { href }),
        source: Some("canevas".to_owned()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: None,
    }
}

fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}

/// A place in another file, converted with that file's text when it can be read.
fn range_elsewhere(session: &Session, path: &std::path::Path, location: Location) -> Range {
    match session.text_of(path) {
        Some(source) => position::range(&source, location.span),
        None => {
            let at = |p: crate::diagnostic::Position| {
                lsp_types::Position::new(
                    p.line.saturating_sub(1) as u32,
                    p.column.saturating_sub(1) as u32,
                )
            };
            Range::new(at(location.start), at(location.end))
        }
    }
}

/// A `canevas.toml` that cannot be used, as a diagnostic on it.
pub(crate) fn config_problem(err: &ConfigError, lang: Lang) -> (PathBuf, lsp_types::Diagnostic) {
    let mut args = Args::new();
    for (name, value) in &err.args {
        args = args.with(name, value.as_str());
    }
    let mut message = lang.message(err.message_id, &args);
    if let Some(hint) = lang.attribute(err.message_id, "hint", &args) {
        message = format!("{message}\n{hint}");
    }
    let source = SourceFile::new(err.path.clone(), err.text.clone());
    let range = err.span.clone().map_or_else(Range::default, |span| {
        position::range(&source, crate::diagnostic::Span::new(span.start, span.end))
    });
    let diagnostic = lsp_types::Diagnostic {
        range,
        severity: Some(DiagnosticSeverity::ERROR),
        source: Some("canevas".to_owned()),
        message,
        ..lsp_types::Diagnostic::default()
    };
    (err.path.clone(), diagnostic)
}

/// The documentation of the rules, written once per session as Markdown files
/// in the temporary folder, so that a diagnostic's link opens it in the
/// editor, in the person's language, without a network.
pub(crate) struct RuleDocs {
    lang: Lang,
    folder: PathBuf,
    written: RefCell<HashSet<Code>>,
}

impl RuleDocs {
    pub(crate) fn new(lang: Lang) -> Self {
        let folder = std::env::temp_dir()
            .join(format!("canevas-{}", env!("CARGO_PKG_VERSION")))
            .join(lang.code());
        RuleDocs {
            lang,
            folder,
            written: RefCell::new(HashSet::new()),
        }
    }

    /// The `file://` link to the documentation of `code`, written on first use.
    pub(crate) fn href(&self, code: Code) -> Option<Uri> {
        let path = self.folder.join(format!("{}.md", code.as_str()));
        if !self.written.borrow().contains(&code) {
            fs::create_dir_all(&self.folder).ok()?;
            fs::write(&path, explain_markdown(code, self.lang)?).ok()?;
            self.written.borrow_mut().insert(code);
        }
        uri::from_path(&path)
    }
}

/// What `canevas explain CODE` says, as Markdown (hover shows it too).
pub(crate) fn explain_markdown(code: Code, lang: Lang) -> Option<String> {
    let doc = docs::doc(code, lang)?;
    let title = lang.message(&format!("{code}-title"), &Args::new());
    let mut text = format!("# {code} · {title}\n");
    for section in &doc.sections {
        text.push_str(&format!("\n## {}\n\n{}\n", section.heading, section.body));
    }
    Some(text)
}
