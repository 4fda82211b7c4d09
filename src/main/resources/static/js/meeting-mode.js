// Meeting mode: a countdown for each timed activity, and notes saved as they are typed. Without this script every
// screen is an ordinary form with a Save and continue button. Typed text is kept in localStorage until the server
// has it, so a dropped connection loses nothing: it is sent again when the browser is back online.

import { PREFIX } from './drafts.js';

function store(key, value) {
  try {
    if (value === null) {
      localStorage.removeItem(PREFIX + key);
    } else {
      localStorage.setItem(PREFIX + key, JSON.stringify(value));
    }
  } catch (e) {
    // Private browsing or a full store: the server-side save still works.
  }
}

function load(key) {
  try {
    const text = localStorage.getItem(PREFIX + key);
    return text === null ? null : JSON.parse(text);
  } catch (e) {
    return null;
  }
}

// A page reached after a successful save names the draft that the save sent, which may now be forgotten.
document.querySelectorAll('[data-saved-draft]').forEach((el) => {
  if (el.dataset.savedDraft) {
    store(el.dataset.savedDraft, null);
  }
});

function minutesAndSeconds(totalSeconds) {
  const whole = Math.floor(totalSeconds);
  const seconds = String(whole % 60).padStart(2, '0');
  return `${Math.floor(whole / 60)}:${seconds}`;
}

function startTimer(timer) {
  const total = Number(timer.dataset.minutes) * 60;
  const key = timer.dataset.timerKey;
  const display = timer.querySelector('[data-timer-display]');
  const toggle = timer.querySelector('[data-timer-toggle]');
  const reset = timer.querySelector('[data-timer-reset]');
  let state = load(key) || { elapsed: 0, startedAt: null };

  const elapsed = () => state.elapsed + (state.startedAt ? (Date.now() - state.startedAt) / 1000 : 0);

  function render() {
    const left = total - elapsed();
    const over = left < 0;
    display.textContent = over ? `Over by ${minutesAndSeconds(-left)}` : `${minutesAndSeconds(left)} left`;
    display.classList.toggle('govuk-tag--red', over);
    display.classList.toggle('govuk-tag--blue', !over);
    timer.classList.toggle('app-meeting-timer--overrun', over);
    toggle.textContent = state.startedAt ? 'Pause timer' : (state.elapsed > 0 ? 'Resume timer' : 'Start timer');
  }

  toggle.addEventListener('click', () => {
    state = state.startedAt ? { elapsed: elapsed(), startedAt: null } : { elapsed: state.elapsed, startedAt: Date.now() };
    store(key, state);
    render();
  });
  reset.addEventListener('click', () => {
    state = { elapsed: 0, startedAt: null };
    store(key, null);
    render();
  });
  timer.hidden = false;
  render();
  setInterval(render, 500);
}

function autosave(form) {
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

document.querySelectorAll('.app-meeting-timer[data-minutes]').forEach(startTimer);
document.querySelectorAll('form.app-meeting-form[data-draft-key]').forEach(autosave);
