//! `file://` URIs of the protocol ↔ paths of the file system.

use std::path::{Path, PathBuf};

use lsp_types::Uri;

/// The path of a `file://` URI (percent-decoded); `None` for other schemes
/// (`untitled:` buffers have no path: they are checked as they are).
pub(crate) fn to_path(uri: &Uri) -> Option<PathBuf> {
    let rest = uri.as_str().strip_prefix("file://")?;
    // `file://host/path`: only the local host is ours.
    let path = match rest.find('/') {
        Some(0) => rest,
        Some(i) if &rest[..i] == "localhost" => &rest[i..],
        _ => return None,
    };
    let decoded = decode(path)?;
    // `/C:/x` on Windows.
    let decoded = if cfg!(windows) {
        decoded.trim_start_matches('/').to_owned()
    } else {
        decoded
    };
    Some(PathBuf::from(decoded))
}

/// The `file://` URI of an absolute path.
pub(crate) fn from_path(path: &Path) -> Option<Uri> {
    crate::text::uri::from_path(path).parse().ok()
}

fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn paths_go_there_and_back() {
        let path = Path::new("/srv/plan/axe 1/problématique#1.yaml");
        let uri = from_path(path).unwrap();
        assert_eq!(
            uri.as_str(),
            "file:///srv/plan/axe%201/probl%C3%A9matique%231.yaml"
        );
        assert_eq!(to_path(&uri).unwrap(), path);
        let other: Uri = "untitled:Untitled-1".parse().unwrap();
        assert_eq!(to_path(&other), None);
    }
}
