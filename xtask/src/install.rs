//! Installs what the build and tests need, at pinned versions, skipping anything already
//! present at the right version (so a second run takes seconds).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::root;

pub const TRUNK_VERSION: &str = "0.21.14";

/// Runs a command, inheriting output; an error names the command.
pub fn run(cmd: &mut Command) -> Result<(), String> {
    let shown = format!("{cmd:?}");
    let status = cmd.status().map_err(|e| format!("could not start {shown}: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{shown} failed ({status})"))
    }
}

/// Output of a command, if it ran and succeeded.
pub fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// `PATH` with the npm tools and cargo's bin folder first.
pub fn path_env() -> String {
    let mut parts = vec![root().join("tools/node_modules/.bin")];
    if let Some(home) =
        std::env::var_os("CARGO_HOME").map(PathBuf::from).or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
    {
        parts.push(home.join("bin"));
    }
    let mut path = std::env::join_paths(parts).map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
    if let Ok(existing) = std::env::var("PATH") {
        path.push(':');
        path.push_str(&existing);
    }
    path
}

/// A command with our `PATH`.
pub fn cmd(program: &str) -> Command {
    let mut c = Command::new(program);
    c.env("PATH", path_env()).current_dir(root());
    c
}

/// The exact `wasm-bindgen` version in Cargo.lock.
pub fn wasm_bindgen_version() -> Result<String, String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\"" {
            if let Some(v) = lines.next().and_then(|l| l.strip_prefix("version = \"")) {
                return Ok(v.trim_end_matches('"').to_owned());
            }
        }
    }
    Err("wasm-bindgen not found in Cargo.lock".into())
}

fn version_of(program: &str) -> Option<String> {
    output(cmd(program).arg("--version")).map(|s| s.trim().to_owned())
}

/// Toolchain for building the app. `verbose` prints what is already there.
pub fn tools(verbose: bool) -> Result<(), String> {
    let say = |m: &str| {
        if verbose {
            eprintln!("  ✓ {m}");
        }
    };
    // wasm32 target.
    let targets = output(Command::new("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if targets.lines().any(|t| t.trim() == "wasm32-unknown-unknown") {
        say("wasm32-unknown-unknown target");
    } else {
        eprintln!("→ adding the wasm32-unknown-unknown target");
        run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))?;
    }
    // Trunk.
    if version_of("trunk").is_some_and(|v| v == format!("trunk {TRUNK_VERSION}")) {
        say(&format!("trunk {TRUNK_VERSION}"));
    } else {
        eprintln!("→ installing trunk {TRUNK_VERSION} (about 11 minutes on 2 cores, once)");
        run(cmd("cargo").args(["install", "trunk", "--version", TRUNK_VERSION, "--locked"]))?;
    }
    // wasm-bindgen-cli, exactly the library's version.
    let wb = wasm_bindgen_version()?;
    if version_of("wasm-bindgen").is_some_and(|v| v == format!("wasm-bindgen {wb}")) {
        say(&format!("wasm-bindgen {wb}"));
    } else {
        eprintln!("→ installing wasm-bindgen-cli {wb} (about 8 minutes, once)");
        // Not --locked: one of its locked dependencies is no longer in the registry.
        run(cmd("cargo").args(["install", "wasm-bindgen-cli", "--version", &wb, "--force"]))?;
    }
    // npm tools (wasm-opt from binaryen, esbuild, axe-core, Lighthouse), at the exact versions in tools/package.json.
    let tools = root().join("tools");
    let pinned = npm_tools(&tools)?;
    let names = pinned.iter().map(|(name, version)| format!("{name} {version}")).collect::<Vec<_>>().join(", ");
    if pinned.iter().all(|(name, version)| npm_installed(&tools, name).as_deref() == Some(version.as_str())) {
        say(&format!("npm tools ({names})"));
    } else {
        eprintln!("→ installing npm tools ({names})");
        run(cmd("npm").args(["ci", "--no-audit", "--no-fund", "--prefix"]).arg(&tools))?;
    }
    // Dependencies, so Trunk's offline build finds them.
    run(cmd("cargo").args(["fetch", "--quiet"]))?;
    Ok(())
}

/// The pinned `(name, version)` pairs in `tools/package.json`.
fn npm_tools(tools: &Path) -> Result<Vec<(String, String)>, String> {
    let text = std::fs::read_to_string(tools.join("package.json")).map_err(|e| format!("tools/package.json: {e}"))?;
    let json: serde_json::Value = serde_json::from_str(&text).map_err(|e| format!("tools/package.json: {e}"))?;
    let deps = json["dependencies"].as_object().ok_or("tools/package.json: no dependencies")?;
    Ok(deps.iter().map(|(name, version)| (name.clone(), version.as_str().unwrap_or_default().to_owned())).collect())
}

/// The version of an npm package installed in `tools/node_modules`, if any.
fn npm_installed(tools: &Path, name: &str) -> Option<String> {
    let text = std::fs::read_to_string(tools.join("node_modules").join(name).join("package.json")).ok()?;
    let json: serde_json::Value = serde_json::from_str(&text).ok()?;
    json["version"].as_str().map(str::to_owned)
}

/// The full path of a program on `PATH`.
pub fn which(program: &str) -> Result<String, String> {
    output(Command::new("sh").args(["-c", &format!("command -v {program}")]))
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .ok_or_else(|| format!("{program} is not on PATH"))
}

/// Headless Chromium and its driver for the browser tests.
pub fn browser() -> Result<(), String> {
    let have = |p: &str| Command::new(p).arg("--version").output().is_ok_and(|o| o.status.success());
    if have("chromium") && have("chromedriver") {
        return Ok(());
    }
    let is_root = output(Command::new("id").arg("-u")).is_some_and(|u| u.trim() == "0");
    if is_root && have("apt-get") {
        eprintln!("→ installing Debian's chromium and chromium-driver");
        run(Command::new("apt-get").arg("update").arg("-qq"))?;
        run(Command::new("apt-get")
            .args(["install", "-y", "-qq", "chromium", "chromium-driver"])
            .env("DEBIAN_FRONTEND", "noninteractive"))?;
        return Ok(());
    }
    Err("the browser tests need Chromium and ChromeDriver on PATH (`chromium`, `chromedriver`). \
         On Debian/Ubuntu: `sudo apt-get install chromium chromium-driver`."
        .into())
}
