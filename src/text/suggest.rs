//! "Did you mean …?" suggestions for keys, values and category ids.

use crate::vocabulary::fold;

/// The candidate closest to `written`, when it is close enough to be a typo.
pub fn closest<'a>(
    written: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let target = fold(written);
    if target.is_empty() {
        return None;
    }
    let length = target.chars().count();
    candidates
        .into_iter()
        .map(|c| (fold(c), c))
        // The distance is at least the difference of the lengths: a much
        // longer text (a whole paragraph written as a key) cannot be a typo,
        // and is not compared letter by letter with each candidate.
        .filter(|(folded, _)| {
            let other = folded.chars().count();
            length.abs_diff(other) * 10 <= length.max(other) * 3
        })
        .map(|(folded, c)| (strsim::normalized_damerau_levenshtein(&target, &folded), c))
        .filter(|(score, _)| *score >= 0.7)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_are_suggested() {
        assert_eq!(closest("problme", ["problem", "solution"]), Some("problem"));
        assert_eq!(
            closest(
                "enseignants-3d",
                ["enseignants-1d", "enseignants-2d", "aed"]
            ),
            Some("enseignants-2d")
        );
        assert_eq!(closest("zzz", ["problem", "solution"]), None);
    }
}
