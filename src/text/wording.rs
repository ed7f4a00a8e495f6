//! Finding the words of a wording list (vague verbs, action verbs, national
//! levers, markers of what exists) in a text, in any inflection.
//!
//! A list item is a verb (« créer »), a phrase headed by a verb (« mettre en
//! place », « disposer de ») or a noun phrase (« point d'indice »). A head the
//! [`Lexicon`] knows matches its forms; any other head (a noun, a verb a plan
//! added) matches by its French stem. Two ways to look:
//! - [`WordList::find_any`]: any form, anywhere (the evidence of vague wording,
//!   of a national object, of an existing provision);
//! - [`WordList::find_acts`]: only where the word states an act: a verbal form,
//!   a past participle (« des ateliers organisés »; for the verbs whose
//!   participle is mostly an adjective, only with an auxiliary or an agent:
//!   « une permanence est ouverte », not « un personnel expérimenté »), or a
//!   noun heading a complement (« création d'un guide ») that is not itself
//!   the complement of a noun (« l'offre de formation »).

use std::borrow::Cow;
use std::cell::OnceCell;

use memchr::memmem::Finder;

use crate::text::lexicon::{Kind, Lexicon, Reading};
use crate::text::words::{stem, words};

/// A word of a text, with what the lexicon knows of it.
#[derive(Debug)]
pub struct Token<'t> {
    /// As written.
    pub text: &'t str,
    /// Its byte offset in the text.
    pub offset: usize,
    lower: Cow<'t, str>,
    /// Its first two letters, packed (see [`prefix`]).
    prefix: u64,
    /// The stem of the word, contractions spelled out (`du` → `de`),
    /// computed when a list item is compared by stem (see [`Token::has_key`]).
    key: OnceCell<String>,
    readings: &'static [Reading],
}

impl Token<'_> {
    fn is(&self, words: &[&str]) -> bool {
        words.contains(&self.lower.as_ref())
    }

    fn is_verb(&self, verb: u16) -> bool {
        self.readings.iter().any(|r| r.verb == verb)
    }

    fn is_adverb(&self) -> bool {
        self.is(ADVERBS)
            || (self.lower.ends_with("ment") && self.lower.len() > 6 && self.readings.is_empty())
    }

    /// A word that may stand between a verb and its object: an article, a
    /// preposition, a number, an adverb, an auxiliary, a word of quantity
    /// (« le montant de »), or one naming the staff (« aux AESH »).
    pub fn is_small(&self) -> bool {
        self.is(DETERMINERS)
            || self.is(SMALL_WORDS)
            || self.is_adverb()
            || self.lower.chars().all(|c| c.is_ascii_digit())
            || self.is_auxiliary()
    }

    /// The comparison key: the stem, contractions spelled out.
    fn key(&self) -> &str {
        self.key.get_or_init(|| match self.lower.as_ref() {
            "d" | "du" | "des" => "de".to_owned(),
            "au" | "aux" => "à".to_owned(),
            word => stem(word),
        })
    }

    /// Whether the word's key is `key`, ruling most words out before they
    /// are stemmed.
    fn has_key(&self, key: &str) -> bool {
        self.may_have(key) && self.key() == key
    }

    /// A past participle and nothing else (« relevé », not « relève »).
    pub fn is_participle(&self) -> bool {
        !self.readings.is_empty() && self.readings.iter().all(|r| r.kind == Kind::Participle)
    }

    /// A verbal form of a lexicon verb other than « être » and « avoir ».
    pub fn is_main_verb(&self) -> bool {
        !self.is_auxiliary() && self.readings.iter().any(|r| r.kind == Kind::Verbal)
    }

    fn is_auxiliary(&self) -> bool {
        let lexicon = Lexicon::get();
        self.readings
            .iter()
            .any(|r| r.kind != Kind::Noun && lexicon.is_auxiliary(r.verb))
    }

    /// `de`, `d'`, `du`, `des`.
    fn is_de(&self) -> bool {
        self.is(&["de", "d", "du", "des"])
    }

    /// Whether the word may have the key `key` (see [`Token::has_key`]): the
    /// French stemmer cuts endings and rewrites at most the last two letters
    /// of what it keeps (« nationaux » → « national »), so a word whose stem
    /// is `key` starts with `key` but for its last two letters.
    fn may_have(&self, key: &str) -> bool {
        if matches!(key, "de" | "à") {
            return true;
        }
        let kept = key.char_indices().rev().nth(1).map_or(0, |(at, _)| at);
        self.lower.starts_with(&key[..kept])
    }
}

/// The words of `text`, for the lists to search.
pub fn tokens(text: &str) -> Vec<Token<'_>> {
    let lexicon = Lexicon::get();
    words(text)
        .map(|word| {
            let lower = if word.chars().any(char::is_uppercase) {
                Cow::Owned(word.to_lowercase())
            } else {
                Cow::Borrowed(word)
            };
            Token {
                text: word,
                offset: word.as_ptr() as usize - text.as_ptr() as usize,
                readings: readings(lexicon, word, &lower),
                prefix: prefix(&lower),
                lower,
                key: OnceCell::new(),
            }
        })
        .collect()
}

/// What the lexicon knows of a word. French often drops the accent of a
/// capital (« Elaboration d'un guide », « Etendre… »): a word that starts
/// with `E` is also looked up as `é`, `è` and `ê`.
fn readings(lexicon: &'static Lexicon, word: &str, lower: &str) -> &'static [Reading] {
    let found = lexicon.readings(lower);
    match word.strip_prefix('E') {
        Some(rest) if found.is_empty() => ["é", "è", "ê"]
            .iter()
            .map(|accent| lexicon.readings(&format!("{accent}{}", rest.to_lowercase())))
            .find(|r| !r.is_empty())
            .unwrap_or(found),
        _ => found,
    }
}

/// Articles, possessives, demonstratives and prepositions: a word after one
/// of them is a noun (« la forme », « sous forme de »), not a verb.
const DETERMINERS: &[&str] = &[
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "à", "sa", "son",
    "ses", "leur", "leurs", "ce", "cet", "cette", "ces", "notre", "nos", "votre", "vos", "chaque",
    "sous", "en", "par", "pour", "avec", "sans", "sur", "dans", "entre", "vers",
];

/// Words that may stand inside a phrase or between an auxiliary and its
/// participle (« disposent déjà de », « sera ensuite publié »).
const ADVERBS: &[&str] = &[
    "ne",
    "n",
    "pas",
    "plus",
    "déjà",
    "bien",
    "aussi",
    "encore",
    "toujours",
    "ensuite",
    "enfin",
    "mieux",
    "davantage",
    "y",
    "leur",
    "lui",
    "se",
    "s",
    "en",
    "été",
];

/// Words of quantity and of the staff, which may stand between a verb and
/// its object (see [`Token::is_small`]).
const SMALL_WORDS: &[&str] = &[
    "montant",
    "montants",
    "taux",
    "niveau",
    "plafond",
    "part",
    "valeur",
    "nombre",
    "bénéfice",
    "champ",
    "accès",
    "barème",
    "tous",
    "toutes",
    "personnels",
    "agents",
    "aesh",
    "aed",
    "contractuels",
    "enseignants",
];

/// Nouns that name the act but, in these set phrases, name something else.
const SET_PHRASES: &[&[&str]] = &[
    &["organisation", "du", "travail"],
    &["organisation", "de", "travail"],
];

/// How a list item starts.
#[derive(Clone, Debug)]
enum Head {
    /// A verb of the lexicon, by its infinitive: any of its forms.
    Verb(u16),
    /// An inflected form of a lexicon verb (« existant »): its verb's forms, or its stem.
    Form(u16, String),
    /// A word the lexicon does not know: by stem.
    Stem(String),
}

#[derive(Clone, Debug)]
struct Phrase {
    label: String,
    head: Head,
    tail: Vec<String>,
    /// What a text that holds the item surely contains, lower-cased, each
    /// with its searcher (SIMD: a third of `PIL003`'s cost was here).
    needles: Vec<Finder<'static>>,
}

/// Where a list item was found: its index in the list, and the words it spans.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    pub item: usize,
    pub start: usize,
    pub end: usize,
}

/// A wording list, ready to search.
#[derive(Clone, Debug, Default)]
pub struct WordList {
    phrases: Vec<Phrase>,
    /// The first letters of the items compared by stem: a word that the
    /// lexicon does not know and that starts otherwise matches no item.
    prefixes: Vec<u64>,
}

impl WordList {
    pub fn new(items: &[String]) -> Self {
        let lexicon = Lexicon::get();
        let phrases = items.iter().filter_map(|item| {
            let tokens = tokens(item);
            let (first, rest) = tokens.split_first()?;
            let head = match (lexicon.infinitive(&first.lower), first.readings.first()) {
                (Some(verb), _) => Head::Verb(verb),
                (None, Some(reading)) => Head::Form(reading.verb, first.key().to_owned()),
                (None, None) => Head::Stem(first.key().to_owned()),
            };
            let tail: Vec<String> = rest.iter().map(|t| t.key().to_owned()).collect();
            let label = item.trim().to_owned();
            let needles = needles(&head, &tail);
            Some(Phrase {
                label,
                head,
                tail,
                needles,
            })
        });
        let phrases: Vec<Phrase> = phrases.collect();
        let prefixes = phrases
            .iter()
            .filter_map(|p| match &p.head {
                Head::Verb(_) => None,
                Head::Form(_, key) | Head::Stem(key) => Some(key),
            })
            .map(|key| match key.chars().nth(1) {
                Some(_) => prefix(key),
                None => ANY_PREFIX,
            })
            .collect();
        WordList { phrases, prefixes }
    }

    /// Whether an item may start at this word.
    fn may_start(&self, token: &Token<'_>) -> bool {
        !token.readings.is_empty()
            || self
                .prefixes
                .iter()
                .any(|p| *p == token.prefix || *p == ANY_PREFIX)
    }

    /// Whether an item may occur in `lower`, a lower-cased text: false only
    /// when, for every item, one of its words surely is not there (see
    /// [`needles`]). A cheap test before splitting the text into words.
    pub fn may_occur(&self, lower: &str) -> bool {
        self.phrases.iter().any(|phrase| {
            phrase
                .needles
                .iter()
                .all(|needle| needle.find(lower.as_bytes()).is_some())
        })
    }

    /// The words of `text` that a find spans, as written.
    pub fn quote<'t>(text: &'t str, tokens: &[Token<'t>], found: Found) -> &'t str {
        let first = &tokens[found.start];
        let last = &tokens[found.end - 1];
        &text[first.offset..last.offset + last.text.len()]
    }

    /// The items found, as the list writes them, once each, in the order of the text.
    pub fn labels(&self, found: impl Iterator<Item = Found>) -> Vec<&str> {
        let mut labels = Vec::new();
        for f in found {
            let label = self.label(f.item);
            if !labels.contains(&label) {
                labels.push(label);
            }
        }
        labels
    }

    /// The item as the list writes it.
    pub fn label(&self, item: usize) -> &str {
        &self.phrases[item].label
    }

    /// Every place where an item occurs, in any form.
    pub fn find_any<'a>(&'a self, tokens: &'a [Token<'_>]) -> impl Iterator<Item = Found> + 'a {
        self.find(tokens, false)
    }

    /// Every place where an item states an act (see the module's documentation).
    pub fn find_acts<'a>(&'a self, tokens: &'a [Token<'_>]) -> impl Iterator<Item = Found> + 'a {
        self.find(tokens, true)
    }

    fn find<'a>(&'a self, tokens: &'a [Token<'_>], acts: bool) -> impl Iterator<Item = Found> + 'a {
        let starts = (0..tokens.len()).filter(|&start| self.may_start(&tokens[start]));
        starts.flat_map(move |start| {
            self.phrases
                .iter()
                .enumerate()
                .filter_map(move |(item, phrase)| {
                    let end = phrase.matches(tokens, start, acts)?;
                    Some(Found { item, start, end })
                })
        })
    }
}

/// What a text that holds an item surely contains: for a verb of the
/// lexicon, what all its forms begin with ([`Lexicon::common_start`], an
/// initial accent left out, since a capital often loses it); for a word
/// compared by stem, see [`stem_needle`]. Needles of fewer than three letters
/// (« de », « en ») rule nothing out and are left out.
fn needles(head: &Head, tail: &[String]) -> Vec<Finder<'static>> {
    let first = match head {
        Head::Verb(verb) => {
            let start = Lexicon::get().common_start(*verb);
            start.strip_prefix(['é', 'è', 'ê']).unwrap_or(start)
        }
        Head::Form(_, key) | Head::Stem(key) => stem_needle(key),
    };
    std::iter::once(first)
        .chain(tail.iter().map(|key| stem_needle(key)))
        .filter(|needle| needle.chars().count() >= 3)
        .map(|needle| Finder::new(needle).into_owned())
        .collect()
}

/// What every word whose stem is `key` contains. The French stemmer keeps
/// the start of a word and rewrites at most its last letters, into an `l`
/// (« nationaux » → « national »), a `t` (« -ence » → « -ent »), an `x`, a
/// `c` (« ç »), « iqu » (« -ic- ») or an unaccented `e` (« complète » →
/// « complet »): a key that ends otherwise is contained whole, another one
/// but for its last two letters.
fn stem_needle(key: &str) -> &str {
    let last_two: String = key.chars().rev().take(2).collect();
    let rewritten =
        key.ends_with(['l', 't', 'x', 'c']) || key.ends_with("iqu") || last_two.contains('e');
    if !rewritten {
        return key;
    }
    let cut = key.char_indices().rev().nth(1).map_or(0, |(at, _)| at);
    &key[..cut]
}

/// A prefix that every word has (an item of one letter).
const ANY_PREFIX: u64 = u64::MAX;

/// The first two letters of a word, packed in an integer to compare at once.
fn prefix(word: &str) -> u64 {
    let mut chars = word.chars().map(|c| u64::from(u32::from(c)));
    (chars.next().unwrap_or(0) << 32) | chars.next().unwrap_or(0)
}

impl Phrase {
    /// The end of the phrase when it starts at `tokens[start]`.
    fn matches(&self, tokens: &[Token<'_>], start: usize, acts: bool) -> Option<usize> {
        let token = &tokens[start];
        let (verb, by_stem) = match &self.head {
            Head::Verb(verb) => (Some(*verb), false),
            Head::Form(verb, key) => (Some(*verb), token.has_key(key)),
            Head::Stem(key) => (None, token.has_key(key)),
        };
        if !by_stem && !verb.is_some_and(|v| token.is_verb(v)) {
            return None;
        }
        let end = self.tail_end(tokens, start + 1)?;
        if !acts || by_stem {
            return Some(end);
        }
        let verb = verb?;
        let has_tail = !self.tail.is_empty();
        token
            .readings
            .iter()
            .filter(|r| r.verb == verb)
            .any(|r| states_act(tokens, start, end, *r, has_tail))
            .then_some(end)
    }

    /// Matches the tail words from `tokens[from]`, adverbs allowed between them.
    fn tail_end(&self, tokens: &[Token<'_>], mut from: usize) -> Option<usize> {
        for wanted in &self.tail {
            while tokens.get(from)?.is_adverb() && !tokens[from].has_key(wanted) {
                from += 1;
            }
            if !tokens[from].has_key(wanted) {
                return None;
            }
            from += 1;
        }
        Some(from)
    }
}

/// Whether the form at `tokens[start..end]`, read as `reading`, states an act.
fn states_act(
    tokens: &[Token<'_>],
    start: usize,
    end: usize,
    reading: Reading,
    tail: bool,
) -> bool {
    let previous = start.checked_sub(1).map(|i| &tokens[i]);
    match reading.kind {
        Kind::Verbal => !(reading.homograph && previous.is_some_and(|p| p.is(DETERMINERS))),
        Kind::Participle => {
            let adjective = ADJECTIVAL.contains(&Lexicon::get().verb(reading.verb));
            let noun = reading.homograph && previous.is_some_and(|p| p.is(DETERMINERS));
            tail || (!adjective && !noun)
                || auxiliary_before(tokens, start)
                || agent_after(tokens, end)
        }
        Kind::Noun => {
            !previous.is_some_and(Token::is_de)
                && heads_complement(tokens, end)
                && !in_set_phrase(tokens, start)
        }
    }
}

/// Verbs whose past participle mostly serves as an adjective that names no
/// act (« un personnel expérimenté », « des personnels formés », « un espace
/// ouvert », « un usage établi »): it states an act only with an auxiliary or
/// an agent. The participles of the other verbs state one wherever they stand
/// (« des rencontres organisées dans chaque bassin »), unless a determiner
/// makes a noun of them (« un produit »).
const ADJECTIVAL: &[&str] = &[
    "expérimenter",
    "former",
    "ouvrir",
    "établir",
    "construire",
    "installer",
];

/// Whether « par » introduces an agent within the next few words (« publié
/// en juin par la DRH »), before any other verb.
fn agent_after(tokens: &[Token<'_>], from: usize) -> bool {
    tokens
        .iter()
        .skip(from)
        .take(4)
        .take_while(|t| t.readings.is_empty())
        .any(|t| t.is(&["par"]))
}

/// Whether a form of « être » or « avoir » comes just before `tokens[at]`,
/// adverbs and pronouns allowed between (« leur sont proposés », « a été mis »).
fn auxiliary_before(tokens: &[Token<'_>], at: usize) -> bool {
    for token in tokens[..at].iter().rev().take(4) {
        if token.is_auxiliary() {
            return true;
        }
        if !token.is_adverb() {
            return false;
        }
    }
    false
}

/// Whether a complement in `de` follows (« création d'un guide », « prise en
/// charge à 50 % des cotisations », « formation continue des personnels »).
fn heads_complement(tokens: &[Token<'_>], from: usize) -> bool {
    for token in tokens.iter().skip(from).take(3) {
        if token.is_de() {
            return true;
        }
        let between = token.is(&["à", "en"]) || token.lower.chars().all(|c| c.is_ascii_digit());
        if !between
            && (token.is(DETERMINERS) || token.is(CONJUNCTIONS) || !token.readings.is_empty())
        {
            return false;
        }
    }
    false
}

const CONJUNCTIONS: &[&str] = &[
    "et", "ou", "mais", "que", "qu", "qui", "dont", "car", "puis",
];

fn in_set_phrase(tokens: &[Token<'_>], start: usize) -> bool {
    SET_PHRASES.iter().any(|phrase| {
        tokens.len() >= start + phrase.len()
            && phrase
                .iter()
                .zip(&tokens[start..])
                .all(|(word, token)| token.lower == *word)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(items: &[&str]) -> WordList {
        WordList::new(&items.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>())
    }

    fn acts(items: &[&str], text: &str) -> bool {
        list(items).find_acts(&tokens(text)).next().is_some()
    }

    fn any(items: &[&str], text: &str) -> bool {
        list(items).find_any(&tokens(text)).next().is_some()
    }

    #[test]
    fn verbal_forms_state_acts() {
        for text in [
            "Nous créons un guide",
            "L'académie créera une cellule",
            "l'académie met en place un réseau",
            "Nous mettrons en place des ateliers",
            "L'académie produit un guide",
        ] {
            assert!(
                acts(&["créer", "mettre en place", "produire"], text),
                "{text}"
            );
        }
    }

    #[test]
    fn participles_need_an_auxiliary_or_an_agent() {
        assert!(acts(&["mettre en place"], "un référent est mis en place"));
        assert!(acts(&["ouvrir"], "une permanence est ouverte"));
        assert!(acts(&["publier"], "un guide sera ensuite publié"));
        assert!(acts(&["proposer"], "des ateliers leur sont proposés"));
        assert!(acts(&["animer"], "des ateliers animés par la psychologue"));
        assert!(!acts(&["expérimenter"], "un personnel expérimenté"));
        assert!(!acts(&["ouvrir"], "un espace ouvert"));
        assert!(acts(&["ouvrir"], "un espace ouvert en juin par la DSDEN"));
        assert!(acts(
            &["organiser"],
            "des rencontres organisées dans chaque bassin"
        ));
    }

    #[test]
    fn nouns_state_acts_when_they_head_a_complement() {
        for text in [
            "création d'un guide",
            "mise en place d'ateliers",
            "formation des gestionnaires",
            "publication du guide",
            "la rédaction d'une fiche",
            "désignation d'un référent",
            "ouverture d'une permanence",
            "formation continue des personnels",
        ] {
            let items = [
                "créer",
                "mettre en place",
                "former",
                "publier",
                "rédiger",
                "désigner",
                "ouvrir",
            ];
            assert!(acts(&items, text), "{text}");
        }
        for text in [
            "l'offre de formation",
            "le plan de formation",
            "une formation",
            "l'organisation du travail",
            "dans chaque établissement",
            "sous forme de fiches",
            "un produit",
        ] {
            let items = ["former", "organiser", "établir", "produire"];
            assert!(!acts(&items, text), "{text}");
        }
    }

    #[test]
    fn a_capital_without_its_accent_is_read() {
        assert!(acts(&["élaborer"], "Elaboration d'un guide"));
        assert!(acts(&["étendre"], "Etendre le dispositif"));
        assert!(!acts(&["élaborer"], "elaboration d'un guide"));
    }

    #[test]
    fn may_occur_rules_out_only_texts_without_the_items() {
        let national = list(&[
            "prime",
            "loi",
            "rémunération",
            "point d'indice",
            "arrêté ministériel",
        ]);
        for text in [
            "les primes",
            "la loi",
            "rémunérer les tuteurs",
            "il rémunère",
            "le point d'indice",
            "les arrêtés ministériels",
        ] {
            assert!(national.may_occur(text), "{text}");
            assert!(national.find_any(&tokens(text)).next().is_some(), "{text}");
        }
        assert!(!national.may_occur("un guide des démarches"));
        let vague = list(&["sensibiliser", "promouvoir", "élaborer"]);
        for text in [
            "la sensibilisation",
            "ils promeuvent",
            "promu",
            "elaboration d'un guide",
        ] {
            assert!(vague.may_occur(text), "{text}");
        }
        assert!(!vague.may_occur("créer un guide"));
    }

    #[test]
    fn any_form_counts_as_evidence() {
        assert!(any(&["sensibiliser"], "une campagne de sensibilisation"));
        assert!(any(&["disposer de"], "ils disposent déjà de l'offre"));
        assert!(any(&["bénéficier de"], "ils bénéficient du parcours"));
        assert!(any(&["avoir accès à"], "ils ont accès aux formations"));
        assert!(any(&["existant"], "les dispositifs existants"));
        assert!(any(&["arrêté ministériel"], "les arrêtés ministériels"));
        assert!(any(&["prime"], "les primes"));
        assert!(!any(&["mettre en place"], "Mettre un guide en place"));
    }
}
