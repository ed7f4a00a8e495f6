//! Hostile shapes of one file (bench/hostile.sh times them at 1 MiB): many
//! unknown keys, all of them on one long line, many duplicate keys. Every
//! finding is reported, once, in every format, at its right column.
//!
//! The algorithms are linear by construction (keys hashed once past a few,
//! columns counted from a checkpoint at most 1 KiB back, frames read through
//! the line index, documents written one finding at a time); this test runs
//! each shape at a modest size, in the library, and fails instead of hanging
//! if a step turns quadratic again: at these sizes the quadratic code took
//! minutes, the linear one takes seconds even in a debug build.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Duration;

use canevas::config::Settings;
use canevas::i18n::Lang;
use canevas::pipeline::check::check_source;
use canevas::pipeline::source::SourceFile;
use canevas::report::{self, Format, Report, Style};

const KEYS: usize = 5_000;

/// A generous bound: a whole shape, every format, in a debug build on a
/// loaded machine, takes seconds.
const WATCHDOG: Duration = Duration::from_secs(300);

fn report_of(name: &str, text: String) -> Report {
    let settings = Settings::new(Lang::En);
    let source = SourceFile::new(PathBuf::from(name), text);
    let mut outcome = check_source(&source, &settings);
    outcome.diagnostics.sort_by(canevas::diagnostic::compare);
    Report {
        diagnostics: outcome.diagnostics,
        suppressed: Vec::new(),
        files: vec![source.path.clone()],
        sources: HashMap::from([(source.path.clone(), source)]),
        proposals: HashMap::new(),
        groups: HashMap::new(),
        support_groups: Vec::new(),
    }
}

fn written(report: &Report, format: Format) -> String {
    let style = Style {
        color: false,
        width: 100,
        lang: Lang::En,
        quiet: false,
        statistics: false,
        deny_warnings: false,
    };
    let mut out = Vec::new();
    report::write(report, format, &style, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// How many findings of `code` each format carries.
fn counts(report: &Report, code: &str) -> Vec<(&'static str, usize)> {
    let json: serde_json::Value = serde_json::from_str(&written(report, Format::Json)).unwrap();
    let sarif: serde_json::Value = serde_json::from_str(&written(report, Format::Sarif)).unwrap();
    let gitlab: serde_json::Value = serde_json::from_str(&written(report, Format::Gitlab)).unwrap();
    let tag = format!("[{code}]");
    let junit = written(report, Format::Junit);
    vec![
        (
            "concise",
            written(report, Format::Concise).matches(&tag).count(),
        ),
        (
            "human",
            written(report, Format::Human)
                .lines()
                .filter(|line| *line == code)
                .count(),
        ),
        ("json", json["findings"].as_array().unwrap().len()),
        (
            "sarif",
            sarif["runs"][0]["results"].as_array().unwrap().len(),
        ),
        ("gitlab", gitlab.as_array().unwrap().len()),
        ("github", written(report, Format::Github).lines().count()),
        ("junit", junit.matches(&tag).count()),
    ]
}

/// Runs `shape` on another thread, failing if it outlives the watchdog.
fn bounded(shape: impl FnOnce() + Send + 'static) {
    let (done, finished) = mpsc::channel();
    let worker = std::thread::spawn(move || {
        shape();
        let _ = done.send(());
    });
    match finished.recv_timeout(WATCHDOG) {
        Ok(()) => worker.join().unwrap(),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            // The shape panicked: show its own message.
            std::panic::resume_unwind(worker.join().unwrap_err())
        }
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("more than {WATCHDOG:?}: a step is no longer linear")
        }
    }
}

#[test]
fn many_unknown_keys_each_get_one_finding_in_every_format() {
    bounded(|| {
        let mut text = String::from("id: A1-01\n");
        for i in 0..KEYS {
            text.push_str(&format!("k{i}: 1\n"));
        }
        let report = report_of("keys.yaml", text);
        // The missing sections are reported too (title, axis…): count the
        // unknown keys by their message.
        let unknown = report
            .diagnostics
            .iter()
            .filter(|d| d.message.contains("is not part of the canvas"))
            .count();
        assert_eq!(unknown, KEYS);
        let all = report.diagnostics.len();
        for (format, count) in counts(&report, "SCHEMA001") {
            assert_eq!(count, all, "{format}");
        }
    });
}

#[test]
fn keys_on_one_long_line_get_their_columns_in_characters() {
    bounded(|| {
        let mut text = String::from("{é: 1");
        for i in 0..KEYS {
            text.push_str(&format!(", k{i}: 1"));
        }
        text.push_str("}\n");
        let last = format!("k{}", KEYS - 1);
        let column = text[..text.find(&format!(" {last}:")).unwrap() + 1]
            .chars()
            .count()
            + 1;
        let report = report_of("line.yaml", text);
        let place = report
            .diagnostics
            .iter()
            .find(|d| d.message.contains(&format!("\"{last}\"")))
            .and_then(|d| d.location)
            .expect("the last key is reported");
        assert_eq!((place.start.line, place.start.column), (1, column));
        for (format, count) in counts(&report, "SCHEMA001") {
            assert_eq!(count, report.diagnostics.len(), "{format}");
        }
    });
}

#[test]
fn many_duplicate_keys_each_get_one_finding_in_every_format() {
    bounded(|| {
        let text = format!("id: A1-01\n{}", "titre: x\n".repeat(KEYS));
        let report = report_of("duplicates.yaml", text);
        assert_eq!(report.diagnostics.len(), KEYS - 1);
        // Each finding's frame shows its own lines, and the first key's in a
        // frame of its own: never every line between the two.
        let human = written(&report, Format::Human);
        assert!(
            human.lines().count() < 30 * KEYS,
            "{} lines",
            human.lines().count()
        );
        // The finding's frame comes first: its header is the finding's place
        // (the related place, line 2, follows in its own frame).
        for block in human.split("\nYAML002\n").skip(1) {
            let header = block.lines().find(|l| l.contains("╭─[")).unwrap();
            assert!(!header.contains("duplicates.yaml:2:"), "{block}");
        }
        for (format, count) in counts(&report, "YAML002") {
            assert_eq!(count, KEYS - 1, "{format}");
        }
    });
}

#[test]
fn a_finding_past_column_65535_is_shown_without_a_frame_and_no_panic() {
    let dir = tempfile::tempdir().unwrap();
    // One line: a long title, then a key that is not part of the canvas.
    let long = format!(
        "{{id: A1-01, titre: \"{}\", inconnu: 1}}\n",
        "é".repeat(70_000)
    );
    let column = long.find("inconnu").map(|i| long[..i].chars().count() + 1);
    std::fs::write(dir.path().join("long.yaml"), &long).unwrap();
    std::fs::write(dir.path().join("other.yaml"), "id: [\n").unwrap();
    let out = crate::common::canevas_in(dir.path(), &["check", "--color", "never"], &[]);
    let text = crate::common::stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let place = format!("long.yaml:1:{}: ", column.unwrap());
    assert!(
        column.unwrap() > 65_535 && text.contains(&place),
        "{place}: {text}"
    );
    // The other file's finding is still there, with its frame.
    assert!(text.contains("╭─[other.yaml:"), "{text}");
}
