//! The plan's scope (SPEC "The plan's scope"): with a `[plan]` table the plan
//! rules read every proposal `[files]` selects, whatever files are named;
//! findings only for the files named; plan-wide counts when the whole plan is
//! named, at the `[plan]` line of `canevas.toml`. And `--force-exclude`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use crate::common;

/// A copy of the example plan (20 valid proposals and a `[plan]` table).
pub(crate) fn example_plan() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/plan-qvt");
    copy_tree(&from, dir.path());
    dir
}

pub(crate) fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

fn first_of_axis(root: &Path, axis: u8) -> PathBuf {
    let mut files: Vec<PathBuf> = fs::read_dir(root.join(format!("axe-{axis}")))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files.remove(0)
}

fn concise(dir: &Path, args: &[&str]) -> (Output, String) {
    let mut all = vec!["check", "--format", "concise"];
    all.extend(args);
    let out = common::canevas_in(dir, &all, &[]);
    let text = common::stdout(&out);
    (out, text)
}

#[test]
fn two_files_named_are_not_the_plan() {
    let plan = example_plan();
    let (out, text) = concise(plan.path(), &["axe-1/A1-01-parcours-accueil.yaml", "axe-2"]);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        !text.contains("PLAN00"),
        "the whole plan is complete: {text}"
    );
}

#[test]
fn a_new_file_with_an_id_already_used_is_caught_alone() {
    let plan = example_plan();
    let existing = first_of_axis(plan.path(), 1);
    let copy = fs::read_to_string(&existing).unwrap();
    // Sorted before the existing file and after it: both sides of the pair.
    for name in ["axe-1/A1-00-nouvelle.yaml", "axe-1/A1-99-nouvelle.yaml"] {
        fs::write(plan.path().join(name), &copy).unwrap();
        let (out, text) = concise(plan.path(), &[name]);
        assert_eq!(out.status.code(), Some(1), "{text}");
        let lines: Vec<&str> = text.lines().filter(|l| l.contains('[')).collect();
        assert_eq!(lines.len(), 1, "{text}");
        assert!(
            lines[0].starts_with(&format!("{name}:2:")) && lines[0].contains("error[PLAN001]"),
            "{text}"
        );
        fs::remove_file(plan.path().join(name)).unwrap();
    }
}

#[test]
fn findings_of_files_not_named_are_not_reported() {
    let plan = example_plan();
    let other = first_of_axis(plan.path(), 2);
    fs::write(&other, "id: A2-01\ntitre: [\n").unwrap();
    let (out, text) = concise(plan.path(), &["axe-1"]);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(!text.contains("axe-2"), "{text}");
    let (out, text) = concise(plan.path(), &[]);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("axe-2/") && text.contains("YAML001"),
        "{text}"
    );
}

#[test]
fn plan_wide_findings_point_at_the_plan_line_of_the_configuration() {
    let plan = example_plan();
    fs::remove_file(first_of_axis(plan.path(), 3)).unwrap();
    fs::remove_file(first_of_axis(plan.path(), 3)).unwrap();
    // The whole plan named (the folder of canevas.toml): the counts are its.
    let (_, text) = concise(plan.path(), &[]);
    assert!(
        text.contains("canevas.toml:4:1: warning[PLAN002]"),
        "[plan] is line 4 of the example: {text}"
    );
    let (_, text) = concise(&plan.path().join("axe-1"), &[".."]);
    assert!(
        text.contains("../canevas.toml:4:1: warning[PLAN002]"),
        "{text}"
    );
    let out = common::canevas_in(plan.path(), &["check", "--format", "json"], &[]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let finding = &json["findings"][0];
    assert_eq!(finding["code"], "PLAN002");
    assert_eq!(finding["file"], "canevas.toml");
    assert_eq!(finding["start"]["line"], 4);
    // Part of the plan named (a hook names the changed file): the counts
    // are still the whole plan's, at the `[plan]` line, never those of the
    // files named ("two named files are not the plan").
    let (out, text) = concise(plan.path(), &["axe-1/A1-01-parcours-accueil.yaml", "axe-2"]);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("canevas.toml:4:1: warning[PLAN002] axis 3 has 3 proposals"),
        "{text}"
    );
    assert!(!text.contains("axis 1 has"), "{text}");
}

#[test]
fn with_plan_and_no_configuration_plan_findings_are_about_the_folder() {
    let dir = tempfile::tempdir().unwrap();
    let plan = example_plan();
    copy_tree(&plan.path().join("axe-1"), &dir.path().join("propositions"));
    let (_, text) = concise(dir.path(), &["propositions", "--plan"]);
    assert!(
        text.contains("propositions: warning[PLAN002]"),
        "no line, the folder: {text}"
    );
}

#[test]
fn force_exclude_leaves_out_named_files_that_files_excludes() {
    let plan = example_plan();
    let workflows = plan.path().join(".github/workflows");
    fs::create_dir_all(&workflows).unwrap();
    fs::write(workflows.join("ci.yml"), "on: push\njobs: {}\n").unwrap();
    fs::write(plan.path().join(".pre-commit-config.yaml"), "repos: []\n").unwrap();
    let named = [
        ".github/workflows/ci.yml",
        ".pre-commit-config.yaml",
        "axe-1/A1-01-parcours-accueil.yaml",
    ];
    let (out, text) = concise(plan.path(), &named);
    assert_eq!(
        out.status.code(),
        Some(1),
        "named files are checked: {text}"
    );
    assert!(
        text.contains(".pre-commit-config.yaml:1:1: error[SCHEMA001]"),
        "{text}"
    );
    let mut forced = vec!["--force-exclude"];
    forced.extend(named);
    let (out, text) = concise(plan.path(), &forced);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("Checked 1 file"), "{text}");
}

#[test]
fn a_file_piped_on_standard_input_is_no_duplicate_of_itself() {
    use std::io::Write;
    let plan = example_plan();
    let text = fs::read(first_of_axis(plan.path(), 2)).unwrap();
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_canevas"))
        .args(["check", "-", "--format", "concise"])
        .current_dir(plan.path())
        .env("LANG", "C")
        .env_remove("CANEVAS_LANG")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&text).unwrap();
    let out = child.wait_with_output().unwrap();
    let said = common::stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{said}");
    assert!(!said.contains("PLAN001"), "{said}");
}
