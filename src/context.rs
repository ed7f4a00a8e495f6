//! The per-file context that every stage and rule reports through: it knows the
//! source (for positions), the language (for messages) and the severities.

use std::path::Path;

use crate::config::Settings;
use crate::diagnostic::{Diagnostic, Location, Related, Severity, Span};
use crate::i18n::{Args, Lang};
use crate::pipeline::source::SourceFile;
use crate::rules::Code;
use crate::vocabulary::Document;

pub struct FileContext<'a> {
    pub source: &'a SourceFile,
    pub settings: &'a Settings,
    /// What the file is (a proposal, a working group, the support group), by its name.
    pub document: Document,
    /// Whether the file's keys are mostly French: messages then name keys in French.
    pub french_keys: bool,
    pub diagnostics: Vec<Diagnostic>,
}

impl<'a> FileContext<'a> {
    pub fn new(source: &'a SourceFile, settings: &'a Settings) -> Self {
        FileContext {
            source,
            settings,
            document: Document::default(),
            french_keys: settings.lang == Lang::Fr,
            diagnostics: Vec::new(),
        }
    }

    pub fn lang(&self) -> Lang {
        self.settings.lang
    }

    /// Reports `code` with the message of the same id (and its `hint` attribute).
    pub fn report(
        &mut self,
        code: Code,
        span: Option<Span>,
        args: Args,
    ) -> Option<&mut Diagnostic> {
        self.report_as(code, code.as_str(), span, args)
    }

    /// Reports `code` with the message `message_id`, for codes that have several cases.
    pub fn report_as(
        &mut self,
        code: Code,
        message_id: &str,
        span: Option<Span>,
        args: Args,
    ) -> Option<&mut Diagnostic> {
        let severity = self.settings.severity(code)?;
        let location = span.map(|s| self.source.locate(s));
        let text = (self.lang(), message_id, &args);
        let diagnostic =
            Diagnostic::localized(code, severity, self.source.path.clone(), location, text);
        self.diagnostics.push(diagnostic);
        self.diagnostics.last_mut()
    }

    /// A secondary place in this file, with the message `message_id`.
    pub fn related(&self, span: Span, message_id: &str, args: &Args) -> Related {
        Related {
            path: self.source.path.clone(),
            location: self.source.locate(span),
            message: self.lang().message(message_id, args),
        }
    }
}

/// A `FILE001` finding, for files that have no text to point into.
pub fn file_problem(
    path: &Path,
    message_id: &str,
    args: Args,
    location: Option<Location>,
    settings: &Settings,
) -> Diagnostic {
    let severity = settings.severity(Code::File001).unwrap_or(Severity::Error);
    let text = (settings.lang, message_id, &args);
    Diagnostic::localized(Code::File001, severity, path.to_path_buf(), location, text)
}
