//! The per-file context that every stage and rule reports through: it knows the
//! source (for positions) and hands findings to the [`Reporter`], which decides
//! their severity.

use crate::config::Settings;
use crate::diagnostic::{Diagnostic, Finding, Related, Reporter, Span};
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
    reporter: Reporter<'a>,
}

impl<'a> FileContext<'a> {
    pub fn new(source: &'a SourceFile, settings: &'a Settings) -> Self {
        FileContext {
            source,
            settings,
            document: Document::default(),
            french_keys: settings.lang == Lang::Fr,
            diagnostics: Vec::new(),
            reporter: Reporter::new(settings),
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
        let diagnostic = self
            .reporter
            .diagnostic(self.finding(code, message_id, span, args))?;
        self.diagnostics.push(diagnostic);
        self.diagnostics.last_mut()
    }

    /// Reports `code` as information only, whatever its configured severity
    /// (see [`Reporter::information`]).
    pub fn inform(&mut self, code: Code, message_id: &str, span: Option<Span>, args: Args) {
        let finding = self.finding(code, message_id, span, args);
        if let Some(diagnostic) = self.reporter.information(finding) {
            self.diagnostics.push(diagnostic);
        }
    }

    fn finding<'f>(
        &'f self,
        code: Code,
        message_id: &'f str,
        span: Option<Span>,
        args: Args,
    ) -> Finding<'f> {
        Finding {
            code,
            message_id,
            path: &self.source.path,
            location: span.map(|s| self.source.locate(s)),
            args,
        }
    }

    /// The message id of a case that names what the file holds:
    /// `YAML003-empty` for a proposal, `YAML003-empty-group` for a working
    /// group, `YAML003-empty-support` for the support group.
    pub fn document_message(&self, base: &str) -> String {
        match self.document {
            Document::Proposal => base.to_owned(),
            Document::Group => format!("{base}-group"),
            Document::SupportGroup => format!("{base}-support"),
        }
    }

    /// A secondary place in this file, with the message `message_id`.
    pub fn related(&self, span: Span, message_id: &str, args: &Args) -> Related {
        let location = self.source.locate(span);
        self.reporter
            .related(&self.source.path, location, message_id, args)
    }
}
