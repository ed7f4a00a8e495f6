//! `--format json` against its schema, `--output`, `--deny-warnings`, `--quiet`
//! and `--statistics`, through the built binary.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use crate::common;
use common::{Finding, canevas, canevas_env, canevas_in, concise_findings, stdout as text};

fn concise_set(args: &[&str]) -> BTreeSet<Finding> {
    let mut all = vec!["check", "--format", "concise"];
    all.extend(args);
    concise_findings(&text(&canevas(&all)))
}

/// The located findings of a `--format json` report.
fn json_findings(report: &serde_json::Value) -> BTreeSet<Finding> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| !f["start"].is_null())
        .map(|f| {
            (
                f["file"].as_str().unwrap().to_owned(),
                f["start"]["line"].as_u64().unwrap(),
                f["code"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn json_output_follows_its_schema_and_matches_concise() {
    let out = canevas(&[
        "check",
        "examples/invalid",
        "--format",
        "json",
        "--lang",
        "fr",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("stdout is JSON alone");
    let schema: serde_json::Value =
        serde_json::from_str(&fs::read_to_string("schemas/report.schema.json").unwrap()).unwrap();
    let validator = jsonschema::draft202012::new(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&report)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert_eq!(report["language"], "fr");
    let findings = report["findings"].as_array().unwrap();
    let from_json = json_findings(&report);
    assert_eq!(from_json, concise_set(&["examples/invalid"]));
    assert_eq!(
        report["summary"]["errors"].as_u64().unwrap() as usize
            + report["summary"]["warnings"].as_u64().unwrap() as usize
            + report["summary"]["infos"].as_u64().unwrap() as usize,
        findings.len()
    );
    // examples/invalid/SUP001.yaml silences a CON003 without a reason.
    assert_eq!(report["summary"]["suppressed_by_code"]["CON003"], 1);
    assert_eq!(report["suppressed"][0]["reason"], serde_json::Value::Null);
    assert_eq!(report["summary"]["by_code"]["CAN001"], 1);
}

#[test]
fn json_escapes_control_characters_from_proposals() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("p.yaml");
    fs::write(&file, "id: A1-01\n\"cl\\u001b[31m\\u0007\\\"<&>%,:\": x\n").unwrap();
    let out = canevas(&["check", file.to_str().unwrap(), "--format", "json"]);
    let report: serde_json::Value =
        serde_json::from_slice(&out.stdout).expect("valid JSON despite ESC and BEL");
    let messages: String = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["message"].as_str().unwrap().to_owned())
        .collect();
    assert!(messages.contains("cl\u{1b}[31m\u{7}\"<&>%,:"), "{messages}");
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains('\u{1b}'),
        "raw ESC must be escaped"
    );
}

#[test]
fn output_writes_a_file_and_never_over_an_input() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("report.json");
    let out = canevas(&[
        "check",
        "examples/invalid/CAN001.yaml",
        "--format",
        "json",
        "--output",
        report.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    let written: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&report).unwrap()).unwrap();
    assert_eq!(written["summary"]["warnings"], 1);

    let proposal = dir.path().join("A1-01.yaml");
    fs::copy("tests/fixtures/rules/valid-fr.yaml", &proposal).unwrap();
    let before = fs::read(&proposal).unwrap();
    let refused = canevas(&[
        "check",
        dir.path().to_str().unwrap(),
        "--output",
        proposal.to_str().unwrap(),
    ]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&refused.stderr).contains("never writes a report over a proposal")
    );
    assert_eq!(
        fs::read(&proposal).unwrap(),
        before,
        "the proposal is untouched"
    );
}

#[test]
fn deny_warnings_turns_warnings_into_a_failing_exit() {
    let file = "examples/invalid/CAN001.yaml";
    assert_eq!(canevas(&["check", file]).status.code(), Some(0));
    assert_eq!(
        canevas(&["check", file, "--deny-warnings"]).status.code(),
        Some(1)
    );
    assert_eq!(
        canevas(&["check", "examples/plan-qvt", "--deny-warnings"])
            .status
            .code(),
        Some(0)
    );
}

#[test]
fn quiet_prints_only_the_counts_and_statistics_counts_codes() {
    let quiet = canevas(&["check", "examples/invalid", "--quiet"]);
    assert_eq!(quiet.status.code(), Some(1));
    let lines: Vec<String> = text(&quiet).lines().map(str::to_owned).collect();
    assert_eq!(lines.len(), 1, "{lines:?}");
    // Every file of the folder, so that a new example needs no edit here.
    let files = std::fs::read_dir("examples/invalid").unwrap().count();
    let checked = format!("Checked {files} files: ");
    assert!(lines[0].starts_with(&checked), "{lines:?}");

    let stats = canevas(&["check", "examples/invalid", "--quiet", "--statistics"]);
    let out = text(&stats);
    let can001 = out
        .lines()
        .find(|l| l.contains("CAN001"))
        .expect("a CAN001 row");
    let words: Vec<&str> = can001.split_whitespace().collect();
    assert_eq!(words[..3], ["1", "CAN001", "problem"], "{can001}");
    assert!(can001.ends_with("problem statement too short"), "{can001}");
    let (active, silenced) = out.split_once("Silenced by").expect("a silenced block");
    assert!(silenced.contains("1  CON003"), "{silenced}");
    let total: usize = active
        .lines()
        .filter_map(|l| l.split_whitespace().next()?.parse::<usize>().ok())
        .sum();
    let concise = text(&canevas(&[
        "check",
        "examples/invalid",
        "--format",
        "concise",
    ]));
    let findings = concise.lines().filter(|l| l.contains("]")).count();
    assert!(findings > 20);
    assert_eq!(total, findings);
}

/// A proposal whose unknown key carries every character the CI formats must escape.
fn hostile_proposal(dir: &std::path::Path) -> std::path::PathBuf {
    let file = dir.join("hostile.yaml");
    fs::write(
        &file,
        "id: A1-01\n\"k%25 a,b:c\\r\\n::error file=x::forged <x> & 'q'\": 1\n",
    )
    .unwrap();
    file
}

#[test]
fn github_annotations_follow_the_grammar_and_escape_everything() {
    let dir = tempfile::tempdir().unwrap();
    let summary = dir.path().join("summary.md");
    let hostile = hostile_proposal(dir.path());
    let out = canevas_env(
        &[
            "check",
            "examples/invalid",
            hostile.to_str().unwrap(),
            "--format",
            "github",
        ],
        &[("GITHUB_STEP_SUMMARY", summary.to_str().unwrap())],
    );
    assert_eq!(out.status.code(), Some(1));
    let text = text(&out);
    let mut annotations = 0;
    for line in text.lines() {
        let rest = ["::error ", "::warning ", "::notice "]
            .iter()
            .find_map(|p| line.strip_prefix(p))
            .unwrap_or_else(|| panic!("not an annotation: {line}"));
        let (properties, message) = rest.split_once("::").expect("properties end with ::");
        for property in properties.split(',') {
            let (key, value) = property.split_once('=').expect("key=value");
            assert!(
                ["file", "line", "endLine", "col", "endColumn", "title"].contains(&key),
                "{key}"
            );
            assert!(!value.contains(':') && !value.contains(','), "{value}");
            if matches!(key, "line" | "endLine" | "col" | "endColumn") {
                assert!(value.parse::<u32>().unwrap() >= 1);
            }
        }
        assert!(!message.is_empty());
        annotations += 1;
    }
    let concise = concise_set(&["examples/invalid", hostile.to_str().unwrap()]);
    assert_eq!(annotations, text.lines().count());
    assert!(annotations >= concise.len());
    let forged = text
        .lines()
        .find(|l| l.contains("forged"))
        .expect("the hostile finding");
    assert!(
        forged.contains("k%2525 a,b:c%0D%0A::error file=x::forged"),
        "{forged}"
    );
    let summary = fs::read_to_string(&summary).expect("the step summary is written");
    assert!(summary.contains("## canevas"));
    let rows = summary
        .lines()
        .filter(|l| l.starts_with("| ") && l.contains(".yaml:"))
        .count();
    assert_eq!(rows, annotations, "every finding is in the summary");
    assert!(!summary.contains("<x>") && summary.contains("&lt;x&gt;"));
}

#[test]
fn gitlab_report_follows_the_code_quality_schema() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = hostile_proposal(dir.path());
    let out = canevas(&[
        "check",
        "examples/invalid",
        hostile.to_str().unwrap(),
        "--format",
        "gitlab",
    ]);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON array");
    let entries = report.as_array().unwrap();
    let schema_path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data/schemas/gitlab-codequality.json");
    if let Ok(schema) = fs::read_to_string(&schema_path) {
        let schema: serde_json::Value = serde_json::from_str(&schema).unwrap();
        let validator = jsonschema::validator_for(&schema).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&report)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
    } else {
        skipped(&format!(
            "{} is absent: schema check skipped",
            schema_path.display()
        ));
    }
    let fingerprints: BTreeSet<&str> = entries
        .iter()
        .map(|e| e["fingerprint"].as_str().unwrap())
        .collect();
    assert_eq!(fingerprints.len(), entries.len(), "fingerprints are unique");
    for e in entries {
        assert!(!e["description"].as_str().unwrap().contains('\n'));
        assert!(e["location"]["lines"]["begin"].as_u64().unwrap() >= 1);
    }
    let again = canevas(&[
        "check",
        "examples/invalid",
        hostile.to_str().unwrap(),
        "--format",
        "gitlab",
    ]);
    assert_eq!(
        out.stdout, again.stdout,
        "fingerprints are stable across runs"
    );
    let from_gitlab: BTreeSet<(String, u64, String)> = entries
        .iter()
        .map(|e| {
            (
                e["location"]["path"].as_str().unwrap().to_owned(),
                e["location"]["lines"]["begin"].as_u64().unwrap(),
                e["check_name"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let concise = concise_set(&["examples/invalid", hostile.to_str().unwrap()]);
    assert!(
        concise.is_subset(&from_gitlab),
        "{:?}",
        concise.difference(&from_gitlab).collect::<Vec<_>>()
    );
}

#[allow(clippy::print_stderr)] // a skipped check says so
fn skipped(why: &str) {
    eprintln!("SKIPPED: {why}");
}

#[test]
fn junit_reports_warnings_as_failures_under_deny_warnings() {
    let file = "examples/invalid/CAN001.yaml";
    let plain = text(&canevas(&["check", file, "--format", "junit"]));
    let denied = text(&canevas(&[
        "check",
        file,
        "--format",
        "junit",
        "--deny-warnings",
    ]));
    assert_eq!(plain.matches("<failure").count(), 0, "{plain}");
    assert_eq!(denied.matches("<failure").count(), 1, "{denied}");
    assert!(plain.contains("CAN001") && plain.contains("<system-out>"));
}

/// `CODE` on its own line, then the frame `╭─[path:line:col]` of miette.
fn human_findings(text: &str) -> BTreeSet<Finding> {
    let mut found = BTreeSet::new();
    let mut code: Option<String> = None;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.len() >= 6
            && trimmed
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        {
            code = Some(trimmed.to_owned());
        } else if trimmed.starts_with("Advice:") {
            code = None; // a related place, not a finding
        } else if let (Some(c), Some((_, message))) = (&code, trimmed.split_once("× ")) {
            // A finding without a frame: `× path:line:col: message`.
            if let Some((place, _)) = message.split_once(": ") {
                let mut parts = place.rsplitn(3, ':');
                if let (Some(_), Some(line_no), Some(path)) =
                    (parts.next(), parts.next(), parts.next())
                    && let Ok(line_no) = line_no.parse()
                {
                    found.insert((path.to_owned(), line_no, c.clone()));
                    code = None;
                }
            }
        } else if let (Some(c), Some(frame)) = (&code, trimmed.split_once("╭─[")) {
            let place = frame.1.trim_end_matches(']');
            let mut parts = place.rsplitn(3, ':');
            let _col = parts.next();
            let line_no = parts.next().unwrap().parse().unwrap();
            found.insert((parts.next().unwrap().to_owned(), line_no, c.clone()));
            code = None;
        }
    }
    found
}

#[test]
fn every_format_reports_the_same_findings() {
    let run = |format: &str| {
        text(&canevas(&[
            "check",
            "examples/invalid",
            "--format",
            format,
            "--color",
            "never",
        ]))
    };
    let concise = concise_findings(&run("concise"));
    assert!(concise.len() > 20);
    let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    let json = json_findings(&json);
    let sarif: serde_json::Value = serde_json::from_str(&run("sarif")).unwrap();
    let sarif: BTreeSet<Finding> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| {
            let location = &r["locations"][0]["physicalLocation"];
            Some((
                location["artifactLocation"]["uri"].as_str()?.into(),
                location["region"]["startLine"].as_u64()?,
                r["ruleId"].as_str()?.into(),
            ))
        })
        .collect();
    let gitlab: serde_json::Value = serde_json::from_str(&run("gitlab")).unwrap();
    let gitlab: BTreeSet<Finding> = gitlab
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["location"]["path"].as_str().unwrap().into(),
                e["location"]["lines"]["begin"].as_u64().unwrap(),
                e["check_name"].as_str().unwrap().into(),
            )
        })
        .collect();
    let github: BTreeSet<Finding> = run("github")
        .lines()
        .filter_map(|l| {
            let properties = l.split_once(' ')?.1.split_once("::")?.0;
            let get = |k: &str| {
                properties
                    .split(',')
                    .find_map(|p| p.strip_prefix(&format!("{k}=")))
            };
            Some((
                get("file")?.into(),
                get("line")?.parse().ok()?,
                get("title")?.into(),
            ))
        })
        .collect();
    let junit_xml = run("junit");
    let document = roxmltree::Document::parse(&junit_xml).unwrap();
    let bodies: Vec<&str> = document
        .descendants()
        .filter(|n| n.has_tag_name("failure") || n.has_tag_name("system-out"))
        .filter_map(|n| n.text())
        .collect();
    let junit = concise_findings(&bodies.join("\n"));
    let human = human_findings(&run("human"));
    for (name, set) in [
        ("json", &json),
        ("sarif", &sarif),
        ("gitlab", &gitlab),
        ("github", &github),
        ("junit", &junit),
        ("human", &human),
    ] {
        let missing: Vec<_> = concise.difference(set).collect();
        let extra: Vec<_> = set.difference(&concise).collect();
        assert!(
            missing.is_empty() && extra.is_empty(),
            "{name}: missing {missing:?}, extra {extra:?}"
        );
    }
}

#[test]
fn one_run_writes_several_reports_as_separate_runs_would() {
    let dir = tempfile::tempdir().unwrap();
    let sarif = dir.path().join("canevas.sarif");
    let junit = dir.path().join("junit.xml");
    let (sarif_arg, junit_arg) = (sarif.to_str().unwrap(), junit.to_str().unwrap());
    let together = canevas(&[
        "check",
        "examples/invalid",
        "--format",
        "sarif",
        "--output",
        sarif_arg,
        "--format",
        "concise",
        "--format",
        "junit",
        "-o",
        junit_arg,
    ]);
    assert_eq!(together.status.code(), Some(1));
    let alone = |format: &str| text(&canevas(&["check", "examples/invalid", "--format", format]));
    assert_eq!(text(&together), alone("concise"));
    assert_eq!(fs::read_to_string(&sarif).unwrap(), alone("sarif"));
    assert_eq!(fs::read_to_string(&junit).unwrap(), alone("junit"));
}

#[test]
fn reports_that_cannot_be_told_apart_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.json");
    let a = a.to_str().unwrap();
    for args in [
        // two formats for the standard output
        vec!["--format", "sarif", "--format", "concise"],
        // two files for one format
        vec!["--format", "sarif", "-o", a, "-o", "b.json"],
        // one file for two formats
        vec!["--format", "sarif", "-o", a, "--format", "json", "-o", a],
    ] {
        let mut full = vec!["check", "examples/plan-qvt"];
        full.extend(&args);
        let out = canevas(&full);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("error:"),
            "{args:?}"
        );
    }
    assert!(
        !Path::new(a).exists(),
        "nothing is written when the command line is wrong"
    );
}

#[test]
fn on_github_actions_terminal_reports_cannot_forge_workflow_commands() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("forged.yaml"),
        "id: A1-01\ntitle: \"x\\n::error file=README.md::forged\"\n\"##[warning]forged\": 1\n",
    )
    .unwrap();
    for format in ["human", "concise"] {
        let out = canevas_in(
            dir.path(),
            &[
                "check",
                "forged.yaml",
                "--format",
                format,
                "--color",
                "never",
            ],
            &[("GITHUB_ACTIONS", "true")],
        );
        let text = text(&out);
        let lines: Vec<&str> = text.lines().collect();
        let token = lines[0]
            .strip_prefix("::stop-commands::")
            .unwrap_or_else(|| panic!("{format}: no stop-commands first: {text}"));
        assert!(token.len() >= 16, "a token no proposal can guess: {token}");
        assert_eq!(lines.last().unwrap(), &format!("::{token}::"), "{format}");
        assert!(text.contains("##[warning]forged"), "{format}: {text}");

        let elsewhere = canevas_in(
            dir.path(),
            &["check", "forged.yaml", "--format", format],
            &[],
        );
        assert!(!self::text(&elsewhere).contains("::stop-commands::"));
    }
}
