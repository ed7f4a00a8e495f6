//! The command line as the user typed it (clap derive).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;
use crate::plan_view::SortKey;
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
    /// Tables for editors: proposals, axes and coverage of the staff categories
    Summary(SummaryArgs),
    /// The plan as one printable document (HTML or Markdown)
    Export(ExportArgs),
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

// ---- summary and export (editors) ----

#[derive(Debug, Args)]
pub struct SummaryArgs {
    /// Files, folders (walked for .yaml/.yml files) or - for standard input
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// Which tables [default: all; proposals for csv, which holds one table]
    #[arg(long, value_enum)]
    pub view: Option<SummaryView>,

    /// Output format
    #[arg(long, value_enum, default_value_t = SummaryFormat::Table)]
    pub format: SummaryFormat,

    /// Write the tables to this file instead of the standard output (replaced atomically; never one of the inputs)
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Plain ASCII borders and marks for the terminal table
    #[arg(long)]
    pub ascii: bool,

    /// The CSV field separator: ',' (default) or ';' for a French-locale spreadsheet, or 'tab'
    #[arg(long, value_name = "CHAR", default_value = ",", value_parser = parse_delimiter)]
    pub delimiter: u8,

    /// The order of the proposals
    #[arg(long, value_enum, default_value_t = SortKey::Axis)]
    pub sort: SortKey,

    /// Only the proposals with these statuses (comma-separated); axes and coverage follow
    #[arg(long, value_enum, value_delimiter = ',')]
    pub status: Vec<StatusFilter>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SummaryView {
    Proposals,
    Axes,
    Coverage,
    All,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SummaryFormat {
    /// Tables sized to the terminal
    Table,
    Markdown,
    /// RFC 4180, UTF-8 with a byte-order mark; cells never start a formula
    Csv,
    /// One accessible HTML page
    Html,
    /// Described by schemas/summary.schema.json
    Json,
}

/// A proposal status, in English or French.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum StatusFilter {
    #[value(alias = "brouillon")]
    Draft,
    #[value(alias = "soumise")]
    Submitted,
    #[value(alias = "retenue")]
    Adopted,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Files, folders (walked for .yaml/.yml files) or - for standard input
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// Output format
    #[arg(long, value_enum, default_value_t = ExportFormat::Html)]
    pub format: ExportFormat,

    /// Write the document to this file instead of the standard output (replaced atomically; never one of the inputs)
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Leave out the proposals that have errors (by default they are exported and marked)
    #[arg(long)]
    pub only_valid: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// One self-contained page, printable on A4 (no script, no external file)
    Html,
    Markdown,
}

fn parse_delimiter(text: &str) -> Result<u8, String> {
    match text {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        _ => match text.as_bytes() {
            [b] if b.is_ascii_punctuation() || *b == b'\t' => Ok(*b),
            _ => Err("one ASCII punctuation character, such as ';' or ',', or 'tab'".to_owned()),
        },
    }
}
