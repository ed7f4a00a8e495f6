//! The export's « Gouvernance » section: how the plan was written — per
//! axis, the working group's pair and composition, the verdicts of the group
//! rules, a chart of the women/men balance, and the support group's expertise.
//! The same figures as `summary --view groups` ([`summary::groups`]). No
//! person's gender is shown, only the group's totals; names only with
//! `[groups] show_names = true`.

use std::io::{self, Write};

use super::Document;
use crate::editors::group_view::{GroupFigures, GroupsView};
use crate::editors::summary;
use crate::i18n::Args;
use crate::report::markdown::cell;
use crate::text::escape::html;

const INK: &str = "#1a1a1a";
const WOMEN: &str = "#1f5f99";
const MEN: &str = "#b35900";
const UNKNOWN: &str = "#d9d9d9";

/// The HTML section, with its chart and the tables of its figures.
pub fn write_html(
    view: &GroupsView<'_>,
    doc: &Document<'_>,
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(
        out,
        "<section class=\"governance\" aria-labelledby=\"governance\">\n<h2 id=\"governance\">{}</h2>\n<p>{}</p>",
        html(&doc.t("grp-export-title")),
        html(&doc.t("grp-export-intro"))
    )?;
    writeln!(out, "<h3>{}</h3>", html(&doc.t("grp-chart-title")))?;
    parity_chart(view, doc, out)?;
    for sheet in summary::groups::printable_sheets(view, doc.lang) {
        summary::html::write_table(&sheet, Some(&sheet.title), out)?;
    }
    if let Some(line) = support_line(view, doc) {
        writeln!(out, "<p>{}</p>", html(&line))?;
    }
    writeln!(out, "</section>")
}

/// The Markdown section: the same tables, without the chart.
pub fn write_markdown(
    view: &GroupsView<'_>,
    doc: &Document<'_>,
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(out, "## {}\n", cell(&doc.t("grp-export-title")))?;
    writeln!(out, "{}\n", cell(&doc.t("grp-export-intro")))?;
    for sheet in summary::groups::printable_sheets(view, doc.lang) {
        writeln!(out, "### {}\n", cell(&sheet.title))?;
        summary::markdown::write_table(&sheet, out)?;
        writeln!(out)?;
    }
    if let Some(line) = support_line(view, doc) {
        writeln!(out, "{}\n", cell(&line))?;
    }
    Ok(())
}

/// « Groupe d'appui : psychologue du travail, juriste… ».
fn support_line(view: &GroupsView<'_>, doc: &Document<'_>) -> Option<String> {
    let expertise: Vec<&str> = view
        .support
        .iter()
        .flat_map(|s| &s.expertise)
        .map(|e| e.value.as_str())
        .collect();
    (!expertise.is_empty()).then(|| {
        let args = Args::new().with("expertise", expertise.join(", "));
        doc.lang.message("grp-export-support", &args)
    })
}

/// One horizontal bar per axis: women, men and genders not given, as shares
/// of the group, with the parity threshold marked on both sides.
fn parity_chart(view: &GroupsView<'_>, doc: &Document<'_>, out: &mut dyn Write) -> io::Result<()> {
    let (width, label, row, top) = (640.0, 80.0, 34.0, 8.0);
    let plot = width - label - 16.0;
    let legend_y = top + row * view.axes.len() as f64 + 20.0;
    let height = legend_y + 14.0;
    let min = doc.settings.groups.parity_percent;
    let desc = doc
        .lang
        .message("grp-chart-desc", &Args::new().with("min", min));
    writeln!(
        out,
        "<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-grp-t chart-grp-d\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"chart-grp-t\">{}</title>\n<desc id=\"chart-grp-d\">{}</desc>",
        html(&doc.t("grp-chart-title")),
        html(&desc)
    )?;
    for (i, g) in view.axes.iter().enumerate() {
        bar(g, doc, (label, top + row * i as f64, plot), out)?;
    }
    for share in [min, 100 - min.min(100)] {
        let x = label + plot * share as f64 / 100.0;
        writeln!(
            out,
            "<line x1=\"{x:.1}\" x2=\"{x:.1}\" y1=\"{top}\" y2=\"{:.1}\" stroke=\"{INK}\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\" />",
            legend_y - 14.0
        )?;
    }
    let entries = [
        (WOMEN, "grp-col-women"),
        (MEN, "grp-col-men"),
        (UNKNOWN, "grp-col-gender-unknown"),
    ];
    for (n, (colour, id)) in entries.iter().enumerate() {
        let x = label + 150.0 * n as f64;
        writeln!(
            out,
            "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"12\" height=\"12\" fill=\"{colour}\" stroke=\"#767676\" />\n<text x=\"{:.1}\" y=\"{legend_y:.1}\" font-size=\"12\" fill=\"{INK}\">{}</text>",
            legend_y - 10.0,
            x + 18.0,
            html(&doc.t(id))
        )?;
    }
    writeln!(out, "</svg>")
}

/// One axis's bar, at `(x, y)` and `plot` wide.
fn bar(
    g: &GroupFigures<'_>,
    doc: &Document<'_>,
    (x, y, plot): (f64, f64, f64),
    out: &mut dyn Write,
) -> io::Result<()> {
    let axis = doc
        .lang
        .message("ed-axis", &Args::new().with("axis", u32::from(g.axis)));
    writeln!(
        out,
        "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"13\" font-weight=\"bold\" text-anchor=\"end\" fill=\"{INK}\">{}</text>",
        x - 8.0,
        y + 17.0,
        html(&axis)
    )?;
    if g.persons == 0 {
        return writeln!(
            out,
            "<text x=\"{x:.1}\" y=\"{:.1}\" font-size=\"12\" fill=\"{INK}\">{}</text>",
            y + 17.0,
            html(&doc.t("grp-no-group"))
        );
    }
    let mut left = x;
    for (count, fill, ink) in [
        (g.women, WOMEN, "#ffffff"),
        (g.men, MEN, "#ffffff"),
        (g.gender_unknown, UNKNOWN, INK),
    ] {
        let w = plot * count as f64 / g.persons as f64;
        if count > 0 {
            writeln!(
                out,
                "<rect x=\"{left:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"24\" fill=\"{fill}\" />\n<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"middle\" fill=\"{ink}\">{count}</text>",
                left + w / 2.0,
                y + 16.0
            )?;
        }
        left += w;
    }
    Ok(())
}
