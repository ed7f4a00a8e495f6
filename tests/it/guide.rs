//! docs/guide.md shows twelve messages as the terminal prints them: each is
//! printed again here, from the same slip in the example proposal A1-01, and
//! must be what the guide shows.

use std::fs;
use std::path::Path;

use crate::common::{canevas_in, stdout};

const PROPOSAL: &str = "axe-1/A1-01-parcours-accueil.yaml";

/// How the example proposal is changed for each message of the guide, in order.
enum Edit {
    /// Line `n` (1-based) becomes the text.
    Line(usize, &'static str),
    /// The first occurrence of a text becomes another.
    Text(&'static str, &'static str),
    /// A root section (its key and the lines under it) becomes the text.
    Section(&'static str, &'static str),
}

const EDITS: [Edit; 12] = [
    Edit::Line(
        15,
        "\tposte, sans interlocuteur identifié, sans accès aux outils numériques et sans",
    ),
    Edit::Line(3, "titre: Parcours d'accueil : les nouveaux personnels"),
    Edit::Line(
        33,
        "  - Livret : il est mis à jour chaque année par les services qui y figurent.",
    ),
    Edit::Line(
        33,
        "  Le livret est mis à jour chaque année par les services qui y figurent.",
    ),
    Edit::Line(
        15,
        "poste, sans interlocuteur identifié, sans accès aux outils numériques et sans",
    ),
    Edit::Line(
        32,
        "  - \"L'interlocuteur d'accueil\" dispose d'un temps identifié la première semaine.",
    ),
    Edit::Text("cible: \"80 %\"", "cible: > 80 %"),
    Edit::Section("pilotage", ""),
    Edit::Line(11, "problmatique: >"),
    Edit::Text(
        "    modalite: Questionnaire en ligne envoyé en décembre aux nouveaux arrivants",
        "    modalite: \"[À compléter]\"",
    ),
    Edit::Section(
        "solution",
        "solution: >\n  Sensibiliser les nouveaux personnels à la culture de l'académie et favoriser\n  leur intégration dans les équipes, en encourageant les échanges entre collègues.\n\n",
    ),
    Edit::Text(
        "    - tous",
        "    - enseignants-1d\n    - enseignants-2d\n    - CPE",
    ),
];

fn apply(text: &str, edit: &Edit) -> String {
    match edit {
        Edit::Line(n, line) => {
            let mut lines: Vec<&str> = text.split('\n').collect();
            lines[n - 1] = line;
            lines.join("\n")
        }
        Edit::Text(from, to) => text.replacen(from, to, 1),
        Edit::Section(key, by) => {
            let start = text.find(&format!("\n{key}:")).unwrap() + 1;
            let end = text[start..]
                .match_indices('\n')
                .map(|(i, _)| start + i + 1)
                .find(|&i| text[i..].starts_with(|c: char| c.is_ascii_lowercase()))
                .unwrap_or(text.len());
            format!("{}{by}{}", &text[..start], &text[end..])
        }
    }
}

/// The terminal transcripts of the guide: the lines after `$ canevas check …`.
fn transcripts(guide: &str) -> Vec<String> {
    guide
        .split("```text\n$ canevas check axe-1/A1-01-parcours-accueil.yaml\n")
        .skip(1)
        .map(|block| block.split("\n```").next().unwrap().to_owned())
        .collect()
}

#[test]
fn the_guide_shows_what_the_terminal_prints() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let guide = fs::read_to_string(root.join("docs/guide.md")).unwrap();
    let base = fs::read_to_string(root.join("examples/plan-qvt").join(PROPOSAL)).unwrap();
    let shown = transcripts(&guide);
    assert_eq!(shown.len(), EDITS.len());
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("axe-1")).unwrap();
    for (edit, shown) in EDITS.iter().zip(&shown) {
        fs::write(dir.path().join(PROPOSAL), apply(&base, edit)).unwrap();
        let env = [
            ("LANG", "fr_FR.UTF-8"),
            ("COLUMNS", "80"),
            ("NO_COLOR", "1"),
        ];
        let printed = stdout(&canevas_in(dir.path(), &["check", PROPOSAL], &env));
        // A transcript may start at the finding it is about (the last ones).
        assert!(
            printed.trim_end().ends_with(shown.as_str()),
            "the guide shows:\n{shown}\nthe terminal prints:\n{printed}"
        );
    }
}
