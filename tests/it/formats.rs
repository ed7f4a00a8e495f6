//! `--format sarif` and `--format junit` through the built binary: the output
//! is parsed, checked against the shared schemas (`../shared/data/schemas/`,
//! skipped with a notice when absent) and against the concise output of the
//! same run, and hostile text from a proposal must come out escaped.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

use crate::common;
use common::{canevas, stdout as text};

fn canevas_in(dir: &Path, args: &[&str]) -> Output {
    common::canevas_in(dir, args, &[])
}

#[allow(clippy::print_stderr)] // a skipped check says so
fn skipped(why: &str) {
    eprintln!("SKIPPED: {why}");
}

fn shared_schema(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/schemas")
        .join(name)
}

/// A finding as concise output shows it: path, line (none for a folder), code.
type Place = (String, Option<u64>, String);

/// The findings of `--format concise` for the same arguments.
fn concise(args: &[&str]) -> Vec<Place> {
    let mut all = vec!["check", "--format", "concise"];
    all.extend(args);
    text(&canevas(&all))
        .lines()
        .filter_map(|line| {
            let (place, code) = ["error", "warning", "info"].iter().find_map(|severity| {
                let (place, rest) = line.split_once(&format!(": {severity}["))?;
                Some((place, rest.split_once(']')?.0))
            })?;
            let (path, line_no) = split_place(place);
            Some((path, line_no, code.to_owned()))
        })
        .collect()
}

/// `path:line:col` → `(path, Some(line))`; a place without numbers is a path.
fn split_place(place: &str) -> (String, Option<u64>) {
    let mut parts = place.rsplitn(3, ':');
    if let (Some(col), Some(line), Some(path)) = (parts.next(), parts.next(), parts.next())
        && col.parse::<u64>().is_ok()
        && let Ok(line) = line.parse()
    {
        return (path.to_owned(), Some(line));
    }
    (place.to_owned(), None)
}

// ---------------------------------------------------------------- SARIF

/// Runs `check --format FORMAT ARGS…` in `dir`; the tool must not have failed.
fn run_format(dir: &Path, format: &str, args: &[&str]) -> Output {
    let mut all = vec!["check", "--format", format];
    all.extend(args);
    let out = canevas_in(dir, &all);
    assert_ne!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

fn sarif(dir: &Path, args: &[&str]) -> Value {
    let out = run_format(dir, "sarif", args);
    // The whole standard output must be the document: no closing line after it.
    serde_json::from_slice(&out.stdout).expect("stdout is one JSON document")
}

/// Validates against the OASIS schema, in the dialect its `$schema` names.
fn assert_valid_sarif(log: &Value) {
    let path = shared_schema("sarif-2.1.0.json");
    let Ok(schema) = fs::read_to_string(&path) else {
        return skipped(&format!(
            "{} is absent: SARIF schema check skipped",
            path.display()
        ));
    };
    let schema: Value = serde_json::from_str(&schema).expect("the schema is JSON");
    let dialect = schema["$schema"].as_str().unwrap_or_default();
    let draft = if dialect.contains("draft-04") {
        jsonschema::Draft::Draft4
    } else if dialect.contains("draft-07") {
        jsonschema::Draft::Draft7
    } else {
        jsonschema::Draft::Draft202012
    };
    let validator = jsonschema::options()
        .with_draft(draft)
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(log)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

/// What GitHub code scanning requires beyond the schema.
fn assert_github_subset(log: &Value) {
    assert_eq!(log["version"], "2.1.0");
    assert!(log["$schema"].as_str().is_some_and(|s| !s.is_empty()));
    let run = &log["runs"][0];
    assert_eq!(log["runs"].as_array().unwrap().len(), 1, "one run");
    assert_eq!(run["tool"]["driver"]["name"], "canevas");
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    for rule in run["tool"]["driver"]["rules"].as_array().unwrap() {
        for key in ["shortDescription", "fullDescription", "help"] {
            let text = rule[key]["text"].as_str().unwrap_or_default();
            assert!(!text.is_empty() && text.len() <= 1024, "{key} of {rule}");
        }
        assert!(rule["name"].as_str().is_some_and(|n| n.len() <= 255));
    }
    for result in run["results"].as_array().unwrap() {
        assert!(!result["message"]["text"].as_str().unwrap().is_empty());
        let locations = result["locations"].as_array().unwrap();
        assert_eq!(locations.len(), 1, "GitHub reads only the first location");
        let uri = locations[0]["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap();
        assert!(!uri.is_empty() && !uri.starts_with("./"), "{uri}");
        assert!(result["partialFingerprints"]["canevas/v1"].is_string());
    }
}

fn results(log: &Value) -> &Vec<Value> {
    log["runs"][0]["results"].as_array().unwrap()
}

/// `(uri, startLine, ruleId)` of every result.
fn sarif_places(log: &Value) -> Vec<Place> {
    results(log)
        .iter()
        .map(|r| {
            let physical = &r["locations"][0]["physicalLocation"];
            (
                physical["artifactLocation"]["uri"]
                    .as_str()
                    .unwrap()
                    .to_owned(),
                physical["region"]["startLine"].as_u64(),
                r["ruleId"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn fingerprints(log: &Value) -> Vec<String> {
    results(log)
        .iter()
        .map(|r| {
            r["partialFingerprints"]["canevas/v1"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect()
}

#[test]
fn sarif_follows_the_schema_and_lists_every_rule() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let log = sarif(root, &["examples/invalid"]);
    assert_valid_sarif(&log);
    assert_github_subset(&log);
    let rules = log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let registry: Vec<&str> = canevas::rules::RULES
        .iter()
        .map(|r| r.code.as_str())
        .collect();
    assert_eq!(ids, registry, "one descriptor per rule, in registry order");
    for result in results(&log) {
        let id = result["ruleId"].as_str().unwrap();
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(ids.get(index), Some(&id), "ruleIndex points at {id}");
    }
}

#[test]
fn sarif_results_are_the_concise_findings() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for args in [
        &["examples/invalid"][..],
        &["examples/invalid", "--plan"][..],
    ] {
        let log = sarif(root, args);
        assert_valid_sarif(&log);
        let from_sarif: BTreeSet<Place> = sarif_places(&log).into_iter().collect();
        // Findings about the folder (--plan, no configuration) are the run's
        // notifications: GitHub rejects a result without a file.
        let (about_folder, in_files): (Vec<Place>, Vec<Place>) = concise(args)
            .into_iter()
            .partition(|place| root.join(&place.0).is_dir());
        let from_concise: BTreeSet<Place> = in_files.iter().cloned().collect();
        assert!(!from_concise.is_empty());
        assert_eq!(from_sarif, from_concise, "{args:?}");
        assert_eq!(results(&log).len(), in_files.len());
        let notes = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
            .as_array()
            .map_or(0, Vec::len);
        assert_eq!(notes, about_folder.len(), "{args:?}");
    }
}

#[test]
fn sarif_fingerprints_are_stable_and_unique() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let first = fingerprints(&sarif(root, &["examples/invalid", "--plan"]));
    let second = fingerprints(&sarif(root, &["examples/invalid", "--plan"]));
    assert_eq!(first, second);
    let unique: BTreeSet<&String> = first.iter().collect();
    assert_eq!(unique.len(), first.len());
}

#[test]
fn sarif_fingerprint_survives_lines_added_above() {
    let dir = tempfile::tempdir().unwrap();
    let original = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/invalid/PIL002.yaml"),
    )
    .unwrap();
    let file = dir.path().join("p.yaml");
    fs::write(&file, &original).unwrap();
    let before = sarif(dir.path(), &["p.yaml"]);
    fs::write(&file, format!("# une remarque\n# de plus\n{original}")).unwrap();
    let after = sarif(dir.path(), &["p.yaml"]);
    assert_eq!(fingerprints(&before), fingerprints(&after));
    assert_ne!(
        sarif_places(&before),
        sarif_places(&after),
        "the lines did move"
    );
}

#[test]
fn sarif_with_no_finding_is_a_valid_empty_log() {
    let log = sarif(
        Path::new(env!("CARGO_MANIFEST_DIR")),
        &["examples/plan-qvt"],
    );
    assert_valid_sarif(&log);
    assert!(results(&log).is_empty());
    assert_eq!(
        log["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .unwrap()
            .len(),
        canevas::rules::RULES.len()
    );
}

#[test]
fn sarif_speaks_the_language_of_the_run() {
    let log = sarif(
        Path::new(env!("CARGO_MANIFEST_DIR")),
        &["examples/invalid/CAN001.yaml", "--lang", "fr"],
    );
    let run = &log["runs"][0];
    assert_eq!(run["language"], "fr");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let can001 = rules.iter().find(|r| r["id"] == "CAN001").unwrap();
    assert_eq!(can001["name"], "problem-too-short");
    assert_eq!(
        can001["shortDescription"]["text"],
        "problématique trop courte"
    );
    assert_eq!(can001["defaultConfiguration"]["level"], "warning");
    assert!(
        can001["help"]["text"]
            .as_str()
            .unwrap()
            .contains("parties du canevas")
    );
}

// ---------------------------------------------------------------- JUnit

fn junit_text(dir: &Path, args: &[&str]) -> String {
    text(&run_format(dir, "junit", args))
}

/// What junit.xsd (Jenkins xUnit) allows, checked element by element; and
/// the file itself through `xmllint --schema` when it is installed.
fn assert_valid_junit(xml: &str) {
    let doc = roxmltree::Document::parse(xml).expect("well-formed XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    for node in doc.descendants().filter(|n| n.is_element()) {
        check_element(node);
    }
    xmllint(xml);
}

fn check_element(node: roxmltree::Node<'_, '_>) {
    let (allowed, required, children): (&[&str], &[&str], &[&str]) = match node.tag_name().name() {
        "testsuites" => (
            &["name", "time", "tests", "failures", "errors"],
            &[],
            &["testsuite"],
        ),
        "testsuite" => (
            &[
                "name",
                "tests",
                "failures",
                "errors",
                "group",
                "time",
                "skipped",
                "timestamp",
                "hostname",
                "id",
                "package",
                "file",
                "log",
                "url",
                "version",
            ],
            &["name", "tests", "failures", "errors"],
            &[
                "testsuite",
                "properties",
                "testcase",
                "system-out",
                "system-err",
            ],
        ),
        "testcase" => (
            &["name", "time", "classname", "group"],
            &["name"],
            &["skipped", "error", "failure", "system-out", "system-err"],
        ),
        "failure" | "error" | "skipped" => (&["type", "message"], &[], &[]),
        "system-out" | "system-err" => (&[], &[], &[]),
        other => panic!("element {other} is not in junit.xsd"),
    };
    for attribute in node.attributes() {
        assert!(
            allowed.contains(&attribute.name()),
            "{} on {:?}",
            attribute.name(),
            node.tag_name()
        );
    }
    for name in required {
        assert!(
            node.has_attribute(*name),
            "{name} missing on {:?}",
            node.tag_name()
        );
    }
    for child in node.children().filter(|c| c.is_element()) {
        assert!(
            children.contains(&child.tag_name().name()),
            "{:?} in {:?}",
            child.tag_name(),
            node.tag_name()
        );
    }
    if let Some(time) = node.attribute("time") {
        assert!(time.parse::<f64>().is_ok(), "time {time}");
    }
}

fn xmllint(xml: &str) {
    let schema = shared_schema("junit.xsd");
    if !schema.exists() {
        return skipped(&format!(
            "{} is absent: XSD check skipped",
            schema.display()
        ));
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("report.xml");
    fs::write(&file, xml).unwrap();
    match Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(&schema)
        .arg(&file)
        .output()
    {
        Ok(out) => assert!(
            out.status.success(),
            "xmllint: {}",
            String::from_utf8_lossy(&out.stderr)
        ),
        Err(_) => {
            skipped("xmllint is not installed (apt-get install libxml2-utils): XSD check skipped")
        }
    }
}

fn testcases<'a>(doc: &'a roxmltree::Document<'a>) -> Vec<roxmltree::Node<'a, 'a>> {
    doc.descendants()
        .filter(|n| n.has_tag_name("testcase"))
        .collect()
}

#[test]
fn junit_has_one_case_per_file_and_one_failure_per_failed_case() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let xml = junit_text(root, &["examples/invalid"]);
    assert_valid_junit(&xml);
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let mut files: Vec<String> = fs::read_dir(root.join("examples/invalid"))
        .unwrap()
        .map(|e| {
            format!(
                "examples/invalid/{}",
                e.unwrap().file_name().to_string_lossy()
            )
        })
        .collect();
    files.sort();
    let cases = testcases(&doc);
    let names: Vec<&str> = cases.iter().map(|c| c.attribute("name").unwrap()).collect();
    assert_eq!(names, files);
    let concise = text(&canevas(&[
        "check",
        "examples/invalid",
        "--format",
        "concise",
    ]));
    let errors = concise.matches(": error[").count();
    assert!(errors > 0 && concise.contains(": warning["));
    let failures: Vec<_> = doc
        .descendants()
        .filter(|n| n.has_tag_name("failure"))
        .collect();
    // One failure per failed case (Jenkins shows only the first), holding
    // every error of the file.
    for case in &cases {
        let count = case
            .children()
            .filter(|n| n.has_tag_name("failure"))
            .count();
        assert!(count <= 1, "{:?}", case.attribute("name"));
    }
    let reported: usize = failures
        .iter()
        .map(|f| f.text().unwrap_or("").matches(": error[").count())
        .sum();
    assert_eq!(reported, errors);
    assert_counts(&doc, cases.len());
}

/// The counts of the suite and of the root equal their children.
fn assert_counts(doc: &roxmltree::Document<'_>, files: usize) {
    let failed = testcases(doc)
        .iter()
        .filter(|c| c.children().any(|n| n.has_tag_name("failure")))
        .count();
    for tag in ["testsuites", "testsuite"] {
        let node = doc.descendants().find(|n| n.has_tag_name(tag)).unwrap();
        assert_eq!(
            node.attribute("tests"),
            Some(files.to_string().as_str()),
            "{tag}"
        );
        assert_eq!(
            node.attribute("failures"),
            Some(failed.to_string().as_str()),
            "{tag}"
        );
        assert_eq!(node.attribute("errors"), Some("0"));
    }
}

#[test]
fn junit_gives_plan_findings_on_a_folder_their_own_case() {
    let xml = junit_text(
        Path::new(env!("CARGO_MANIFEST_DIR")),
        &["examples/invalid", "--plan"],
    );
    assert_valid_junit(&xml);
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let folder = testcases(&doc)
        .into_iter()
        .find(|c| c.attribute("name") == Some("examples/invalid"))
        .expect("a case for the folder");
    let out = folder
        .children()
        .find(|n| n.has_tag_name("system-out"))
        .unwrap();
    assert!(out.text().unwrap().contains("warning[PLAN002]"));
}

// ---------------------------------------------------------------- hostile text

/// The key of the hostile proposal: markup, quotes, `%`, `,`, `:`, a line
/// break, ESC, SARIF placeholders and link syntax, a C0 control and U+FFFF.
const HOSTILE_KEY_YAML: &str = r#""a<b>&c\"d'e%f,g:h\n\e{x}[y](1)\u0001\uFFFF""#;
const HOSTILE_KEY: &str = "a<b>&c\"d'e%f,g:h\n\u{1b}{x}[y](1)\u{1}\u{FFFF}";
const HOSTILE_DIR: &str = "dossier à espaces";
const HOSTILE_FILE: &str = "dossier à espaces/hostile #1.yaml";

fn hostile_dir() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let example = fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/invalid/CAN001.yaml"),
    )
    .unwrap();
    let proposal = example.replacen(
        "problematique:",
        &format!("{HOSTILE_KEY_YAML}: 1\nproblematique:"),
        1,
    );
    fs::create_dir(dir.path().join(HOSTILE_DIR)).unwrap();
    fs::write(dir.path().join(HOSTILE_FILE), proposal).unwrap();
    dir
}

#[test]
fn sarif_carries_hostile_text_escaped() {
    let dir = hostile_dir();
    let log = sarif(dir.path(), &[HOSTILE_FILE]);
    assert_valid_sarif(&log);
    let result = results(&log)
        .iter()
        .find(|r| r["ruleId"] == "SCHEMA001")
        .expect("the unknown key is reported");
    let message = result["message"]["text"].as_str().unwrap();
    let escaped = HOSTILE_KEY
        .replace('{', "{{")
        .replace('}', "}}")
        .replace('[', "\\[")
        .replace(']', "\\]");
    assert!(message.contains(&escaped), "{message:?}");
    let uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        .as_str()
        .unwrap();
    assert_eq!(uri, "dossier%20%C3%A0%20espaces/hostile%20%231.yaml");
}

#[test]
fn junit_carries_hostile_text_escaped() {
    let dir = hostile_dir();
    let xml = junit_text(dir.path(), &[HOSTILE_FILE]);
    assert!(
        !xml.contains(['\u{1b}', '\u{1}', '\u{FFFF}']),
        "no forbidden character is written"
    );
    assert_valid_junit(&xml);
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let case = &testcases(&doc)[0];
    assert_eq!(case.attribute("name"), Some(HOSTILE_FILE));
    let failure = case
        .children()
        .find(|n| n.has_tag_name("failure"))
        .expect("SCHEMA001 is an error");
    assert_eq!(failure.attribute("type"), Some("SCHEMA001"));
    let readable = HOSTILE_KEY.replace(['\u{1b}', '\u{1}', '\u{FFFF}'], "\u{FFFD}");
    assert!(
        failure.attribute("message").unwrap().contains(&readable),
        "the line break survives in the attribute"
    );
    assert!(failure.text().unwrap().contains(&readable));
}

#[test]
fn the_documents_are_the_whole_output() {
    let mut last_lines = BTreeMap::new();
    for format in ["sarif", "junit"] {
        let out = canevas(&[
            "check",
            "examples/invalid",
            "--format",
            format,
            "--statistics",
        ]);
        assert_eq!(out.status.code(), Some(1));
        let stdout = text(&out);
        assert!(!stdout.contains("Checked "), "{format}: no closing line");
        last_lines.insert(format, stdout.trim_end().lines().last().map(str::to_owned));
    }
    assert_eq!(last_lines["junit"].as_deref(), Some("</testsuites>"));
    assert_eq!(last_lines["sarif"].as_deref(), Some("}"));
}
