//! End to end with a real client: Neovim, headless, opens an invalid proposal
//! with `canevas server` as its language server, under a French locale; it
//! must show the findings of `check`, in French, and a code action must fix
//! the date. SKIPPED when `nvim` is absent (`.ci/run` installs it).

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::common::{canevas_in, concise_findings, copy_tree, stdout};

fn nvim_present() -> bool {
    Command::new("nvim")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn neovim_shows_the_findings_in_french_and_fixes_a_date() {
    if !nvim_present() {
        eprintln!("SKIPPED: nvim is absent, the Neovim end-to-end test did not run");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text =
        fs::read_to_string(manifest.join("tests/fixtures/fixes/acceptance.before.yaml")).unwrap();
    let file = dir.path().join("proposition.yaml");
    fs::write(&file, &text).unwrap();
    let seen = run_neovim(dir.path(), "e2e.lua", &file);

    // The same findings as `check`, by line and code.
    let check = canevas_in(
        dir.path(),
        &["check", "--format", "concise", "proposition.yaml"],
        &[("LANG", "fr_FR.UTF-8")],
    );
    let expected = concise_findings(&stdout(&check));
    let shown: std::collections::BTreeSet<_> = seen["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                "proposition.yaml".to_owned(),
                d["line"].as_u64().unwrap(),
                d["code"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(shown, expected);
    let messages: Vec<&str> = seen["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("n'est pas une date au format attendu")),
        "{messages:?}"
    );

    assert_eq!(
        seen["action"],
        "Écrire «\u{202f}2026-03\u{202f}» au lieu de «\u{202f}03/2026\u{202f}»"
    );
    assert_eq!(seen["fixed_line"], "    echeance: 2026-03   # fin mars");
    assert_eq!(seen["after"].as_u64(), Some(expected.len() as u64 - 1));
}

/// Neovim started in the folder of a plan (`canevas.toml` with `[plan]`), as
/// editors start their language servers, opens one of its proposals: the
/// server reads the other proposals from the disk, and the open file must not
/// be taken for a second proposal with its own id (it once was: `PLAN001`).
#[test]
fn neovim_in_a_plan_folder_does_not_count_the_open_file_twice() {
    if !nvim_present() {
        eprintln!("SKIPPED: nvim is absent, the Neovim end-to-end test did not run");
        return;
    }
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).unwrap();
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    copy_tree(&manifest.join("examples/plan-qvt"), dir.path());
    // One finding of its own, so that the test knows the server answered.
    let file = dir.path().join("axe-1/A1-01-parcours-accueil.yaml");
    let mut text = fs::read_to_string(&file).unwrap();
    text.push_str("inconnu: oui\n");
    fs::write(&file, &text).unwrap();
    let seen = run_neovim(
        dir.path(),
        "plan.lua",
        Path::new("axe-1/A1-01-parcours-accueil.yaml"),
    );
    let codes: Vec<&str> = seen["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["SCHEMA001"], "{seen}");
}

/// Runs headless Neovim in `dir` under a French locale with the Lua script
/// `tests/fixtures/neovim/SCRIPT` on `file`, and returns what the script
/// wrote (it fails the test when the script caught an error).
fn run_neovim(dir: &Path, script: &str, file: &Path) -> Value {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = dir.join("out.json");
    let mut child = Command::new("nvim")
        .args(["--headless", "--clean", "-n", "-c"])
        .arg(format!(
            "luafile {}",
            manifest
                .join("tests/fixtures/neovim")
                .join(script)
                .display()
        ))
        .current_dir(dir)
        .env("LANG", "fr_FR.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("CANEVAS_LANG")
        .env("CANEVAS_BIN", env!("CARGO_BIN_EXE_canevas"))
        .env("CANEVAS_FILE", file)
        .env("CANEVAS_OUT", &out)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(90);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("Neovim did not finish within 90 s");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let seen: Value = serde_json::from_str(&fs::read_to_string(&out).unwrap()).unwrap();
    assert!(seen["error"].is_null(), "{}", seen["error"]);
    seen
}
