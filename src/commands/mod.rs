//! One file a subcommand: wiring only, no business logic.

pub(crate) mod check;
pub(crate) mod editors_input;
pub(crate) mod export;
pub(crate) mod summary;
