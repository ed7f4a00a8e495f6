use super::*;
use crate::i18n::Lang;

fn fixed(text: &str) -> (String, Vec<FixKind>) {
    let source = SourceFile::new("t.yaml".into(), text.to_owned());
    let fixes = find(&source, &Settings::new(Lang::Fr));
    let kinds = fixes.iter().map(|f| f.kind).collect();
    (apply(text, &fixes), kinds)
}

#[test]
fn a_misspelt_key_keeps_its_language_and_its_comment() {
    let (text, kinds) = fixed("problme: x # à revoir\nconditoins_de_succes:\n  - y\n");
    assert_eq!(
        text,
        "problem: x # à revoir\nconditions_de_succes:\n  - y\n"
    );
    assert_eq!(kinds, [FixKind::Key, FixKind::Key]);
}

#[test]
fn a_key_is_not_renamed_to_one_already_there() {
    let (text, kinds) = fixed("problem: a\nproblme: b\n");
    assert_eq!(text, "problem: a\nproblme: b\n");
    assert!(kinds.is_empty());
}

#[test]
fn two_slips_of_one_key_do_not_both_become_it() {
    let (text, kinds) = fixed("problme: a\nproblm: b\n");
    assert_eq!(text, "problem: a\nproblm: b\n");
    assert_eq!(kinds, [FixKind::Key]);
}

#[test]
fn values_inside_a_misspelt_key_are_fixed_too() {
    let (text, _) = fixed("calendrer:\n  debut: 09/2025\n  fin: '2027/06/30'\n");
    assert_eq!(text, "calendrier:\n  debut: 2025-09\n  fin: '2027-06-30'\n");
}

#[test]
fn enum_values_categories_amounts_and_booleans() {
    let text = "pilotage:\n  niveau: academiqe\npublic:\n  categories: [enseignant-2d, Personnels de direction, enseignants-3d]\nmoyens:\n  - nature: budget\n    montant: \"8 000 €\"\n    mobilisable: Oui.\n";
    let (out, kinds) = fixed(text);
    assert_eq!(
        out,
        "pilotage:\n  niveau: academique\npublic:\n  categories: [enseignants-2d, direction, enseignants-3d]\nmoyens:\n  - nature: budget\n    montant: 8000\n    mobilisable: oui\n"
    );
    assert_eq!(kinds.len(), 5);
}

#[test]
fn a_text_that_is_not_yaml_gets_no_fix() {
    let (text, kinds) = fixed("problme: [x\n");
    assert_eq!(text, "problme: [x\n");
    assert!(kinds.is_empty());
}

#[test]
fn crlf_and_a_byte_order_mark_stay() {
    let (text, _) = fixed("\u{feff}problme: x\r\ncalendrier:\r\n  debut: 03/2026\r\n");
    assert_eq!(
        text,
        "\u{feff}problem: x\r\ncalendrier:\r\n  debut: 2026-03\r\n"
    );
}

#[test]
fn a_group_file_is_fixed_with_the_keys_of_a_group() {
    let text = "axe: 1\nbinome:\n  - lieu: ecolle\nmembre:\n  - nom: A\n";
    let source = SourceFile::new("groupe.yaml".into(), text.to_owned());
    let fixes = find(&source, &Settings::new(Lang::Fr));
    assert_eq!(
        apply(text, &fixes),
        "axe: 1\nbinome:\n  - lieu: ecole\nmembres:\n  - nom: A\n"
    );
}

#[test]
fn categories_as_people_name_them_become_their_id() {
    let text = "public:\n  categories: [CPE, ATSS, AESH]\n";
    let (out, kinds) = fixed(text);
    // « ATSS » stands for three categories: not one edit, the finding lists them.
    assert_eq!(out, "public:\n  categories: [education, ATSS, AESH]\n");
    assert_eq!(kinds, [FixKind::Category]);
}
