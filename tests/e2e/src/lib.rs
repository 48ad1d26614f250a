//! Browser-test harness: a minimal WebDriver client for Debian's ChromeDriver (sessions,
//! navigation, script execution, clicks, typing, keyboard actions, logs, CDP commands), the
//! static server for the release build, and checks shared by many tests (axe-core, console
//! errors, requests that leave the origin).
//!
//! One ChromeDriver and one static server per test binary; one fresh browser per test, with a
//! profile of its own that goes when the test ends.

pub mod http;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

/// The release build under test (`KINDRED_DIST`, set by `cargo xtask test`).
pub fn dist() -> PathBuf {
    std::env::var_os("KINDRED_DIST").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../dist"))
}

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

struct Driver {
    port: u16,
    /// The shell that runs ChromeDriver, holding its standard input open. A static is never
    /// dropped, so the shell waits for that pipe to close instead: the system closes it when the
    /// test binary exits, however it exits, and the shell then stops ChromeDriver (before, every
    /// test binary left a ChromeDriver running).
    _shell: Child,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

fn driver() -> &'static Driver {
    static DRIVER: OnceLock<Driver> = OnceLock::new();
    DRIVER.get_or_init(|| {
        let port = free_port();
        let shell = Command::new("sh")
            .args(["-c", "chromedriver --port=\"$1\" & trap 'kill $!' EXIT; read -r _", "sh", &port.to_string()])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("sh");
        let deadline = Instant::now() + Duration::from_secs(20);
        while http::request("GET", port, "/status", None).is_err() {
            assert!(Instant::now() < deadline, "chromedriver did not start: is it on PATH? (cargo xtask test installs it)");
            std::thread::sleep(Duration::from_millis(50));
        }
        Driver { port, _shell: shell }
    })
}

/// Copies a folder and everything in it (a build to change or serve on its own).
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}

/// The app's static server (release build, SPA fallback).
pub fn app() -> &'static kindred_devserver::Server {
    static APP: OnceLock<kindred_devserver::Server> = OnceLock::new();
    APP.get_or_init(|| {
        let dist = dist();
        assert!(dist.join("index.html").is_file(), "no release build at {}: run `cargo xtask test`", dist.display());
        kindred_devserver::start(kindred_devserver::Config::new(dist), 0).expect("static server")
    })
}

/// `http://127.0.0.1:<port>` of the app.
pub fn origin() -> String {
    app().origin("127.0.0.1")
}

/// Options for a new browser.
#[derive(Clone, Debug)]
pub struct Options {
    pub width: u32,
    pub height: u32,
    /// Scripts run before any page script on every document (fault injection).
    pub init_scripts: Vec<String>,
    pub extra_args: Vec<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options { width: 1280, height: 900, init_scripts: Vec::new(), extra_args: Vec::new() }
    }
}

/// One browser session.
pub struct Browser {
    session: String,
    port: u16,
    profile: PathBuf,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = http::request("DELETE", self.port, &format!("/session/{}", self.session), None);
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// A key pressed and released (a WebDriver key action pair).
fn key_press(key: &str) -> [Value; 2] {
    [json!({ "type": "keyDown", "value": key }), json!({ "type": "keyUp", "value": key })]
}

/// How many times a browser is started before a test gives up: Chromium occasionally exits as
/// it starts on a loaded machine ("session not created: Chrome instance exited"), which says
/// nothing about the page under test.
const STARTS: u32 = 3;

impl Default for Browser {
    fn default() -> Self {
        Browser::new()
    }
}

impl Browser {
    pub fn new() -> Browser {
        Browser::with(Options::default())
    }

    pub fn with(options: Options) -> Browser {
        let d = driver();
        let mut start = 1;
        loop {
            let profile = std::env::temp_dir().join(format!("kindred-e2e-{}-{}", std::process::id(), free_port()));
            let v = http::request("POST", d.port, "/session", Some(&Browser::capabilities(&options, &profile))).expect("new session");
            if let Some(session) = v["value"]["sessionId"].as_str() {
                let b = Browser { session: session.to_owned(), port: d.port, profile };
                for s in &options.init_scripts {
                    b.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": s }));
                }
                b.set_size(options.width, options.height);
                return b;
            }
            let _ = std::fs::remove_dir_all(&profile);
            assert!(start < STARTS, "no session after {STARTS} starts: {v}");
            eprintln!("Chromium did not start (start {start} of {STARTS}): {}", v["value"]["message"]);
            start += 1;
        }
    }

    /// The WebDriver capabilities for a new session: headless Chromium with `options`, its
    /// profile in `profile`.
    fn capabilities(options: &Options, profile: &Path) -> Value {
        let mut args = vec![
            "--headless=new".to_owned(),
            "--no-sandbox".to_owned(),
            "--disable-gpu".to_owned(),
            "--disable-dev-shm-usage".to_owned(),
            "--disable-quic".to_owned(),
            "--disable-background-networking".to_owned(),
            "--disable-component-update".to_owned(),
            "--disable-sync".to_owned(),
            "--no-first-run".to_owned(),
            "--disable-features=Translate,OptimizationHints,MediaRouter".to_owned(),
            format!("--window-size={},{}", options.width, options.height),
            format!("--user-data-dir={}", profile.display()),
        ];
        args.extend(options.extra_args.iter().cloned());
        json!({
            "capabilities": { "alwaysMatch": {
                "browserName": "chrome",
                "goog:chromeOptions": { "binary": chromium_binary(), "args": args },
                "goog:loggingPrefs": { "browser": "ALL", "performance": "ALL" },
                "pageLoadStrategy": "normal",
            }}
        })
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let url = format!("/session/{}{}", self.session, path);
        let v = http::request(method, self.port, &url, body.as_ref()).unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        if let Some(err) = v["value"]["error"].as_str() {
            panic!("{method} {path}: {err}: {}", v["value"]["message"]);
        }
        v["value"].clone()
    }

    fn try_call(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value, String> {
        let url = format!("/session/{}{}", self.session, path);
        let v = http::request(method, self.port, &url, body.as_ref())?;
        match v["value"]["error"].as_str() {
            Some(err) => Err(format!("{err}: {}", v["value"]["message"])),
            None => Ok(v["value"].clone()),
        }
    }

    /// Opens a path of the app (`/learn`) or a full URL.
    pub fn goto(&self, path: &str) {
        let url = if path.starts_with("http") || path.starts_with("about:") { path.to_owned() } else { format!("{}{path}", origin()) };
        self.call("POST", "/url", Some(json!({ "url": url })));
    }

    /// Opens a path and waits for the app to run: the prerendered page is hydrated (or mounted)
    /// and interactive (`<html data-ready>`).
    pub fn open(&self, path: &str) {
        self.goto(path);
        self.wait_for_app();
    }

    /// Waits until the app runs in this document.
    pub fn wait_for_app(&self) {
        self.wait_for(
            "the app to run",
            "return document.documentElement.hasAttribute('data-ready') && !!document.querySelector('main#main h1')",
        );
    }

    pub fn url(&self) -> String {
        self.call("GET", "/url", None).as_str().unwrap_or_default().to_owned()
    }

    /// Path + query of the current page.
    pub fn location(&self) -> String {
        self.js("return location.pathname + location.search").as_str().unwrap_or_default().to_owned()
    }

    pub fn back(&self) {
        self.call("POST", "/back", Some(json!({})));
    }

    pub fn forward(&self) {
        self.call("POST", "/forward", Some(json!({})));
    }

    pub fn reload(&self) {
        self.call("POST", "/refresh", Some(json!({})));
    }

    pub fn set_size(&self, width: u32, height: u32) {
        // The window includes browser chrome in headful mode; headless viewport equals the window.
        self.call("POST", "/window/rect", Some(json!({ "width": width, "height": height })));
    }

    /// Runs a script body (`return …`) with `args`.
    pub fn js_with(&self, script: &str, args: Value) -> Value {
        self.call("POST", "/execute/sync", Some(json!({ "script": script, "args": args })))
    }

    pub fn js(&self, script: &str) -> Value {
        self.js_with(script, json!([]))
    }

    /// Runs an async script; it must call `arguments[arguments.length - 1](result)`.
    pub fn js_async(&self, script: &str) -> Value {
        self.call("POST", "/timeouts", Some(json!({ "script": 60_000 })));
        self.call("POST", "/execute/async", Some(json!({ "script": script, "args": [] })))
    }

    /// Waits until `script` returns a truthy value (polling, 10 s).
    pub fn wait_for(&self, what: &str, script: &str) -> Value {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let v = self.try_call("POST", "/execute/sync", Some(json!({ "script": script, "args": [] }))).unwrap_or(Value::Null);
            let truthy = match &v {
                Value::Null => false,
                Value::Bool(b) => *b,
                Value::Number(n) => n.as_f64() != Some(0.0),
                Value::String(s) => !s.is_empty(),
                _ => true,
            };
            if truthy {
                return v;
            }
            if Instant::now() > deadline {
                let page = self.try_call("POST", "/execute/sync", Some(json!({ "script": "return location.href + '\\n' + (document.body ? document.body.innerText.slice(0, 600) : '')", "args": [] })));
                panic!("timed out waiting for {what}; page: {page:?}");
            }
            std::thread::sleep(Duration::from_millis(25));
        }
    }

    /// Waits until the directory's result list is drawn in full: as many cards as the first page
    /// holds (past the first few, new cards follow a few at a time in later tasks), or "No matches".
    pub fn wait_for_results(&self) {
        self.wait_for(
            "the result list",
            "const c = document.getElementById('result-count'); if (!c) return false;
             if (/No matches/.test(c.textContent)) return true;
             const n = parseInt(c.textContent, 10) || 0;
             return document.documentElement.hasAttribute('data-ready') && n > 0 && document.querySelectorAll('#results .card').length === Math.min(n, 20);",
        );
    }

    /// Waits for the text of `selector` to equal `expected`.
    pub fn wait_for_text(&self, selector: &str, expected: &str) {
        let script = format!("const e = document.querySelector({selector:?}); return e && e.textContent.trim() === {expected:?};");
        self.wait_for(&format!("{selector} to read {expected:?}"), &script);
    }

    pub fn text(&self, selector: &str) -> String {
        self.js_with("const e = document.querySelector(arguments[0]); return e ? e.textContent.trim() : null;", json!([selector]))
            .as_str()
            .unwrap_or_else(|| panic!("no element {selector}"))
            .to_owned()
    }

    pub fn count(&self, selector: &str) -> usize {
        self.js_with("return document.querySelectorAll(arguments[0]).length", json!([selector])).as_u64().unwrap_or(0) as usize
    }

    fn element(&self, selector: &str) -> String {
        let v = self.call("POST", "/element", Some(json!({ "using": "css selector", "value": selector })));
        v[ELEMENT_KEY].as_str().unwrap_or_else(|| panic!("no element {selector}")).to_owned()
    }

    /// A real click (WebDriver checks it can receive the click). The element is first scrolled
    /// to the middle of the window, as a person would look for it: WebDriver's own scrolling puts
    /// it at the top edge, under the sticky safety bar.
    pub fn click(&self, selector: &str) {
        let id = self.element(selector);
        self.js_with("arguments[0].scrollIntoView({ block: 'center', inline: 'nearest' }); return 1", json!([{ ELEMENT_KEY: id }]));
        self.call("POST", &format!("/element/{id}/click"), Some(json!({})));
    }

    /// A real click that may take this document (or frame) away; the driver's reply is ignored.
    pub fn click_and_leave(&self, selector: &str) {
        let id = self.element(selector);
        let _ = self.try_call("POST", &format!("/element/{id}/click"), Some(json!({})));
    }

    /// Types into an element, key by key, as a person would.
    pub fn type_into(&self, selector: &str, text: &str) {
        let id = self.element(selector);
        self.call("POST", &format!("/element/{id}/value"), Some(json!({ "text": text })));
    }

    pub fn clear(&self, selector: &str) {
        let id = self.element(selector);
        self.call("POST", &format!("/element/{id}/clear"), Some(json!({})));
    }

    /// Presses and releases a key `times` times (WebDriver key codes, e.g. Shift = "\u{E008}").
    pub fn press(&self, key: &str, times: usize) {
        self.keyboard((0..times).flat_map(|_| key_press(key)).collect());
    }

    /// Types `text` into the focused element as a person does: a real key press and release
    /// per character, `gap_ms` apart (the browser paces them, so they are trusted input events).
    pub fn type_paced(&self, text: &str, gap_ms: u64) {
        let pause = json!({ "type": "pause", "duration": gap_ms });
        self.keyboard(text.chars().flat_map(|c| key_press(&c.to_string()).into_iter().chain([pause.clone()])).collect());
    }

    /// Performs WebDriver keyboard actions, in order.
    fn keyboard(&self, actions: Vec<Value>) {
        self.call("POST", "/actions", Some(json!({ "actions": [{ "type": "key", "id": "keyboard", "actions": actions }] })));
    }

    /// Tab presses (focus moves as for a keyboard user).
    pub fn tab(&self) {
        self.press("\u{E004}", 1);
    }

    /// Opens a new tab and returns its handle (the current tab stays selected).
    pub fn new_tab(&self) -> String {
        self.call("POST", "/window/new", Some(json!({ "type": "tab" })))["handle"].as_str().unwrap_or_default().to_owned()
    }

    pub fn current_tab(&self) -> String {
        self.call("GET", "/window", None).as_str().unwrap_or_default().to_owned()
    }

    pub fn switch_to(&self, handle: &str) {
        self.call("POST", "/window", Some(json!({ "handle": handle })));
    }

    /// Adds a script that runs before the page's own on every later document (fault injection).
    pub fn inject_on_load(&self, script: &str) {
        self.cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": script }));
    }

    /// Clicks a download link as a person would and returns the file the browser saved.
    pub fn download(&self, selector: &str) -> String {
        let dir = std::env::temp_dir().join(format!("kindred-downloads-{}-{}", std::process::id(), free_port()));
        std::fs::create_dir_all(&dir).expect("download folder");
        self.cdp("Browser.setDownloadBehavior", json!({ "behavior": "allow", "downloadPath": dir.to_string_lossy() }));
        self.click(selector);
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            // Chromium writes the download to a `.crdownload` file, with an empty file holding
            // the final name beside it for a few milliseconds before it moves the download into
            // place (seen in this harness): a file is done when it has content and nothing is
            // still being written. Taking the first file without that suffix could read the
            // empty one.
            let files: Vec<PathBuf> = std::fs::read_dir(&dir).map(|d| d.flatten().map(|e| e.path()).collect()).unwrap_or_default();
            let writing = files.iter().any(|p| p.to_string_lossy().ends_with(".crdownload"));
            let done = if writing { None } else { files.iter().find(|p| std::fs::metadata(p).is_ok_and(|m| m.len() > 0)) };
            if let Some(file) = done {
                let text = std::fs::read_to_string(file).expect("the downloaded file");
                std::fs::remove_dir_all(&dir).ok();
                return text;
            }
            assert!(Instant::now() < deadline, "no file was downloaded from {selector}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Runs later commands inside the iframe matched by `selector` (`None`: back to the page).
    pub fn enter_frame(&self, selector: Option<&str>) {
        let id = match selector {
            Some(sel) => json!({ ELEMENT_KEY: self.element(sel) }),
            None => Value::Null,
        };
        self.call("POST", "/frame", Some(json!({ "id": id })));
    }

    /// A Chrome DevTools Protocol command through ChromeDriver.
    pub fn cdp(&self, cmd: &str, params: Value) -> Value {
        self.call("POST", "/goog/cdp/execute", Some(json!({ "cmd": cmd, "params": params })))
    }

    fn log(&self, kind: &str) -> Vec<Value> {
        self.call("POST", "/se/log", Some(json!({ "type": kind }))).as_array().cloned().unwrap_or_default()
    }

    /// Console messages at SEVERE level since the last call (errors, failed loads).
    pub fn console_errors(&self) -> Vec<String> {
        self.log("browser")
            .into_iter()
            .filter(|e| e["level"] == "SEVERE")
            .map(|e| e["message"].as_str().unwrap_or_default().to_owned())
            .collect()
    }

    /// Console messages at WARNING level or above since the last call.
    pub fn console_messages(&self) -> Vec<String> {
        self.log("browser")
            .into_iter()
            .filter(|e| e["level"] == "SEVERE" || e["level"] == "WARNING")
            .map(|e| e["message"].as_str().unwrap_or_default().to_owned())
            .collect()
    }

    /// URLs of every network request since the last call.
    pub fn requests(&self) -> Vec<String> {
        self.log("performance")
            .into_iter()
            .filter_map(|e| serde_json::from_str::<Value>(e["message"].as_str()?).ok())
            .filter(|m| m["message"]["method"] == "Network.requestWillBeSent")
            .filter_map(|m| m["message"]["params"]["request"]["url"].as_str().map(str::to_owned))
            .collect()
    }

    /// Opens each page (path, its h1) at 320 and 1280 px wide and asserts that axe finds no WCAG
    /// violation and that nothing scrolls sideways; a directory page first shows its results.
    pub fn assert_accessible_at_320_and_1280(&self, pages: &[(&str, &str)]) {
        for width in [320, 1280] {
            self.set_size(width, 900);
            for (path, heading) in pages {
                self.open(path);
                self.wait_for_text("main h1", heading);
                if self.count("#result-count") > 0 {
                    self.wait_for_results();
                }
                let violations = self.axe();
                assert!(violations.is_empty(), "{path} at {width}px: {violations:#?}");
                assert_eq!(self.sideways_overflow(), 0, "{path} at {width}px scrolls sideways");
            }
        }
    }

    /// How many pixels the page scrolls sideways (0 when it fits; the scrollbar's reserved gutter
    /// on a page too short to scroll doesn't count).
    pub fn sideways_overflow(&self) -> i64 {
        self.js("return Math.max(0, document.documentElement.scrollWidth - document.documentElement.clientWidth)").as_i64().unwrap_or(-1)
    }

    /// Runs axe-core (from npm) in the page; returns violations as "id: help (targets)". The page
    /// is checked scrolled to its top: scrolled elsewhere, the sticky safety bar covers part of
    /// whatever is passing under it, which axe counts against that target's size.
    pub fn axe(&self) -> Vec<String> {
        self.js("window.scrollTo(0, 0); return 1");
        static AXE: OnceLock<String> = OnceLock::new();
        let source = AXE.get_or_init(|| {
            std::fs::read_to_string(repo().join("tools/node_modules/axe-core/axe.min.js")).expect("axe-core installed by cargo xtask")
        });
        self.js(&format!("{source}\n;return true;"));
        let v = self.js_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
               .then(r => done(r.violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', ') + ')')))
               .catch(e => done(['axe failed: ' + e]));",
        );
        v.as_array().map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_owned)).collect()).unwrap_or_default()
    }
}

fn chromium_binary() -> String {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists())
        .unwrap_or("/usr/bin/chromium")
        .to_owned()
}

/// Asserts no network request (http, https, ws) went anywhere but the app's origin (and
/// `extra` allowed origins). The browser's own `chrome://` pages are not network requests.
pub fn assert_same_origin(requests: &[String], extra: &[&str]) {
    let app = origin();
    let bad: Vec<&String> = requests
        .iter()
        .filter(|u| u.starts_with("http") || u.starts_with("ws"))
        .filter(|u| !u.starts_with(&app) && !extra.iter().any(|e| u.starts_with(e)))
        .collect();
    assert!(bad.is_empty(), "requests left the origin: {bad:?}");
}
