//! The shipped pre-commit hook (`.pre-commit-hooks.yaml`), run by pre-commit
//! itself (`pre-commit try-repo`) on a repository holding the example plan,
//! CI files and a drafts folder that `[files]` leaves out.
//!
//! The hook repository is the shipped hook file with `language: rust` turned
//! into `language: system` and `canevas` into the binary under test, so that
//! the test does not build a release binary from scratch (minutes on CI);
//! everything else (`files`, `types`, `require_serial`, the arguments) is the
//! shipped file's. `CANEVAS_PRECOMMIT_RUST=1` keeps `language: rust` and lets
//! pre-commit build canevas from a copy of the sources, as users' machines do.
//! SKIPPED when pre-commit or git is absent (.ci/run installs pre-commit).

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use crate::plan_scope::{copy_tree, example_plan};

const HOOKS: &str = include_str!("../../.pre-commit-hooks.yaml");

fn available(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args([
            "-c",
            "user.name=canevas",
            "-c",
            "user.email=canevas@example.org",
        ])
        .args([
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "git {args:?}: {out:?}");
}

/// The hook repository: the shipped hook file, and what it needs to run.
fn hook_repo(dir: &Path) {
    let build_from_source = std::env::var_os("CANEVAS_PRECOMMIT_RUST").is_some_and(|v| v == "1");
    let hooks = if build_from_source {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        for folder in ["src", "locales", "schemas", "templates", "benches"] {
            copy_tree(&root.join(folder), &dir.join(folder));
        }
        for file in ["Cargo.toml", "Cargo.lock", "README.md"] {
            fs::copy(root.join(file), dir.join(file)).unwrap();
        }
        HOOKS.to_owned()
    } else {
        let binary = env!("CARGO_BIN_EXE_canevas");
        assert!(HOOKS.contains("language: rust") && HOOKS.contains("entry: canevas "));
        HOOKS
            .replace("language: rust", "language: system")
            .replace("entry: canevas ", &format!("entry: {binary} "))
    };
    fs::write(dir.join(".pre-commit-hooks.yaml"), hooks).unwrap();
    git(dir, &["init", "-q"]);
    git(dir, &["add", "."]);
    git(dir, &["commit", "-q", "-m", "hook"]);
}

/// A proposals repository: the example plan, CI files, and drafts that
/// `[files]` leaves out (the hook's `files` pattern matches them).
fn plan_repo() -> tempfile::TempDir {
    let plan = example_plan();
    let root = plan.path();
    let workflows = root.join(".github/workflows");
    fs::create_dir_all(&workflows).unwrap();
    fs::write(
        workflows.join("canevas.yml"),
        "on: [push]\njobs:\n  check:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n",
    )
    .unwrap();
    fs::write(root.join(".gitlab-ci.yml"), "include:\n  - local: ci.yml\n").unwrap();
    fs::write(
        root.join(".pre-commit-config.yaml"),
        "repos:\n  - repo: https://example.org/canevas\n    rev: v0.1.0\n    hooks:\n      - id: canevas\n",
    )
    .unwrap();
    fs::create_dir_all(root.join("axe-1/brouillons")).unwrap();
    fs::write(root.join("axe-1/brouillons/idee.yaml"), "idée: à écrire\n").unwrap();
    let config = fs::read_to_string(root.join("canevas.toml")).unwrap();
    fs::write(
        root.join("canevas.toml"),
        format!("{config}exclude = [\"axe-*/brouillons/**\"]\n"),
    )
    .unwrap();
    git(root, &["init", "-q"]);
    git(root, &["add", "."]);
    git(root, &["commit", "-q", "-m", "plan"]);
    plan
}

fn try_repo(plan: &Path, hooks: &Path, home: &Path, files: &[&str]) -> Output {
    let mut cmd = Command::new("pre-commit");
    cmd.arg("try-repo")
        .arg(hooks)
        .arg("canevas")
        .arg("--verbose")
        .current_dir(plan)
        .env("PRE_COMMIT_HOME", home)
        .env("LANG", "C")
        .env_remove("CANEVAS_LANG")
        .env_remove("GITHUB_STEP_SUMMARY")
        .env_remove("GITHUB_ACTIONS");
    if files.is_empty() {
        cmd.arg("--all-files");
    } else {
        cmd.arg("--files").args(files);
    }
    cmd.output().unwrap()
}

#[test]
fn the_shipped_hook_passes_a_clean_plan_and_catches_a_duplicate_id() {
    if !available("pre-commit") || !available("git") {
        eprintln!("SKIPPED: pre-commit or git is not installed");
        return;
    }
    let hooks = tempfile::tempdir().unwrap();
    hook_repo(hooks.path());
    let home = tempfile::tempdir().unwrap();
    let plan = plan_repo();

    let clean = try_repo(plan.path(), hooks.path(), home.path(), &[]);
    let said = String::from_utf8_lossy(&clean.stdout);
    assert_eq!(clean.status.code(), Some(0), "{said}");
    let checked = format!("Checked {} files", plan_yaml_files(plan.path()));
    assert!(said.contains(&checked), "{checked}: {said}");

    let existing = plan.path().join("axe-1/A1-01-parcours-accueil.yaml");
    let duplicate = "axe-1/A1-06-nouvelle.yaml";
    fs::copy(existing, plan.path().join(duplicate)).unwrap();
    git(plan.path(), &["add", duplicate]);
    let caught = try_repo(plan.path(), hooks.path(), home.path(), &[duplicate]);
    let said = String::from_utf8_lossy(&caught.stdout);
    assert_eq!(caught.status.code(), Some(1), "{said}");
    assert!(
        said.contains(&format!("{duplicate}:2:5: error[PLAN001]")),
        "{said}"
    );
    assert!(
        said.contains("Checked 1 file"),
        "only the named file: {said}"
    );
}

/// The YAML files of the plan's axis folders (proposals and group files)
/// and its support group, but the drafts that `[files]` leaves out.
fn plan_yaml_files(root: &Path) -> usize {
    let mut count = usize::from(root.join("appui.yaml").is_file());
    for axis in fs::read_dir(root).unwrap() {
        let axis = axis.unwrap().path();
        if !axis
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("axe-")
        {
            continue;
        }
        for file in fs::read_dir(&axis).unwrap() {
            let file = file.unwrap().path();
            count += usize::from(file.extension().is_some_and(|e| e == "yaml"));
        }
    }
    count
}

#[test]
fn the_shipped_hook_declares_what_the_spec_asks() {
    let line = |key: &str| {
        HOOKS
            .lines()
            .find_map(|l| l.trim_start_matches(['-', ' ']).strip_prefix(key))
            .unwrap_or_else(|| panic!("no {key} in .pre-commit-hooks.yaml"))
            .trim()
            .to_owned()
    };
    assert!(line("entry:").contains("--force-exclude"));
    assert_eq!(line("require_serial:"), "true");
    assert_eq!(line("language:"), "rust");
    // What `files` matches is tested by pre-commit itself above: the CI
    // files beside the plan are not named.
    assert!(line("files:").contains("axe"));
}
