//! Staff categories as people name them: « CPE », « infirmières », « professeurs
//! des écoles », « personnels de direction », « tous les personnels »… mapped to
//! the ids of the default taxonomy. `COV002` suggests them; `check --fix` may
//! apply the ones that name a single category.

use super::fold;

/// What people write for each default category id (`tous`: every category).
/// Compared regardless of case, accents, plurals, feminine forms, inclusive
/// writing (`infirmier·e·s`) and small words (`de`, `des`, `l'`…).
static ALIASES: &[(&str, &[&str])] = &[
    (
        "tous",
        &[
            "tous",
            "toutes",
            "all",
            "tous les personnels",
            "toutes les catégories",
            "tout le personnel",
            "l'ensemble des personnels",
            "ensemble des personnels",
            "tous personnels",
            "toutes catégories",
            "tous les agents",
            "l'ensemble des agents",
        ],
    ),
    (
        "enseignants-1d",
        &[
            "enseignants du premier degré",
            "enseignants 1d",
            "enseignants 1er degré",
            "1er degré",
            "premier degré",
            "professeurs des écoles",
            "professeur d'école",
            "PE",
            "instituteurs",
            "enseignants du primaire",
            "enseignants premier degré",
            "1d",
            "directeurs d'école",
            "directrices d'école",
        ],
    ),
    (
        "enseignants-2d",
        &[
            "enseignants du second degré",
            "enseignants 2d",
            "enseignants 2nd degré",
            "second degré",
            "2nd degré",
            "2d",
            "professeurs du second degré",
            "PLC",
            "PLP",
            "certifiés",
            "agrégés",
            "professeurs certifiés",
            "professeurs agrégés",
            "professeurs de lycée professionnel",
            "professeurs de collège",
            "professeurs de lycée",
            "enseignants du secondaire",
            "professeurs documentalistes",
            "professeurs de collège et de lycée",
        ],
    ),
    (
        "direction",
        &[
            "personnels de direction",
            "perdir",
            "chefs d'établissement",
            "chefs d'établissement adjoints",
            "proviseurs",
            "proviseurs adjoints",
            "principaux",
            "principaux adjoints",
            "direction",
            "équipes de direction",
        ],
    ),
    (
        "inspection",
        &[
            "personnels d'inspection",
            "inspecteurs",
            "IEN",
            "IA-IPR",
            "IPR",
            "IA IPR",
            "inspecteurs de l'éducation nationale",
            "inspecteurs pédagogiques régionaux",
            "corps d'inspection",
            "inspection",
            "corps d'encadrement pédagogique",
        ],
    ),
    (
        "education",
        &[
            "CPE",
            "conseillers principaux d'éducation",
            "conseiller principal d'éducation",
            "conseillères principales d'éducation",
            "éducation",
        ],
    ),
    (
        "psy-en",
        &[
            "psychologues",
            "PsyEN",
            "psy-EN",
            "psy EN",
            "psychologues de l'éducation nationale",
            "COP",
            "conseillers d'orientation psychologues",
            "psychologues scolaires",
        ],
    ),
    (
        "aed",
        &[
            "AED",
            "assistants d'éducation",
            "surveillants",
            "assistants pédagogiques",
        ],
    ),
    (
        "aesh",
        &[
            "AESH",
            "AVS",
            "accompagnants des élèves en situation de handicap",
            "accompagnants d'élèves en situation de handicap",
            "accompagnants",
        ],
    ),
    (
        "administratifs",
        &[
            "personnels administratifs",
            "administratifs",
            "SAENES",
            "ADJAENES",
            "AAE",
            "attachés",
            "attachés d'administration",
            "secrétaires administratifs",
            "secrétaires",
            "gestionnaires",
            "agents administratifs",
            "adjoints administratifs",
            "administration",
        ],
    ),
    (
        "techniques",
        &[
            "personnels techniques",
            "techniques",
            "ITRF",
            "ATRF",
            "techniciens",
            "agents techniques",
            "ingénieurs",
            "techniciens de laboratoire",
            "personnels techniques (ITRF)",
            "ITRF (personnels techniques)",
        ],
    ),
    (
        "sociaux-sante",
        &[
            "personnels sociaux et de santé",
            "infirmiers",
            "infirmier·e·s",
            "infirmières",
            "infirmier·es",
            "assistants sociaux",
            "assistantes sociales",
            "assistant·e·s social·e·s",
            "assistant·es social·es",
            "médecins",
            "médecins scolaires",
            "médecins de l'éducation nationale",
            "médecins de prévention",
            "personnels sociaux",
            "personnels de santé",
            "personnels médico-sociaux",
            "santé",
            "social",
            "service social",
            "conseillers techniques de service social",
        ],
    ),
];

/// Names that stand for several categories at once.
static GROUPS: &[(&str, &[&str])] = &[
    ("ATSS", &["administratifs", "techniques", "sociaux-sante"]),
    ("BIATSS", &["administratifs", "techniques", "sociaux-sante"]),
    (
        "personnels ATSS",
        &["administratifs", "techniques", "sociaux-sante"],
    ),
    ("enseignants", &["enseignants-1d", "enseignants-2d"]),
    (
        "tous les enseignants",
        &["enseignants-1d", "enseignants-2d"],
    ),
    ("professeurs", &["enseignants-1d", "enseignants-2d"]),
    ("personnels d'encadrement", &["direction", "inspection"]),
    ("personnels sociaux et de santé", &["sociaux-sante"]),
];

/// The one category id (or `tous`) that `text` names, as people say it.
pub fn category_alias(text: &str) -> Option<&'static str> {
    match category_aliases(text) {
        [one] => Some(one),
        _ => None,
    }
}

/// Every category id that `text` names: one for « CPE », three for « ATSS »,
/// none for a name nobody uses.
pub fn category_aliases(text: &str) -> &'static [&'static str] {
    let key = words(text);
    if key.is_empty() {
        return &[];
    }
    if let Some((_, ids)) = GROUPS.iter().find(|(name, _)| words(name) == key) {
        return ids;
    }
    ALIASES
        .iter()
        .find(|(_, names)| names.iter().any(|name| words(name) == key))
        .map_or(&[], |(id, _)| std::slice::from_ref(id))
}

/// The words of a name, reduced so that number, gender, accents, inclusive
/// writing and small words do not matter.
fn words(text: &str) -> Vec<String> {
    let text = text.replace(['·', '•', '.', '(', ')', '\'', '’', ',', '/'], " ");
    let folded = fold(&text);
    folded
        .split('_')
        .filter(|w| !w.is_empty() && !SMALL_WORDS.contains(w))
        .map(stem)
        .filter(|w| !w.is_empty())
        .collect()
}

const SMALL_WORDS: &[&str] = &[
    "le", "la", "les", "l", "de", "des", "du", "d", "et", "en", "au", "aux", "a", "e", "es", "s",
];

/// `principaux` → `principal`, `infirmières` → `infirmier`, `sociales` → `social`.
fn stem(word: &str) -> String {
    let mut w = word.to_owned();
    if let Some(base) = w.strip_suffix("aux") {
        return format!("{base}al");
    }
    if w.len() > 3 && (w.ends_with('s') || w.ends_with('x')) {
        w.pop();
    }
    if w.len() > 3 && w.ends_with('e') {
        w.pop();
    }
    if let Some(base) = w.strip_suffix("ier") {
        return format!("{base}ier");
    }
    if let Some(base) = w.strip_suffix("ièr") {
        return format!("{base}ier");
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_people_use() {
        for (text, id) in [
            ("CPE", "education"),
            ("infirmières", "sociaux-sante"),
            ("Infirmier·e·s", "sociaux-sante"),
            ("assistante sociale", "sociaux-sante"),
            ("médecin", "sociaux-sante"),
            ("professeurs des écoles", "enseignants-1d"),
            ("PE", "enseignants-1d"),
            ("PLC", "enseignants-2d"),
            ("enseignants du second degré", "enseignants-2d"),
            ("IEN", "inspection"),
            ("IA-IPR", "inspection"),
            ("inspecteurs", "inspection"),
            ("ITRF", "techniques"),
            ("AESH", "aesh"),
            ("AED", "aed"),
            ("personnels de direction", "direction"),
            ("principaux", "direction"),
            ("tous les personnels", "tous"),
            ("Psy-EN", "psy-en"),
        ] {
            assert_eq!(category_alias(text), Some(id), "{text}");
        }
    }

    #[test]
    fn groups_name_several_categories() {
        assert_eq!(
            category_aliases("ATSS"),
            ["administratifs", "techniques", "sociaux-sante"]
        );
        assert_eq!(category_alias("ATSS"), None);
        assert_eq!(category_aliases("enseignants").len(), 2);
        assert!(category_aliases("jardiniers").is_empty());
    }
}
