//! The hash of the lexicon's table, shared by the build script that lays the
//! table out and by the lookups at run time (`text::lexicon`).

/// FNV-1a over the bytes of a form: the forms are short and trusted, SipHash's
/// protection is not needed and its cost would show on every word of every
/// proposal.
pub(crate) fn fnv(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash = (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3);
    }
    hash
}
