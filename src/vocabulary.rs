//! The one table of the keys and enum values of every document canevas reads
//! (a proposal, a working group, the support group), in English (canonical)
//! and French. Key normalisation, messages and the schema's key names all read it.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// A key of the proposal format.
#[derive(Debug)]
pub struct Field {
    pub en: &'static str,
    pub fr: &'static str,
    pub kind: Kind,
}

/// What a key holds.
#[derive(Debug)]
pub enum Kind {
    Text,
    Date,
    Integer,
    Number,
    Boolean,
    /// `target`: a text or a number.
    TextOrNumber,
    Enum(&'static [Variant]),
    List(&'static Kind),
    Object(&'static [Field]),
}

/// An enum value, in English (canonical) and French.
#[derive(Debug)]
pub struct Variant {
    pub en: &'static str,
    pub fr: &'static str,
}

impl Field {
    /// The key's name in the language of the file.
    pub fn name(&self, french: bool) -> &'static str {
        if french { self.fr } else { self.en }
    }
}

impl Variant {
    pub fn name(&self, french: bool) -> &'static str {
        if french { self.fr } else { self.en }
    }
}

const fn f(en: &'static str, fr: &'static str, kind: Kind) -> Field {
    Field { en, fr, kind }
}

const fn v(en: &'static str, fr: &'static str) -> Variant {
    Variant { en, fr }
}

/// Declares an enum of the proposal format and its row of the table at once,
/// so that a value is named in one place: the typed model, the schema, the
/// normaliser and the command line all read the same row. The variants are in
/// the table's order; `en` is the canonical value the normaliser writes.
macro_rules! vocabulary_enum {
    ($(#[$doc:meta])* $name:ident, $table:ident {
        $($variant:ident = ($en:literal, $fr:literal)),+ $(,)?
    }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $($variant),+
        }

        /// The values of the enum of the same name, in English and French.
        pub static $table: &[Variant] = &[$(v($en, $fr)),+];

        impl $name {
            /// Every value, in the table's order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// Its row of the table.
            pub fn variant(self) -> &'static Variant {
                &$table[self as usize]
            }

            /// The canonical (English) value: `draft`, `internal-communication`…
            pub fn en(self) -> &'static str {
                self.variant().en
            }

            /// The value whose canonical (English) name is `en`, as the
            /// normaliser leaves it.
            pub fn from_en(en: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|value| value.en() == en)
            }
        }
    };
}

vocabulary_enum!(
    /// A transversal theme of the plan.
    Theme, THEMES {
        InternalCommunication = ("internal-communication", "communication-interne"),
        WorkOrganisation = ("work-organisation", "organisation-du-travail"),
    }
);
vocabulary_enum!(
    /// Where a proposal stands.
    Status, STATUSES {
        Draft = ("draft", "brouillon"),
        Submitted = ("submitted", "soumise"),
        Adopted = ("adopted", "retenue"),
    }
);
vocabulary_enum!(
    /// The level at which an action is piloted.
    Level, LEVELS {
        Academic = ("academic", "academique"),
        Departmental = ("departmental", "departemental"),
        School = ("school", "etablissement"),
        National = ("national", "national"),
    }
);
vocabulary_enum!(
    /// The kind of a resource (means) of a proposal; `support` calls on the
    /// support group (`FEA005`).
    ResourceKind, RESOURCE_KINDS {
        Staff = ("staff", "humain"),
        Budget = ("budget", "budget"),
        Equipment = ("equipment", "materiel"),
        Time = ("time", "temps"),
        Partnership = ("partnership", "partenariat"),
        Support = ("support", "appui"),
    }
);
vocabulary_enum!(
    /// Where a person of a working group works (`GRP001` reads the pair's).
    Workplace, WORKPLACES {
        Ecole = ("ecole", "ecole"),
        College = ("college", "college"),
        Lycee = ("lycee", "lycee"),
        Rectorat = ("rectorat", "rectorat"),
        Dsden = ("dsden", "dsden"),
        Other = ("autre", "autre"),
    }
);
vocabulary_enum!(
    /// A gender as a group file gives it (`f`, `h`): only ever counted, never shown.
    Gender, GENDERS {
        Woman = ("f", "f"),
        Man = ("h", "h"),
    }
);

static CALENDAR: &[Field] = &[f("start", "debut", Kind::Date), f("end", "fin", Kind::Date)];
static STEP: &[Field] = &[
    f("label", "libelle", Kind::Text),
    f("due", "echeance", Kind::Date),
    f("deliverable", "livrable", Kind::Text),
];
static PILOTING: &[Field] = &[
    f("level", "niveau", Kind::Enum(LEVELS)),
    f("lead", "porteur", Kind::Text),
    f("partners", "partenaires", Kind::List(&Kind::Text)),
];
static AUDIENCE: &[Field] = &[f("categories", "categories", Kind::List(&Kind::Text))];
static COMPLEMENTARY: &[Field] = &[
    f("categories", "categories", Kind::List(&Kind::Text)),
    f("action", "action", Kind::Text),
];
static RESOURCE: &[Field] = &[
    f("kind", "nature", Kind::Enum(RESOURCE_KINDS)),
    f("description", "description", Kind::Text),
    f("amount", "montant", Kind::Number),
    f("mobilisable", "mobilisable", Kind::Boolean),
    f("expertise", "expertise", Kind::Text),
];
static EXPERIMENTATION: &[Field] = &[
    f("scope", "perimetre", Kind::Text),
    f("duration_months", "duree_mois", Kind::Integer),
];
static CRITERION: &[Field] = &[
    f("criterion", "critere", Kind::Text),
    f("indicator", "indicateur", Kind::Text),
    f("target", "cible", Kind::TextOrNumber),
    f("method", "modalite", Kind::Text),
];

/// The keys at the root of a proposal, in canvas order.
pub static PROPOSAL: &[Field] = &[
    f("id", "id", Kind::Text),
    f("title", "titre", Kind::Text),
    f("axis", "axe", Kind::Integer),
    f("themes", "thematiques", Kind::List(&Kind::Enum(THEMES))),
    f("status", "statut", Kind::Enum(STATUSES)),
    f("group", "groupe", Kind::Text),
    f("problem", "problematique", Kind::Text),
    f("solution", "solution", Kind::Text),
    f(
        "success_conditions",
        "conditions_de_succes",
        Kind::List(&Kind::Text),
    ),
    f("calendar", "calendrier", Kind::Object(CALENDAR)),
    f("steps", "etapes", Kind::List(&Kind::Object(STEP))),
    f("piloting", "pilotage", Kind::Object(PILOTING)),
    f("audience", "public", Kind::Object(AUDIENCE)),
    f(
        "complementary_actions",
        "actions_complementaires",
        Kind::List(&Kind::Object(COMPLEMENTARY)),
    ),
    f("resources", "moyens", Kind::List(&Kind::Object(RESOURCE))),
    f(
        "experimentation",
        "experimentation",
        Kind::Object(EXPERIMENTATION),
    ),
    f(
        "evaluation",
        "evaluation",
        Kind::List(&Kind::Object(CRITERION)),
    ),
];

/// A person of a working group: the name is optional (initials are enough),
/// the gender too (`GRP003` then reports that parity is not checked).
static PERSON: &[Field] = &[
    f("name", "nom", Kind::Text),
    f("category", "categorie", Kind::Text),
    f("workplace", "lieu", Kind::Enum(WORKPLACES)),
    f("department", "departement", Kind::Text),
    f("gender", "genre", Kind::Enum(GENDERS)),
];

/// The keys of a working group file (`groupe.yaml`).
pub static GROUP: &[Field] = &[
    f("name", "nom", Kind::Text),
    f("axis", "axe", Kind::Integer),
    f("co_leads", "binome", Kind::List(&Kind::Object(PERSON))),
    f("members", "membres", Kind::List(&Kind::Object(PERSON))),
];

/// The keys of the support group file (`appui.yaml`).
pub static SUPPORT_GROUP: &[Field] = &[
    f("name", "nom", Kind::Text),
    f("expertise", "expertise", Kind::List(&Kind::Text)),
];

/// The kinds of document canevas reads; a file's name says which it is
/// (`pipeline::discover::document_of`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Document {
    #[default]
    Proposal,
    /// A working group (`groupe.yaml`, `group.yaml`).
    Group,
    /// The support group (`appui.yaml`).
    SupportGroup,
}

impl Document {
    /// The keys at the root of the document.
    pub fn fields(self) -> &'static [Field] {
        match self {
            Document::Proposal => PROPOSAL,
            Document::Group => GROUP,
            Document::SupportGroup => SUPPORT_GROUP,
        }
    }
}

/// The form in which keys and values are compared: lower case, no accents, and
/// `_`, `-` and spaces all read as one `_` (`Conditions de succès` → `conditions_de_succes`).
pub fn fold(text: &str) -> String {
    fold_borrowed(text).into_owned()
}

/// [`fold`] without a copy when the text is folded already, as most keys are
/// (`conditions_de_succes`, `success_conditions`): the normaliser folds every
/// key of every file.
pub fn fold_borrowed(text: &str) -> Cow<'_, str> {
    let text = text.trim();
    if is_folded_ascii(text) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    if text.is_ascii() {
        // Most keys and values: no accent to strip, no decomposition to pay for.
        push_folded(&mut out, text.chars());
    } else {
        push_folded(&mut out, text.nfd().filter(|c| !is_combining_mark(*c)));
    }
    Cow::Owned(out)
}

/// Whether `fold` would leave `text` as it is: ASCII, no capital, no `-`, space or
/// tab, and `_` only alone between two other characters.
fn is_folded_ascii(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut previous = b'_'; // so that a leading `_` is refused
    for &b in bytes {
        let changed_by_fold = !b.is_ascii()
            || b.is_ascii_uppercase()
            || matches!(b, b'-' | b' ' | b'\t')
            || (b == b'_' && previous == b'_');
        if changed_by_fold {
            return false;
        }
        previous = b;
    }
    previous != b'_'
}

fn push_folded(out: &mut String, chars: impl Iterator<Item = char>) {
    let mut pending_separator = false;
    for c in chars {
        if matches!(c, '_' | '-' | ' ' | '\t') {
            pending_separator = !out.is_empty();
            continue;
        }
        if pending_separator {
            out.push('_');
            pending_separator = false;
        }
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
}

/// The field whose English or French name folds to `folded` (the names of the
/// table are written folded already: a test checks it).
pub fn find_field<'a>(fields: &'a [Field], folded: &str) -> Option<&'a Field> {
    fields
        .iter()
        .find(|field| field.en == folded || field.fr == folded)
}

/// The variant whose English or French name folds to `folded`.
pub fn find_variant<'a>(variants: &'a [Variant], folded: &str) -> Option<&'a Variant> {
    variants
        .iter()
        .find(|v| folds_to(v.en, folded) || folds_to(v.fr, folded))
}

/// Whether a name of the table (lower-case ASCII, `-` or `_` between words)
/// folds to `folded`, without allocating.
pub fn folds_to(name: &str, folded: &str) -> bool {
    name.len() == folded.len()
        && name
            .bytes()
            .zip(folded.bytes())
            .all(|(a, b)| a == b || (a == b'-' && b == b'_'))
}

/// The field at a path of keys (list indices are skipped by the caller), from
/// the root of a proposal.
pub fn field_at<'a>(path: impl IntoIterator<Item = &'a str>) -> Option<&'static Field> {
    field_in(Document::Proposal, path)
}

/// The field at a path of keys from the root of a document.
pub fn field_in<'a>(
    document: Document,
    path: impl IntoIterator<Item = &'a str>,
) -> Option<&'static Field> {
    let mut fields = document.fields();
    let mut found = None;
    for key in path {
        let field = fields.iter().find(|f| f.en == key)?;
        found = Some(field);
        fields = match unwrap_list(&field.kind) {
            Kind::Object(inner) => inner,
            _ => &[],
        };
    }
    found
}

/// The fields of the object that a field holds (through lists), if it holds
/// one; the document's root fields for no field.
pub fn object_fields(document: Document, field: Option<&Field>) -> &'static [Field] {
    match field.map(|f| unwrap_list(&f.kind)) {
        None => document.fields(),
        Some(Kind::Object(inner)) => inner,
        Some(_) => &[],
    }
}

pub fn unwrap_list(kind: &Kind) -> &Kind {
    match kind {
        Kind::List(inner) => unwrap_list(inner),
        other => other,
    }
}

/// The fields that hold dates, for messages about dates that do not exist.
pub fn date_fields() -> impl Iterator<Item = &'static Field> {
    CALENDAR
        .iter()
        .chain(STEP.iter().filter(|f| matches!(f.kind, Kind::Date)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_enum_value_is_its_row_of_the_table() {
        assert_eq!(Status::ALL.len(), STATUSES.len());
        assert_eq!(Level::from_en("departmental"), Some(Level::Departmental));
        assert_eq!(Level::Departmental.variant().fr, "departemental");
        assert_eq!(ResourceKind::from_en("budget"), Some(ResourceKind::Budget));
        assert_eq!(Theme::WorkOrganisation.en(), "work-organisation");
        // The model reads canonical values only: the normaliser turns French ones into them.
        assert_eq!(Status::from_en("brouillon"), None);
        for kind in ResourceKind::ALL {
            assert_eq!(ResourceKind::from_en(kind.en()), Some(*kind));
        }
    }

    #[test]
    fn already_folded_text_is_kept_as_the_slow_path_would_fold_it() {
        for text in [
            "a_b", "_a", "a__b", "b_", "ab-c", "x y", "x\ty", "A", "id.2", "a'b",
        ] {
            let mut slow = String::new();
            push_folded(&mut slow, text.chars());
            assert_eq!(fold(text), slow, "{text:?}");
        }
    }

    #[test]
    fn folding_ignores_case_accents_and_separators() {
        assert_eq!(fold("Problématique"), "problematique");
        assert_eq!(fold("conditions de succès"), "conditions_de_succes");
        assert_eq!(fold(" Conditions-De_Succes "), "conditions_de_succes");
        assert_eq!(fold("Académique"), "academique");
    }

    #[test]
    fn every_key_is_found_in_both_languages() {
        fn walk(fields: &[Field]) {
            for field in fields {
                assert_eq!(find_field(fields, &fold(field.en)).unwrap().en, field.en);
                assert_eq!(find_field(fields, &fold(field.fr)).unwrap().en, field.en);
                if let Kind::Object(inner) = unwrap_list(&field.kind) {
                    walk(inner);
                }
            }
        }
        walk(PROPOSAL);
        walk(GROUP);
        walk(SUPPORT_GROUP);
    }

    #[test]
    fn key_names_are_written_folded() {
        fn walk(fields: &[Field]) {
            for field in fields {
                assert_eq!(fold(field.en), field.en);
                assert_eq!(fold(field.fr), field.fr);
                if let Kind::Object(inner) = unwrap_list(&field.kind) {
                    walk(inner);
                }
            }
        }
        walk(PROPOSAL);
        walk(GROUP);
        walk(SUPPORT_GROUP);
    }

    #[test]
    fn field_at_follows_lists() {
        assert_eq!(field_at(["steps", "due"]).unwrap().fr, "echeance");
        assert!(field_at(["steps", "nope"]).is_none());
    }
}

/// Staff categories as people name them (`CPE`, `infirmières`, `ATSS`…).
pub mod categories;
pub use categories::{category_alias, category_aliases};
