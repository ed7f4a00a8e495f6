//! A fast path for the block-style YAML that proposals are written in: block
//! mappings and lists, plain and quoted one-line scalars, `>`/`|` texts, one-line
//! flow lists of scalars (`[a, "b c"]`), comments. It builds the same [`Node`]
//! tree, with the same byte spans, as the granit-parser path in `yaml.rs`.
//!
//! It never reports an error: on anything outside that subset, or any doubt
//! (flow mappings, anchors, aliases, tags, directives, document markers, tabs,
//! carriage returns, multi-line plain or quoted scalars, indentation indicators,
//! `+` chomping, a key that is not plain…), it answers `None` and the caller
//! parses with granit-parser, which also gives every error message. The
//! differential test (`tests/it/yaml_fast.rs`) and the fuzz target
//! `yaml_differential` hold the two paths to the same trees.
//!
//! It never recurses deeper than [`MAX_FAST_DEPTH`] collections and gives up
//! past [`MAX_FAST_NODES`] nodes, well inside the budgets of `yaml.rs`.

use crate::diagnostic::Span;

use super::{Entry, Node, Value, plain_value};

/// Deeper nesting is left to granit-parser (and its budgets).
const MAX_FAST_DEPTH: usize = 16;
/// More nodes are left to granit-parser (and its event budget).
const MAX_FAST_NODES: usize = 50_000;
/// YAML's limit on an implicit key, in characters; bytes here, which is stricter.
const MAX_KEY_BYTES: usize = 1024;

/// The tree of `text`, or `None` when the text is not in the subset.
pub(super) fn parse(text: &str) -> Option<Node> {
    if !only_plain_characters(text.as_bytes()) {
        return None;
    }
    let mut parser = Fast {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        nodes: 0,
    };
    let first = parser.next_line()?;
    if first.indent != 0 {
        return None;
    }
    let root = parser.block_map(first, first.content(), 1)?;
    // The root mapping ends only at the end of the text.
    match parser.next_line() {
        None => Some(root),
        Some(_) => None,
    }
}

/// No tab, carriage return or other control character, no byte-order mark, no
/// C1 control, line or paragraph separator, or noncharacter: granit-parser
/// treats each of them in its own way.
fn only_plain_characters(bytes: &[u8]) -> bool {
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let bad = match b {
            b'\n' => false,
            0..0x20 | 0x7f => true,
            // U+0080..U+009F
            0xc2 => matches!(bytes.get(i + 1), Some(0x80..=0x9f)),
            // U+2028, U+2029
            0xe2 => {
                bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0xa8 | 0xa9))
            }
            // U+FEFF, U+FFFE, U+FFFF
            0xef => matches!(
                (bytes.get(i + 1), bytes.get(i + 2)),
                (Some(0xbb), Some(0xbf)) | (Some(0xbf), Some(0xbe | 0xbf))
            ),
            _ => false,
        };
        if bad {
            return false;
        }
        i += 1;
    }
    true
}

/// One line of the text: `start` of the line, its indentation in spaces, and the
/// offset of its `\n` (or of the end of the text).
#[derive(Clone, Copy)]
struct Line {
    start: usize,
    indent: usize,
    end: usize,
}

impl Line {
    fn content(self) -> usize {
        self.start + self.indent
    }
}

/// A block scalar's header: `>` or `|`, and whether `-` strips the last line break.
#[derive(Clone, Copy)]
struct BlockHeader {
    folded: bool,
    strip: bool,
}

struct Fast<'t> {
    text: &'t str,
    bytes: &'t [u8],
    /// The start of the first line not read yet.
    pos: usize,
    nodes: usize,
}

impl<'t> Fast<'t> {
    /// The line that starts at `start`.
    fn line_at(&self, start: usize) -> Line {
        let rest = &self.bytes[start..];
        let end = rest
            .iter()
            .position(|&b| b == b'\n')
            .map_or(self.bytes.len(), |i| start + i);
        let indent = rest[..end - start]
            .iter()
            .take_while(|&&b| b == b' ')
            .count();
        Line { start, indent, end }
    }

    /// The start of the line after the one that ends at `end`.
    fn after(&self, end: usize) -> usize {
        (end + 1).min(self.bytes.len())
    }

    /// Skips blank and comment lines; the next line with content, not consumed.
    fn next_line(&mut self) -> Option<Line> {
        while self.pos < self.bytes.len() {
            let line = self.line_at(self.pos);
            let content = line.content();
            if content == line.end || self.bytes[content] == b'#' {
                self.pos = self.after(line.end);
                continue;
            }
            return Some(line);
        }
        None
    }

    fn node(&mut self, span: Span, value: Value) -> Option<Node> {
        self.nodes += 1;
        // No tags in the subset: never `tagged`.
        let node = Node {
            span,
            value,
            tagged: false,
        };
        (self.nodes <= MAX_FAST_NODES).then_some(node)
    }

    fn is_dash(&self, line: Line) -> bool {
        let at = line.content();
        self.bytes[at] == b'-' && (at + 1 == line.end || self.bytes[at + 1] == b' ')
    }

    /// A block mapping whose first key starts at `key_start` on `first`; its
    /// keys sit at that column. Consumes its lines.
    fn block_map(&mut self, first: Line, key_start: usize, depth: usize) -> Option<Node> {
        if depth > MAX_FAST_DEPTH {
            return None;
        }
        let column = key_start - first.start;
        let mut entries = Vec::new();
        let (mut start, mut end) = (key_start, first.end);
        loop {
            let colon = self.key_colon(start, end)?;
            let key = self.node(
                Span::new(start, colon),
                plain_value(&self.text[start..colon]),
            )?;
            let value = self.map_value(column, colon, end, depth)?;
            entries.push(Entry { key, value });
            match self.next_line() {
                Some(next) if next.indent == column => (start, end) = (next.content(), next.end),
                Some(next) if next.indent > column => return None,
                _ => break,
            }
        }
        self.node(Span::new(key_start, key_start), Value::Map(entries))
    }

    /// The colon that ends a plain key starting at `start`, or `None`.
    fn key_colon(&self, start: usize, end: usize) -> Option<usize> {
        // No key starting with `-` or `.`: `---` and `...` mark documents.
        if !self.plain_starts_at(start, end) || matches!(self.bytes[start], b'-' | b'.') {
            return None;
        }
        let colon = self.find_colon(start, end)?;
        let ok = colon - start <= MAX_KEY_BYTES && self.bytes[colon - 1] != b' ';
        ok.then_some(colon)
    }

    /// The first `:` followed by a space or the end of the line, before any comment.
    fn find_colon(&self, start: usize, end: usize) -> Option<usize> {
        let bytes = &self.bytes[..end];
        (start..end).find_map(|i| match bytes[i] {
            b':' if i + 1 == end || bytes[i + 1] == b' ' => Some(Some(i)),
            b'#' if bytes[i - 1] == b' ' => Some(None),
            _ => None,
        })?
    }

    /// Whether a plain scalar may start at `at`: not an indicator, except `-`
    /// followed by something other than a space (`-1`).
    fn plain_starts_at(&self, at: usize, end: usize) -> bool {
        match self.bytes[at] {
            b'-' => at + 1 < end && self.bytes[at + 1] != b' ',
            b'?' | b':' | b',' | b'[' | b']' | b'{' | b'}' | b'#' | b'&' | b'*' | b'!' | b'|'
            | b'>' | b'\'' | b'"' | b'%' | b'@' | b'`' | b' ' => false,
            _ => true,
        }
    }

    /// The value after the colon of a key at `column`; consumes its lines.
    fn map_value(&mut self, column: usize, colon: usize, end: usize, depth: usize) -> Option<Node> {
        let at = colon + 1;
        if at == end {
            self.pos = self.after(end);
            return match self.next_line() {
                Some(next) if next.indent > column => self.nested(next, depth + 1),
                Some(next) if next.indent == column && self.is_dash(next) => {
                    self.block_seq(next, true, depth + 1)
                }
                _ => self.node(Span::new(colon, colon), Value::Null),
            };
        }
        let start = at + self.spaces(at, end);
        if start == end {
            return None; // trailing spaces after the colon: not charted
        }
        self.inline_value(start, end, column, depth)
    }

    /// A collection that starts on its own line, under a key.
    fn nested(&mut self, line: Line, depth: usize) -> Option<Node> {
        if self.is_dash(line) {
            self.block_seq(line, false, depth)
        } else {
            self.block_map(line, line.content(), depth)
        }
    }

    fn spaces(&self, from: usize, end: usize) -> usize {
        self.bytes[from..end]
            .iter()
            .take_while(|&&b| b == b' ')
            .count()
    }

    /// A scalar or flow list that starts at `start` on a line of a node at
    /// `column`; consumes the rest of its line (and a block scalar's lines).
    fn inline_value(
        &mut self,
        start: usize,
        end: usize,
        column: usize,
        depth: usize,
    ) -> Option<Node> {
        let (node, after) = match self.bytes[start] {
            b'"' | b'\'' => self.quoted(start, end)?,
            b'[' => self.flow_seq(start, end, depth + 1)?,
            b'>' | b'|' => return self.block_scalar(start, end, column),
            _ => return self.plain_line(start, end),
        };
        self.pos = self.after(end);
        self.rest_is_blank(after, end).then_some(node)
    }

    /// Only spaces, and perhaps a comment after a space, from `at` to `end`.
    fn rest_is_blank(&self, at: usize, end: usize) -> bool {
        let next = at + self.spaces(at, end);
        next == end || (next > at && self.bytes[next] == b'#')
    }

    /// A plain scalar that ends its line (before a comment); consumes the line.
    fn plain_line(&mut self, start: usize, end: usize) -> Option<Node> {
        if !self.plain_starts_at(start, end) {
            return None;
        }
        let bytes = &self.bytes[..end];
        let mut stop = end;
        for i in start..end {
            match bytes[i] {
                b'#' if bytes[i - 1] == b' ' => {
                    stop = i;
                    break;
                }
                b':' if i + 1 == end || bytes[i + 1] == b' ' => return None,
                _ => {}
            }
        }
        while bytes[stop - 1] == b' ' {
            stop -= 1;
        }
        self.pos = self.after(end);
        self.node(Span::new(start, stop), plain_value(&self.text[start..stop]))
    }

    /// A one-line quoted scalar without escapes: the node and the offset after it.
    fn quoted(&mut self, start: usize, end: usize) -> Option<(Node, usize)> {
        let quote = self.bytes[start];
        let body = &self.text[start + 1..end];
        let value = if quote == b'"' {
            let close = body.find(['"', '\\'])?;
            if body.as_bytes()[close] == b'\\' {
                return None;
            }
            body[..close].to_owned()
        } else {
            self.single_quoted(body)?
        };
        let close = if quote == b'"' {
            start + 1 + value.len()
        } else {
            start + 1 + single_quoted_len(body)?
        };
        let node = self.node(Span::new(start, close + 1), Value::Str(value))?;
        Some((node, close + 1))
    }

    fn single_quoted(&self, body: &str) -> Option<String> {
        let len = single_quoted_len(body)?;
        Some(body[..len].replace("''", "'"))
    }

    /// A one-line flow list of scalars: the node and the offset after its `]`.
    fn flow_seq(&mut self, open: usize, end: usize, depth: usize) -> Option<(Node, usize)> {
        if depth > MAX_FAST_DEPTH {
            return None;
        }
        let mut items = Vec::new();
        let mut at = open + 1 + self.spaces(open + 1, end);
        if at < end && self.bytes[at] == b']' {
            let node = self.node(Span::new(open, open + 1), Value::Seq(items))?;
            return Some((node, at + 1));
        }
        loop {
            let (item, after) = match *self.bytes.get(at).filter(|_| at < end)? {
                b'"' | b'\'' => self.quoted(at, end)?,
                _ => self.flow_plain(at, end)?,
            };
            items.push(item);
            at = after + self.spaces(after, end);
            match self.bytes[..end].get(at)? {
                b',' => at += 1 + self.spaces(at + 1, end),
                b']' => break,
                _ => return None,
            }
            if at >= end || self.bytes[at] == b']' {
                return None; // a trailing comma, or the list goes on on the next line
            }
        }
        let node = self.node(Span::new(open, open + 1), Value::Seq(items))?;
        Some((node, at + 1))
    }

    /// A plain scalar inside a flow list: ends at `,` or `]`; no `:` or `#` at all.
    fn flow_plain(&mut self, start: usize, end: usize) -> Option<(Node, usize)> {
        if !self.plain_starts_at(start, end) || self.bytes[start] == b'-' {
            return None;
        }
        let len = self.bytes[start..end]
            .iter()
            .position(|&b| matches!(b, b',' | b']' | b'[' | b'{' | b'}' | b':' | b'#'))?;
        if !matches!(self.bytes[start + len], b',' | b']') {
            return None;
        }
        let mut stop = start + len;
        while self.bytes[stop - 1] == b' ' {
            stop -= 1;
        }
        let node = self.node(Span::new(start, stop), plain_value(&self.text[start..stop]))?;
        Some((node, stop))
    }

    /// A block list whose first `-` is on `first`. An indentless list (at the
    /// column of its parent's keys) starts, for granit-parser, at its first item.
    fn block_seq(&mut self, first: Line, indentless: bool, depth: usize) -> Option<Node> {
        if depth > MAX_FAST_DEPTH {
            return None;
        }
        let column = first.indent;
        let mut items = Vec::new();
        let mut line = first;
        let dash = first.content();
        let span_at = if indentless {
            let content = dash + 1 + self.spaces(dash + 1, first.end);
            if content == first.end {
                return None;
            }
            content
        } else {
            dash
        };
        loop {
            items.push(self.seq_item(line, depth)?);
            match self.next_line() {
                Some(next) if next.indent == column && self.is_dash(next) => line = next,
                Some(next) if next.indent < column || (indentless && next.indent == column) => {
                    break;
                }
                Some(_) => return None,
                None => break,
            }
        }
        self.node(Span::new(span_at, span_at), Value::Seq(items))
    }

    /// The item after the `-` of `line`; consumes its lines.
    fn seq_item(&mut self, line: Line, depth: usize) -> Option<Node> {
        let dash = line.content();
        if dash + 1 == line.end {
            // A lone `-`: an empty item, unless something deeper follows.
            self.pos = self.after(line.end);
            if self
                .next_line()
                .is_some_and(|next| next.indent > line.indent)
            {
                return None;
            }
            return self.node(Span::new(dash + 1, dash + 1), Value::Null);
        }
        let start = dash + 1 + self.spaces(dash + 1, line.end);
        // Nothing after `- `, a comment, or a nested `- -`: left to granit-parser.
        if start == line.end || self.bytes[start] == b'#' {
            return None;
        }
        if self.bytes[start] == b'-' && (start + 1 == line.end || self.bytes[start + 1] == b' ') {
            return None;
        }
        let is_key =
            self.plain_starts_at(start, line.end) && self.find_colon(start, line.end).is_some();
        if is_key {
            self.block_map(line, start, depth + 1)
        } else {
            self.inline_value(start, line.end, line.indent, depth)
        }
    }

    /// A `>` or `|` text whose header starts at `start`, under a node at `column`.
    fn block_scalar(&mut self, start: usize, end: usize, column: usize) -> Option<Node> {
        let header = self.block_header(start, end)?;
        let body_start = self.after(end);
        if body_start == end {
            return None; // the text ends on the header
        }
        // The indentation of the first line with content is the text's.
        let mut at = body_start;
        let mut blank_max = 0;
        let indent = loop {
            if at >= self.bytes.len() {
                return None;
            }
            let line = self.line_at(at);
            if line.content() < line.end {
                break line.indent;
            }
            blank_max = blank_max.max(line.indent);
            at = self.after(line.end);
            if at == line.end {
                return None;
            }
        };
        if indent <= column || blank_max > indent {
            return None;
        }
        // The span starts at the first character of the first line with content.
        let span_start = at + indent;
        let (lines, stop) = self.block_lines(body_start, indent, header.folded)?;
        self.pos = stop.line_start;
        let value = block_value(&lines, header);
        self.node(Span::new(span_start, stop.span_end), Value::Str(value))
    }

    /// `>` or `|`, an optional `-`, then only a comment: no `+`, no indentation digit.
    fn block_header(&self, start: usize, end: usize) -> Option<BlockHeader> {
        let folded = self.bytes[start] == b'>';
        let mut at = start + 1;
        let strip = at < end && self.bytes[at] == b'-';
        if strip {
            at += 1;
        }
        self.rest_is_blank(at, end)
            .then_some(BlockHeader { folded, strip })
    }

    /// The lines of a block scalar indented by `indent` (empty for blank lines),
    /// and where it stops. `None` on more-indented lines of a folded text, blank
    /// lines holding more spaces than the text's indentation, or a text that runs
    /// to the end of a file without a final line break.
    fn block_lines(
        &self,
        from: usize,
        indent: usize,
        folded: bool,
    ) -> Option<(Vec<&'t str>, Stop)> {
        let mut lines = Vec::new();
        let mut at = from;
        loop {
            if at >= self.bytes.len() {
                let end = self.bytes.len();
                return Some((
                    lines,
                    Stop {
                        line_start: end,
                        span_end: end,
                    },
                ));
            }
            let line = self.line_at(at);
            let inside = line.content() == line.end || line.indent >= indent;
            if inside && line.end == self.bytes.len() {
                return None; // no final line break
            }
            if line.content() == line.end {
                if line.indent > indent {
                    return None;
                }
                lines.push("");
            } else if line.indent < indent {
                let stop = Stop {
                    line_start: line.start,
                    span_end: line.content(),
                };
                return Some((lines, stop));
            } else {
                if folded && line.indent > indent {
                    return None;
                }
                lines.push(&self.text[line.start + indent..line.end]);
            }
            at = line.end + 1;
        }
    }
}

/// Where a block scalar stops: the start of the line after it, and the end of
/// its span (granit-parser's: the first character of that line).
struct Stop {
    line_start: usize,
    span_end: usize,
}

/// The length of the body of a single-quoted scalar (up to its closing quote).
fn single_quoted_len(body: &str) -> Option<usize> {
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\'' {
            if bytes.get(i + 1) == Some(&b'\'') {
                i += 2;
                continue;
            }
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The value of a block scalar from its lines (blank lines empty).
fn block_value(lines: &[&str], header: BlockHeader) -> String {
    let last = lines.iter().rposition(|l| !l.is_empty()).unwrap_or(0);
    let lines = &lines[..=last];
    let mut out = String::new();
    if header.folded {
        let mut seen = false;
        let mut empties = 0;
        for line in lines {
            if line.is_empty() {
                if seen {
                    empties += 1;
                } else {
                    out.push('\n');
                }
                continue;
            }
            if seen {
                if empties == 0 {
                    out.push(' ');
                }
                out.extend(std::iter::repeat_n('\n', empties));
            }
            out.push_str(line);
            seen = true;
            empties = 0;
        }
    } else {
        out = lines.join("\n");
    }
    if !header.strip {
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value(root: &Node, key: &str) -> Value {
        root.get(key).unwrap().value.value.clone()
    }

    #[test]
    fn reads_the_shapes_of_a_proposal() {
        let text = "# c\nid: A1-01\nt: \"Créer\" # c\nl:\n  - a\n  - b: 1\n    c: [x, 'y''z', 2]\nm:\n- q\np: >\n  un\n  deux\n\n  trois\nr: |-\n  x\n  y\nn:\n";
        let root = parse(text).expect("in the subset");
        assert_eq!(value(&root, "id"), Value::Str("A1-01".into()));
        assert_eq!(value(&root, "t"), Value::Str("Créer".into()));
        assert_eq!(value(&root, "p"), Value::Str("un deux\ntrois\n".into()));
        assert_eq!(value(&root, "r"), Value::Str("x\ny".into()));
        assert_eq!(value(&root, "n"), Value::Null);
        let t = &root.get("t").unwrap().value;
        assert_eq!(&text[t.span.start..t.span.end], "\"Créer\"");
        let flow = &root.get("l").unwrap().value.as_seq().unwrap()[1];
        let items = flow.get("c").unwrap().value.as_seq().unwrap();
        assert_eq!(items[1].value, Value::Str("y'z".into()));
        assert_eq!(items[2].value, Value::Int(2));
    }

    #[test]
    fn leaves_everything_else_to_granit() {
        for text in [
            "a: {b: 1}\n",
            "a: &x 1\nb: *x\n",
            "a: !!str 1\n",
            "---\na: 1\n",
            "a: 1\n...\n",
            "%YAML 1.2\n---\na: 1\n",
            "a: 1\n---\nb: 2\n",
            "a:\tb\n",
            "a: 1\r\nb: 2\r\n",
            "\u{feff}a: 1\n",
            "a: b\n  c\n",
            "a: \"b\n  c\"\n",
            "a: \"b\\n\"\n",
            "a: >2\n   b\n",
            "a: |+\n  b\n",
            "\"a\": 1\n",
            "? a\n: 1\n",
            "- a\n",
            "",
            "# only a comment\n",
            "a: b: c\n",
            "a: [b,\n  c]\n",
            "a: [b, ]\n",
        ] {
            assert!(parse(text).is_none(), "{text:?}");
        }
    }

    #[test]
    fn deep_nesting_is_left_to_granit() {
        let mut text = String::new();
        for depth in 0..MAX_FAST_DEPTH + 1 {
            text.push_str(&format!("{}k{depth}:\n", "  ".repeat(depth)));
        }
        text.push_str(&format!("{}end: 1\n", "  ".repeat(MAX_FAST_DEPTH + 1)));
        assert!(parse(&text).is_none());
    }
}
