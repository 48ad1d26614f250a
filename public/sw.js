// Kindred's service worker. `cargo xtask build` prepends two constants to this file:
//   const VERSION = '<hash of the build>';
//   const PRECACHE = ['./', './index.html', './kindred-<hash>.js', ...every file in dist/];
// Plain JavaScript because the platform requires it; no imports, no third-party code.
//
// - install: caches every file of this build (a new version waits; see 'message').
// - fetch: same-origin GETs come from this build's cache; navigations to any app path get the
//   cached index.html, so deep links work offline and files of two builds never mix.
// - activate: deletes other builds' caches.
'use strict';

const CACHE = 'kindred-' + VERSION;
const SCOPE = new URL('./', self.location.href);
const INDEX = new URL('./index.html', SCOPE).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      cache.addAll(PRECACHE.map((path) => new Request(new URL(path, SCOPE).href, { cache: 'reload' }))),
    ),
  );
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

function withWasmType(response) {
  if (!response || response.headers.get('Content-Type') === 'application/wasm') {
    return response;
  }
  return response.blob().then((body) => new Response(body, { status: 200, headers: { 'Content-Type': 'application/wasm' } }));
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
    event.respondWith(
      caches.open(CACHE).then((cache) => cache.match(INDEX).then((cached) => cached || fetch(request))),
    );
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
