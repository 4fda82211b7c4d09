// The page editor's preview follows the text as the admin types: after a pause, the form (with its CSRF token) is
// posted to the preview URL, which answers the rendered preview alone. Without JavaScript the Preview button posts
// the whole form and the page comes back with the preview.
const form = document.querySelector('form.app-page-editor[data-preview-url]');
const preview = document.getElementById('preview-content');

if (form && preview) {
  let timer = null;
  let inFlight = null;

  const update = async () => {
    if (inFlight) {
      inFlight.abort();
    }
    inFlight = new AbortController();
    try {
      const response = await fetch(form.dataset.previewUrl, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form)),
        headers: { Accept: 'text/html' },
        credentials: 'same-origin',
        signal: inFlight.signal,
      });
      if (response.ok) {
        const fresh = new DOMParser().parseFromString(await response.text(), 'text/html')
          .getElementById('preview-content');
        if (fresh) {
          preview.replaceChildren(...fresh.childNodes);
        }
      }
    } catch (e) {
      // Typing on aborts the last request; a failed one is no matter, the next keystroke asks again.
    }
  };

  form.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 400);
  });
}
