//! Precondition 3: every staff category is targeted, or complementary actions
//! are proposed for the others.

pub(crate) mod cov001_categories_uncovered;
pub(crate) mod cov002_unknown_category;
pub(crate) mod cov003_complementary_overlap;
pub(crate) mod cov004_complementary_existing_only;

use std::cell::RefCell;
use std::collections::HashMap;

use crate::config::Settings;
use crate::pipeline::model::Text;
use crate::text::hash::BuildFnv;
use crate::vocabulary::fold;

/// What a written category id designates.
pub(crate) enum Designates<'s> {
    All,
    One(&'s str),
    Unknown,
}

/// Reads a category id regardless of case, accents and `_`/`-`; `all`/`tous` is every one.
pub(crate) fn designates<'s>(written: &str, settings: &'s Settings) -> Designates<'s> {
    with_folded(written, |folded| {
        if folded == "all" || folded == "tous" || folded == "toutes" {
            return Designates::All;
        }
        settings
            .categories
            .iter()
            .find(|c| c.folded == folded)
            .map_or(Designates::Unknown, |c| Designates::One(&c.id))
    })
}

/// Calls `then` with `fold(written)`, folded once per thread: `COV001`,
/// `COV002` and `COV003` each read every category of a proposal, and the
/// same few ids come back in every file. Past `CACHED` texts (a plan writes
/// a few dozen), the others are folded each time.
fn with_folded<R>(written: &str, then: impl FnOnce(&str) -> R) -> R {
    const CACHED: usize = 4096;
    thread_local! {
        static FOLDED: RefCell<HashMap<Box<str>, Box<str>, BuildFnv>> = RefCell::default();
    }
    FOLDED.with_borrow_mut(|cache| {
        if let Some(folded) = cache.get(written) {
            return then(folded);
        }
        let folded = fold(written);
        let answer = then(&folded);
        if cache.len() < CACHED {
            cache.insert(written.into(), folded.into());
        }
        answer
    })
}

/// The category ids a list designates (every id for `all`).
pub(crate) fn designated<'s>(list: &[Text], settings: &'s Settings) -> Vec<&'s str> {
    designated_ids(list.iter().map(|t| t.value.as_str()), settings)
}

/// The category ids written ids designate (every id for `all`): the
/// interactive mode asks this too, with what the user chose.
pub(crate) fn designated_ids<'w, 's>(
    written: impl IntoIterator<Item = &'w str>,
    settings: &'s Settings,
) -> Vec<&'s str> {
    let mut ids = Vec::new();
    for text in written {
        match designates(text, settings) {
            Designates::All => return settings.categories.iter().map(|c| c.id.as_str()).collect(),
            Designates::One(id) => ids.push(id),
            Designates::Unknown => {}
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fold_cache_answers_as_fold() {
        for _ in 0..2 {
            for written in [
                "Enseignants-2D",
                " tous ",
                "AESH",
                "",
                "Sociaux santé",
                "enseignants_2d",
            ] {
                assert_eq!(
                    with_folded(written, str::to_owned),
                    fold(written),
                    "{written:?}"
                );
            }
        }
    }
}
