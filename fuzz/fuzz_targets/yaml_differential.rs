//! Bytes in, two YAML trees out: whenever the fast path of `yaml.rs` takes a
//! text, granit-parser must read the same tree from it, spans included. Run with
//! `cargo +nightly fuzz run yaml_differential` (seed it with `fuzz/corpus/pipeline`).
#![no_main]

#[path = "../differential.rs"]
mod differential;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    differential::fast_matches_granit(data);
});
