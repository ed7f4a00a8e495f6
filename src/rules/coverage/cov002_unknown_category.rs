//! `COV002`: a category id that the taxonomy does not know, with a suggestion:
//! the id of the category as people name it (`CPE` → `education`), else the
//! closest id; the hint lists the ids with their labels.

use crate::config::Settings;
use crate::context::FileContext;
use crate::i18n::{Args, Lang};
use crate::pipeline::model::Proposal;
use crate::rules::Code;
use crate::text::suggest::closest;
use crate::vocabulary::category_aliases;

use super::{Designates, designates};

crate::declare_rule! {
    Cov002 "COV002" "unknown-category",
    family: Coverage, severity: Error, check: Proposal(check),
}

pub(crate) fn check(proposal: &Proposal, ctx: &mut FileContext<'_>) {
    let settings = ctx.settings;
    let lists = std::iter::once(&proposal.audience.value)
        .chain(proposal.complementary_actions.iter().map(|a| &a.categories));
    for text in lists.flatten() {
        if !matches!(designates(&text.value, settings), Designates::Unknown) {
            continue;
        }
        let args = Args::new().with("category", text.value.as_str());
        let aliases = known_aliases(&text.value, settings);
        if !aliases.is_empty() {
            let named = named_ids(&aliases, settings, ctx.lang());
            let args = args
                .with("suggestion", named)
                .with("ids", aliases.join(", "))
                .with("count", aliases.len());
            ctx.report_as(Code::Cov002, "COV002-alias", Some(text.span), args);
            continue;
        }
        let ids = settings.categories.iter().map(|c| c.id.as_str());
        match closest(&text.value, ids) {
            Some(suggestion) => {
                let args = args.with("suggestion", suggestion);
                ctx.report_as(Code::Cov002, "COV002-suggest", Some(text.span), args);
            }
            None => {
                let ids: Vec<&str> = settings.categories.iter().map(|c| c.id.as_str()).collect();
                let all = named_ids(&ids, settings, ctx.lang());
                ctx.report(Code::Cov002, Some(text.span), args.with("allowed", all));
            }
        }
    }
}

/// The ids that `written` names as people say it, among the configured categories.
fn known_aliases(written: &str, settings: &Settings) -> Vec<&'static str> {
    category_aliases(written)
        .iter()
        .copied()
        .filter(|id| *id == "tous" || settings.categories.iter().any(|c| c.id == *id))
        .collect()
}

/// `education (Conseillers principaux d'éducation), aed (Assistants d'éducation)`.
fn named_ids(ids: &[&str], settings: &Settings, lang: Lang) -> String {
    ids.iter()
        .map(
            |id| match settings.categories.iter().find(|c| c.id == *id) {
                Some(category) => {
                    let args = Args::new()
                        .with("id", *id)
                        .with("label", category.label.as_str());
                    lang.message("category-with-label", &args)
                }
                None => lang.message("category-all", &Args::new().with("id", *id)),
            },
        )
        .collect::<Vec<_>>()
        .join(", ")
}
