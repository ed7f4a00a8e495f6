//! The wording lists (`[wording]` of `canevas.toml`): the verbs and nouns that
//! `CON003`, `PIL003` and `COV004` look for, with the spec's defaults.

use std::sync::OnceLock;

use crate::text::wording::WordList;

pub const DEFAULT_VAGUE_VERBS: &[&str] = &[
    "sensibiliser",
    "favoriser",
    "encourager",
    "promouvoir",
    "réfléchir",
    "renforcer",
    "développer",
    "améliorer",
];

pub const DEFAULT_ACTION_VERBS: &[&str] = &[
    "créer",
    "mettre en place",
    "organiser",
    "former",
    "publier",
    "rédiger",
    "désigner",
    "déployer",
    "expérimenter",
    "construire",
    "animer",
    "recenser",
    "installer",
    "ouvrir",
    "financer",
    "recruter",
    "formaliser",
    "instaurer",
    "établir",
    "élaborer",
    "produire",
    "diffuser",
    "réunir",
    "accompagner",
    "proposer",
];

/// `PIL003`: verbs that change a measure.
pub const DEFAULT_CHANGE_VERBS: &[&str] = &[
    "revaloriser",
    "augmenter",
    "étendre",
    "élargir",
    "ouvrir",
    "généraliser",
    "créer",
    "instaurer",
    "modifier",
    "accorder",
    "prendre en charge",
    "rembourser",
    "relever",
    "doubler",
    "réformer",
];

/// `PIL003`: measures that only the State decides.
pub const DEFAULT_NATIONAL_OBJECTS: &[&str] = &[
    "rémunération",
    "salaire",
    "traitement indiciaire",
    "point d'indice",
    "grille indiciaire",
    "prime",
    "indemnité",
    "cotisation",
    "protection sociale complémentaire",
    "CESU",
    "Pass Éducation",
    "quotient familial",
    "décret",
    "loi",
    "arrêté ministériel",
];

/// `PIL003`: verbs by which the academy relays a national measure.
pub const DEFAULT_RELAY_VERBS: &[&str] = &[
    "informer",
    "faire connaître",
    "relayer",
    "présenter",
    "expliquer",
    "accompagner",
    "aider à",
];

/// `COV004`: words that mark a provision that already exists.
pub const DEFAULT_EXISTING_MARKERS: &[&str] = &[
    "déjà",
    "disposer de",
    "bénéficier de",
    "avoir accès à",
    "relever de",
    "être couvert par",
    "existant",
];

/// The lists as written, and compiled once per run.
#[derive(Clone, Debug)]
pub struct Wording {
    pub vague_verbs: Vec<String>,
    pub action_verbs: Vec<String>,
    pub change_verbs: Vec<String>,
    pub national_objects: Vec<String>,
    pub relay_verbs: Vec<String>,
    pub existing_markers: Vec<String>,
    compiled: OnceLock<WordLists>,
}

/// The lists ready to search a text.
#[derive(Clone, Debug)]
pub struct WordLists {
    pub vague: WordList,
    pub action: WordList,
    pub change: WordList,
    pub national: WordList,
    pub relay: WordList,
    pub existing: WordList,
}

fn owned(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_owned()).collect()
}

impl Default for Wording {
    fn default() -> Self {
        Wording {
            vague_verbs: owned(DEFAULT_VAGUE_VERBS),
            action_verbs: owned(DEFAULT_ACTION_VERBS),
            change_verbs: owned(DEFAULT_CHANGE_VERBS),
            national_objects: owned(DEFAULT_NATIONAL_OBJECTS),
            relay_verbs: owned(DEFAULT_RELAY_VERBS),
            existing_markers: owned(DEFAULT_EXISTING_MARKERS),
            compiled: OnceLock::new(),
        }
    }
}

impl Wording {
    /// The lists, compiled on first use (change a list before that).
    pub fn lists(&self) -> &WordLists {
        self.compiled.get_or_init(|| WordLists {
            vague: WordList::new(&self.vague_verbs),
            action: WordList::new(&self.action_verbs),
            change: WordList::new(&self.change_verbs),
            national: WordList::new(&self.national_objects),
            relay: WordList::new(&self.relay_verbs),
            existing: WordList::new(&self.existing_markers),
        })
    }
}
