//! The plan as one self-contained HTML page: no script (a Content Security
//! Policy forbids any), no external file, a print stylesheet for A4. Everything
//! that comes from a proposal goes through [`html`]; the markup is
//! XHTML-compatible so that the tests can parse it as XML.
//!
//! Accessibility (RGAA / WCAG 2.1 AA): declared language, and the language of
//! every text taken from a proposal (the language of its keys, WCAG 3.1.2);
//! landmarks (`header`, `nav`, `main`, `footer`), one `h1` then ordered
//! headings, tables with `<th scope>`, every chart followed by a table of the
//! same figures.
//!
//! Printed, each proposal is a named page (`page: pg3`) whose header gives
//! its id and title, so that a page of it read alone still says whose it is;
//! the contents give page numbers when a first print told them ([`super::print`]).

use std::io::{self, Write};

use super::{Document, anchors, axes_present, governance, paragraphs, svg};
use crate::editors::plan_view::{PlanView, ProposalView};
use crate::editors::summary::html::{Quoted, write_table_quoting};
use crate::editors::summary::{self, Marks, Sheet, Views, status_name, theme_name, verdict_text};
use crate::i18n::{Args, Lang};
use crate::pipeline::model::Proposal;
use crate::text::escape::html;

const CSS: &str = include_str!("print.css");

pub fn write(view: &PlanView<'_>, doc: &Document<'_>, out: &mut dyn Write) -> io::Result<()> {
    let anchors = anchors(view);
    let mut css = CSS
        .replace("__PAGE__", &css_string(&doc.t("ed-page")))
        .replace("__SHORT_TITLE__", &css_string(&doc.title));
    css.push_str(&running_headers(view));
    summary::html::head(doc.lang, &doc.title, &css, out)?;
    cover(view, doc, out)?;
    toc(view, &anchors, doc, out)?;
    writeln!(out, "<main>")?;
    overview(view, doc, out)?;
    if let Some(groups) = doc.groups {
        governance::write_html(groups, doc, out)?;
    }
    for axis in axes_present(view) {
        let members: Vec<usize> = (0..view.proposals.len())
            .filter(|&i| view.proposals[i].axis() == Some(axis))
            .collect();
        // The axis's heading shares the named page of its first proposal, so
        // that the two stay on one page.
        let page = members
            .first()
            .map_or_else(String::new, |i| format!(" pg{i}"));
        writeln!(
            out,
            "<h2 class=\"axis-title{page}\" id=\"axis-{axis}\">{}</h2>",
            html(&doc.axis_heading(axis))
        )?;
        for i in members {
            proposal(i, &anchors[i], &view.proposals[i], doc, out)?;
        }
    }
    unreadable(view, doc, out)?;
    // Printed, the footer shares the last proposal's page rather than start
    // a page of its own (a named page breaks before anything else).
    let last = (0..view.proposals.len())
        .rev()
        .find(|&i| view.proposals[i].axis().is_some());
    let page = match last {
        Some(i) if view.unreadable().next().is_none() => format!(" class=\"pg{i}\""),
        _ => String::new(),
    };
    writeln!(
        out,
        "</main>\n<footer{page}><p>{}</p></footer>\n</body>\n</html>",
        html(&doc.t("ed-export-footer"))
    )
}

/// Text for a string of our stylesheet: quotes, backslashes, markup
/// characters and controls as CSS escapes (`\22 `), so that nothing closes
/// the string or the `<style>` element.
fn css_string(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() || matches!(c, '"' | '\'' | '\\' | '<' | '>' | '&') {
            escaped.push_str(&format!("\\{:x} ", u32::from(c)));
        } else {
            escaped.push(c);
        }
    }
    escaped
}

/// One named page a proposal, whose top margin gives its id and title.
fn running_headers(view: &PlanView<'_>) -> String {
    let mut css = String::from("\n/* Running headers: one named page a proposal. */\n");
    for (i, p) in view.proposals.iter().enumerate() {
        if p.axis().is_none() {
            continue;
        }
        let label = if p.title().is_empty() {
            p.id.clone()
        } else {
            format!("{} — {}", p.id, p.title())
        };
        css.push_str(&format!(
            ".pg{i} {{ page: pg{i}; }}\n@page pg{i} {{ @top-left {{ content: \"{}\"; }} }}\n",
            css_string(&label)
        ));
    }
    css
}

/// ` lang="fr"`: the language of a proposal's texts.
fn lang_of(proposal: &Proposal) -> String {
    format!(" lang=\"{}\"", proposal.lang.code())
}

/// Where a proposal's text goes in a message of ours, until it is escaped.
const SLOT: &str = "\u{E000}";

/// A message of ours (built with [`SLOT`] for the proposal's text), escaped,
/// with the text in its place marked with its language:
/// « Livrable : <span lang="fr">…</span> ».
fn quoting(message: &str, text: &str, lang: Lang) -> String {
    html(message).replace(
        SLOT,
        &format!("<span lang=\"{}\">{}</span>", lang.code(), html(text)),
    )
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

/// One entry of the contents: a link, and its page once known.
fn toc_entry(anchor: &str, label: &str, doc: &Document<'_>) -> String {
    let page = doc
        .pages
        .as_ref()
        .and_then(|pages| pages.get(anchor))
        .map(|n| {
            format!("<span class=\"leader\" aria-hidden=\"true\"></span><span class=\"toc-page\">{n}</span>")
        })
        .unwrap_or_default();
    format!("<a href=\"#{anchor}\"><span class=\"toc-text\">{label}</span>{page}</a>")
}

/// The contents: the overview, each axis, its proposals by id. No numbers of
/// our own: the ids are the proposals' numbers.
fn toc(
    view: &PlanView<'_>,
    anchors: &[String],
    doc: &Document<'_>,
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(
        out,
        "<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">{}</h2>\n<ol>\n<li class=\"toc-part\">{}</li>",
        html(&doc.t("ed-export-toc")),
        toc_entry("overview", &html(&doc.t("ed-export-overview")), doc)
    )?;
    if doc.groups.is_some() {
        let title = html(&doc.t("grp-export-title"));
        writeln!(
            out,
            "<li class=\"toc-part\">{}</li>",
            toc_entry("governance", &title, doc)
        )?;
    }
    for axis in axes_present(view) {
        let heading = html(&doc.axis_heading(axis));
        let anchor = format!("axis-{axis}");
        writeln!(
            out,
            "<li class=\"toc-part\">{}\n<ol>",
            toc_entry(&anchor, &heading, doc)
        )?;
        for (i, p) in view.proposals.iter().enumerate() {
            if p.axis() != Some(axis) {
                continue;
            }
            let lang = p.proposal.map(lang_of).unwrap_or_default();
            let label = format!(
                "<span class=\"pid\">{}</span> <span{lang}>{}</span>",
                html(&p.id),
                html(p.title())
            );
            writeln!(out, "<li>{}</li>", toc_entry(&anchors[i], &label, doc))?;
        }
        writeln!(out, "</ol></li>")?;
    }
    if view.unreadable().next().is_some() {
        let label = html(&doc.t("ed-export-unreadable"));
        writeln!(
            out,
            "<li class=\"toc-part\">{}</li>",
            toc_entry("unreadable", &label, doc)
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
    anchor: &str,
    p: &ProposalView<'_>,
    doc: &Document<'_>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let lang = p.proposal.map(lang_of).unwrap_or_default();
    writeln!(
        out,
        "<article class=\"proposal pg{n}\" aria-labelledby=\"{anchor}\">\n<h3 id=\"{anchor}\"><span class=\"pid\">{}</span> <span{lang}>{}</span></h3>",
        html(&p.id),
        html(p.title())
    )?;
    let Some(proposal) = p.proposal else {
        // A broken file in its axis: what canevas found, nothing else to show.
        writeln!(
            out,
            "<p class=\"badge errors\">{}</p>\n<p>{}</p>",
            html(&doc.badge(p)),
            html(&doc.t("ed-broken-note"))
        )?;
        findings(p, doc, out)?;
        return writeln!(out, "</article>");
    };
    meta(p, proposal, doc, out)?;
    part(doc, "ed-part-problem", out)?;
    text(&proposal.problem.value, &lang, out)?;
    part(doc, "ed-part-solution", out)?;
    text(&proposal.solution.value, &lang, out)?;
    part(doc, "ed-part-success", out)?;
    writeln!(out, "<ul{lang}>")?;
    for condition in &proposal.success_conditions {
        writeln!(out, "<li>{}</li>", html(&condition.value))?;
    }
    writeln!(out, "</ul>")?;
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

fn text(value: &str, lang: &str, out: &mut dyn Write) -> io::Result<()> {
    for paragraph in paragraphs(value) {
        let lines: Vec<_> = paragraph.lines().map(html).collect();
        writeln!(out, "<p{lang}>{}</p>", lines.join("<br />"))?;
    }
    Ok(())
}

/// Status, group, themes; the verdicts and the count of findings, discreetly.
fn meta(
    p: &ProposalView<'_>,
    proposal: &Proposal,
    doc: &Document<'_>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let mut facts = vec![html(&doc.fact(
        "ed-col-status",
        &status_name(Some(proposal.status), doc.lang),
    ))];
    if let Some(group) = &proposal.group {
        facts.push(quoting_fact(
            doc,
            "ed-label-group",
            &group.value,
            proposal.lang,
        ));
    }
    if !proposal.themes.is_empty() {
        let themes: Vec<_> = proposal
            .themes
            .iter()
            .map(|t| theme_name(t.0, doc.lang))
            .collect();
        facts.push(html(&doc.fact("ed-label-themes", &themes.join(", "))));
    }
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

/// « Groupe : <span lang="fr">…</span> »: a label of ours, a value of theirs.
fn quoting_fact(doc: &Document<'_>, label_id: &str, value: &str, lang: Lang) -> String {
    quoting(&doc.fact(label_id, SLOT), value, lang)
}

fn calendar(proposal: &Proposal, doc: &Document<'_>, out: &mut dyn Write) -> io::Result<()> {
    part(doc, "ed-part-calendar", out)?;
    let range = doc.calendar_range(&proposal.calendar);
    writeln!(out, "<p>{}</p>", html(&range))?;
    let Some(steps) = &proposal.steps else {
        return Ok(());
    };
    let lang = lang_of(proposal);
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
            "<li><time{datetime}>{}</time><span class=\"step\"{lang}>{}</span>",
            html(&doc.step_due(step)),
            html(&step.label.value)
        )?;
        if let Some(deliverable) = &step.deliverable {
            let args = Args::new().with("deliverable", SLOT);
            let message = doc.lang.message("ed-step-deliverable", &args);
            let text = quoting(&message, &deliverable.value, proposal.lang);
            write!(out, "<span class=\"deliverable\">{text}</span>")?;
        }
        writeln!(out, "</li>")?;
    }
    writeln!(out, "</ol>")
}

fn piloting(proposal: &Proposal, doc: &Document<'_>, out: &mut dyn Write) -> io::Result<()> {
    part(doc, "ed-part-piloting", out)?;
    let piloting = &proposal.piloting;
    let lang = lang_of(proposal);
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
            "<dt>{}</dt><dd{lang}>{}</dd>",
            html(&doc.t("ed-label-lead")),
            html(&lead.value)
        )?;
    }
    if !piloting.partners.is_empty() {
        let partners: Vec<_> = piloting.partners.iter().map(|p| html(&p.value)).collect();
        writeln!(
            out,
            "<dt>{}</dt><dd{lang}>{}</dd>",
            html(&doc.t("ed-label-partners")),
            partners.join(&doc.t("ed-list-separator"))
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
    let lang = lang_of(proposal);
    for action in &proposal.complementary_actions {
        let who = doc.categories(&action.categories);
        writeln!(
            out,
            "<li><em>{}</em> — <span{lang}>{}</span></li>",
            html(&who),
            html(&action.action.value)
        )?;
    }
    writeln!(out, "</ul>")
}

fn resources(proposal: &Proposal, doc: &Document<'_>, out: &mut dyn Write) -> io::Result<()> {
    let quoted = |columns| Quoted {
        columns,
        lang: proposal.lang,
    };
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
        write_table_quoting(&sheet, None, Some(quoted(&[1])), out)?;
    }
    if let Some(exp) = &proposal.experimentation {
        part(doc, "ed-part-experimentation", out)?;
        let mut facts = Vec::new();
        if let Some(scope) = &exp.scope {
            facts.push(quoting_fact(
                doc,
                "ed-label-scope",
                &scope.value,
                proposal.lang,
            ));
        }
        if let Some(months) = exp.duration_months {
            let args = Args::new().with("months", months);
            facts.push(html(&doc.lang.message("ed-label-duration", &args)));
        }
        writeln!(out, "<p>{}</p>", facts.join(" · "))?;
    }
    Ok(())
}

fn evaluation(proposal: &Proposal, doc: &Document<'_>, out: &mut dyn Write) -> io::Result<()> {
    part(doc, "ed-part-evaluation", out)?;
    let sheet = super::evaluation_sheet(proposal, doc);
    let quoted = Quoted {
        columns: &[0, 1, 2, 3],
        lang: proposal.lang,
    };
    write_table_quoting(&sheet, None, Some(quoted), out)
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

/// The files that could not be read as proposals nor placed in an axis,
/// with their findings.
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_strings_cannot_close_the_string_or_the_style_element() {
        let escaped = css_string("a\"b\\c</style><x>&'\n");
        assert!(!escaped.contains(['"', '<', '>', '\n', '&', '\'']));
        assert_eq!(css_string("A1-01 — Parcours"), "A1-01 — Parcours");
    }
}
