//! The two charts of the overview, as inline SVG (no script, no external file):
//! proposals per axis against the expected band, and the coverage of the staff
//! categories as a heat map. Each is an image with a title and a description
//! (`role="img"`); the page follows it with a table of the same figures.
//! Colours keep a contrast of at least 4.5:1 with the text written on them.

use std::io::{self, Write};

use super::Document;
use crate::editors::plan_view::{AxisView, CoverageRow, Reach};
use crate::i18n::Args;
use crate::text::escape::html;

const INK: &str = "#1a1a1a";
const BAR: &str = "#1f5f99";
const BAR_OUT: &str = "#a1001d";
const BAND: &str = "#d9ead3";

pub fn axes_chart(axes: &[AxisView], doc: &Document<'_>, out: &mut dyn Write) -> io::Result<()> {
    let (width, height, left, bottom, top) = (640.0, 260.0, 48.0, 40.0, 16.0);
    // The band's label stands in a gutter on the right, where no bar goes,
    // so that a bar taller than the band never hides it.
    let gutter = 132.0;
    let plot_right = width - gutter;
    let band = axes.first().map_or((5, 7), |a| a.band);
    let most = axes.iter().map(|a| a.proposals).max().unwrap_or(0);
    let scale_max = most.max(band.1 + 1) as f64;
    let plot = height - bottom - top;
    let y = |v: f64| top + plot - v / scale_max * plot;
    let args = Args::new().with("min", band.0).with("max", band.1);
    let title = doc.t("ed-chart-axes-title");
    let desc = doc.lang.message("ed-chart-axes-desc", &args);
    writeln!(
        out,
        "<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-axes-t chart-axes-d\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"chart-axes-t\">{}</title>\n<desc id=\"chart-axes-d\">{}</desc>",
        html(&title),
        html(&desc)
    )?;
    // The expected band and its label, then the grid and the bars.
    let (band_top, band_bottom) = (y(band.1 as f64), y(band.0 as f64));
    writeln!(
        out,
        "<rect x=\"{left}\" y=\"{band_top:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{BAND}\" />\n<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"start\" fill=\"{INK}\">{}</text>",
        plot_right + 4.0 - left,
        band_bottom - band_top,
        plot_right + 10.0,
        (band_top + band_bottom) / 2.0 + 4.0,
        html(&doc.lang.message("ed-chart-band", &args)),
    )?;
    for tick in 0..=(scale_max as usize) {
        let ty = y(tick as f64);
        writeln!(
            out,
            "<line x1=\"{left}\" x2=\"{:.1}\" y1=\"{ty:.1}\" y2=\"{ty:.1}\" stroke=\"#c8c8c8\" stroke-width=\"1\" />\n<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"end\" fill=\"{INK}\">{tick}</text>",
            plot_right + 4.0,
            left - 8.0,
            ty + 4.0
        )?;
    }
    let slot = (plot_right - left) / axes.len().max(1) as f64;
    for (i, axis) in axes.iter().enumerate() {
        bar(
            axis,
            left + slot * i as f64,
            slot,
            (y(axis.proposals as f64), top + plot),
            doc,
            out,
        )?;
    }
    writeln!(out, "</svg>")
}

/// One axis's bar in its slot, its count above it and its name below the plot.
fn bar(
    axis: &AxisView,
    slot_left: f64,
    slot: f64,
    (bar_top, base): (f64, f64),
    doc: &Document<'_>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let x = slot_left + slot * 0.25;
    let colour = if axis.in_band() { BAR } else { BAR_OUT };
    let label = doc
        .lang
        .message("ed-axis", &Args::new().with("axis", u32::from(axis.axis)));
    writeln!(
        out,
        "<rect x=\"{x:.1}\" y=\"{bar_top:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{colour}\" />\n<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"13\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"{INK}\">{}</text>\n<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"13\" text-anchor=\"middle\" fill=\"{INK}\">{}</text>",
        slot * 0.5,
        base - bar_top,
        x + slot * 0.25,
        bar_top - 5.0,
        axis.proposals,
        x + slot * 0.25,
        base + 20.0,
        html(&label)
    )
}

/// The fill and the text colour of a cell of the heat map.
fn cell_colours(reach: Reach) -> (&'static str, &'static str, String) {
    match reach {
        Reach::Targeted(n) if n >= 4 => ("#08306b", "#ffffff", n.to_string()),
        Reach::Targeted(n) if n >= 2 => ("#2171b5", "#ffffff", n.to_string()),
        Reach::Targeted(n) => ("#9ecae1", INK, n.to_string()),
        Reach::Complementary(n) => ("#fdd49e", INK, format!("c{n}")),
        Reach::Nothing => ("#ffffff", INK, "–".to_owned()),
    }
}

pub fn coverage_chart(
    rows: &[CoverageRow<'_>],
    doc: &Document<'_>,
    out: &mut dyn Write,
) -> io::Result<()> {
    let (label_width, cell_w, cell_h, head) = (330.0, 70.0, 24.0, 28.0);
    let width = label_width + cell_w * 4.0 + 8.0;
    // The legend, one entry a line below the grid.
    let legend = doc.t("ed-chart-coverage-legend");
    let entries: Vec<&str> = legend.split(" · ").collect();
    let height = head + cell_h * rows.len() as f64 + 12.0 + 18.0 * entries.len() as f64;
    writeln!(
        out,
        "<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-cov-t chart-cov-d\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"chart-cov-t\">{}</title>\n<desc id=\"chart-cov-d\">{}</desc>",
        html(&doc.t("ed-chart-coverage-title")),
        html(&doc.t("ed-chart-coverage-desc"))
    )?;
    for (j, axis) in crate::editors::plan_view::AXES.iter().enumerate() {
        let label = doc
            .lang
            .message("ed-axis", &Args::new().with("axis", u32::from(*axis)));
        writeln!(
            out,
            "<text x=\"{:.1}\" y=\"18\" font-size=\"13\" font-weight=\"bold\" text-anchor=\"middle\" fill=\"{INK}\">{}</text>",
            label_width + cell_w * (j as f64 + 0.5),
            html(&label)
        )?;
    }
    for (i, row) in rows.iter().enumerate() {
        let ry = head + cell_h * i as f64;
        writeln!(
            out,
            "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"end\" fill=\"{INK}\">{}</text>",
            label_width - 8.0,
            ry + cell_h * 0.65,
            html(&row.category.label)
        )?;
        for (j, reach) in row.cells.iter().enumerate() {
            let (fill, ink, text) = cell_colours(*reach);
            let x = label_width + cell_w * j as f64;
            writeln!(
                out,
                "<rect x=\"{x:.1}\" y=\"{ry:.1}\" width=\"{cell_w}\" height=\"{cell_h}\" fill=\"{fill}\" stroke=\"#767676\" stroke-width=\"1\" />\n<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"middle\" fill=\"{ink}\">{text}</text>",
                x + cell_w / 2.0,
                ry + cell_h * 0.65
            )?;
        }
    }
    for (i, entry) in entries.iter().enumerate() {
        let legend_y = head + cell_h * rows.len() as f64 + 26.0 + 18.0 * i as f64;
        writeln!(
            out,
            "<text x=\"0\" y=\"{legend_y:.1}\" font-size=\"12\" fill=\"{INK}\">{}</text>",
            html(entry)
        )?;
    }
    writeln!(out, "</svg>")
}
