//! Where reports go when the world is not kind: a reader that goes away, a
//! full disk, a folder where nothing can be created, and `--output` or
//! `new --force` aimed at a device, a FIFO or a link: none is ever replaced,
//! devices and FIFOs are written through, disks and links to files refused.

use std::fs;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::common;

fn canevas() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_canevas"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("LANG", "C")
        .env_remove("CANEVAS_LANG")
        .env_remove("GITHUB_STEP_SUMMARY")
        .env_remove("GITHUB_ACTIONS")
        .stdin(Stdio::null());
    cmd
}

/// Runs with the reading end of the standard output closed before anything is written.
fn with_closed_pipe(args: &[&str]) -> std::process::Output {
    let mut child = canevas()
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    child.wait_with_output().unwrap()
}

#[test]
fn a_closed_pipe_stops_the_writing_quietly_and_keeps_the_verdict() {
    for format in ["human", "json", "concise"] {
        let out = with_closed_pipe(&["check", "examples/invalid", "--format", format]);
        assert_eq!(out.status.code(), Some(1), "{format}: errors were found");
        assert!(
            out.stderr.is_empty(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let out = with_closed_pipe(&["check", "examples/plan-qvt"]);
    assert_eq!(out.status.code(), Some(0));
}

fn dev_full() -> Option<fs::File> {
    fs::OpenOptions::new().write(true).open("/dev/full").ok()
}

#[test]
fn a_full_disk_is_exit_2_never_a_success_and_never_a_panic() {
    let Some(_) = dev_full() else {
        eprintln!("SKIPPED: no /dev/full");
        return;
    };
    for args in [
        &["check", "examples/invalid"][..],
        &["check", "examples/plan-qvt", "--format", "sarif"],
        &["completions", "bash"],
        &["rules"],
    ] {
        let out = canevas()
            .args(args)
            .stdout(dev_full().unwrap())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(stderr.contains("disk is full"), "{args:?}: {stderr}");
    }
}

#[test]
fn an_output_that_cannot_be_created_is_exit_2() {
    // Nothing can be created in /proc, even by root (who ignores permissions).
    let out = common::canevas(&[
        "check",
        "examples/plan-qvt",
        "--format",
        "json",
        "-o",
        "/proc/canevas-report.json",
    ]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
}

/// `check examples/invalid --format json -o PATH`.
fn json_report_to(path: &str) -> std::process::Output {
    let args = ["check", "examples/invalid", "--format", "json", "-o", path];
    common::canevas(&args)
}

#[cfg(unix)]
#[test]
fn dev_null_is_written_through_never_replaced() {
    use std::os::unix::fs::FileTypeExt;
    let out = common::canevas(&["check", "examples/invalid", "-o", "/dev/null"]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let kind = fs::symlink_metadata("/dev/null").unwrap().file_type();
    assert!(kind.is_char_device(), "/dev/null is still a device");
}

#[cfg(unix)]
#[test]
fn a_fifo_receives_the_report_and_stays_a_fifo() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("report.fifo");
    if !Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success())
    {
        eprintln!("SKIPPED: mkfifo is not available");
        return;
    }
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut text = String::new();
            fs::File::open(fifo)
                .unwrap()
                .read_to_string(&mut text)
                .unwrap();
            text
        })
    };
    let fifo_arg = fifo.to_str().unwrap();
    let out = json_report_to(fifo_arg);
    let text = reader.join().unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let json: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert!(json["findings"].as_array().is_some_and(|f| !f.is_empty()));
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
}

#[cfg(unix)]
#[test]
fn a_link_to_a_file_is_refused_and_neither_it_nor_its_target_replaced() {
    let dir = tempfile::tempdir().unwrap();
    // As a pull request could plant it: the report's name, linked elsewhere.
    let target = dir.path().join("ailleurs").join("precieux.txt");
    fs::create_dir_all(target.parent().unwrap()).unwrap();
    fs::write(&target, "ancien").unwrap();
    let link = dir.path().join("rapport.json");
    std::os::unix::fs::symlink("ailleurs/precieux.txt", &link).unwrap();
    let dangling = dir.path().join("absent.json");
    std::os::unix::fs::symlink("ailleurs/absent.txt", &dangling).unwrap();
    for path in [&link, &dangling] {
        let out = json_report_to(path.to_str().unwrap());
        assert_eq!(out.status.code(), Some(2), "{out:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("link"));
        let out = common::canevas(&["new", "--force", path.to_str().unwrap()]);
        assert_eq!(out.status.code(), Some(2), "{out:?}");
        assert!(fs::symlink_metadata(path).unwrap().file_type().is_symlink());
    }
    assert_eq!(fs::read_to_string(&target).unwrap(), "ancien");
    assert!(!dir.path().join("ailleurs/absent.txt").exists());

    // A link to a character device is written through (`-o /dev/stdout`).
    let to_null = dir.path().join("nulle.json");
    std::os::unix::fs::symlink("/dev/null", &to_null).unwrap();
    let out = json_report_to(to_null.to_str().unwrap());
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    assert!(
        fs::symlink_metadata(&to_null)
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

/// A block device node with a major number no driver has (240, "local/
/// experimental use"): opening it fails, so nothing is written anywhere even
/// if the refusal broke. Needs root (mknod).
#[cfg(unix)]
#[test]
fn a_block_device_is_refused_and_left_in_place() {
    use std::os::unix::fs::FileTypeExt;
    let dir = tempfile::tempdir().unwrap();
    let node = dir.path().join("disque");
    let made = Command::new("mknod")
        .arg(&node)
        .args(["b", "240", "0"])
        .stderr(Stdio::null())
        .status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("SKIPPED: mknod needs root");
        return;
    }
    let node_arg = node.to_str().unwrap();
    for args in [
        &["check", "examples/plan-qvt", "-o", node_arg][..],
        &["new", "--force", node_arg],
    ] {
        let out = common::canevas(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {out:?}");
        let kind = fs::symlink_metadata(&node).unwrap().file_type();
        assert!(kind.is_block_device(), "{args:?} replaced the device");
    }
    assert!(Path::new(&node).exists());
}
