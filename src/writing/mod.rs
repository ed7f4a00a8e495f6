//! Helping people write proposals: the commented [`template`] of `canevas new`,
//! its [`interactive`] mode, and the JSON Schema given to editors
//! ([`editor_schema`]).

pub mod editor_schema;
pub mod interactive;
pub mod template;
