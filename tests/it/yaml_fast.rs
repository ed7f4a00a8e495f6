//! The differential proof of the fast YAML path (`src/pipeline/yaml/fast.rs`):
//! on every input it takes, granit-parser must read the same tree, with the same
//! spans and values, and must not refuse it. Inputs: the yaml-test-suite, the
//! fixtures and examples, the fuzz corpus, a generated corpus
//! (`../shared/bench/gen_corpus.py`), and mutants of all of them.
//!
//! `CANEVAS_DIFF_MUTANTS=N` sets the number of mutants (default 3,000); the
//! long runs of docs/performance.md used it with a release build.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

#[path = "../../fuzz/differential.rs"]
mod differential;

use differential::fast_matches_granit;

fn manifest() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The shared folder beside the repository (`../shared`), or beside the folder
/// of worktrees (`../../shared`).
fn shared(path: &str) -> PathBuf {
    let near = manifest().join("../shared").join(path);
    if near.exists() {
        near
    } else {
        manifest().join("../../shared").join(path)
    }
}

/// Every file under `dir` (recursively) whose name ends with one of `suffixes`.
fn files_under(dir: &Path, suffixes: &[&str]) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if suffixes.iter().any(|s| path.to_string_lossy().ends_with(s)) {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// Runs the property over `files`; returns (inputs, taken by the fast path).
fn run_over(files: &[PathBuf]) -> (usize, usize) {
    let taken = files
        .iter()
        .filter(|path| fast_matches_granit(&fs::read(path).unwrap()))
        .count();
    (files.len(), taken)
}

#[test]
fn yaml_test_suite() {
    let dir = shared("data/yaml-test-suite/cases");
    if !dir.is_dir() {
        eprintln!("SKIPPED: ../shared/data/yaml-test-suite is absent");
        return;
    }
    let (inputs, taken) = run_over(&files_under(&dir, &["in.yaml"]));
    eprintln!("yaml-test-suite: {inputs} cases, {taken} taken by the fast path");
    assert!(inputs > 300);
}

#[test]
fn fixtures_examples_and_fuzz_corpus() {
    let mut files = files_under(&manifest().join("tests/fixtures"), &[".yaml", ".yml"]);
    files.extend(files_under(
        &manifest().join("examples"),
        &[".yaml", ".yml"],
    ));
    files.extend(files_under(&manifest().join("fuzz/corpus/pipeline"), &[""]));
    let (inputs, taken) = run_over(&files);
    eprintln!("fixtures, examples, fuzz corpus: {inputs} files, {taken} taken");
    // The bundled proposals are what the fast path is for: most must take it.
    assert!(taken * 2 > inputs, "{taken} of {inputs}");
}

/// A generated corpus, half of it invalid, both languages; `None` without python3.
fn generated_corpus(count: usize) -> Option<(tempfile::TempDir, Vec<PathBuf>)> {
    let script = shared("bench/gen_corpus.py");
    let dir = tempfile::tempdir().unwrap();
    let status = Command::new("python3")
        .arg(&script)
        .arg(dir.path().join("c"))
        .args(["--count", &count.to_string(), "--lang", "mixed"])
        .args(["--invalid-ratio", "0.5", "--seed", "16"])
        .output()
        .ok()?
        .status;
    if !status.success() {
        return None;
    }
    let files = files_under(dir.path(), &[".yaml"]);
    Some((dir, files))
}

#[test]
fn generated_corpus_takes_the_fast_path_with_the_same_trees() {
    let Some((_dir, files)) = generated_corpus(400) else {
        eprintln!("SKIPPED: python3 or ../shared/bench/gen_corpus.py is absent");
        return;
    };
    let (inputs, taken) = run_over(&files);
    eprintln!("generated corpus: {inputs} files, {taken} taken");
    // The generator writes the shapes proposals have: nearly all are taken.
    assert!(taken * 10 >= inputs * 9, "{taken} of {inputs}");
}

#[test]
fn mutants_of_every_seed() {
    let mut seeds: Vec<String> = files_under(&manifest().join("tests/fixtures"), &[".yaml"])
        .iter()
        .chain(&files_under(&manifest().join("examples"), &[".yaml"]))
        .filter_map(|path| fs::read_to_string(path).ok())
        .collect();
    let generated = generated_corpus(100);
    if let Some((_, files)) = &generated {
        seeds.extend(files.iter().map(|p| fs::read_to_string(p).unwrap()));
    }
    let count = std::env::var("CANEVAS_DIFF_MUTANTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3_000);
    let mut rng = XorShift(0x9e37_79b9_7f4a_7c15);
    let mut taken = 0;
    for i in 0..count {
        let mut text = seeds[i % seeds.len()].clone();
        for _ in 0..=rng.below(3) {
            mutate(&mut text, &mut rng);
        }
        taken += usize::from(fast_matches_granit(text.as_bytes()));
    }
    eprintln!(
        "mutants: {count} inputs from {} seeds, {taken} taken",
        seeds.len()
    );
    assert!(taken > 0);
}

/// Pieces of YAML syntax that mutants gain, each a way to leave the subset or
/// to stay in it with another shape.
const INSERTS: &[&str] = &[
    " ",
    "  ",
    "\n",
    "\n\n",
    ":",
    ": ",
    "- ",
    "-",
    "#",
    " #",
    "# c\n",
    "\"",
    "'",
    "''",
    "[",
    "]",
    ", ",
    ",",
    "{",
    "}",
    ">",
    "|",
    "|-",
    ">-",
    "|+",
    ">2",
    "\t",
    "\r",
    "\r\n",
    "&a ",
    "*a",
    "!",
    "!!str ",
    "?",
    "? ",
    "%",
    "@",
    "`",
    "\\",
    "é",
    "\u{85}",
    "\u{2028}",
    "\u{feff}",
    "---\n",
    "...\n",
    "~",
    "null",
    "true",
    "12",
    "0x1F",
    "1.5e3",
    ".inf",
    "-1",
    "a: b",
    "k:\n  - x\n",
    "\n  ",
    "\n    ",
    "\n- ",
    "x\n",
    "\"a\\\"b\"",
    "'it''s'",
];

fn mutate(text: &mut String, rng: &mut XorShift) {
    let at = boundary(text, rng.below(text.len() + 1));
    match rng.below(6) {
        0 | 1 => text.insert_str(at, INSERTS[rng.below(INSERTS.len())]),
        2 => {
            let end = boundary(text, (at + 1 + rng.below(8)).min(text.len()));
            text.replace_range(at..end, "");
        }
        3 => {
            // Duplicate the line holding `at`.
            let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            let end = text[at..].find('\n').map_or(text.len(), |i| at + i + 1);
            let line = text[start..end].to_owned();
            text.insert_str(start, &line);
        }
        4 => {
            // Indent or dedent the line holding `at`.
            let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            if text[start..].starts_with(' ') && rng.below(2) == 0 {
                text.remove(start);
            } else {
                text.insert(start, ' ');
            }
        }
        _ => {
            // Cut the text at `at`: ends without a line break, mid-token.
            text.truncate(at);
        }
    }
}

/// The nearest character boundary at or before `at`.
fn boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// A small deterministic generator: the same mutants on every run.
struct XorShift(u64);

impl XorShift {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n.max(1) as u64) as usize
    }
}
