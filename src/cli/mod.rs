//! The command line as the user typed it (clap derive).

mod localise;
mod value_enums;

pub use localise::{command, lang_of, print_error, render_error};

use std::path::PathBuf;

use clap::error::ErrorKind;
use clap::{ArgMatches, Args, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::editors::plan_view::SortKey;
use crate::i18n::Lang;
use crate::report::Format;
use crate::vocabulary::Status;

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

impl Cli {
    /// Parses the command line with its texts in `lang`, then pairs each
    /// `--output` of `check` with its `--format` (clap's derive sees the two
    /// lists, not their order).
    pub fn from_command_line<I, T>(args: I, lang: Lang) -> Result<Cli, clap::Error>
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        let args: Vec<std::ffi::OsString> = args.into_iter().map(Into::into).collect();
        let args = localise::rewrite_help_command(args);
        // The same parse either way; the localised texts only when clap prints
        // something (help, version, a usage error).
        let matches = match localise::bare_command().try_get_matches_from(&args) {
            Ok(matches) => matches,
            // `canevas 0.1.0` reads the same in every language.
            Err(err) if err.kind() == ErrorKind::DisplayVersion => return Err(err),
            Err(_) => command(lang).try_get_matches_from(args)?,
        };
        let mut cli = Cli::from_arg_matches(&matches)?;
        if let (Command::Check(check), Some(("check", sub))) =
            (&mut cli.command, matches.subcommand())
        {
            check.reports = pair_reports(sub, lang)
                .map_err(|message| command(lang).error(ErrorKind::ArgumentConflict, message))?;
        }
        Ok(cli)
    }
}

/// Where one report of a run goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Destination {
    pub format: Format,
    /// `None`: the standard output.
    pub output: Option<PathBuf>,
}

/// Pairs formats and outputs by their order on the command line: an `--output`
/// belongs to the nearest `--format` before it (to the first format when it
/// comes before all of them, so that `-o r.json --format json` works).
fn pair_reports(matches: &ArgMatches, lang: Lang) -> Result<Vec<Destination>, String> {
    let formats: Vec<(usize, Format)> = indexed(matches, "format");
    let outputs: Vec<(usize, PathBuf)> = indexed(matches, "output");
    let mut reports: Vec<Destination> = if formats.is_empty() {
        vec![Destination {
            format: Format::Human,
            output: None,
        }]
    } else {
        formats
            .iter()
            .map(|&(_, format)| Destination {
                format,
                output: None,
            })
            .collect()
    };
    for (at, path) in outputs {
        let owner = formats.iter().rposition(|(i, _)| *i < at).unwrap_or(0);
        let report = &mut reports[owner];
        if let Some(first) = &report.output {
            let args = crate::i18n::Args::new()
                .with("format", format_name(report.format))
                .with("first", first.display().to_string())
                .with("second", path.display().to_string());
            return Err(lang.message("cli-error-two-outputs", &args));
        }
        report.output = Some(path);
    }
    let to_stdout: Vec<&Destination> = reports.iter().filter(|r| r.output.is_none()).collect();
    if to_stdout.len() > 1 {
        let names: Vec<String> = to_stdout.iter().map(|r| format_name(r.format)).collect();
        let and = format!(" {} ", lang.message("list-and", &crate::i18n::Args::new()));
        let args = crate::i18n::Args::new().with("formats", names.join(&and));
        return Err(lang.message("cli-error-stdout-twice", &args));
    }
    let mut paths: Vec<&PathBuf> = reports.iter().filter_map(|r| r.output.as_ref()).collect();
    paths.sort();
    if let Some(twice) = paths.windows(2).find(|w| w[0] == w[1]) {
        let args = crate::i18n::Args::new().with("path", twice[0].display().to_string());
        return Err(lang.message("cli-error-same-output", &args));
    }
    Ok(reports)
}

/// The values of `id` with their positions on the command line.
fn indexed<T: Clone + Send + Sync + 'static>(matches: &ArgMatches, id: &str) -> Vec<(usize, T)> {
    match (matches.indices_of(id), matches.get_many::<T>(id)) {
        (Some(indices), Some(values)) => indices.zip(values.cloned()).collect(),
        _ => Vec::new(),
    }
}

/// The name the user typed for `format` (`sarif`, `junit`…).
fn format_name(format: Format) -> String {
    format
        .to_possible_value()
        .map_or_else(|| "?".to_owned(), |v| v.get_name().to_owned())
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
    Schema(SchemaArgs),
    /// Print the completion script of a shell
    Completions(CompletionsArgs),
    /// Print the manual page (roff), e.g. `canevas man > canevas.1`
    Man,

    /// Tables for editors: proposals, axes, coverage of the staff categories and working groups
    Summary(SummaryArgs),
    /// The plan as one printable document (HTML, Markdown or PDF)
    Export(ExportArgs),

    /// A language server (LSP, over standard input and output) for editors:
    /// the findings of "check" as you type, help on hover, completion, quick fixes
    Server,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files, folders (walked for .yaml/.yml files) or - for standard input
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,

    /// Output format [default: human]. Repeat it to write several reports in
    /// one run: each --output belongs to the --format before it, and at most
    /// one format goes to the standard output
    #[arg(long, value_enum)]
    pub format: Vec<Format>,

    /// The files form a whole plan: also check the proposals per axis and the themes (PLAN002, PLAN003)
    #[arg(long)]
    pub plan: bool,

    /// Leave out the files named that [files] of canevas.toml excludes, as
    /// when walking a folder (the pre-commit hook passes it)
    #[arg(long)]
    pub force_exclude: bool,

    /// Write the report to this file instead of the standard output (replaced atomically; never one of the inputs)
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Vec<PathBuf>,

    /// Each report to write, paired from --format and --output by `Cli::from_command_line`.
    #[arg(skip)]
    pub reports: Vec<Destination>,

    /// Exit with 1 when there are warnings, not only errors
    #[arg(long)]
    pub deny_warnings: bool,

    /// Print only the closing line with the counts
    #[arg(long, short = 'q')]
    pub quiet: bool,

    /// Print the number of findings per rule code
    #[arg(long)]
    pub statistics: bool,

    /// Apply the safe fixes to the files (a misspelt key, category or value; a
    /// date or an amount written another way; "Oui."), then report what remains
    #[arg(long, conflicts_with = "diff")]
    pub fix: bool,

    /// Print the safe fixes as a unified diff, without writing anything
    #[arg(long)]
    pub diff: bool,
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
pub struct SchemaArgs {
    /// Which file: a proposal, a working group (groupe.yaml) or the support group (appui.yaml)
    #[arg(long, value_enum, default_value_t = SchemaKind::Proposal)]
    pub kind: SchemaKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    #[value(alias = "proposition")]
    Proposal,
    #[value(alias = "groupe")]
    Group,
    #[value(alias = "appui")]
    Support,
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

    /// Write a working group file (name it groupe.yaml or group.yaml) instead of a proposal
    #[arg(long, alias = "groupe", conflicts_with_all = ["interactive", "id"])]
    pub group: bool,
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
    pub status: Vec<Status>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SummaryView {
    Proposals,
    Axes,
    Coverage,
    /// The working groups: composition and the verdicts of GRP001-GRP006
    #[value(alias = "groupes")]
    Groups,
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
    /// The page printed to A4 by Chromium (which must be installed), its contents with page numbers
    Pdf,
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
