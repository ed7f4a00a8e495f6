//! The plan as one self-contained HTML page: no script (a Content Security
//! Policy forbids any), no external file, a print stylesheet for A4. Everything
//! that comes from a proposal goes through [`html`]; the markup is
//! XHTML-compatible so that the tests can parse it as XML.
//!
//! Accessibility (RGAA / WCAG 2.1 AA): declared language, landmarks (`header`,
//! `nav`, `main`, `footer`), one `h1` then ordered headings, tables with
//! `<th scope>`, every chart followed by a table of the same figures.

use std::io::{self, Write};

use super::{Document, axes_present, governance, paragraphs, svg};
use crate::editors::plan_view::{PlanView, ProposalView};
use crate::editors::summary::{self, Marks, Sheet, Views, status_name, theme_name, verdict_text};
use crate::i18n::Args;
use crate::pipeline::model::Proposal;
use crate::text::escape::html;

const CSS: &str = include_str!("print.css");

pub fn write(view: &PlanView<'_>, doc: &Document<'_>, out: &mut dyn Write) -> io::Result<()> {
    let css = CSS
        .replace("__PAGE__", &css_string(&doc.t("ed-page")))
        .replace("__SHORT_TITLE__", &css_string(&doc.title));
    summary::html::head(doc.lang, &doc.title, &css, out)?;
    cover(view, doc, out)?;
    toc(view, doc, out)?;
    writeln!(out, "<main>")?;
    overview(view, doc, out)?;
    if let Some(groups) = doc.groups {
        governance::write_html(groups, doc, out)?;
    }
    for axis in axes_present(view) {
        writeln!(
            out,
            "<h2 class=\"axis-title\" id=\"axis-{axis}\">{}</h2>",
            html(&doc.axis_heading(axis))
        )?;
        for (n, p) in view.proposals.iter().enumerate() {
            if p.axis() == Some(axis) {
                proposal(n, p, doc, out)?;
            }
        }
    }
    unreadable(view, doc, out)?;
    writeln!(
        out,
        "</main>\n<footer><p>{}</p></footer>\n</body>\n</html>",
        html(&doc.t("ed-export-footer"))
    )
}

/// Text for a CSS string of our own stylesheet (messages, the plan's name).
fn css_string(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control())
        .map(|c| match c {
            '"' | '\\' | '<' | '>' => ' ',
            c => c,
        })
        .collect()
}

fn cover(view: &PlanView<'_>, doc: &Document<'_>, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "<header class=\"cover\">\n<p class=\"kicker\">{}</p>\n<h1>{}</h1>",
        html(&doc.t("ed-export-kicker")),
        html(&doc.title)
    )?;
    for line in doc.cover_lines(view.proposals.len()) {
        writeln!(out, "<p>{}</p>", html(&line))?;
    }
    writeln!(
        out,
        "<p><time datetime=\"{}\">{}</time></p>\n</header>",
        doc.date,
        html(&doc.date_line())
    )
}

fn toc(view: &PlanView<'_>, doc: &Document<'_>, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">{}</h2>\n<ol>\n<li><a href=\"#overview\">{}</a></li>",
        html(&doc.t("ed-export-toc")),
        html(&doc.t("ed-export-overview"))
    )?;
    if doc.groups.is_some() {
        let title = html(&doc.t("grp-export-title"));
        writeln!(out, "<li><a href=\"#governance\">{title}</a></li>")?;
    }
    for axis in axes_present(view) {
        writeln!(
            out,
            "<li><a href=\"#axis-{axis}\">{}</a>\n<ol>",
            html(&doc.axis_heading(axis))
        )?;
        for (n, p) in view.proposals.iter().enumerate() {
            if p.axis() == Some(axis) {
                writeln!(
                    out,
                    "<li><a href=\"#p-{n}\">{} — {}</a></li>",
                    html(&p.id),
                    html(p.title())
                )?;
            }
        }
        writeln!(out, "</ol></li>")?;
    }
    if view.unreadable().next().is_some() {
        writeln!(
            out,
            "<li><a href=\"#unreadable\">{}</a></li>",
            html(&doc.t("ed-export-unreadable"))
        )?;
    }
    writeln!(out, "</ol>\n</nav>")
}

fn overview(view: &PlanView<'_>, doc: &Document<'_>, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "<section class=\"overview\" aria-labelledby=\"overview\">\n<h2 id=\"overview\">{}</h2>",
        html(&doc.t("ed-export-overview"))
    )?;
    let axes = view.axes();
    let coverage = view.coverage();
    let views = Views {
        proposals: false,
        axes: true,
        coverage: true,
        groups: false,
    };
    let sheets = summary::sheets(view, views, Marks::Words, doc.lang);
    writeln!(out, "<h3>{}</h3>", html(&doc.t("ed-chart-axes-title")))?;
    svg::axes_chart(&axes, doc, out)?;
    chart_table(sheets.first(), doc, out)?;
    writeln!(out, "<h3>{}</h3>", html(&doc.t("ed-chart-coverage-title")))?;
    svg::coverage_chart(&coverage, doc, out)?;
    chart_table(sheets.get(1), doc, out)?;
    writeln!(out, "</section>")
}

/// The table that gives a chart's figures in words.
fn chart_table(sheet: Option<&Sheet>, doc: &Document<'_>, out: &mut dyn Write) -> io::Result<()> {
    match sheet {
        Some(sheet) => {
            let caption = doc.lang.message(
                "ed-chart-table-caption",
                &Args::new().with("title", sheet.title.clone()),
            );
            summary::html::write_table(sheet, Some(&caption), out)
        }
        None => Ok(()),
    }
}

fn proposal(
    n: usize,
    p: &ProposalView<'_>,
    doc: &Document<'_>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let Some(proposal) = p.proposal else {
        return Ok(());
    };
    writeln!(
        out,
        "<article class=\"proposal\" id=\"p-{n}\" aria-labelledby=\"p-{n}-t\">\n<h3 id=\"p-{n}-t\"><span class=\"pid\">{}</span> {}</h3>",
        html(&p.id),
        html(p.title())
    )?;
    meta(p, proposal, doc, out)?;
    part(doc, "ed-part-problem", out)?;
    text(&proposal.problem.value, out)?;
    part(doc, "ed-part-solution", out)?;
    text(&proposal.solution.value, out)?;
    part(doc, "ed-part-success", out)?;
    list(
        proposal.success_conditions.iter().map(|t| t.value.as_str()),
        out,
    )?;
    calendar(proposal, doc, out)?;
    piloting(proposal, doc, out)?;
    audience(proposal, doc, out)?;
    resources(proposal, doc, out)?;
    evaluation(proposal, doc, out)?;
    findings(p, doc, out)?;
    writeln!(out, "</article>")
}

fn part(doc: &Document<'_>, id: &str, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "<h4>{}</h4>", html(&doc.t(id)))
}

fn text(value: &str, out: &mut dyn Write) -> io::Result<()> {
    for paragraph in paragraphs(value) {
        let lines: Vec<_> = paragraph.lines().map(html).collect();
        writeln!(out, "<p>{}</p>", lines.join("<br />"))?;
    }
    Ok(())
}

fn list<'t>(items: impl Iterator<Item = &'t str>, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "<ul>")?;
    for item in items {
        writeln!(out, "<li>{}</li>", html(item))?;
    }
    writeln!(out, "</ul>")
}

/// Status, group, themes; the verdicts and the count of findings, discreetly.
fn meta(
    p: &ProposalView<'_>,
    proposal: &Proposal,
    doc: &Document<'_>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut facts = vec![doc.fact(
        "ed-col-status",
        &status_name(Some(proposal.status), doc.lang),
    )];
    if let Some(group) = &proposal.group {
        facts.push(doc.fact("ed-label-group", &group.value));
    }
    if !proposal.themes.is_empty() {
        let themes: Vec<_> = proposal
            .themes
            .iter()
            .map(|t| theme_name(t.0, doc.lang))
            .collect();
        facts.push(doc.fact("ed-label-themes", &themes.join(", ")));
    }
    let facts: Vec<_> = facts.iter().map(|f| html(f)).collect();
    writeln!(out, "<p class=\"meta\">{}</p>", facts.join(" · "))?;
    let headers = [
        "ed-col-canvas",
        "ed-col-piloting",
        "ed-col-concreteness",
        "ed-col-coverage",
        "ed-col-feasibility",
    ];
    let verdicts: Vec<_> = headers
        .iter()
        .zip(&p.verdicts)
        .map(|(h, v)| html(&doc.fact(h, &verdict_text(v, Marks::Words, doc.lang))))
        .collect();
    writeln!(out, "<p class=\"verdicts\">{}</p>", verdicts.join(" · "))?;
    let class = match (p.counts.errors, p.counts.warnings) {
        (0, 0) => "clean",
        (0, _) => "warnings",
        _ => "errors",
    };
    writeln!(
        out,
        "<p class=\"badge {class}\">{}</p>",
        html(&doc.badge(p))
    )
}

fn calendar(proposal: &Proposal, doc: &Document<'_>, out: &mut dyn Write) -> io::Result<()> {
    part(doc, "ed-part-calendar", out)?;
    let range = doc.calendar_range(&proposal.calendar);
    writeln!(out, "<p>{}</p>", html(&range))?;
    let Some(steps) = &proposal.steps else {
        return Ok(());
    };
    writeln!(out, "<ol class=\"timeline\">")?;
    for step in &steps.value {
        // A step without a date has no `datetime`.
        let datetime = step
            .due
            .as_ref()
            .map(|due| format!(" datetime=\"{}\"", due.date))
            .unwrap_or_default();
        write!(
            out,
            "<li><time{datetime}>{}</time><span class=\"step\">{}</span>",
            html(&doc.step_due(step)),
            html(&step.label.value)
        )?;
        if let Some(deliverable) = doc.step_deliverable(step) {
            write!(
                out,
                "<span class=\"deliverable\">{}</span>",
                html(&deliverable)
            )?;
        }
        writeln!(out, "</li>")?;
    }
    writeln!(out, "</ol>")
}

fn piloting(proposal: &Proposal, doc: &Document<'_>, out: &mut dyn Write) -> io::Result<()> {
    part(doc, "ed-part-piloting", out)?;
    let piloting = &proposal.piloting;
    writeln!(
        out,
        "<dl class=\"facts\">\n<dt>{}</dt><dd>{}</dd>",
        html(&doc.t("ed-label-level")),
        html(&doc.level(piloting.level))
    )?;
    if let Some(lead) = piloting
        .lead
        .as_ref()
        .filter(|l| !l.value.trim().is_empty())
    {
        writeln!(
            out,
            "<dt>{}</dt><dd>{}</dd>",
            html(&doc.t("ed-label-lead")),
            html(&lead.value)
        )?;
    }
    if !piloting.partners.is_empty() {
        let partners: Vec<_> = piloting.partners.iter().map(|p| html(&p.value)).collect();
        writeln!(
            out,
            "<dt>{}</dt><dd>{}</dd>",
            html(&doc.t("ed-label-partners")),
            partners.join(" ; ")
        )?;
    }
    writeln!(out, "</dl>")
}

fn audience(proposal: &Proposal, doc: &Document<'_>, out: &mut dyn Write) -> io::Result<()> {
    part(doc, "ed-part-audience", out)?;
    let targeted = doc.categories(&proposal.audience.value);
    writeln!(
        out,
        "<p>{}</p>",
        html(&doc.fact("ed-label-targeted", &targeted))
    )?;
    if proposal.complementary_actions.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "<p><strong>{}</strong></p>\n<ul>",
        html(&doc.t("ed-label-complementary"))
    )?;
    for action in &proposal.complementary_actions {
        let who = doc.categories(&action.categories);
        writeln!(
            out,
            "<li><em>{}</em> — {}</li>",
            html(&who),
            html(&action.action.value)
        )?;
    }
    writeln!(out, "</ul>")
}

fn resources(proposal: &Proposal, doc: &Document<'_>, out: &mut dyn Write) -> io::Result<()> {
    if let Some(resources) = &proposal.resources {
        part(doc, "ed-part-resources", out)?;
        let sheet = Sheet {
            name: "resources",
            title: doc.t("ed-part-resources"),
            header: [
                "ed-col-kind",
                "ed-col-description",
                "ed-col-amount",
                "ed-col-mobilisable",
            ]
            .iter()
            .map(|id| doc.t(id))
            .collect(),
            rows: resources
                .value
                .iter()
                .map(|r| {
                    vec![
                        doc.kind(r.kind),
                        r.description.value.clone(),
                        r.amount.map_or_else(String::new, |a| doc.amount(a)),
                        doc.t(if r.mobilisable { "ed-yes" } else { "ed-no" }),
                    ]
                })
                .collect(),
            numeric: vec![false, false, true, false],
        };
        summary::html::write_table(&sheet, None, out)?;
    }
    if let Some(exp) = &proposal.experimentation {
        part(doc, "ed-part-experimentation", out)?;
        let mut facts = Vec::new();
        if let Some(scope) = &exp.scope {
            facts.push(doc.fact("ed-label-scope", &scope.value));
        }
        if let Some(months) = exp.duration_months {
            let args = Args::new().with("months", months);
            facts.push(doc.lang.message("ed-label-duration", &args));
        }
        let facts: Vec<_> = facts.iter().map(|f| html(f)).collect();
        writeln!(out, "<p>{}</p>", facts.join(" · "))?;
    }
    Ok(())
}

fn evaluation(proposal: &Proposal, doc: &Document<'_>, out: &mut dyn Write) -> io::Result<()> {
    part(doc, "ed-part-evaluation", out)?;
    let sheet = super::evaluation_sheet(proposal, doc);
    summary::html::write_table(&sheet, None, out)
}

/// The findings of a proposal, small, at the end of its section.
fn findings(p: &ProposalView<'_>, doc: &Document<'_>, out: &mut dyn Write) -> io::Result<()> {
    if p.findings.is_empty() {
        return Ok(());
    }
    // Each aside is a landmark: its name says whose findings they are.
    let title = doc.t("ed-findings-title");
    writeln!(
        out,
        "<aside class=\"findings\" aria-label=\"{} — {}\">\n<h4>{}</h4>\n<ul>",
        html(&title),
        html(&p.path.display().to_string()),
        html(&title)
    )?;
    for d in &p.findings {
        let args = Args::new().with("line", d.line());
        writeln!(
            out,
            "<li><code>{}</code> {} ({}) — {}</li>",
            d.code.as_str(),
            html(&doc.t(match d.severity {
                crate::diagnostic::Severity::Error => "ed-severity-error",
                crate::diagnostic::Severity::Warning => "ed-severity-warning",
                crate::diagnostic::Severity::Info => "ed-severity-info",
            })),
            html(&doc.lang.message("ed-finding-line", &args)),
            html(&d.message)
        )?;
    }
    writeln!(out, "</ul>\n</aside>")
}

/// The files that could not be read as proposals, with their findings.
fn unreadable(view: &PlanView<'_>, doc: &Document<'_>, out: &mut dyn Write) -> io::Result<()> {
    let files: Vec<_> = view.unreadable().collect();
    if files.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "<h2 class=\"axis-title\" id=\"unreadable\">{}</h2>\n<p>{}</p>",
        html(&doc.t("ed-export-unreadable")),
        html(&doc.t("ed-unreadable-note"))
    )?;
    for p in files {
        writeln!(
            out,
            "<section class=\"unreadable\" aria-label=\"{0}\">\n<h3>{0}</h3>",
            html(&p.path.display().to_string())
        )?;
        findings(p, doc, out)?;
        writeln!(out, "</section>")?;
    }
    Ok(())
}
