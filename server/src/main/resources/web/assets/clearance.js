// Clearance pages: sends forms marked data-api-path to the registry's JSON API, the one
// implementation of every change (docs/web.md "Forms"). No inline script anywhere: this file is
// loaded from /assets under a CSP of script-src 'self'.
(function () {
  "use strict";

  // ---------------------------------------------------------------- reading a form as JSON

  // The keys of a name: "a.b" is ["a", "b"], "a[2].b" is ["a", 2, "b"] (an item of a list).
  function keysOf(name) {
    var keys = [];
    name.split(".").forEach(function (part) {
      var match = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
      if (!match) {
        keys.push(part);
        return;
      }
      keys.push(match[1]);
      (match[2].match(/\d+/g) || []).forEach(function (index) { keys.push(Number(index)); });
    });
    return keys;
  }

  // Sets obj[a][b]... = value for the dotted name "a.b" ("a[0].b": item 0 of the list a);
  // repeated names collect into arrays.
  function put(target, name, value, asList) {
    var keys = keysOf(name);
    var node = target;
    for (var i = 0; i < keys.length - 1; i++) {
      var wantList = typeof keys[i + 1] === "number";
      var child = node[keys[i]];
      var fits = wantList
        ? Array.isArray(child)
        : child !== null && typeof child === "object" && !Array.isArray(child);
      if (!fits) {
        child = node[keys[i]] = wantList ? [] : {};
      }
      node = child;
    }
    var last = keys[keys.length - 1];
    if (asList) {
      node[last] = (Array.isArray(node[last]) ? node[last] : []).concat(value);
    } else if (Object.prototype.hasOwnProperty.call(node, last)) {
      node[last] = [].concat(node[last], value);
    } else {
      node[last] = value;
    }
  }

  // Items of lists whose fields were all left empty leave holes; lists close them up.
  function compact(value) {
    if (Array.isArray(value)) {
      return value.filter(function (item) { return item !== undefined; }).map(compact);
    }
    if (value !== null && typeof value === "object") {
      Object.keys(value).forEach(function (key) { value[key] = compact(value[key]); });
    }
    return value;
  }

  // The typed value of one control, or undefined when it contributes nothing.
  function valueOf(control) {
    var type = control.dataset.type;
    if (control.type === "checkbox" && type === "bool") {
      return control.checked;
    }
    if ((control.type === "checkbox" || control.type === "radio") && !control.checked) {
      return undefined;
    }
    var text = control.value;
    if (text === "" && !control.hasAttribute("data-send-empty")) {
      return undefined;
    }
    if (type === "int") {
      var number = Number(text);
      return Number.isInteger(number) ? number : text; // the API names a wrong type
    }
    if (type === "bool") {
      return text === "true";
    }
    return text;
  }

  // The JSON body of a form (see docs/web.md for the naming convention); names starting with "_"
  // and path parameters are left out.
  function bodyOf(form, pathNames) {
    var body = {};
    Array.prototype.forEach.call(form.elements, function (control) {
      var name = control.name;
      if (!name || name.charAt(0) === "_" || control.disabled || pathNames.indexOf(name) >= 0) {
        return;
      }
      if (control.type === "submit" || control.type === "button" || control.type === "file") {
        return;
      }
      var list = control.hasAttribute("data-list");
      if (control.tagName === "SELECT" && control.multiple) {
        var chosen = Array.prototype.filter
          .call(control.options, function (option) { return option.selected; })
          .map(function (option) { return option.value; });
        put(body, name, chosen, true);
        return;
      }
      var value = valueOf(control);
      if (value === undefined) {
        if (list) {
          put(body, name, [], true);
        }
        return;
      }
      if (list && control.dataset.list && typeof value === "string") {
        var separator = control.dataset.list === "lines" ? /\r?\n/ : control.dataset.list;
        value = value.split(separator).map(function (part) { return part.trim(); })
          .filter(function (part) { return part !== ""; });
      }
      put(body, name, value, list);
    });
    return compact(body);
  }

  // data-api-path with {name} replaced by the form's field of that name (URL-encoded).
  function pathOf(form) {
    var names = [];
    var path = form.dataset.apiPath.replace(/\{([A-Za-z0-9_.]+)\}/g, function (whole, name) {
      names.push(name);
      var control = form.elements.namedItem(name);
      return encodeURIComponent(control ? control.value : "");
    });
    return { path: path, names: names };
  }

  // ---------------------------------------------------------------- showing the outcome

  function alertOf(form) {
    return form.querySelector('[role="alert"]');
  }

  function clearErrors(form) {
    var region = alertOf(form);
    if (region) {
      region.hidden = true;
    }
    form.querySelectorAll('[aria-invalid="true"]').forEach(function (control) {
      control.removeAttribute("aria-invalid");
    });
    form.querySelectorAll("[data-error-for]").forEach(function (slot) {
      slot.hidden = true;
      slot.textContent = "";
    });
  }

  function showError(form, error) {
    var region = alertOf(form);
    var message = error.message || "The request failed.";
    var hint = error.hint || "";
    if (error.code === "stale_version" && form.dataset.ifMatch) {
      // The API's hint speaks of If-Match; on a page, reading it again is reloading.
      hint = "Someone changed it after this page was loaded: reload the page, check what changed"
        + " and try again.";
    }
    var field = error.details && typeof error.details.field === "string" ? error.details.field : "";
    if (field) {
      var control = form.elements.namedItem(field);
      if (control && control.setAttribute) {
        control.setAttribute("aria-invalid", "true");
      }
      var slot = form.querySelector('[data-error-for="' + CSS.escape(field) + '"]');
      if (slot) {
        slot.textContent = message;
        slot.hidden = false;
      }
    }
    if (!region) {
      return;
    }
    var messageText = region.querySelector(".alert-message") || region;
    messageText.textContent = message.charAt(0).toUpperCase() + message.slice(1);
    var hintText = region.querySelector(".alert-hint");
    if (hintText) {
      hintText.textContent = hint;
      hintText.hidden = hint === "";
    }
    region.hidden = false;
    region.focus();
  }

  // {field} in a template replaced by that field of the JSON answer (URL-encoded).
  function fill(template, answer) {
    return template.replace(/\{([A-Za-z0-9_.]+)\}/g, function (whole, name) {
      var value = name.split(".").reduce(function (node, key) {
        return node === null || node === undefined ? undefined : node[key];
      }, answer);
      return encodeURIComponent(value === undefined || value === null ? "" : String(value));
    });
  }

  // data-success="show": each [data-field] in the target gets that field of the answer as text.
  function show(form, answer) {
    var target = document.getElementById(form.dataset.successTarget || "") || form;
    target.querySelectorAll("[data-field]").forEach(function (slot) {
      var value = slot.dataset.field.split(".").reduce(function (node, key) {
        return node === null || node === undefined ? undefined : node[key];
      }, answer);
      slot.textContent = value === undefined || value === null ? "" : String(value);
    });
    target.hidden = false;
    if (target !== form) {
      target.setAttribute("tabindex", "-1");
      target.focus();
    }
  }

  function succeed(form, answer) {
    var success = form.dataset.success || "reload";
    if (success === "redirect") {
      window.location.assign(fill(form.dataset.successUrl || "/", answer || {}));
    } else if (success === "show") {
      show(form, answer || {});
    } else {
      window.location.reload();
    }
  }

  // ---------------------------------------------------------------- sending

  function csrfToken() {
    var meta = document.querySelector('meta[name="csrf-token"]');
    return meta ? meta.content : "";
  }

  function request(form) {
    var method = (form.dataset.apiMethod || "POST").toUpperCase();
    var target = pathOf(form);
    var headers = { "X-CSRF-Token": csrfToken(), Accept: "application/json" };
    if (form.dataset.ifMatch) {
      headers["If-Match"] = '"' + form.dataset.ifMatch + '"';
    }
    var file = form.querySelector("input[type=file][data-raw-body]");
    if (file) {
      // Upload endpoints take the file as the raw body; other fields go into the query.
      var query = new URLSearchParams();
      var fields = bodyOf(form, target.names);
      Object.keys(fields).forEach(function (name) { query.append(name, fields[name]); });
      if (file.dataset.rawBody && file.files.length > 0) {
        query.set(file.dataset.rawBody, file.files[0].name);
      }
      headers["Content-Type"] = "application/octet-stream";
      var url = target.path + (query.toString() ? "?" + query.toString() : "");
      return fetch(url, {
        method: method, headers: headers, credentials: "same-origin",
        body: file.files.length > 0 ? file.files[0] : new Blob([])
      });
    }
    var body = bodyOf(form, target.names);
    var init = { method: method, headers: headers, credentials: "same-origin" };
    if (method !== "DELETE" || Object.keys(body).length > 0) {
      headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    return fetch(target.path, init);
  }

  function setBusy(form, submitter, busy) {
    form.querySelectorAll("button, input[type=submit]").forEach(function (button) {
      button.disabled = busy;
    });
    if (submitter) {
      if (busy) {
        submitter.setAttribute("aria-busy", "true");
      } else {
        submitter.removeAttribute("aria-busy");
      }
    }
  }

  function submit(event) {
    var form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.dataset.apiPath) {
      return;
    }
    event.preventDefault();
    if (form.getAttribute("aria-busy") === "true") {
      return;
    }
    var submitter = event.submitter || null;
    clearErrors(form);
    form.setAttribute("aria-busy", "true");
    setBusy(form, submitter, true);
    request(form)
      .then(function (response) {
        return response.text().then(function (text) {
          var json = null;
          try {
            json = text ? JSON.parse(text) : null;
          } catch (ignored) {
            json = null;
          }
          if (response.ok) {
            succeed(form, json);
          } else {
            showError(form, json && json.message ? json : {
              message: "the server answered " + response.status + " " + response.statusText,
              hint: "Try again; if it persists, tell the registry's operator."
            });
          }
        });
      })
      .catch(function () {
        showError(form, {
          message: "the registry could not be reached",
          hint: "Check your connection and try again."
        });
      })
      .then(function () {
        form.removeAttribute("aria-busy");
        setBusy(form, submitter, false);
      });
  }

  document.addEventListener("submit", submit);

  // After htmx replaced a list through its pager, move focus to the list's heading so keyboard
  // and screen reader users continue there.
  document.addEventListener("htmx:afterSwap", function (event) {
    var trigger = event.detail && event.detail.requestConfig && event.detail.requestConfig.elt;
    if (trigger && trigger.closest && trigger.closest(".pager")) {
      var heading = event.detail.target.querySelector('[tabindex="-1"]');
      if (heading) {
        heading.focus();
      }
    }
  });
})();
