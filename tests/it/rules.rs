//! Every rule has a fixture that fires it and one that does not, and the meta-test
//! fails when a code of the registry has none. Bad fixtures say what they expect on
//! their first line: `# expect: CODE severity line=N` (`line=0`: any line), or in a
//! sibling `.expect` file for binary fixtures.

use std::fs;
use std::path::{Path, PathBuf};

use canevas::config::{PlanSettings, Settings};
use canevas::diagnostic::Diagnostic;
use canevas::i18n::Lang;
use canevas::pipeline::check::{KeepOptions, check_files};
use canevas::rules::{Code, RULES};

const FIXTURES: &str = "tests/fixtures/rules";

struct Expect {
    code: String,
    severity: String,
    line: usize,
}

fn expectation(path: &Path) -> Expect {
    let sidecar = path.with_extension("expect");
    let text = if sidecar.exists() {
        fs::read_to_string(&sidecar).unwrap()
    } else {
        let bytes = fs::read(path).unwrap();
        let first = bytes.split(|&b| b == b'\n').next().unwrap().to_vec();
        String::from_utf8(first).unwrap()
    };
    let text = text.trim().trim_start_matches("# expect:").trim();
    let mut parts = text.split_whitespace();
    let code = parts.next().unwrap().to_owned();
    let severity = parts.next().unwrap().to_owned();
    let line = parts
        .next()
        .and_then(|p| p.strip_prefix("line="))
        .map_or(0, |n| n.parse().unwrap());
    Expect {
        code,
        severity,
        line,
    }
}

/// Fixtures named `bad*`/`good*` in a code's folder (files, or folders checked whole).
fn fixtures(code: &str, prefix: &str) -> Vec<PathBuf> {
    let dir = Path::new(FIXTURES).join(code);
    let Ok(entries) = fs::read_dir(&dir) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_str().unwrap();
            name.starts_with(prefix) && (p.is_dir() || name.ends_with(".yaml"))
        })
        .collect();
    found.sort();
    found
}

fn check(path: &Path, plan: bool) -> Vec<Diagnostic> {
    let mut settings = Settings::new(Lang::En);
    if plan {
        settings.plan = Some(PlanSettings::default());
        settings.whole_plan = true;
    }
    let files: Vec<PathBuf> = if path.is_dir() {
        let mut files: Vec<_> = walkdir::WalkDir::new(path)
            .into_iter()
            .map(|e| e.unwrap().into_path())
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        files
    } else {
        vec![path.to_path_buf()]
    };
    check_files(&files, Vec::new(), &settings, path, KeepOptions::default()).diagnostics
}

fn describe(diagnostics: &[Diagnostic]) -> String {
    diagnostics
        .iter()
        .map(|d| format!("{}:{} {} {}", d.line(), d.column(), d.code, d.message))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The file of a folder fixture that says what the folder expects: the first
/// whose first line is `# expect: …` (group files must keep their name, so
/// the expectation cannot be in the folder's name).
fn expecting_file(dir: &Path) -> PathBuf {
    let mut files: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
        .into_iter()
        .find(|p| fs::read_to_string(p).is_ok_and(|t| t.starts_with("# expect:")))
        .unwrap_or_else(|| panic!("{}: no file starts with # expect:", dir.display()))
}

/// PLAN002, PLAN003 and GRP006 are about a whole plan: their fixtures are
/// built by `plan_rules` and `groups::`.
fn has_file_fixtures(code: Code) -> bool {
    !matches!(code, Code::Plan002 | Code::Plan003 | Code::Grp006)
}

#[test]
fn every_rule_has_a_bad_and_a_good_fixture() {
    let mut missing = Vec::new();
    for rule in RULES.iter().filter(|r| has_file_fixtures(r.code)) {
        let code = rule.code.as_str();
        if fixtures(code, "bad").is_empty() || fixtures(code, "good").is_empty() {
            missing.push(code);
        }
    }
    assert!(missing.is_empty(), "codes without fixtures: {missing:?}");
}

#[test]
fn bad_fixtures_fire_their_rule_and_only_it() {
    let mut failures = Vec::new();
    for rule in RULES.iter().filter(|r| has_file_fixtures(r.code)) {
        for path in fixtures(rule.code.as_str(), "bad") {
            let expect_file = if path.is_dir() {
                expecting_file(&path)
            } else {
                path.clone()
            };
            let expect = expectation(&expect_file);
            assert_eq!(expect.code, rule.code.as_str(), "{}", path.display());
            let found = check(&path, false);
            let hit = found.iter().any(|d| {
                d.code.as_str() == expect.code
                    && d.severity.as_str() == expect.severity
                    && (expect.line == 0 || d.line() == expect.line)
            });
            let only = found.iter().all(|d| d.code.as_str() == expect.code);
            if !hit || !only {
                failures.push(format!(
                    "{}: expected {} {} line {}, found [{}]",
                    path.display(),
                    expect.code,
                    expect.severity,
                    expect.line,
                    describe(&found)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn good_fixtures_are_clean() {
    let mut failures = Vec::new();
    let mut paths = vec![
        PathBuf::from(FIXTURES).join("valid-en.yaml"),
        PathBuf::from(FIXTURES).join("valid-fr.yaml"),
    ];
    // The reference groups, under the name that makes them groups.
    let groups = tempfile::tempdir().unwrap();
    for (reference, name) in [
        ("valid-group-fr.yaml", "fr/groupe.yaml"),
        ("valid-group-en.yaml", "en/group.yaml"),
        ("valid-support-fr.yaml", "support/appui.yaml"),
    ] {
        let to = groups.path().join(name);
        fs::create_dir_all(to.parent().unwrap()).unwrap();
        fs::copy(Path::new(FIXTURES).join(reference), &to).unwrap();
        paths.push(to);
    }
    for rule in RULES.iter().filter(|r| has_file_fixtures(r.code)) {
        paths.extend(fixtures(rule.code.as_str(), "good"));
    }
    for path in paths {
        let found = check(&path, false);
        if !found.is_empty() {
            failures.push(format!("{}: [{}]", path.display(), describe(&found)));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

/// Writes a plan of `per_axis[i]` proposals on axis i+1, each from the valid
/// fixture, with the themes given for each axis, and the group of each axis.
fn write_plan(dir: &Path, per_axis: [usize; 4], themes: [&str; 4]) {
    write_groups(dir, [1, 2, 3, 4]);
    let template = fs::read_to_string(Path::new(FIXTURES).join("valid-en.yaml")).unwrap();
    for (axis, count) in per_axis.iter().enumerate() {
        let axis = axis + 1;
        for n in 1..=*count {
            let text = template
                .replace("id: A1-01", &format!("id: A{axis}-{n:02}"))
                .replace("axis: 1", &format!("axis: {axis}"))
                .replace(
                    "themes: [internal-communication]",
                    &format!("themes: [{}]", themes[axis - 1]),
                );
            fs::write(dir.join(format!("A{axis}-{n:02}.yaml")), text).unwrap();
        }
    }
}

/// Writes a working group for each axis given, from the valid group, each in
/// its own folder `group-N/` (a group is recognised by its file name).
fn write_groups(dir: &Path, axes: impl IntoIterator<Item = u8>) {
    let template = fs::read_to_string(Path::new(FIXTURES).join("valid-group-en.yaml")).unwrap();
    for (n, axis) in axes.into_iter().enumerate() {
        let text = template.replace("axis: 1", &format!("axis: {axis}"));
        let folder = dir.join(format!("group-{n}"));
        fs::create_dir_all(&folder).unwrap();
        fs::write(folder.join("group.yaml"), text).unwrap();
    }
}

#[test]
fn plan_rules_fire_on_a_plan_and_only_with_plan() {
    let template = fs::read_to_string(Path::new(FIXTURES).join("valid-en.yaml")).unwrap();
    assert!(template.contains("themes: [internal-communication]"));
    let both = "internal-communication, work-organisation";

    let good = tempfile::tempdir().unwrap();
    write_plan(good.path(), [5, 5, 7, 6], [both; 4]);
    assert_eq!(describe(&check(good.path(), true)), "");

    let small_axis = tempfile::tempdir().unwrap();
    write_plan(small_axis.path(), [4, 5, 5, 8], [both; 4]);
    let found = check(small_axis.path(), true);
    let codes: Vec<_> = found
        .iter()
        .map(|d| (d.code, d.severity.as_str()))
        .collect();
    assert_eq!(
        codes,
        vec![(Code::Plan002, "warning"), (Code::Plan002, "warning")],
        "{}",
        describe(&found)
    );
    assert!(found[0].message.contains("axis 1") && found[1].message.contains("axis 4"));
    assert!(
        check(small_axis.path(), false).is_empty(),
        "PLAN002 needs --plan"
    );

    let no_theme = tempfile::tempdir().unwrap();
    write_plan(
        no_theme.path(),
        [5; 4],
        [both, "internal-communication", both, both],
    );
    let found = check(no_theme.path(), true);
    assert_eq!(found.len(), 1, "{}", describe(&found));
    assert_eq!(found[0].code, Code::Plan003);
    assert!(found[0].message.contains("axis 2") && found[0].message.contains("work organisation"));
    assert!(
        check(no_theme.path(), false).is_empty(),
        "PLAN003 needs --plan"
    );
}
