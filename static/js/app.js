// LeanOn's small enhancements. Every page works without this file.
(function () {
  "use strict";

  // After htmx swaps a wizard step in, move focus like a page load would:
  // to the error summary when there is one, to a question that needs an
  // answer first ("Replace the words you changed?"), otherwise to the
  // heading at the top. Only when the step itself was swapped: the live
  // check's answer (the checklist, the save status) leaves focus alone.
  document.addEventListener("htmx:afterSettle", function (event) {
    var step = document.getElementById("wizard-step");
    var swapped = event.detail.target;
    if (!swapped || swapped.id !== "wizard-step") return;
    if (!step || !event.detail.elt || !event.detail.elt.isConnected) return;
    var confirm = step.querySelector(".confirm-recompose");
    var target = step.querySelector(".error-summary") || confirm || step.querySelector("h1");
    if (!target) return;
    target.focus();
    if (target !== confirm) window.scrollTo({ top: 0 });
  });

  // On a page that comes back with errors, start at the error summary.
  document.addEventListener("DOMContentLoaded", function () {
    var summary = document.querySelector(".error-summary");
    if (summary) summary.focus();
  });

  function characterCounter(root) {
    root.querySelectorAll("[data-counts]").forEach(function (note) {
      var field = document.getElementById(note.dataset.counts);
      var limit = Number(note.dataset.limit);
      if (!field) return;
      function update() {
        var left = limit - field.value.length;
        note.textContent = left >= 0
          ? left + " characters left"
          : (-left) + " characters too many";
        note.classList.toggle("text-danger", left < 0);
      }
      note.hidden = false;
      field.addEventListener("input", update);
      update();
    });
  }

  // On the person step, show the "someone new" fields only when chosen.
  function newPersonToggle(root) {
    var radios = root.querySelectorAll("input[name='who'][type='radio']");
    var fields = root.querySelector(".new-person");
    if (!radios.length || !fields) return;
    function update() {
      var chosen = root.querySelector("input[name='who']:checked");
      fields.hidden = !chosen || chosen.value !== "new";
    }
    radios.forEach(function (radio) { radio.addEventListener("change", update); });
    update();
  }

  // On the message step: copy, and keep the email and messages links in
  // step with what the user is typing.
  function messageActions(root) {
    var form = root.querySelector(".message-form");
    if (!form) return;
    var message = form.querySelector("[name='message']");
    var subject = form.querySelector("[name='subject']");
    var mailto = form.querySelector("[data-mailto]");
    var sms = form.querySelector("[data-sms]");
    var copy = form.querySelector("[data-copy]");
    var status = form.querySelector(".copy-status");
    // Keep the address part of a link ("mailto:sam@example.org") and
    // rewrite only what follows the "?".
    function address(link) {
      return link.getAttribute("href").split("?")[0];
    }
    function update() {
      var body = encodeURIComponent(message.value);
      var subjectText = subject ? encodeURIComponent(subject.value) : "";
      if (mailto) {
        mailto.href = address(mailto) + "?subject=" + subjectText + "&body=" + body;
      }
      if (sms) sms.href = address(sms) + "?&body=" + body;
    }
    message.addEventListener("input", update);
    if (subject) subject.addEventListener("input", update);
    if (copy && navigator.clipboard) {
      copy.hidden = false;
      copy.addEventListener("click", function () {
        navigator.clipboard.writeText(message.value).then(function () {
          status.textContent = "Copied. Paste it wherever you like to send it.";
        }, function () {
          status.textContent = "Could not copy. Select the text and copy it instead.";
        });
      });
    }
  }

  function enhance(root) {
    characterCounter(root);
    newPersonToggle(root);
    messageActions(root);
  }

  if (window.htmx) {
    window.htmx.onLoad(enhance);
  } else {
    document.addEventListener("DOMContentLoaded", function () { enhance(document); });
  }
})();
