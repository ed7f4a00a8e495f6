//! The per-file pipeline, one module a stage, in the order a file goes through
//! them: [`discover`] the files → read them ([`source`]) → parse the YAML with
//! spans ([`yaml`]) → [`normalise`] the keys → validate against the JSON
//! [`schema`] → build the typed [`model`] → run the rules ([`crate::rules`]) →
//! apply the `# canevas: allow` comments ([`suppress`]). [`check`] is the driver
//! that runs them over every file, in parallel, and gathers the
//! [`crate::report::Report`].

pub mod check;
pub mod discover;
pub mod model;
pub mod normalise;
pub mod schema;
pub mod slips;
pub mod source;
pub mod suppress;
pub mod yaml;
