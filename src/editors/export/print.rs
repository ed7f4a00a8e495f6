//! `export --format pdf`: the booklet printed by a headless Chromium, in two
//! passes, so that its contents give page numbers. Chromium does not lay out
//! CSS `target-counter()` (checked with Chromium 156), so a first print tells
//! on which page each anchor falls ([`pdf_links`](super::pdf_links)), and the
//! page is printed again with those numbers; again while they move (at most
//! four prints).
//!
//! The browser is `CANEVAS_CHROMIUM` when set, else the first of `chromium`,
//! `chromium-browser`, `google-chrome`, `google-chrome-stable` found on the
//! `PATH`. It runs with a profile of its own in a temporary folder, without
//! network services; as root (a container, CI) it needs `--no-sandbox`, which
//! is acceptable here because the page has no script (its Content Security
//! Policy forbids any) and fetches nothing.

use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::{Document, html, pdf_links};
use crate::editors::plan_view::PlanView;

const BROWSERS: &[&str] = &[
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
];

/// How long one print may take before the browser is stopped.
const PRINT_TIMEOUT: Duration = Duration::from_secs(120);

/// The browser to print with, if one is installed.
pub fn find_browser() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("CANEVAS_CHROMIUM").filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(path));
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| BROWSERS.iter().map(move |name| dir.join(name)))
        .find(|candidate| candidate.is_file())
}

/// Prints the booklet to PDF, its contents numbered with the pages found by
/// the previous print.
pub fn print(view: &PlanView<'_>, doc: &mut Document<'_>, browser: &Path) -> io::Result<Vec<u8>> {
    let folder = tempfile::tempdir()?;
    let page = folder.path().join("plan.html");
    let pdf = folder.path().join("plan.pdf");
    let mut known: Option<HashMap<String, usize>> = None;
    let mut printed = Vec::new();
    for _ in 0..4 {
        doc.pages = known.clone();
        let mut text = Vec::new();
        html::write(view, doc, &mut text)?;
        std::fs::write(&page, &text)?;
        run_browser(browser, &page, &pdf, folder.path())?;
        printed = std::fs::read(&pdf)?;
        let found = pdf_links::pages_of_anchors(&printed);
        if found.is_none() || found == known {
            break;
        }
        known = found;
    }
    Ok(printed)
}

fn run_browser(browser: &Path, page: &Path, pdf: &Path, folder: &Path) -> io::Result<()> {
    let _ = std::fs::remove_file(pdf);
    let mut command = Command::new(browser);
    command
        .args([
            "--headless",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--no-pdf-header-footer",
        ])
        .arg(format!(
            "--user-data-dir={}",
            folder.join("profile").display()
        ))
        .arg(format!("--print-to-pdf={}", pdf.display()));
    if running_as_root() {
        command.arg("--no-sandbox");
    }
    let mut child = command
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()?;
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait()? {
            return if status.success() && pdf.is_file() {
                Ok(())
            } else {
                Err(io::Error::other(format!(
                    "{} did not print the page ({status})",
                    browser.display()
                )))
            };
        }
        if started.elapsed() > PRINT_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Err(io::Error::other(format!(
                "{} took more than {} s to print the page",
                browser.display(),
                PRINT_TIMEOUT.as_secs()
            )));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Chromium refuses to start its sandbox as root.
fn running_as_root() -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        std::fs::metadata("/proc/self").is_ok_and(|m| m.uid() == 0)
    }
    #[cfg(not(unix))]
    {
        false
    }
}
