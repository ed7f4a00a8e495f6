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
    line_starts: Vec<usize>,
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
        // A byte scan: `match_indices('\n')` pays a searcher's set-up for every short line.
        // `\n`, `\r\n` and a lone `\r` all end a line (the spec's "Positions").
        let bytes = text.as_bytes();
        let line_starts = std::iter::once(0)
            .chain(bytes.iter().enumerate().filter_map(|(i, &b)| {
                let ends = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
                ends.then_some(i + 1)
            }))
            .collect();
        SourceFile {
            path,
            text,
            line_starts,
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

    /// The line and column (both 1-based, column in characters) of a byte offset.
    pub fn position(&self, offset: usize) -> Position {
        let offset = self.floor_char_boundary(offset.min(self.text.len()));
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_start(line + 1).min(offset);
        let column = self.text[start..offset].chars().count() + 1;
        Position {
            line: line + 1,
            column,
        }
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

    /// Where the text of a 1-based line starts: after the byte-order mark on
    /// the first line, which is not counted in columns.
    fn line_start(&self, line: usize) -> usize {
        let start = self.line_starts[line - 1];
        if start == 0 && self.text.starts_with('\u{feff}') {
            '\u{feff}'.len_utf8()
        } else {
            start
        }
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
    fn invalid_utf8_reports_its_line() {
        let err = SourceFile::from_bytes("t".into(), b"a: 1\nb: \xff\n".to_vec()).unwrap_err();
        assert!(matches!(err, ReadError::NotUtf8 { offset: 8, line: 2 }));
    }
}
