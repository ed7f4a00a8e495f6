//! Inputs a shared repository may hold, and the official YAML test suite: every
//! one ends in findings or in none, never in a panic or a hang, and the run goes
//! on with the other files.

use crate::common;

#[path = "../../fuzz/harness.rs"]
mod harness;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use canevas::config::Settings;
use canevas::i18n::Lang;
use canevas::pipeline::check::check_source;
use canevas::pipeline::source::SourceFile;
use common::{canevas_in, stdout};

/// Invalid cases of the suite that canevas reads as YAML, as PyYAML and ruamel do:
/// the parser is lenient about the indentation of continuation lines.
const ACCEPTED_INVALID: &[(&str, &str)] = &[
    ("9C9N", "flow sequence continued at column 0"),
    (
        "DK95/01",
        "tab before a continuation line of a quoted scalar",
    ),
    ("QB6E", "quoted scalar continued at column 0"),
];

fn suite_dir() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/yaml-test-suite/cases");
    dir.is_dir().then_some(dir)
}

/// Every `in.yaml` of the suite, by case name (`229Q`, `DK95/01`).
fn suite_cases(dir: &Path) -> BTreeMap<String, PathBuf> {
    let mut cases = BTreeMap::new();
    for case in fs::read_dir(dir).unwrap() {
        let case = case.unwrap().path();
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        if case.join("in.yaml").exists() {
            cases.insert(name, case);
        } else {
            for sub in fs::read_dir(&case).unwrap() {
                let sub = sub.unwrap().path();
                if sub.join("in.yaml").exists() {
                    let sub_name = sub.file_name().unwrap().to_string_lossy().into_owned();
                    cases.insert(format!("{name}/{sub_name}"), sub);
                }
            }
        }
    }
    cases
}

#[test]
fn yaml_test_suite_never_panics_and_rejects_invalid_yaml() {
    let Some(dir) = suite_dir() else {
        eprintln!("SKIPPED: ../shared/data/yaml-test-suite is absent");
        return;
    };
    let settings = Settings::new(Lang::En);
    let cases = suite_cases(&dir);
    assert!(cases.len() >= 400, "{} cases", cases.len());
    let (mut invalid, mut accepted_invalid) = (0, Vec::new());
    for (name, case) in &cases {
        let bytes = fs::read(case.join("in.yaml")).unwrap();
        harness::check_bytes(&bytes);
        let Ok(source) = SourceFile::from_bytes(case.join("in.yaml"), bytes) else {
            continue;
        };
        let outcome = check_source(&source, &settings);
        if case.join("error").exists() {
            invalid += 1;
            let yaml_code = outcome
                .diagnostics
                .iter()
                .any(|d| d.code.as_str().starts_with("YAML"));
            if !yaml_code {
                accepted_invalid.push(name.as_str());
            }
        }
    }
    eprintln!(
        "yaml-test-suite: {} cases, {} invalid, {} of them rejected with a YAML code",
        cases.len(),
        invalid,
        invalid - accepted_invalid.len()
    );
    let known: Vec<&str> = ACCEPTED_INVALID.iter().map(|(name, _)| *name).collect();
    assert_eq!(accepted_invalid, known);
}

#[test]
fn fuzz_corpus_replays_without_a_panic() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus/pipeline");
    let mut count = 0;
    for entry in fs::read_dir(dir).unwrap() {
        harness::check_bytes(&fs::read(entry.unwrap().path()).unwrap());
        count += 1;
    }
    assert!(count > 0);
}

/// Codes by file name, from the concise output of a check of `dir`.
fn codes_by_file(dir: &Path) -> (Option<i32>, BTreeMap<String, Vec<String>>) {
    let out = canevas_in(dir, &["check", ".", "--format", "concise"], &[]);
    let mut by_file: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in stdout(&out).lines() {
        let Some((place, rest)) = line.split_once(": ") else {
            continue;
        };
        let Some(code) = rest.split_once('[').and_then(|(_, r)| r.split_once(']')) else {
            continue;
        };
        let file = place.split(':').next().unwrap().trim_start_matches("./");
        by_file
            .entry(file.to_owned())
            .or_default()
            .push(code.0.to_owned());
    }
    (out.status.code(), by_file)
}

fn valid_proposal() -> String {
    fs::read_to_string("tests/fixtures/rules/valid-en.yaml").unwrap()
}

#[test]
fn odd_names_big_files_and_link_loops_each_get_their_diagnostic() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    let good = valid_proposal();
    fs::write(p.join("with spaces in name.yaml"), &good).unwrap();
    fs::write(
        p.join("z-good.yaml"),
        good.replace("id: A1-01", "id: A1-09"),
    )
    .unwrap();
    // A sparse 50 MB file: refused on its size, before it is read.
    fs::File::create(p.join("fifty-mb.yaml"))
        .unwrap()
        .set_len(50 * 1024 * 1024)
        .unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let name = std::ffi::OsStr::from_bytes(b"not-utf8-\xff-name.yaml");
        fs::write(p.join(name), "a: [\n").unwrap();
        std::os::unix::fs::symlink("loop-b.yaml", p.join("loop-a.yaml")).unwrap();
        std::os::unix::fs::symlink("loop-a.yaml", p.join("loop-b.yaml")).unwrap();
    }
    let (status, by_file) = codes_by_file(p);
    assert_eq!(status, Some(1), "{by_file:?}");
    assert_eq!(by_file["fifty-mb.yaml"], ["FILE001"]);
    assert!(
        !by_file.contains_key("with spaces in name.yaml"),
        "{by_file:?}"
    );
    assert!(!by_file.contains_key("z-good.yaml"), "{by_file:?}");
    #[cfg(unix)]
    {
        assert_eq!(by_file["not-utf8-\u{fffd}-name.yaml"], ["YAML001"]);
        assert_eq!(by_file["loop-a.yaml"], ["FILE001"]);
        assert_eq!(by_file["loop-b.yaml"], ["FILE001"]);
    }
}

#[test]
#[cfg(unix)]
fn an_unreadable_file_is_file001_and_the_run_goes_on() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    fs::write(p.join("good.yaml"), valid_proposal()).unwrap();
    fs::write(p.join("locked.yaml"), valid_proposal()).unwrap();
    fs::set_permissions(p.join("locked.yaml"), fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(p.join("locked.yaml")).is_ok() {
        // root reads whatever the mode says: nothing to test here.
        eprintln!("SKIPPED: running as root, a mode of 000 does not stop reading");
        return;
    }
    let (status, by_file) = codes_by_file(p);
    assert_eq!(status, Some(1));
    assert_eq!(by_file["locked.yaml"], ["FILE001"]);
    assert!(!by_file.contains_key("good.yaml"), "{by_file:?}");
}

/// Slow (100,000 files): `cargo test --test hostile -- --ignored`.
#[test]
#[ignore]
fn a_folder_of_100_000_empty_files_is_checked_to_the_end() {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..100_000 {
        fs::File::create(dir.path().join(format!("{i:06}.yaml"))).unwrap();
    }
    let out = canevas_in(
        dir.path(),
        &["check", ".", "--format", "concise", "--statistics"],
        &[],
    );
    assert_eq!(out.status.code(), Some(1));
    let yaml003 = stdout(&out)
        .lines()
        .filter(|l| l.contains("error[YAML003]"))
        .count();
    assert_eq!(yaml003, 100_000);
}
