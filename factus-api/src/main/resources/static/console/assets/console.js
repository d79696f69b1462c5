// Progressive enhancement for the operations console: every page works without it.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // Ask before a destructive form is sent (revoking a key).
  document.querySelectorAll("form[data-confirm]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.getAttribute("data-confirm"))) {
        event.preventDefault();
      }
    });
  });
  // A "copy" button next to a secret shown once; hidden where the clipboard is not available.
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    if (!source || !navigator.clipboard) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(source.textContent.trim()).then(function () {
        button.textContent = button.getAttribute("data-copied");
      });
    });
  });
});
