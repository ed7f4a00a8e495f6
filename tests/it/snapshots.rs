//! Pinned output: what people read, as the built binary prints it, compared
//! with the snapshots under `tests/it/snapshots/` (insta).
//!
//! Every run is made deterministic: from the repository root (relative
//! paths), in a clean environment, without colour (`NO_COLOR`, `--color
//! never`), at a fixed width (`COLUMNS`), with a fixed date
//! (`SOURCE_DATE_EPOCH`). Each snapshot records the exit status, the standard
//! output and the standard error.
//!
//! A changed output fails `cargo test`. To review and accept it:
//! `cargo insta review` (cargo-insta), or `INSTA_UPDATE=always cargo test
//! --test it snapshots::` and read the diff of `tests/it/snapshots/` before
//! committing. Under `CI=true` insta never writes a snapshot: a stale one
//! fails, and so does a missing one.

use std::path::Path;

use crate::common::canevas_in;

/// The bundled plan, a clean run.
const PLAN: &str = "examples/plan-qvt";

/// A few invalid proposals whose findings show every part of a code frame:
/// a span inside a line, a span over several lines, a hint, a schema error.
const INVALID: &[&str] = &[
    "examples/invalid/CAN003.yaml",
    "examples/invalid/CON003.yaml",
    "examples/invalid/COV002.yaml",
    "examples/invalid/SCHEMA001.yaml",
];

/// Runs `canevas` as a reader would see it in an 80-column terminal without
/// colour, and returns a transcript: the exit status, then both outputs.
fn transcript_at(columns: &str, args: &[&str]) -> String {
    let env = [
        ("NO_COLOR", "1"),
        ("COLUMNS", columns),
        ("SOURCE_DATE_EPOCH", "1767225600"), // 2026-01-01
        // On GitHub Actions the human report is framed by a random token.
        ("GITHUB_ACTIONS", "false"),
    ];
    let out = canevas_in(Path::new(env!("CARGO_MANIFEST_DIR")), args, &env);
    format!(
        "status: {}\n--- stdout\n{}--- stderr\n{}",
        out.status
            .code()
            .map_or("signal".to_owned(), |c| c.to_string()),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    )
}

fn transcript(args: &[&str]) -> String {
    transcript_at("80", args)
}

/// `check` with `args` before the invalid files.
fn check_invalid(args: &[&str]) -> String {
    let mut all = vec!["check", "--color", "never"];
    all.extend_from_slice(args);
    all.extend_from_slice(INVALID);
    transcript(&all)
}

#[test]
fn check_human_fr() {
    insta::assert_snapshot!(check_invalid(&["--lang", "fr"]));
}

#[test]
fn check_human_en() {
    insta::assert_snapshot!(check_invalid(&["--lang", "en"]));
}

#[test]
fn check_concise_fr() {
    insta::assert_snapshot!(check_invalid(&["--lang", "fr", "--format", "concise"]));
}

#[test]
fn check_github_en() {
    insta::assert_snapshot!(check_invalid(&["--lang", "en", "--format", "github"]));
}

#[test]
fn check_plan_clean_fr() {
    insta::assert_snapshot!(transcript(&["--lang", "fr", "check", PLAN, "--plan"]));
}

#[test]
fn explain_codes() {
    for code in ["CON003", "PIL001", "PIL003", "COV001", "COV004"] {
        for lang in ["fr", "en"] {
            let name = format!("explain_{code}_{lang}");
            insta::assert_snapshot!(name, transcript(&["--lang", lang, "explain", code]));
        }
    }
}

#[test]
fn rules_table() {
    for lang in ["fr", "en"] {
        let name = format!("rules_{lang}");
        insta::assert_snapshot!(name, transcript(&["--lang", lang, "rules"]));
    }
}

#[test]
fn summary_tables() {
    for columns in ["80", "100", "120"] {
        let name = format!("summary_table_fr_{columns}");
        let args = ["--lang", "fr", "summary", PLAN];
        insta::assert_snapshot!(name, transcript_at(columns, &args));
    }
}

/// Failed verdicts: at 80 columns their codes go below the table.
#[test]
fn summary_table_with_findings() {
    let args = [
        "--lang",
        "fr",
        "summary",
        "--view",
        "proposals",
        "examples/invalid",
    ];
    insta::assert_snapshot!(transcript_at("80", &args));
}

#[test]
fn summary_markdown_en() {
    let args = ["--lang", "en", "summary", "--format", "markdown", PLAN];
    insta::assert_snapshot!(transcript(&args));
}

/// The help of every command, in English, and of `check` in French.
#[test]
fn help_of_each_command() {
    let commands = [
        "",
        "check",
        "new",
        "explain",
        "rules",
        "schema",
        "completions",
        "man",
        "summary",
        "export",
    ];
    for command in commands {
        let mut args: Vec<&str> = vec!["--lang", "en"];
        if !command.is_empty() {
            args.push(command);
        }
        args.push("--help");
        let name = format!(
            "help_{}",
            if command.is_empty() {
                "canevas"
            } else {
                command
            }
        );
        insta::assert_snapshot!(name, transcript(&args));
    }
    let name = "help_check_fr";
    insta::assert_snapshot!(name, transcript(&["--lang", "fr", "check", "--help"]));
}
