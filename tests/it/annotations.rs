//! What CI systems are given: paths they can match, no place that is a
//! folder, no control or bidi character, no summary written into a proposal.

use std::fs;

use crate::common;
use crate::plan_scope::example_plan;

fn github_lines(dir: &std::path::Path, args: &[&str]) -> Vec<String> {
    let mut all = vec!["check", "--format", "github"];
    all.extend(args);
    let out = common::canevas_in(dir, &all, &[]);
    common::stdout(&out).lines().map(str::to_owned).collect()
}

#[test]
fn github_files_are_relative_without_a_leading_dot() {
    let plan = example_plan();
    let file = plan.path().join("axe-2/A2-01-bad.yaml");
    fs::write(&file, "id: A2-99\n").unwrap();
    for args in [&[][..], &["."], &["./axe-2"], &["./axe-2/A2-01-bad.yaml"]] {
        let lines = github_lines(plan.path(), args);
        assert!(!lines.is_empty(), "{args:?}");
        for line in &lines {
            assert!(
                line.contains("file=axe-2/A2-01-bad.yaml,"),
                "{args:?}: {line}"
            );
        }
    }
}

#[test]
fn findings_about_a_folder_point_at_no_file_in_ci_formats() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let args = ["check", "examples/invalid", "--plan", "--format"];
    let run = |format: &str| {
        let mut all = args.to_vec();
        all.push(format);
        common::stdout(&common::canevas_in(root, &all, &[]))
    };
    let github = run("github");
    let plan_lines: Vec<&str> = github.lines().filter(|l| l.contains("PLAN002")).collect();
    assert!(!plan_lines.is_empty());
    for line in plan_lines {
        assert!(line.starts_with("::warning title=PLAN002::"), "{line}");
    }
    let gitlab: serde_json::Value = serde_json::from_str(&run("gitlab")).unwrap();
    for entry in gitlab.as_array().unwrap() {
        let path = entry["location"]["path"].as_str().unwrap();
        assert!(root.join(path).is_file(), "{path}");
    }
    let sarif: serde_json::Value = serde_json::from_str(&run("sarif")).unwrap();
    let run = &sarif["runs"][0];
    for result in run["results"].as_array().unwrap() {
        let uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
            .as_str()
            .unwrap();
        assert!(root.join(uri).is_file(), "{uri}");
    }
    let notes = run["invocations"][0]["toolExecutionNotifications"]
        .as_array()
        .unwrap();
    assert!(notes.iter().any(|n| n["descriptor"]["id"] == "PLAN002"));
}

#[test]
fn with_a_configuration_plan_findings_point_at_its_plan_line_in_ci_formats() {
    let plan = example_plan();
    fs::remove_dir_all(plan.path().join("axe-4")).unwrap();
    let out = common::canevas_in(plan.path(), &["check", "--format", "sarif"], &[]);
    let sarif: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let result = &sarif["runs"][0]["results"][0];
    assert_eq!(result["ruleId"], "PLAN002");
    let location = &result["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "canevas.toml");
    assert_eq!(location["region"]["startLine"], 4);
    let lines = github_lines(plan.path(), &[]);
    assert!(
        lines
            .iter()
            .any(|l| l.contains("file=canevas.toml,line=4,")),
        "{lines:?}"
    );
}

#[test]
fn control_and_bidi_characters_never_reach_annotations_or_summaries() {
    let dir = tempfile::tempdir().unwrap();
    // YAML escapes: the key holds a real right-to-left override and escape.
    let hostile = "id: A1-01\ntitre: x\n\"clé\\u202E\\e[31m\": 1\n";
    fs::write(dir.path().join("A1-01.yaml"), hostile).unwrap();
    let summary = dir.path().join("summary.md");
    let summary_env = summary.to_str().unwrap();
    let out = common::canevas_in(
        dir.path(),
        &["check", "--format", "github"],
        &[("GITHUB_STEP_SUMMARY", summary_env)],
    );
    let annotations = common::stdout(&out);
    let written = fs::read_to_string(&summary).unwrap();
    for text in [&annotations, &written] {
        assert!(text.contains("SCHEMA001"), "{text}");
        assert!(!text.contains(['\u{202E}', '\u{1b}']), "{text:?}");
    }
}

#[test]
fn a_step_summary_that_is_a_proposal_is_never_written() {
    let plan = example_plan();
    let proposal = plan.path().join("axe-1/A1-01-parcours-accueil.yaml");
    let before = fs::read(&proposal).unwrap();
    let out = common::canevas_in(
        plan.path(),
        &["check", "--format", "github"],
        &[("GITHUB_STEP_SUMMARY", proposal.to_str().unwrap())],
    );
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert_eq!(fs::read(&proposal).unwrap(), before);
}

#[test]
fn the_markdown_export_neutralises_control_and_bidi_characters() {
    let dir = tempfile::tempdir().unwrap();
    let valid = include_str!("../fixtures/rules/valid-en.yaml");
    let title = "title: \"Accueil \\u202E\\e[31m rouge\"";
    let text: Vec<&str> = valid
        .lines()
        .map(|l| if l.starts_with("title:") { title } else { l })
        .collect();
    fs::write(dir.path().join("A1-01.yaml"), text.join("\n")).unwrap();
    let out = common::canevas_in(dir.path(), &["export", "--format", "markdown"], &[]);
    let markdown = common::stdout(&out);
    assert!(markdown.contains("Accueil "), "{markdown}");
    assert!(!markdown.contains(['\u{202E}', '\u{1b}']), "{markdown:?}");
}
