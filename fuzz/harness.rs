//! The property the fuzz target checks, shared with the replay test in
//! `tests/it/hostile.rs` so that stable Rust runs it over the committed corpus.

use canevas::config::Settings;
use canevas::i18n::Lang;
use canevas::pipeline::check::check_source;
use canevas::pipeline::source::SourceFile;

/// Runs the whole per-file pipeline on `bytes`: it must end in findings or in
/// none, never panic, and every finding must point inside the text, on
/// character boundaries, with its start before its end.
pub(crate) fn check_bytes(bytes: &[u8]) {
    let Ok(source) = SourceFile::from_bytes("fuzz.yaml".into(), bytes.to_vec()) else {
        return; // not UTF-8: FILE001, before any parsing
    };
    let settings = Settings::new(Lang::En);
    let outcome = check_source(&source, &settings);
    for diagnostic in &outcome.diagnostics {
        assert!(!diagnostic.message.is_empty(), "{diagnostic:?}");
        if let Some(location) = diagnostic.location {
            let span = location.span;
            assert!(span.start <= span.end, "{diagnostic:?}");
            assert!(span.end <= source.text.len(), "{diagnostic:?}");
            assert!(source.text.is_char_boundary(span.start), "{diagnostic:?}");
            assert!(source.text.is_char_boundary(span.end), "{diagnostic:?}");
            assert!(location.start <= location.end, "{diagnostic:?}");
        }
    }
}
