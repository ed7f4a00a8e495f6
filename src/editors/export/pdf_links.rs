//! Which page of a PDF each anchor of the printed page falls on, read from
//! the document's named destinations (`/Dests` of the catalog), which
//! Chromium writes for every element an internal link points to:
//! `/A1-03 [12 0 R /XYZ 6 777.75 0]` is on the page object `12 0`, whose place
//! in the page tree gives its number.
//!
//! Only what Chromium writes is read: plain objects (`N 0 obj … endobj`), not
//! compressed object streams. Anything else gives `None`, and the contents go
//! without page numbers rather than with wrong ones.

use std::collections::HashMap;

/// The page number (from 1) of each named destination.
pub fn pages_of_anchors(pdf: &[u8]) -> Option<HashMap<String, usize>> {
    let text = String::from_utf8_lossy(pdf);
    let catalog = text
        .match_indices("/Type /Catalog")
        .find_map(|(at, _)| enclosing_object(&text, at))?;
    let dests = object(&text, reference_after(catalog, "/Dests")?)?;
    let root = object(&text, reference_after(catalog, "/Pages")?)?;
    let mut order = Vec::new();
    collect_pages(&text, root, &mut order, 0)?;
    let mut pages = HashMap::new();
    for (name, page) in destinations(dests) {
        if let Some(index) = order.iter().position(|p| *p == page) {
            pages.insert(name, index + 1);
        }
    }
    Some(pages)
}

/// The body of object `number` (between `N 0 obj` and `endobj`).
fn object(text: &str, number: u32) -> Option<&str> {
    let header = format!("{number} 0 obj");
    let mut from = 0;
    while let Some(found) = text[from..].find(&header) {
        let at = from + found;
        let starts_line = at == 0 || text[..at].ends_with(['\n', '\r']);
        if starts_line {
            let body = &text[at + header.len()..];
            return Some(&body[..body.find("endobj")?]);
        }
        from = at + header.len();
    }
    None
}

/// The body of the object that holds the text at `at`.
fn enclosing_object(text: &str, at: usize) -> Option<&str> {
    let start = text[..at].rfind(" 0 obj")? + " 0 obj".len();
    let end = at + text[at..].find("endobj")?;
    Some(&text[start..end])
}

/// `N` of `/Key N 0 R` in a dictionary body.
fn reference_after(body: &str, key: &str) -> Option<u32> {
    let at = body.find(&format!("{key} "))? + key.len();
    body[at..].split_whitespace().next()?.parse().ok()
}

/// The object numbers in `[a 0 R b 0 R …]`.
fn references(list: &str) -> Vec<u32> {
    let words: Vec<&str> = list.split_whitespace().collect();
    words
        .windows(3)
        .filter(|w| w[1] == "0" && w[2].starts_with('R'))
        .filter_map(|w| w[0].trim_start_matches('[').parse().ok())
        .collect()
}

/// The pages in order, walking the page tree (Chromium nests it for long documents).
fn collect_pages(text: &str, node: &str, order: &mut Vec<u32>, depth: usize) -> Option<()> {
    if depth > 32 {
        return None;
    }
    let kids_at = node.find("/Kids")?;
    let list = &node[kids_at..];
    let list = &list[list.find('[')? + 1..list.find(']')?];
    for kid in references(list) {
        let body = object(text, kid)?;
        if body.contains("/Type /Pages") {
            collect_pages(text, body, order, depth + 1)?;
        } else {
            order.push(kid);
        }
    }
    Some(())
}

/// `(name, page object)` of each `/name [page 0 R …]` of the `/Dests` dictionary.
fn destinations(body: &str) -> Vec<(String, u32)> {
    let mut found = Vec::new();
    let mut rest = body;
    while let Some(slash) = rest.find('/') {
        rest = &rest[slash + 1..];
        let end = rest
            .find(|c: char| c.is_whitespace() || matches!(c, '[' | '/' | '>'))
            .unwrap_or(rest.len());
        let name = decode_name(&rest[..end]);
        rest = &rest[end..];
        let trimmed = rest.trim_start();
        if let Some(array) = trimmed.strip_prefix('[') {
            let close = array.find(']').unwrap_or(array.len());
            if let Some(page) = references(&array[..close]).first() {
                found.push((name, *page));
            }
            rest = &array[close..];
        }
    }
    found
}

/// A PDF name with its `#xx` escapes decoded.
fn decode_name(name: &str) -> String {
    let bytes = name.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| u8::from_str_radix(std::str::from_utf8(h).ok()?, 16).ok());
        match (bytes[i], hex) {
            (b'#', Some(byte)) => {
                decoded.push(byte);
                i += 3;
            }
            (byte, _) => {
                decoded.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&decoded).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The objects that matter, as Chromium 156 writes them.
    const PDF: &str = "%PDF-1.4\n2 0 obj\n<</Type /Page\n/Parent 17 0 R>>\nendobj\n8 0 obj\n<</Type /Page>>\nendobj\n11 0 obj\n<</Type /Page>>\nendobj\n20 0 obj\n<</Type /Pages\n/Count 2\n/Kids [8 0 R 11 0 R]>>\nendobj\n17 0 obj\n<</Type /Pages\n/Count 3\n/Kids [2 0 R 20 0 R]>>\nendobj\n18 0 obj\n<</A1-01 [8 0 R /XYZ 6 777.75 0]\n/A#231 [11 0 R /XYZ 6 777.75 0]>>\nendobj\n42 0 obj\n<</Type /Catalog\n/Pages 17 0 R\n/Dests 18 0 R>>\nendobj\n";

    #[test]
    fn anchors_are_found_on_their_pages_through_a_nested_page_tree() {
        let pages = pages_of_anchors(PDF.as_bytes()).unwrap();
        assert_eq!(pages.get("A1-01"), Some(&2));
        assert_eq!(pages.get("A#1"), Some(&3));
    }

    #[test]
    fn anything_else_gives_no_pages() {
        assert_eq!(pages_of_anchors(b"%PDF-1.7 compressed"), None);
    }
}
