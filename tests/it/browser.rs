//! The HTML export in a real browser: headless Chromium renders it (every
//! proposal's section is in the DOM it builds) and prints it to PDF (an A4
//! booklet of more pages than proposals: each starts on a new page).
//! SKIPPED, plainly, when Chromium is not installed (`.ci/run` installs it).

use crate::common;

use std::path::Path;
use std::process::Command;

use common::canevas;

const PROPOSALS_IN_PLAN: usize = 20;

fn chromium() -> Option<&'static str> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|name| {
            Command::new(name)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
}

/// Runs headless Chromium on `page` with `args`, with its own profile and no network chatter.
fn run_chromium(browser: &str, profile: &Path, args: &[&str], page: &Path) -> std::process::Output {
    Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs")
}

#[allow(clippy::print_stderr)] // a skipped check says so
fn skipped(why: &str) {
    eprintln!("SKIPPED: {why}");
}

/// Page objects of a PDF (`/Type /Page`, not `/Type /Pages`).
fn pdf_pages(pdf: &[u8]) -> usize {
    let needle = b"/Type /Page";
    pdf.windows(needle.len() + 1)
        .filter(|w| w.starts_with(needle) && w[needle.len()] != b's')
        .count()
}

#[test]
fn chromium_renders_every_proposal_and_prints_a_booklet() {
    let Some(browser) = chromium() else {
        skipped("chromium is not installed, the export was not rendered in a browser");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("plan.html");
    let output = canevas(&[
        "export",
        "examples/plan-qvt",
        "--lang",
        "fr",
        "--output",
        page.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0));
    let profile = dir.path().join("profile");

    let dom = run_chromium(browser, &profile, &["--dump-dom"], &page);
    let dom = String::from_utf8_lossy(&dom.stdout);
    for n in 0..PROPOSALS_IN_PLAN {
        assert!(
            dom.contains(&format!("<article class=\"proposal\" id=\"p-{n}\"")),
            "section {n} rendered"
        );
    }
    for axis in 1..=4 {
        for n in 1..=5 {
            assert!(
                dom.contains(&format!("A{axis}-0{n}</span>")),
                "A{axis}-0{n}"
            );
        }
    }

    let pdf = dir.path().join("plan.pdf");
    let printed = run_chromium(
        browser,
        &profile,
        &[&format!("--print-to-pdf={}", pdf.display())],
        &page,
    );
    let bytes = std::fs::read(&pdf)
        .unwrap_or_else(|_| panic!("no PDF: {}", String::from_utf8_lossy(&printed.stderr)));
    let pages = pdf_pages(&bytes);
    assert!(
        pages > PROPOSALS_IN_PLAN,
        "{pages} pages: a page break before each proposal"
    );
    let a4 = bytes
        .windows(20)
        .any(|w| w.starts_with(b"/MediaBox [0 0 594.9") || w.starts_with(b"/MediaBox [0 0 595"));
    assert!(a4, "A4 pages");
}
