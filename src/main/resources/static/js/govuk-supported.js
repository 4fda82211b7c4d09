// Runs before the page paints, so GOV.UK components do not flash unstyled; an external file keeps the CSP strict.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
