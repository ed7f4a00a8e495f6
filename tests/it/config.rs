//! `canevas.toml`: found upward from the current folder, or given with --config.

use std::fs;
use std::path::Path;
use std::process::Output;

use crate::common;

fn run_in(dir: &Path, args: &[&str]) -> Output {
    common::canevas_in(dir, args, &[])
}

fn text(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

const VALID: &str = include_str!("../fixtures/rules/valid-en.yaml");

/// A folder with one valid proposal, one bad proposal per given defect, and a config.
fn repo(config: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("canevas.toml"), config).unwrap();
    fs::write(dir.path().join("A1-01.yaml"), VALID).unwrap();
    dir
}

#[test]
fn severity_override_and_off() {
    let short = VALID.replace("id: A1-01", "id: A1-02");
    let short = short.split("problem: ").next().unwrap().to_owned()
        + "problem: Trop court.\n"
        + &short
            .split("problem: ")
            .nth(1)
            .unwrap()
            .split_once("\nsolution")
            .map(|(_, r)| format!("solution{r}"))
            .unwrap();
    let dir = repo("[rules]\nCAN001 = \"error\"\n");
    fs::write(dir.path().join("A1-02.yaml"), &short).unwrap();
    let out = run_in(dir.path(), &["check", ".", "--format", "concise"]);
    assert_eq!(out.status.code(), Some(1), "{}", text(&out));
    assert!(text(&out).contains("error[CAN001]"), "{}", text(&out));

    fs::write(
        dir.path().join("canevas.toml"),
        "[rules]\ncan001 = \"off\"\n",
    )
    .unwrap();
    let out = run_in(dir.path(), &["check", ".", "--format", "concise"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(!text(&out).contains("CAN001"), "{}", text(&out));
}

#[test]
fn taxonomy_replacement() {
    let dir = repo(
        "[categories]\nenseignants = \"Enseignants\"\nadministratifs = \"Personnels administratifs\"\n",
    );
    let audience = "  categories: [enseignants-1d, enseignants-2d, direction, inspection, education, psy-en, aed, aesh]";
    let complementary = "  - categories: [administratifs, techniques, sociaux-sante]";
    assert!(VALID.contains(audience) && VALID.contains(complementary));
    let own_taxonomy = VALID
        .replace(audience, "  categories: [enseignants]")
        .replace(complementary, "  - categories: [administratifs]");
    fs::write(dir.path().join("A1-01.yaml"), &own_taxonomy).unwrap();
    let out = run_in(dir.path(), &["check", ".", "--format", "concise"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    let built_in_ids = own_taxonomy.replace("[enseignants]", "[enseignants-1d]");
    fs::write(dir.path().join("A1-01.yaml"), built_in_ids).unwrap();
    let lines = text(&run_in(dir.path(), &["check", ".", "--format", "concise"]));
    assert!(
        lines.contains("error[COV002]") && lines.contains("error[COV001]"),
        "{lines}"
    );
}

#[test]
fn a_plan_table_turns_on_the_plan_rules_and_its_period() {
    let dir = repo("[plan]\nstart = \"2025-09-01\"\nend = \"2026-05\"\n");
    // Two proposals: checking a single file never reports plan-level counts.
    fs::write(
        dir.path().join("A1-02.yaml"),
        VALID.replace("id: A1-01", "id: A1-02"),
    )
    .unwrap();
    let out = run_in(dir.path(), &["check", ".", "--format", "concise"]);
    let lines = text(&out);
    assert!(lines.contains("warning[PLAN002]"), "{lines}");
    assert!(
        lines.contains("warning[PLAN003]")
            || VALID.contains("themes: [internal-communication, work-organisation]"),
        "{lines}"
    );
    assert!(
        lines.contains("error[FEA003]") && lines.contains("period"),
        "the calendar ends in June 2026: {lines}"
    );
}

#[test]
fn include_and_exclude_filter_walked_files() {
    let dir = repo("[files]\nexclude = [\"archives/**\"]\n");
    fs::create_dir(dir.path().join("archives")).unwrap();
    fs::write(dir.path().join("archives/old.yaml"), "not: [valid").unwrap();
    let out = run_in(dir.path(), &["check", ".", "--format", "concise"]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("Checked 1 file"));
    let named = run_in(
        dir.path(),
        &["check", "archives/old.yaml", "--format", "concise"],
    );
    assert_eq!(
        named.status.code(),
        Some(1),
        "a file named on the command line is checked"
    );

    fs::write(
        dir.path().join("canevas.toml"),
        "[files]\ninclude = [\"archives/*.yaml\"]\n",
    )
    .unwrap();
    let out = run_in(dir.path(), &["check", ".", "--format", "concise"]);
    assert!(
        text(&out).contains("Checked 1 file") && text(&out).contains("YAML001"),
        "{}",
        text(&out)
    );
}

#[test]
fn a_bad_configuration_exits_2_and_shows_the_line() {
    for (config, line, words) in [
        (
            "[rules]\nCAN001 = \"loud\"\n",
            "2 │",
            "not a possible severity",
        ),
        (
            "[plan]\nstart = \"2025-13-01\"\n",
            "2 │",
            "not a valid date",
        ),
        ("[rules\n", "1 │", "not valid TOML"),
        ("[unknown]\n", "1 │", "not valid TOML"),
        ("[rules]\nNOPE001 = \"off\"\n", "2 │", "does not exist"),
    ] {
        let dir = repo(config);
        let out = run_in(dir.path(), &["check", "."]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{config}: {stderr}");
        assert!(
            stderr.contains(line) && stderr.contains(words),
            "{config}: {stderr}"
        );
    }
}

#[test]
fn explicit_config_and_the_bundled_example_config() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = run_in(
        root,
        &[
            "check",
            "examples/plan-qvt",
            "--config",
            "examples/plan-qvt/canevas.toml",
            "--format",
            "concise",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", text(&out));
    assert!(text(&out).contains("Checked 25 files: no errors, no warnings."));
    let from_inside = run_in(
        &root.join("examples/plan-qvt"),
        &["check", "--format", "concise"],
    );
    assert_eq!(text(&from_inside), text(&out));
}

#[test]
fn the_bundled_config_follows_the_config_schema() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let schema: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(root.join("schemas/config.schema.json")).unwrap())
            .unwrap();
    let validator = jsonschema::draft202012::new(&schema).unwrap();
    let config: toml::Value =
        toml::from_str(&fs::read_to_string(root.join("examples/plan-qvt/canevas.toml")).unwrap())
            .unwrap();
    let config = serde_json::to_value(config).unwrap();
    assert!(validator.is_valid(&config));
    let bad = serde_json::json!({ "rules": { "CAN001": "loud" } });
    assert!(!validator.is_valid(&bad));
}

#[test]
fn checking_one_file_with_plan_alone_never_reports_plan_level_counts() {
    // No `[plan]` table: with `--plan`, the files named are the plan.
    let dir = repo("[rules]\n");
    fs::write(
        dir.path().join("A1-02.yaml"),
        VALID.replace("id: A1-01", "id: A1-02"),
    )
    .unwrap();
    let folder = run_in(dir.path(), &["check", ".", "--format", "concise", "--plan"]);
    let one_file = run_in(
        dir.path(),
        &["check", "A1-01.yaml", "--format", "concise", "--plan"],
    );
    assert!(
        text(&folder).contains("PLAN002"),
        "a folder is a plan: {}",
        text(&folder)
    );
    assert!(!text(&one_file).contains("PLAN00"), "{}", text(&one_file));
    assert_eq!(one_file.status.code(), Some(0));
}
