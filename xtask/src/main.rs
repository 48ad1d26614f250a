//! Kindred's developer commands. Run from anywhere in the repository:
//!
//! ```text
//! cargo xtask serve        install what is missing, then build and serve with live reload
//! cargo xtask test         install what is missing (incl. Chromium), then run every test
//! cargo xtask build        release build into dist/ (deployable static files);
//!                          --public-url /sub/path/ to host under a sub-path, --dist DIR
//! cargo xtask preview      serve dist/ as a static host would (404.html for unknown paths, headers)
//! cargo xtask bench        benchmarks with printed figures (host search engine, app size,
//!                          Lighthouse, typing in Chromium)
//! cargo xtask lighthouse   Lighthouse on the current dist/ only (four pages, mobile preset)
//! cargo xtask screenshots  the README's pictures of dist/ (a phone and a desktop), into docs/
//! cargo xtask synth N      print a synthetic directory of N resources (TOML) to stdout
//! cargo xtask content-json write the open-data JSON and the content bundles for the build
//! cargo xtask prepare      Trunk's pre-build step: content-json, then the app's wasm
//!                          (split in a release build; see xtask/src/wasm.rs)
//! cargo xtask verify       the editor's worklist: every dated fact, oldest first, with its source
//! ```

mod base64;
mod build;
mod install;
mod pwa;
mod run;
mod wasm;

use std::path::PathBuf;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the repository").to_owned()
}

fn usage() -> ! {
    eprintln!("usage: cargo xtask <serve|test|build|preview|bench|lighthouse|screenshots|synth N|content-json|verify>");
    eprintln!("  verify   list every dated fact in the directory (contacts, hours, cautions, emergency numbers),");
    eprintln!("           oldest first and grouped by listing, with the page to re-check it at");
    std::process::exit(2);
}

/// `cargo xtask verify`: prints the editor's worklist (see `kindred_content::worklist`).
fn verify() -> Result<(), String> {
    let text = kindred_content::worklist::for_directory(&root().join("content/directory"), kindred_content::today())
        .map_err(|problems| problems.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))?;
    print!("{text}");
    Ok(())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("serve") => build::serve(),
        Some("build") => install::tools(false).and_then(|_| build::release(&build::BuildOptions::from_args(&args[1..]))).map(|_| ()),
        Some("test") => run::test(&args[1..]),
        Some("preview") => build::preview(),
        Some("bench") => run::bench(),
        Some("lighthouse") => run::lighthouse_dist(),
        Some("screenshots") => run::screenshots(),
        Some("synth") => run::synth(args.get(1).and_then(|n| n.parse().ok()).unwrap_or_else(|| usage())),
        Some("content-json") => build::content_json(),
        Some("prepare") => build::prepare(),
        Some("verify") => verify(),
        Some("install") => install::tools(true),
        _ => usage(),
    };
    if let Err(message) = result {
        eprintln!("\nxtask: {message}");
        std::process::exit(1);
    }
}
