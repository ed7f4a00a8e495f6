//! Stable fingerprints of findings, for CI systems that follow a finding from
//! one run to the next (GitLab Code Quality, SARIF `partialFingerprints`).

use std::collections::HashMap;

use crate::diagnostic::Diagnostic;

/// One fingerprint per finding, in the order of `diagnostics`: a hash of the code,
/// the file and the message (which names the values at fault), not of the line,
/// so that a line added above does not change it; the n-th identical finding of
/// a file gets its rank mixed in, so that no two findings share one.
pub fn fingerprints(diagnostics: &[Diagnostic]) -> Vec<String> {
    let mut seen: HashMap<u64, u32> = HashMap::new();
    diagnostics
        .iter()
        .map(|d| {
            let base = fnv1a(&[
                d.code.as_str().as_bytes(),
                d.path.to_string_lossy().as_bytes(),
                d.message.as_bytes(),
            ]);
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
    use crate::diagnostic::{Location, Position, Severity};
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
