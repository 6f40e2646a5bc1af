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
