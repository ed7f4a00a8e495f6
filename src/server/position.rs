//! Byte offsets ↔ LSP positions. The protocol counts columns in UTF-16 code
//! units; canevas counts characters (the spec's columns) and keeps byte spans.
//! `é` is one unit, `𝄞` two: the conversion goes through the line's text.

use lsp_types::{Position, Range};

use crate::diagnostic::Span;
use crate::pipeline::source::SourceFile;

/// The LSP position of a byte offset.
pub(crate) fn to_lsp(source: &SourceFile, offset: usize) -> Position {
    let at = source.position(offset);
    let line_start = source.offset(at.line, 1);
    let end = source.offset(at.line, at.column);
    let character = source.text[line_start..end].encode_utf16().count();
    Position::new(to_u32(at.line - 1), to_u32(character))
}

pub(crate) fn range(source: &SourceFile, span: Span) -> Range {
    Range::new(to_lsp(source, span.start), to_lsp(source, span.end))
}

/// The byte offset of an LSP position, clamped to its line and to the text.
pub(crate) fn to_offset(source: &SourceFile, position: Position) -> usize {
    let line_start = source.offset(position.line as usize + 1, 1);
    let mut units = 0;
    for (i, c) in source.text[line_start..].char_indices() {
        if units >= position.character as usize || c == '\n' || c == '\r' {
            return line_start + i;
        }
        units += c.len_utf16();
    }
    source.text.len()
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_utf16_units() {
        let source = SourceFile::new("t".into(), "é𝄞: x\nid: a\n".into());
        // `x` is byte 8: é (2 bytes), 𝄞 (4), `:`, space; 5 UTF-16 units.
        assert_eq!(to_lsp(&source, 8), Position::new(0, 5));
        assert_eq!(to_offset(&source, Position::new(0, 5)), 8);
        assert_eq!(to_lsp(&source, 10), Position::new(1, 0));
        assert_eq!(to_offset(&source, Position::new(1, 99)), 15);
        assert_eq!(to_offset(&source, Position::new(9, 0)), source.text.len());
    }
}
