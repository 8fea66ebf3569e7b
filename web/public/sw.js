// The portal page's service worker: it caches the app shell (the page, its scripts and styles, the
// manifest and icon) so the page opens offline and installs as an app. Nothing personal is ever
// cached: the GraphQL endpoint and the development login go to the network only, and only GET
// requests of this origin's shell are stored.
const CACHE = 'dossier-shell-v1';
const SHELL = ['/', '/manifest.webmanifest', '/icon.svg'];
const NEVER = [/^\/graphql/, /^\/dev\//];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(SHELL))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || NEVER.some((p) => p.test(url.pathname))) return;
  if (event.request.mode === 'navigate') {
    // the page itself: the network first (a new build), the cached shell offline
    event.respondWith(fetch(event.request).catch(() => caches.match('/')));
    return;
  }
  if (url.pathname.startsWith('/assets/') || SHELL.includes(url.pathname)) {
    // hashed build assets never change: cache first
    event.respondWith(
      caches.match(event.request).then(
        (hit) =>
          hit ??
          fetch(event.request).then((response) => {
            if (response.ok) {
              const copy = response.clone();
              void caches.open(CACHE).then((cache) => cache.put(event.request, copy));
            }
            return response;
          }),
      ),
    );
  }
});
