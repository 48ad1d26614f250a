//! Kindred en español, as a Spanish reader meets it: Spanish pages under `/es/` with and without
//! JavaScript, the switch to the same page (and query) in the other language, the suggestion that
//! never switches by itself, Spanish search, the Spanish contact first, `lang` attributes,
//! accessibility at 320 and 1280 px, the Spanish not-found page, embeds asked for Spanish, and
//! offline use.

use kindred_e2e::{assert_same_origin, copy_dir, Browser, Options};
use serde_json::json;

/// (path, the page's h1).
const PAGES: &[(&str, &str)] = &[
    ("/es/", "Encuentra a quienes te entienden"),
    ("/es/directory", "Busca apoyo"),
    ("/es/directory/us-988-lifeline", "988 Suicide & Crisis Lifeline"),
    ("/es/learn", "Aprende sobre el apoyo entre pares"),
    ("/es/learn/entender-el-apoyo-entre-pares", "Entender el apoyo entre pares"),
    ("/es/saved", "Guardados"),
    ("/es/plan", "Mi plan de apoyo"),
    ("/es/about", "Acerca de Kindred"),
];

fn lang_of_page(b: &Browser) -> serde_json::Value {
    b.js("return document.documentElement.lang")
}

#[test]
fn spanish_pages_are_in_spanish_with_alternates_both_ways() {
    let b = Browser::new();
    for (path, heading) in PAGES {
        b.open(path);
        b.wait_for_text("main h1", heading);
        assert_eq!(lang_of_page(&b), json!("es"), "{path}");
        let alternates = b.js(
            "return Object.fromEntries([...document.querySelectorAll('link[rel=alternate][hreflang]')].map(l => [l.hreflang, new URL(l.href).pathname]))",
        );
        assert!(alternates["es"].as_str().is_some_and(|p| p.starts_with("/es/")), "{path}: {alternates}");
        assert!(alternates["en"].as_str().is_some_and(|p| !p.starts_with("/es/")), "{path}: {alternates}");
        assert!(alternates["x-default"].is_string(), "{path}: {alternates}");
        assert_eq!(b.text("#lang-switch"), "English", "{path}: the switch names the other language in its own words");
    }
    // The English pages point back.
    b.open("/learn/understanding-peer-support");
    assert_eq!(lang_of_page(&b), json!("en"));
    assert_eq!(
        b.js("return new URL(document.querySelector('link[rel=alternate][hreflang=es]').href).pathname"),
        json!("/es/learn/entender-el-apoyo-entre-pares")
    );
    let errors = b.console_errors();
    assert!(errors.is_empty(), "{errors:?}");
    assert_same_origin(&b.requests(), &[]);
}

#[test]
fn the_switch_keeps_the_page_and_the_query_and_is_remembered() {
    let b = Browser::new();
    b.open("/es/directory?q=linea&kind=warmline");
    b.wait_for_results();
    b.click("#lang-switch");
    b.wait_for("the English directory", "return location.pathname === '/directory' && document.documentElement.lang === 'en'");
    b.wait_for_app();
    assert_eq!(b.js("return location.search"), json!("?q=linea&kind=warmline"));
    b.wait_for_results();
    assert_eq!(b.js("return document.getElementById('q').value"), json!("linea"));
    assert_eq!(b.js("return document.getElementById('f-kind-warmline').checked"), json!(true));
    assert_eq!(b.js("return localStorage.getItem('kindred.lang')"), json!("en"));
    // An article goes to its translation.
    b.open("/learn/understanding-peer-support");
    b.click("#lang-switch");
    b.wait_for("the Spanish article", "return location.pathname === '/es/learn/entender-el-apoyo-entre-pares'");
    b.wait_for_app();
    b.wait_for_text("main h1", "Entender el apoyo entre pares");
}

#[test]
fn a_spanish_browser_gets_a_suggestion_and_never_a_switch() {
    let prefers_spanish =
        "Object.defineProperty(navigator, 'languages', { get: () => ['es-MX', 'es', 'en'] }); Object.defineProperty(navigator, 'language', { get: () => 'es-MX' });";
    let b = Browser::with(Options { init_scripts: vec![prefers_spanish.into()], ..Default::default() });
    b.open("/directory?q=peer");
    b.wait_for("the suggestion", "return !!document.getElementById('lang-suggest')");
    assert_eq!(b.js("return location.pathname"), json!("/directory"), "nothing switches by itself");
    assert_eq!(b.text("#lang-suggest"), "Ver esta página en español");
    assert_eq!(b.js("return document.getElementById('lang-suggest').closest('[lang]').lang"), json!("es"));
    // "No, thanks" is remembered: no suggestion on the next page or after a reload.
    b.click("#lang-stay");
    b.wait_for("the suggestion to go", "return !document.getElementById('lang-suggest')");
    b.open("/learn");
    b.reload();
    b.wait_for_app();
    b.wait_for("two frames", "return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))");
    assert_eq!(b.count("#lang-suggest"), 0);
    assert_eq!(b.js("return localStorage.getItem('kindred.lang')"), json!("en"));
    // Following it goes to the same page, query kept.
    b.js("localStorage.removeItem('kindred.lang'); return 1");
    b.open("/directory?q=peer");
    b.wait_for("the suggestion", "return !!document.getElementById('lang-suggest')");
    b.click("#lang-suggest");
    b.wait_for("the Spanish directory", "return location.pathname === '/es/directory' && location.search === '?q=peer'");
}

#[test]
fn searching_in_spanish_finds_peers_and_the_spanish_contact_comes_first() {
    let b = Browser::new();
    b.open("/es/directory?q=apoyo%20entre%20pares");
    b.wait_for_results();
    let who = b.js("return [...document.querySelectorAll('#results .card .card__who')].map(e => e.textContent)");
    let who: Vec<String> = serde_json::from_value(who).unwrap();
    let peers = who.iter().filter(|w| *w == "Pares con experiencia vivida").count();
    assert!(peers >= 5, "peer options are found: {who:?}");
    assert_eq!(who.first().map(String::as_str), Some("Pares con experiencia vivida"), "a peer option first: {who:?}");
    // Without the accent, "linea" finds the crisis lines ("Línea de crisis").
    b.clear("#q");
    b.type_into("#q", "linea de crisis");
    b.wait_for(
        "crisis lines",
        "const first = document.querySelector('#results .card .tag'); return location.search.includes('q=linea') && !!first && first.textContent === 'Línea de crisis'",
    );
    // Facets read in Spanish.
    assert_eq!(b.text("#facet-kind legend"), "Tipo de apoyo");
    // 988: Spanish first, with a Spanish action.
    b.open("/es/directory/us-988-lifeline");
    let actions = b.js("return [...document.querySelectorAll('main .contacts .contact__link')].map(a => a.textContent)");
    let actions: Vec<String> = serde_json::from_value(actions).unwrap();
    assert_eq!(actions.first().map(String::as_str), Some("Llama al 988"), "{actions:?}");
    assert!(actions.iter().take(2).any(|a| a.contains("AYUDA")), "the Spanish text line comes first: {actions:?}");
    assert_eq!(b.count("main a[href='sms:988?&body=AYUDA']"), 1);
    // Its notes read in Spanish too.
    let notes = b.js("return [...document.querySelectorAll('main .contacts .contact__note')].map(n => n.textContent)");
    let notes: Vec<String> = serde_json::from_value(notes).unwrap();
    assert!(notes.iter().any(|n| n == "Marca 1 para la Veterans Crisis Line; marca 2 para español"), "{notes:?}");
    assert!(!notes.iter().any(|n| n.starts_with("Press ")), "{notes:?}");
}

#[test]
fn a_first_visit_to_a_spanish_page_installs_the_app_for_offline_use() {
    let b = Browser::new();
    b.open("/es/learn");
    let script = b.js_async(
        "const done = arguments[arguments.length - 1];
         navigator.serviceWorker.ready.then(r => done(new URL(r.active.scriptURL).pathname + ' ' + new URL(r.scope).pathname));",
    );
    assert_eq!(script, json!("/sw.js /"), "the site's one service worker, for every page in both languages");
}

#[test]
fn without_javascript_spanish_pages_read_and_list_everything() {
    let b = Browser::new();
    b.cdp("Emulation.setScriptExecutionDisabled", json!({ "value": true }));
    b.goto("/es/");
    assert_eq!(b.text("main h1"), "Encuentra a quienes te entienden");
    assert_eq!(lang_of_page(&b), json!("es"));
    b.goto("/es/directory?q=linea");
    assert_eq!(b.text("main h1"), "Busca apoyo");
    assert!(b.js("return getComputedStyle(document.querySelector('.needs-js-note')).display !== 'none'").as_bool().unwrap());
    assert!(b.count("#results .card") > 100, "every listing, to read without search");
    assert_eq!(b.js("return document.documentElement.hasAttribute('data-ready')"), json!(false));
    // The switch is a plain link to the English page.
    assert_eq!(b.js("return new URL(document.getElementById('lang-switch').href).pathname"), json!("/directory"));
}

#[test]
fn axe_finds_no_wcag_violations_in_spanish_at_320_and_1280_px() {
    let extra = [("/es/choose", "¿Estás a salvo ahora?"), ("/es/embed", "Agrega Kindred a tu sitio")];
    let pages: Vec<(&str, &str)> = PAGES.iter().chain(&extra).copied().collect();
    Browser::new().assert_accessible_at_320_and_1280(&pages);
}

#[test]
fn unknown_spanish_paths_get_the_spanish_not_found_page_before_and_after_the_app_runs() {
    let b = Browser::new();
    // Without JavaScript: what the host serves (the nearest 404.html up the path) is Spanish.
    b.cdp("Emulation.setScriptExecutionDisabled", json!({ "value": true }));
    for path in ["/es/nada-por-aqui", "/es/learn/understanding-peer-support", "/es/directory/no-existe/mas"] {
        b.goto(path);
        assert_eq!(b.text("main h1"), "No encontramos esa página", "{path}");
        assert_eq!(lang_of_page(&b), json!("es"), "{path}");
        assert_eq!(b.count("main a[href='tel:988']"), 1, "{path}: the crisis line in the page");
    }
    // English paths keep the English page.
    b.goto("/nothing-here");
    assert_eq!(b.text("main h1"), "We couldn't find that page");
    b.cdp("Emulation.setScriptExecutionDisabled", json!({ "value": false }));
    // With the app: it takes over the Spanish page as it is, and its links stay in Spanish.
    b.open("/es/nada-por-aqui");
    b.wait_for_text("main h1", "No encontramos esa página");
    assert_eq!(lang_of_page(&b), json!("es"));
    assert_eq!(b.text("#lang-switch"), "English");
    b.js("window.__stillHere = 1; return true");
    b.click("main a[href='/es/directory']");
    b.wait_for_text("main h1", "Busca apoyo");
    assert_eq!(b.js("return window.__stillHere"), json!(1), "moved inside the app, no reload");
    // The host's 404 status for each unknown page opened is the only thing logged.
    let opened = ["/es/nada-por-aqui", "/es/learn/understanding-peer-support", "/es/directory/no-existe/mas", "/nothing-here"];
    let errors: Vec<String> = b
        .console_errors()
        .into_iter()
        .filter(|e| !(e.contains("status of 404 (Not Found)") && opened.iter().any(|p| e.contains(&format!("{p} - ")))))
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn a_host_with_one_not_found_page_still_gets_the_spanish_one_once_the_app_runs() {
    // A host that serves the root 404.html for every unknown path (no es/404.html nearer).
    let dir = std::env::temp_dir().join(format!("kindred-one-404-{}", std::process::id()));
    copy_dir(&kindred_e2e::dist(), &dir);
    std::fs::remove_file(dir.join("es/404.html")).unwrap();
    let server = kindred_devserver::start(kindred_devserver::Config::new(&dir), 0).unwrap();
    let origin = server.origin("127.0.0.1");
    let b = Browser::new();
    b.cdp("Emulation.setScriptExecutionDisabled", json!({ "value": true }));
    b.goto(&format!("{origin}/es/nada-por-aqui"));
    assert_eq!(b.text("main h1"), "We couldn't find that page", "the host's page, as it serves it");
    b.cdp("Emulation.setScriptExecutionDisabled", json!({ "value": false }));
    b.goto(&format!("{origin}/es/nada-por-aqui"));
    b.wait_for_app();
    b.wait_for_text("main h1", "No encontramos esa página");
    assert_eq!(lang_of_page(&b), json!("es"));
    assert_eq!(b.count("main a[href='tel:988']"), 1, "the crisis line in the page");
    b.js("window.__stillHere = 1; return true");
    b.click("main a[href='/es/directory']");
    b.wait_for_text("main h1", "Busca apoyo");
    assert_eq!(b.js("return window.__stillHere"), json!(1), "moved inside the app, no reload");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn an_embed_asked_for_spanish_shows_the_spanish_directory_and_the_builder_offers_it() {
    let b = Browser::new();
    b.open("/embed/directory?region=us&lang=es");
    b.wait_for(
        "the Spanish embed to run",
        "return location.pathname === '/es/embed/directory' && document.documentElement.lang === 'es' && document.documentElement.hasAttribute('data-ready')",
    );
    assert_eq!(b.js("return location.search"), json!("?region=us"));
    b.wait_for_results();
    assert_eq!(b.js("return document.getElementById('f-region-us').checked"), json!(true));
    // An English article asked for Spanish goes to its translation, under its Spanish slug.
    b.open("/embed/learn/understanding-peer-support?lang=es&theme=dark");
    b.wait_for(
        "the Spanish article",
        "return location.pathname === '/es/embed/learn/entender-el-apoyo-entre-pares' && document.documentElement.hasAttribute('data-ready')",
    );
    assert_eq!(b.js("return location.search"), json!("?theme=dark"));
    b.wait_for_text("main h1", "Entender el apoyo entre pares");
    // The builder.
    b.open("/embed");
    b.js("const s = document.getElementById('b-lang'); s.value = 'es'; s.dispatchEvent(new Event('change', { bubbles: true })); return 1");
    b.wait_for("a Spanish snippet", "return document.getElementById('b-snippet').value.includes('/es/embed/directory')");
    let snippet = b.js("return document.getElementById('b-snippet').value");
    assert!(
        snippet.as_str().unwrap().contains(&format!("src=\"{}/embed.js\"", kindred_e2e::origin())),
        "one partner script for both languages: {snippet}"
    );
    b.wait_for("the Spanish preview", "return new URL(document.querySelector('iframe.preview').src).pathname === '/es/embed/directory'");
}

/// A visitor in each Spanish-speaking country Kindred covers, reading in Spanish: the crisis bar
/// shows that country's crisis line and emergency number (from the device's time zone), one tap
/// away, and the directory lists that country's services first.
#[test]
fn in_each_spanish_speaking_country_the_bar_and_the_directory_are_that_countrys() {
    for (zone, line, emergency, prefix) in [
        ("America/Mexico_City", "800 911 2000", "911", "mx-"),
        ("Europe/Madrid", "024", "112", "es-"),
        ("America/Argentina/Buenos_Aires", "0800-999-0091", "911", "ar-"),
        ("America/Bogota", "106", "123", "co-"),
        ("America/Santiago", "*4141", "131", "cl-"),
        ("America/Lima", "113", "106", "pe-"),
    ] {
        let b = Browser::new();
        b.cdp("Emulation.setTimezoneOverride", json!({ "timezoneId": zone }));
        b.open("/es/");
        b.wait_for(
            &format!("the crisis line for {zone}"),
            &format!(
                "const mine = document.querySelector('#crisis-bar .crisis-bar__mine'); \
                 return mine && mine.innerText.includes({line:?}) && mine.innerText.includes('Emergencias {emergency}')"
            ),
        );
        assert_eq!(
            b.count(&format!("#crisis-bar .crisis-bar__mine a[href='tel:{emergency}']")),
            1,
            "{zone}: the emergency number, one tap away"
        );
        let dial = line.chars().filter(|c| c.is_ascii_digit() || *c == '*').collect::<String>();
        assert!(b.count(&format!("#crisis-bar .crisis-bar__mine a[href='tel:{dial}']")) >= 1, "{zone}: the crisis line, one tap away");
        b.open("/es/directory");
        b.wait_for_results();
        b.wait_for(
            &format!("{zone}: that country's services first"),
            &format!("const a = document.querySelector('#results .card .card__title a'); return a && a.getAttribute('href').includes('/directory/{prefix}')"),
        );
    }
}
