//! The command line as the user typed it (clap derive).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;
use crate::report::Format;

/// Checks action proposals against the canvas of the academic QVT plan.
#[derive(Debug, Parser)]
#[command(name = "canevas", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    /// Language of the messages [default: CANEVAS_LANG, then the locale]
    #[arg(long, global = true, value_enum)]
    pub lang: Option<Lang>,

    /// The configuration file [default: canevas.toml in the current folder or its parents]
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,

    /// When to use colours (NO_COLOR is respected)
    #[arg(long, global = true, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check proposal files and report every problem
    Check(CheckArgs),

    // Writing proposals: templates, explanations, editor help (issue 5).
    /// Write a proposal to fill in (a commented template, or --interactive questions)
    New(NewArgs),
    /// Explain what a rule checks, why, and how to satisfy it
    Explain(ExplainArgs),
    /// Print the table of the rules
    Rules(RulesArgs),
    /// Print the JSON Schema of a proposal (French keys with --lang fr), for editor completion
    Schema,
    /// Print the completion script of a shell
    Completions(CompletionsArgs),
    /// Print the manual page (roff), e.g. `canevas man > canevas.1`
    Man,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files, folders (walked for .yaml/.yml files) or - for standard input
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,

    /// The files form a whole plan: also check the proposals per axis and the themes (PLAN002, PLAN003)
    #[arg(long)]
    pub plan: bool,

    /// Write the report to this file instead of the standard output (replaced atomically; never one of the inputs)
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Exit with 1 when there are warnings, not only errors
    #[arg(long)]
    pub deny_warnings: bool,

    /// Print only the closing line with the counts
    #[arg(long, short = 'q')]
    pub quiet: bool,

    /// Print the number of findings per rule code
    #[arg(long)]
    pub statistics: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The rule code, e.g. CON003 (see `canevas rules`)
    pub code: String,
}

#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Output format
    #[arg(long, value_enum, default_value_t = RulesFormat::Table)]
    pub format: RulesFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    /// Aligned columns for the terminal
    Table,
    /// A Markdown table for documentation
    Markdown,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct NewArgs {
    /// The file to create [default: the standard output]; never replaced without --force
    pub file: Option<PathBuf>,

    /// The plan axis, 1 to 4 [default: the axis of --id, else 1]
    #[arg(long, alias = "axe", value_parser = clap::value_parser!(u8).range(1..=4))]
    pub axis: Option<u8>,

    /// The proposal's id [default: the next free id of the axis in the target folder]
    #[arg(long)]
    pub id: Option<String>,

    /// Replace FILE if it exists
    #[arg(long)]
    pub force: bool,

    /// Ask for each section instead of writing a template to fill in
    #[arg(long, short = 'i')]
    pub interactive: bool,
}
