//! FNV-1a, the hash of canevas' own tables of words: the lexicon's, laid out
//! by the build script and read at run time (`text::lexicon`), and the
//! caches of the rules. The words are short and trusted: SipHash's
//! protection is not needed and its cost would show on every word of every
//! proposal.

use std::hash::{BuildHasherDefault, Hasher};

const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;

/// The hash of `bytes`.
pub(crate) fn fnv(bytes: &[u8]) -> u64 {
    let mut hasher = Fnv::default();
    hasher.write(bytes);
    hasher.0
}

/// FNV-1a as a [`Hasher`], for a `HashMap` keyed by words.
pub(crate) struct Fnv(u64);

/// What a `HashMap` keyed by words takes: `HashMap<K, V, BuildFnv>`.
pub(crate) type BuildFnv = BuildHasherDefault<Fnv>;

impl Default for Fnv {
    fn default() -> Self {
        Fnv(OFFSET_BASIS)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for byte in bytes {
            self.0 = (self.0 ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}
