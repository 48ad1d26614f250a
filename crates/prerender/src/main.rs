//! `kindred-prerender DIST [BASE]`: renders every route into DIST (see the library).
fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dist) = args.next() else {
        eprintln!("usage: kindred-prerender DIST [BASE]");
        std::process::exit(2);
    };
    let base: &'static str = Box::leak(args.next().unwrap_or_else(|| "/".into()).into_boxed_str());
    let started = std::time::Instant::now();
    match kindred_prerender::prerender(std::path::Path::new(&dist), base) {
        Ok(n) => eprintln!("→ prerendered {n} pages in {:.1} s", started.elapsed().as_secs_f64()),
        Err(e) => {
            eprintln!("prerender: {e}");
            std::process::exit(1);
        }
    }
}
