// Saves a form as it is typed in: each change is kept in localStorage at once (data-draft-key) and posted to the
// form's own action a moment later, with the header X-Autosave; the server answers the record's new version as
// JSON, or 409 with a problem when the record changed elsewhere. A dropped connection loses nothing: the text is
// sent again when the browser is back online. Without this script the form is an ordinary form with its button.

import { load, store } from './drafts.js';

export function autosave(form) {
  const key = form.dataset.draftKey;
  const status = form.querySelector('[data-save-status]');
  // On Next steps only the notes are saved as they go; the actions are kept here until the form is submitted.
  const partial = form.dataset.partialAutosave === 'true';
  let timerId = null;
  let inFlight = null;
  let again = false;
  let submitting = false;

  const fields = () => Array.from(form.elements).filter((el) => el.name && el.name !== '_csrf'
    && el.name !== 'version' && (el.tagName === 'TEXTAREA' || el.type === 'text' || el.type === 'radio'));

  function snapshot() {
    const values = {};
    fields().forEach((el) => {
      if (el.type === 'radio') {
        if (el.checked) {
          values[el.name] = el.value;
        }
      } else {
        values[el.name] = el.value;
      }
    });
    return values;
  }

  function restore(values) {
    fields().forEach((el) => {
      if (!(el.name in values)) {
        return;
      }
      if (el.type === 'radio') {
        el.checked = values[el.name] === el.value;
      } else {
        el.value = values[el.name];
      }
    });
  }

  function say(text) {
    if (status.textContent !== text) {
      status.textContent = text;
    }
  }

  function save(keepalive) {
    if (inFlight) {
      again = true;
      return inFlight;
    }
    const sent = JSON.stringify(snapshot());
    inFlight = fetch(form.action, {
      method: 'POST',
      body: new URLSearchParams(new FormData(form)),
      headers: { 'X-Autosave': 'true', Accept: 'application/json' },
      credentials: 'same-origin',
      keepalive: Boolean(keepalive),
    }).then((response) => {
      if (response.ok) {
        return response.json().then((body) => {
          form.elements.version.value = body.version;
          if (!partial && JSON.stringify(snapshot()) === sent) {
            store(key, null);
          }
          say('Saved');
        });
      }
      if (response.status === 409) {
        return response.json().then((body) => say(body.problem));
      }
      say('Not saved yet: your notes are kept on this device');
      return undefined;
    }).catch(() => {
      say('Not saved yet: your notes are kept on this device and are sent when you are back online');
    }).finally(() => {
      inFlight = null;
      if (again) {
        again = false;
        save(false);
      }
    });
    return inFlight;
  }

  function changed() {
    store(key, snapshot());
    say('Not saved yet');
    clearTimeout(timerId);
    timerId = setTimeout(() => save(false), 1200);
  }

  const draft = load(key);
  if (draft && JSON.stringify(draft) !== JSON.stringify(snapshot())) {
    restore(draft);
    say('Not saved yet: restored what you typed earlier on this device');
    save(false);
  }

  form.addEventListener('input', changed);
  form.addEventListener('change', changed);
  window.addEventListener('online', () => {
    if (load(key)) {
      save(false);
    }
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden' && timerId !== null && !submitting) {
      clearTimeout(timerId);
      timerId = null;
      save(true);
    }
  });
  // The real submit must carry the version from the last autosave, so it waits for one still on its way.
  form.addEventListener('submit', (event) => {
    clearTimeout(timerId);
    timerId = null;
    store(key, snapshot());
    if (inFlight && !submitting) {
      event.preventDefault();
      submitting = true;
      const submitter = event.submitter;
      inFlight.finally(() => form.requestSubmit(submitter || undefined));
      return;
    }
    submitting = true;
  });
}
