// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // Confirm destructive actions that carry data-confirm="…" (the page already explains them).
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var message = form.getAttribute("data-confirm");
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });
})();

// The feedback composer (progressive enhancement; without JS the page works the same, minus these).
(function () {
  "use strict";
  // Copy buttons: data-copy="#selector" copies that field's current text. Hidden until JS can do it.
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    if (!navigator.clipboard) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      var source = document.querySelector(button.getAttribute("data-copy"));
      if (!source) { return; }
      navigator.clipboard.writeText(source.value !== undefined ? source.value : source.textContent).then(function () {
        var label = button.textContent;
        button.textContent = "Copied";
        window.setTimeout(function () { button.textContent = label; }, 2000);
      });
    });
  });
  // "Open in your mail app": use what is in the form now, not what was last saved.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[data-mailto]");
    if (!link) { return; }
    var form = link.closest("form");
    if (!form) { return; }
    var value = function (name) { var field = form.elements[name]; return field ? field.value : ""; };
    link.href = "mailto:" + encodeURIComponent(value("recipient_email")) +
      "?subject=" + encodeURIComponent(value("subject")) + "&body=" + encodeURIComponent(value("body"));
  });
  // Close the phone menu and the account drop-down with Escape or a click elsewhere.
  function closeMenus(except) {
    document.querySelectorAll("details.menu[open], details.account[open]").forEach(function (details) {
      if (!except || !details.contains(except)) { details.open = false; }
    });
  }
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") { return; }
    var open = document.activeElement && document.activeElement.closest && document.activeElement.closest("details[open]");
    closeMenus(null);
    // Keep the keyboard where it was: back on the button that opened the menu.
    if (open) { open.querySelector("summary").focus(); }
  });
  document.addEventListener("click", function (event) { closeMenus(event.target); });
})();
