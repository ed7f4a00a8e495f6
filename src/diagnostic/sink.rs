//! The one place findings are created (cargo-deny's sink). Stages and rules
//! say what they found — a code, a place, a message and its arguments; the
//! reporter alone decides the severity: the registry's default, then the
//! `[rules]` table of `canevas.toml`, where `off` drops the finding.

use std::path::Path;

use crate::config::Settings;
use crate::i18n::Args;
use crate::rules::Code;

use super::{Diagnostic, Location, Related, Severity};

/// What a stage or a rule found, before the reporter gives it a severity.
pub struct Finding<'a> {
    pub code: Code,
    /// The message id; its `hint` attribute, when present, is the hint.
    pub message_id: &'a str,
    pub path: &'a Path,
    /// `None` for a finding about a whole file, folder or plan.
    pub location: Option<Location>,
    pub args: Args,
}

/// Turns findings into diagnostics in the run's language and severities.
#[derive(Clone, Copy)]
pub struct Reporter<'a> {
    settings: &'a Settings,
}

impl<'a> Reporter<'a> {
    pub fn new(settings: &'a Settings) -> Self {
        Reporter { settings }
    }

    /// The severity of `code` in this run; `None` when it is turned off.
    pub fn severity(&self, code: Code) -> Option<Severity> {
        match self.settings.severities.get(&code) {
            Some(over) => *over,
            None => Some(code.meta().severity),
        }
    }

    /// The diagnostic for `finding`, or `None` when its code is turned off.
    pub fn diagnostic(&self, finding: Finding<'_>) -> Option<Diagnostic> {
        let severity = self.severity(finding.code)?;
        Some(self.build(finding, severity))
    }

    /// A finding that is information only, whatever the severity its code has
    /// in this run (a rule that could not conclude: `GRP003` when genders are
    /// missing); `None` when the code is turned off.
    pub fn information(&self, finding: Finding<'_>) -> Option<Diagnostic> {
        self.severity(finding.code)?;
        Some(self.build(finding, Severity::Info))
    }

    /// A `FILE001` finding. It cannot be turned off: a file that could not be
    /// read would otherwise pass unseen (an `off` in `canevas.toml` leaves it
    /// an error).
    pub fn file_problem(
        &self,
        path: &Path,
        message_id: &str,
        args: Args,
        location: Option<Location>,
    ) -> Diagnostic {
        let code = Code::File001;
        let severity = self.severity(code).unwrap_or(Severity::Error);
        let finding = Finding {
            code,
            message_id,
            path,
            location,
            args,
        };
        self.build(finding, severity)
    }

    /// A secondary place of a finding, with the message `message_id`.
    pub fn related(
        &self,
        path: &Path,
        location: Location,
        message_id: &str,
        args: &Args,
    ) -> Related {
        Related {
            path: path.to_path_buf(),
            location,
            message: self.settings.lang.message(message_id, args),
        }
    }

    fn build(&self, finding: Finding<'_>, severity: Severity) -> Diagnostic {
        let text = (self.settings.lang, finding.message_id, &finding.args);
        let path = finding.path.to_path_buf();
        Diagnostic::localized(finding.code, severity, path, finding.location, text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    fn finding(code: Code) -> Finding<'static> {
        Finding {
            code,
            message_id: "CAN001",
            path: Path::new("a.yaml"),
            location: None,
            args: Args::new().with("count", 3usize).with("min", 15usize),
        }
    }

    #[test]
    fn the_registry_gives_the_default_severity_and_the_run_the_language() {
        let settings = Settings::new(Lang::Fr);
        let d = Reporter::new(&settings)
            .diagnostic(finding(Code::Can001))
            .unwrap();
        assert_eq!(d.severity, Code::Can001.meta().severity);
        let args = finding(Code::Can001).args;
        assert_eq!(d.message, Lang::Fr.message("CAN001", &args));
        assert_eq!(d.hint, Lang::Fr.attribute("CAN001", "hint", &args));
    }

    #[test]
    fn the_configuration_overrides_and_off_drops() {
        let mut settings = Settings::new(Lang::En);
        settings
            .severities
            .insert(Code::Can001, Some(Severity::Error));
        settings.severities.insert(Code::Can002, None);
        let reporter = Reporter::new(&settings);
        let raised = reporter.diagnostic(finding(Code::Can001)).unwrap();
        assert_eq!(raised.severity, Severity::Error);
        assert!(reporter.diagnostic(finding(Code::Can002)).is_none());
        // Information stays information, unless the code is off.
        let info = reporter.information(finding(Code::Can001)).unwrap();
        assert_eq!(info.severity, Severity::Info);
        assert!(reporter.information(finding(Code::Can002)).is_none());
    }

    #[test]
    fn an_unreadable_file_cannot_be_turned_off() {
        let mut settings = Settings::new(Lang::En);
        settings.severities.insert(Code::File001, None);
        let d = Reporter::new(&settings).file_problem(
            Path::new("a.yaml"),
            "FILE001-internal",
            Args::new(),
            None,
        );
        assert_eq!((d.code, d.severity), (Code::File001, Severity::Error));
    }
}
