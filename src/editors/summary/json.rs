//! `--format json`: the views as one document, described by
//! `schemas/summary.schema.json`. Stable English values (`met`, `not-met`…);
//! the titles of the axes in the language of the run.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::{Views, axis_title};
use crate::editors::group_view::GroupsView;
use crate::editors::plan_view::{
    ASPECTS, AxisView, CoverageRow, PlanView, ProposalView, Reach, Verdict,
};
use crate::i18n::Lang;
use crate::pipeline::model::{Status, Theme};

pub const SUMMARY_VERSION: u32 = 1;

pub fn write(
    view: &PlanView<'_>,
    views: Views,
    groups: Option<&GroupsView<'_>>,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut document = json!({
        "version": SUMMARY_VERSION,
        "tool": { "name": "canevas", "version": env!("CARGO_PKG_VERSION") },
        "language": lang.code(),
    });
    if views.proposals {
        document["proposals"] = view.proposals.iter().map(proposal).collect();
    }
    if views.axes {
        document["axes"] = view.axes().iter().map(|a| axis(a, lang)).collect();
    }
    if views.coverage {
        document["coverage"] = view.coverage().iter().map(coverage).collect();
    }
    if let (true, Some(groups)) = (views.groups, groups) {
        document["groups"] = super::groups::json(groups);
    }
    serde_json::to_writer_pretty(&mut *out, &document)?;
    writeln!(out)
}

fn proposal(p: &ProposalView<'_>) -> Value {
    let mut verdicts = serde_json::Map::new();
    for (family, verdict) in ASPECTS.iter().zip(&p.verdicts) {
        verdicts.insert(family.id().to_owned(), verdict_json(verdict));
    }
    json!({
        "file": p.path.display().to_string(),
        "id": p.id,
        "axis": p.axis(),
        "title": (!p.title().is_empty()).then(|| p.title()),
        "status": p.status().map(status_id),
        "verdicts": verdicts,
        "errors": p.counts.errors,
        "warnings": p.counts.warnings,
    })
}

/// `{"verdict": "warning", "codes": ["CAN005"]}`: also the groups' verdicts.
pub(super) fn verdict_json(verdict: &Verdict) -> Value {
    let (name, codes): (&str, &[_]) = match verdict {
        Verdict::Met => ("met", &[]),
        Verdict::Warning(codes) => ("warning", codes),
        Verdict::NotMet(codes) => ("not-met", codes),
        Verdict::NotAssessed => ("not-assessed", &[]),
    };
    json!({
        "verdict": name,
        "codes": codes.iter().map(|c| c.as_str()).collect::<Vec<_>>(),
    })
}

pub fn status_id(status: Status) -> &'static str {
    status.en()
}

pub fn theme_id(theme: Theme) -> &'static str {
    theme.en()
}

fn axis(a: &AxisView, lang: Lang) -> Value {
    json!({
        "axis": a.axis,
        "title": axis_title(a.axis, lang),
        "proposals": a.proposals,
        "band": { "min": a.band.0, "max": a.band.1 },
        "in_band": a.in_band(),
        "statuses": { "draft": a.drafts, "submitted": a.submitted, "adopted": a.adopted },
        "themes": a.themes.iter().map(|t| theme_id(*t)).collect::<Vec<_>>(),
        "with_errors": a.with_errors,
    })
}

fn coverage(row: &CoverageRow<'_>) -> Value {
    let cells: Vec<_> = crate::editors::plan_view::AXES
        .iter()
        .zip(&row.cells)
        .map(|(axis, reach)| {
            let (name, count) = match reach {
                Reach::Targeted(n) => ("targeted", *n),
                Reach::Complementary(n) => ("complementary", *n),
                Reach::Nothing => ("nothing", 0),
            };
            json!({ "axis": axis, "reach": name, "proposals": count })
        })
        .collect();
    json!({ "category": row.category.id, "label": row.category.label, "axes": cells })
}
