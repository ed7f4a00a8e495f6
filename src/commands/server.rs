//! `canevas server`: the language server (see [`crate::server`]).

use std::io::{self, Write};

use crate::exit::ExitStatus;
use crate::i18n::{Args, Lang};

/// Serves until the editor stops it; a broken protocol is exit 2.
pub(crate) fn run(explicit: Option<Lang>, lang: Lang) -> io::Result<ExitStatus> {
    match crate::server::run_stdio(explicit) {
        Ok(()) => Ok(ExitStatus::Success),
        Err(err) => {
            let args = Args::new().with("detail", err.to_string());
            writeln!(
                io::stderr(),
                "canevas: {}",
                lang.message("server-failed", &args)
            )?;
            Ok(ExitStatus::Failure)
        }
    }
}
