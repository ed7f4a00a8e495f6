//! `--format html`: one accessible page (declared language, landmarks, table
//! captions and header scopes), self-contained and without script: a Content
//! Security Policy forbids any, so that a missed escape could not run one.

use std::io::{self, Write};

use super::Sheet;
use crate::i18n::Lang;
use crate::text::escape::html;

/// The style of the summary page: readable tables, AA contrast.
const STYLE: &str = "body{font-family:system-ui,sans-serif;color:#1a1a1a;background:#fff;margin:2rem;line-height:1.4}\
table{border-collapse:collapse;margin-bottom:2rem}caption{text-align:left;font-weight:bold;padding:.3rem 0}\
th,td{border:1px solid #767676;padding:.25rem .5rem;vertical-align:top;text-align:left}\
thead th{background:#e8eef5}td.num{text-align:right}th[scope=row]{white-space:nowrap}\
td.met{color:#1e5b2e;text-align:center}td.fail{background:#fbe9eb;color:#a1001d;font-weight:bold}\
td.warn{background:#fff4e0;color:#7a4a00}td.none{color:#4a4a4a}\
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}";

/// The start of a page, up to and including `<body>`: everything in `<head>`
/// is ours, except the title, which is escaped.
pub fn head(lang: Lang, title: &str, style: &str, out: &mut dyn Write) -> io::Result<()> {
    writeln!(out, "<!DOCTYPE html>")?;
    writeln!(
        out,
        "<html lang=\"{}\" xmlns=\"http://www.w3.org/1999/xhtml\">",
        lang.code()
    )?;
    writeln!(out, "<head>\n<meta charset=\"utf-8\" />")?;
    writeln!(
        out,
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\" />"
    )?;
    writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />"
    )?;
    writeln!(out, "<meta name=\"generator\" content=\"canevas\" />")?;
    writeln!(out, "<title>{}</title>", html(title))?;
    writeln!(out, "<style>\n{style}\n</style>\n</head>\n<body>")
}

pub fn write(sheets: &[Sheet], lang: Lang, title: &str, out: &mut dyn Write) -> io::Result<()> {
    head(lang, title, STYLE, out)?;
    writeln!(out, "<main>\n<h1>{}</h1>", html(title))?;
    for sheet in sheets {
        writeln!(
            out,
            "<section aria-labelledby=\"{0}\">\n<h2 id=\"{0}\">{1}</h2>",
            sheet.name,
            html(&sheet.title)
        )?;
        write_table(sheet, None, out)?;
        writeln!(out, "</section>")?;
    }
    writeln!(out, "</main>\n</body>\n</html>")
}

/// One table: column headers with `scope="col"`, the first cell of each row a
/// row header with `scope="row"`, numbers aligned right.
/// A verdict of the proposals table (`✓ remplie`, `✗ non remplie : CON001`):
/// a met one shows its mark alone, quietly; the others stand out in words.
fn verdict_cell(cell: &str, out: &mut dyn Write) -> io::Result<()> {
    let (mark, words) = cell.split_once(' ').unwrap_or(("", cell));
    let class = match mark {
        "✓" => "met",
        "✗" => "fail",
        "!" => "warn",
        _ => "none",
    };
    let words = if class == "met" {
        format!("<span class=\"sr\">{}</span>", html(words))
    } else {
        format!(" {}", html(words))
    };
    write!(
        out,
        "<td class=\"{class}\"><span aria-hidden=\"true\">{}</span>{words}</td>",
        html(mark)
    )
}

pub fn write_table(sheet: &Sheet, caption: Option<&str>, out: &mut dyn Write) -> io::Result<()> {
    write_table_quoting(sheet, caption, None, out)
}

/// The columns of a table whose cells are text taken from a proposal, and
/// the language of that text (their cells get `lang`).
pub struct Quoted<'a> {
    pub columns: &'a [usize],
    pub lang: Lang,
}

/// [`write_table`], with the cells of some columns marked with their language.
pub fn write_table_quoting(
    sheet: &Sheet,
    caption: Option<&str>,
    quoted: Option<Quoted<'_>>,
    out: &mut dyn Write,
) -> io::Result<()> {
    writeln!(out, "<table>")?;
    if let Some(caption) = caption {
        writeln!(out, "<caption>{}</caption>", html(caption))?;
    }
    write!(out, "<thead><tr>")?;
    for header in &sheet.header {
        write!(out, "<th scope=\"col\">{}</th>", html(header))?;
    }
    writeln!(out, "</tr></thead>\n<tbody>")?;
    for row in &sheet.rows {
        write!(out, "<tr>")?;
        for (i, cell) in row.iter().enumerate() {
            let numeric = sheet.numeric.get(i).copied().unwrap_or(false);
            let lang = match &quoted {
                Some(q) if q.columns.contains(&i) => format!(" lang=\"{}\"", q.lang.code()),
                _ => String::new(),
            };
            match (i, numeric) {
                (0, _) => write!(out, "<th scope=\"row\"{lang}>{}</th>", html(cell))?,
                (4..=8, _) if sheet.name == "proposals" => verdict_cell(cell, out)?,
                (_, true) => write!(out, "<td class=\"num\"{lang}>{}</td>", html(cell))?,
                (_, false) => write!(out, "<td{lang}>{}</td>", html(cell))?,
            }
        }
        writeln!(out, "</tr>")?;
    }
    writeln!(out, "</tbody>\n</table>")
}
