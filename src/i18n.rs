//! Languages and messages. Every user-facing sentence lives in `locales/*/*.ftl`
//! (Project Fluent), never in code: a message is looked up by its id, with its
//! arguments, in the language of the run. `canevas.ftl` holds what `check`
//! and its reports say; `commands.ftl` the command line's help, the
//! interactive mode and the editors' tables ([`COMMAND_PREFIXES`]): Fluent
//! parses a whole file on the first message, and a one-file check then parses
//! two thirds of the text (a fifth of its run went to Fluent).

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The language of the messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Fr,
    En,
}

const FR_SOURCE: &str = include_str!("../locales/fr/canevas.ftl");
const EN_SOURCE: &str = include_str!("../locales/en/canevas.ftl");
const FR_COMMANDS: &str = include_str!("../locales/fr/commands.ftl");
const EN_COMMANDS: &str = include_str!("../locales/en/commands.ftl");

/// The ids of `commands.ftl` begin with one of these, and no id of
/// `canevas.ftl` does (a test checks both).
pub const COMMAND_PREFIXES: &[&str] =
    &["cli-", "ask-", "ed-", "man-", "md-", "new-", "completion-"];

/// Which of the two files holds a message.
fn is_command_message(id: &str) -> bool {
    COMMAND_PREFIXES.iter().any(|prefix| id.starts_with(prefix))
}

impl Lang {
    /// `--lang`, then `CANEVAS_LANG`, then the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`):
    /// French when the first value set starts with `fr`, English otherwise.
    pub fn resolve(explicit: Option<Lang>) -> Lang {
        explicit.unwrap_or_else(|| {
            let var = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
            let chosen = var("CANEVAS_LANG")
                .or_else(|| var("LC_ALL"))
                .or_else(|| var("LC_MESSAGES"))
                .or_else(|| var("LANG"));
            Lang::from_locale(chosen.as_deref().unwrap_or(""))
        })
    }

    pub fn from_locale(locale: &str) -> Lang {
        if locale
            .get(..2)
            .is_some_and(|p| p.eq_ignore_ascii_case("fr"))
        {
            Lang::Fr
        } else {
            Lang::En
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// The bundle that holds message `id`, built on first use: the messages
    /// never refer to one another, so each file is a bundle of its own.
    fn bundle(self, id: &str) -> &'static FluentBundle<FluentResource> {
        static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 4] =
            [const { OnceLock::new() }; 4];
        let (slot, source) = match (self, is_command_message(id)) {
            (Lang::Fr, false) => (0, FR_SOURCE),
            (Lang::Fr, true) => (1, FR_COMMANDS),
            (Lang::En, false) => (2, EN_SOURCE),
            (Lang::En, true) => (3, EN_COMMANDS),
        };
        BUNDLES[slot].get_or_init(|| build_bundle(self.code(), source))
    }

    /// The message `id` with its arguments. A missing id shows itself, so that a
    /// forgotten translation is visible (and caught by the tests) instead of a blank.
    pub fn message(self, id: &str, args: &Args) -> String {
        self.format(id, None, args).unwrap_or_else(|| id.to_owned())
    }

    /// The attribute `attr` (for example `hint`) of message `id`, when it has one.
    pub fn attribute(self, id: &str, attr: &str, args: &Args) -> Option<String> {
        self.format(id, Some(attr), args)
    }

    /// `« a », « b » et « c »` (or `"a", "b" and "c"`): names quoted and joined.
    pub fn list(self, names: &[String]) -> String {
        let quoted: Vec<String> = names
            .iter()
            .map(|n| self.message("quoted", &Args::new().with("text", n.as_str())))
            .collect();
        match quoted.split_last() {
            None => String::new(),
            Some((last, [])) => last.clone(),
            Some((last, rest)) => {
                let and = self.message("list-and", &Args::new());
                format!("{} {and} {last}", rest.join(", "))
            }
        }
    }

    /// Whether the message `id` exists in this language.
    pub fn has(self, id: &str) -> bool {
        self.bundle(id).has_message(id)
    }

    fn format(self, id: &str, attr: Option<&str>, args: &Args) -> Option<String> {
        let bundle = self.bundle(id);
        let message = bundle.get_message(id)?;
        let pattern = match attr {
            None => message.value()?,
            Some(attr) => message.get_attribute(attr)?.value(),
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args.0), &mut errors);
        Some(text.into_owned())
    }
}

fn build_bundle(lang: &str, source: &'static str) -> FluentBundle<FluentResource> {
    // The .ftl files are compiled in and checked by the tests: a syntax error there
    // is a bug of this program, so the parts that parse are still used.
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(res, _)| res);
    let langid = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // No Unicode isolation marks around arguments: they would reach terminals and CI logs.
    bundle.set_use_isolating(false);
    let _ = bundle.add_resource(resource);
    bundle
}

/// The arguments of a message.
#[derive(Default)]
pub struct Args(FluentArgs<'static>);

impl Args {
    pub fn new() -> Self {
        Args::default()
    }

    pub fn with(mut self, name: &'static str, value: impl Into<ArgValue>) -> Self {
        self.0.set(name, value.into().0);
        self
    }
}

/// A message argument: text or a number (numbers choose French or English plurals).
pub struct ArgValue(FluentValue<'static>);

impl From<String> for ArgValue {
    fn from(v: String) -> Self {
        ArgValue(FluentValue::String(Cow::Owned(v)))
    }
}

impl From<&str> for ArgValue {
    fn from(v: &str) -> Self {
        ArgValue(FluentValue::String(Cow::Owned(v.to_owned())))
    }
}

impl From<usize> for ArgValue {
    fn from(v: usize) -> Self {
        ArgValue(FluentValue::from(v))
    }
}

impl From<i64> for ArgValue {
    fn from(v: i64) -> Self {
        ArgValue(FluentValue::from(v))
    }
}

impl From<u32> for ArgValue {
    fn from(v: u32) -> Self {
        ArgValue(FluentValue::from(v))
    }
}

/// Why a file could not be read or written, in the language of the run: the
/// system's own words (English) only for the rare kinds without a message.
pub fn io_reason(err: &std::io::Error, lang: Lang) -> String {
    use std::io::ErrorKind as K;
    let id = match err.kind() {
        K::NotFound => "io-not-found",
        K::PermissionDenied => "io-permission",
        K::IsADirectory => "io-is-directory",
        K::StorageFull | K::QuotaExceeded => "io-storage-full",
        K::ReadOnlyFilesystem => "io-read-only",
        K::AlreadyExists => "io-exists",
        _ => return err.to_string(),
    };
    lang.message(id, &Args::new())
}

/// A message of the tool itself, after its name: `canevas : …` in French.
pub fn tool_says(lang: Lang, message: &str) -> String {
    lang.message("tool-says", &Args::new().with("message", message))
}

/// `text` with its first letter in capitals (a message used as a title).
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The ids of the messages of a language, both files, for the completeness tests.
pub fn message_ids(lang: Lang) -> Vec<String> {
    let sources = match lang {
        Lang::Fr => [FR_SOURCE, FR_COMMANDS],
        Lang::En => [EN_SOURCE, EN_COMMANDS],
    };
    sources.into_iter().flat_map(ids_of).collect()
}

/// The ids of the messages of one `.ftl` source.
fn ids_of(source: &str) -> Vec<String> {
    let resource = FluentResource::try_new(source.to_owned()).unwrap_or_else(|(res, _)| res);
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_detection() {
        assert_eq!(Lang::from_locale("fr_FR.UTF-8"), Lang::Fr);
        assert_eq!(Lang::from_locale("FR"), Lang::Fr);
        assert_eq!(Lang::from_locale("en_US.UTF-8"), Lang::En);
        assert_eq!(Lang::from_locale("C"), Lang::En);
        assert_eq!(Lang::from_locale(""), Lang::En);
    }

    #[test]
    fn both_languages_have_the_same_messages() {
        let mut fr = message_ids(Lang::Fr);
        let mut en = message_ids(Lang::En);
        fr.sort();
        en.sort();
        assert!(!fr.is_empty());
        assert_eq!(fr, en);
    }

    #[test]
    fn ftl_files_parse_without_errors() {
        for source in [FR_SOURCE, EN_SOURCE, FR_COMMANDS, EN_COMMANDS] {
            let parsed = FluentResource::try_new(source.to_owned());
            assert!(
                parsed.is_ok(),
                "{:?}",
                parsed.err().map(|(_, errors)| errors)
            );
        }
    }

    #[test]
    fn each_message_is_in_the_file_its_id_routes_to() {
        for (source, commands) in [
            (FR_SOURCE, false),
            (EN_SOURCE, false),
            (FR_COMMANDS, true),
            (EN_COMMANDS, true),
        ] {
            let ids = ids_of(source);
            assert!(!ids.is_empty());
            for id in ids {
                assert_eq!(is_command_message(&id), commands, "{id}");
            }
        }
        // One bundle per file works only while no message refers to another
        // message or to a term: a placeable holds a variable (`{ $n }`), a
        // text (`{ "" }`), a function (`NUMBER(`) or a selector, never an id.
        for source in [FR_SOURCE, EN_SOURCE, FR_COMMANDS, EN_COMMANDS] {
            for placeable in source.split('{').skip(1) {
                let inner = placeable.trim_start();
                let name: String = inner
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '-')
                    .collect();
                let is_function = inner[name.len()..].starts_with('(');
                let refers = !name.is_empty() && !is_function;
                assert!(!refers, "a message refers to « {name} »");
            }
        }
        assert_eq!(Lang::Fr.message("md-file", &Args::new()), "Fichier");
        assert_eq!(
            Lang::En.message("cli-heading-options", &Args::new()),
            "Options"
        );
    }
}
