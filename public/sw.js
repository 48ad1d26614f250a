// Kindred's service worker. `cargo xtask build` prepends two constants to this file:
//   const VERSION = '<hash of the build>';
//   const PRECACHE = [['./', 'sha256-…', false], ['./kindred-<hash>_bg.wasm', 'sha256-…', true], …every file in dist/];
//   (each file: its path, the hash of its bytes, whether its name is content-hashed)
// Plain JavaScript because the platform requires it; no imports, no third-party code.
//
// - install: caches every file of this build, each checked against this build's hash
//   (`integrity`), so a half-uploaded deploy fails to install and the previous version keeps
//   working; a new version waits (see 'message'). Content-hashed files may come from the
//   browser's HTTP cache (the page just loaded them); the rest come from the network.
// - fetch: same-origin GETs come from this build's cache. A navigation gets its own prerendered
//   page (`learn/x` → `learn/x/index.html`) or the file it names (`directory.json`); a path this
//   build doesn't have goes to the network, and offline to the nearest not-found page up its
//   path (`es/404.html` for a Spanish one). Files of two builds never mix.
// - activate: deletes other builds' caches.
'use strict';

const CACHE = 'kindred-' + VERSION;
const SCOPE = new URL('./', self.location.href);

/** The prerendered page of an app path: `/learn/x` → `learn/x/index.html` under the scope. */
function pageFor(url) {
  const rel = url.pathname.slice(SCOPE.pathname.length).replace(/\/+$/, '');
  return new URL(rel ? rel + '/index.html' : 'index.html', SCOPE).href;
}

/** The not-found pages nearest a path first, as hosts pick them: `es/x` → `es/404.html`, `404.html`. */
function notFoundFor(url) {
  const dirs = url.pathname.slice(SCOPE.pathname.length).split('/').slice(0, -1);
  const pages = [];
  for (let n = dirs.length; n >= 0; n--) {
    pages.push(new URL(dirs.slice(0, n).map((d) => d + '/').join('') + '404.html', SCOPE).href);
  }
  return pages;
}

/** Whether a path names a file (`directory.json`, `embed.js`), not a page. */
function namesFile(url) {
  return /\.[A-Za-z0-9]+$/.test(url.pathname);
}

async function navigation(request, url) {
  const cache = await caches.open(CACHE);
  const file = await cache.match(request, { ignoreSearch: true });
  if (file) {
    return file;
  }
  if (!namesFile(url)) {
    const page = await cache.match(pageFor(url));
    if (page) {
      return page;
    }
  }
  try {
    return await fetch(request);
  } catch (offline) {
    for (const page of namesFile(url) ? [] : notFoundFor(url)) {
      const notFound = await cache.match(page);
      if (notFound) {
        return notFound;
      }
    }
    throw offline;
  }
}

/**
 * One file of this build, checked against its hash. A file whose name is content-hashed can only
 * ever hold these bytes, so it may come from the browser's HTTP cache: the page that registered
 * this worker has just loaded the app (wasm, script, style, content) and the first visit
 * doesn't download it twice. Should that copy fail the check, the network is asked. Every
 * other file always comes from the network.
 */
async function fetchChecked(url, integrity, hashed) {
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

/** Caches every file of this build, or none: one failed or unsuccessful fetch fails the install. */
async function precache() {
  const urls = PRECACHE.map(([path]) => new URL(path, SCOPE).href);
  const responses = await Promise.all(PRECACHE.map(([, integrity, hashed], i) => fetchChecked(urls[i], integrity, hashed)));
  const failed = responses.findIndex((r) => !r.ok);
  if (failed >= 0) {
    throw new Error(urls[failed] + ': ' + responses[failed].status);
  }
  const cache = await caches.open(CACHE);
  try {
    await Promise.all(responses.map((r, i) => cache.put(urls[i], r)));
  } catch (error) {
    await caches.delete(CACHE);
    throw error;
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(precache());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('kindred-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

// The page asks a waiting version to take over when the person chooses "Reload".
self.addEventListener('message', (event) => {
  if (event.data === 'kindred:activate') {
    self.skipWaiting();
  }
});

// Streaming compilation needs the wasm type; some hosts send another. Only a successful
// response is relabelled: an error stays an error.
function withWasmType(response) {
  if (!response || !response.ok || response.headers.get('Content-Type') === 'application/wasm') {
    return response;
  }
  return response.blob().then((body) => new Response(body, { status: response.status, statusText: response.statusText, headers: { 'Content-Type': 'application/wasm' } }));
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
  const isWasm = url.pathname.endsWith('.wasm');
  event.respondWith(
    caches.open(CACHE).then((cache) =>
      cache.match(request, { ignoreSearch: true }).then((cached) => {
        const response = cached || fetch(request);
        return isWasm ? Promise.resolve(response).then(withWasmType) : response;
      }),
    ),
  );
});
