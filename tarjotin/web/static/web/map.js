/* The map page's map: Leaflet over the lists of places and events, which stay the primary content and work
   without this. */
(function () {
  "use strict";

  var block = document.getElementById("map-block");
  var source = document.getElementById("map-data");
  if (!block || !source || !window.L) { return; }
  var data = JSON.parse(source.textContent);
  var places = data.places || [];
  var events = data.events || [];
  if (!places.length && !events.length) { return; }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text) { node.textContent = text; }
    return node;
  }

  // Built from nodes and textContent, never innerHTML: names and addresses come from the source data.
  function popupContent(place) {
    var box = element("div", "map-popup");
    box.appendChild(element("p", "map-popup-name", place.name));
    if (place.address) { box.appendChild(element("p", "map-popup-address", place.address)); }
    var list = element("ul", "map-popup-services");
    place.services.forEach(function (service) {
      var item = element("li");
      var link = element("a", "", service.name);
      link.href = service.url;
      item.appendChild(link);
      list.appendChild(item);
    });
    box.appendChild(list);
    var back = element("a", "map-popup-list", data.labels.inList);
    back.href = "#" + place.id;
    box.appendChild(back);
    return box;
  }

  function eventContent(item) {
    var box = element("div", "map-popup");
    var name = element("p", "map-popup-name");
    var link = element("a", "", item.name);
    link.href = item.url;
    name.appendChild(link);
    box.appendChild(name);
    box.appendChild(element("p", "map-popup-when", item.when));
    if (item.place) { box.appendChild(element("p", "map-popup-address", item.place)); }
    var back = element("a", "map-popup-list", data.labels.inList);
    back.href = "#" + item.id;
    box.appendChild(back);
    return box;
  }

  block.hidden = false;  // shown only now: without this script the page is the list alone
  var map = L.map("map", {
    keyboard: true,
    zoomControl: false,
    // The page scrolls on past the map; zooming is left to the buttons, the keys, double-click and pinch.
    scrollWheelZoom: false
  });
  L.control.zoom({ zoomInTitle: data.labels.zoomIn, zoomOutTitle: data.labels.zoomOut }).addTo(map);
  L.tileLayer(data.tiles, { attribution: data.attribution, maxZoom: 19 }).addTo(map);

  var icon = L.icon({
    iconUrl: data.icon.url, iconRetinaUrl: data.icon.retina, shadowUrl: data.icon.shadow,
    iconSize: [25, 41], iconAnchor: [12, 41], popupAnchor: [1, -34], shadowSize: [41, 41]
  });

  // A popup opened from the keyboard takes the focus to its first link; Escape gives it back to the marker.
  function onOpen(marker) {
    return function (event) {
      var popup = event.popup.getElement();
      var close = popup.querySelector(".leaflet-popup-close-button");
      if (close) { close.setAttribute("aria-label", data.labels.close); close.title = data.labels.close; }
      if (!popup.hasAttribute("data-keys")) {
        popup.setAttribute("data-keys", "");
        popup.addEventListener("keydown", function (key) {
          if (key.key === "Escape") {
            marker.closePopup();
            marker.getElement().focus();
          }
        });
      }
      if (marker.getElement() === document.activeElement) {
        var first = popup.querySelector(".map-popup a");
        if (first) { first.focus(); }
      }
    };
  }

  // Events are a marker of their own shape and colour (the legend under the map tells which is which);
  // the shape is drawn by map.css, so this holds no markup of the data.
  var eventIcon = L.divIcon({ className: "map-event-icon", iconSize: [22, 22], iconAnchor: [11, 11],
                              popupAnchor: [0, -12] });

  var points = [];
  function add(item, options, content, label) {
    var marker = L.marker([item.lat, item.lon], L.extend({ keyboard: true, riseOnHover: true }, options));
    marker.bindPopup(function () { return content(item); });
    marker.on("popupopen", onOpen(marker));
    if (label) {
      // A div marker has no alt text: its name comes from aria-label, set once Leaflet has drawn it.
      marker.on("add", function () { marker.getElement().setAttribute("aria-label", label); });
    }
    marker.addTo(map);
    points.push([item.lat, item.lon]);
  }
  places.forEach(function (place) {
    add(place, { icon: icon, alt: place.name, title: place.name }, popupContent);
  });
  events.forEach(function (item) {
    var label = data.labels.event + ": " + item.name;
    add(item, { icon: eventIcon, title: label }, eventContent, label);
  });
  map.fitBounds(points, { padding: [32, 32], maxZoom: 15 });
}());
