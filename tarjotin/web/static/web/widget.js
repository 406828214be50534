/*
 * Tarjotin widget loader for the embedding site. Put this after the iframe:
 *   <iframe src="https://<tray>/fi/upotus/" title="…" data-tarjotin-widget width="100%" height="600"></iframe>
 *   <script src="https://<tray>/static/web/widget.js" defer></script>
 * Each widget frame reports its content height; this sets the frame to it, so the page has no inner scroll bar.
 * Without this script the frame keeps its own height and scrolls.
 */
(function () {
  "use strict";
  var MIN = 200;
  var MAX = 20000;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll("iframe[data-tarjotin-widget]"));
  }

  function originOf(frame) {
    try { return new URL(frame.src, document.baseURI).origin; } catch (e) { return ""; }
  }

  function ask(frame) {
    var origin = originOf(frame);
    // A readable document is still the empty one from before the widget loaded: its load event will ask.
    if (origin && frame.contentWindow && !frame.contentDocument) {
      frame.contentWindow.postMessage({ type: "tarjotin:measure" }, origin);
    }
  }

  frames().forEach(function (frame) {
    frame.addEventListener("load", function () { ask(frame); });
    ask(frame);
  });

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "tarjotin:height" || typeof data.height !== "number") { return; }
    frames().forEach(function (frame) {
      // Only the frame that sent it, and only from the origin the frame was loaded from.
      if (frame.contentWindow !== event.source || originOf(frame) !== event.origin) { return; }
      var height = Math.max(MIN, Math.min(MAX, Math.round(data.height)));
      frame.style.height = height + "px";
      frame.setAttribute("height", String(height));
      frame.style.border = frame.style.border || "0";
    });
  });
}());
