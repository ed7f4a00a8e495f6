//! End-to-end tests: they run the built binary as a user would.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::common;
use common::{canevas, canevas_env, concise_findings, stdout};

#[test]
fn the_bundled_plan_passes_with_no_finding() {
    for extra in [&[][..], &["--plan"][..]] {
        let mut args = vec!["check", "examples/plan-qvt", "--format", "concise"];
        args.extend(extra);
        let out = canevas(&args);
        assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
        assert_eq!(stdout(&out), "Checked 25 files: no errors, no warnings.\n");
    }
}

#[test]
fn the_invalid_examples_show_every_file_rule() {
    let out = canevas(&["check", "examples/invalid", "--format", "concise"]);
    assert_eq!(out.status.code(), Some(1));
    let codes: BTreeSet<String> = concise_findings(&stdout(&out))
        .into_iter()
        .map(|f| f.2)
        .collect();
    for rule in canevas::rules::RULES {
        let code = rule.code.as_str();
        if !matches!(code, "PLAN002" | "PLAN003" | "GRP006") {
            assert!(codes.contains(code), "{code} missing from {codes:?}");
        }
    }
}

#[test]
fn concise_lines_follow_the_documented_shape() {
    let out = canevas(&[
        "check",
        "examples/invalid/CAN001.yaml",
        "--format",
        "concise",
    ]);
    assert_eq!(out.status.code(), Some(0), "warnings only exit 0");
    let text = stdout(&out);
    let first = text.lines().next().unwrap();
    assert!(
        first.starts_with("examples/invalid/CAN001.yaml:12:3: warning[CAN001] the problem statement has only 5 words"),
        "{first}"
    );
    assert_eq!(
        text.lines().last().unwrap(),
        "Checked 1 file: no errors, 1 warning."
    );
}

#[test]
fn messages_follow_the_language_choice() {
    let file = "examples/invalid/CON002.yaml";
    let fr = canevas(&["check", file, "--format", "concise", "--lang", "fr"]);
    assert!(
        stdout(&fr).contains("aucune étape ne produit de livrable"),
        "{}",
        stdout(&fr)
    );
    let en = canevas(&["check", file, "--format", "concise", "--lang", "en"]);
    assert!(stdout(&en).contains("no step produces a deliverable"));
    let env = canevas_env(
        &["check", file, "--format", "concise"],
        &[("CANEVAS_LANG", "fr")],
    );
    assert!(stdout(&env).contains("aucune étape"));
    let locale = canevas_env(
        &["check", file, "--format", "concise"],
        &[("LANG", "fr_FR.UTF-8")],
    );
    assert!(stdout(&locale).contains("aucune étape"));
    let over = canevas_env(
        &["check", file, "--format", "concise", "--lang", "en"],
        &[("LANG", "fr_FR.UTF-8")],
    );
    assert!(stdout(&over).contains("no step produces"));
}

#[test]
fn exit_code_2_when_the_tool_cannot_work() {
    let missing = canevas(&["check", "no/such/folder"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("no/such/folder"));
    assert_eq!(
        canevas(&["check", "--format", "nope"]).status.code(),
        Some(2)
    );
    assert_eq!(canevas(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(canevas(&["--help"]).status.code(), Some(0));
}

#[test]
fn human_output_has_code_frames_and_hints_and_no_colour_in_a_pipe() {
    let out = canevas(&["check", "examples/invalid/COV003.yaml", "--lang", "fr"]);
    let text = stdout(&out);
    assert!(
        text.contains("╭─[examples/invalid/COV003.yaml:51:45]"),
        "{text}"
    );
    assert!(
        text.contains("conseil\u{202f}: Une action complémentaire sert les catégories non visées")
    );
    assert!(
        !text.contains('\u{1b}'),
        "no escape sequence when not a terminal"
    );
    let forced = canevas(&["check", "examples/invalid/COV003.yaml", "--color", "always"]);
    assert!(stdout(&forced).contains('\u{1b}'));
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_canevas"))
        .args(["check", "-", "--format", "concise", "--lang", "en"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"id: A1-01\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).starts_with("<stdin>:1:1: error[SCHEMA001] the key \"title\" is missing"),
        "{}",
        stdout(&out)
    );
}

/// Writes a folder mixing good, bad and hostile files.
fn hostile_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let good = fs::read_to_string("tests/fixtures/rules/valid-fr.yaml").unwrap();
    let p = dir.path();
    fs::write(p.join("a-good.yaml"), &good).unwrap();
    fs::write(
        p.join("z-good.yaml"),
        good.replace("id: A1-01", "id: A1-02"),
    )
    .unwrap();
    let mut not_utf8 = good.clone().into_bytes();
    not_utf8.extend_from_slice(b"# \xff\xfe\n");
    fs::write(p.join("not-utf8.yaml"), not_utf8).unwrap();
    let mut bomb = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    for (prev, name) in "abcdefgh".chars().zip("bcdefghi".chars()) {
        let refs = vec![format!("*{prev}"); 9].join(",");
        bomb.push_str(&format!("{name}: &{name} [{refs}]\n"));
    }
    fs::write(p.join("bomb.yaml"), bomb).unwrap();
    fs::write(
        p.join("deep.yaml"),
        format!("a: {}{}\n", "[".repeat(10_000), "]".repeat(10_000)),
    )
    .unwrap();
    fs::write(
        p.join("deep-block.yaml"),
        format!("{}x\n", "- ".repeat(10_000)),
    )
    .unwrap();
    fs::write(p.join("empty.yaml"), "").unwrap();
    fs::write(p.join("binary.yaml"), [0u8, 159, 146, 150, 0, 1, 2, 255]).unwrap();
    fs::write(
        p.join("dup.yaml"),
        good.replace("id: A1-01\n", "id: A1-03\nid: A1-04\n"),
    )
    .unwrap();
    fs::write(
        p.join("huge.yaml"),
        "a: ".to_owned() + &"x".repeat(2 * 1024 * 1024),
    )
    .unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("loop.yaml", p.join("loop.yaml")).unwrap();
        fs::create_dir(p.join("sub")).unwrap();
        std::os::unix::fs::symlink("..", p.join("sub").join("parent")).unwrap();
    }
    dir
}

#[test]
fn hostile_files_each_get_a_diagnostic_and_good_files_still_pass() {
    let dir = hostile_folder();
    let root = dir.path().to_str().unwrap();
    let shown_root = canevas::pipeline::discover::relative_to_cwd(dir.path());
    let out = canevas(&["check", root, "--format", "concise"]);
    assert_eq!(out.status.code(), Some(1));
    let mut by_file: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in stdout(&out).lines() {
        if let Some((place, rest)) = line.split_once(": ")
            && let Some(code) = rest
                .split_once('[')
                .and_then(|(_, r)| r.split_once(']'))
                .map(|(c, _)| c)
        {
            // Reports name files relative to the current folder when they
            // share more than the root with it (a clone under /tmp).
            let written = Path::new(place.split(':').next().unwrap());
            let name = written
                .strip_prefix(root)
                .or_else(|_| written.strip_prefix(&shown_root))
                .map(PathBuf::from)
                .unwrap_or_else(|_| PathBuf::from(place));
            by_file
                .entry(name.display().to_string())
                .or_default()
                .push(code.to_owned());
        }
    }
    let expect = |file: &str, code: &str| {
        let codes = by_file
            .get(file)
            .unwrap_or_else(|| panic!("{file} has no finding: {by_file:?}"));
        assert_eq!(codes, &vec![code.to_owned()], "{file}");
    };
    expect("not-utf8.yaml", "FILE001");
    expect("bomb.yaml", "YAML004");
    expect("deep.yaml", "YAML004");
    expect("deep-block.yaml", "YAML004");
    expect("empty.yaml", "YAML003");
    expect("binary.yaml", "FILE001");
    expect("dup.yaml", "YAML002");
    expect("huge.yaml", "FILE001");
    #[cfg(unix)]
    {
        expect("loop.yaml", "FILE001");
        assert!(
            by_file.keys().any(|k| k.starts_with("sub")),
            "the link loop is reported: {by_file:?}"
        );
    }
    assert!(
        !by_file.contains_key("a-good.yaml") && !by_file.contains_key("z-good.yaml"),
        "{by_file:?}"
    );
}

#[test]
fn output_does_not_depend_on_the_number_of_threads() {
    let one = canevas_env(
        &["check", "examples", "--format", "concise"],
        &[("RAYON_NUM_THREADS", "1")],
    );
    let four = canevas_env(
        &["check", "examples", "--format", "concise"],
        &[("RAYON_NUM_THREADS", "4")],
    );
    assert!(!stdout(&one).is_empty());
    assert_eq!(stdout(&one), stdout(&four));
}

fn shared_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    dir.join("bench/gen_corpus.py").exists().then_some(dir)
}

/// The rule code each defect of `gen_corpus.py` must be reported with.
fn code_of_defect(defect: &str) -> &'static str {
    match defect {
        "missing-problem" | "bad-type-axis" | "unknown-key" => "SCHEMA001",
        "national-piloting" => "PIL001",
        "one-step" => "CON001",
        "no-deliverable" => "CON002",
        "uncovered-categories" => "COV001",
        "non-mobilisable" => "FEA002",
        "end-before-start" => "CAN003",
        "yaml-syntax" => "YAML001",
        "unknown-category" => "COV002",
        "duplicate-key" => "YAML002",
        other => panic!("unknown defect {other}: update this table"),
    }
}

#[test]
#[allow(clippy::print_stderr)] // a skipped test says so
fn every_defect_of_a_generated_corpus_is_found() {
    let Some(shared) = shared_dir() else {
        eprintln!("SKIPPED: ../shared/bench/gen_corpus.py is absent");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    let manifest = dir.path().join("manifest.json");
    let status = Command::new("python3")
        .arg(shared.join("bench/gen_corpus.py"))
        .arg(&corpus)
        .args([
            "--count",
            "200",
            "--invalid-ratio",
            "0.5",
            "--lang",
            "mixed",
            "--manifest",
        ])
        .arg(&manifest)
        .status()
        .expect("python3 runs");
    assert!(status.success());
    let manifest: BTreeMap<String, Option<String>> =
        serde_json::from_str(&fs::read_to_string(&manifest).unwrap()).unwrap();
    let out = canevas(&["check", corpus.to_str().unwrap(), "--format", "concise"]);
    let prefix = format!("{}/", corpus.display());
    let mut errors: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for line in stdout(&out).lines() {
        let Some(rest) = line.strip_prefix(&prefix) else {
            continue;
        };
        let (file, rest) = rest.split_once(':').unwrap();
        if let Some((_, code)) = rest.split_once(" error[") {
            errors
                .entry(file.to_owned())
                .or_default()
                .insert(code.split_once(']').unwrap().0.to_owned());
        }
    }
    let mut defects = 0;
    for (file, defect) in &manifest {
        let found = errors.get(file).cloned().unwrap_or_default();
        match defect {
            Some(defect) => {
                defects += 1;
                let code = code_of_defect(defect);
                assert!(
                    found.contains(code),
                    "{file} ({defect}) should have {code}, has {found:?}"
                );
            }
            None => assert!(found.is_empty(), "valid {file} got errors {found:?}"),
        }
    }
    assert!(defects > 50, "the corpus should hold defects");
}
