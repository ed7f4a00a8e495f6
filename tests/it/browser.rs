//! The HTML export in a real browser: headless Chromium renders it (every
//! proposal's section is in the DOM it builds) and prints it to PDF (an A4
//! booklet of more pages than proposals: each starts on a new page); the PDF
//! export, read back with `pdftotext`, gives in its contents the pages where
//! each proposal starts, and every page of a proposal says whose it is.
//! SKIPPED, plainly, when Chromium or pdftotext is not installed (`.ci/run`
//! installs both).

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
    assert_eq!(
        dom.matches("<article class=\"proposal").count(),
        PROPOSALS_IN_PLAN
    );
    for axis in 1..=4 {
        for n in 1..=5 {
            // The anchor is the id.
            assert!(
                dom.contains(&format!("<h3 id=\"A{axis}-0{n}\">")),
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

fn pdftotext_layout(pdf: &Path) -> Option<String> {
    let output = Command::new("pdftotext")
        .arg("-layout")
        .arg(pdf)
        .arg("-")
        .output()
        .ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

/// The first line of a page with text: its running header.
fn header(page: &str) -> &str {
    page.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("")
}

/// `A1-03 Charte d'usage …   9` lines of the contents: (id, page).
fn contents(page: &str) -> Vec<(String, usize)> {
    page.lines()
        .filter_map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            let (first, last) = (words.first()?, words.last()?);
            let is_id = first.len() == 5 && first.starts_with('A') && first.as_bytes()[2] == b'-';
            Some(((*first).to_owned(), last.parse().ok()?)).filter(|_| is_id)
        })
        .collect()
}

#[test]
fn the_printed_contents_give_the_page_where_each_proposal_starts() {
    if chromium().is_none() || Command::new("pdftotext").arg("-v").output().is_err() {
        skipped("chromium or pdftotext is not installed, the printed contents were not read");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let pdf = dir.path().join("plan.pdf");
    let output = canevas(&[
        "export",
        "examples/plan-qvt",
        "--lang",
        "fr",
        "--format",
        "pdf",
        "--output",
        pdf.to_str().unwrap(),
    ]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = pdftotext_layout(&pdf).expect("pdftotext reads the PDF");
    let pages: Vec<&str> = text.split('\u{c}').collect();
    let toc = pages
        .iter()
        .find(|p| p.contains("Sommaire"))
        .expect("a page of contents");
    let entries = contents(toc);
    assert_eq!(entries.len(), PROPOSALS_IN_PLAN, "{toc}");
    for (k, (id, start)) in entries.iter().enumerate() {
        let page = pages[start - 1];
        assert!(
            header(page).starts_with(&format!("{id} — ")),
            "page {start} should start {id}: {}",
            header(page)
        );
        assert!(
            page.contains(&format!("{id} ")) && page.lines().count() > 3,
            "{id} on page {start}"
        );
        assert!(
            !header(pages[start - 2]).starts_with(&format!("{id} ")),
            "{id} starts on page {start}, not before"
        );
        // Every page of the proposal, up to the next one, says whose it is.
        let end = entries
            .get(k + 1)
            .map_or(pages.len() - 1, |next| next.1 - 1);
        for n in *start..=end {
            let header = header(pages[n - 1]);
            assert!(
                header.starts_with(&format!("{id} — ")) || pages[n - 1].trim().is_empty(),
                "page {n} of {id} has the header {header:?}"
            );
        }
    }
}
