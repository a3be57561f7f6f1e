// Live boards and printable results. A board polls its JSON endpoint every second with ?after=<number shown>; the server
// answers 204 while nothing changed, else the whole snapshot, whose rows are redrawn here (text only, never HTML).
// A change of basis or status (the board going dark, a publication) reloads the page, which words it properly.
// Print buttons ([data-print]) live here too: the CSP allows no inline script.
(function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll("[data-print]"), function (button) {
    button.addEventListener("click", function () { window.print(); });
  });

  var table = document.querySelector("table[data-board]");
  if (!table || !window.fetch) return;
  var labels = JSON.parse(table.dataset.labels || "{}");
  var columns = Array.prototype.map.call(table.querySelectorAll("thead th[data-col]"), function (th) { return th.dataset.col; });
  var body = table.querySelector("tbody");
  var number = table.dataset.number;

  function marks(value) { return value === null || value === undefined ? "" : Number(value).toFixed(2); }

  function text(row, column) {
    switch (column) {
      case "rank": return row.rank + (row.tied ? "=" : "");
      case "total": case "standardised": case "theory": case "practical": return marks(row[column]);
      case "award": return [row.prize, row.medal].map(function (a) { return labels[a] || ""; }).filter(Boolean).join(" ");
      default: return row[column] === null || row[column] === undefined ? "" : String(row[column]);
    }
  }

  function draw(board) {
    var snapshot = board.snapshot;
    if (!snapshot || snapshot.basis !== table.dataset.basis || snapshot.status !== table.dataset.status) {
      window.location.reload();
      return;
    }
    var rows = document.createDocumentFragment();
    board.rows.forEach(function (row) {
      var tr = document.createElement("tr");
      tr.setAttribute("data-testid", "board-row");
      columns.forEach(function (column) {
        var td = document.createElement("td");
        if (column !== "name" && column !== "enterprise" && column !== "award") td.className = "num";
        td.textContent = text(row, column);
        tr.appendChild(td);
      });
      rows.appendChild(tr);
    });
    body.replaceChildren(rows);
    number = String(snapshot.number);
    table.dataset.number = number;
  }

  function poll() {
    fetch(table.dataset.src + "?after=" + encodeURIComponent(number), { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (response) { return response.status === 200 ? response.json().then(draw) : null; })
      .catch(function () { /* a dropped poll: the next one catches up */ })
      .then(function () { window.setTimeout(poll, 1000); });
  }

  window.setTimeout(poll, 1000);
})();
