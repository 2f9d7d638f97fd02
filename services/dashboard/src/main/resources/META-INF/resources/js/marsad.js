// Marsad dashboard's only script (no inline script: the Content-Security-Policy forbids it).
//
// The reader's time zone: pages show times in it and cut timelines' days in it. The browser's zone
// goes into a cookie the server reads; a page made in another zone (the first visit) is loaded again
// once, and never more, so a zone the server refuses cannot loop.
(() => {
  const zone = window.Intl && Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone || zone.length > 64 || !/^[A-Za-z0-9_+\-\/]+$/.test(zone)) {
    return;
  }
  const had = document.cookie.split("; ").find((c) => c.startsWith("marsad-tz="));
  document.cookie = "marsad-tz=" + zone + "; path=/; max-age=31536000; samesite=lax";
  if (!had && document.documentElement.dataset.zone !== zone) {
    location.reload();
  }
})();

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
