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

/// The one candidate close enough to `written` to be a typo, for a fix that
/// writes it: `None` when no candidate is close, or when another target is as
/// close as the best (`enseignants-3d` is one letter from `enseignants-1d`
/// and from `enseignants-2d`). Candidates are `(name, target)`: several names
/// may lead to one target (a key's English and French names), which is no
/// ambiguity.
pub fn unique_closest<'a, T: PartialEq + Copy>(
    written: &str,
    candidates: impl IntoIterator<Item = (&'a str, T)>,
) -> Option<T> {
    let target = fold(written);
    if target.is_empty() {
        return None;
    }
    let mut scored: Vec<(usize, f64, T)> = candidates
        .into_iter()
        .map(|(name, t)| {
            let name = fold(name);
            let distance = strsim::damerau_levenshtein(&target, &name);
            let longest = target.chars().count().max(name.chars().count()).max(1);
            (distance, 1.0 - distance as f64 / longest as f64, t)
        })
        .collect();
    scored.sort_by_key(|(distance, ..)| *distance);
    let &(best_distance, best_score, best) = scored.first()?;
    let tied = scored
        .iter()
        .any(|(distance, _, t)| *distance == best_distance && *t != best);
    (best_score >= 0.7 && !tied).then_some(best)
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

    #[test]
    fn a_fix_needs_one_close_target() {
        let ids = [("enseignants-1d", 1), ("enseignants-2d", 2), ("aed", 3)];
        assert_eq!(unique_closest("enseignants-3d", ids), None);
        assert_eq!(unique_closest("enseignant-2d", ids), Some(2));
        let keys = [("problem", 1), ("problematique", 1), ("solution", 2)];
        assert_eq!(unique_closest("problme", keys), Some(1));
        assert_eq!(unique_closest("zzz", keys), None);
    }
}
