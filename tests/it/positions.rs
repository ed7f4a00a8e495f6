//! Positions (SPEC "Positions"): lines and columns 1-based, columns in
//! characters, the byte-order mark not counted, `\n`, `\r\n` and a lone `\r`
//! ending lines, the same in all seven formats.

use std::fs;
use std::path::Path;

use crate::common;

/// A proposal with two findings: the id on line 1 (after a byte-order mark in
/// some variants) and an unknown theme on line 4, after accented letters.
fn proposal() -> String {
    let valid = include_str!("../fixtures/rules/valid-en.yaml");
    let body: String = valid.split_inclusive('\n').skip(1).collect();
    body.lines()
        .map(|line| {
            if line.starts_with("id:") {
                "id: \"A1 01\"".to_owned()
            } else if line.starts_with("themes:") {
                "Thématiques: [communication-interne, thème-à-définir]".to_owned()
            } else {
                line.to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// (line, column) of each finding, as every format must say them.
const EXPECTED: [(u64, u64); 2] = [(1, 5), (4, 38)];

fn variants() -> Vec<(&'static str, String)> {
    let lf = proposal();
    let crlf = lf.replace('\n', "\r\n");
    let cr = lf.replace('\n', "\r");
    vec![
        ("lf", lf.clone()),
        ("bom-lf", format!("\u{FEFF}{lf}")),
        ("crlf", crlf.clone()),
        ("bom-crlf", format!("\u{FEFF}{crlf}")),
        ("cr", cr.clone()),
        ("bom-cr", format!("\u{FEFF}{cr}")),
    ]
}

fn run(dir: &Path, file: &str, format: &str) -> String {
    let out = common::canevas_in(
        dir,
        &["check", file, "--format", format, "--color", "never"],
        &[],
    );
    assert_eq!(out.status.code(), Some(1), "{format}: {out:?}");
    common::stdout(&out)
}

fn number(text: &str) -> u64 {
    text.parse()
        .unwrap_or_else(|_| panic!("not a number: {text:?}"))
}

fn json_positions(text: &str, format: &str) -> Vec<(u64, u64)> {
    let value: serde_json::Value = serde_json::from_str(text).unwrap();
    let pick = |v: &serde_json::Value, line: &str, column: &str| {
        (v[line].as_u64().unwrap(), v[column].as_u64().unwrap())
    };
    match format {
        "json" => value["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| pick(&f["start"], "line", "column"))
            .collect(),
        "sarif" => value["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                let region = &r["locations"][0]["physicalLocation"]["region"];
                pick(region, "startLine", "startColumn")
            })
            .collect(),
        _ => value
            .as_array()
            .unwrap()
            .iter()
            .map(|e| pick(&e["location"]["positions"]["begin"], "line", "column"))
            .collect(),
    }
}

/// `…file:LINE:COL…` after `marker` on each line that has it.
fn text_positions(text: &str, file: &str, marker: &str) -> Vec<(u64, u64)> {
    text.lines()
        .filter_map(|line| {
            let rest = &line[line.find(marker)? + marker.len()..];
            let rest = rest.strip_prefix(file)?.strip_prefix(':')?;
            let mut parts = rest.splitn(3, [':', ']']);
            Some((number(parts.next()?), number(parts.next()?)))
        })
        .collect()
}

/// The texts of the failures of a JUnit report.
fn junit_bodies(xml: &str) -> String {
    let document = roxmltree::Document::parse(xml).unwrap();
    let bodies: Vec<&str> = document
        .descendants()
        .filter(|n| n.has_tag_name("failure"))
        .filter_map(|n| n.text())
        .collect();
    bodies.join("\n")
}

fn github_positions(text: &str) -> Vec<(u64, u64)> {
    text.lines()
        .filter_map(|line| {
            let properties = line.strip_prefix("::error ")?.split_once("::")?.0;
            let get = |key: &str| {
                properties
                    .split(',')
                    .find_map(|p| p.strip_prefix(key))
                    .map(number)
            };
            Some((get("line=")?, get("col=")?))
        })
        .collect()
}

#[test]
fn every_format_gives_the_same_positions_whatever_the_line_breaks() {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in variants() {
        let file = format!("{name}.yaml");
        fs::write(dir.path().join(&file), text).unwrap();
        let mut seen = Vec::new();
        for format in [
            "concise", "human", "json", "sarif", "github", "gitlab", "junit",
        ] {
            let output = run(dir.path(), &file, format);
            let mut positions = match format {
                "concise" => text_positions(&output, &file, ""),
                "human" => text_positions(&output, &file, "╭─["),
                "junit" => text_positions(&junit_bodies(&output), &file, ""),
                "github" => github_positions(&output),
                _ => json_positions(&output, format),
            };
            positions.sort();
            positions.dedup();
            seen.push((format, positions));
        }
        for (format, positions) in &seen {
            assert_eq!(positions, &EXPECTED, "{name}, {format}: {seen:?}");
        }
    }
}
