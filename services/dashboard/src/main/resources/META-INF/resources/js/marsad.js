// Marsad dashboard: the header's unread badge, live. The count comes from the dashboard's own
// /alerts/stream (Server-Sent Events), which passes on alerting's; pages that show alerts refresh
// themselves on the "marsad:unread" event this script fires when the newest alert changes.
document.addEventListener("DOMContentLoaded", () => {
  const badge = document.getElementById("unread-badge");
  if (!badge || !window.EventSource) {
    return;
  }
  let first = true;
  let newest = null;
  const stream = new EventSource("/alerts/stream");
  stream.onmessage = (event) => {
    const state = JSON.parse(event.data);
    badge.textContent = state.unread > 0 ? String(state.unread) : "";
    badge.hidden = state.unread === 0;
    // the first event says how things stood when the page was made; later ones are news
    if (!first && state.newest !== newest) {
      document.dispatchEvent(new CustomEvent("marsad:unread", { detail: state }));
    }
    first = false;
    newest = state.newest;
  };
});
