//! Stable fingerprints of findings, for CI systems that follow a finding from
//! one run to the next (GitLab Code Quality, SARIF `partialFingerprints`).

use std::collections::HashMap;
use std::path::PathBuf;

use crate::diagnostic::Diagnostic;
use crate::pipeline::source::SourceFile;
use crate::text::uri;

/// One fingerprint per finding, in the order of `diagnostics`: a hash of the code,
/// the file and the message (which names the values at fault), not of the line,
/// so that a line added above does not change it; the n-th identical finding of
/// a file gets its rank mixed in, so that no two findings share one.
pub fn fingerprints(diagnostics: &[Diagnostic]) -> Vec<String> {
    ranked(diagnostics.iter().map(|d| {
        fnv1a(&[
            d.code.as_str().as_bytes(),
            d.path.to_string_lossy().as_bytes(),
            d.message.as_bytes(),
        ])
    }))
}

/// One fingerprint per finding for SARIF `partialFingerprints`: a hash of the
/// code, the file's URI and the text at the finding's place with its white
/// space collapsed. Neither a line added above nor a re-indentation changes it,
/// and, unlike the message, that text holds no line number (`YAML002` names the
/// line of the first key). A finding without a place or whose text is not in
/// `sources` hashes its message instead. Ranks keep repeated findings apart.
pub fn by_text(diagnostics: &[Diagnostic], sources: &HashMap<PathBuf, SourceFile>) -> Vec<String> {
    ranked(diagnostics.iter().map(|d| {
        let uri = uri::from_path(&d.path);
        let text = d
            .location
            .zip(sources.get(&d.path))
            .map(|(location, source)| source.slice(location.span))
            .filter(|text| !text.trim().is_empty())
            .unwrap_or(&d.message);
        let mut parts = vec![d.code.as_str().as_bytes(), uri.as_bytes()];
        parts.extend(text.split_whitespace().map(str::as_bytes));
        fnv1a(&parts)
    }))
}

/// Mixes into each hash how many times it was seen before, so that the n-th
/// identical finding of a file gets its own fingerprint.
fn ranked(bases: impl Iterator<Item = u64>) -> Vec<String> {
    let mut seen: HashMap<u64, u32> = HashMap::new();
    bases
        .map(|base| {
            let rank = seen.entry(base).or_insert(0);
            *rank += 1;
            format!(
                "{:016x}",
                fnv1a(&[&base.to_le_bytes(), &rank.to_le_bytes()])
            )
        })
        .collect()
}

/// FNV-1a, 64 bits: tiny, and the same on every machine and release (unlike
/// the standard library's hasher, whose output may change between releases).
fn fnv1a(parts: &[&[u8]]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for part in parts {
        for byte in part.iter().chain(&[0xff]) {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::{Location, Position, Severity, Span};
    use crate::rules::Code;

    fn finding(line: usize, message: &str) -> Diagnostic {
        let position = Position { line, column: 1 };
        Diagnostic {
            code: Code::Can006,
            severity: Severity::Error,
            message: message.to_owned(),
            hint: None,
            path: "a.yaml".into(),
            location: Some(Location {
                start: position,
                end: position,
                ..Location::default()
            }),
            related: Vec::new(),
        }
    }

    #[test]
    fn text_fingerprints_follow_the_text_not_the_line() {
        let source = |text: &str| {
            let mut sources = HashMap::new();
            let file = SourceFile::new("a.yaml".into(), text.to_owned());
            sources.insert(file.path.clone(), file);
            sources
        };
        let at = |sources: &HashMap<PathBuf, SourceFile>, needle: &str, message: &str| {
            let file = &sources[&PathBuf::from("a.yaml")];
            let start = file.text.find(needle).unwrap();
            let mut d = finding(1, message);
            d.location = Some(file.locate(Span::new(start, start + needle.len())));
            d
        };
        let before = source("id: x\nlead: à désigner\n");
        let after = source("# new comment\nid: x\nlead:   à   désigner\n");
        let a = by_text(&[at(&before, "à désigner", "line 2")], &before);
        let b = by_text(&[at(&after, "à   désigner", "line 3")], &after);
        assert_eq!(a, b, "same text, other line and spacing: same fingerprint");
        let c = by_text(&[at(&after, "id: x", "line 3")], &after);
        assert_ne!(a, c, "other text: other fingerprint");
        let twice = by_text(&[finding(1, "m"), finding(2, "m")], &HashMap::new());
        assert_ne!(twice[0], twice[1], "repeated findings stay apart");
    }

    #[test]
    fn stable_when_lines_move_and_unique_when_findings_repeat() {
        let before = fingerprints(&[finding(3, "x"), finding(9, "x"), finding(12, "y")]);
        let after = fingerprints(&[finding(5, "x"), finding(11, "x"), finding(14, "y")]);
        assert_eq!(before, after);
        assert_eq!(
            before
                .iter()
                .collect::<std::collections::HashSet<_>>()
                .len(),
            3
        );
        assert_eq!(before[0].len(), 16);
    }
}
