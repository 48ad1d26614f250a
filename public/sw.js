// Kindred's service worker. `cargo xtask build` prepends two constants to this file:
//   const VERSION = '<hash of the build>';
//   const PRECACHE = [['./index.html', 'sha256-…', false, 'pages-en'], ['./app-<hash>/kindred_bg.wasm', 'sha256-…', true, 'shell'], …];
//   (every file of the build: its path, the hash of its bytes, whether its path is
//   content-hashed, and its group: `shell`, `content-en`, `pages-en`, `content-es`, `pages-es`,
//   or `other`: a listing's or an article's page, the embeds, the open data; the app's modules
//   only the Spanish words use are in `content-es`, those only the embed builder uses in `other`)
// Plain JavaScript because the platform requires it; no imports, no third-party code.
//
// - install: stores what this visitor can use offline, each file checked against this build's
//   hash (`integrity`), so a half-uploaded deploy fails to install and the previous version
//   keeps working: the app (`shell`: its code, style and icons) and, in the language of the
//   pages open, its content bundle and its top-level pages (`pages-<lang>`: home, directory,
//   Learn, saved, plan, choose, about, not found). With Save-Data on, only the app and the
//   content. A new version also stores what the old one had: every page visited and language
//   used, or everything once the visitor asked for it. Content-hashed files may come from the
//   browser's HTTP cache (the page just loaded them); the rest come from the network.
// - fetch: same-origin GETs come from this build's cache. A navigation gets its own page
//   (`learn/x` → `learn/x/index.html`), or the file it names (`directory.json`); a page of this
//   build not stored yet is fetched, checked and stored as it is opened (so is any other file of
//   the build the app asks for). Offline, a page never stored gets the stored page of its section
//   (`directory/index.html` for `directory/<id>`), else its language's home page: the app, which
//   has the content bundle, draws the page the address names. Files of two builds never mix.
// - message `kindred:everything`: stores every file of the build (both languages, every page),
//   and tells the page when it is done.
// - activate: deletes other builds' caches.
'use strict';

const CACHE = 'kindred-' + VERSION;
const SCOPE = new URL('./', self.location.href);
/** Stored beside the files once the visitor has asked for everything; a new version does too. */
const EVERYTHING = new URL('__kindred/everything', SCOPE).href;

const ENTRIES = new Map(PRECACHE.map(([path, integrity, hashed, group]) => [new URL(path, SCOPE).href, { integrity, hashed, group }]));

/** A path relative to the scope, without slashes at its ends: `es/learn/x`. */
function relative(url) {
  return url.pathname.slice(SCOPE.pathname.length).replace(/^\/+|\/+$/g, '');
}

/** The language of an address: Spanish under `es/`. */
function langOf(url) {
  return /^es(\/|$)/.test(relative(url)) ? 'es' : 'en';
}

/** The prerendered page of an app path: `/learn/x` → `learn/x/index.html` under the scope. */
function pageFor(url) {
  const rel = relative(url);
  return new URL(rel ? rel + '/index.html' : 'index.html', SCOPE).href;
}

/**
 * Stored pages that can stand in for a page never stored, nearest first: its section's page,
 * then its language's home page. Any page of the language can: the app draws the page the
 * address names (`page_of` in src/lib.rs), with the content bundle it has.
 */
function standInsFor(url) {
  const parts = relative(url).split('/').filter(Boolean);
  const lang = parts[0] === 'es' ? ['es'] : [];
  const rest = parts.slice(lang.length);
  const out = [];
  for (let n = rest.length - 1; n >= 0; n--) {
    out.push(pageFor(new URL([...lang, ...rest.slice(0, n)].join('/') + '/', SCOPE)));
  }
  return out;
}

/** Whether a path names a file (`directory.json`, `embed.js`), not a page. */
function namesFile(url) {
  return /\.[A-Za-z0-9]+$/.test(url.pathname);
}

/**
 * One file of this build, checked against its hash. A file whose path is content-hashed can only
 * ever hold these bytes, so it may come from the browser's HTTP cache: the page that registered
 * this worker has just loaded the app (wasm, script, style, content) and the first visit
 * doesn't download it twice. Should that copy fail the check, the network is asked. Every
 * other file always comes from the network.
 */
async function fetchChecked(url) {
  const { integrity, hashed } = ENTRIES.get(url);
  if (hashed) {
    try {
      const response = await fetch(new Request(url, { integrity }));
      if (response.ok) {
        return response;
      }
    } catch (_) {
      // Asked again below, from the network.
    }
  }
  return fetch(new Request(url, { cache: 'reload', integrity }));
}

/** Stores these files of this build, or none: one failed or unsuccessful fetch fails it all. */
async function store(urls) {
  const responses = await Promise.all(urls.map(fetchChecked));
  const failed = responses.findIndex((r) => !r.ok);
  if (failed >= 0) {
    throw new Error(urls[failed] + ': ' + responses[failed].status);
  }
  const cache = await caches.open(CACHE);
  await Promise.all(responses.map((r, i) => cache.put(urls[i], r)));
}

/** Stores one file of this build as it is used (a page opened, a chunk loaded); never fails. */
async function storeOne(url, response) {
  try {
    const cache = await caches.open(CACHE);
    await cache.put(url, response);
  } catch (_) {
    // Full or blocked storage: the file was still served.
  }
}

/** What an older version of Kindred on this device had stored: its paths, and whether it had everything. */
async function previouslyStored() {
  const paths = new Set();
  let everything = false;
  for (const key of await caches.keys()) {
    if (!key.startsWith('kindred-') || key === CACHE) {
      continue;
    }
    for (const request of await (await caches.open(key)).keys()) {
      paths.add(request.url);
      everything ||= request.url === EVERYTHING;
    }
  }
  return { paths, everything };
}

/** The languages of the pages open in this scope (the page installing this worker among them). */
async function visitorLangs() {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const langs = new Set(windows.map((w) => langOf(new URL(w.url))));
  return langs.size ? langs : new Set(['en']);
}

/** Whether the visitor asked to save data (a data saver): the page says so when it registers. */
function savesData() {
  return new URL(self.location.href).searchParams.get('data') === 'save' || self.navigator.connection?.saveData === true;
}

/** The files this install stores: see the top of this file. */
async function toStore() {
  const old = await previouslyStored();
  if (old.everything) {
    return { urls: [...ENTRIES.keys()], everything: true };
  }
  const langs = await visitorLangs();
  for (const url of old.paths) {
    langs.add(langOf(new URL(url)));
  }
  const groups = new Set(['shell']);
  for (const lang of langs) {
    groups.add('content-' + lang);
    if (!savesData()) {
      groups.add('pages-' + lang);
    }
  }
  const urls = [...ENTRIES].filter(([url, { group }]) => groups.has(group) || old.paths.has(url)).map(([url]) => url);
  return { urls, everything: false };
}

async function install() {
  const { urls, everything } = await toStore();
  try {
    await store(urls);
    if (everything) {
      await storeOne(EVERYTHING, new Response('yes'));
    }
  } catch (error) {
    await caches.delete(CACHE);
    throw error;
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(install());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('kindred-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

/** Every file of the build, then the mark that a new version should store everything too. */
async function storeEverything() {
  const cache = await caches.open(CACHE);
  const missing = [];
  for (const url of ENTRIES.keys()) {
    if (!(await cache.match(url))) {
      missing.push(url);
    }
  }
  await store(missing);
  await storeOne(EVERYTHING, new Response('yes'));
}

/** Whether this build has stored everything. */
async function hasEverything() {
  return Boolean(await (await caches.open(CACHE)).match(EVERYTHING));
}

self.addEventListener('message', (event) => {
  // The page asks a waiting version to take over when the person chooses "Reload".
  if (event.data === 'kindred:activate') {
    self.skipWaiting();
  }
  // "Make everything available offline" (the About page), and whether it is already done.
  const reply = (answer) => event.source?.postMessage(answer);
  if (event.data === 'kindred:everything') {
    event.waitUntil(storeEverything().then(() => reply('kindred:everything-stored'), () => reply('kindred:everything-failed')));
  }
  if (event.data === 'kindred:everything?') {
    event.waitUntil(hasEverything().then((yes) => reply(yes ? 'kindred:everything-stored' : 'kindred:everything-not-stored')));
  }
});

/** A file of this build from the network, checked, and stored for the next time. */
async function fetchAndStore(url) {
  const response = await fetchChecked(url);
  if (response.ok) {
    await storeOne(url, response.clone());
  }
  return response;
}

async function navigation(request, url) {
  const cache = await caches.open(CACHE);
  const file = await cache.match(request, { ignoreSearch: true });
  if (file) {
    return file;
  }
  const page = namesFile(url) ? null : pageFor(url);
  if (page) {
    const stored = await cache.match(page);
    if (stored) {
      return stored;
    }
  }
  try {
    // A page of this build is stored as it is opened; anything else comes as the network has it.
    return page && ENTRIES.has(page) ? await fetchAndStore(page) : await fetch(request);
  } catch (offline) {
    for (const standIn of namesFile(url) ? [] : standInsFor(url)) {
      const stored = await cache.match(standIn);
      if (stored) {
        return stored;
      }
    }
    throw offline;
  }
}

// Streaming compilation needs the wasm type; some hosts send another. Only a successful
// response is relabelled: an error stays an error.
function withWasmType(response) {
  if (!response || !response.ok || response.headers.get('Content-Type') === 'application/wasm') {
    return response;
  }
  return response.blob().then((body) => new Response(body, { status: response.status, statusText: response.statusText, headers: { 'Content-Type': 'application/wasm' } }));
}

async function file(request, url) {
  const cached = await (await caches.open(CACHE)).match(request, { ignoreSearch: true });
  if (cached) {
    return cached;
  }
  const key = url.origin + url.pathname;
  return ENTRIES.has(key) ? fetchAndStore(key) : fetch(request);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(SCOPE.href)) {
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(navigation(request, url));
    return;
  }
  const response = file(request, url);
  event.respondWith(url.pathname.endsWith('.wasm') ? response.then(withWasmType) : response);
});
