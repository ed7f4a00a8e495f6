//! The French verb lexicon: every inflected form of the verbs canevas knows
//! (conjugated, future, participles with their agreement) and the nouns that
//! name their act (« création », « mise »), from `lexicon/forms.txt`, which
//! `build.rs` compiles into static tables.
//! That table is expanded once from the French Hunspell dictionary
//! (`lexicon/generate.py`, see `lexicon/README.md`): a stemmer would cut
//! « établissement » to « établ » and miss « mis », « ouvert » or « prise ».

use std::sync::OnceLock;

mod hash;

#[cfg(test)]
mod table;

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

/// The lexicon's tables, compiled from `forms.txt` by `build.rs`: `VERBS`,
/// `FORMS`, `READINGS`, `SLOTS` (an index of `FORMS` by [`hash::fnv`]) and
/// `TEXT`, which holds every string the others give as a byte range. Nothing
/// is read at run time: the first file checked pays no more than the others.
mod compiled {
    use super::{Kind, Reading};

    pub(super) struct Verb {
        pub(super) name: (u32, u32),
        /// The length of what all its forms begin with.
        pub(super) common: usize,
    }

    pub(super) struct Form {
        pub(super) text: (u32, u32),
        /// Its readings, a range of `READINGS`.
        pub(super) readings: (u16, u16),
    }

    include!(concat!(env!("OUT_DIR"), "/lexicon.rs"));

    /// The string at `range` of `TEXT`.
    pub(super) fn text((start, end): (u32, u32)) -> &'static str {
        &TEXT[start as usize..end as usize]
    }
}

/// A slot of `compiled::SLOTS` that holds no form.
const EMPTY: u16 = u16::MAX;

pub struct Lexicon {
    /// « être » and « avoir », the auxiliaries of the past participles.
    auxiliaries: [Option<u16>; 2],
}

impl Lexicon {
    /// The lexicon.
    pub fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(|| Lexicon {
            auxiliaries: [infinitive("être"), infinitive("avoir")],
        })
    }

    /// Whether the verb is « être » or « avoir ».
    pub fn is_auxiliary(&self, verb: u16) -> bool {
        self.auxiliaries.contains(&Some(verb))
    }

    /// What every form of the verb begins with, nouns included (« prom » for
    /// promouvoir: promeut, promu, promotion).
    pub fn common_start(&self, verb: u16) -> &'static str {
        let verb = &compiled::VERBS[usize::from(verb)];
        &compiled::text(verb.name)[..verb.common]
    }

    /// The readings of a lower-case word; none when the lexicon does not know it.
    pub fn readings(&self, word: &str) -> &'static [Reading] {
        let mask = compiled::SLOTS.len() - 1;
        let mut slot = hash::fnv(word.as_bytes()) as usize & mask;
        loop {
            let index = compiled::SLOTS[slot];
            if index == EMPTY {
                return &[];
            }
            let form = &compiled::FORMS[usize::from(index)];
            if compiled::text(form.text) == word {
                let (start, end) = form.readings;
                return &compiled::READINGS[usize::from(start)..usize::from(end)];
            }
            slot = (slot + 1) & mask;
        }
    }

    /// The index of a verb given by its infinitive.
    pub fn infinitive(&self, word: &str) -> Option<u16> {
        infinitive(word)
    }

    pub fn verb(&self, index: u16) -> &'static str {
        compiled::text(compiled::VERBS[usize::from(index)].name)
    }

    /// How many forms it holds (for the documentation of its cost).
    pub fn len(&self) -> usize {
        compiled::FORMS.len()
    }

    pub fn is_empty(&self) -> bool {
        compiled::FORMS.is_empty()
    }
}

fn infinitive(word: &str) -> Option<u16> {
    compiled::VERBS
        .iter()
        .position(|verb| compiled::text(verb.name) == word)
        .map(|i| i as u16)
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

    /// The tables `build.rs` compiled hold what parsing `forms.txt` gives:
    /// every form with its readings in order, every verb with its common
    /// start, and nothing more.
    #[test]
    fn the_compiled_tables_are_the_parsed_file() {
        let parsed = table::parse(include_str!("lexicon/forms.txt"));
        let lexicon = Lexicon::get();
        assert_eq!(lexicon.len(), parsed.forms.len());
        for (form, readings) in &parsed.forms {
            let compiled: Vec<_> = lexicon
                .readings(form)
                .iter()
                .map(|r| (r.verb, format!("{:?}", r.kind), r.homograph))
                .collect();
            let expected: Vec<_> = readings
                .iter()
                .map(|r| (r.verb, r.kind.to_owned(), r.homograph))
                .collect();
            assert_eq!(compiled, expected, "{form}");
        }
        for (index, (verb, common)) in parsed.verbs.iter().zip(&parsed.common).enumerate() {
            let index = index as u16;
            assert_eq!(lexicon.verb(index), *verb);
            assert_eq!(lexicon.infinitive(verb), Some(index));
            assert_eq!(lexicon.common_start(index), *common);
        }
        assert_eq!(compiled::VERBS.len(), parsed.verbs.len());
        assert!(lexicon.is_auxiliary(lexicon.infinitive("être").unwrap()));
        assert!(lexicon.readings("").is_empty());
    }

    #[test]
    fn look_alikes_are_not_forms() {
        assert!(Lexicon::get().readings("établissement").is_empty());
        assert!(Lexicon::get().readings("établissements").is_empty());
        let forme = Lexicon::get().readings("forme");
        assert!(forme.iter().all(|r| r.homograph), "{forme:?}");
    }
}
