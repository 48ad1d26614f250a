//! Compiles `content/` (Markdown articles, TOML directory) at build time: one content bundle per
//! language (`OUT_DIR/<lang>.bin`, what the prerenderer and host tests read; the browser fetches
//! the same bytes from `dist/content/`) and the covered regions as Rust. A content problem fails
//! the build, naming file, entry and field.

use std::path::Path;

fn main() {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    println!("cargo:rerun-if-changed=content");
    match kindred_content::compile(&content, kindred_content::today()) {
        Ok(compiled) => {
            for input in &compiled.inputs {
                println!("cargo:rerun-if-changed={}", input.display());
            }
            for warning in &compiled.warnings {
                println!("cargo:warning={warning}");
            }
            std::fs::write(out.join("content.rs"), compiled.rust).expect("write content.rs");
            for (lang, bytes) in compiled.bundles.each() {
                std::fs::write(out.join(format!("{lang}.bin")), bytes).expect("write a content bundle");
            }
            std::fs::write(out.join("directory.json"), compiled.json).expect("write directory.json");
        }
        Err(problems) => {
            eprintln!("\nKindred content has {} problem(s):\n", problems.len());
            for p in &problems {
                eprintln!("  {p}");
                println!("cargo:warning={p}");
            }
            eprintln!();
            std::process::exit(1);
        }
    }
}
