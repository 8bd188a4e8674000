// Loaded first by the integrity test pages: the scripts the browser refused to run (an error
// event at a <script>, as a failed integrity check fires), for a test in the parent page to read
// from window.__mreRefused.
window.__mreRefused = [];
addEventListener(
  'error',
  (event) => {
    if (event.target instanceof HTMLScriptElement) window.__mreRefused.push(event.target.src);
  },
  true,
);
