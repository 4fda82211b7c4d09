import { initAll } from '/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js';
import { forgetAll } from './drafts.js';

initAll();

// Signing out forgets meeting drafts kept in this browser (see drafts.js).
document.querySelectorAll('form[action$="/logout"]').forEach((form) => form.addEventListener('submit', forgetAll));
