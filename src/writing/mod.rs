//! Helping people write proposals: the commented [`template`] of `canevas new`,
//! its [`interactive`] mode, and the JSON Schema given to editors
//! ([`editor_schema`]); the safe [`fixes`] of `check --fix` and of the
//! language server's quick fixes.

pub mod editor_schema;
pub mod fixes;
pub mod interactive;
pub mod template;
