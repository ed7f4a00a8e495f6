//! The French verb lexicon: every inflected form of the verbs canevas knows
//! (conjugated, future, participles with their agreement) and the nouns that
//! name their act (« création », « mise »), read from `lexicon/forms.txt`.
//! That table is expanded once from the French Hunspell dictionary
//! (`lexicon/generate.py`, see `lexicon/README.md`): a stemmer would cut
//! « établissement » to « établ » and miss « mis », « ouvert » or « prise ».

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

const FORMS: &str = include_str!("lexicon/forms.txt");

/// How a form relates to its verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Infinitive, present participle, or a conjugated form (« crée », « créera »).
    Verbal,
    /// A past participle (« créé », « mises »), also an adjective: see
    /// `text::wording` for when it states an act.
    Participle,
    /// A noun naming the act (« création », « mise »).
    Noun,
}

/// One reading of a form: which verb, how.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reading {
    /// The verb, an index into [`Lexicon::verb`].
    pub verb: u16,
    pub kind: Kind,
    /// The form is also a common noun or adjective (« forme », « produit »).
    pub homograph: bool,
}

pub struct Lexicon {
    verbs: Vec<&'static str>,
    /// For each verb, what all its forms begin with (« sensibili »).
    common: Vec<&'static str>,
    forms: HashMap<&'static str, Vec<Reading>, BuildHasherDefault<Fnv>>,
    /// « être » and « avoir », the auxiliaries of the past participles.
    auxiliaries: [Option<u16>; 2],
}

/// FNV-1a: the forms are short and trusted, SipHash's protection is not
/// needed and its cost shows on every word of every proposal.
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for byte in bytes {
            hash = (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

impl Lexicon {
    /// The lexicon, parsed on first use.
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| Lexicon::parse(FORMS))
    }

    fn parse(table: &'static str) -> Lexicon {
        let mut lexicon = Lexicon {
            verbs: Vec::new(),
            common: Vec::new(),
            forms: HashMap::with_capacity_and_hasher(6000, BuildHasherDefault::default()),
            auxiliaries: [None; 2],
        };
        for line in table.lines().filter(|l| !l.starts_with('#')) {
            let mut fields = line.split('\t');
            let (Some(verb), Some(kind), Some(forms)) =
                (fields.next(), fields.next(), fields.next())
            else {
                continue;
            };
            let kind = match kind {
                "v" => Kind::Verbal,
                "p" => Kind::Participle,
                _ => Kind::Noun,
            };
            let index = lexicon.verb_index(verb);
            for form in forms.split(' ') {
                let (form, homograph) = match form.strip_suffix('*') {
                    Some(bare) => (bare, true),
                    None => (form, false),
                };
                lexicon.narrow_common(index, form);
                let reading = Reading {
                    verb: index,
                    kind,
                    homograph,
                };
                let readings = lexicon.forms.entry(form).or_default();
                if !readings.contains(&reading) {
                    readings.push(reading);
                }
            }
        }
        lexicon.auxiliaries = [lexicon.infinitive("être"), lexicon.infinitive("avoir")];
        lexicon
    }

    /// Whether the verb is « être » or « avoir ».
    pub fn is_auxiliary(&self, verb: u16) -> bool {
        self.auxiliaries.contains(&Some(verb))
    }

    fn verb_index(&mut self, verb: &'static str) -> u16 {
        match self.verbs.iter().position(|v| *v == verb) {
            Some(i) => i as u16,
            None => {
                self.verbs.push(verb);
                self.common.push(verb);
                (self.verbs.len() - 1) as u16
            }
        }
    }

    fn narrow_common(&mut self, verb: u16, form: &str) {
        let common = &mut self.common[usize::from(verb)];
        let shared = common
            .char_indices()
            .zip(form.chars())
            .find(|((_, a), b)| a != b)
            .map_or(common.len().min(form.len()), |((at, _), _)| at);
        *common = &common[..shared];
    }

    /// What every form of the verb begins with, nouns included (« prom » for
    /// promouvoir: promeut, promu, promotion).
    pub fn common_start(&self, verb: u16) -> &'static str {
        self.common[usize::from(verb)]
    }

    /// The readings of a lower-case word; none when the lexicon does not know it.
    pub fn readings(&self, word: &str) -> &[Reading] {
        self.forms.get(word).map_or(&[], Vec::as_slice)
    }

    /// The index of a verb given by its infinitive.
    pub fn infinitive(&self, word: &str) -> Option<u16> {
        self.verbs.iter().position(|v| *v == word).map(|i| i as u16)
    }

    pub fn verb(&self, index: u16) -> &'static str {
        self.verbs[usize::from(index)]
    }

    /// How many forms it holds (for the documentation of its cost).
    pub fn len(&self) -> usize {
        self.forms.len()
    }

    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(word: &str, verb: &str) -> Vec<Kind> {
        let lexicon = Lexicon::get();
        let index = lexicon.infinitive(verb).unwrap();
        lexicon
            .readings(word)
            .iter()
            .filter(|r| r.verb == index)
            .map(|r| r.kind)
            .collect()
    }

    #[test]
    fn irregular_forms_come_from_the_dictionary() {
        assert_eq!(kinds("créera", "créer"), [Kind::Verbal]);
        assert_eq!(kinds("ouverte", "ouvrir"), [Kind::Participle]);
        assert!(kinds("mis", "mettre").contains(&Kind::Participle));
        assert!(kinds("mise", "mettre").contains(&Kind::Noun));
        assert_eq!(kinds("publication", "publier"), [Kind::Noun]);
        assert_eq!(kinds("étendu", "étendre"), [Kind::Participle]);
        assert!(Lexicon::get().len() > 4000);
    }

    #[test]
    fn every_form_of_a_verb_shares_its_common_start() {
        let lexicon = Lexicon::get();
        let start = |verb| lexicon.common_start(lexicon.infinitive(verb).unwrap());
        assert_eq!(start("sensibiliser"), "sensibilis");
        assert_eq!(start("promouvoir"), "prom");
        assert_eq!(start("réfléchir"), "réfl");
    }

    #[test]
    fn look_alikes_are_not_forms() {
        assert!(Lexicon::get().readings("établissement").is_empty());
        assert!(Lexicon::get().readings("établissements").is_empty());
        let forme = Lexicon::get().readings("forme");
        assert!(forme.iter().all(|r| r.homograph), "{forme:?}");
    }
}
