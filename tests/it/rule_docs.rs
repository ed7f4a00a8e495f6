//! Every code's documentation (`canevas explain`) is complete in both
//! languages, and its excerpts behave as documented: the excerpt to avoid
//! fires the rule, the excerpt to write fires nothing.
//!
//! An excerpt is a fragment: its top-level keys replace those of the same name
//! in the reference valid proposal of its language (`valid-fr.yaml`,
//! `valid-en.yaml`), the rest of the reference is kept. Three cases need more:
//! - `FILE001`: the excerpt shows the replacement character `�` where an
//!   editor shows a Latin-1 `é`; the test writes the byte 0xE9 there.
//! - `PLAN001`–`PLAN003` are about several files: the fragment is one proposal
//!   of a plan of 5 proposals per axis, checked as a whole plan. The other
//!   proposals of axis 1 serve only internal communication, those of the other
//!   axes both themes; for these codes "fires nothing" means "does not fire
//!   the documented code".
//! - `GRP001`-`GRP006` are about a working group: the fragment replaces keys
//!   of the reference group of its language (`valid-group-fr.yaml`,
//!   `valid-group-en.yaml`), written as the group file of axis 1; for
//!   `GRP006` in a whole plan where every other axis has its group.
//! - `GRP007` and `FEA005` are proposal fragments checked beside the
//!   reference group, or the reference support group (`valid-support-fr.yaml`).

use crate::common;

use std::fs;
use std::path::{Path, PathBuf};

use canevas::config::{PlanSettings, Settings};
use canevas::diagnostic::Diagnostic;
use canevas::i18n::Lang;
use canevas::pipeline::check::{KeepOptions, check_files};
use canevas::rules::docs::{self, PARTS};
use canevas::rules::{Code, RULES};
use canevas::vocabulary::fold;

fn reference(lang: Lang) -> String {
    let name = match lang {
        Lang::Fr => "valid-fr.yaml",
        Lang::En => "valid-en.yaml",
    };
    fs::read_to_string(Path::new("tests/fixtures/rules").join(name)).unwrap()
}

/// The top-level key of a line, folded, if the line starts one.
fn top_key(line: &str) -> Option<String> {
    if line.starts_with([' ', '#', '-']) || line.is_empty() {
        return None;
    }
    line.split_once(':').map(|(key, _)| fold(key))
}

/// The reference without the keys the excerpt gives, then the excerpt.
fn merge(reference: &str, excerpt: &str) -> String {
    let replaced: Vec<String> = excerpt.lines().filter_map(top_key).collect();
    let mut kept = String::new();
    let mut skipping = false;
    for line in reference.lines() {
        if let Some(key) = top_key(line) {
            skipping = replaced.contains(&key);
        }
        if !skipping {
            kept.push_str(line);
            kept.push('\n');
        }
    }
    kept + excerpt
}

fn file_bytes(code: Code, text: &str) -> Vec<u8> {
    if code != Code::File001 {
        return text.as_bytes().to_vec();
    }
    let mut bytes = Vec::new();
    for c in text.chars() {
        if c == '\u{FFFD}' {
            bytes.push(0xE9);
        } else {
            bytes.extend(c.to_string().as_bytes());
        }
    }
    bytes
}

fn is_plan_code(code: Code) -> bool {
    matches!(
        code,
        Code::Plan001 | Code::Plan002 | Code::Plan003 | Code::Grp006
    )
}

/// Whether the excerpt is a fragment of a working group rather than of a proposal.
fn is_group_code(code: Code) -> bool {
    code.meta().family == canevas::rules::Family::Groups && code != Code::Grp007
}

fn group_reference(lang: Lang) -> String {
    let name = match lang {
        Lang::Fr => "valid-group-fr.yaml",
        Lang::En => "valid-group-en.yaml",
    };
    fs::read_to_string(Path::new("tests/fixtures/rules").join(name)).unwrap()
}

/// The group of every axis but `except`, from the reference group.
fn write_groups(dir: &Path, lang: Lang, except: u8) -> Vec<PathBuf> {
    let axis_key = if lang == Lang::Fr { "axe" } else { "axis" };
    let mut files = Vec::new();
    for axis in (1..=4).filter(|a| *a != except) {
        let folder = dir.join(format!("groupe-{axis}"));
        fs::create_dir_all(&folder).unwrap();
        let path = folder.join("groupe.yaml");
        let fragment = format!("{axis_key}: {axis}\n");
        fs::write(&path, merge(&group_reference(lang), &fragment)).unwrap();
        files.push(path);
    }
    files
}

/// Checks the excerpt merged into the reference, alone or as proposal A1-01 of a plan.
fn check_excerpt(code: Code, lang: Lang, excerpt: &str) -> Vec<Diagnostic> {
    let dir = tempfile::tempdir().unwrap();
    let reference = reference(lang);
    let mut settings = Settings::new(lang);
    let mut files = Vec::new();
    if is_plan_code(code) {
        settings.plan = Some(PlanSettings::default());
        settings.whole_plan = true;
        files = write_plan(dir.path(), &reference, lang);
        files.extend(write_groups(dir.path(), lang, 1));
    }
    match code {
        Code::Grp007 => files.extend(write_groups(dir.path(), lang, 0)),
        Code::Fea005 => {
            let path = dir.path().join("appui.yaml");
            fs::copy("tests/fixtures/rules/valid-support-fr.yaml", &path).unwrap();
            files.push(path);
        }
        _ => {}
    }
    if is_group_code(code) {
        let path = dir.path().join("groupe.yaml");
        fs::write(&path, merge(&group_reference(lang), excerpt)).unwrap();
        files.push(path);
        if code == Code::Grp006 {
            // The plan's proposal A1-01, which the excerpt does not replace.
            let path = dir.path().join("A1-01.yaml");
            fs::write(&path, &reference).unwrap();
            files.push(path);
        }
    } else {
        let path = dir.path().join("A1-01.yaml");
        fs::write(&path, file_bytes(code, &merge(&reference, excerpt))).unwrap();
        files.push(path);
    }
    files.sort();
    check_files(
        &files,
        Vec::new(),
        &settings,
        dir.path(),
        KeepOptions::default(),
    )
    .diagnostics
}

/// Every proposal of the plan but A1-01, copies of the reference.
fn write_plan(dir: &Path, reference: &str, lang: Lang) -> Vec<PathBuf> {
    let (axis_key, themes_key, internal, both) = match lang {
        Lang::Fr => (
            "axe",
            "thematiques",
            "[communication-interne]",
            "[communication-interne, organisation-du-travail]",
        ),
        Lang::En => (
            "axis",
            "themes",
            "[internal-communication]",
            "[internal-communication, work-organisation]",
        ),
    };
    let mut files = Vec::new();
    for axis in 1..=4 {
        for n in 1..=5 {
            if (axis, n) == (1, 1) {
                continue;
            }
            let themes = if axis == 1 { internal } else { both };
            let fragment =
                format!("id: A{axis}-0{n}\n{axis_key}: {axis}\n{themes_key}: {themes}\n");
            let path = dir.join(format!("A{axis}-0{n}.yaml"));
            fs::write(&path, merge(reference, &fragment)).unwrap();
            files.push(path);
        }
    }
    files
}

fn describe(found: &[Diagnostic]) -> String {
    found
        .iter()
        .map(|d| format!("{}:{} {}", d.line(), d.code, d.message))
        .collect::<Vec<_>>()
        .join("; ")
}

#[test]
fn every_code_is_explained_in_both_languages() {
    for rule in RULES {
        for lang in [Lang::Fr, Lang::En] {
            let doc = docs::doc(rule.code, lang).expect("documented");
            assert_eq!(doc.sections.len(), PARTS, "{} {lang:?}", rule.code);
            assert!(doc.bad_excerpt().is_some() && doc.good_excerpt().is_some());
        }
    }
}

#[test]
fn excerpts_behave_as_documented() {
    let mut failures = Vec::new();
    for rule in RULES {
        for lang in [Lang::Fr, Lang::En] {
            let doc = docs::doc(rule.code, lang).unwrap();
            let bad = check_excerpt(rule.code, lang, doc.bad_excerpt().unwrap());
            if !bad.iter().any(|d| d.code == rule.code) {
                failures.push(format!("{} {lang:?} bad: [{}]", rule.code, describe(&bad)));
            }
            let good = check_excerpt(rule.code, lang, doc.good_excerpt().unwrap());
            let clean = if is_plan_code(rule.code) {
                good.iter().all(|d| d.code != rule.code)
            } else {
                good.is_empty()
            };
            if !clean {
                failures.push(format!(
                    "{} {lang:?} good: [{}]",
                    rule.code,
                    describe(&good)
                ));
            }
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn explain_prints_every_code_and_rejects_unknown_ones() {
    for rule in RULES {
        let code = rule.code.as_str().to_lowercase();
        let out = common::canevas(&["--lang", "fr", "explain", &code]);
        assert!(out.status.success(), "{code}");
        let text = common::stdout(&out);
        assert!(text.starts_with(rule.code.as_str()), "{text}");
        assert!(
            text.contains("À ÉVITER") && text.contains("À ÉCRIRE"),
            "{text}"
        );
    }
    let out = common::canevas(&["explain", "CON03"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("CON003"), "{stderr}");
}

#[test]
fn rules_lists_every_code_in_both_formats() {
    let table = common::stdout(&common::canevas(&["rules"]));
    let markdown = common::stdout(&common::canevas(&["rules", "--format", "markdown"]));
    for rule in RULES {
        assert!(table.contains(rule.code.as_str()), "{}", rule.code);
        let row = format!("| `{}` | `{}` |", rule.code, rule.name);
        assert!(markdown.contains(&row), "{row}");
    }
    let rows = markdown.lines().filter(|l| l.starts_with("| `")).count();
    assert_eq!(rows, RULES.len());
}
