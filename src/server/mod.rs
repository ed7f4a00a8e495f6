//! `canevas server`: a language server over standard input and output, so that
//! editors show the same findings as `check` while people type, explain keys
//! and codes on hover, complete keys, categories and values, and offer the
//! safe fixes. Synchronous, one thread, on `lsp-server` (the crate ruff's
//! server uses): requests are answered in order, and diagnostics after a
//! change wait for a short pause in the typing ([`session::DEBOUNCE`]).
//!
//! - [`session`]: the loop of messages and the open documents;
//!   [`workspace`]: the settings, the plan's proposals on disk, the findings.
//! - [`diagnostics`]: findings → LSP diagnostics (UTF-16 positions, codes,
//!   links to the rule's documentation).
//! - [`hover`], [`completion`], [`actions`]: the editor's requests.
//! - [`position`], [`uri`]: byte offsets ↔ LSP positions, `file://` ↔ paths.

mod actions;
mod completion;
mod diagnostics;
mod hover;
mod position;
pub mod session;
mod uri;
mod workspace;

use std::error::Error;

use lsp_server::Connection;

use crate::i18n::Lang;

pub use session::Options;

/// What can stop the server: the protocol broke, or the client went away.
pub type ServerError = Box<dyn Error + Send + Sync>;

/// Serves on standard input and output until the client says `exit`.
pub fn run_stdio(lang: Option<Lang>) -> Result<(), ServerError> {
    let (connection, threads) = Connection::stdio();
    session::serve(&connection, Options::new(lang))?;
    // The writer thread ends once the connection's sender is dropped.
    drop(connection);
    threads.join()?;
    Ok(())
}
