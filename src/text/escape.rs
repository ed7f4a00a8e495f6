//! Neutralising text from proposals before it reaches a terminal or a log.

/// Replaces control characters (C0 but tab and line feed, DEL, C1) and bidi or
/// zero-width controls with visible escapes (`\u{1b}`), so that a proposal
/// cannot move the cursor, retitle the window or reorder what is shown.
pub fn terminal(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_dangerous(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// Same as [`terminal`] but on a single line: line breaks become spaces.
pub fn one_line(text: &str) -> String {
    terminal(&text.replace("\r\n", " ").replace(['\n', '\r'], " "))
}

/// A copy of a source with every dangerous character replaced by one of the same
/// UTF-8 length, so that byte spans still point at the same places. A lone
/// `\r` ends a line (as for the positions reported) and becomes `\n`.
pub fn same_length(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() == Some(&'\n') {
            out.push(c);
        } else if c == '\r' {
            out.push('\n');
        } else if is_dangerous(c) {
            out.push(match c.len_utf8() {
                1 => '?',
                2 => '¿',
                3 => '\u{FFFD}',
                _ => '\u{1F6AB}',
            });
        } else {
            out.push(c);
        }
    }
    out
}

/// Text for HTML element content or a double-quoted attribute: `& < > " ' /`
/// escaped (OWASP XSS rule #1), control characters made visible as for a
/// terminal (they are not allowed in XHTML either).
pub fn html(text: &str) -> String {
    html_escape::encode_safe(&terminal(text)).into_owned()
}

/// A control character (but tab and line feed), or a bidi or zero-width
/// control: what could move a cursor or reorder what a reader sees.
pub fn is_dangerous(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}'..='\u{200F}' | '\u{FEFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_neutralised() {
        assert_eq!(terminal("a\u{1b}[31mb"), "a\\u{1b}[31mb");
        assert_eq!(one_line("a\nb"), "a b");
        let src = "x\u{1b}]0;t\u{7}\u{9b}\u{202e}y\r\n";
        let safe = same_length(src);
        assert_eq!(safe.len(), src.len());
        assert!(!safe.contains('\u{1b}') && !safe.contains('\u{202e}'));
        assert!(safe.ends_with("\r\n"));
    }

    #[test]
    fn html_has_no_live_tag_and_no_control_character() {
        let safe = html("<script>alert(\"x\")</script>\u{1b}[2J & 'q'");
        assert!(!safe.contains('<') && !safe.contains('"') && !safe.contains('\''));
        assert!(!safe.contains('\u{1b}'));
        assert!(safe.starts_with("&lt;script&gt;"));
    }
}
