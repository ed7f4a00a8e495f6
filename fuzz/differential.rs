//! The property of the `yaml_differential` fuzz target, shared with the
//! differential test in `tests/it/yaml_fast.rs` so that stable Rust runs it too:
//! whenever the fast YAML path takes a text, granit-parser reads the same tree
//! from it (same values, same byte spans, same nesting), and never refuses it.

use canevas::pipeline::source::SourceFile;
use canevas::pipeline::yaml;

/// Whether the fast path took `bytes`. Panics when its tree differs from
/// granit-parser's, or when granit-parser refuses a text the fast path took.
pub(crate) fn fast_matches_granit(bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false; // not UTF-8: FILE001, before any parsing
    };
    let Some(fast) = yaml::parse_fast(text) else {
        return false;
    };
    let source = SourceFile::new("differential.yaml".into(), text.to_owned());
    match yaml::parse_with_granit(&source) {
        // Debug output compares floats by their digits, so NaN equals NaN.
        Ok(reference) => assert_eq!(
            format!("{fast:#?}"),
            format!("{reference:#?}"),
            "the fast path and granit-parser disagree on {text:?}"
        ),
        Err(error) => {
            panic!("the fast path took a text granit-parser refuses ({error:?}): {text:?}")
        }
    }
    true
}
