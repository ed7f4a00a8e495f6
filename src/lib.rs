//! `canevas` checks action-proposal files against the canvas of an academic plan
//! for the quality of working life (QVT).
//!
//! The pipeline, one module a stage: [`discover`] the files → read them
//! ([`source`]) → parse the YAML with spans ([`yaml`]) → [`normalise`] the keys
//! (English/French, case, accents, separators) → validate against the JSON
//! [`schema`] → build the typed [`model`] → run the [`rules`] → [`report`].
//! Files are checked in parallel and the findings sorted, so the output is the
//! same whatever the number of threads.

pub mod check;
pub mod cli;
pub mod config;
pub mod context;
pub mod diagnostic;
pub mod discover;
pub mod editor_schema;
pub mod exit;
pub mod export;
pub mod i18n;
pub mod interactive;
pub mod model;
pub mod normalise;
pub mod output;
pub mod plan_view;
pub mod report;
pub mod rules;
pub mod schema;
pub mod settings;
pub mod source;
pub mod suggest;
pub mod summary;
pub mod suppress;
pub mod template;
pub mod vocabulary;
pub mod yaml;

mod commands;

pub use exit::ExitStatus;

use std::io::{self, IsTerminal, Write};

use cli::{Cli, ColorChoice, Command};
use i18n::Lang;

/// Runs the command line; `main` only turns the status into an exit code.
pub fn run(cli: Cli) -> ExitStatus {
    let lang = Lang::resolve(cli.lang);
    let color = use_color(cli.color);
    let result = match &cli.command {
        Command::Check(args) => commands::check::run(args, cli.config.as_deref(), lang, color),
        // Writing proposals (issue 5).
        Command::New(args) => commands::new::run(args, cli.config.as_deref(), lang),
        Command::Explain(args) => commands::explain::run(&args.code, lang),
        Command::Rules(args) => commands::rules::run(args.format, lang),
        Command::Schema => commands::schema::run(lang),
        Command::Completions(args) => commands::completions::run(args.shell),
        Command::Man => commands::completions::man(),
        Command::Summary(args) => commands::summary::run(args, cli.config.as_deref(), lang),
        Command::Export(args) => commands::export::run(args, cli.config.as_deref(), lang),
    };
    match result {
        Ok(status) => status,
        // A closed pipe (`canevas check | head`) is not an error.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitStatus::Success,
        Err(err) => {
            let message = lang.message(
                "error-io",
                &i18n::Args::new().with("detail", err.to_string()),
            );
            let _ = writeln!(io::stderr(), "canevas: {message}");
            ExitStatus::Failure
        }
    }
}

fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && io::stdout().is_terminal()
        }
    }
}
