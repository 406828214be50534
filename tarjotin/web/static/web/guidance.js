// The print page's "Print" button: shown only when JavaScript can run the browser's print dialogue.
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
