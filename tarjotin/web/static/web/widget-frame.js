/* Inside the widget's iframe: tell the embedding page how tall the content is, whenever that changes. */
(function () {
  "use strict";
  if (window.parent === window) { return; }
  var last = 0;

  function report() {
    // The page's own height, not the frame's: scrollHeight never drops below the frame's current height.
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) { return; }
    last = height;
    // The height is no secret, and the embedding site's origin is unknown here: any parent may read it.
    window.parent.postMessage({ type: "tarjotin:height", height: height }, "*");
  }

  // The embedding page's script may start after the first report: it asks again, and gets a fresh one.
  window.addEventListener("message", function (event) {
    if (event.source === window.parent && event.data && event.data.type === "tarjotin:measure") {
      last = 0;
      report();
    }
  });
  window.addEventListener("load", report);
  window.addEventListener("resize", report);
  if (window.ResizeObserver) {
    new ResizeObserver(report).observe(document.body);
  }
  report();
}());
