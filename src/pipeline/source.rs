//! Reading a proposal file: size limit, UTF-8, and the line index that turns
//! byte offsets into lines and columns.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::diagnostic::{Location, Position, Span};

/// Files larger than this are not parsed (`FILE001`): a proposal is a few kilobytes,
/// and the YAML parser does not cap input given as a string.
pub const MAX_FILE_BYTES: u64 = 1024 * 1024;

/// The display name of standard input.
pub const STDIN_NAME: &str = "<stdin>";

#[derive(Debug)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
    /// Where each line starts: after `\n`, `\r\n` or a lone `\r`; the first
    /// line after the byte-order mark, which is not counted.
    line_starts: Vec<usize>,
    /// The number of characters before each block of [`BLOCK`] bytes, so that
    /// a column is counted in at most one block, however long the line.
    chars_before_block: Vec<usize>,
}

/// The bytes between two character counts kept by [`SourceFile`].
const BLOCK: usize = 1024;

/// Where each line starts: the first after the byte-order mark, then after
/// every `\n`, `\r\n` or lone `\r`. memchr finds the breaks many bytes at a
/// time; a byte loop costed more than parsing the YAML's mappings.
fn line_starts(bytes: &[u8], bom: usize) -> Vec<usize> {
    let mut starts = Vec::with_capacity(bytes.len() / 32 + 1);
    starts.push(bom);
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        let ends_line = bytes[i] == b'\n' || bytes.get(i + 1) != Some(&b'\n');
        if ends_line {
            starts.push(i + 1);
        }
    }
    starts
}

/// The number of characters before each block of [`BLOCK`] bytes, and before
/// the end when it falls on a block boundary, so that the end has its block.
fn chars_before_blocks(bytes: &[u8]) -> Vec<usize> {
    let mut counts = Vec::with_capacity(bytes.len() / BLOCK + 2);
    let mut chars = 0;
    for block in bytes.chunks(BLOCK) {
        counts.push(chars);
        // A character starts at every byte that is not a continuation byte;
        // a loop that does only this is vectorised.
        chars += block
            .iter()
            .map(|&b| u32::from(b & 0xC0 != 0x80))
            .sum::<u32>() as usize;
    }
    if bytes.len().is_multiple_of(BLOCK) {
        counts.push(chars);
    }
    counts
}

/// Why a file could not be read.
#[derive(Debug)]
pub enum ReadError {
    TooLarge { bytes: u64 },
    NotUtf8 { offset: usize, line: usize },
    Io(io::Error),
}

impl SourceFile {
    pub fn new(path: PathBuf, text: String) -> Self {
        let bom = if text.starts_with('\u{FEFF}') { 3 } else { 0 };
        let line_starts = line_starts(text.as_bytes(), bom);
        let chars_before_block = chars_before_blocks(text.as_bytes());
        SourceFile {
            path,
            text,
            line_starts,
            chars_before_block,
        }
    }

    /// Reads a file, or standard input when `path` is `-`.
    pub fn read(path: &Path) -> Result<Self, ReadError> {
        let bytes = if path == Path::new("-") {
            read_limited(io::stdin().lock(), 0)?
        } else {
            // One open and one fstat; the size sets the buffer, read in one go.
            let file = fs::File::open(path).map_err(ReadError::Io)?;
            let len = file.metadata().map_err(ReadError::Io)?.len();
            if len > MAX_FILE_BYTES {
                return Err(ReadError::TooLarge { bytes: len });
            }
            read_limited(file, len)?
        };
        let display = if path == Path::new("-") {
            PathBuf::from(STDIN_NAME)
        } else {
            path.to_path_buf()
        };
        Self::from_bytes(display, bytes)
    }

    pub fn from_bytes(path: PathBuf, bytes: Vec<u8>) -> Result<Self, ReadError> {
        match String::from_utf8(bytes) {
            Ok(text) => Ok(Self::new(path, text)),
            Err(err) => {
                let offset = err.utf8_error().valid_up_to();
                let line = 1 + err.as_bytes()[..offset]
                    .iter()
                    .filter(|&&b| b == b'\n')
                    .count();
                Err(ReadError::NotUtf8 { offset, line })
            }
        }
    }

    /// The line and column (both 1-based, column in characters) of a byte
    /// offset; an offset inside the byte-order mark is the start of line 1.
    pub fn position(&self, offset: usize) -> Position {
        let offset = self
            .floor_char_boundary(offset.min(self.text.len()))
            .max(self.line_starts[0]);
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let column = self.chars_before(offset) - self.chars_before(self.line_starts[line]) + 1;
        Position {
            line: line + 1,
            column,
        }
    }

    /// The number of characters before a byte offset on a character boundary,
    /// counted from the nearest block: constant work per call.
    fn chars_before(&self, offset: usize) -> usize {
        let block = offset / BLOCK;
        let before = self.chars_before_block[block];
        let tail = &self.text.as_bytes()[block * BLOCK..offset];
        before + tail.iter().filter(|&&b| b & 0xC0 != 0x80).count()
    }

    /// The number of lines (a text without a line break has one).
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// The byte range of a 0-based line, with its line break (`with_break`) or without.
    pub fn line_range(&self, line: usize, with_break: bool) -> std::ops::Range<usize> {
        let start = self
            .line_starts
            .get(line)
            .copied()
            .unwrap_or(self.text.len());
        let next = self
            .line_starts
            .get(line + 1)
            .copied()
            .unwrap_or(self.text.len());
        if with_break {
            return start..next;
        }
        let text = &self.text[start..next];
        start..start + text.trim_end_matches(['\n', '\r']).len()
    }

    /// The 0-based line of a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.line_starts
            .partition_point(|&s| s <= offset.max(self.line_starts[0]))
            - 1
    }

    /// The byte offset of a 1-based line and character column, clamped to the text.
    pub fn offset(&self, line: usize, column: usize) -> usize {
        if line == 0 || line > self.line_starts.len() {
            return self.text.len();
        }
        let start = self.line_start(line);
        self.text[start..]
            .char_indices()
            .nth(column.saturating_sub(1))
            .map_or(self.text.len(), |(i, _)| start + i)
    }

    /// Where the text of a 1-based line starts (the first line after the
    /// byte-order mark, which is not counted in columns).
    fn line_start(&self, line: usize) -> usize {
        self.line_starts[line - 1]
    }

    pub fn locate(&self, span: Span) -> Location {
        let start = self.floor_char_boundary(span.start.min(self.text.len()));
        let end = self
            .floor_char_boundary(span.end.min(self.text.len()))
            .max(start);
        Location {
            span: Span::new(start, end),
            start: self.position(start),
            end: self.position(end),
        }
    }

    pub fn slice(&self, span: Span) -> &str {
        self.text.get(span.start..span.end).unwrap_or("")
    }

    fn floor_char_boundary(&self, mut offset: usize) -> usize {
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }
}

/// Reads at most one byte more than the limit; `expected` is the size announced, if known.
fn read_limited(reader: impl Read, expected: u64) -> Result<Vec<u8>, ReadError> {
    // One byte more than announced, so that reading to the end does not grow the buffer.
    let mut bytes = Vec::with_capacity(expected.min(MAX_FILE_BYTES) as usize + 1);
    reader
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge {
            bytes: bytes.len() as u64,
        });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_byte_order_mark_is_not_counted_and_a_lone_cr_ends_a_line() {
        let bom = SourceFile::new("t.yaml".into(), "\u{feff}axe: deux\n".to_owned());
        let deux = bom.text.find("deux").unwrap();
        assert_eq!(bom.position(deux), Position { line: 1, column: 6 });
        assert_eq!(bom.offset(1, 6), deux);
        assert_eq!(bom.position(0), Position { line: 1, column: 1 });
        let cr = SourceFile::new("t.yaml".into(), "a: 1\rb: 2\r\nc: 3\n".to_owned());
        assert_eq!(cr.position(cr.text.find('b').unwrap()).line, 2);
        assert_eq!(cr.position(cr.text.find('c').unwrap()).line, 3);
        assert_eq!(cr.offset(3, 1), cr.text.find('c').unwrap());
    }

    #[test]
    fn positions_count_characters_not_bytes() {
        let src = SourceFile::new("t".into(), "é: 1\nid: x\n".into());
        assert_eq!(src.position(0), Position { line: 1, column: 1 });
        assert_eq!(src.position(4), Position { line: 1, column: 4 });
        assert_eq!(src.position(6), Position { line: 2, column: 1 });
        assert_eq!(src.offset(1, 2), 2);
        assert_eq!(src.offset(2, 5), 10);
    }

    #[test]
    fn a_byte_order_mark_is_not_counted_and_every_line_break_ends_a_line() {
        let src = SourceFile::new("t".into(), "\u{FEFF}é: 1\rb: 2\r\nc: 3\nd".into());
        assert_eq!(src.position(0), Position { line: 1, column: 1 });
        assert_eq!(src.position(3), Position { line: 1, column: 1 });
        assert_eq!(src.position(5), Position { line: 1, column: 2 });
        assert_eq!(src.position(9), Position { line: 2, column: 1 });
        assert_eq!(src.position(15), Position { line: 3, column: 1 });
        assert_eq!(src.position(20), Position { line: 4, column: 1 });
        assert_eq!(src.line_count(), 4);
        assert_eq!(&src.text[src.line_range(1, false)], "b: 2");
        assert_eq!(&src.text[src.line_range(1, true)], "b: 2\r\n");
    }

    #[test]
    fn columns_far_into_a_long_line_are_counted_in_characters() {
        let line = "é".repeat(5000) + "x";
        let src = SourceFile::new("t".into(), format!("a\n{line}"));
        let x = src.text.len() - 1;
        assert_eq!(
            src.position(x),
            Position {
                line: 2,
                column: 5001
            }
        );
        assert_eq!(src.position(src.text.len()).column, 5002);
    }

    #[test]
    fn every_position_agrees_with_counting_from_the_start() {
        // Lines of every break kind and of 1- to 4-byte characters, long
        // enough to cross several blocks of the character index.
        let pieces = ["é", "a", "\r\n", "€", "\r", "𝄞", "\n", "bc", "\r\r\n"];
        let text: String = (0..3000).map(|i| pieces[(i * 7 + i / 5) % 9]).collect();
        let src = SourceFile::new("t".into(), text.clone());
        let (mut line, mut column) = (1, 1);
        let mut chars = text.char_indices().peekable();
        while let Some((offset, c)) = chars.next() {
            assert_eq!(
                src.position(offset),
                Position { line, column },
                "at byte {offset}"
            );
            let crlf = c == '\r' && chars.peek().is_some_and(|(_, next)| *next == '\n');
            if (c == '\n' || c == '\r') && !crlf {
                (line, column) = (line + 1, 1);
            } else {
                column += 1;
            }
        }
        assert_eq!(src.line_count(), line);
    }

    #[test]
    fn invalid_utf8_reports_its_line() {
        let err = SourceFile::from_bytes("t".into(), b"a: 1\nb: \xff\n".to_vec()).unwrap_err();
        assert!(matches!(err, ReadError::NotUtf8 { offset: 8, line: 2 }));
    }
}
