//! The CI files shipped for proposals repositories: the GitHub Action
//! (`action.yml`), an example workflow using it, and the GitLab CI template.
//! Linted against the schemas check-jsonschema bundles (SKIPPED without it;
//! .ci/run installs it), and the action's check step run as GitHub would.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use canevas::pipeline::source::SourceFile;
use canevas::pipeline::yaml::{self, Node};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn check_jsonschema(schema: &str, file: &Path) -> Option<std::process::Output> {
    Command::new("check-jsonschema")
        .args(["--builtin-schema", schema])
        .arg(file)
        .output()
        .ok()
}

#[test]
fn the_ci_files_follow_their_schemas() {
    let files = [
        ("vendor.github-actions", "action.yml"),
        ("vendor.github-workflows", "docs/ci/github-workflow.yml"),
        ("vendor.gitlab-ci", "ci/canevas.gitlab-ci.yml"),
        ("vendor.gitlab-ci", "docs/ci/gitlab-ci.yml"),
    ];
    if check_jsonschema("vendor.github-actions", &root().join("action.yml")).is_none() {
        eprintln!("SKIPPED: check-jsonschema is not installed");
        return;
    }
    for (schema, file) in files {
        let out = check_jsonschema(schema, &root().join(file)).unwrap();
        assert!(out.status.success(), "{file}: {out:?}");
    }
    // The schemas do bite: a step without its shell is refused.
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("action.yml");
    let action = fs::read_to_string(root().join("action.yml")).unwrap();
    fs::write(&broken, action.replacen("      shell: bash\n", "", 1)).unwrap();
    let out = check_jsonschema("vendor.github-actions", &broken).unwrap();
    assert!(!out.status.success(), "a composite step needs a shell");
}

fn parse(path: &Path) -> Node {
    let text = fs::read_to_string(path).unwrap();
    yaml::parse(&SourceFile::new(path.to_path_buf(), text)).unwrap()
}

fn text<'n>(node: &'n Node, key: &str) -> Option<&'n str> {
    node.get(key)?.value.as_str()
}

/// The `run` script of the action's step whose `id` is `id`.
fn action_step(id: &str) -> String {
    let action = parse(&root().join("action.yml"));
    let steps = action.get("runs").unwrap().value.get("steps").unwrap();
    let step = steps
        .value
        .as_seq()
        .unwrap()
        .iter()
        .find(|s| text(s, "id") == Some(id))
        .unwrap();
    text(step, "run").unwrap().to_owned()
}

#[test]
fn the_action_installs_with_cargo_caches_and_uploads() {
    let action = fs::read_to_string(root().join("action.yml")).unwrap();
    for needed in [
        "using: composite",
        "cargo install --locked --path \"$GITHUB_ACTION_PATH\"",
        "uses: actions/cache@",
        "uses: github/codeql-action/upload-sarif@",
        "--format github --format sarif",
    ] {
        assert!(action.contains(needed), "action.yml lacks {needed}");
    }
    let workflow = parse(&root().join("docs/ci/github-workflow.yml"));
    let job = &workflow
        .get("jobs")
        .unwrap()
        .value
        .get("check")
        .unwrap()
        .value;
    let permissions = &job.get("permissions").unwrap().value;
    assert_eq!(text(permissions, "security-events"), Some("write"));
    assert_eq!(text(permissions, "actions"), Some("read"));
}

/// Runs the action's check step as the runner would: bash, the inputs in
/// the environment, `canevas` on the PATH, `GITHUB_OUTPUT` a file.
fn run_check_step(dir: &Path, paths: &str) -> (String, PathBuf) {
    let script = action_step("check");
    let output = dir.join("github_output");
    let sarif = dir.join("canevas.sarif");
    let binary = Path::new(env!("CARGO_BIN_EXE_canevas"));
    let path = format!(
        "{}:{}",
        binary.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Command::new("bash")
        .args(["-e", "-c", &script])
        .current_dir(root())
        .env("PATH", path)
        .env("CANEVAS_PATHS", paths)
        .env("CANEVAS_ARGS", "")
        .env("CANEVAS_LANG", "fr")
        .env("SARIF", &sarif)
        .env("GITHUB_OUTPUT", &output)
        .env_remove("GITHUB_STEP_SUMMARY")
        .output()
        .unwrap();
    assert!(out.status.success(), "the step itself never fails: {out:?}");
    (fs::read_to_string(&output).unwrap(), sarif)
}

#[test]
fn the_action_check_step_keeps_the_status_and_writes_sarif() {
    if Command::new("bash").arg("--version").output().is_err() {
        eprintln!("SKIPPED: bash is not installed");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let (outputs, sarif) = run_check_step(dir.path(), "examples/plan-qvt");
    assert_eq!(outputs.trim(), "status=0");
    let log: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(&sarif).unwrap()).unwrap();
    assert_eq!(log["version"], "2.1.0");
    let other = tempfile::tempdir().unwrap();
    let (outputs, _) = run_check_step(other.path(), "examples/invalid examples/plan-qvt");
    assert_eq!(outputs.trim(), "status=1");
}
