//! `--format table`: comfy-table draws the borders, UTF-8 or `--ascii`; the
//! layout is ours ([`fit`]): which columns to show at this width, how wide each
//! one is, the text wrapped between words. Codes that do not fit a verdict
//! column are listed below the table; the legend is wrapped to the width.
//! Cells are already neutralised for terminals (see [`super`]).

use std::io::{self, Write};

use comfy_table::presets::{ASCII_FULL_CONDENSED, UTF8_FULL_CONDENSED};
use comfy_table::{Cell, CellAlignment, ContentArrangement, Table};

use super::Sheet;
use super::fit::{self, Column, Content, Fit, Layout, mark_of, width_of, wrap};
use crate::i18n::{Args, Lang};

pub fn write(
    sheets: &[Sheet],
    legend: Option<&str>,
    width: u16,
    ascii: bool,
    lang: Lang,
    out: &mut dyn Write,
) -> io::Result<()> {
    let width = usize::from(width);
    for (i, sheet) in sheets.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        write_wrapped(&sheet.title, width, out)?;
        let columns = columns(sheet, lang);
        let content = Content {
            header: &sheet.header,
            rows: &sheet.rows,
            columns: &columns,
        };
        let layout = fit::layout(&content, width);
        writeln!(out, "{}", draw(sheet, &columns, &layout, ascii))?;
        let notes = codes_below(sheet, &columns, &layout);
        if !notes.is_empty() {
            write_wrapped(&lang.message("ed-table-codes", &Args::new()), width, out)?;
            for note in notes {
                write_wrapped(&note, width, out)?;
            }
        }
        if sheet.name == "proposals"
            && let Some(legend) = legend
        {
            write_wrapped(legend, width, out)?;
        }
    }
    Ok(())
}

fn write_wrapped(text: &str, width: usize, out: &mut dyn Write) -> io::Result<()> {
    for line in wrap(text, width) {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// How each column of a known table may give way; in other tables (the
/// working groups'), numbers and one-word cells stay whole, the rest wraps.
fn columns(sheet: &Sheet, lang: Lang) -> Vec<Column> {
    let short = |id: &str| lang.message(id, &Args::new());
    let wrap = |comfort| Column::new(Fit::Wrap { comfort });
    match (sheet.name, sheet.header.len()) {
        // Id, axis, title, status, canvas, P1-P4, errors, warnings.
        ("proposals", 11) => {
            let mut columns = vec![
                Column::new(Fit::Whole),
                Column::new(Fit::Whole).dropped_at(2),
                wrap(24),
                Column::new(Fit::Whole),
                Column::new(Fit::Mark).short(short("ed-col-canvas-short")),
            ];
            columns.extend((0..4).map(|_| Column::new(Fit::Mark)));
            columns.extend((0..2).map(|_| Column::new(Fit::Whole).dropped_at(1)));
            columns
        }
        // Axis, label, proposals, statuses, themes, with errors.
        ("axes", 6) => vec![
            Column::new(Fit::Whole),
            wrap(20),
            Column::new(Fit::Whole).short(short("ed-col-proposals-short")),
            wrap(13),
            wrap(13),
            Column::new(Fit::Whole),
        ],
        ("coverage", _) => {
            let mut columns = vec![wrap(20)];
            columns.extend((1..sheet.header.len()).map(|_| wrap(10)));
            columns
        }
        // Numbers and one-word cells (ids, codes) whole, sentences wrapped.
        _ => (0..sheet.header.len())
            .map(|i| {
                let numeric = sheet.numeric.get(i).copied().unwrap_or(false);
                let one_word = sheet
                    .rows
                    .iter()
                    .all(|r| r.get(i).is_none_or(|c| !c.contains(' ')));
                if numeric || one_word {
                    Column::new(Fit::Whole)
                } else {
                    wrap(12)
                }
            })
            .collect(),
    }
}

/// One cell wrapped to its column; a verdict shows its mark alone when its
/// codes do not fit (they are listed below the table).
fn cell_text(text: &str, column: &Column, width: usize, layout: &Layout) -> String {
    let text = if column.fit == Fit::Mark && layout.marks_only && width_of(text) > width {
        mark_of(text)
    } else {
        text
    };
    wrap(text, width).join("\n")
}

fn draw(sheet: &Sheet, columns: &[Column], layout: &Layout, ascii: bool) -> Table {
    let mut table = Table::new();
    table
        .load_style(if ascii {
            ASCII_FULL_CONDENSED
        } else {
            UTF8_FULL_CONDENSED
        })
        // The text is already wrapped to the widths chosen.
        .set_content_arrangement(ContentArrangement::Disabled);
    let header = layout.kept.iter().map(|&(i, w)| {
        let text = match (&columns[i].short, layout.short_headers) {
            (Some(short), true) => short.as_str(),
            _ => sheet.header[i].as_str(),
        };
        Cell::new(wrap(text, w).join("\n"))
    });
    table.set_header(header);
    for row in &sheet.rows {
        table.add_row(layout.kept.iter().map(|&(i, w)| {
            let text = row.get(i).map_or("", String::as_str);
            Cell::new(cell_text(text, &columns[i], w, layout))
        }));
    }
    for (index, &(i, _)) in layout.kept.iter().enumerate() {
        if sheet.numeric.get(i).copied().unwrap_or(false)
            && let Some(column) = table.column_mut(index)
        {
            column.set_cell_alignment(CellAlignment::Right);
        }
    }
    table
}

/// For each row whose verdicts were shown as marks alone: its id, then each
/// such verdict with its column's name (`A2-03 · P2 ✗ CON001 CON002`).
fn codes_below(sheet: &Sheet, columns: &[Column], layout: &Layout) -> Vec<String> {
    if !layout.marks_only {
        return Vec::new();
    }
    let mut notes = Vec::new();
    for row in &sheet.rows {
        let cut: Vec<String> = layout
            .kept
            .iter()
            .filter(|&&(i, w)| columns[i].fit == Fit::Mark && width_of(&row[i]) > w)
            .map(|&(i, _)| format!("{} {}", sheet.header[i], row[i]))
            .collect();
        if !cut.is_empty() {
            notes.push(format!("{} · {}", row[0], cut.join(" · ")));
        }
    }
    notes
}
