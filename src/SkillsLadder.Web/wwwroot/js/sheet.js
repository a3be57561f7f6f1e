// The score sheet as you type: each entry checked against its aspect (range, step, 0–3 for judgements) and the
// total kept live. Hints only: the server checks everything again and is the authority. No framework, CSP 'self'.
(function () {
  "use strict";
  var form = document.querySelector("form[data-sheet]");
  if (!form) return;
  var inputs = Array.prototype.slice.call(form.querySelectorAll("input[data-kind]"));
  var total = form.querySelector("[data-total]");
  var english = document.documentElement.lang === "en";

  function text(zh, en) { return english ? en : zh; }

  // Hundredths as integers, like the server: "37.5" → 3750; null when empty; NaN when not a number with ≤ 2 decimals.
  function hundredths(raw) {
    var value = raw.trim();
    if (value === "") return null;
    if (!/^\d+(\.\d{1,2})?$/.test(value)) return NaN;
    var parts = value.split(".");
    return parseInt(parts[0], 10) * 100 + (parts[1] ? parseInt((parts[1] + "0").slice(0, 2), 10) : 0);
  }

  function check(input) {
    var kind = input.dataset.kind;
    var max = Math.round(parseFloat(input.dataset.max) * 100);
    var step = Math.round(parseFloat(input.dataset.step) * 100);
    var h = hundredths(input.value);
    if (h === null) return { problem: "", mark: null };
    if (isNaN(h)) return { problem: text("请输入数字，最多两位小数。", "Enter a number with at most two decimals."), mark: null };
    if (kind === "Judgement") {
      if (h % 100 !== 0 || h > 300) return { problem: text("评判分应为 0、1、2 或 3。", "A judgement is 0, 1, 2 or 3."), mark: null };
      return { problem: "", mark: Math.round(max * h / 300) };
    }
    if (h > max) return { problem: text("超过满分 ", "Above the maximum ") + (max / 100).toFixed(2), mark: null };
    if (step > 0 && h % step !== 0) return { problem: text("应为 ", "Must be a multiple of ") + (step / 100).toFixed(2) + text(" 的整数倍。", "."), mark: null };
    return { problem: "", mark: h };
  }

  function refresh() {
    var sum = 0;
    inputs.forEach(function (input) {
      var result = check(input);
      var hint = form.querySelector('[data-hint-for="' + input.id + '"]');
      var mark = form.querySelector('[data-mark-for="' + input.id + '"]');
      if (hint && (result.problem || input.dataset.touched)) hint.textContent = result.problem;
      input.setAttribute("aria-invalid", result.problem ? "true" : "false");
      if (mark) mark.textContent = result.mark === null ? "" : (result.mark / 100).toFixed(2);
      if (result.mark !== null) sum += result.mark;
    });
    if (total) total.textContent = (sum / 100).toFixed(2);
  }

  inputs.forEach(function (input) {
    input.addEventListener("input", function () { input.dataset.touched = "1"; refresh(); });
  });
  var first = inputs.filter(function (i) { return !i.readOnly; })[0];
  if (first && !document.querySelector("[role=alert] li")) first.focus();
  refresh();
})();
