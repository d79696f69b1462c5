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
  keepFormsAcrossAnExpiredSession();
});

// A form sent after the session expired must not lose what was typed: the fields of a form[data-keep] are kept in
// this tab (sessionStorage) as it is sent. If the answer is the sign-in page for an expired session, the person is
// back on the form's page after signing in (sent there by the server, or from here), and the fields are put back,
// with a notice. Anywhere else the form reached the server, so the copy is dropped. Passwords and hidden fields
// (the CSRF token, the idempotency key) are never kept: the page shown after sign-in has fresh ones.
function keepFormsAcrossAnExpiredSession() {
  var KEY = "factus-console-draft";
  var here = location.pathname + location.search;
  var signIn = /\/console\/sign-in$/.test(location.pathname);
  var draft = null;
  try {
    draft = JSON.parse(window.sessionStorage.getItem(KEY));
  } catch (ignored) {
    return;
  }
  if (draft && signIn && /(^|[?&])expired([=&]|$)/.test(location.search)) {
    draft.interrupted = true;
    window.sessionStorage.setItem(KEY, JSON.stringify(draft));
  } else if (draft && !signIn) {
    if (draft.interrupted && draft.page !== here && !draft.returned) {
      // Signed in again but not on the form's page (the browser did not tell the server where the form was).
      draft.returned = true;
      window.sessionStorage.setItem(KEY, JSON.stringify(draft));
      window.location.replace(draft.page);
      return;
    }
    window.sessionStorage.removeItem(KEY);
    if (draft.interrupted && draft.page === here) {
      restore(draft);
    }
  }
  document.querySelectorAll("form[data-keep][id]").forEach(function (form) {
    form.addEventListener("submit", function () {
      var fields = keptFields(form).map(function (field) {
        return { name: field.name, nth: field.nth, value: field.element.value, checked: field.element.checked };
      });
      window.sessionStorage.setItem(KEY, JSON.stringify({ page: here, form: form.id, fields: fields }));
    });
  });

  // The fields worth keeping, each with its position among the fields of the same name (a quantity per line).
  function keptFields(form) {
    var seen = {};
    var fields = [];
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!element.name || ["password", "hidden", "file", "submit", "button"].indexOf(element.type) >= 0) {
        return;
      }
      var key = element.type === "radio" ? element.name + "=" + element.value : element.name;
      seen[key] = (seen[key] || 0) + 1;
      fields.push({ name: key, nth: seen[key], element: element });
    });
    return fields;
  }

  function restore(saved) {
    var form = document.getElementById(saved.form);
    if (!form || !form.hasAttribute("data-keep")) {
      return;
    }
    keptFields(form).forEach(function (field) {
      saved.fields.forEach(function (kept) {
        if (kept.name !== field.name || kept.nth !== field.nth) {
          return;
        }
        if (field.element.type === "checkbox" || field.element.type === "radio") {
          field.element.checked = kept.checked;
        } else {
          field.element.value = kept.value;
        }
      });
    });
    var notice = document.createElement("p");
    notice.className = "notice";
    notice.setAttribute("role", "status");
    notice.id = "draft-restored";
    notice.textContent = form.getAttribute("data-keep");
    form.parentNode.insertBefore(notice, form);
  }
}
