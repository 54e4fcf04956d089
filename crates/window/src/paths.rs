//! File names as the window shows and suggests them.

use std::path::{Path, PathBuf};

/// The stem a new file is suggested under: the plan's file's, else made from the business name.
pub fn file_stem(path: Option<&Path>, business_name: &str) -> String {
    if let Some(stem) = path.and_then(Path::file_stem) {
        return stem.to_string_lossy().into_owned();
    }
    let name: String = business_name
        .chars()
        .map(|c| if c.is_alphanumeric() || c == '-' { c.to_ascii_lowercase() } else { '-' })
        .collect();
    let name = name.trim_matches('-').to_owned();
    if name.is_empty() { "plan".to_owned() } else { name }
}

/// The name alone: the status line has no room for whole paths (the menu's tooltips have them).
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

/// `plan` → `plan.ron`; a name that already has the extension is kept.
pub fn with_extension(path: &Path, extension: &str) -> PathBuf {
    if path.extension().is_some_and(|e| e.eq_ignore_ascii_case(extension)) {
        path.to_owned()
    } else {
        let mut s = path.as_os_str().to_owned();
        s.push(".");
        s.push(extension);
        PathBuf::from(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggested_names_come_from_the_file_or_the_business() {
        assert_eq!(file_stem(Some(Path::new("/a/plan.ron")), "Shop"), "plan");
        assert_eq!(file_stem(None, "Café du Port!"), "café-du-port");
        assert_eq!(file_stem(None, "  "), "plan");
        assert_eq!(with_extension(Path::new("a/plan"), "ron"), PathBuf::from("a/plan.ron"));
        assert_eq!(with_extension(Path::new("a/plan.PDF"), "pdf"), PathBuf::from("a/plan.PDF"));
    }
}
