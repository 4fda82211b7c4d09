// What meeting mode and facilitate mode keep in this browser's localStorage (notes not yet saved, timers), under one
// prefix so that signing out can forget all of it: the next person at a shared computer must not find notes there.

export const PREFIX = 'ect-induction:';

export function forgetAll() {
  try {
    Object.keys(localStorage).filter((key) => key.startsWith(PREFIX))
      .forEach((key) => localStorage.removeItem(key));
  } catch (e) {
    // No localStorage (private browsing): nothing was kept.
  }
}

// One value kept under the prefix; null forgets it.
export function store(key, value) {
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

export function load(key) {
  try {
    const text = localStorage.getItem(PREFIX + key);
    return text === null ? null : JSON.parse(text);
  } catch (e) {
    return null;
  }
}

// A page reached after a successful save names the draft that the save sent, which may now be forgotten.
export function forgetSavedDrafts() {
  document.querySelectorAll('[data-saved-draft]').forEach((el) => {
    if (el.dataset.savedDraft) {
      store(el.dataset.savedDraft, null);
    }
  });
}
