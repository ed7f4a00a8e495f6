//! `canevas completions SHELL` and `canevas man`: generated from the clap
//! definition of the command line, so they never drift from it.

use std::io::{self, Write};

use clap::CommandFactory;

use crate::cli::Cli;
use crate::exit::ExitStatus;

pub(crate) fn run(shell: clap_complete::Shell) -> io::Result<ExitStatus> {
    // Into memory first: `generate` panics when its writer fails (a full
    // disk, `> /dev/full`); our own write says why and exits with 2.
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut Cli::command(), "canevas", &mut script);
    let mut out = io::stdout().lock();
    out.write_all(&script)?;
    out.flush()?;
    Ok(ExitStatus::Success)
}

pub(crate) fn man() -> io::Result<ExitStatus> {
    let mut out = io::stdout().lock();
    clap_mangen::Man::new(Cli::command()).render(&mut out)?;
    out.flush()?;
    Ok(ExitStatus::Success)
}
