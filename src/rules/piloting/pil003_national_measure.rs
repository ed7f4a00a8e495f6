//! `PIL003`: the level is academic, yet a sentence of the solution asks to
//! change a measure that only the State decides (« étendre le Pass Éducation
//! à tous les personnels »). A sentence whose main verb relays the measure
//! (« informer sur la réforme… ») is not one.

use crate::context::FileContext;
use crate::i18n::Args;
use crate::pipeline::model::{Level, Proposal};
use crate::rules::Code;
use crate::text::sentences::sentences;
use crate::text::wording::{Found, Token, WordList, tokens};

pub(crate) fn check(proposal: &Proposal, ctx: &mut FileContext<'_>) {
    if proposal.piloting.level != Level::Academic {
        return; // PIL001 says it.
    }
    let lists = ctx.settings.wording.lists();
    for sentence in sentences(&proposal.solution.value) {
        let words = tokens(sentence);
        let Some((verb, object)) = national_demand(&words, &lists.change, &lists.national) else {
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

/// The first change verb whose object is a national measure.
fn national_demand(
    words: &[Token<'_>],
    change: &WordList,
    national: &WordList,
) -> Option<(Found, Found)> {
    let objects: Vec<Found> = national.find_any(words).collect();
    change.find_acts(words).find_map(|verb| {
        objects
            .iter()
            .find(|object| governs(words, verb, **object))
            .map(|object| (verb, *object))
    })
}

/// Whether the object is the verb's own complement, before it (a passive:
/// « les primes seront revalorisées ») or after it (« revaloriser les
/// primes », « prise en charge à 50 % des cotisations »): only small words
/// between them. « créer un guide des primes » creates a guide.
fn governs(words: &[Token<'_>], verb: Found, object: Found) -> bool {
    let between = if object.start >= verb.end {
        &words[verb.end..object.start]
    } else if object.end <= verb.start {
        &words[object.end..verb.start]
    } else {
        return false;
    };
    between.len() <= 5 && between.iter().all(Token::is_small)
}

/// Whether a relaying verb (informer, faire connaître…) comes before the change verb.
fn relays_first(words: &[Token<'_>], relay: &WordList, change_at: usize) -> bool {
    relay.find_any(words).any(|found| found.start < change_at)
}
