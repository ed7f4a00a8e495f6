//! The command line in the person's language: every help text, value, heading
//! and usage error comes from the message files (`cli-…` ids), so `--help`,
//! `canevas man`, the completion scripts and the errors read in French when the
//! language is French. The language is known before parsing: `--lang` read from
//! the raw arguments, then the environment ([`Lang::resolve`]).
//!
//! Message ids: `cli-about`, `cli-arg-ID` for the global options, `cli-CMD-about`,
//! `cli-CMD-arg-ID`, and `cli-CMD-arg-ID-VALUE` for the help of a possible value.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command, CommandFactory};

use crate::cli::Cli;
use crate::i18n::{Args, Lang};

/// The language of the run, from `--lang` among the raw arguments, else the environment.
pub fn lang_of(args: &[OsString]) -> Lang {
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        let value = match word.strip_prefix("--lang") {
            Some("") => words.next().map(|w| w.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_owned),
            None => None,
        };
        if let Some(value) = value {
            return Lang::resolve(Some(Lang::from_locale(&value)));
        }
    }
    Lang::resolve(None)
}

/// `help CMD` and `aide CMD` read as `CMD --help` (clap's own `help`
/// subcommand is turned off: its texts cannot be translated).
pub(super) fn rewrite_help_command(mut args: Vec<OsString>) -> Vec<OsString> {
    let asks_help = args.get(1).is_some_and(|a| a == "help" || a == "aide");
    if asks_help {
        args.remove(1);
        args.push("--help".into());
    }
    args
}

/// The clap command as it parses, with clap's own English texts: enough to
/// read a command line that is right, which prints nothing. Building the texts
/// reads every `cli-…` message (about a fifth of a one-file run), so
/// [`Cli::from_command_line`] localises only when clap has something to print.
pub(super) fn bare_command() -> Command {
    without_clap_texts().arg(help_arg()).arg(version_arg())
}

/// The derived command without clap's own `help` subcommand and flags, whose
/// texts cannot be translated: both commands add their own flags to it.
fn without_clap_texts() -> Command {
    Cli::command()
        .disable_help_subcommand(true)
        .disable_help_flag(true)
        .disable_version_flag(true)
}

/// `--help` and `--version`, the two flags clap would add itself in English.
fn help_arg() -> Arg {
    Arg::new("help")
        .long("help")
        .short('h')
        .action(ArgAction::Help)
        .global(true)
}

fn version_arg() -> Arg {
    Arg::new("version")
        .long("version")
        .short('V')
        .action(ArgAction::Version)
}

/// The clap command with every text in `lang`.
pub fn command(lang: Lang) -> Command {
    let root = localise(without_clap_texts(), "cli", lang);
    let help = help_arg().help(lang.message("cli-arg-help", &Args::new()));
    let version = version_arg().help(lang.message("cli-arg-version", &Args::new()));
    let (help, version) = match lang {
        Lang::Fr => (
            help.help_heading(heading(lang)),
            version.help_heading(heading(lang)),
        ),
        Lang::En => (help, version),
    };
    root.arg(help).arg(version)
}

/// The heading of the options (`Options :` in French, with its narrow space).
fn heading(lang: Lang) -> String {
    lang.message("cli-heading-options", &Args::new())
}

fn localise(mut cmd: Command, prefix: &str, lang: Lang) -> Command {
    let text = |id: &str| lang.has(id).then(|| lang.message(id, &Args::new()));
    if let Some(about) = text(&format!("{prefix}-about")) {
        cmd = cmd.about(about);
    }
    if lang == Lang::Fr {
        cmd = cmd
            .help_template(lang.message("cli-help-template", &Args::new()))
            .subcommand_help_heading(lang.message("cli-heading-commands", &Args::new()))
            .subcommand_value_name(lang.message("cli-value-name-command", &Args::new()));
    }
    let ids: Vec<String> = cmd
        .get_arguments()
        .filter(|a| !(a.is_global_set() && prefix != "cli"))
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let base = format!("{prefix}-arg-{id}");
        cmd = cmd.mut_arg(id.as_str(), |arg| localise_arg(arg, &base, lang));
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let sub_prefix = format!("{prefix}-{name}");
        cmd = cmd.mut_subcommand(name.as_str(), |sub| localise(sub, &sub_prefix, lang));
    }
    cmd
}

fn localise_arg(mut arg: Arg, base: &str, lang: Lang) -> Arg {
    let mut help = if lang.has(base) {
        lang.message(base, &Args::new())
    } else {
        arg.get_help().map(ToString::to_string).unwrap_or_default()
    };
    if lang == Lang::Fr {
        let annotations = french_annotations(&arg, base, lang);
        if !annotations.is_empty() && !help.ends_with('.') {
            help.push('.');
        }
        help.push_str(&annotations);
        let section = if arg.is_positional() {
            lang.message("cli-heading-arguments", &Args::new())
        } else {
            heading(lang)
        };
        if arg.get_action().takes_values() {
            arg = arg.hide_possible_values(true).hide_default_value(true);
        }
        arg = arg.help_heading(section);
        if let Some(name) = arg
            .get_value_names()
            .and_then(|n| n.first())
            .map(ToString::to_string)
        {
            let id = format!("cli-value-name-{}", name.to_lowercase());
            if lang.has(&id) {
                arg = arg.value_name(lang.message(&id, &Args::new()));
            }
        } else if arg.get_action().takes_values() {
            let id = format!("cli-value-name-{}", arg.get_id().as_str().to_lowercase());
            if lang.has(&id) {
                arg = arg.value_name(lang.message(&id, &Args::new()));
            }
        }
    }
    arg.help(help)
}

/// ` Valeurs : a (…), b. Par défaut : a.` for the possible values and default
/// that clap would otherwise print in English.
fn french_annotations(arg: &Arg, base: &str, lang: Lang) -> String {
    let mut out = String::new();
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| {
            let id = format!("{base}-{}", v.get_name());
            match lang.has(&id) {
                true => {
                    let args = Args::new()
                        .with("name", v.get_name())
                        .with("help", lang.message(&id, &Args::new()));
                    lang.message("cli-value-with-help", &args)
                }
                false => v.get_name().to_owned(),
            }
        })
        .collect();
    if !values.is_empty() && arg.get_action().takes_values() {
        // `a : …; b : …` when the values are explained, `a, b` otherwise.
        let explained = values.iter().any(|v| v.contains(' '));
        let separator = match explained {
            true => lang.message("ed-list-separator", &Args::new()),
            false => ", ".to_owned(),
        };
        let args = Args::new().with("values", values.join(&separator));
        out.push(' ');
        out.push_str(&lang.message("cli-possible-values", &args));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && arg.get_action().takes_values() {
        let args = Args::new().with("value", defaults.join(", "));
        out.push(' ');
        out.push_str(&lang.message("cli-default-value", &args));
    }
    out
}

/// The French subcommand names people may type, and the command they mean.
const FRENCH_COMMANDS: &[(&str, &str)] = &[
    ("verifier", "check"),
    ("vérifier", "check"),
    ("controler", "check"),
    ("contrôler", "check"),
    ("nouveau", "new"),
    ("nouvelle", "new"),
    ("creer", "new"),
    ("créer", "new"),
    ("expliquer", "explain"),
    ("regles", "rules"),
    ("règles", "rules"),
    ("schéma", "schema"),
    ("resume", "summary"),
    ("résumé", "summary"),
    ("synthese", "summary"),
    ("synthèse", "summary"),
    ("tableaux", "summary"),
    ("exporter", "export"),
    ("imprimer", "export"),
    ("manuel", "man"),
];

/// A usage error in the person's language: what is wrong, a suggestion when one
/// is close, the usage line, and where to read more.
pub fn render_error(err: &clap::Error, lang: Lang) -> String {
    let subcommand = context(err, ContextKind::InvalidSubcommand);
    let detail = what_went_wrong(err, lang);
    let mut text = lang.message("cli-error", &Args::new().with("detail", detail));
    if let Some(suggestion) = suggestion(err, &subcommand, lang) {
        text.push('\n');
        text.push_str(&suggestion);
    }
    if let Some(ContextValue::StyledStr(usage)) = err.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.trim().trim_start_matches("Usage:").trim();
        text.push_str("\n\n");
        text.push_str(&lang.message("cli-usage", &Args::new().with("usage", usage)));
    }
    text.push_str("\n\n");
    text.push_str(&lang.message("cli-more", &Args::new()));
    text.push('\n');
    text
}

/// A piece of the error's context as text.
fn context(err: &clap::Error, kind: ContextKind) -> String {
    match err.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

/// The sentence that says what is wrong, from the error's kind and context.
fn what_went_wrong(err: &clap::Error, lang: Lang) -> String {
    // `--format <FORMAT>`: the option as the person typed it.
    let invalid_arg = context(err, ContextKind::InvalidArg)
        .split(' ')
        .next()
        .unwrap_or_default()
        .to_owned();
    let invalid_value = context(err, ContextKind::InvalidValue);
    let id = match err.kind() {
        ErrorKind::InvalidSubcommand => "cli-error-subcommand",
        ErrorKind::UnknownArgument => "cli-error-argument",
        ErrorKind::InvalidValue if invalid_value.is_empty() => "cli-error-empty-value",
        ErrorKind::InvalidValue => "cli-error-value",
        ErrorKind::ValueValidation => "cli-error-validation",
        ErrorKind::MissingRequiredArgument => "cli-error-missing",
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            "cli-error-no-subcommand"
        }
        ErrorKind::ArgumentConflict if invalid_arg.is_empty() => {
            // Our own conflicts (report destinations) carry their message, in the run's language.
            let own = err.to_string();
            let first = own.lines().next().unwrap_or_default();
            return first.strip_prefix("error: ").unwrap_or(first).to_owned();
        }
        ErrorKind::ArgumentConflict if context(err, ContextKind::PriorArg) == invalid_arg => {
            "cli-error-twice"
        }
        ErrorKind::ArgumentConflict => "cli-error-conflict",
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues => "cli-error-values",
        _ => "cli-error-other",
    };
    let args = Args::new()
        .with("arg", invalid_arg.as_str())
        .with("value", invalid_value.as_str())
        .with("subcommand", context(err, ContextKind::InvalidSubcommand))
        .with("valid", context(err, ContextKind::ValidValue));
    lang.message(id, &args)
}

/// « Vouliez-vous dire « canevas check » ? » from clap's suggestions or the
/// French command names.
fn suggestion(err: &clap::Error, subcommand: &str, lang: Lang) -> Option<String> {
    let french = FRENCH_COMMANDS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(subcommand))
        .map(|(_, command)| format!("canevas {command}"));
    let suggested = match (
        err.get(ContextKind::SuggestedSubcommand),
        err.get(ContextKind::SuggestedArg),
    ) {
        (Some(ContextValue::String(s)), _) => Some(format!("canevas {s}")),
        (Some(ContextValue::Strings(v)), _) => v.first().map(|s| format!("canevas {s}")),
        (_, Some(ContextValue::String(s))) => Some(s.clone()),
        (_, Some(ContextValue::Strings(v))) => v.first().cloned(),
        _ => None,
    };
    let what = french.or(suggested)?;
    Some(lang.message("cli-suggestion", &Args::new().with("suggestion", what)))
}

/// Prints a parsing outcome: help and version on the standard output (status 0),
/// usage errors on the standard error in the person's language (status 2).
pub fn print_error(err: &clap::Error, lang: Lang) -> crate::ExitStatus {
    use std::io::Write;
    let is_help = matches!(
        err.kind(),
        ErrorKind::DisplayHelp
            | ErrorKind::DisplayVersion
            | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
    );
    if lang == Lang::En || is_help {
        let _ = err.print();
    } else {
        let _ = std::io::stderr().write_all(render_error(err, lang).as_bytes());
    }
    if err.use_stderr() {
        crate::ExitStatus::Failure
    } else {
        crate::ExitStatus::Success
    }
}
