//! Working groups end to end: a group breaking every composition rule, a
//! plan without one of its groups, group findings in every format of
//! `check`, the `[groups]` thresholds, and the summary and export, which show
//! a group's totals but never a person's gender, and names only when allowed.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use serde_json::Value;

use crate::common::{canevas, canevas_in, concise_findings, stdout};

const INVALID_GROUP: &str = "examples/invalid/groupe.yaml";
const PLAN: &str = "examples/plan-qvt";
const COMPOSITION: [&str; 5] = ["GRP001", "GRP002", "GRP003", "GRP004", "GRP005"];

/// The codes of a JSON report.
fn json_codes(text: &str) -> BTreeSet<String> {
    let report: Value = serde_json::from_str(text).unwrap();
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap().to_owned())
        .collect()
}

/// Copies the example plan into a temporary folder, to change it there.
fn copy_plan() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in walkdir::WalkDir::new(PLAN) {
        let entry = entry.unwrap();
        let to = dir.path().join(entry.path().strip_prefix(PLAN).unwrap());
        if entry.file_type().is_dir() {
            fs::create_dir_all(&to).unwrap();
        } else {
            fs::copy(entry.path(), &to).unwrap();
        }
    }
    dir
}

#[test]
fn a_group_breaking_every_rule_gets_grp001_to_grp005() {
    let out = canevas(&["check", INVALID_GROUP, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "GRP001 is an error");
    let codes = json_codes(&stdout(&out));
    let expected: BTreeSet<String> = COMPOSITION.iter().map(|c| (*c).to_owned()).collect();
    assert_eq!(codes, expected);
}

#[test]
fn removing_a_group_gives_grp006_and_a_second_one_too() {
    let plan = copy_plan();
    let clean = canevas_in(plan.path(), &["check", "--format", "json"], &[]);
    assert_eq!(json_codes(&stdout(&clean)), BTreeSet::new());

    fs::remove_file(plan.path().join("axe-2/groupe.yaml")).unwrap();
    let out = canevas_in(plan.path(), &["check", "--format", "json"], &[]);
    assert_eq!(out.status.code(), Some(1), "GRP006 is an error");
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let found = report["findings"].as_array().unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["code"], "GRP006");
    assert!(found[0]["message"].as_str().unwrap().contains("axis 2"));

    // The group of axis 3 copied into axis 2's folder but left on axis 3.
    fs::copy(
        plan.path().join("axe-3/groupe.yaml"),
        plan.path().join("axe-2/groupe.yaml"),
    )
    .unwrap();
    let out = canevas_in(plan.path(), &["check", "--format", "concise"], &[]);
    let grp006: Vec<_> = concise_findings(&stdout(&out))
        .into_iter()
        .filter(|f| f.2 == "GRP006")
        .collect();
    let messages = stdout(&out);
    assert!(
        messages.contains("axis 2 has no working group"),
        "{messages}"
    );
    assert!(
        messages.contains("axis 3 already has a working group"),
        "{messages}"
    );
    // The axis without a group is about the plan: at its `[plan]` line
    // (SPEC "The plan's scope"); the second group of axis 3 at its own line.
    let (in_config, in_groups): (Vec<_>, Vec<_>) =
        grp006.iter().partition(|f| f.0 == "canevas.toml");
    assert_eq!(in_config.len(), 1, "{messages}");
    assert_eq!(
        in_groups.len(),
        1,
        "the second group of axis 3 has a line: {messages}"
    );

    // One file of a plan (a pre-commit hook): the plan is still the whole
    // plan (SPEC "The plan's scope"), so the missing group is still found, at
    // the `[plan]` line; the file named has no finding of its own.
    let one = canevas_in(
        plan.path(),
        &["check", "--format", "concise", "axe-1/groupe.yaml"],
        &[],
    );
    let found = concise_findings(&stdout(&one));
    assert!(
        found
            .iter()
            .any(|f| f.2 == "GRP006" && f.0 == "canevas.toml"),
        "{}",
        stdout(&one)
    );
    assert!(
        found.iter().all(|f| f.0 == "canevas.toml"),
        "{}",
        stdout(&one)
    );
}

#[test]
fn every_format_carries_the_group_findings() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(INVALID_GROUP, dir.path().join("groupe.yaml")).unwrap();
    let run = |format: &str| {
        let out = canevas_in(dir.path(), &["check", ".", "--format", format], &[]);
        assert_eq!(out.status.code(), Some(1), "{format}");
        stdout(&out)
    };
    let json = json_codes(&run("json"));
    let sarif: Value = serde_json::from_str(&run("sarif")).unwrap();
    let sarif: BTreeSet<String> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["ruleId"].as_str().unwrap().to_owned())
        .collect();
    let gitlab: Value = serde_json::from_str(&run("gitlab")).unwrap();
    let gitlab: BTreeSet<String> = gitlab
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["check_name"].as_str().unwrap().to_owned())
        .collect();
    let github: BTreeSet<String> = run("github")
        .lines()
        .filter_map(|l| Some(l.split_once(",title=")?.1.split_once("::")?.0.to_owned()))
        .collect();
    let junit_text = run("junit");
    let junit = roxmltree::Document::parse(&junit_text).unwrap();
    let junit: BTreeSet<String> = junit
        .descendants()
        .filter(|n| n.has_tag_name("failure") || n.has_tag_name("system-out"))
        .flat_map(|n| concise_findings(n.text().unwrap_or_default()))
        .map(|f| f.2)
        .collect();
    for (format, codes) in [
        ("json", json),
        ("sarif", sarif),
        ("gitlab", gitlab),
        ("github", github),
        ("junit", junit),
    ] {
        for code in COMPOSITION {
            assert!(
                codes.contains(code),
                "{format}: {code} missing from {codes:?}"
            );
        }
    }
}

#[test]
fn thresholds_come_from_the_groups_table() {
    let dir = tempfile::tempdir().unwrap();
    let group = fs::read_to_string("tests/fixtures/rules/valid-group-fr.yaml").unwrap();
    fs::write(dir.path().join("groupe.yaml"), group).unwrap();
    let run = |config: &str, format: &str| {
        fs::write(dir.path().join("canevas.toml"), config).unwrap();
        canevas_in(
            dir.path(),
            &["check", "groupe.yaml", "--format", format],
            &[],
        )
    };
    let check = |config: &str| run(config, "concise");
    assert_eq!(check("").status.code(), Some(0));
    let strict = check("[groups]\nmembers = [9, 10]\nmin_departments = 5\nparity_percent = 50\n");
    let codes: BTreeSet<String> = concise_findings(&stdout(&strict))
        .into_iter()
        .map(|f| f.2)
        .collect();
    let expected: BTreeSet<String> = ["GRP002", "GRP004"].map(String::from).into();
    assert_eq!(codes, expected, "{}", stdout(&strict));
    // A department outside the configured list is named with the allowed ones.
    let other = run(
        "[groups]\ndepartments = [\"21\", \"25\", \"39\", \"58\", \"71\", \"89\"]\n",
        "json",
    );
    assert!(json_codes(&stdout(&other)).contains("SCHEMA001"));
    assert!(
        stdout(&other).contains("21, 25, 39, 58, 71, 89"),
        "{}",
        stdout(&other)
    );
    // Numbers are department ids too.
    let numbers = check("[groups]\ndepartments = [25, 39, 70, 90]\n");
    assert_eq!(numbers.status.code(), Some(0), "{}", stdout(&numbers));
    let bad = check("[groups]\nparity_percent = 140\n");
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn missing_genders_give_an_info_whatever_the_configured_severity() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(
        "tests/fixtures/rules/GRP003/bad-unknown/groupe.yaml",
        dir.path().join("groupe.yaml"),
    )
    .unwrap();
    fs::write(
        dir.path().join("canevas.toml"),
        "[rules]\nGRP003 = \"error\"\n",
    )
    .unwrap();
    let out = canevas_in(
        dir.path(),
        &["check", "groupe.yaml", "--format", "json"],
        &[],
    );
    assert_eq!(out.status.code(), Some(0), "an info fails nothing");
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["findings"][0]["code"], "GRP003");
    assert_eq!(report["findings"][0]["severity"], "info");
}

/// Every key of a JSON value, at any depth.
fn keys(value: &Value, found: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                found.insert(key.clone());
                keys(inner, found);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| keys(v, found)),
        _ => {}
    }
}

#[test]
fn the_groups_summary_gives_totals_and_no_gender_of_a_person() {
    let out = canevas(&["summary", PLAN, "--view", "groups", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let summary: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let groups = summary["groups"].as_array().unwrap();
    assert_eq!(groups.len(), 4);
    let mut found = BTreeSet::new();
    keys(&summary["groups"], &mut found);
    for personal in ["gender", "genre", "name", "names", "persons_list"] {
        assert!(!found.contains(personal), "{personal} in {found:?}");
    }
    let first = &groups[0];
    assert_eq!(first["pair"], serde_json::json!(["college", "rectorat"]));
    assert_eq!(first["members"], 8);
    let women = first["women"].as_u64().unwrap();
    let men = first["men"].as_u64().unwrap();
    assert_eq!(women + men + first["gender_unknown"].as_u64().unwrap(), 10);
    let departments: u64 = first["departments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["count"].as_u64().unwrap())
        .sum();
    assert_eq!(departments, 10);
    for verdict in first["verdicts"].as_object().unwrap().values() {
        assert_eq!(verdict["verdict"], "met");
    }
    // The CSV table: one row an axis, no column a person.
    let csv = stdout(&canevas(&[
        "summary", PLAN, "--view", "groups", "--format", "csv",
    ]));
    let header = csv.lines().next().unwrap();
    assert!(
        header.contains("Women") && header.contains("Men"),
        "{header}"
    );
    assert_eq!(csv.lines().count(), 5, "{csv}");
}

#[test]
fn names_appear_only_when_the_configuration_allows_them() {
    let plan = copy_plan();
    let summary = |plan: &Path| {
        stdout(&canevas_in(
            plan,
            &["summary", "--view", "groups", "--format", "markdown"],
            &[],
        ))
    };
    let export = |plan: &Path| stdout(&canevas_in(plan, &["export", "--lang", "fr"], &[]));
    // « A. B. » is the initials of axis 1's co-lead.
    assert!(!summary(plan.path()).contains("A. B."));
    assert!(!export(plan.path()).contains("A. B."));
    let config = plan.path().join("canevas.toml");
    let text = fs::read_to_string(&config).unwrap();
    fs::write(
        &config,
        text.replace("show_names = false", "show_names = true"),
    )
    .unwrap();
    assert!(summary(plan.path()).contains("A. B."));
    assert!(export(plan.path()).contains("A. B."));
}

#[test]
fn the_export_has_a_governance_section_with_a_chart_and_no_gender_of_a_person() {
    let html = stdout(&canevas(&["export", PLAN, "--lang", "fr"]));
    let xml = html.replace("<!DOCTYPE html>", "");
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let section = doc
        .descendants()
        .find(|n| n.has_tag_name("section") && n.attribute("class") == Some("governance"))
        .expect("a governance section");
    let heading = section
        .descendants()
        .find(|n| n.has_tag_name("h2"))
        .unwrap();
    assert_eq!(heading.text(), Some("Gouvernance"));
    let chart = section
        .descendants()
        .find(|n| n.has_tag_name("svg"))
        .unwrap();
    assert_eq!(chart.attribute("role"), Some("img"));
    // Every cell of its tables is a total, a place, a category or a verdict:
    // none is a person's gender.
    let cells: Vec<&str> = section
        .descendants()
        .filter(|n| n.has_tag_name("td"))
        .filter_map(|n| n.text())
        .collect();
    assert!(!cells.is_empty());
    assert!(
        cells.iter().all(|c| !matches!(c.trim(), "f" | "h")),
        "{cells:?}"
    );
    assert!(html.contains("psychologue du travail"), "the support group");
    let markdown = stdout(&canevas(&["export", PLAN, "--format", "markdown"]));
    assert!(markdown.contains("## Governance"), "{markdown}");
}

#[test]
fn group_files_are_known_by_name_in_any_case_and_as_yml() {
    let dir = tempfile::tempdir().unwrap();
    let group = fs::read_to_string("tests/fixtures/rules/valid-group-en.yaml").unwrap();
    for name in ["one/Group.YAML", "two/groupe.yml"] {
        let path = dir.path().join(name);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, &group).unwrap();
    }
    let out = canevas_in(dir.path(), &["check", "--format", "concise"], &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let summary = canevas_in(
        dir.path(),
        &["summary", "--view", "groups", "--format", "json"],
        &[],
    );
    let summary: Value = serde_json::from_str(&stdout(&summary)).unwrap();
    assert_eq!(summary["groups"][0]["files"].as_array().unwrap().len(), 2);
}

#[test]
fn a_group_file_that_is_not_a_mapping_is_told_what_a_group_holds() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("groupe.yaml"), "- a\n").unwrap();
    let out = canevas_in(
        dir.path(),
        &["check", "groupe.yaml", "--format", "json"],
        &[],
    );
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let finding = &report["findings"][0];
    assert_eq!(finding["code"], "YAML003");
    assert!(
        finding["message"]
            .as_str()
            .unwrap()
            .contains("working group")
    );
    assert!(finding["hint"].as_str().unwrap().contains("co_leads:"));
}

#[test]
fn a_support_resource_in_a_plan_without_support_group_is_fea005() {
    let plan = copy_plan();
    let clean = canevas_in(plan.path(), &["check", "--format", "json"], &[]);
    assert_eq!(json_codes(&stdout(&clean)), BTreeSet::new());
    fs::remove_file(plan.path().join("appui.yaml")).unwrap();
    let out = canevas_in(plan.path(), &["check", "--format", "json"], &[]);
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let found = report["findings"].as_array().unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0]["code"], "FEA005");
    assert!(found[0]["file"].as_str().unwrap().contains("A3-04"));
    assert!(
        found[0]["message"]
            .as_str()
            .unwrap()
            .contains("no appui.yaml")
    );
    // The proposal named alone (a pre-commit hook) is still read against the
    // whole plan, which has no support group: the same FEA005.
    let alone = canevas_in(
        plan.path(),
        &[
            "check",
            "--format",
            "concise",
            "axe-3/A3-04-ecoute-soutien-psychologique.yaml",
        ],
        &[],
    );
    assert!(
        stdout(&alone).contains("warning[FEA005]"),
        "{}",
        stdout(&alone)
    );
}
