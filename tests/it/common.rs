//! Running the built binary as a user would, in a clean environment: English
//! messages unless asked, no step summary, no standard input.

use std::path::Path;
use std::process::{Command, Output, Stdio};

/// Runs `canevas` in `dir` with `args`, and `env` set on top of a clean environment.
pub(crate) fn canevas_in(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_canevas"));
    cmd.args(args)
        .current_dir(dir)
        .env("LANG", "C")
        .env_remove("CANEVAS_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("GITHUB_STEP_SUMMARY")
        .stdin(Stdio::null());
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("the binary runs")
}

/// Runs `canevas` from the repository root.
pub(crate) fn canevas(args: &[&str]) -> Output {
    canevas_in(Path::new(env!("CARGO_MANIFEST_DIR")), args, &[])
}

/// Runs `canevas` from the repository root with extra environment variables.
pub(crate) fn canevas_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    canevas_in(Path::new(env!("CARGO_MANIFEST_DIR")), args, env)
}

/// The standard output, which is always UTF-8.
pub(crate) fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

/// A finding as every format can say it: file, line, code.
pub(crate) type Finding = (String, u64, String);

/// The findings of concise-shaped lines (`path:line:col: severity[CODE] …`)
/// anywhere in a text (concise output, JUnit bodies).
pub(crate) fn concise_findings(text: &str) -> std::collections::BTreeSet<Finding> {
    text.lines()
        .filter_map(|line| {
            let (place, rest) = line.trim_start().split_once(": ")?;
            let code = rest.split_once('[')?.1.split_once(']')?.0;
            let mut parts = place.rsplitn(3, ':');
            parts.next()?.parse::<u64>().ok()?;
            let line_no = parts.next()?.parse().ok()?;
            Some((parts.next()?.to_owned(), line_no, code.to_owned()))
        })
        .collect()
}

/// Copies a folder and everything under it.
pub(crate) fn copy_tree(from: &Path, to: &Path) {
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
