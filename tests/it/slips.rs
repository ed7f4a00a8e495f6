//! The slips people really make when they write a proposal by hand
//! (tests/fixtures/slips/*.yaml, each with `# slip: LINE:COLUMN` on its first
//! line): each gets a French message that points at the slip itself, with a hint
//! and no word of the parser's English; and the corrected lines the hint shows,
//! copied as they are, make the slip go away.

use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::{canevas_in, stdout};

/// Words of the YAML parser's English that must never reach a person.
const PARSER_WORDS: &[&str] = &[
    "scalar",
    "mapping",
    "sequence",
    "indicator",
    "token",
    "parsing",
    "scanning",
    "while ",
    "expected",
    "found",
    "yaml",
    "flow",
    "anchor",
    "alias",
    "simple key",
    "block",
    "context",
];

/// What the hint of a finding says to write: the first and last lines it
/// replaces, and the lines to write.
struct HintFix {
    first: usize,
    last: usize,
    lines: Vec<String>,
}

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/slips");
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    paths.sort();
    paths
}

/// The `# slip: LINE:COLUMN` of a fixture.
fn expected_place(text: &str) -> (u64, u64) {
    let header = text.lines().next().unwrap();
    let place = header.strip_prefix("# slip: ").expect("a # slip: header");
    let (line, column) = place.split_once(':').unwrap();
    (line.parse().unwrap(), column.parse().unwrap())
}

fn check_json(dir: &Path, file: &str) -> Vec<Value> {
    let out = canevas_in(
        dir,
        &["check", "--lang", "fr", "--format", "json", file],
        &[],
    );
    let report: Value = serde_json::from_str(&stdout(&out)).expect("a JSON report");
    report["findings"].as_array().unwrap().clone()
}

/// The finding at the slip's place, else the first one on its line.
fn at_slip(findings: &[Value], line: u64, column: u64) -> Option<&Value> {
    let column_of = |f: &Value| f["start"]["column"].as_u64().unwrap_or(0);
    findings
        .iter()
        .find(|f| line_of(f) == line && column_of(f) == column)
        .or_else(|| findings.iter().find(|f| line_of(f) == line))
}

fn line_of(finding: &Value) -> u64 {
    finding["start"]["line"].as_u64().unwrap_or(0)
}

/// Reads the fix out of a French hint: « Écrivez la ligne N ainsi : » or
/// « Remplacez les lignes N à M par : », then the lines after the `│ ` gutter.
fn hint_fix(hint: &str) -> Option<HintFix> {
    let number_after = |marker: &str| -> Option<usize> {
        let rest = &hint[hint.find(marker)? + marker.len()..];
        rest.split(|c: char| !c.is_ascii_digit())
            .next()?
            .parse()
            .ok()
    };
    let (first, last) = match number_after("Écrivez la ligne ") {
        Some(line) => (line, line),
        None => (number_after("Remplacez les lignes ")?, number_after(" à ")?),
    };
    let lines = hint
        .lines()
        .filter_map(|l| l.strip_prefix(canevas::pipeline::slips::FIX_GUTTER))
        .map(str::to_owned)
        .collect();
    Some(HintFix { first, last, lines })
}

fn apply(text: &str, fix: &HintFix) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = lines[..fix.first - 1]
        .iter()
        .map(|l| l.to_string())
        .collect();
    out.extend(fix.lines.iter().cloned());
    out.extend(lines[fix.last..].iter().map(|l| l.to_string()));
    out.join("\n") + "\n"
}

#[test]
fn there_are_at_least_forty_slips() {
    assert!(fixtures().len() >= 40, "{} slips", fixtures().len());
}

/// A fixture checked: its name, text, the slip's place and the findings.
struct Case {
    name: String,
    text: String,
    line: u64,
    column: u64,
    findings: Vec<Value>,
}

fn checked_fixtures() -> Vec<Case> {
    fixtures()
        .into_iter()
        .map(|path| {
            let text = fs::read_to_string(&path).unwrap();
            let (line, column) = expected_place(&text);
            let name = path.file_name().unwrap().to_str().unwrap().to_owned();
            let findings = check_json(path.parent().unwrap(), &name);
            Case {
                name,
                text,
                line,
                column,
                findings,
            }
        })
        .collect()
}

#[test]
fn each_slip_is_explained_in_french_at_its_place() {
    let mut failures = Vec::new();
    for case in checked_fixtures() {
        let Case {
            name,
            line,
            column,
            findings,
            ..
        } = &case;
        let (line, column) = (*line, *column);
        let Some(found) = at_slip(findings, line, column) else {
            failures.push(format!("{name}: nothing on line {line}: {findings:?}"));
            continue;
        };
        let got_column = found["start"]["column"].as_u64().unwrap_or(0);
        if got_column != column {
            failures.push(format!("{name}: column {got_column}, not {column}"));
        }
        let message = found["message"].as_str().unwrap_or_default();
        let hint = found["hint"].as_str().unwrap_or_default();
        if hint.is_empty() {
            failures.push(format!("{name}: no hint"));
        }
        for finding in findings {
            let words = format!("{} {}", finding["message"], finding["hint"]).to_lowercase();
            if let Some(word) = PARSER_WORDS.iter().find(|w| words.contains(*w)) {
                failures.push(format!("{name}: « {word} » in {message} / {hint}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn following_each_hint_literally_removes_the_slip() {
    let dir = tempfile::tempdir().unwrap();
    let mut failures = Vec::new();
    for case in checked_fixtures() {
        let (name, text) = (case.name.as_str(), case.text.as_str());
        let Some(found) = at_slip(&case.findings, case.line, case.column) else {
            continue; // reported by the test above
        };
        let hint = found["hint"].as_str().unwrap_or_default();
        let Some(fix) = hint_fix(hint) else {
            failures.push(format!("{name}: the hint shows no line to write: {hint}"));
            continue;
        };
        let fixed = apply(text, &fix);
        fs::write(dir.path().join(name), &fixed).unwrap();
        let after = check_json(dir.path(), name);
        let written = fix.first as u64..(fix.first + fix.lines.len()) as u64;
        let same_kind = after.iter().find(|f| {
            f["code"] == "YAML001"
                || (f["code"] == found["code"]
                    && f["message"] == found["message"]
                    && written.contains(&line_of(f)))
        });
        if let Some(left) = same_kind {
            failures.push(format!("{name}: after the fix\n{fixed}still {left}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Each required section removed from a valid proposal: the hint's example,
/// added at the end of the file as it says, brings the section back.
#[test]
fn the_example_of_a_missing_section_restores_it() {
    let valid = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules/valid-fr.yaml");
    let text = fs::read_to_string(valid).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let sections = [
        "id",
        "titre",
        "axe",
        "problematique",
        "solution",
        "conditions_de_succes",
        "calendrier",
        "pilotage",
        "public",
        "evaluation",
    ];
    for section in sections {
        let without = remove_section(&text, section);
        fs::write(dir.path().join("p.yaml"), &without).unwrap();
        let findings = check_json(dir.path(), "p.yaml");
        let missing = findings
            .iter()
            .find(|f| {
                f["message"]
                    .as_str()
                    .unwrap_or("")
                    .contains(&format!("«\u{202f}{section}\u{202f}»"))
            })
            .unwrap_or_else(|| panic!("{section}: {findings:?}"));
        let hint = missing["hint"].as_str().unwrap();
        let lines: Vec<&str> = hint
            .lines()
            .filter_map(|l| l.strip_prefix(canevas::pipeline::slips::FIX_GUTTER))
            .collect();
        assert!(!lines.is_empty(), "{section}: {hint}");
        let restored = format!("{without}{}\n", lines.join("\n"));
        fs::write(dir.path().join("p.yaml"), &restored).unwrap();
        let after = check_json(dir.path(), "p.yaml");
        let structural: Vec<_> = after
            .iter()
            .filter(|f| {
                f["code"] == "SCHEMA001" || f["code"].as_str().unwrap_or("").starts_with("YAML")
            })
            .collect();
        assert!(
            structural.is_empty(),
            "{section}:\n{restored}\n{structural:?}"
        );
    }
}

/// The text without the lines of one root section (its key and what is under it).
fn remove_section(text: &str, key: &str) -> String {
    let mut out = String::new();
    let mut skipping = false;
    for line in text.lines() {
        let starts_root = !line.starts_with([' ', '#', '-']) && !line.is_empty();
        if starts_root {
            skipping = line.starts_with(&format!("{key}:"));
        }
        if !skipping {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The hint of `COV001` shows a complementary action for the categories left
/// out: added where it says (under the section, after its last action; or the
/// whole section at the end of the file), no category is left out.
#[test]
fn the_complementary_action_of_the_hint_covers_the_categories() {
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules/COV001/bad.yaml");
    let with_section = fs::read_to_string(fixture).unwrap();
    let without_section = remove_section(&with_section, "complementary_actions");
    let dir = tempfile::tempdir().unwrap();
    for text in [with_section, without_section] {
        fs::write(dir.path().join("p.yaml"), &text).unwrap();
        let findings = check_json(dir.path(), "p.yaml");
        let cov001 = findings
            .iter()
            .find(|f| f["code"] == "COV001")
            .expect("COV001");
        let hint = cov001["hint"].as_str().unwrap();
        let lines: Vec<&str> = hint
            .lines()
            .filter_map(|l| l.strip_prefix(canevas::pipeline::slips::FIX_GUTTER))
            .collect();
        let fixed = if text.contains("\ncomplementary_actions:") {
            insert_at_section_end(&text, "complementary_actions", &lines)
        } else {
            format!("{text}{}\n", lines.join("\n"))
        };
        fs::write(dir.path().join("p.yaml"), &fixed).unwrap();
        let after = check_json(dir.path(), "p.yaml");
        let left: Vec<_> = after
            .iter()
            .filter(|f| {
                ["COV001", "SCHEMA001", "YAML001", "YAML002"]
                    .contains(&f["code"].as_str().unwrap_or(""))
            })
            .collect();
        assert!(left.is_empty(), "{fixed}\n{left:?}");
    }
}

/// `text` with `lines` inserted after the last line of the root section `key`.
fn insert_at_section_end(text: &str, key: &str, lines: &[&str]) -> String {
    let all: Vec<&str> = text.lines().collect();
    let start = all
        .iter()
        .position(|l| l.starts_with(&format!("{key}:")))
        .unwrap();
    let end = all[start + 1..]
        .iter()
        .position(|l| !l.is_empty() && !l.starts_with([' ', '#']))
        .map_or(all.len(), |i| start + 1 + i);
    let mut out: Vec<&str> = all[..end].to_vec();
    out.extend_from_slice(lines);
    out.extend_from_slice(&all[end..]);
    out.join("\n") + "\n"
}

/// Every syntax error of the yaml-test-suite (`cases/*/error`) is explained in
/// French with no word of the parser's English, whatever the parser said.
#[test]
fn every_error_of_the_yaml_test_suite_is_said_in_french() {
    use canevas::config::Settings;
    use canevas::i18n::Lang;
    use canevas::pipeline::check::check_source;
    use canevas::pipeline::source::SourceFile;

    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/yaml-test-suite/cases");
    let Ok(entries) = fs::read_dir(&dir) else {
        eprintln!("SKIPPED: ../shared/data/yaml-test-suite is absent");
        return;
    };
    let settings = Settings::new(Lang::Fr);
    let mut checked = 0;
    let mut failures = Vec::new();
    let mut cases: Vec<PathBuf> = entries.map(|e| e.unwrap().path()).collect();
    cases.sort();
    for case in cases.iter().filter(|c| c.join("error").exists()) {
        let Ok(text) = fs::read_to_string(case.join("in.yaml")) else {
            continue;
        };
        let outcome = check_source(&SourceFile::new(case.join("in.yaml"), text), &settings);
        for d in outcome
            .diagnostics
            .iter()
            .filter(|d| d.code.as_str().starts_with("YAML"))
        {
            checked += 1;
            // The lines to write quote the file itself: only our words are looked at.
            let hint = d.hint.as_deref().unwrap_or_default();
            let ours = hint.split("\n│ ").next().unwrap_or_default();
            let words = format!("{} {ours}", d.message).to_lowercase();
            if let Some(word) = PARSER_WORDS.iter().find(|w| words.contains(*w)) {
                failures.push(format!("{}: « {word} » in {words}", case.display()));
            }
        }
    }
    assert!(checked >= 50, "{checked} syntax errors");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
