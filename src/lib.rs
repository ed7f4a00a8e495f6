//! `canevas` checks action-proposal files against the canvas of an academic plan
//! for the quality of working life (QVT).
//!
//! The modules are listed in the order data flows through them. Below the
//! pipeline: [`exit`] codes, [`i18n`] messages, [`text`] helpers, the
//! [`vocabulary`] of keys and values, the one [`diagnostic`] type, the
//! [`config`]uration. Then the [`pipeline`] itself: discover the files → read
//! them → parse the YAML with spans → normalise the keys (English/French, case,
//! accents, separators) → validate against the JSON schema → build the typed
//! model → run the [`rules`] → [`report`] in one of seven formats. Beside the
//! report, what editors read ([`editors`]: summary tables, the printable plan)
//! and what helps people write ([`writing`]: template, interactive mode, editor
//! schema). At the top, the [`cli`] and the commands that wire it all.
//! Files are checked in parallel and the findings sorted, so the output is the
//! same whatever the number of threads.

pub mod cli;
pub mod config;
pub mod context;
pub mod diagnostic;
pub mod editors;
pub mod exit;
pub mod i18n;
pub mod pipeline;
pub mod report;
pub mod rules;
pub mod server;
pub mod text;
pub mod vocabulary;
pub mod writing;

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
        Command::Schema(args) => commands::schema::run(args.kind, lang),
        Command::Completions(args) => commands::completions::run(args.shell, lang),
        Command::Man => commands::completions::man(lang),
        Command::Summary(args) => commands::summary::run(args, cli.config.as_deref(), lang),
        Command::Export(args) => commands::export::run(args, cli.config.as_deref(), lang),
        // The client's locale decides unless --lang is given.
        Command::Server => commands::server::run(cli.lang, lang),
    };
    match result {
        Ok(status) => status,
        // A closed pipe (`canevas explain CODE | head`) is not an error;
        // `check` keeps its verdict itself.
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => ExitStatus::Success,
        Err(err) => {
            let message = lang.message(
                "error-io",
                &i18n::Args::new().with("detail", i18n::io_reason(&err, lang)),
            );
            let _ = writeln!(io::stderr(), "{}", i18n::tool_says(lang, &message));
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
