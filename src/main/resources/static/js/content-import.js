// Shows an import's progress without reloading: asks the status endpoint twice a second and moves the bar.
// When the import is over, loads the page again to show its result. Without JavaScript the page refreshes itself.
const panel = document.querySelector('.app-import-progress[data-status-url]');

if (panel) {
  const bar = panel.querySelector('.app-import-progress__bar');
  const stage = panel.querySelector('.app-import-progress__stage');
  const count = panel.querySelector('.app-import-progress__count');
  const percent = panel.querySelector('.app-import-progress__percent');

  const poll = async () => {
    try {
      const response = await fetch(panel.dataset.statusUrl, { headers: { Accept: 'application/json' } });
      if (response.ok) {
        const status = await response.json();
        bar.value = status.percent;
        bar.textContent = `${status.percent}%`;
        stage.textContent = status.stage;
        count.textContent = `${status.done} of ${status.total}`;
        percent.textContent = status.percent;
        if (status.over) {
          window.location.reload();
          return;
        }
      }
    } catch (e) {
      // a missed answer is no matter: the next one comes soon
    }
    window.setTimeout(poll, 500);
  };
  window.setTimeout(poll, 300);
}
