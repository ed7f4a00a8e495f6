//! The integration tests, one binary: each module runs the built `canevas`
//! binary (or the library) on fixtures. One binary links once, so linking
//! does not dominate the test time.

#![allow(clippy::print_stderr)] // skipped tests and measured rates say so

mod annotations;
mod browser;
mod ci_files;
mod cli;
mod common;
mod concepts;
mod config;
mod doc_freshness;
mod editors;
mod fixes;
mod formats;
mod french;
mod groups;
mod guide;
mod hostile;
mod hostile_shapes;
mod messages;
mod neovim;
mod output_targets;
mod plan_scope;
mod positions;
mod precommit;
mod report_options;
mod rule_docs;
mod rules;
mod server;
mod slips;
mod snapshots;
mod suppressions;
mod wording;
mod writers;
mod yaml_fast;
