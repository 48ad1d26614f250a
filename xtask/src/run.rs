//! `test`, `bench` and `synth`.

use crate::build::{self, BuildOptions};
use crate::install::{self, cmd, run};
use crate::root;

/// Every test: formatting and lints, host unit tests, a release build, browser tests.
/// `--browser` skips straight to the browser tests against a fresh release build.
pub fn test(args: &[String]) -> Result<(), String> {
    let browser_only = args.iter().any(|a| a == "--browser");
    install::tools(false)?;
    install::browser()?;
    if !browser_only {
        eprintln!("→ formatting and lints");
        run(cmd("cargo").args(["fmt", "--all", "--check"]))?;
        run(cmd("cargo").args(["clippy", "--workspace", "--all-targets", "--quiet", "--", "-D", "warnings"]))?;
        eprintln!("→ host tests (core, content pipeline, app, prerenderer, dev server, xtask)");
        run(cmd("cargo").args(["test", "--workspace", "--exclude", "kindred-e2e"]))?;
        eprintln!("→ component tests (wasm-bindgen-test in headless Chromium)");
        let mut c = cmd("cargo");
        c.args(["test", "-p", "kindred", "--target", "wasm32-unknown-unknown", "--features", "hydrate", "--test", "components"]);
        c.env("CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER", "wasm-bindgen-test-runner")
            .env("CHROMEDRIVER", install::which("chromedriver")?);
        run(&mut c)?;
    }
    eprintln!("→ release builds (site root, and a sub-path for the hosting test)");
    let dist = build::release(&BuildOptions::default())?;
    let subpath = build::release(&BuildOptions {
        dist: Some(root().join("dist-subpath")),
        public_url: Some("/kindred/".into()),
        ..Default::default()
    })?;
    eprintln!("→ browser tests (headless Chromium)");
    let filter: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let mut c = cmd("cargo");
    c.args(["test", "-p", "kindred-e2e", "--tests", "--"]).args(filter).args(["--test-threads", "2"]);
    c.env("KINDRED_DIST", &dist).env("KINDRED_DIST_SUBPATH", &subpath);
    run(&mut c)
}

/// Benchmarks with printed figures: the search engine and the saved list on the host, the size of
/// the app as shipped, Lighthouse on four pages, what a first visit downloads, and typing in
/// Chromium at 1k/10k listings.
pub fn bench() -> Result<(), String> {
    install::tools(false)?;
    install::browser()?;
    run(cmd("cargo").args(["bench", "-p", "kindred-core", "--bench", "search"]))?;
    run(cmd("cargo").args(["bench", "-p", "kindred-core", "--bench", "bookmarks"]))?;
    let dist = build::release(&BuildOptions::default())?;
    report_sizes(&dist)?;
    lighthouse(&dist)?;
    // What a first visit downloads, in headless Chromium against the release build.
    let mut c = cmd("cargo");
    c.args(["test", "-p", "kindred-e2e", "--test", "first_visit", "--", "--ignored", "--nocapture"]).env("KINDRED_DIST", &dist);
    run(&mut c)?;
    // The same app with `?synthetic=N` enabled, typed into in headless Chromium.
    let bench_dist =
        build::release(&BuildOptions { dist: Some(root().join("dist-bench")), features: Some("bench".into()), ..Default::default() })?;
    let mut c = cmd("cargo");
    c.args(["test", "-p", "kindred-e2e", "--test", "bench", "--", "--ignored", "--nocapture"]).env("KINDRED_DIST", bench_dist);
    run(&mut c)
}

/// `cargo xtask lighthouse`: Lighthouse on the release build already in `dist/`.
pub fn lighthouse_dist() -> Result<(), String> {
    let dist = root().join("dist");
    if !dist.join("index.html").is_file() {
        return Err("no dist/ yet: run `cargo xtask build` first".into());
    }
    install::tools(false)?;
    install::browser()?;
    lighthouse(&dist)
}

/// Lighthouse (tools/package.json's pinned version, Debian's Chromium, the mobile preset with its
/// default simulated throttling) on four pages of `dist` served like a static host: the four
/// category scores, LCP, TBT, CLS and the bytes transferred (gzip).
fn lighthouse(dist: &std::path::Path) -> Result<(), String> {
    // gzip, as production hosts send it.
    let config = kindred_devserver::Config { gzip: true, ..kindred_devserver::Config::new(dist) };
    let server = kindred_devserver::start(config, 0).map_err(|e| e.to_string())?;
    let origin = server.origin("127.0.0.1");
    let bin = root().join("tools/node_modules/.bin/lighthouse");
    let chrome = install::which("chromium")?;
    let out_dir = root().join("target/lighthouse");
    std::fs::create_dir_all(&out_dir).map_err(|e| e.to_string())?;
    let listing = "/directory/us-988-lifeline";
    let article = "/learn/understanding-peer-support";
    println!("lighthouse {LIGHTHOUSE_PRESET}: performance accessibility best-practices seo | LCP TBT CLS bytes");
    for page in ["/", "/directory", listing, article] {
        let report =
            out_dir.join(format!("{}.json", if page == "/" { "home".to_owned() } else { page.trim_start_matches('/').replace('/', "-") }));
        let status = cmd(bin.to_str().unwrap_or("lighthouse"))
            .arg(format!("{origin}{page}"))
            .args(["--quiet", "--output=json", "--only-categories=performance,accessibility,best-practices,seo"])
            .arg(format!("--output-path={}", report.display()))
            .arg("--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage")
            .env("CHROME_PATH", &chrome)
            .status()
            .map_err(|e| format!("lighthouse: {e}"))?;
        if !status.success() {
            return Err(format!("lighthouse failed on {page}"));
        }
        let text = std::fs::read_to_string(&report).map_err(|e| e.to_string())?;
        let json: serde_json::Value = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", report.display()))?;
        let score = |c: &str| json["categories"][c]["score"].as_f64().map_or("–".to_owned(), |s| format!("{:.0}", s * 100.0));
        let audit = |a: &str| json["audits"][a]["numericValue"].as_f64().unwrap_or(f64::NAN);
        println!(
            "lighthouse {page}: {} {} {} {} | LCP {:.2} s, TBT {:.0} ms, CLS {:.3}, {:.1} KB",
            score("performance"),
            score("accessibility"),
            score("best-practices"),
            score("seo"),
            audit("largest-contentful-paint") / 1000.0,
            audit("total-blocking-time"),
            audit("cumulative-layout-shift"),
            audit("total-byte-weight") / 1024.0,
        );
    }
    println!("lighthouse: full reports in {}", out_dir.display());
    Ok(())
}

/// Lighthouse's default form factor and throttling (the CLI's defaults).
const LIGHTHOUSE_PRESET: &str = "mobile, simulated throttling";

fn report_sizes(dist: &std::path::Path) -> Result<(), String> {
    let app = build::app_size(dist)?;
    println!("size: main module (wasm+JS every page loads) {}; cap {} KB gzip", app.main.describe(), build::SIZE_CAP_GZIP / 1024);
    for (chunk, size) in &app.chunks {
        let mut page = app.main;
        page.gzip += size.gzip;
        page.brotli += size.brotli;
        page.raw += size.raw;
        println!("size: chunk {chunk}: {} (a page of it loads {:.1} KB gzip before it runs)", size.describe(), page.gzip as f64 / 1024.0);
    }
    println!("size: the whole app, every chunk {}", app.total.describe());
    // What a first visit to the home page downloads: its HTML, the CSS, the JS and wasm, and the
    // English content file.
    let mut first = app.main;
    first.add(&dist.join("index.html"))?;
    for entry in std::fs::read_dir(dist).map_err(|e| e.to_string())?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".css") {
            first.add(&entry.path())?;
        }
    }
    for entry in std::fs::read_dir(dist.join("content")).map_err(|e| e.to_string())?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.ends_with(".bin") {
            let mut one = build::Size::default();
            one.add(&entry.path())?;
            println!("size: content file {name}: {}", one.describe());
            if name.starts_with("en-") {
                first.add(&entry.path())?;
            }
        }
    }
    println!("size: first visit to / (HTML+CSS+JS+wasm+English content) {}", first.describe());
    Ok(())
}

/// Prints a synthetic directory of `n` resources in the data-file format.
pub fn synth(n: usize) -> Result<(), String> {
    use std::fmt::Write;
    let mut out = String::from("# Synthetic directory for benchmarks (cargo xtask synth). Not real services.\n");
    for r in kindred_core::synth::directory(n, 42) {
        let list = |xs: &[&str]| xs.iter().map(|x| format!("{x:?}")).collect::<Vec<_>>().join(", ");
        let _ = writeln!(out, "\n[[resource]]\nid = {:?}\nname = {:?}\norganization = {:?}", r.id, r.name, r.organization);
        let _ = writeln!(
            out,
            "kind = {:?}\nanswered_by = {:?}\ncrisis = {}\nstatus = \"active\"",
            r.kind.slug(),
            r.answered_by.slug(),
            r.crisis
        );
        let _ = writeln!(out, "areas = [{}]\nlanguages = [{}]\ncost = {:?}", list(r.areas), list(r.languages), r.cost.slug());
        let audiences: Vec<&str> = r.audiences.iter().map(|a| a.slug()).collect();
        let topics: Vec<&str> = r.topics.iter().map(|t| t.slug()).collect();
        let _ = writeln!(
            out,
            "audiences = [{}]\ntopics = [{}]\ndescription = {:?}\nwhat_to_expect = [{}]",
            list(&audiences),
            list(&topics),
            r.description,
            list(r.what_to_expect)
        );
        let _ = writeln!(out, "\n[resource.hours]\nalways = true\nsource = \"https://example.org/\"\nverified = {}", r.hours.verified);
        for c in r.contacts {
            let _ = writeln!(
                out,
                "\n[[resource.contact]]\ntype = {:?}\nvalue = {:?}\nsource = {:?}\nverified = {}",
                c.kind.slug(),
                c.value,
                c.source,
                c.verified
            );
        }
    }
    print!("{out}");
    Ok(())
}

/// `cargo xtask screenshots`: the README's pictures, of the release build in `dist/` in headless
/// Chromium: the home page on a 390 × 844 phone and the directory at 1280 × 800, into `docs/`.
pub fn screenshots() -> Result<(), String> {
    let dist = root().join("dist");
    if !dist.join("index.html").is_file() {
        return Err("no dist/ yet: run `cargo xtask build` first".into());
    }
    install::browser()?;
    let server = kindred_devserver::start(kindred_devserver::Config::new(&dist), 0).map_err(|e| e.to_string())?;
    let origin = server.origin("127.0.0.1");
    let out = root().join("docs");
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    let profile = std::env::temp_dir().join(format!("kindred-screenshots-{}", std::process::id()));
    for (name, page, size) in [("phone.png", "/", "390,844"), ("desktop.png", "/directory", "1280,800")] {
        let file = out.join(name);
        run(cmd(&install::which("chromium")?)
            .args(["--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run"])
            .args(["--disable-background-networking", "--disable-component-update", "--disable-sync"])
            .arg(format!("--user-data-dir={}", profile.display()))
            .arg(format!("--window-size={size}"))
            .arg("--virtual-time-budget=8000")
            .arg(format!("--screenshot={}", file.display()))
            .arg(format!("{origin}{page}")))?;
        eprintln!("→ {}", file.display());
    }
    std::fs::remove_dir_all(&profile).ok();
    Ok(())
}
