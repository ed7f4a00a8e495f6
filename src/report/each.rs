//! A JSON array written one element at a time: each element is built, written
//! and dropped, so that a report of many findings never holds the whole
//! document in memory (a `serde_json::Value` object costs kilobytes; 150,000
//! findings built at once took gigabytes).

use std::cell::RefCell;

use serde::{Serialize, Serializer};
use serde_json::Value;

/// The elements of an iterator, serialised as a JSON array as they come.
pub struct Each<I>(RefCell<Option<I>>);

impl<I: Iterator<Item = Value>> Each<I> {
    pub fn new(items: I) -> Self {
        Each(RefCell::new(Some(items)))
    }
}

impl<I: Iterator<Item = Value>> Serialize for Each<I> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        // Serialised once: a report is written once.
        let items = self.0.borrow_mut().take();
        serializer.collect_seq(items.into_iter().flatten())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_the_same_text_as_a_whole_array() {
        let values = || (0..3).map(|i| serde_json::json!({ "b": i, "a": [i] }));
        let whole = serde_json::to_string_pretty(&values().collect::<Vec<_>>()).unwrap();
        let each = serde_json::to_string_pretty(&Each::new(values())).unwrap();
        assert_eq!(whole, each);
    }
}
