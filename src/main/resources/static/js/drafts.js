// What meeting mode keeps in this browser's localStorage (notes not yet saved, timers), under one prefix so that
// signing out can forget all of it: the next person at a shared computer must not find a mentee's notes there.

export const PREFIX = 'ect-induction:';

export function forgetAll() {
  try {
    Object.keys(localStorage).filter((key) => key.startsWith(PREFIX))
      .forEach((key) => localStorage.removeItem(key));
  } catch (e) {
    // No localStorage (private browsing): nothing was kept.
  }
}
