//! Syntax slips explained where they are. The parser stops where it can no longer
//! read, which is often a line after the slip (a tab that cannot be seen, a `: `
//! inside a text, a line of a text left at column 1). This module reads the lines
//! around that place, finds the slip the person made, and says in plain French (or
//! English) what to write, with the corrected line(s) that make the file readable
//! when copied as they are. It never names the parser: it gets a [`Stumble`].

mod lines;
mod shapes;
#[cfg(test)]
mod tests;

use crate::i18n::{Args, Lang};
use crate::pipeline::source::SourceFile;
use crate::pipeline::yaml::{Node, Stumble, Value, YamlError};

use lines::{Line, Lines};
pub use shapes::{
    complementary_example, example_for_missing, example_pairs, missing_dash, sentence_read_as_key,
    text_for_list, text_for_object, text_read_as_key,
};

/// A syntax slip, ready to report: the message, where the slip is, its arguments.
pub struct Slip {
    pub message: &'static str,
    /// Byte offset of the slip in the file.
    pub at: usize,
    pub args: Args,
}

/// Lines to write instead of lines `first..=last` (1-based).
#[derive(Debug, PartialEq, Eq)]
pub struct Fix {
    pub first: usize,
    pub last: usize,
    pub lines: Vec<String>,
}

/// What a detector found: the message, the 1-based line and column, the fix.
#[derive(Debug)]
struct Found {
    message: &'static str,
    line: usize,
    column: usize,
    fix: Option<Fix>,
}

impl Found {
    fn new(message: &'static str, line: usize, column: usize, fix: Option<Fix>) -> Self {
        Found {
            message,
            line,
            column,
            fix,
        }
    }
}

/// The slip behind a syntax error, with its message and fix.
pub fn explain(source: &SourceFile, error: &YamlError, lang: Lang) -> Slip {
    let lines = Lines::new(&source.text);
    let here = source.position(error.span.start);
    let found = diagnose(&lines, error.stumble, here.line, here.column).unwrap_or_else(|| {
        let message = generic_message(error.stumble);
        Found::new(message, here.line, here.column, None)
    });
    into_slip(source, &lines, found, lang)
}

fn into_slip(source: &SourceFile, lines: &Lines<'_>, found: Found, lang: Lang) -> Slip {
    let at = source.offset(found.line, found.column);
    let mut args = Args::new().with("line", found.line);
    if let Some(line) = lines.get(found.line) {
        args = args.with("key", line.key().unwrap_or_default());
    }
    args = args.with("fix", render_fix(found.fix.as_ref(), lang));
    Slip {
        message: found.message,
        at,
        args,
    }
}

/// A `#` right after a plain text on its line (`titre: Atelier #QVT`): YAML
/// reads a comment there and the text stops before it. A comment written the
/// usual way, `# ` with a space, is left alone.
pub fn hash_cuts_text(source: &SourceFile, root: &Node, lang: Lang) -> Option<Slip> {
    if !has_hash_after_space(source.text.as_bytes()) {
        // Most files: no text of the tree needs a look.
        return None;
    }
    let (node, hash) = texts(root).find_map(|node| {
        let written = source.slice(node.span);
        if written.starts_with(['"', '\'', '>', '|']) || written.contains('\n') {
            return None;
        }
        let rest = source.text.get(node.span.end..)?;
        let rest = rest.split(['\n', '\r']).next()?;
        let gap = rest.len() - rest.trim_start().len();
        let after = rest.trim_start().strip_prefix('#')?;
        let cut = gap > 0 && after.starts_with(|c: char| !c.is_whitespace());
        cut.then_some((node, node.span.end + gap))
    })?;
    let lines = Lines::new(&source.text);
    let place = source.position(hash);
    let line = lines.get(place.line)?;
    let text = format!(
        "{} {}",
        source.slice(node.span),
        &source.text[hash..].lines().next()?.trim_end()
    );
    let fixed = match line.value() {
        Some(_) if line.is_key() => line.with_value(&lines::double_quoted(&text)),
        _ => line.with_item(&lines::double_quoted(&text)),
    };
    let found = Found::new(
        "YAML001-hash",
        place.line,
        place.column,
        Some(Fix::one(place.line, fixed)),
    );
    Some(into_slip(source, &lines, found, lang))
}

/// Whether a `#` somewhere follows a space or tab and precedes a character that
/// is not one: the only shape [`hash_cuts_text`] looks for.
fn has_hash_after_space(text: &[u8]) -> bool {
    memchr::memchr_iter(b'#', text).any(|i| {
        i > 0
            && matches!(text[i - 1], b' ' | b'\t')
            && text.get(i + 1).is_some_and(|b| !b.is_ascii_whitespace())
    })
}

/// Every text of the tree, in document order.
fn texts(root: &Node) -> impl Iterator<Item = &Node> {
    let mut stack = vec![root];
    std::iter::from_fn(move || {
        while let Some(node) = stack.pop() {
            match &node.value {
                Value::Str(_) => return Some(node),
                Value::Seq(items) => stack.extend(items.iter().rev()),
                Value::Map(entries) => stack.extend(entries.iter().rev().map(|e| &e.value)),
                _ => {}
            }
        }
        None
    })
}

/// The fix as the hint shows it: a sentence naming the lines, then the lines to
/// write, each after a `│ ` gutter so that their leading spaces stay visible.
pub fn render_fix(fix: Option<&Fix>, lang: Lang) -> String {
    let Some(fix) = fix else {
        return String::new();
    };
    let intro = if fix.first == fix.last {
        lang.message("slip-fix-line", &Args::new().with("line", fix.first))
    } else {
        let args = Args::new().with("first", fix.first).with("last", fix.last);
        lang.message("slip-fix-lines", &args)
    };
    let mut text = format!(" {intro}");
    for line in &fix.lines {
        text.push('\n');
        text.push_str(FIX_GUTTER);
        text.push_str(line);
    }
    text
}

/// What starts each line to write in a hint.
pub const FIX_GUTTER: &str = "│ ";

/// The detector for what the parser stumbled on at `line`:`column`.
fn diagnose(lines: &Lines<'_>, stumble: Stumble, line: usize, column: usize) -> Option<Found> {
    // A tab in an indentation is the slip, whatever the parser made of it.
    if let Some(found) = tab(lines, line) {
        return Some(found);
    }
    match stumble {
        Stumble::ColonInText => colon(lines, line, column),
        Stumble::KeyWithoutColon | Stumble::ExpectedDash | Stumble::Indentation => {
            misplaced_line(lines, line)
        }
        Stumble::BlockScalarHeader => block_indicator(lines, line, column),
        Stumble::AfterDoubleQuote => after_quote(lines, line, '"'),
        Stumble::AfterSingleQuote => after_quote(lines, line, '\''),
        Stumble::UnclosedQuote => unclosed_quote(lines, line, column),
        Stumble::Comment => hash(lines, line, column),
        Stumble::DashNotAllowed => dash_after_key(lines, line),
        Stumble::ReservedCharacter | Stumble::Reference => reserved(lines, line, column),
        Stumble::Bracket => bracket(lines, line),
        _ => None,
    }
}

fn generic_message(stumble: Stumble) -> &'static str {
    match stumble {
        Stumble::Tab => "YAML001-tab",
        Stumble::ColonInText => "YAML001-colon-in-text",
        Stumble::KeyWithoutColon | Stumble::ExpectedDash | Stumble::Indentation => {
            "YAML001-misplaced-line"
        }
        Stumble::DashNotAllowed => "YAML001-dash-after-key",
        Stumble::BlockScalarHeader => "YAML001-block-indicator",
        Stumble::UnclosedQuote => "YAML001-unclosed-quote",
        Stumble::AfterDoubleQuote | Stumble::AfterSingleQuote => "YAML001-quote-part",
        Stumble::Escape => "YAML001-escape",
        Stumble::Bracket => "YAML001-bracket",
        Stumble::ReservedCharacter | Stumble::Reference => "YAML001-reserved",
        Stumble::Comment => "YAML001-hash",
        Stumble::Directive => "YAML001-directive",
        Stumble::UnexpectedEnd => "YAML001-end",
        Stumble::Other => "YAML001",
    }
}

/// The first line, up to the one after the error, with a tab in its indentation.
fn tab(lines: &Lines<'_>, error_line: usize) -> Option<Found> {
    let last = (error_line + 1).min(lines.len());
    let (number, line) = (1..=last)
        .filter_map(|n| Some((n, lines.get(n)?)))
        .find(|(_, line)| line.tab_in_indent().is_some())?;
    let column = line.tab_in_indent()?;
    let indent = lines.expected_indent(number);
    let fixed = format!("{}{}", " ".repeat(indent), line.content());
    Some(Found::new(
        "YAML001-tab",
        number,
        column,
        Some(Fix::one(number, fixed)),
    ))
}

/// A `: ` inside a text, or a line glued to the one above (a key at the wrong
/// indentation, a key without `:` or without the space after it).
fn colon(lines: &Lines<'_>, number: usize, column: usize) -> Option<Found> {
    let line = lines.get(number)?;
    let first_key_colon = line.key_colon_column();
    if first_key_colon == Some(column) {
        // The key of this line is fine: the line above swallowed it.
        if let Some(found) = glued_to_previous(lines, number) {
            return Some(found);
        }
    }
    colon_in_text(lines, number, column)
}

/// The line above `number` was read as a text going on into this line.
fn glued_to_previous(lines: &Lines<'_>, number: usize) -> Option<Found> {
    let line = lines.get(number)?;
    let (previous_number, previous) = lines.previous_content(number)?;
    if let Some(found) = missing_space_after_colon(lines, previous_number) {
        return Some(found);
    }
    if let Some(found) = missing_colon(previous_number, &previous) {
        return Some(found);
    }
    let sibling = previous.key_column()?;
    if line.indent() != sibling && line.key().is_some_and(lines::is_key_name) {
        let fixed = format!("{}{}", " ".repeat(sibling), line.content());
        let column = line.indent() + 1;
        let fix = Fix::one(number, fixed);
        return Some(Found::new("YAML001-key-indent", number, column, Some(fix)));
    }
    None
}

/// `titre:Parcours`: a key whose `:` is not followed by a space.
fn missing_space_after_colon(lines: &Lines<'_>, number: usize) -> Option<Found> {
    let line = lines.get(number)?;
    let (key, colon_column) = line.glued_key()?;
    if !lines::is_key_name(key) {
        return None;
    }
    let fixed = line.with_space_after(colon_column);
    let fix = Fix::one(number, fixed);
    Some(Found::new(
        "YAML001-colon-glued",
        number,
        colon_column,
        Some(fix),
    ))
}

/// `titre Parcours`: a line that starts with a key name but has no `:`.
fn missing_colon(number: usize, line: &Line<'_>) -> Option<Found> {
    if line.key_colon_column().is_some() || line.is_dash() {
        return None;
    }
    let content = line.content();
    let word_end = content.find(' ')?;
    if !lines::is_key_name(&content[..word_end]) {
        return None;
    }
    let fixed = format!(
        "{}{}:{}",
        " ".repeat(line.indent()),
        &content[..word_end],
        &content[word_end..]
    );
    let column = line.indent() + content[..word_end].chars().count() + 1;
    Some(Found::new(
        "YAML001-missing-colon",
        number,
        column,
        Some(Fix::one(number, fixed)),
    ))
}

/// A `: ` inside a text: the whole text goes between double quotes.
fn colon_in_text(lines: &Lines<'_>, number: usize, column: usize) -> Option<Found> {
    let (start, last) = lines.text_extent(number);
    let owner = lines.get(start)?;
    let value = lines.joined_value(start, last);
    let typographic = value.starts_with(['“', '«', '”']);
    let message = if typographic {
        "YAML001-typographic-quotes"
    } else {
        "YAML001-colon-in-text"
    };
    let value = lines::straighten_typographic_quotes(&value);
    let fixed = owner.with_value(&lines::double_quoted(&value));
    let fix = Fix {
        first: start,
        last,
        lines: vec![fixed],
    };
    Some(Found::new(message, number, column, Some(fix)))
}

/// A line the parser could not place: a line of a text less indented than the
/// others, a list item or key at the wrong indentation, a missing `- `.
fn misplaced_line(lines: &Lines<'_>, number: usize) -> Option<Found> {
    if let Some(found) = bracket_then_text(lines, number) {
        return Some(found);
    }
    let line = lines.get(number)?;
    let (previous_number, previous) = lines.previous_content(number)?;
    if let Some(found) = missing_space_after_colon(lines, number)
        .or_else(|| missing_space_after_colon(lines, previous_number))
    {
        return Some(found);
    }
    if let Some(indent) = lines.block_text_indent(number)
        && line.indent() < indent
    {
        return Some(reindent("YAML001-text-indent", number, line, indent));
    }
    if previous.value().is_some_and(str::is_empty) && !line.is_key() && !line.is_dash() {
        let indent = previous.key_column().unwrap_or(0) + 2;
        return Some(reindent("YAML001-text-indent", number, line, indent));
    }
    if let Some(found) = in_list(lines, number, &line, &previous) {
        return Some(found);
    }
    if line.is_key()
        && let Some(sibling) = lines.previous_key_column(number)
    {
        return Some(reindent("YAML001-key-indent", number, line, sibling));
    }
    if previous.value().is_some_and(|v| !v.is_empty()) && !line.is_key() {
        let indent = previous.key_column().unwrap_or(0) + 2;
        return Some(reindent("YAML001-text-indent", number, line, indent));
    }
    None
}

/// A line inside a list: a `- ` at the wrong indentation, a missing `- `, or the
/// next line of an item's text not indented under it.
fn in_list(
    lines: &Lines<'_>,
    number: usize,
    line: &Line<'_>,
    previous: &Line<'_>,
) -> Option<Found> {
    let dash = lines.enclosing_dash(number)?;
    let dash_indent = dash.indent();
    if line.is_dash() {
        return (line.indent() != dash_indent)
            .then(|| reindent("YAML001-dash-indent", number, *line, dash_indent));
    }
    if line.indent() > dash_indent && line.is_key() {
        return Some(reindent(
            "YAML001-key-indent",
            number,
            *line,
            dash_indent + 2,
        ));
    }
    if line.indent() != dash_indent && line.indent() >= dash_indent + 2 {
        return None;
    }
    let previous_ends = previous
        .content()
        .trim_end()
        .ends_with(['.', '!', '?', ';']);
    let starts_upper = line
        .content()
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    if line.is_key() || previous_ends || starts_upper {
        let fixed = format!("{}- {}", " ".repeat(dash_indent), line.content());
        let column = line.indent() + 1;
        let fix = Fix::one(number, fixed);
        return Some(Found::new(
            "YAML001-missing-dash",
            number,
            column,
            Some(fix),
        ));
    }
    Some(reindent(
        "YAML001-list-continuation",
        number,
        *line,
        dash_indent + 2,
    ))
}

fn reindent(message: &'static str, number: usize, line: Line<'_>, indent: usize) -> Found {
    let fixed = format!("{}{}", " ".repeat(indent), line.content());
    Found::new(
        message,
        number,
        line.indent() + 1,
        Some(Fix::one(number, fixed)),
    )
}

/// `titre: [Accueil] des nouveaux`: brackets start a list, not a text.
fn bracket_then_text(lines: &Lines<'_>, number: usize) -> Option<Found> {
    let line = lines.get(number)?;
    let value = line.value()?;
    if !value.starts_with(['[', '{']) {
        return None;
    }
    let column = line.value_column()?;
    let fixed = line.with_value(&lines::double_quoted(value));
    let fix = Fix::one(number, fixed);
    Some(Found::new(
        "YAML001-bracket-text",
        number,
        column,
        Some(fix),
    ))
}

/// `cible: > 80 %` or `solution: | Mettre en place…`: `>` and `|` announce a text
/// on the following lines, and must stand alone at the end of the line.
fn block_indicator(lines: &Lines<'_>, number: usize, column: usize) -> Option<Found> {
    let line = lines.get(number)?;
    let value = line.value()?;
    let rest = value.strip_prefix(['>', '|'])?.trim_start();
    let new_value = if rest.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '=' | '%')) {
        lines::double_quoted(value)
    } else {
        lines::plain_or_quoted(rest)
    };
    let fix = Fix::one(number, line.with_value(&new_value));
    Some(Found::new(
        "YAML001-block-indicator",
        number,
        column,
        Some(fix),
    ))
}

/// Quotes that do not enclose the whole text, or an apostrophe inside `'…'`.
fn after_quote(lines: &Lines<'_>, number: usize, quote: char) -> Option<Found> {
    let line = lines.get(number)?;
    let value = line.value()?;
    let column = line.value_column()?;
    let inner = value.strip_prefix(quote)?;
    let closing = inner.find(quote)?;
    let after = inner[closing + quote.len_utf8()..].chars().next();
    let encloses_all = value.len() > 1 && value.ends_with(quote);
    if quote == '\'' && after.is_some_and(char::is_alphabetic) && encloses_all {
        let text = &value[1..value.len() - 1];
        let fixed = line.with_value(&lines::double_quoted(text));
        let fix = Fix::one(number, fixed);
        return Some(Found::new("YAML001-apostrophe", number, column, Some(fix)));
    }
    let new_value = if encloses_all {
        let text = &value[1..value.len() - 1];
        format!("{quote}{}{quote}", lines::guillemets(text, quote))
    } else {
        lines::plain_or_quoted(&lines::guillemets(value, quote))
    };
    let fix = Fix::one(number, line.with_value(&new_value));
    Some(Found::new("YAML001-quote-part", number, column, Some(fix)))
}

/// A quote opened and never closed: closed at the end of its line.
fn unclosed_quote(lines: &Lines<'_>, number: usize, column: usize) -> Option<Found> {
    let line = lines.get(number)?;
    let value = line.value()?;
    let quote = value.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    let fixed = format!("{}{quote}", line.text().trim_end());
    let fix = Fix::one(number, fixed);
    Some(Found::new(
        "YAML001-unclosed-quote",
        number,
        column,
        Some(fix),
    ))
}

/// A `#` inside a text that goes on to the next line: `#` starts a comment, which
/// cut the text in two.
fn hash(lines: &Lines<'_>, number: usize, column: usize) -> Option<Found> {
    let (start, last) = lines.text_extent(number);
    let owner = lines.get(start)?;
    let value = lines.joined_value(start, last);
    let fixed = owner.with_value(&lines::double_quoted(&value));
    let fix = Fix {
        first: start,
        last,
        lines: vec![fixed],
    };
    Some(Found::new("YAML001-hash", number, column, Some(fix)))
}

/// `conditions_de_succes: - texte`: a list starts on the line after its key.
fn dash_after_key(lines: &Lines<'_>, number: usize) -> Option<Found> {
    let line = lines.get(number)?;
    let value = line.value()?;
    let column = line.value_column()?;
    let key_line = line.with_value("");
    let indent = line.key_column()? + 2;
    let item = format!("{}{}", " ".repeat(indent), value);
    let fix = Fix {
        first: number,
        last: number,
        lines: vec![key_line.trim_end().to_owned(), item],
    };
    Some(Found::new(
        "YAML001-dash-after-key",
        number,
        column,
        Some(fix),
    ))
}

/// A text that starts with `@`, `` ` ``, `*` or `&`: quoted, or a `* ` bullet removed.
fn reserved(lines: &Lines<'_>, number: usize, column: usize) -> Option<Found> {
    let line = lines.get(number)?;
    let value = line.value()?;
    let new_value = match value
        .strip_prefix("* ")
        .or_else(|| value.strip_prefix("• "))
    {
        Some(rest) => lines::plain_or_quoted(rest.trim_start()),
        None => lines::double_quoted(value),
    };
    let fix = Fix::one(number, line.with_value(&new_value));
    let column = line.value_column().unwrap_or(column);
    Some(Found::new("YAML001-reserved", number, column, Some(fix)))
}

/// A `[` or `{` never closed: the line that opens it gets its closing bracket.
fn bracket(lines: &Lines<'_>, number: usize) -> Option<Found> {
    let (open_number, column, closing) = (1..=number.min(lines.len()))
        .rev()
        .find_map(|n| Some((n, lines.get(n)?.unclosed_bracket()?)))
        .map(|(n, (column, closing))| (n, column, closing))?;
    let line = lines.get(open_number)?;
    let fixed = format!("{}{closing}", line.text().trim_end());
    let fix = Fix::one(open_number, fixed);
    Some(Found::new(
        "YAML001-bracket",
        open_number,
        column,
        Some(fix),
    ))
}

impl Fix {
    fn one(line: usize, text: String) -> Fix {
        Fix {
            first: line,
            last: line,
            lines: vec![text],
        }
    }
}
