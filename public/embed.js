// Kindred's optional partner script: sizes Kindred iframes to their content.
// Plain JavaScript, no dependencies; served from Kindred's own origin. Include it once:
//   <script src="https://<kindred host>/embed.js" async></script>
// It only acts on iframes marked `data-kindred`, only accepts messages from Kindred's origin and
// from those frames, clamps the height, and gives each frame a title if it has none.
(function () {
  'use strict';
  var script = document.currentScript;
  var origin = script ? new URL(script.src, location.href).origin : null;
  var MIN = 320;
  var MAX = 6000;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-kindred]'));
  }

  function label() {
    frames().forEach(function (frame) {
      if (!frame.getAttribute('title')) {
        frame.setAttribute('title', 'Kindred: find peer support');
      }
    });
  }

  window.addEventListener('message', function (event) {
    if (!origin || event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== 'kindred:height') return;
    var frame = frames().filter(function (f) { return f.contentWindow === event.source; })[0];
    if (!frame) return;
    var height = Math.round(Number(data.height));
    if (!isFinite(height)) return;
    height = Math.max(MIN, Math.min(MAX, height));
    if (frame.style.height !== height + 'px') {
      frame.style.height = height + 'px';
    }
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', label);
  } else {
    label();
  }
})();
