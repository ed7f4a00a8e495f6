//! `canevas completions SHELL` and `canevas man`: generated from the clap
//! definition of the command line, so they never drift from it, with its
//! texts in the language of the run.

use std::io::{self, Write};

use crate::cli;
use crate::exit::ExitStatus;
use crate::i18n::{Args, Lang};

pub(crate) fn run(shell: clap_complete::Shell, lang: Lang) -> io::Result<ExitStatus> {
    // Generated in memory: clap_complete panics when its writer fails (a
    // closed pipe, a full disk); our own write says why and exits with 2.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cli::command(lang), "canevas", &mut script);
    let mut out = io::stdout().lock();
    out.write_all(&script)?;
    out.flush()?;
    Ok(ExitStatus::Success)
}

pub(crate) fn man(lang: Lang) -> io::Result<ExitStatus> {
    let mut page = Vec::new();
    clap_mangen::Man::new(cli::command(lang)).render(&mut page)?;
    let page = String::from_utf8_lossy(&page);
    let mut out = io::stdout().lock();
    out.write_all(translate_sections(&page, lang).as_bytes())?;
    out.flush()?;
    Ok(ExitStatus::Success)
}

/// clap_mangen writes its section titles in English: they are replaced by the
/// `man-section-…` messages.
fn translate_sections(page: &str, lang: Lang) -> String {
    page.lines()
        .map(|line| match line.strip_prefix(".SH ") {
            Some(title) => {
                let id = format!("man-section-{}", title.trim_matches('"').to_lowercase());
                if lang.has(&id) {
                    format!(".SH {}", lang.message(&id, &Args::new()))
                } else {
                    line.to_owned()
                }
            }
            None => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}
