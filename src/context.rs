//! The per-file context that every stage and rule reports through: it knows the
//! source (for positions) and hands findings to the [`Reporter`], which decides
//! their severity.

use crate::config::Settings;
use crate::diagnostic::{Diagnostic, Finding, Related, Reporter, Span};
use crate::i18n::{Args, Lang};
use crate::pipeline::source::SourceFile;
use crate::rules::Code;

pub struct FileContext<'a> {
    pub source: &'a SourceFile,
    pub settings: &'a Settings,
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
        let finding = Finding {
            code,
            message_id,
            path: &self.source.path,
            location: span.map(|s| self.source.locate(s)),
            args,
        };
        let diagnostic = self.reporter.diagnostic(finding)?;
        self.diagnostics.push(diagnostic);
        self.diagnostics.last_mut()
    }

    /// A secondary place in this file, with the message `message_id`.
    pub fn related(&self, span: Span, message_id: &str, args: &Args) -> Related {
        let location = self.source.locate(span);
        self.reporter
            .related(&self.source.path, location, message_id, args)
    }
}
