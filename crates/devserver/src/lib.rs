//! A tiny static file server for `dist/`, behaving as a plain static host does: `/x` is served
//! from `x`, `x/index.html` or `x.html` (no redirect), anything else gets the nearest `404.html`
//! up its path with status 404; correct MIME types (`application/wasm`), production-like cache headers, an optional
//! sub-path, and a log of every request so browser tests can check what was asked for. A host
//! with a single-page fallback (every unknown path gets `index.html`) can be imitated too.
//! Standard library only; one thread per connection; loopback only.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::thread;

/// How to serve.
#[derive(Clone, Debug)]
pub struct Config {
    /// Folder to serve (the build output).
    pub root: PathBuf,
    /// Sub-path the app lives under, e.g. `/kindred/` (default `/`).
    pub base: String,
    /// Extra response headers for every response (e.g. a CSP).
    pub headers: Vec<(String, String)>,
    /// Serve `index.html` (status 200) for unknown paths without an extension, as hosts with a
    /// single-page fallback do, instead of `404.html`.
    pub spa_fallback: bool,
    /// Compress text and wasm with gzip when the browser accepts it, as production hosts do
    /// (for measuring what a visitor downloads).
    pub gzip: bool,
}

impl Config {
    pub fn new(root: impl Into<PathBuf>) -> Config {
        Config { root: root.into(), base: "/".into(), headers: Vec::new(), spa_fallback: false, gzip: false }
    }
}

/// A running server.
pub struct Server {
    pub port: u16,
    log: Arc<Mutex<Vec<String>>>,
    config: Arc<Mutex<Config>>,
}

impl Server {
    /// The origin, e.g. `http://127.0.0.1:43121`.
    pub fn origin(&self, host: &str) -> String {
        format!("http://{host}:{}", self.port)
    }
    /// Serves another folder from now on (a new deploy, for update tests).
    pub fn set_root(&self, root: impl Into<PathBuf>) {
        if let Ok(mut c) = self.config.lock() {
            c.root = root.into();
        }
    }
    /// Paths requested so far.
    pub fn requests(&self) -> Vec<String> {
        self.log.lock().map(|l| l.clone()).unwrap_or_default()
    }
}

pub fn mime(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Whether a file's bytes are fixed by its path: its name carries a content hash (Trunk's
/// `name-<16 hex>.ext`), or it is in the build's app folder (`app-<16 hex>/`, named by the hash
/// of every file in it: the wasm modules, which name each other). `file` may be a path
/// (`content/en-<hash>.bin`); of its folders only the app folder at the top counts.
pub fn is_hashed(file: &str) -> bool {
    let name = file.rsplit('/').next().unwrap_or(file);
    let name_is_hashed = name.rsplit_once('.').map(|(stem, _)| stem).and_then(|s| s.rsplit_once('-')).is_some_and(|(_, h)| {
        let h = h.trim_end_matches("_bg");
        h.len() >= 16 && h.bytes().all(|b| b.is_ascii_hexdigit())
    });
    name_is_hashed || file.split_once('/').is_some_and(|(top, _)| is_app_folder(top))
}

/// Whether a folder name is a build's app folder: `app-` and 16 hex digits.
pub fn is_app_folder(name: &str) -> bool {
    name.strip_prefix("app-").is_some_and(|h| h.len() == 16 && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Cache-Control for a served file, as recommended in the README's deployment notes.
pub fn cache_control(name: &str) -> &'static str {
    if is_hashed(name) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    }
}

/// Maps a request path to the file to send and its status: the file itself, the folder's
/// `index.html`, or `<path>.html`; else the nearest `404.html` up the path with 404 (or
/// `index.html` with a single-page fallback). `None`: a bare 404.
pub fn resolve(config: &Config, raw_path: &str) -> Option<(PathBuf, u16)> {
    let path = raw_path.split(['?', '#']).next().unwrap_or("/");
    let base = config.base.trim_end_matches('/');
    let rel = if base.is_empty() { path } else { path.strip_prefix(base)? };
    let rel = rel.trim_start_matches('/');
    let mut file = config.root.clone();
    for part in rel.split('/').filter(|p| !p.is_empty()) {
        let decoded = percent_decode(part)?;
        if Path::new(&decoded).components().any(|c| !matches!(c, Component::Normal(_))) {
            return None;
        }
        file.push(decoded);
    }
    if file.is_file() {
        return Some((file, 200));
    }
    if file.is_dir() && file.join("index.html").is_file() {
        return Some((file.join("index.html"), 200));
    }
    let html = file.with_extension("html");
    if !rel.is_empty() && html.is_file() {
        return Some((html, 200));
    }
    let last = rel.rsplit('/').next().unwrap_or("");
    if config.spa_fallback && !last.contains('.') {
        return Some((config.root.join("index.html"), 200)).filter(|(f, _)| f.is_file());
    }
    // The nearest not-found page up the path, as Cloudflare Pages serves it: `es/404.html` for
    // an unknown Spanish path, `404.html` for the rest.
    let mut dir = file.parent();
    while let Some(d) = dir.filter(|d| d.starts_with(&config.root)) {
        if d.join("404.html").is_file() {
            return Some((d.join("404.html"), 404));
        }
        dir = d.parent();
    }
    None
}

fn percent_decode(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let h = u8::from_str_radix(std::str::from_utf8(&b[i + 1..i + 3]).ok()?, 16).ok()?;
            out.push(h);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Whether a response of this type is worth compressing (not images other than SVG).
fn compressible(content_type: &str) -> bool {
    !content_type.starts_with("image/") || content_type.starts_with("image/svg")
}

fn gzip(body: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(body)?;
    encoder.finish()
}

/// Files compressed once, as hosts precompress them (keyed by path, size and modification time,
/// so a new build is compressed afresh).
type Gzipped = Mutex<std::collections::HashMap<(PathBuf, u64, Option<std::time::SystemTime>), Arc<Vec<u8>>>>;

fn gzipped(cache: &Gzipped, file: &Path, body: &[u8]) -> std::io::Result<Arc<Vec<u8>>> {
    let meta = std::fs::metadata(file)?;
    let key = (file.to_owned(), meta.len(), meta.modified().ok());
    if let Some(hit) = cache.lock().ok().and_then(|c| c.get(&key).cloned()) {
        return Ok(hit);
    }
    let zipped = Arc::new(gzip(body)?);
    if let Ok(mut c) = cache.lock() {
        c.insert(key, zipped.clone());
    }
    Ok(zipped)
}

fn respond(stream: &mut TcpStream, config: &Config, gz: &Gzipped, method: &str, path: &str, accepts_gzip: bool) -> std::io::Result<()> {
    let file = resolve(config, path);
    let (status, mut body, mut headers): (&str, Vec<u8>, Vec<(String, String)>) = match &file {
        Some((file, code)) => {
            // The path under the root: a file in the app folder is cached like a hashed one.
            let name = file.strip_prefix(&config.root).unwrap_or(file).to_string_lossy().replace('\\', "/");
            let body = std::fs::read(file).unwrap_or_default();
            let headers =
                vec![("Content-Type".to_owned(), mime(file).to_owned()), ("Cache-Control".to_owned(), cache_control(&name).to_owned())];
            (if *code == 200 { "200 OK" } else { "404 Not Found" }, body, headers)
        }
        None => ("404 Not Found", b"Not found".to_vec(), vec![("Content-Type".to_owned(), "text/plain".to_owned())]),
    };
    if let Some((file, _)) = file.as_ref().filter(|_| config.gzip && accepts_gzip && compressible(&headers[0].1)) {
        body = gzipped(gz, file, &body)?.to_vec();
        headers.push(("Content-Encoding".to_owned(), "gzip".to_owned()));
        headers.push(("Vary".to_owned(), "Accept-Encoding".to_owned()));
    }
    let mut head =
        format!("HTTP/1.1 {status}\r\nContent-Length: {}\r\nConnection: close\r\nX-Content-Type-Options: nosniff\r\n", body.len());
    for (k, v) in headers.iter().chain(&config.headers) {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    if method != "HEAD" {
        stream.write_all(&body)?;
    }
    stream.flush()
}

fn handle(mut stream: TcpStream, config: &Mutex<Config>, gz: &Gzipped, log: &Mutex<Vec<String>>) {
    let mut reader = BufReader::new(match stream.try_clone() {
        Ok(s) => s,
        Err(_) => return,
    });
    let mut line = String::new();
    if reader.read_line(&mut line).is_err() {
        return;
    }
    // Drain headers (and ignore any body).
    let mut header = String::new();
    let mut length = 0usize;
    let mut accepts_gzip = false;
    while reader.read_line(&mut header).is_ok_and(|n| n > 2) {
        let lower = header.to_ascii_lowercase();
        if let Some(v) = lower.strip_prefix("content-length:") {
            length = v.trim().parse().unwrap_or(0);
        }
        if let Some(v) = lower.strip_prefix("accept-encoding:") {
            accepts_gzip = v.split(',').any(|e| e.trim().starts_with("gzip"));
        }
        header.clear();
    }
    let mut sink = vec![0; length.min(1 << 20)];
    let _ = reader.read_exact(&mut sink);
    let mut parts = line.split_whitespace();
    let (method, path) = (parts.next().unwrap_or(""), parts.next().unwrap_or("/"));
    if let Ok(mut l) = log.lock() {
        l.push(path.to_owned());
    }
    let config = match config.lock() {
        Ok(c) => c.clone(),
        Err(_) => return,
    };
    let _ = respond(&mut stream, &config, gz, method, path, accepts_gzip);
}

/// Starts serving on `127.0.0.1:port` (0 = any free port) in background threads.
pub fn start(config: Config, port: u16) -> std::io::Result<Server> {
    let listener = TcpListener::bind(("127.0.0.1", port))?;
    let port = listener.local_addr()?.port();
    let log = Arc::new(Mutex::new(Vec::new()));
    let config = Arc::new(Mutex::new(config));
    let (thread_config, thread_log) = (config.clone(), log.clone());
    let gz: Arc<Gzipped> = Arc::default();
    thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let (config, gz, log) = (thread_config.clone(), gz.clone(), thread_log.clone());
            thread::spawn(move || handle(stream, &config, &gz, &log));
        }
    });
    Ok(Server { port, log, config })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture() -> (PathBuf, Config) {
        let dir = std::env::temp_dir().join(format!("kindred-devserver-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("assets")).unwrap();
        std::fs::create_dir_all(dir.join("learn/some-article")).unwrap();
        std::fs::create_dir_all(dir.join("es/learn")).unwrap();
        std::fs::write(dir.join("index.html"), "<!doctype html>").unwrap();
        std::fs::write(dir.join("404.html"), "<!doctype html>").unwrap();
        std::fs::write(dir.join("es/404.html"), "<!doctype html>").unwrap();
        std::fs::write(dir.join("learn/some-article/index.html"), "<!doctype html>").unwrap();
        std::fs::write(dir.join("about.html"), "<!doctype html>").unwrap();
        std::fs::write(dir.join("kindred-0123456789abcdef_bg.wasm"), "wasm").unwrap();
        (dir.clone(), Config::new(dir))
    }

    #[test]
    fn serves_like_a_plain_static_host_and_rejects_traversal() {
        let (dir, config) = fixture();
        assert_eq!(resolve(&config, "/kindred-0123456789abcdef_bg.wasm"), Some((dir.join("kindred-0123456789abcdef_bg.wasm"), 200)));
        assert_eq!(resolve(&config, "/"), Some((dir.join("index.html"), 200)));
        assert_eq!(resolve(&config, "/learn/some-article?x=1"), Some((dir.join("learn/some-article/index.html"), 200)));
        assert_eq!(resolve(&config, "/learn/some-article/"), Some((dir.join("learn/some-article/index.html"), 200)));
        assert_eq!(resolve(&config, "/about"), Some((dir.join("about.html"), 200)));
        assert_eq!(resolve(&config, "/learn/other"), Some((dir.join("404.html"), 404)));
        assert_eq!(resolve(&config, "/missing.js"), Some((dir.join("404.html"), 404)));
        // The nearest not-found page up the path.
        assert_eq!(resolve(&config, "/es/nope"), Some((dir.join("es/404.html"), 404)));
        assert_eq!(resolve(&config, "/es/learn/other/deeper"), Some((dir.join("es/404.html"), 404)));
        assert_eq!(resolve(&config, "/est"), Some((dir.join("404.html"), 404)));
        assert_eq!(resolve(&config, "/../etc/passwd"), None);
        assert_eq!(resolve(&config, "/%2e%2e/%2e%2e/etc/passwd"), None);
        let spa = Config { spa_fallback: true, ..config.clone() };
        assert_eq!(resolve(&spa, "/learn/other"), Some((dir.join("index.html"), 200)));
        assert_eq!(resolve(&spa, "/missing.js"), Some((dir.join("404.html"), 404)));
        let sub = Config { base: "/app/".into(), ..config };
        assert_eq!(resolve(&sub, "/app/learn/some-article"), Some((dir.join("learn/some-article/index.html"), 200)));
        assert_eq!(resolve(&sub, "/directory"), None);
    }

    #[test]
    fn headers() {
        assert_eq!(mime(Path::new("a.wasm")), "application/wasm");
        assert!(is_hashed("kindred-0123456789abcdef_bg.wasm"));
        assert!(is_hashed("main-0123456789abcdef.css"));
        assert!(!is_hashed("index.html") && !is_hashed("sw.js"));
        assert!(is_hashed("content/en-0123456789abcdef.bin"));
        assert!(!is_hashed("x-0123456789abcdef/index.html"), "only the file's own name counts");
        assert!(is_hashed("app-0123456789abcdef/__wasm_split.js") && is_hashed("app-0123456789abcdef/chunk_3.wasm"));
        assert!(!is_hashed("directory/app-0123456789abcdef/index.html") && !is_hashed("app-0123/kindred.js"));
        assert_eq!(cache_control("index.html"), "no-cache");
        assert_eq!(cache_control("app-0123456789abcdef/__wasm_split.js"), "public, max-age=31536000, immutable");
    }

    fn get(port: u16, path: &str, accept: &str) -> (String, Vec<u8>) {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        write!(stream, "GET {path} HTTP/1.1\r\nHost: x\r\nAccept-Encoding: {accept}\r\n\r\n").unwrap();
        let mut response = Vec::new();
        stream.read_to_end(&mut response).unwrap();
        let split = response.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
        (String::from_utf8_lossy(&response[..split]).into_owned(), response[split + 4..].to_vec())
    }

    #[test]
    fn compresses_only_when_asked_to_and_accepted() {
        let (dir, config) = fixture();
        let page = "<p>peer support</p>".repeat(100);
        std::fs::write(dir.join("long.html"), &page).unwrap();
        let plain = start(config.clone(), 0).unwrap();
        let (head, body) = get(plain.port, "/long.html", "gzip, br");
        assert!(!head.contains("Content-Encoding") && body == page.as_bytes());
        let gz = start(Config { gzip: true, ..config }, 0).unwrap();
        let (head, body) = get(gz.port, "/long.html", "gzip, deflate, br");
        assert!(head.contains("Content-Encoding: gzip") && head.contains(&format!("Content-Length: {}", body.len())), "{head}");
        let mut unzipped = String::new();
        flate2::read::GzDecoder::new(&body[..]).read_to_string(&mut unzipped).unwrap();
        assert_eq!(unzipped, page);
        let (head, _) = get(gz.port, "/long.html", "identity");
        assert!(!head.contains("Content-Encoding"), "{head}");
    }
}
