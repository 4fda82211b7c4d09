// Meeting mode: a countdown for each timed activity (timer.js), and notes saved as they are typed (autosave.js).
// Without this script every screen is an ordinary form with a Save and continue button.

import { forgetSavedDrafts } from './drafts.js';
import { startTimer } from './timer.js';
import { autosave } from './autosave.js';

forgetSavedDrafts();
document.querySelectorAll('.app-meeting-timer[data-minutes]').forEach(startTimer);
document.querySelectorAll('form.app-meeting-form[data-draft-key]').forEach(autosave);
