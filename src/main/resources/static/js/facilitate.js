// Facilitate mode: the countdowns of the section and of the whole session (timer.js), the notes saved as they are
// typed (autosave.js), a full-screen button, and the arrow keys for the previous and next sections. Without this
// script each section is a plain page with previous and next links and a form for its notes.

import { forgetSavedDrafts } from './drafts.js';
import { startTimer } from './timer.js';
import { autosave } from './autosave.js';

forgetSavedDrafts();
document.querySelectorAll('.app-session-timer[data-minutes]').forEach(startTimer);
document.querySelectorAll('form.app-facilitate-form[data-draft-key]').forEach(autosave);

const fullScreen = document.querySelector('[data-full-screen]');
if (fullScreen && document.fullscreenEnabled) {
  fullScreen.hidden = false;
  const label = () => {
    fullScreen.textContent = document.fullscreenElement ? 'Leave full screen' : 'Full screen';
  };
  fullScreen.addEventListener('click', () => {
    if (document.fullscreenElement) {
      document.exitFullscreen();
    } else {
      document.documentElement.requestFullscreen();
    }
  });
  document.addEventListener('fullscreenchange', label);
}

// Arrow keys move between sections, except while typing, where they move the cursor.
document.addEventListener('keydown', (event) => {
  const typing = event.target.closest('textarea, input, select, [contenteditable]');
  if (typing || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) {
    return;
  }
  const selector = { ArrowRight: '[data-facilitate-next]', ArrowLeft: '[data-facilitate-previous]' }[event.key];
  const link = selector && document.querySelector(selector);
  if (link) {
    link.click();
  }
});
