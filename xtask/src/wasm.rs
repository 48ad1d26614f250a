//! The app's wasm, built the way cargo-leptos builds a split app (`cargo leptos build --split`,
//! its `src/compile/front.rs`): cargo with relocations kept, `wasm_split_cli_support::transform`
//! (the pages behind `pages::lazy` become chunks of their own), wasm-bindgen with the linker's
//! exports kept (the chunks link against them), then wasm-opt on every module and esbuild on
//! the scripts. The output is one folder, `target/kindred-wasm/pkg/`, which `index.html` has
//! Trunk copy into the build:
//!
//! - `kindred.js`, `kindred_bg.wasm`: the main module (the shell and the pages every visit may
//!   need);
//! - `__wasm_split.js`: loads a chunk the first time its code is called;
//! - `split_<page>.wasm`, `chunk_<n>.wasm`: a page's own code, and code pages share;
//! - `chunks.json`: which files each page needs (the split tool's prefetch map), read by the
//!   prerenderer to name them in each page, so the loader fetches them beside the main module.
//!
//! A release build splits; a development build (`cargo xtask serve`) doesn't (feature `split`
//! off, so each page is called directly and there is nothing to split).

use std::path::{Path, PathBuf};

use sha2::Digest;

use crate::install::{cmd, run};
use crate::root;

/// Where this step works: `target/kindred-wasm/` (`KINDRED_WASM_OUT` elsewhere, for comparing
/// builds side by side).
fn work_dir() -> PathBuf {
    std::env::var_os("KINDRED_WASM_OUT").map(PathBuf::from).unwrap_or_else(|| root().join("target/kindred-wasm"))
}

/// The folder Trunk copies into the build (`index.html`, `rel="copy-dir"`).
pub fn pkg_dir() -> PathBuf {
    work_dir().join("pkg")
}

/// The manifest of chunks, in [`pkg_dir`] and in the build's app folder.
pub const CHUNKS_FILE: &str = "chunks.json";

/// Builds the app's wasm into [`pkg_dir`]: release (split, optimised) or development.
pub fn build(release: bool, extra_features: Option<&str>) -> Result<(), String> {
    let started = std::time::Instant::now();
    let mut features = vec!["hydrate"];
    if release {
        features.push("split");
    }
    features.extend(extra_features.into_iter().flat_map(|f| f.split(',')).filter(|f| !f.is_empty()));
    let features = features.join(",");
    let mut cargo = cmd("cargo");
    cargo.args(["rustc", "--quiet", "--offline", "-p", "kindred", "--bin", "kindred", "--target", "wasm32-unknown-unknown"]);
    cargo.args(["--features", &features]);
    if release {
        cargo.arg("--release");
    }
    if release {
        // The split tool reads the linker's relocations to move code between modules. Only the
        // final link needs them, so only this crate's own flags change (its dependencies' builds
        // are shared with every other build).
        cargo.args(["--", "-Clink-args=--emit-relocs"]);
    }
    run(&mut cargo)?;
    let profile = if release { "release" } else { "debug" };
    let target = std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root().join("target"));
    let input = target.join("wasm32-unknown-unknown").join(profile).join("kindred.wasm");
    let work = work_dir();
    let pkg = pkg_dir();
    // Splitting and optimising take a minute or two: not again for the same wasm.
    let stamp = {
        let bytes = std::fs::read(&input).map_err(|e| format!("{}: {e}", input.display()))?;
        let digest = sha2::Sha256::digest(&bytes);
        // The steps below are part of the stamp: changing them redoes the work.
        format!("{profile} {features} wasm-opt+esbuild {}", digest.iter().map(|b| format!("{b:02x}")).collect::<String>())
    };
    let stamp_file = work.join("stamp");
    if pkg.join(CHUNKS_FILE).is_file() && std::fs::read_to_string(&stamp_file).is_ok_and(|s| s == stamp) {
        eprintln!("→ wasm ({profile}): unchanged");
        return Ok(());
    }
    if pkg.exists() {
        std::fs::remove_dir_all(&pkg).map_err(|e| format!("{}: {e}", pkg.display()))?;
    }
    std::fs::create_dir_all(&pkg).map_err(|e| format!("{}: {e}", pkg.display()))?;
    let main_wasm = if release { split(&input, &work.join("split"), &pkg)? } else { input };
    let mut bindgen = cmd("wasm-bindgen");
    bindgen.args(["--target", "web", "--no-typescript", "--out-name", "kindred", "--out-dir"]).arg(&pkg);
    if release {
        // The chunks import the main module's functions by the linker's names.
        bindgen.args(["--keep-lld-exports", "--no-demangle"]);
    }
    run(bindgen.arg(&main_wasm))?;
    if release {
        for file in wasm_files(&pkg)? {
            run(cmd("wasm-opt")
                .args(["-Oz", "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--output"])
                .arg(&file)
                .arg(&file))?;
        }
        // The scripts minified (as cargo-leptos does in release): a quarter less to download,
        // gzipped. Their exports and the modules' import names are kept; wasm-bindgen's import
        // object names the loader once per snippet, the same module, which esbuild would warn of.
        for script in ["kindred.js", "__wasm_split.js"] {
            let path = pkg.join(script);
            run(cmd("esbuild")
                .arg(&path)
                .args([
                    "--minify",
                    "--format=esm",
                    "--log-level=warning",
                    "--log-override:duplicate-object-key=silent",
                    "--allow-overwrite",
                ])
                .arg(format!("--outfile={}", path.display())))?;
        }
    } else {
        std::fs::write(pkg.join(CHUNKS_FILE), "{}\n").map_err(|e| e.to_string())?;
    }
    std::fs::write(&stamp_file, stamp).map_err(|e| e.to_string())?;
    eprintln!("→ wasm ({profile}{}): {:.0} s", if release { ", split" } else { "" }, started.elapsed().as_secs_f64());
    Ok(())
}

/// Splits `input` at its split points: the chunks and their loader go into `pkg`, the main
/// module (for wasm-bindgen) into `work`. Writes [`CHUNKS_FILE`]. Returns the main module's path.
fn split(input: &Path, work: &Path, pkg: &Path) -> Result<PathBuf, String> {
    let bytes = std::fs::read(input).map_err(|e| format!("{}: {e}", input.display()))?;
    std::fs::create_dir_all(work).map_err(|e| e.to_string())?;
    let main_out = work.join("kindred.wasm");
    let mut options = wasm_split_cli_support::Options::new(&bytes);
    options.output_dir = pkg;
    options.main_out_path = &main_out;
    // Both paths are relative to the loader, which sits beside the main module's script.
    options.main_module = "./kindred.js";
    options.link_name = "./__wasm_split.js";
    let split = wasm_split_cli_support::transform(options).map_err(|e| format!("splitting {}: {e:?}", input.display()))?;
    let map: std::collections::BTreeMap<String, Vec<String>> = split.prefetch_map.into_iter().collect();
    let json = serde_json::to_string_pretty(&map).map_err(|e| e.to_string())?;
    std::fs::write(pkg.join(CHUNKS_FILE), json + "\n").map_err(|e| e.to_string())?;
    Ok(main_out)
}

fn wasm_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut out: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "wasm"))
        .collect();
    out.sort();
    Ok(out)
}
