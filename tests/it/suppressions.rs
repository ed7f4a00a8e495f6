//! `# canevas: allow CODE -- reason` comments, end to end: what they silence,
//! what they report about themselves, and how the reports count them.

use crate::common;

use std::fs;
use std::path::Path;

use common::{canevas, canevas_in, concise_findings, stdout};

const FIXTURES: &str = "tests/fixtures/rules";

/// The CON003 fixture (a vague solution) with `directive` inserted before the
/// line that starts with `before`.
fn vague_solution_with(dir: &Path, directive: &str, before: &str) -> String {
    let text = fs::read_to_string(Path::new(FIXTURES).join("CON003/bad.yaml")).unwrap();
    let mut lines: Vec<&str> = text.lines().skip(1).collect();
    let at = lines.iter().position(|l| l.starts_with(before)).unwrap();
    lines.insert(at, directive);
    fs::write(dir.join("p.yaml"), lines.join("\n") + "\n").unwrap();
    "p.yaml".to_owned()
}

fn json(dir: &Path, file: &str) -> serde_json::Value {
    let out = canevas_in(dir, &["check", file, "--format", "json"], &[]);
    serde_json::from_slice(&out.stdout).unwrap()
}

fn codes(report: &serde_json::Value, key: &str) -> Vec<String> {
    report[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["code"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_file_level_comment_silences_the_code_and_keeps_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let directive = "# canevas: allow CON003 -- démarche exploratoire";
    let file = vague_solution_with(dir.path(), directive, "id:");
    let report = json(dir.path(), &file);
    assert!(codes(&report, "findings").is_empty(), "{report}");
    assert_eq!(codes(&report, "suppressed"), ["CON003"]);
    assert_eq!(report["suppressed"][0]["reason"], "démarche exploratoire");
    assert_eq!(report["summary"]["suppressed"], 1);
    assert_eq!(report["summary"]["suppressed_by_code"]["CON003"], 1);
    assert_eq!(report["summary"]["warnings"], 0);
}

#[test]
fn a_key_level_comment_covers_its_key_only() {
    let dir = tempfile::tempdir().unwrap();
    let directive = "# canevas: allow CON003 -- voté en juin";
    let file = vague_solution_with(dir.path(), directive, "solution:");
    assert_eq!(codes(&json(dir.path(), &file), "suppressed"), ["CON003"]);

    // On another key, it covers nothing: the finding stays and the comment is unused.
    let file = vague_solution_with(dir.path(), directive, "problem:");
    let report = json(dir.path(), &file);
    assert_eq!(codes(&report, "findings"), ["SUP003", "CON003"]);
    assert!(codes(&report, "suppressed").is_empty());
}

#[test]
fn a_comment_without_reason_still_silences_but_warns() {
    let dir = tempfile::tempdir().unwrap();
    let file = vague_solution_with(dir.path(), "# canevas: allow CON003", "id:");
    let report = json(dir.path(), &file);
    assert_eq!(codes(&report, "findings"), ["SUP001"]);
    assert_eq!(report["suppressed"][0]["reason"], serde_json::Value::Null);
    let out = canevas_in(dir.path(), &["check", &file, "--deny-warnings"], &[]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a missing reason fails strict CI"
    );
}

#[test]
fn unused_and_unknown_codes_are_reported_where_they_are_written() {
    let out = canevas(&[
        "check",
        "--format",
        "concise",
        "examples/invalid/SUP002.yaml",
        "examples/invalid/SUP003.yaml",
    ]);
    let text = stdout(&out);
    let found: Vec<_> = concise_findings(&text).into_iter().collect();
    assert_eq!(
        found,
        [
            (
                "examples/invalid/SUP002.yaml".to_owned(),
                3,
                "SUP002".to_owned()
            ),
            (
                "examples/invalid/SUP003.yaml".to_owned(),
                3,
                "SUP003".to_owned()
            ),
        ]
    );
    assert!(text.contains("did you mean CON003?"), "{text}");
    assert!(text.contains("info[SUP003] FEA004"), "{text}");
    assert_eq!(
        out.status.code(),
        Some(0),
        "warnings and infos do not fail a run"
    );
}

#[test]
fn statistics_and_the_summary_line_count_silenced_findings() {
    let out = canevas(&["check", "examples/invalid/SUP001.yaml", "--statistics"]);
    let text = stdout(&out);
    let silenced = text.split("Silenced by").nth(1).expect("a silenced block");
    assert!(silenced.contains("1  CON003"), "{text}");
    assert!(text.contains("1 finding silenced by a comment."), "{text}");
}

#[test]
fn a_file_that_does_not_parse_keeps_its_comments_to_itself() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("p.yaml"),
        "# canevas: allow CON003 -- x\nid: [A1\n",
    )
    .unwrap();
    let report = json(dir.path(), "p.yaml");
    assert_eq!(codes(&report, "findings"), ["YAML001"]);
}
