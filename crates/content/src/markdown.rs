//! Markdown → HTML for articles, by our own small renderer over pulldown-cmark events: every
//! text is escaped, only a known set of elements is produced, raw HTML and unsafe links are
//! rejected rather than passed through. Headings get stable anchors and feed the table of contents.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub title: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rendered {
    pub html: String,
    pub toc: Vec<Heading>,
    pub words: usize,
    /// Every link target, with its byte offset in the source (site paths are checked later
    /// against the routes, the articles and the directory).
    pub links: Vec<Located>,
}

/// A problem at a byte offset of the Markdown source.
pub type Located = (usize, String);

pub use kindred_core::text::escape_html as escape;

/// Why a link target is not allowed, if it isn't.
pub fn link_problem(url: &str) -> Option<String> {
    let lower: String = url.trim().chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect::<String>().to_ascii_lowercase();
    for scheme in ["javascript:", "data:", "vbscript:", "file:"] {
        if lower.starts_with(scheme) {
            return Some(format!("`{scheme}` links are not allowed: {url}"));
        }
    }
    let ok = lower.starts_with("https://")
        || lower.starts_with("mailto:")
        || lower.starts_with("tel:")
        || (lower.starts_with('/') && !lower.starts_with("//"));
    (!ok).then(|| format!("links must be https://, mailto:, tel: or a site path starting with /: {url}"))
}

/// A URL-safe anchor id from heading text.
pub fn slugify(text: &str) -> String {
    let mut s = String::new();
    kindred_core::text::for_each_word(text, |w| {
        if !s.is_empty() {
            s.push('-');
        }
        s.push_str(w);
    });
    if s.is_empty() {
        s.push_str("section");
    }
    s
}

/// The accessible name of a heading's "#" link, in the article's language.
fn anchor_label(lang: &str) -> &'static str {
    match lang {
        "es" => "Enlace a esta sección",
        _ => "Link to this section",
    }
}

/// Renders `source`, written in `lang`. `page_path` is the article's own path, used for heading
/// anchor links.
pub fn render(source: &str, page_path: &str, lang: &str) -> Result<Rendered, Vec<Located>> {
    let label = anchor_label(lang);
    let mut problems: Vec<Located> = Vec::new();
    let mut html = String::new();
    let mut toc: Vec<Heading> = Vec::new();
    let mut links: Vec<Located> = Vec::new();
    // Tables: whether we are in the header row, the cell's position in its row, and where the
    // current cell's content starts in `html`.
    let mut in_table_head = false;
    let mut cell = 0usize;
    let mut cell_start = 0usize;
    // All text, to count words once at the end (smart punctuation splits text events).
    let mut plain = String::new();
    // While inside a heading, its text is collected to make the id.
    let mut heading: Option<(u8, String, usize)> = None;

    let parser = Parser::new_ext(source, Options::ENABLE_STRIKETHROUGH | Options::ENABLE_SMART_PUNCTUATION | Options::ENABLE_TABLES);
    for (event, range) in parser.into_offset_iter() {
        let at = range.start;
        match event {
            Event::Html(raw) | Event::InlineHtml(raw) => {
                problems.push((at, format!("raw HTML is not allowed: {}", raw.trim())));
            }
            Event::Start(tag) => match tag {
                Tag::Paragraph => html.push_str("<p>"),
                Tag::Heading { level, .. } => {
                    let level = match level {
                        HeadingLevel::H2 => 2,
                        HeadingLevel::H3 => 3,
                        HeadingLevel::H4 => 4,
                        other => {
                            problems.push((at, format!("use ## to #### headings, not {other:?} (the title comes from front matter)")));
                            4
                        }
                    };
                    heading = Some((level, String::new(), html.len()));
                }
                Tag::BlockQuote(_) => html.push_str("<blockquote>"),
                Tag::List(Some(1)) => html.push_str("<ol>"),
                Tag::List(Some(start)) => html.push_str(&format!("<ol start=\"{start}\">")),
                Tag::List(None) => html.push_str("<ul>"),
                Tag::Item => html.push_str("<li>"),
                Tag::Emphasis => html.push_str("<em>"),
                Tag::Strong => html.push_str("<strong>"),
                Tag::Strikethrough => html.push_str("<s>"),
                Tag::Link { dest_url, .. } => {
                    if let Some(p) = link_problem(&dest_url) {
                        problems.push((at, p));
                    }
                    links.push((at, dest_url.to_string()));
                    html.push_str("<a href=\"");
                    escape(&dest_url, &mut html);
                    html.push('"');
                    if dest_url.starts_with("https://") {
                        html.push_str(" rel=\"noopener noreferrer\" target=\"_blank\"");
                    }
                    html.push('>');
                }
                Tag::Image { .. } => problems.push((at, "images are not allowed in articles".into())),
                Tag::CodeBlock(_) => html.push_str("<pre><code>"),
                // Column alignment is ignored: no inline styles are produced.
                Tag::Table(_) => html.push_str("<table>\n"),
                Tag::TableHead => {
                    in_table_head = true;
                    cell = 0;
                    html.push_str("<thead>\n<tr>");
                }
                Tag::TableRow => {
                    cell = 0;
                    html.push_str("<tr>");
                }
                // Header cells head their column; a body row's first cell heads its row.
                Tag::TableCell => {
                    html.push_str(match (in_table_head, cell) {
                        (true, _) => "<th scope=\"col\">",
                        (false, 0) => "<th scope=\"row\">",
                        _ => "<td>",
                    });
                    cell_start = html.len();
                }
                // Its content arrives as `Event::Html`, reported above.
                Tag::HtmlBlock => {}
                other => problems.push((at, format!("unsupported Markdown element: {other:?}"))),
            },
            Event::End(tag) => match tag {
                TagEnd::Paragraph => {
                    plain.push(' ');
                    html.push_str("</p>\n");
                }
                TagEnd::Heading(_) => {
                    plain.push(' ');
                    if let Some((level, title, start)) = heading.take() {
                        let mut id = slugify(&title);
                        let base = id.clone();
                        let mut n = 2;
                        while toc.iter().any(|h| h.id == id) {
                            id = format!("{base}-{n}");
                            n += 1;
                        }
                        let inner = html.split_off(start);
                        html.push_str(&format!("<h{level} id=\"{id}\">{inner} <a class=\"anchor\" href=\"{page_path}#{id}\" aria-label=\"{label}\">#</a></h{level}>\n"));
                        toc.push(Heading { level, id, title });
                    }
                }
                TagEnd::BlockQuote(_) => html.push_str("</blockquote>\n"),
                TagEnd::List(true) => html.push_str("</ol>\n"),
                TagEnd::List(false) => html.push_str("</ul>\n"),
                TagEnd::Item => {
                    plain.push(' ');
                    html.push_str("</li>\n");
                }
                TagEnd::Emphasis => html.push_str("</em>"),
                TagEnd::Strong => html.push_str("</strong>"),
                TagEnd::Strikethrough => html.push_str("</s>"),
                TagEnd::Link => html.push_str("</a>"),
                TagEnd::CodeBlock => html.push_str("</code></pre>\n"),
                TagEnd::Table => html.push_str("</tbody>\n</table>\n"),
                TagEnd::TableHead => {
                    in_table_head = false;
                    html.push_str("</tr>\n</thead>\n<tbody>\n");
                }
                TagEnd::TableRow => html.push_str("</tr>\n"),
                TagEnd::TableCell => {
                    plain.push(' ');
                    if html.len() == cell_start && (in_table_head || cell == 0) {
                        // An empty corner cell heads nothing: a data cell, not an empty header.
                        let open = html[..cell_start].rfind('<').unwrap_or(cell_start);
                        html.truncate(open);
                        html.push_str("<td></td>");
                    } else {
                        html.push_str(if in_table_head || cell == 0 { "</th>" } else { "</td>" });
                    }
                    cell += 1;
                }
                _ => {}
            },
            Event::Text(text) | Event::Code(text) => {
                plain.push_str(&text);
                if let Some((_, title, _)) = heading.as_mut() {
                    title.push_str(&text);
                }
                escape(&text, &mut html);
            }
            Event::SoftBreak => {
                plain.push(' ');
                html.push('\n');
            }
            Event::HardBreak => html.push_str("<br>\n"),
            Event::Rule => html.push_str("<hr>\n"),
            other => problems.push((at, format!("unsupported Markdown: {other:?}"))),
        }
    }
    let words = plain.split_whitespace().count();
    if problems.is_empty() {
        Ok(Rendered { html, toc, words, links })
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(md: &str) -> Vec<String> {
        render(md, "/learn/x", "en").err().unwrap_or_default().into_iter().map(|(_, m)| m).collect()
    }

    #[test]
    fn renders_the_allowed_subset_with_anchors_and_toc() {
        let source = "Intro *one* & two.\n\n## Why it's hard\n\n- a\n- [b](/directory?kind=warmline)\n\n### More\n\n## Why it's hard\n";
        let r = render(source, "/learn/x", "en").unwrap();
        assert!(r.html.contains("<p>Intro <em>one</em> &amp; two.</p>"));
        assert!(r.html.contains("<h2 id=\"why-its-hard\">Why it’s hard <a class=\"anchor\" href=\"/learn/x#why-its-hard\""));
        assert!(r.html.contains("<a href=\"/directory?kind=warmline\">b</a>"));
        let ids: Vec<_> = r.toc.iter().map(|h| (h.level, h.id.as_str())).collect();
        assert_eq!(ids, [(2, "why-its-hard"), (3, "more"), (2, "why-its-hard-2")]);
        assert_eq!(r.words, 13);
        assert_eq!(r.links, [(source.find("[b]").unwrap(), "/directory?kind=warmline".to_owned())]);
    }

    #[test]
    fn tables_have_a_head_a_body_and_scoped_headers() {
        let r =
            render("| | Peer | Crisis |\n|:--|--:|:-:|\n| Who | **peers** | counsellors |\n| Cost | free | free |\n", "/", "en").unwrap();
        assert_eq!(
            r.html,
            "<table>\n<thead>\n<tr><td></td><th scope=\"col\">Peer</th><th scope=\"col\">Crisis</th></tr>\n</thead>\n<tbody>\n\
             <tr><th scope=\"row\">Who</th><td><strong>peers</strong></td><td>counsellors</td></tr>\n\
             <tr><th scope=\"row\">Cost</th><td>free</td><td>free</td></tr>\n</tbody>\n</table>\n"
        );
        assert_eq!(r.words, 8);
        assert!(problems("| a |\n|---|\n| <b>x</b> |")[0].contains("raw HTML"));
    }

    #[test]
    fn external_links_open_safely() {
        let r = render("[x](https://example.org/a?b=\"c\")", "/", "en").unwrap();
        assert!(r.html.contains("href=\"https://example.org/a?b=&quot;c&quot;\" rel=\"noopener noreferrer\" target=\"_blank\""));
    }

    #[test]
    fn rejects_raw_html_and_unsafe_links() {
        assert!(problems("Hello <script>alert(1)</script>")[0].contains("raw HTML"));
        assert!(problems("<div>\nblock\n</div>")[0].contains("raw HTML"));
        assert!(problems("<img src=x onerror=alert(1)>")[0].contains("raw HTML"));
        assert!(problems("[x](javascript:alert(1))")[0].contains("`javascript:`"));
        assert!(problems("[x]( JavaScript:alert(1))").iter().any(|p| p.contains("javascript")));
        assert!(problems("<javascript:alert(1)>")[0].contains("`javascript:`"));
        assert!(problems("[x](data:text/html,hi)")[0].contains("`data:`"));
        assert!(problems("[x](http://insecure.example)")[0].contains("must be https"));
        assert!(problems("[x](//evil.example)")[0].contains("must be https"));
        assert!(problems("![alt](https://example.org/a.png)")[0].contains("images"));
        assert!(problems("# Title")[0].contains("headings"));
    }

    #[test]
    fn output_never_contains_script_or_handlers_for_any_text() {
        for text in ["<script>", "a onerror=b", "\"><svg onload=x>", "javascript:alert(1)"] {
            let r = render(&format!("`{text}` and {}", text.replace('<', "")), "/", "en");
            if let Ok(r) = r {
                assert!(!r.html.contains("<script") && !r.html.contains("<svg"), "{}", r.html);
            }
        }
    }
}
