// A countdown of a timed part of a meeting or session: the element names its minutes (data-minutes) and a key
// (data-timer-key) under which its state is kept in localStorage, so it keeps running across pages and reloads.
// When time runs out it says by how much it is over, and marks the element with its first class plus "--overrun"
// (app-meeting-timer--overrun, app-session-timer--overrun) for the styles to show it.

import { load, store } from './drafts.js';

function minutesAndSeconds(totalSeconds) {
  const whole = Math.floor(totalSeconds);
  const seconds = String(whole % 60).padStart(2, '0');
  return `${Math.floor(whole / 60)}:${seconds}`;
}

export function startTimer(timer) {
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
    timer.classList.toggle(`${timer.classList[0]}--overrun`, over);
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
