//! The lines of a file as a person reads them: indentation, `- `, `key: value`.
//! A rough reading, on purpose: it runs only on text the parser refused, to find
//! the slip and write the corrected line.

use crate::vocabulary::{self, Field, Kind};

/// The lines of a text (`\n`, `\r\n` and a lone `\r` all end a line), 1-based.
pub(super) struct Lines<'a>(Vec<&'a str>);

/// One line, without its line ending.
#[derive(Clone, Copy)]
pub(super) struct Line<'a>(&'a str);

/// The `key:` of a line: where the key starts (0-based column), the key, the
/// 1-based column of its `:`, and the value after it (trimmed, maybe empty).
struct KeyParts<'a> {
    key_column: usize,
    key: &'a str,
    colon_column: usize,
    value: &'a str,
    /// Byte offset of the value in the line.
    value_at: usize,
}

impl<'a> Lines<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut lines = Vec::new();
        let mut rest = text;
        while let Some(end) = rest.find(['\n', '\r']) {
            lines.push(&rest[..end]);
            let skip = if rest[end..].starts_with("\r\n") {
                2
            } else {
                1
            };
            rest = &rest[end + skip..];
        }
        lines.push(rest);
        Lines(lines)
    }

    pub(super) fn len(&self) -> usize {
        self.0.len()
    }

    pub(super) fn get(&self, number: usize) -> Option<Line<'a>> {
        self.0.get(number.checked_sub(1)?).map(|l| Line(l))
    }

    /// The nearest line above `number` that is neither blank nor a comment.
    pub(super) fn previous_content(&self, number: usize) -> Option<(usize, Line<'a>)> {
        (1..number)
            .rev()
            .filter_map(|n| Some((n, self.get(n)?)))
            .find(|(_, line)| line.has_content())
    }

    /// The indentation a line should have, judged from the line above it.
    pub(super) fn expected_indent(&self, number: usize) -> usize {
        let Some((_, previous)) = self.previous_content(number) else {
            return 0;
        };
        let here = self.get(number).map(|l| Line(l.content()));
        let structural = here.is_some_and(|l| l.is_key() || l.is_dash());
        match previous.value() {
            Some(value) if value.is_empty() || is_block_indicator(value) => {
                previous.key_column().unwrap_or(previous.indent()) + 2
            }
            Some(_) if previous.is_key() && structural => previous.key_column().unwrap_or(0),
            Some(_) if previous.is_key() => previous.key_column().unwrap_or(0) + 2,
            _ if structural => previous.indent(),
            _ => previous.indent(),
        }
    }

    /// The first and last lines of the plain text that line `number` belongs to.
    pub(super) fn text_extent(&self, number: usize) -> (usize, usize) {
        let mut start = number;
        while let (Some(current), Some((p, previous))) =
            (self.get(start), self.previous_content(start))
        {
            if !previous.has_plain_text() || current.indent() <= previous.text_threshold() {
                break;
            }
            start = p;
        }
        let threshold = self.get(start).map_or(0, |l| l.text_threshold());
        let mut last = number;
        while let Some(next) = self.get(last + 1) {
            if !next.has_content() || next.indent() <= threshold {
                break;
            }
            last += 1;
        }
        (start, last)
    }

    /// The value of line `start` followed by the lines up to `last`, joined by spaces.
    pub(super) fn joined_value(&self, start: usize, last: usize) -> String {
        self.joined(start, last, |line| line.value())
    }

    /// The item text of line `start` followed by the lines up to `last`.
    pub(super) fn joined_item(&self, start: usize, last: usize) -> String {
        self.joined(start, last, |line| Some(line.item()))
    }

    fn joined(
        &self,
        start: usize,
        last: usize,
        first: impl Fn(&Line<'a>) -> Option<&'a str>,
    ) -> String {
        let mut text = self
            .get(start)
            .and_then(|line| first(&line))
            .unwrap_or_default()
            .to_owned();
        for line in (start + 1..=last).filter_map(|n| self.get(n)) {
            text.push(' ');
            text.push_str(line.content().trim_end());
        }
        text
    }

    /// The indentation of the text of a `>` or `|` block that line `number` is under.
    pub(super) fn block_text_indent(&self, number: usize) -> Option<usize> {
        let here = self.get(number)?.indent();
        let mut first_content = None;
        for n in (1..number).rev() {
            let line = self.get(n)?;
            if !line.has_content() {
                continue;
            }
            if line.value().is_some_and(is_block_indicator) {
                let indent = first_content?;
                return (indent > line.key_column().unwrap_or(0)).then_some(indent);
            }
            if line.indent() <= here {
                return None;
            }
            first_content = Some(line.indent());
        }
        None
    }

    /// The nearest `- ` line above `number`, while the lines between are inside its list.
    pub(super) fn enclosing_dash(&self, number: usize) -> Option<Line<'a>> {
        let here = self.get(number)?.indent();
        for n in (1..number).rev() {
            let line = self.get(n)?;
            if !line.has_content() {
                continue;
            }
            if line.is_dash() {
                return Some(line);
            }
            if line.indent() < here {
                return None;
            }
        }
        None
    }

    /// Where the key of the nearest key line above `number` starts.
    pub(super) fn previous_key_column(&self, number: usize) -> Option<usize> {
        (1..number)
            .rev()
            .filter_map(|n| self.get(n))
            .find(Line::is_key)
            .and_then(|l| l.key_column())
    }
}

impl<'a> Line<'a> {
    pub(super) fn text(&self) -> &'a str {
        self.0
    }

    /// Leading spaces (a tab stops the count).
    pub(super) fn indent(&self) -> usize {
        self.0.chars().take_while(|&c| c == ' ').count()
    }

    /// The 1-based column of the first tab among the leading blanks.
    pub(super) fn tab_in_indent(&self) -> Option<usize> {
        let blanks = self.0.chars().take_while(|c| matches!(c, ' ' | '\t'));
        let position = blanks.enumerate().find(|(_, c)| *c == '\t')?.0;
        // A tab on a line of blanks only is harmless.
        (!self.content().is_empty()).then_some(position + 1)
    }

    /// The line without its leading blanks.
    pub(super) fn content(&self) -> &'a str {
        self.0.trim_start_matches([' ', '\t'])
    }

    fn has_content(&self) -> bool {
        let content = self.content().trim_end();
        !content.is_empty() && !content.starts_with('#')
    }

    pub(super) fn is_dash(&self) -> bool {
        let content = self.content();
        content == "-" || content.starts_with("- ")
    }

    /// The line after its `- ` (if any), and the 0-based column where that starts.
    fn body(&self) -> (usize, &'a str) {
        let mut column = self.indent();
        let mut body = self.content();
        while let Some(rest) = body.strip_prefix("- ") {
            let trimmed = rest.trim_start_matches(' ');
            column += body.len() - trimmed.len();
            body = trimmed;
        }
        (column, body)
    }

    fn key_parts(&self) -> Option<KeyParts<'a>> {
        let (key_column, body) = self.body();
        if body.starts_with([
            '"', '\'', '[', '{', '>', '|', '#', '&', '*', '!', '%', '@', '`',
        ]) {
            return None;
        }
        let colon = body
            .char_indices()
            .find(|&(i, c)| c == ':' && body[i + 1..].chars().next().is_none_or(|n| n == ' '))
            .map(|(i, _)| i)?;
        let key = &body[..colon];
        if key.contains(" #") || key.trim().is_empty() {
            return None;
        }
        let after = &body[colon + 1..];
        let value = after.trim();
        let body_at = self.0.len() - body.len();
        let value_at = body_at + colon + 1 + (after.len() - after.trim_start().len());
        Some(KeyParts {
            key_column,
            key: key.trim(),
            colon_column: self.0[..body_at + colon].chars().count() + 1,
            value,
            value_at,
        })
    }

    pub(super) fn is_key(&self) -> bool {
        self.key_parts().is_some()
    }

    pub(super) fn key(&self) -> Option<&'a str> {
        self.key_parts().map(|k| k.key)
    }

    /// The 0-based column where the key starts (after the indentation and `- `).
    pub(super) fn key_column(&self) -> Option<usize> {
        self.key_parts().map(|k| k.key_column)
    }

    pub(super) fn key_colon_column(&self) -> Option<usize> {
        self.key_parts().map(|k| k.colon_column)
    }

    /// The value after `key:`, or the text of a `- ` item; `Some("")` for `key:`.
    pub(super) fn value(&self) -> Option<&'a str> {
        if let Some(parts) = self.key_parts() {
            return Some(parts.value);
        }
        self.is_dash().then(|| self.body().1.trim_end())
    }

    fn value_at(&self) -> Option<usize> {
        if let Some(parts) = self.key_parts() {
            return Some(parts.value_at);
        }
        self.is_dash().then(|| self.0.len() - self.body().1.len())
    }

    /// The 1-based column where the value starts.
    pub(super) fn value_column(&self) -> Option<usize> {
        let at = self.value_at()?;
        Some(self.0[..at].chars().count() + 1)
    }

    /// The line with `value` in place of its value.
    pub(super) fn with_value(&self, value: &str) -> String {
        match self.value_at() {
            Some(at) if at == self.0.len() || self.0[..at].ends_with(' ') => {
                format!("{}{value}", &self.0[..at])
            }
            Some(at) => format!("{} {value}", &self.0[..at]),
            None => value.to_owned(),
        }
    }

    /// The text of a `- ` item (or the line's content when it is not one).
    pub(super) fn item(&self) -> &'a str {
        self.body().1.trim_end()
    }

    /// The line with `item` in place of its item text.
    pub(super) fn with_item(&self, item: &str) -> String {
        let at = self.0.len() - self.body().1.len();
        format!("{}{item}", &self.0[..at])
    }

    /// Whether the value is a plain text (not quoted, not a block, not empty).
    fn has_plain_text(&self) -> bool {
        match self.value() {
            Some(value) => {
                !value.is_empty()
                    && !value.starts_with(['"', '\'', '[', '{'])
                    && !is_block_indicator(value)
            }
            None => true,
        }
    }

    /// The next lines of this line's text must be indented more than this.
    fn text_threshold(&self) -> usize {
        match self.key_column() {
            Some(column) => column,
            None => self.indent(),
        }
    }

    /// `titre:Parcours`: a word, a `:`, and no space after it.
    pub(super) fn glued_key(&self) -> Option<(&'a str, usize)> {
        let (_, body) = self.body();
        let colon = body.find(':')?;
        let key = &body[..colon];
        let next = body[colon + 1..].chars().next()?;
        let word = |c: char| c.is_alphanumeric() || matches!(c, '_' | '-' | ' ');
        if key.is_empty() || !key.chars().all(word) || matches!(next, ' ' | '/' | ':') {
            return None;
        }
        let body_at = self.0.len() - body.len();
        Some((key, self.0[..body_at + colon].chars().count() + 1))
    }

    /// The line with a space inserted after the `:` at `colon_column`.
    pub(super) fn with_space_after(&self, colon_column: usize) -> String {
        let at = self
            .0
            .char_indices()
            .nth(colon_column - 1)
            .map_or(self.0.len(), |(i, c)| i + c.len_utf8());
        format!("{} {}", &self.0[..at], &self.0[at..])
    }

    /// The 1-based column of the first `[` or `{` left open, and what closes them all.
    pub(super) fn unclosed_bracket(&self) -> Option<(usize, String)> {
        let mut open: Vec<(usize, char)> = Vec::new();
        let mut quote = None;
        for (column, c) in self.0.chars().enumerate() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') if open.is_empty() => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '[' | '{') => open.push((column + 1, c)),
                (None, ']' | '}') => {
                    open.pop();
                }
                (None, '#') if open.is_empty() => break,
                _ => {}
            }
        }
        let first = open.first()?.0;
        let closing = open
            .iter()
            .rev()
            .map(|(_, c)| if *c == '[' { ']' } else { '}' })
            .collect();
        Some((first, closing))
    }
}

/// `>`, `|`, `>-`, `|+`, `>2`… alone (a comment may follow).
fn is_block_indicator(value: &str) -> bool {
    let value = value.split(" #").next().unwrap_or(value).trim_end();
    let mut chars = value.chars();
    matches!(chars.next(), Some('>' | '|'))
        && chars.all(|c| matches!(c, '-' | '+') || c.is_ascii_digit())
}

/// Whether `word` is the name of a key of the format, in either language.
pub(super) fn is_key_name(word: &str) -> bool {
    fn holds(fields: &[Field], folded: &str) -> bool {
        fields.iter().any(|field| {
            field.en == folded
                || field.fr == folded
                || matches!(vocabulary::unwrap_list(&field.kind), Kind::Object(inner) if holds(inner, folded))
        })
    }
    let folded = vocabulary::fold(word);
    !folded.is_empty() && (holds(vocabulary::PROPOSAL, &folded) || folded == "categories")
}

/// `text` between double quotes, as YAML reads it back unchanged.
pub(super) fn double_quoted(text: &str) -> String {
    let escaped = text.replace('\\', "\\\\").replace('"', "\\\"");
    format!("\"{escaped}\"")
}

/// `text` as it is when YAML reads it back unchanged, else between double quotes.
pub(super) fn plain_or_quoted(text: &str) -> String {
    let needs_quotes = text.is_empty()
        || text.contains(": ")
        || text.contains(" #")
        || text.ends_with(':')
        || text.starts_with([
            '"', '\'', '[', ']', '{', '}', '>', '|', '#', '&', '*', '!', '%', '@', '`', ',', '?',
            ':', '-',
        ])
        || text != text.trim();
    if needs_quotes {
        double_quoted(text)
    } else {
        text.to_owned()
    }
}

/// Pairs of `quote` in `text` turned into French quotation marks « … ».
pub(super) fn guillemets(text: &str, quote: char) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut open = false;
    for c in text.chars() {
        if c != quote {
            out.push(c);
            continue;
        }
        if open {
            let trimmed = out.trim_end().len();
            out.truncate(trimmed);
            out.push_str("\u{202f}»");
        } else {
            out.push_str("«\u{202f}");
        }
        open = !open;
    }
    // A quote whose pair is missing: « kept on its own is better than a lost word.
    out.replace("«\u{202f} ", "«\u{202f}")
}

/// A text wrapped in “ ” (which YAML does not read as quotes) without them.
pub(super) fn straighten_typographic_quotes(text: &str) -> String {
    match text.strip_prefix('“').and_then(|t| t.strip_suffix('”')) {
        Some(inner) => inner.to_owned(),
        None => text.to_owned(),
    }
}
