//! The commands that help write a proposal: `new` (template and interactive),
//! `schema`, `completions`, `man`, run as a user runs them.

use crate::common;

use std::fs;
use std::path::Path;
use std::process::Output;

use common::{canevas_in, stdout};

fn codes(output: &Output) -> Vec<String> {
    common::concise_findings(&stdout(output))
        .into_iter()
        .map(|(_, _, code)| code)
        .collect()
}

fn check(dir: &Path, file: &str) -> Output {
    canevas_in(dir, &["check", "--format", "concise", file], &[])
}

fn new_template_fails_with_can006_only_then_passes_once_filled(lang: &str, placeholder: &str) {
    let dir = tempfile::tempdir().unwrap();
    let out = canevas_in(dir.path(), &["--lang", lang, "new", "p.yaml"], &[]);
    assert!(out.status.success(), "{out:?}");
    let text = fs::read_to_string(dir.path().join("p.yaml")).unwrap();
    assert!(
        text.starts_with("# yaml-language-server: $schema="),
        "{text}"
    );

    let unfilled = check(dir.path(), "p.yaml");
    assert_eq!(unfilled.status.code(), Some(1));
    let found = codes(&unfilled);
    assert!(found.len() >= 10, "{found:?}");
    assert!(found.iter().all(|c| c == "CAN006"), "{found:?}");

    let filled = text.replace(placeholder, "Livret d'accueil des nouveaux personnels");
    fs::write(dir.path().join("p.yaml"), filled).unwrap();
    let passed = check(dir.path(), "p.yaml");
    assert_eq!(passed.status.code(), Some(0), "{}", stdout(&passed));
    assert!(codes(&passed).is_empty(), "{}", stdout(&passed));
}

#[test]
fn french_template_fails_with_can006_only_then_passes_once_filled() {
    new_template_fails_with_can006_only_then_passes_once_filled("fr", "[À compléter]");
}

#[test]
fn english_template_fails_with_can006_only_then_passes_once_filled() {
    new_template_fails_with_can006_only_then_passes_once_filled("en", "[TODO]");
}

#[test]
fn french_template_has_french_keys_and_english_one_english_keys() {
    let dir = tempfile::tempdir().unwrap();
    let fr = stdout(&canevas_in(dir.path(), &["--lang", "fr", "new"], &[]));
    let en = stdout(&canevas_in(dir.path(), &["--lang", "en", "new"], &[]));
    for key in [
        "problematique:",
        "conditions_de_succes:",
        "calendrier:",
        "pilotage:",
        "moyens:",
    ] {
        assert!(fr.contains(key), "{key}");
    }
    for key in [
        "problem:",
        "success_conditions:",
        "calendar:",
        "piloting:",
        "resources:",
    ] {
        assert!(en.contains(key), "{key}");
    }
    assert!(fr.contains("Précondition 3"));
}

#[test]
fn new_never_replaces_an_existing_file_without_force() {
    for lang in ["fr", "en"] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("mine.yaml");
        let original = b"id: A1-01\r\ntitre: ma proposition \xc3\xa0 moi\n".to_vec();
        fs::write(&path, &original).unwrap();
        let out = canevas_in(dir.path(), &["--lang", lang, "new", "mine.yaml"], &[]);
        assert_eq!(out.status.code(), Some(2));
        assert!(!out.stderr.is_empty());
        assert_eq!(fs::read(&path).unwrap(), original);

        let out = canevas_in(
            dir.path(),
            &["--lang", lang, "new", "--force", "mine.yaml"],
            &[],
        );
        assert!(out.status.success());
        assert_ne!(fs::read(&path).unwrap(), original);
    }
}

#[test]
fn new_proposes_the_next_free_id_of_the_axis() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("axe-2")).unwrap();
    fs::write(dir.path().join("axe-2/a.yaml"), "id: A2-03\naxe: 2\n").unwrap();
    fs::write(dir.path().join("axe-2/b.yaml"), "id: A2-01\naxe: 2\n").unwrap();
    let out = canevas_in(
        dir.path(),
        &["--lang", "fr", "new", "--axis", "2", "axe-2/new.yaml"],
        &[],
    );
    assert!(out.status.success());
    let text = fs::read_to_string(dir.path().join("axe-2/new.yaml")).unwrap();
    assert!(
        text.contains("\nid: A2-04\n") && text.contains("\naxe: 2\n"),
        "{text}"
    );

    let out = canevas_in(dir.path(), &["new", "--id", "A3-07"], &[]);
    let text = stdout(&out);
    assert!(
        text.contains("\nid: A3-07\n") && text.contains("\naxis: 3\n"),
        "{text}"
    );
}

#[test]
fn schema_is_printed_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, key) in [("fr", "problematique"), ("en", "problem")] {
        let out = canevas_in(dir.path(), &["--lang", lang, "schema"], &[]);
        let schema: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
        assert!(schema["properties"][key].is_object(), "{lang}");
        assert!(jsonschema::draft202012::meta::validate(&schema).is_ok());
    }
}

#[test]
fn completions_and_man_page_name_the_subcommands() {
    let dir = tempfile::tempdir().unwrap();
    let bash = stdout(&canevas_in(dir.path(), &["completions", "bash"], &[]));
    for command in ["check", "new", "explain", "rules", "schema"] {
        assert!(bash.contains(command), "{command}");
    }
    assert!(bash.contains("complete -F"));
    let zsh = stdout(&canevas_in(dir.path(), &["completions", "zsh"], &[]));
    assert!(zsh.starts_with("#compdef canevas"));
    let man = stdout(&canevas_in(dir.path(), &["man"], &[]));
    assert!(man.contains(".TH canevas"), "{man}");
    assert!(man.contains("explain"));
}

/// Drives `canevas new --interactive` through a pseudo-terminal as a French
/// user would, with a few wrong answers on the way, and checks the file.
#[test]
#[cfg(unix)]
fn interactive_mode_writes_a_proposal_that_passes() {
    use rexpect::session::spawn_command;

    let dir = tempfile::tempdir().unwrap();
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_canevas"));
    command
        .args([
            "--lang",
            "fr",
            "new",
            "--interactive",
            "--axis",
            "3",
            "p.yaml",
        ])
        .current_dir(dir.path())
        .env("TERM", "xterm")
        .env_remove("NO_COLOR");
    let mut p = spawn_command(command, Some(20_000)).unwrap();
    let mut answer = |prompt: &str, text: &str| {
        if let Err(err) = p.exp_string(&as_read(prompt)) {
            let text = format!("{err:?}");
            let tail: String = text
                .chars()
                .rev()
                .take(1500)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            panic!("waiting for {prompt}: …{tail}");
        }
        p.send(text).unwrap();
        p.send("\r").unwrap();
        p.flush().unwrap();
    };
    answer("Titre court", "Mentorat des enseignants débutants");
    answer("Axe du plan", ""); // --axis 3 is the default choice
    // Tick the first theme (Space), then Enter.
    answer("Thématiques transversales", " ");
    answer("Statut de la proposition", ""); // brouillon
    answer("Groupe de travail", ""); // the axis's usual name is the default
    answer("Problématique", "Trop court.");
    // inquire keeps a refused answer on the line: erase it first.
    answer(
        "au moins 15 mots",
        &format!("{}{PROBLEM}", erase("Trop court.")),
    );
    // A solution made of vague verbs only: warned as `check` would, then rewritten.
    answer("Action-solution", VAGUE_SOLUTION);
    answer("réécrire la solution", "oui");
    answer("Action-solution", SOLUTION);
    answer(
        "Condition de succès n° 1",
        "Des mentors volontaires et formés",
    );
    answer("Condition de succès n° 2", "");
    answer("Début de l'action", "2025-09-01");
    answer("Fin de l'action", "2026-13-01");
    // A month as an end is its last day, as in `check`: the step of
    // 2026-06-15 below is inside the calendar.
    answer("pas une date", &format!("{}2026-06", erase("2026-13-01")));
    answer("Étape n° 1", "Recenser les mentors volontaires");
    answer("Échéance de cette étape", "2025-10-15");
    answer("Livrable de cette étape", "Liste des binômes");
    answer("Étape n° 2", "Dresser le bilan de l'année");
    answer("Échéance de cette étape", "2025-09-20");
    answer(
        "le 2025-10-15 ou après",
        &format!("{}2026-06-15", erase("2025-09-20")),
    );
    answer("Livrable de cette étape", "");
    answer("Étape n° 3", "");
    answer("Niveau de pilotage", "");
    answer("Porteur", "?");
    answer(
        "ne suffisent pas",
        &format!("{}DRH, bureau de la formation", erase("?")),
    );
    answer("Partenaires", "INSPÉ, DSDEN");
    answer("toutes les catégories", "non");
    // Tick the first two categories: Space, Down, Space, then Enter.
    p.exp_string(&as_read("Catégories de personnels visées"))
        .unwrap();
    p.send(" ").unwrap();
    p.send("\x1b[B").unwrap();
    p.send(" ").unwrap();
    p.send("\r").unwrap();
    p.flush().unwrap();
    let mut answer = |prompt: &str, text: &str| {
        p.exp_string(&as_read(prompt)).unwrap();
        p.send(text).unwrap();
        p.send("\r").unwrap();
        p.flush().unwrap();
    };
    answer(
        "Action complémentaire",
        "Tutorat entre pairs dans chaque service",
    );
    answer("Nature du moyen", "");
    answer("Description de ce moyen", "Décharge horaire des mentors");
    answer("réellement être mobilisé", "oui");
    answer("Ajouter un autre moyen", "oui");
    // A budget (the second kind), its amount with a French decimal comma.
    answer("Nature du moyen", "\x1b[B");
    answer("Description de ce moyen", "Guide du mentor imprimé");
    answer("Montant en euros", "8000,50");
    answer("réellement être mobilisé", "oui");
    answer("Ajouter un autre moyen", "non");
    answer("Critère d'évaluation", "Satisfaction des débutants");
    answer("Indicateur", "Part des débutants satisfaits");
    answer("Cible", "80 %");
    answer("Modalité", "Questionnaire en fin d'année");
    answer("Ajouter un autre critère", "n");
    let closing = p.exp_eof().unwrap();
    assert!(closing.contains(&as_read("Relisez-la")), "{closing}");
    assert!(!closing.contains(&as_read("[À compléter]")), "{closing}");

    let text = fs::read_to_string(dir.path().join("p.yaml")).unwrap();
    assert!(
        text.contains("id: \"A3-01\"") && text.contains("axe: 3"),
        "{text}"
    );
    assert!(text.contains("actions_complementaires:"), "{text}");
    assert!(text.contains("fin: 2026-06\n"), "{text}");
    assert!(text.contains("montant: 8000.5\n"), "{text}");
    assert!(
        text.contains("thematiques: [communication-interne]\n"),
        "{text}"
    );
    assert!(text.contains("statut: brouillon\n"), "{text}");
    assert!(
        text.contains("groupe: \"Groupe de travail axe 3\""),
        "{text}"
    );
    // The template's comments, and no line longer than the width.
    assert!(text.contains("\n# Un titre court"), "{text}");
    assert!(text.lines().all(|l| l.chars().count() <= 100), "{text}");
    let out = check(dir.path(), "p.yaml");
    assert_eq!(out.status.code(), Some(0), "{}\n{text}", stdout(&out));
    assert!(codes(&out).is_empty(), "{}\n{text}", stdout(&out));
}

/// Backspaces that erase `text` from the prompt's line.
fn erase(text: &str) -> String {
    "\x7f".repeat(text.chars().count())
}

/// How rexpect reads the terminal: one character per byte.
fn as_read(text: &str) -> String {
    text.bytes().map(char::from).collect()
}

const PROBLEM: &str = "Les enseignants débutants déclarent se sentir seuls face aux \
    difficultés de leur première année, et un sur dix quitte le métier dans les trois ans.";
const VAGUE_SOLUTION: &str = "Sensibiliser les équipes à l'accueil des enseignants débutants et \
    favoriser les échanges entre collègues de chaque école tout au long de l'année scolaire.";
const SOLUTION: &str = "Organiser un mentorat par un collègue expérimenté volontaire pour \
    chaque enseignant débutant, avec une heure de rencontre par quinzaine et un guide du mentor.";

/// `new --group` writes a template that fails with `SCHEMA001` alone while
/// unfilled, and passes once its placeholders are replaced as the comments
/// say; it refuses a name that canevas would read as a proposal.
#[test]
fn new_group_writes_a_template_that_passes_once_filled() {
    for (lang, name) in [("fr", "groupe.yaml"), ("en", "group.yaml")] {
        let dir = tempfile::tempdir().unwrap();
        let out = canevas_in(
            dir.path(),
            &["--lang", lang, "new", "--group", "--axis", "2", name],
            &[],
        );
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        let template = fs::read_to_string(dir.path().join(name)).unwrap();
        let unfilled = check(dir.path(), name);
        assert_eq!(unfilled.status.code(), Some(1));
        assert!(
            codes(&unfilled).iter().all(|c| c == "SCHEMA001"),
            "{}",
            stdout(&unfilled)
        );
        fs::write(dir.path().join(name), fill_group(&template)).unwrap();
        let filled = check(dir.path(), name);
        assert_eq!(filled.status.code(), Some(0), "{}", stdout(&filled));
        assert!(codes(&filled).is_empty(), "{}", stdout(&filled));
    }
    let dir = tempfile::tempdir().unwrap();
    let out = canevas_in(dir.path(), &["new", "--group", "team.yaml"], &[]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("group.yaml"));
    assert!(!dir.path().join("team.yaml").exists());
}

/// The template's placeholders replaced, person by person, as a group
/// would: the pair first (a school, then the rectorat), then seven members.
fn fill_group(template: &str) -> String {
    let persons = [
        ("direction", "college", "25", "f"),
        ("administratifs", "rectorat", "25", "h"),
        ("enseignants-1d", "ecole", "39", "f"),
        ("enseignants-2d", "lycee", "70", "h"),
        ("aesh", "ecole", "90", "f"),
        ("aed", "lycee", "39", "h"),
        ("sociaux-sante", "dsden", "70", "f"),
        ("education", "lycee", "90", "h"),
        ("techniques", "rectorat", "25", "f"),
    ];
    let mut values = persons
        .iter()
        .flat_map(|(c, w, d, g)| [*c, *w, *d, *g])
        .map(str::to_owned);
    template
        .lines()
        .map(|line| match line.find("\"[") {
            Some(at) if !line.trim_start().starts_with('#') => {
                format!("{}{}", &line[..at], values.next().unwrap())
            }
            _ => line.to_owned(),
        })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}
