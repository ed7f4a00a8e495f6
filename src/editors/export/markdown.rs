//! The plan as one Markdown document: the same structure as the HTML export,
//! the charts replaced by their tables. Text from proposals is escaped as in
//! table cells ([`cell`]): no HTML, link, mention or heading can come alive.

use std::io::{self, Write};

use super::{Document, axes_present, paragraphs};
use crate::editors::plan_view::{PlanView, ProposalView};
use crate::editors::summary::markdown::write_table;
use crate::editors::summary::{self, Marks, Views, status_name, verdict_text};
use crate::i18n::Args;
use crate::pipeline::model::Proposal;
use crate::report::markdown::cell;

pub fn write(view: &PlanView<'_>, doc: &Document<'_>, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "# {}\n", cell(&doc.title))?;
    for line in doc.cover_lines(view.proposals.len()) {
        writeln!(out, "{}\n", cell(&line))?;
    }
    writeln!(out, "{}\n", cell(&doc.date_line()))?;
    toc(view, doc, out)?;
    writeln!(out, "## {}\n", cell(&doc.t("ed-export-overview")))?;
    let views = Views {
        proposals: false,
        axes: true,
        coverage: true,
        groups: false,
    };
    for sheet in summary::sheets(view, views, Marks::Words, doc.lang) {
        writeln!(out, "### {}\n", cell(&sheet.title))?;
        write_table(&sheet, out)?;
        writeln!(out)?;
    }
    if let Some(groups) = doc.groups {
        super::governance::write_markdown(groups, doc, out)?;
    }
    for axis in axes_present(view) {
        writeln!(out, "## {}\n", cell(&doc.axis_heading(axis)))?;
        for p in view.of_axis(axis) {
            proposal(p, doc, out)?;
        }
    }
    let unreadable: Vec<_> = view.unreadable().collect();
    if !unreadable.is_empty() {
        writeln!(out, "## {}\n", cell(&doc.t("ed-export-unreadable")))?;
        writeln!(out, "{}\n", cell(&doc.t("ed-unreadable-note")))?;
        for p in unreadable {
            writeln!(out, "### {}\n", cell(&p.path.display().to_string()))?;
            findings(p, doc, out)?;
        }
    }
    Ok(())
}

fn toc(view: &PlanView<'_>, doc: &Document<'_>, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "## {}\n", cell(&doc.t("ed-export-toc")))?;
    for axis in axes_present(view) {
        writeln!(out, "- {}", cell(&doc.axis_heading(axis)))?;
        for p in view.of_axis(axis) {
            writeln!(out, "  - {} — {}", cell(&p.id), cell(p.title()))?;
        }
    }
    writeln!(out)
}

fn proposal(p: &ProposalView<'_>, doc: &Document<'_>, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "### {} — {}\n", cell(&p.id), cell(p.title()))?;
    let Some(proposal) = p.proposal else {
        // A broken file in its axis: what canevas found, nothing else to show.
        writeln!(out, "*{}*\n", cell(&doc.badge(p)))?;
        writeln!(out, "{}\n", cell(&doc.t("ed-broken-note")))?;
        return findings(p, doc, out);
    };
    let status = doc.fact(
        "ed-col-status",
        &status_name(Some(proposal.status), doc.lang),
    );
    writeln!(out, "*{} · {}*\n", cell(&status), cell(&doc.badge(p)))?;
    let verdicts: Vec<_> = [
        "ed-col-canvas",
        "ed-col-piloting",
        "ed-col-concreteness",
        "ed-col-coverage",
        "ed-col-feasibility",
    ]
    .iter()
    .zip(&p.verdicts)
    .map(|(h, v)| cell(&doc.fact(h, &verdict_text(v, Marks::Words, doc.lang))))
    .collect();
    writeln!(out, "*{}*\n", verdicts.join(" · "))?;
    part(doc, "ed-part-problem", out)?;
    text(&proposal.problem.value, out)?;
    part(doc, "ed-part-solution", out)?;
    text(&proposal.solution.value, out)?;
    part(doc, "ed-part-success", out)?;
    for condition in &proposal.success_conditions {
        writeln!(out, "- {}", cell(&condition.value))?;
    }
    writeln!(out)?;
    calendar(proposal, doc, out)?;
    rest(proposal, doc, out)?;
    findings(p, doc, out)
}

fn part(doc: &Document<'_>, id: &str, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "#### {}\n", cell(&doc.t(id)))
}

fn text(value: &str, out: &mut dyn Write) -> io::Result<()> {
    for paragraph in paragraphs(value) {
        writeln!(out, "{}\n", cell(&paragraph))?;
    }
    Ok(())
}

fn calendar(proposal: &Proposal, doc: &Document<'_>, out: &mut dyn Write) -> io::Result<()> {
    part(doc, "ed-part-calendar", out)?;
    writeln!(out, "{}\n", cell(&doc.calendar_range(&proposal.calendar)))?;
    for step in proposal.steps.iter().flat_map(|s| &s.value) {
        let when = doc.step_due(step);
        write!(out, "1. **{}** — {}", cell(&when), cell(&step.label.value))?;
        if let Some(deliverable) = doc.step_deliverable(step) {
            write!(out, " ({})", cell(&deliverable))?;
        }
        writeln!(out)?;
    }
    writeln!(out)
}

/// Piloting, audience, resources and evaluation.
fn rest(proposal: &Proposal, doc: &Document<'_>, out: &mut dyn Write) -> io::Result<()> {
    part(doc, "ed-part-piloting", out)?;
    let piloting = &proposal.piloting;
    writeln!(
        out,
        "- {}",
        cell(&doc.fact("ed-label-level", &doc.level(piloting.level)))
    )?;
    if let Some(lead) = &piloting.lead {
        writeln!(out, "- {}", cell(&doc.fact("ed-label-lead", &lead.value)))?;
    }
    if !piloting.partners.is_empty() {
        let partners: Vec<_> = piloting.partners.iter().map(|p| p.value.as_str()).collect();
        writeln!(
            out,
            "- {}",
            cell(&doc.fact(
                "ed-label-partners",
                &partners.join(&doc.t("ed-list-separator"))
            ))
        )?;
    }
    writeln!(out)?;
    part(doc, "ed-part-audience", out)?;
    let targeted = doc.categories(&proposal.audience.value);
    writeln!(out, "- {}", cell(&doc.fact("ed-label-targeted", &targeted)))?;
    for action in &proposal.complementary_actions {
        let who = doc.categories(&action.categories);
        writeln!(out, "- *{}* — {}", cell(&who), cell(&action.action.value))?;
    }
    writeln!(out)?;
    if let Some(resources) = &proposal.resources {
        part(doc, "ed-part-resources", out)?;
        for r in &resources.value {
            let amount = r
                .amount
                .map_or_else(String::new, |a| format!(" ({})", doc.amount(a)));
            let mobilisable = doc.t(if r.mobilisable { "ed-yes" } else { "ed-no" });
            let flag = doc.fact("ed-col-mobilisable", &mobilisable);
            writeln!(
                out,
                "- **{}** — {}{} · {}",
                cell(&doc.kind(r.kind)),
                cell(&r.description.value),
                cell(&amount),
                cell(&flag)
            )?;
        }
        writeln!(out)?;
    }
    part(doc, "ed-part-evaluation", out)?;
    let sheet = super::evaluation_sheet(proposal, doc);
    write_table(&sheet, out)?;
    writeln!(out)
}

fn findings(p: &ProposalView<'_>, doc: &Document<'_>, out: &mut dyn Write) -> io::Result<()> {
    if p.findings.is_empty() {
        return Ok(());
    }
    writeln!(out, "> **{}**", cell(&doc.t("ed-findings-title")))?;
    for d in &p.findings {
        let args = Args::new().with("line", d.line());
        writeln!(
            out,
            "> - `{}` {} — {}",
            d.code.as_str(),
            cell(&doc.lang.message("ed-finding-line", &args)),
            cell(&d.message)
        )?;
    }
    writeln!(out)
}
