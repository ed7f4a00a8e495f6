//! One file a subcommand: wiring only, no business logic.

pub(crate) mod check;
