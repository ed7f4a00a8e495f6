use super::lines::{self, Lines};

#[test]
fn lines_end_at_every_line_ending() {
    let lines = Lines::new("a: 1\r\nb: 2\rc: 3\n");
    assert_eq!(lines.len(), 4);
    assert_eq!(lines.get(3).unwrap().key(), Some("c"));
}

#[test]
fn key_value_and_columns() {
    let lines = Lines::new("  - libelle: Étape 1\n");
    let line = lines.get(1).unwrap();
    assert_eq!(line.key(), Some("libelle"));
    assert_eq!(line.key_column(), Some(4));
    assert_eq!(line.key_colon_column(), Some(12));
    assert_eq!(line.value(), Some("Étape 1"));
    assert_eq!(line.value_column(), Some(14));
    assert_eq!(line.with_value("\"x\""), "  - libelle: \"x\"");
}

#[test]
fn quoting_keeps_the_text() {
    assert_eq!(lines::double_quoted("a \"b\" \\"), "\"a \\\"b\\\" \\\\\"");
    assert_eq!(lines::plain_or_quoted("Accueil"), "Accueil");
    assert_eq!(lines::plain_or_quoted("Accueil : x"), "\"Accueil : x\"");
    assert_eq!(
        lines::guillemets("\"Les parrains\" sont là", '"'),
        "«\u{202f}Les parrains\u{202f}» sont là"
    );
}

#[test]
fn key_names_in_both_languages() {
    assert!(lines::is_key_name("titre"));
    assert!(lines::is_key_name("échéance"));
    assert!(lines::is_key_name("deliverable"));
    assert!(!lines::is_key_name("Parrainage"));
}

#[test]
fn only_a_hash_glued_to_a_word_after_a_space_is_worth_a_look() {
    use super::has_hash_after_space;
    assert!(has_hash_after_space(b"titre: Atelier #QVT\n"));
    assert!(has_hash_after_space("titre: a\t#\u{a0}b".as_bytes()));
    assert!(!has_hash_after_space(b"titre: Atelier # commentaire\n"));
    assert!(!has_hash_after_space(b"# canevas: allow CON003\n#x\n"));
    assert!(!has_hash_after_space(b"id: A1#2\ntitre: fin #"));
}
