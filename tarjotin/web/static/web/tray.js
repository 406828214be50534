/* Progressive enhancements: search suggestions and "use my location". Every page works without this file. */
(function () {
  "use strict";

  function suggestions(input) {
    var url = input.getAttribute("data-suggest-url");
    if (!url || !window.fetch) { return; }
    var list = document.createElement("datalist");
    list.id = input.id + "-suggestions";
    input.parentNode.appendChild(list);
    input.setAttribute("list", list.id);
    var timer = null;
    var last = "";
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var value = input.value.trim();
        if (value.length < 2 || value === last) { return; }
        last = value;
        fetch(url + "?q=" + encodeURIComponent(value), { headers: { "Accept": "application/json" } })
          .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
          .then(function (data) {
            list.textContent = "";
            (data.suggestions || []).forEach(function (text) {
              var option = document.createElement("option");
              option.value = text;
              list.appendChild(option);
            });
          })
          .catch(function () { /* suggestions are optional */ });
      }, 200);
    });
  }

  function locate(button) {
    if (!navigator.geolocation) { return; }
    var form = button.form;
    var status = document.getElementById(button.getAttribute("aria-describedby"));
    button.hidden = false;
    button.addEventListener("click", function () {
      status.textContent = button.getAttribute("data-wait");
      navigator.geolocation.getCurrentPosition(function (position) {
        // About 100 m is precise enough to sort by distance and keeps the address out of the URL.
        form.elements.lat.value = position.coords.latitude.toFixed(3);
        form.elements.lon.value = position.coords.longitude.toFixed(3);
        form.elements.near.value = "";
        form.submit();
      }, function () {
        status.textContent = button.getAttribute("data-failed");
      }, { maximumAge: 600000, timeout: 10000 });
    });
  }

  document.querySelectorAll("input[data-suggest-url]").forEach(suggestions);
  document.querySelectorAll("button[data-locate]").forEach(locate);
}());
