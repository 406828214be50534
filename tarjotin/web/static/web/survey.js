// The results page's print button: shown only where this script runs; without it the page says how to print.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
  document.querySelectorAll(".survey-print-hint").forEach(function (hint) { hint.hidden = true; });
});
