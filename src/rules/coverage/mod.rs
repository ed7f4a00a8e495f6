//! Precondition 3: every staff category is targeted, or complementary actions
//! are proposed for the others.

pub(crate) mod cov001_categories_uncovered;
pub(crate) mod cov002_unknown_category;
pub(crate) mod cov003_complementary_overlap;
pub(crate) mod cov004_complementary_existing_only;

use std::borrow::Cow;

use crate::config::Settings;
use crate::pipeline::model::Text;
use crate::vocabulary::fold;

/// What a written category id designates.
pub(crate) enum Designates<'s> {
    All,
    One(&'s str),
    Unknown,
}

/// Reads a category id regardless of case, accents and `_`/`-`; `all`/`tous` is every one.
pub(crate) fn designates<'s>(written: &str, settings: &'s Settings) -> Designates<'s> {
    // Most lists write the ids as the taxonomy does: their folded form is known.
    let folded = match settings.categories.iter().find(|c| c.id == written) {
        Some(category) => Cow::Borrowed(category.folded.as_str()),
        None => Cow::Owned(fold(written)),
    };
    if folded == "all" || folded == "tous" || folded == "toutes" {
        return Designates::All;
    }
    settings
        .categories
        .iter()
        .find(|c| c.folded == folded)
        .map_or(Designates::Unknown, |c| Designates::One(&c.id))
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
