//! Everything a French-speaking person reads is French: the help of every
//! command, usage errors, the manual page and completions; the language comes
//! from `--lang`, then `CANEVAS_LANG`, then the locale. And every French
//! message of the .ftl file follows French typography.

use std::path::Path;

use canevas::i18n::Lang;

use crate::common::{canevas_in, stdout};

/// Words that only English help and errors hold (the command and option names
/// themselves, `check`, `--format`, are the same in both languages).
const ENGLISH_WORDS: &[&str] = &[
    "Usage",
    "Print ",
    "Options:",
    "Commands:",
    "Arguments:",
    "default:",
    "possible values",
    "error:",
    "unrecognized",
    " the ",
    " for ",
    " with ",
    " and ",
    "Write ",
    "Check ",
    "Files, folders",
    "tip:",
];

fn french(args: &[&str]) -> std::process::Output {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    canevas_in(root, args, &[("LANG", "fr_FR.UTF-8")])
}

fn english_in(text: &str) -> Vec<&'static str> {
    ENGLISH_WORDS
        .iter()
        .copied()
        .filter(|w| text.contains(w))
        .collect()
}

#[test]
fn every_help_is_french() {
    // Every command the command line has, and the command line itself.
    let names: Vec<String> = canevas::cli::command(Lang::Fr)
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect();
    for command in std::iter::once("").chain(names.iter().map(String::as_str)) {
        let mut args: Vec<&str> = command.split_whitespace().collect();
        args.push("--help");
        let out = french(&args);
        assert_eq!(out.status.code(), Some(0), "{command}");
        let text = stdout(&out);
        assert!(text.contains("Utilisation\u{202f}:"), "{command}: {text}");
        assert!(
            english_in(&text).is_empty(),
            "{command}: {:?} in\n{text}",
            english_in(&text)
        );
    }
}

#[test]
fn help_as_a_command_is_the_help_of_the_command() {
    let out = french(&["aide", "check"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("canevas check [OPTIONS]"));
}

#[test]
fn usage_errors_are_french_with_a_suggestion() {
    let cases: &[(&[&str], &str)] = &[
        (&["verifier"], "canevas check"),
        (&["check", "--fromat", "json"], "--format"),
        (&["check", "--format", "xml"], "human, concise"),
        (&["new", "--axis", "5"], "--axis"),
        (
            &["check", "--format", "json", "--format", "sarif"],
            "--output",
        ),
    ];
    for (args, expected) in cases {
        let out = french(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let text = String::from_utf8_lossy(&out.stderr);
        assert!(text.starts_with("erreur\u{202f}:"), "{args:?}: {text}");
        assert!(text.contains(expected), "{args:?}: {text}");
        assert!(english_in(&text).is_empty(), "{args:?}: {text}");
    }
}

#[test]
fn no_command_shows_the_french_help() {
    let out = french(&[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("Utilisation\u{202f}:"));
}

#[test]
fn the_language_is_known_before_parsing() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let help = |args: &[&str], env: &[(&str, &str)]| stdout(&canevas_in(root, args, env));
    assert!(help(&["--lang", "en", "--help"], &[("LANG", "fr_FR.UTF-8")]).contains("Usage"));
    assert!(help(&["--lang=fr", "--help"], &[]).contains("Utilisation"));
    assert!(help(&["check", "--help", "--lang", "fr"], &[]).contains("Utilisation"));
    let env_fr = [("CANEVAS_LANG", "fr"), ("LANG", "en_US.UTF-8")];
    assert!(help(&["--help"], &env_fr).contains("Utilisation"));
    let lc_all = [("LC_ALL", "fr_CA.UTF-8"), ("LANG", "C")];
    assert!(help(&["--help"], &lc_all).contains("Utilisation"));
    assert!(help(&["--help"], &[("LANG", "C")]).contains("Usage"));
}

#[test]
fn manual_and_completions_are_french() {
    let man = stdout(&french(&["man"]));
    assert!(man.contains(".SH NOM"), "{man}");
    assert!(man.contains("Affiche cette aide"));
    assert!(english_in(&man).is_empty(), "{:?}", english_in(&man));
    let fish = stdout(&french(&["completions", "fish"]));
    assert!(fish.contains("Vérifie les fiches de propositions"));
}

/// The French messages of the .ftl files, as written (placeables and
/// selectors included): `(id, text)` for each line of each message.
fn french_lines() -> Vec<(String, String)> {
    let source: String = ["canevas.ftl", "commands.ftl"]
        .iter()
        .map(|file| {
            let path = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("locales/fr")
                .join(file);
            std::fs::read_to_string(path).unwrap()
        })
        .collect();
    let mut id = String::new();
    let mut lines = Vec::new();
    for line in source.lines() {
        if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        let text = match line.split_once(" = ") {
            Some((name, text)) if !line.starts_with(' ') => {
                id = name.to_owned();
                text
            }
            _ => line.trim_start().trim_start_matches(['.', '*']),
        };
        lines.push((id.clone(), text.to_owned()));
    }
    lines
}

/// Typography faults of a French text: a plain or no-break space (U+0020 or
/// U+00A0) before `; : ! ?` or inside « », a missing space there, and
/// « de un », « que il »… where French elides.
fn typography_faults(text: &str) -> Vec<String> {
    // What is inside { } is code (placeables, selectors), not prose.
    let mut prose = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => prose.push(c),
            _ => prose.push('x'),
        }
    }
    let chars: Vec<char> = prose.chars().collect();
    let mut faults = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        let bad_before = matches!(before, Some(' ' | '\u{a0}'));
        match c {
            ';' | '!' | '?' if before != Some('\u{202f}') => {
                faults.push(format!("« {c} » without a narrow space before it"))
            }
            ':' if bad_before => faults.push("« : » after a plain space".to_owned()),
            '«' if after != Some('\u{202f}') => faults.push("« without a narrow space".to_owned()),
            '»' if before != Some('\u{202f}') => {
                faults.push("» without a narrow space".to_owned())
            }
            _ => {}
        }
    }
    let lower = prose.to_lowercase();
    for word in [
        "de", "que", "le", "la", "ne", "se", "je", "lorsque", "puisque",
    ] {
        for vowel in ["a", "e", "é", "è", "i", "o", "u", "un ", "une "] {
            let fault = format!(" {word} {vowel}");
            if lower.contains(&fault) && !lower.contains(&format!("{fault}x")) {
                // a word starting with a vowel after an unelided word
                let at = lower.find(&fault).unwrap() + fault.len();
                let next: String = lower[at - vowel.len()..]
                    .chars()
                    .take_while(|c| c.is_alphabetic())
                    .collect();
                if !ASPIRATED.contains(&next.as_str()) {
                    faults.push(format!("« {} {next} » is not elided", word));
                }
            }
        }
    }
    faults
}

/// Words before which French does not elide.
const ASPIRATED: &[&str] = &["onze", "oui", "ouest"];

#[test]
fn french_messages_follow_french_typography() {
    let mut faults = Vec::new();
    for (id, text) in french_lines() {
        // Code examples inside messages: YAML lines and shell commands.
        if id.starts_with("cli-help-template") {
            continue;
        }
        for fault in typography_faults(&text) {
            faults.push(format!("{id}: {fault}: {text}"));
        }
    }
    assert!(
        faults.is_empty(),
        "{} faults:\n{}",
        faults.len(),
        faults.join("\n")
    );
}

#[test]
fn every_option_and_command_has_its_text_in_both_languages() {
    let mut missing = Vec::new();
    for lang in [Lang::Fr, Lang::En] {
        walk(&canevas::cli::command(lang), "cli", lang, &mut missing);
    }
    assert!(missing.is_empty(), "{missing:?}");
}

fn walk(cmd: &clap::Command, prefix: &str, lang: Lang, missing: &mut Vec<String>) {
    let mut want = vec![format!("{prefix}-about")];
    for arg in cmd.get_arguments() {
        let id = arg.get_id().as_str();
        if (arg.is_global_set() && prefix != "cli") || id == "help" || id == "version" {
            continue;
        }
        want.push(format!("{prefix}-arg-{id}"));
    }
    missing.extend(
        want.into_iter()
            .filter(|id| !lang.has(id))
            .map(|id| format!("{id} ({lang:?})")),
    );
    for sub in cmd.get_subcommands() {
        walk(sub, &format!("{prefix}-{}", sub.get_name()), lang, missing);
    }
}

#[test]
fn the_typography_check_sees_the_faults() {
    assert!(!typography_faults("le fichier : la suite").is_empty());
    assert!(!typography_faults("« texte »").is_empty());
    assert!(!typography_faults("vraiment?").is_empty());
    assert!(!typography_faults("il manque de une rubrique").is_empty());
    assert!(typography_faults("«\u{202f}{ $key }\u{202f}»\u{202f}: la suite\u{202f}!").is_empty());
    assert!(typography_faults("écrivez « { $key }: valeur »").len() == 2);
}

#[test]
fn a_calendar_in_months_reads_d_octobre_a_juin() {
    let dir = tempfile::tempdir().unwrap();
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules/valid-fr.yaml");
    let text = std::fs::read_to_string(source).unwrap();
    let start = text
        .lines()
        .find(|l| l.trim_start().starts_with("debut:"))
        .unwrap();
    let end = text
        .lines()
        .find(|l| l.trim_start().starts_with("fin:"))
        .unwrap();
    let text = text
        .replacen(start, "  debut: 2025-10", 1)
        .replacen(end, "  fin: 2028-06", 1);
    std::fs::write(dir.path().join("p.yaml"), text).unwrap();
    let out = canevas_in(
        dir.path(),
        &["export", "--lang", "fr", "--format", "markdown", "p.yaml"],
        &[],
    );
    let page = stdout(&out);
    assert!(page.contains("D'octobre 2025 à juin 2028"), "{page}");
}

#[test]
fn the_french_template_follows_french_typography() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/proposal.fr.yaml");
    let template = std::fs::read_to_string(path).unwrap();
    let faults: Vec<String> = template
        .lines()
        .filter(|l| l.starts_with('#') && !l.starts_with("# yaml-language-server"))
        .flat_map(|l| {
            typography_faults(l)
                .into_iter()
                .map(move |f| format!("{f}: {l}"))
        })
        .collect();
    assert!(faults.is_empty(), "{}", faults.join("\n"));
}

/// The English help texts of the message file are the doc comments of the
/// command line: a doc comment changed without its messages fails here, so
/// that the French one is updated too.
#[test]
fn english_help_texts_are_the_doc_comments() {
    use clap::CommandFactory;
    let mut stale = Vec::new();
    compare(&canevas::cli::Cli::command(), "cli", &mut stale);
    assert!(stale.is_empty(), "{}", stale.join("\n"));
}

fn compare(cmd: &clap::Command, prefix: &str, stale: &mut Vec<String>) {
    let mut check = |id: String, doc: Option<String>| {
        let Some(doc) = doc else { return };
        if !Lang::En.has(&id) || !Lang::Fr.has(&id) {
            stale.push(format!("{id}: no message for « {doc} »"));
        } else if Lang::En.message(&id, &canevas::i18n::Args::new()) != doc {
            stale.push(format!("{id}: the code says « {doc} »"));
        }
    };
    check(
        format!("{prefix}-about"),
        cmd.get_about().map(|s| s.to_string()),
    );
    for arg in cmd.get_arguments() {
        if arg.is_global_set() && prefix != "cli" {
            continue;
        }
        let base = format!("{prefix}-arg-{}", arg.get_id());
        let help = arg.get_help().map(|s| s.to_string().replace('\n', " "));
        check(base.clone(), help);
        for value in arg.get_possible_values() {
            check(
                format!("{base}-{}", value.get_name()),
                value.get_help().map(|s| s.to_string()),
            );
        }
    }
    for sub in cmd.get_subcommands() {
        compare(sub, &format!("{prefix}-{}", sub.get_name()), stale);
    }
}
