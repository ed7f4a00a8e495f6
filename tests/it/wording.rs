//! The judgement of the wording rules (`CON003`, `PIL003`, `COV004`) on a
//! corpus written in the style of real academic plans and union documents
//! (noun style, passive voice, long sentences, demands): every file of
//! `tests/fixtures/corpus/` says on its first line the codes it expects
//! (`# expect: CON003, COV004`, or `# expect: none`), written before the
//! rules ran on it; half of them are good proposals, which must get no
//! finding at all. And the `[wording]` lists of `canevas.toml` replace the
//! defaults.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use canevas::config::Settings;
use canevas::i18n::Lang;
use canevas::pipeline::check::{KeepOptions, check_files};

use crate::common;

const CORPUS: &str = "tests/fixtures/corpus";

fn expected(path: &Path) -> BTreeSet<String> {
    let text = fs::read_to_string(path).unwrap();
    let first = text.lines().next().unwrap_or_default();
    let codes = first
        .strip_prefix("# expect:")
        .unwrap_or_else(|| panic!("{}: no `# expect:` line", path.display()));
    codes
        .split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty() && *c != "none")
        .map(str::to_owned)
        .collect()
}

fn found(path: &Path) -> BTreeSet<String> {
    let settings = Settings::new(Lang::Fr);
    let files = vec![path.to_path_buf()];
    check_files(&files, Vec::new(), &settings, path, KeepOptions::default())
        .diagnostics
        .iter()
        .map(|d| d.code.as_str().to_owned())
        .collect()
}

fn corpus() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(CORPUS)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    files.sort();
    files
}

#[test]
fn the_corpus_gets_the_codes_written_in_each_file() {
    let files = corpus();
    let good = files.iter().filter(|p| expected(p).is_empty()).count();
    assert!(files.len() >= 30, "{} proposals", files.len());
    assert!(
        good * 2 >= files.len() - 1 && good * 2 <= files.len() + 1,
        "{good} good"
    );
    let failures: Vec<String> = files
        .iter()
        .filter_map(|path| {
            let (want, got) = (expected(path), found(path));
            (want != got).then(|| format!("{}: expected {want:?}, found {got:?}", path.display()))
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn the_wording_lists_of_canevas_toml_replace_the_defaults() {
    let dir = tempfile::tempdir().unwrap();
    let proposal = fs::read_to_string(Path::new(CORPUS).join("w01-sensibiliser.yaml")).unwrap();
    let proposal = proposal.replace(
        "Sensibiliser l'ensemble",
        "Piloter un réseau de référents et sensibiliser l'ensemble",
    );
    fs::write(dir.path().join("A1-01.yaml"), &proposal).unwrap();
    let check = |config: &str| {
        fs::write(dir.path().join("canevas.toml"), config).unwrap();
        let out = common::canevas_in(dir.path(), &["check", ".", "--format", "concise"], &[]);
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(check("").contains("CON003"));
    assert!(!check("[wording]\naction_verbs = [\"piloter\"]\n").contains("CON003"));
    let national = "[wording]\nnational_objects = [\"réseau de référents\"]\n\
                    change_verbs = [\"piloter\"]\naction_verbs = [\"piloter\"]\n";
    assert!(check(national).contains("PIL003"), "{}", check(national));
}
