//! Safe fixes (`check --fix`, `--diff`): a before/after fixture per fixable
//! slip, the acceptance file run through the binary, and a property over the
//! fixtures and generated variants: applying every fix then checking again
//! leaves no finding that a fix claims to solve, and every comment stays.

use std::fs;
use std::path::{Path, PathBuf};

use canevas::config::Settings;
use canevas::i18n::Lang;
use canevas::pipeline::check::check_source;
use canevas::pipeline::source::SourceFile;
use canevas::writing::fixes::{self, Fix};

use crate::common::{canevas_in, stdout};

fn fixtures() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fixes");
    let mut found: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".before.yaml"))
        .collect();
    found.sort();
    found
}

fn fix_text(text: &str) -> (String, Vec<Fix>) {
    let source = SourceFile::new("t.yaml".into(), text.to_owned());
    let found = fixes::find(&source, &Settings::new(Lang::Fr));
    (fixes::apply(text, &found), found)
}

#[test]
fn every_fixable_slip_has_its_fixture_and_is_fixed_exactly() {
    let cases = fixtures();
    assert!(cases.len() >= 15, "{} fixtures", cases.len());
    for before in cases {
        let after = PathBuf::from(before.to_string_lossy().replace(".before.", ".after."));
        let text = fs::read_to_string(&before).unwrap();
        let (fixed, found) = fix_text(&text);
        assert!(!found.is_empty(), "{}: no fix", before.display());
        assert_eq!(
            fixed,
            fs::read_to_string(&after).unwrap(),
            "{}",
            before.display()
        );
    }
}

/// The comment lines of a text, and the comments at the end of lines.
fn comments(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|line| line.find('#').map(|i| line[i..].trim_end().to_owned()))
        .collect()
}

/// Where each fix lands in the fixed text (the fixes before it shift it).
fn fixed_starts(found: &[Fix]) -> Vec<usize> {
    let mut shift: isize = 0;
    found
        .iter()
        .map(|fix| {
            let start = (fix.span.start as isize + shift) as usize;
            shift += fix.replacement.len() as isize - fix.span.len() as isize;
            start
        })
        .collect()
}

/// The property, for one text.
fn fixes_hold(name: &str, text: &str) {
    let (fixed, found) = fix_text(text);
    let source = SourceFile::new(PathBuf::from(name), fixed.clone());
    let outcome = check_source(&source, &Settings::new(Lang::Fr));
    for (fix, start) in found.iter().zip(fixed_starts(&found)) {
        let at = source.position(start);
        let left = outcome
            .diagnostics
            .iter()
            .find(|d| d.code == fix.code && d.location.is_some_and(|l| l.start == at));
        assert!(left.is_none(), "{name}: {fix:?} left {left:?}");
    }
    assert!(
        fix_text(&fixed).1.is_empty(),
        "{name}: fixing twice changes more"
    );
    assert_eq!(comments(text), comments(&fixed), "{name}: comments changed");
}

/// A text with its lines ended by `\r\n` and a byte-order mark.
fn windows_variant(text: &str) -> String {
    format!("\u{feff}{}", text.replace('\n', "\r\n"))
}

/// The slips' values between double quotes (`debut: "09/2025"`): a fix
/// keeps the quotes of a text and drops those of an amount.
fn quoted_variant(before: &str, after: &str) -> String {
    let lines = before.lines().zip(after.lines()).map(|(b, a)| {
        let quotable = b != a && !b.contains(['"', '\'', '#', '[']);
        match b.split_once(": ") {
            // Not a block scalar's `>` or `|`: that would end the value there.
            Some((key, value))
                if quotable && !value.trim().is_empty() && !value.starts_with(['>', '|']) =>
            {
                format!("{key}: \"{}\"", value.trim())
            }
            _ => b.to_owned(),
        }
    });
    lines.collect::<Vec<_>>().join("\n") + "\n"
}

/// Every slip of the fixtures at once: each fixture's changed lines, put in the base.
fn all_slips_at_once(cases: &[PathBuf]) -> String {
    let first_after = before_to_after(&cases[0]);
    let base: Vec<String> = fs::read_to_string(first_after)
        .unwrap()
        .lines()
        .map(str::to_owned)
        .collect();
    let mut lines = base.clone();
    for case in cases {
        let before: Vec<String> = fs::read_to_string(case)
            .unwrap()
            .lines()
            .map(str::to_owned)
            .collect();
        let after: Vec<String> = fs::read_to_string(before_to_after(case))
            .unwrap()
            .lines()
            .map(str::to_owned)
            .collect();
        // Same number of lines: the slip is on lines of its own.
        if before.len() != after.len() || after.len() != base.len() {
            continue;
        }
        for (i, (b, a)) in before.iter().zip(&after).enumerate() {
            if b != a && lines[i] == base[i] && *a == base[i] {
                lines[i] = b.clone();
            }
        }
    }
    lines.join("\n") + "\n"
}

fn before_to_after(path: &Path) -> PathBuf {
    PathBuf::from(path.to_string_lossy().replace(".before.", ".after."))
}

#[test]
fn fixing_solves_what_it_claims_and_keeps_every_comment() {
    let cases = fixtures();
    for case in &cases {
        let text = fs::read_to_string(case).unwrap();
        let name = case.display().to_string();
        fixes_hold(&name, &text);
        fixes_hold(&format!("{name} (CRLF, BOM)"), &windows_variant(&text));
        let after = fs::read_to_string(before_to_after(case)).unwrap();
        let quoted = quoted_variant(&text, &after);
        if quoted != text {
            assert!(!fix_text(&quoted).1.is_empty(), "{name} (quoted): no fix");
            fixes_hold(&format!("{name} (quoted)"), &quoted);
        }
    }
    let combined = all_slips_at_once(&cases);
    let (_, found) = fix_text(&combined);
    assert!(
        found.len() >= 5,
        "{} fixes in the combined file",
        found.len()
    );
    fixes_hold("all slips", &combined);
    fixes_hold("all slips (CRLF, BOM)", &windows_variant(&combined));
}

#[test]
fn ambiguous_spellings_are_not_fixed() {
    let text = "public:\n  categories: [enseignants-3d]\npilotage:\n  niveau: ecole\n";
    let (fixed, found) = fix_text(text);
    assert!(found.is_empty(), "{found:?}");
    assert_eq!(fixed, text);
}

fn acceptance_copy() -> (tempfile::TempDir, PathBuf, String) {
    let dir = tempfile::tempdir().unwrap();
    let from =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fixes/acceptance.before.yaml");
    let text = fs::read_to_string(from).unwrap();
    let path = dir.path().join("proposition.yaml");
    fs::write(&path, &text).unwrap();
    (dir, path, text)
}

#[test]
fn check_fix_leaves_a_passing_file_with_its_comments() {
    let (dir, path, before) = acceptance_copy();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
    }
    let first = canevas_in(dir.path(), &["check", "proposition.yaml"], &[]);
    assert_eq!(
        first.status.code(),
        Some(1),
        "the acceptance file has errors"
    );
    let fixed = canevas_in(
        dir.path(),
        &["check", "--fix", "--format", "concise", "proposition.yaml"],
        &[],
    );
    let stderr = String::from_utf8_lossy(&fixed.stderr);
    assert_eq!(fixed.status.code(), Some(0), "{}\n{stderr}", stdout(&fixed));
    assert_eq!(stderr.matches("replaced by").count(), 4, "{stderr}");
    let after = fs::read_to_string(&path).unwrap();
    assert_eq!(comments(&before), comments(&after));
    for (slip, fix) in [
        ("problematque: >", "problematique: >"),
        ("- enseignant-1d  #", "- enseignants-1d  #"),
        ("echeance: 03/2026   #", "echeance: 2026-03   #"),
        ("montant: 8 000 €", "montant: 8000"),
    ] {
        assert!(before.contains(slip) && after.contains(fix), "{fix}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640, "the permissions are kept");
    }
    let leftovers = fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(leftovers, 1, "no temporary file left behind");
}

#[test]
fn check_diff_shows_the_fix_and_writes_nothing() {
    let (dir, path, before) = acceptance_copy();
    let out = canevas_in(dir.path(), &["check", "--diff", "proposition.yaml"], &[]);
    assert_eq!(out.status.code(), Some(1), "fixes are possible");
    let diff = stdout(&out);
    assert!(
        diff.starts_with("--- a/proposition.yaml\n+++ b/proposition.yaml\n"),
        "{diff}"
    );
    for line in [
        "-problematque: >",
        "+problematique: >",
        "-    echeance: 03/2026   # fin mars",
        "+    echeance: 2026-03   # fin mars",
        "-    montant: 8 000 €",
        "+    montant: 8000",
        "+    - enseignants-1d  # les professeurs des écoles",
    ] {
        assert!(diff.lines().any(|l| l == line), "{line} not in\n{diff}");
    }
    assert_eq!(
        fs::read_to_string(&path).unwrap(),
        before,
        "--diff wrote the file"
    );
}

#[test]
fn check_fix_never_writes_a_file_it_cannot_parse() {
    let dir = tempfile::tempdir().unwrap();
    let text = "problme: [x\ncalendrier:\n  debut: 03/2026\n";
    fs::write(dir.path().join("p.yaml"), text).unwrap();
    let out = canevas_in(dir.path(), &["check", "--fix", "p.yaml"], &[]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(fs::read_to_string(dir.path().join("p.yaml")).unwrap(), text);
}

#[test]
fn french_messages_name_each_fix() {
    let (dir, _, _) = acceptance_copy();
    let out = canevas_in(
        dir.path(),
        &["check", "--diff", "proposition.yaml"],
        &[("LANG", "fr_FR.UTF-8")],
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("proposition.yaml:43:15\u{202f}: «\u{202f}03/2026\u{202f}» serait remplacé par «\u{202f}2026-03\u{202f}» (date)"),
        "{stderr}"
    );
}

#[test]
fn check_fix_keeps_the_byte_order_mark_and_the_line_endings() {
    let (dir, path, text) = acceptance_copy();
    let windows = windows_variant(&text);
    fs::write(&path, &windows).unwrap();
    let out = canevas_in(dir.path(), &["check", "--fix", "proposition.yaml"], &[]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = fs::read(&path).unwrap();
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "the byte-order mark is kept"
    );
    let after = String::from_utf8(bytes).unwrap();
    assert_eq!(after.matches('\n').count(), after.matches("\r\n").count());
    assert_eq!(after.lines().count(), windows.lines().count());
    assert!(after.contains("    echeance: 2026-03   # fin mars\r\n"));
}

#[cfg(unix)]
#[test]
fn check_fix_through_a_link_fixes_its_target_and_keeps_the_link() {
    let (dir, path, _) = acceptance_copy();
    let link = dir.path().join("lien.yaml");
    std::os::unix::fs::symlink(&path, &link).unwrap();
    let out = canevas_in(dir.path(), &["check", "--fix", "lien.yaml"], &[]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        fs::read_to_string(&path)
            .unwrap()
            .contains("montant: 8000\n")
    );
}
