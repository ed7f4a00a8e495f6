//! `PIL003`: the level is academic, yet a sentence of the solution asks to
//! change a measure that only the State decides (« étendre le Pass Éducation
//! à tous les personnels »). A sentence whose main verb relays the measure
//! (« informer sur la réforme… ») is not one.

use crate::config::wording::WordLists;
use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::{Level, Proposal};
use crate::rules::Code;
use crate::text::sentences::sentences;
use crate::text::wording::{Found, Token, WordList, tokens};
use crate::text::words::with_lowercase;

crate::declare_rule! {
    Pil003 "PIL003" "national-measure",
    family: Piloting, severity: Warning, check: Proposal(check),
}

pub(crate) fn check(proposal: &Proposal, ctx: &mut FileContext<'_>) {
    if proposal.piloting.level != Level::Academic {
        return; // PIL001 says it.
    }
    let lists = ctx.settings.wording.lists();
    let solution = &proposal.solution.value;
    if !with_lowercase(solution, |lower| lists.national.may_occur(lower)) {
        return; // most solutions name no national measure: no need to read their words
    }
    for sentence in sentences(solution) {
        let words = tokens(sentence);
        let Some((verb, object)) = national_demand(&words, lists) else {
            continue;
        };
        if relays_first(&words, &lists.relay, verb.start) {
            continue;
        }
        let args = Args::new()
            .with("verb", WordList::quote(sentence, &words, verb))
            .with("object", WordList::quote(sentence, &words, object))
            .with("sentence", sentence);
        ctx.report(Code::Pil003, Some(proposal.solution.span), args);
    }
}

/// The first change verb whose object is a national measure. A verb that
/// starts a phrase of the existing provisions is not one (« ces personnels
/// relèvent du décret » says where they stand), unless it is a participle
/// (« le point d'indice est relevé de 10 % »).
fn national_demand(words: &[Token<'_>], lists: &WordLists) -> Option<(Found, Found)> {
    let objects: Vec<Found> = lists.national.find_any(words).collect();
    if objects.is_empty() {
        return None;
    }
    let existing: Vec<usize> = lists.existing.find_any(words).map(|f| f.start).collect();
    let states =
        |verb: &Found| !existing.contains(&verb.start) || words[verb.start].is_participle();
    lists
        .change
        .find_acts(words)
        .filter(states)
        .find_map(|verb| {
            objects
                .iter()
                .find(|object| governs(words, verb, **object))
                .map(|object| (verb, *object))
        })
}

/// Whether the object is the verb's own complement: after it with only small
/// words between (« revaloriser les primes », « prise en charge à 50 % des
/// cotisations »; « créer un guide des primes » creates a guide), or before
/// a participle as the subject of a passive, with no other verb between
/// (« les primes des AESH seront revalorisées »).
fn governs(words: &[Token<'_>], verb: Found, object: Found) -> bool {
    if object.start >= verb.end {
        let between = &words[verb.end..object.start];
        between.len() <= 5 && between.iter().all(Token::is_small)
    } else if object.end <= verb.start && words[verb.start].is_participle() {
        let between = &words[object.end..verb.start];
        between.len() <= 6 && !between.iter().any(Token::is_main_verb)
    } else {
        false
    }
}

/// Whether a relaying verb (informer, faire connaître…) comes before the
/// change verb, as a verb or a noun heading a complement (« information des
/// personnels sur… »; not « les personnels d'accompagnement »).
fn relays_first(words: &[Token<'_>], relay: &WordList, change_at: usize) -> bool {
    relay.find_acts(words).any(|found| found.start < change_at)
}
