//! File paths as URI references (RFC 3986), for SARIF `artifactLocation.uri`.
//! A relative path stays relative, with forward slashes and no leading `./`
//! (GitHub code scanning matches it against the paths of the repository); an
//! absolute path becomes a `file://` URI, which GitHub relativises itself.

use std::path::Path;

/// The URI reference of `path`: every byte that a URI path may not hold
/// literally (space, `%`, `#`, `?`, non-ASCII…) is percent-encoded as UTF-8.
pub fn from_path(path: &Path) -> String {
    let text = path.to_string_lossy();
    // Only Windows separates with `\`; elsewhere it is an ordinary character.
    let text = if cfg!(windows) {
        text.replace('\\', "/")
    } else {
        text.into_owned()
    };
    if path.is_absolute() {
        absolute(&text)
    } else {
        let mut relative = text.as_str();
        while let Some(rest) = relative.strip_prefix("./") {
            relative = rest.trim_start_matches('/');
        }
        // `:` is encoded too: in the first segment it would read as a scheme.
        encode(relative, false)
    }
}

/// `/home/a b.yaml` → `file:///home/a%20b.yaml`; `C:/x.yaml` → `file:///C:/x.yaml`.
fn absolute(text: &str) -> String {
    let encoded = encode(text, true);
    if encoded.starts_with('/') {
        format!("file://{encoded}")
    } else {
        format!("file:///{encoded}")
    }
}

/// Percent-encodes every byte that is not an unreserved or sub-delimiter
/// character, `/` or `@`; `:` stays literal only when `keep_colon` is true.
fn encode(text: &str, keep_colon: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        let literal = byte.is_ascii_alphanumeric()
            || b"-._~!$&'()*+,;=/@".contains(&byte)
            || (byte == b':' && keep_colon);
        if literal {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_stay_relative_and_are_encoded() {
        assert_eq!(
            from_path(Path::new("examples/invalid/CAN001.yaml")),
            "examples/invalid/CAN001.yaml"
        );
        assert_eq!(from_path(Path::new("./a/./b c.yaml")), "a/./b%20c.yaml");
        assert_eq!(
            from_path(Path::new("axe 1/problématique#1%.yaml")),
            "axe%201/probl%C3%A9matique%231%25.yaml"
        );
        assert_eq!(from_path(Path::new("a:b.yaml")), "a%3Ab.yaml");
        assert_eq!(from_path(Path::new("<stdin>")), "%3Cstdin%3E");
        assert_eq!(from_path(Path::new("../x.yaml")), "../x.yaml");
    }

    #[cfg(unix)]
    #[test]
    fn absolute_paths_become_file_uris() {
        assert_eq!(
            from_path(Path::new("/srv/plan/a b.yaml")),
            "file:///srv/plan/a%20b.yaml"
        );
    }
}
