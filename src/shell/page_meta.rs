//! Document title and meta description per route, and focus on the new page's heading after an
//! in-app navigation so screen-reader and keyboard users land in the right place.

const SITE: &str = "Kindred";

/// Sets the document title ("Page — Kindred") and meta description.
pub fn set(title: &str, description: &str) {
    let Some(doc) = crate::browser::document() else { return };
    if title.is_empty() || title == SITE {
        doc.set_title("Kindred — find peers who get it");
    } else {
        doc.set_title(&format!("{title} — {SITE}"));
    }
    if let Ok(Some(meta)) = doc.query_selector("meta[name=description]") {
        let _ = meta.set_attribute("content", description);
    }
}
