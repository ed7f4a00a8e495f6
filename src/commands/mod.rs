//! One file a subcommand: wiring only, no business logic.

pub(crate) mod check;
pub(crate) mod completions;
pub(crate) mod explain;
pub(crate) mod export;
pub(crate) mod fix;
pub(crate) mod new;
pub(crate) mod prepare;
pub(crate) mod rules;
pub(crate) mod schema;
pub(crate) mod server;
pub(crate) mod summary;

/// The width to lay text out in: `COLUMNS` when set (so that tests and
/// scripts can fix it), else the terminal's, else 100 (a pipe or a file).
/// Each caller clamps it to what its layout can use.
fn terminal_width() -> u16 {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<u16>().ok())
        .or_else(|| terminal_size::terminal_size().map(|(w, _)| w.0))
        .unwrap_or(100)
}
