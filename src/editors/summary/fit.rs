//! How a table fits a terminal of a given width: which columns to keep, how
//! wide each one is, and text wrapped at spaces to those widths.
//!
//! Each column says how it may give way ([`Column`]): an id or a number is never
//! cut, a text wraps between words (a word is cut only when it alone is wider
//! than its column), a verdict column (`✓`, `✗ CON001`) keeps a fixed width and
//! shows its mark alone when the codes do not fit. The layouts are tried from
//! the richest to the leanest (codes in the cells, then marks alone, then short
//! headers, then columns dropped by rank) until the text columns get the width
//! they need to be read comfortably.

use unicode_width::UnicodeWidthStr;

/// How a column may give way to a narrow terminal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// Never wrapped nor cut: ids, numbers, single words.
    Whole,
    /// Wrapped between words; `comfort` is the width under which it reads badly.
    Wrap { comfort: usize },
    /// A mark and codes (`✗ CON001`), at a width shared by all such columns.
    Mark,
}

/// One column's treatment in a terminal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub fit: Fit,
    /// Dropped when the table does not fit, lowest rank first; 0: always kept.
    pub drop_rank: u8,
    /// A shorter header, for narrow terminals.
    pub short: Option<String>,
}

impl Column {
    pub fn new(fit: Fit) -> Self {
        Column {
            fit,
            drop_rank: 0,
            short: None,
        }
    }

    pub fn dropped_at(mut self, rank: u8) -> Self {
        self.drop_rank = rank;
        self
    }

    pub fn short(mut self, header: String) -> Self {
        self.short = Some(header);
        self
    }
}

/// The layout chosen for a width.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    /// The columns shown, by index in the sheet, with their widths.
    pub kept: Vec<(usize, usize)>,
    /// Verdict columns show their mark alone; their codes go below the table.
    pub marks_only: bool,
    pub short_headers: bool,
}

/// The choices tried in order, from the richest layout to the leanest.
#[derive(Clone, Copy, Debug)]
struct Choice {
    marks_only: bool,
    short_headers: bool,
    dropped_up_to: u8,
}

/// The display width of a line (East Asian wide characters count two).
pub fn width_of(text: &str) -> usize {
    text.lines().map(UnicodeWidthStr::width).max().unwrap_or(0)
}

fn longest_word(text: &str) -> usize {
    text.split([' ', '\n']).map(width_of).max().unwrap_or(0)
}

/// The first word of a verdict: its mark (`✗` of `✗ CON001`).
pub fn mark_of(cell: &str) -> &str {
    cell.split(' ').next().unwrap_or(cell)
}

/// What the table needs to know about its text to lay it out.
pub struct Content<'a> {
    pub header: &'a [String],
    pub rows: &'a [Vec<String>],
    pub columns: &'a [Column],
}

impl Content<'_> {
    fn header(&self, i: usize, short: bool) -> &str {
        match (&self.columns[i].short, short) {
            (Some(s), true) => s,
            _ => &self.header[i],
        }
    }

    fn cells(&self, i: usize) -> impl Iterator<Item = &str> {
        self.rows
            .iter()
            .filter_map(move |r| r.get(i).map(String::as_str))
    }

    /// The width a column needs to read well, and the width of its longest line.
    fn needs(&self, i: usize, choice: Choice, mark_width: usize) -> (usize, usize) {
        let header = longest_word(self.header(i, choice.short_headers));
        match self.columns[i].fit {
            // A header of several words wraps when room is short, and
            // stands on one line when there is room for it.
            Fit::Whole => {
                let w = self.cells(i).map(width_of).max().unwrap_or(0);
                let full = width_of(self.header(i, choice.short_headers));
                (w.max(header), w.max(full))
            }
            Fit::Mark if choice.marks_only => {
                let w = self.cells(i).map(|c| width_of(mark_of(c))).max();
                let w = w.unwrap_or(0).max(header);
                (w, w)
            }
            Fit::Mark => (mark_width.max(header), mark_width.max(header)),
            Fit::Wrap { comfort } => {
                let natural = self.cells(i).map(width_of).max().unwrap_or(0);
                let natural = natural.max(width_of(self.header(i, choice.short_headers)));
                let word = self.cells(i).map(longest_word).max().unwrap_or(0);
                (word.max(header).max(comfort.min(natural)), natural)
            }
        }
    }
}

/// Chooses the columns and their widths for a terminal `width` columns wide.
pub fn layout(content: &Content<'_>, width: usize) -> Layout {
    let mark_width = (0..content.columns.len())
        .filter(|&i| content.columns[i].fit == Fit::Mark)
        .flat_map(|i| content.cells(i).map(width_of))
        .max()
        .unwrap_or(0);
    let ranks = content
        .columns
        .iter()
        .map(|c| c.drop_rank)
        .max()
        .unwrap_or(0);
    let mut last = None;
    for choice in choices(ranks) {
        let kept: Vec<usize> = (0..content.columns.len())
            .filter(|&i| {
                let rank = content.columns[i].drop_rank;
                rank == 0 || rank > choice.dropped_up_to
            })
            .collect();
        let needs: Vec<_> = kept
            .iter()
            .map(|&i| content.needs(i, choice, mark_width))
            .collect();
        let frame = 3 * kept.len() + 1;
        let needed: usize = needs.iter().map(|n| n.0).sum::<usize>() + frame;
        last = Some((choice, kept, needs));
        if needed <= width {
            break;
        }
    }
    let Some((choice, kept, needs)) = last else {
        return Layout {
            kept: Vec::new(),
            marks_only: false,
            short_headers: false,
        };
    };
    let room = width.saturating_sub(3 * kept.len() + 1);
    let wraps: Vec<bool> = kept
        .iter()
        .map(|&i| matches!(content.columns[i].fit, Fit::Wrap { .. }))
        .collect();
    let widths = share(room, &needs, &wraps);
    Layout {
        kept: kept.into_iter().zip(widths).collect(),
        marks_only: choice.marks_only,
        short_headers: choice.short_headers,
    }
}

/// Codes in the cells, then marks alone, then short headers, then the
/// columns of each rank dropped in turn.
fn choices(ranks: u8) -> Vec<Choice> {
    let choice = |marks_only, short_headers, dropped_up_to| Choice {
        marks_only,
        short_headers,
        dropped_up_to,
    };
    let mut choices = vec![choice(false, false, 0), choice(true, false, 0)];
    choices.extend((0..=ranks).map(|rank| choice(true, true, rank)));
    choices
}

/// Shares `room` among the columns: each gets what it needs, then the
/// headers of the columns that do not wrap go on one line, then the text
/// columns grow toward their longest line, the one furthest from it first.
/// When even the needs do not fit, the text columns shrink (down to 6).
fn share(room: usize, needs: &[(usize, usize)], wraps: &[bool]) -> Vec<usize> {
    let mut widths: Vec<usize> = needs.iter().map(|n| n.0).collect();
    let mut used: usize = widths.iter().sum();
    while used > room {
        let widest = (0..widths.len())
            .filter(|&i| wraps[i] && widths[i] > 6)
            .max_by_key(|&i| widths[i]);
        let Some(i) = widest else { break };
        widths[i] -= 1;
        used -= 1;
    }
    // The headers of the other columns first, on one line (a few columns),
    // then the text.
    for texts in [false, true] {
        while used < room {
            let furthest = (0..widths.len())
                .filter(|&i| wraps[i] == texts && widths[i] < needs[i].1)
                .max_by_key(|&i| needs[i].1 - widths[i]);
            let Some(i) = furthest else { break };
            widths[i] += 1;
            used += 1;
        }
    }
    widths
}

/// Wraps `text` to `width` columns between words (a space; no-break spaces
/// hold); a word wider than the column alone is cut.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let needed = if line.is_empty() { 0 } else { 1 } + width_of(word);
            if !line.is_empty() && width_of(&line) + needed > width {
                lines.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
            while width_of(&line) > width {
                let (head, tail) = split_at_width(&line, width);
                lines.push(head);
                line = tail;
            }
        }
        lines.push(line);
    }
    lines
}

fn split_at_width(text: &str, width: usize) -> (String, String) {
    let mut head = String::new();
    let mut chars = text.chars();
    for c in chars.by_ref() {
        let mut next = head.clone();
        next.push(c);
        if width_of(&next) > width && !head.is_empty() {
            let mut tail = c.to_string();
            tail.extend(chars);
            return (head, tail);
        }
        head = next;
    }
    (head, String::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_kept_whole_unless_wider_than_the_column() {
        assert_eq!(
            wrap("Parcours d'accueil des nouveaux", 10),
            ["Parcours", "d'accueil", "des", "nouveaux"]
        );
        assert_eq!(wrap("anticonstitutionnellement", 10).len(), 3);
        // A no-break space holds a number to its word.
        assert_eq!(wrap("1\u{a0}brouillon, 2\u{a0}soumises", 12).len(), 2);
    }

    #[test]
    fn the_leanest_layout_that_reads_well_is_chosen() {
        let header: Vec<String> = ["Id", "Titre", "P1", "Err."].map(String::from).to_vec();
        let rows = vec![
            [
                "A1-01",
                "Un titre assez long pour devoir passer à la ligne",
                "✗ CON001 CON002",
                "2",
            ]
            .map(String::from)
            .to_vec(),
        ];
        let columns = [
            Column::new(Fit::Whole),
            Column::new(Fit::Wrap { comfort: 20 }),
            Column::new(Fit::Mark),
            Column::new(Fit::Whole).dropped_at(1),
        ];
        let content = Content {
            header: &header,
            rows: &rows,
            columns: &columns,
        };
        let wide = layout(&content, 120);
        assert!(!wide.marks_only);
        assert_eq!(wide.kept.len(), 4);
        let narrow = layout(&content, 40);
        assert!(narrow.marks_only);
        assert_eq!(
            narrow.kept.iter().map(|k| k.0).collect::<Vec<_>>(),
            [0, 1, 2]
        );
        let total: usize = narrow.kept.iter().map(|k| k.1 + 3).sum::<usize>() + 1;
        assert!(total <= 40, "{narrow:?}");
        assert_eq!(narrow.kept[0].1, 5, "the id is never cut");
    }
}
