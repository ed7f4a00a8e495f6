//! XML 1.0 escaping, for the JUnit report. Text from proposals may hold any
//! character: the five markup characters are escaped, and the characters XML 1.0
//! forbids even as references (`&#1;` is as invalid as a raw U+0001) become
//! U+FFFD, so that the document always parses.

/// Escapes text content (between tags).
pub fn text(value: &str) -> String {
    escape(value, false)
}

/// Escapes an attribute value written between double quotes. Tab, line feed
/// and carriage return become character references: a parser would otherwise
/// turn them into spaces (attribute-value normalisation).
pub fn attribute(value: &str) -> String {
    escape(value, true)
}

fn escape(value: &str, in_attribute: bool) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' if in_attribute => out.push_str("&#9;"),
            '\n' if in_attribute => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"), // a raw CR would be read as a line feed
            c if is_forbidden(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Outside the `Char` production of XML 1.0: C0 controls other than tab, line
/// feed and carriage return, and U+FFFE, U+FFFF (a Rust `char` is never a
/// surrogate).
fn is_forbidden(c: char) -> bool {
    (c < '\u{20}' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped_and_forbidden_characters_replaced() {
        assert_eq!(
            text("a<b>&c\"d'e\u{1b}\u{0}\u{FFFF}\tf\ng"),
            "a&lt;b&gt;&amp;c&quot;d&apos;e\u{FFFD}\u{FFFD}\u{FFFD}\tf\ng"
        );
        assert_eq!(attribute("x\ny\tz\r"), "x&#10;y&#9;z&#13;");
        assert_eq!(text("]]>"), "]]&gt;");
    }
}
