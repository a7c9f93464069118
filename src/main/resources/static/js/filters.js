// The filters of a list are folded away on a phone, where they would fill the first screen before any result, and
// unfolded where there is room. The page sends them folded unless a filter is in use (then they stay unfolded, so
// that one sees what the list is filtered by); without JavaScript they unfold with a click on their heading.
(function () {
  if (!window.matchMedia('(min-width: 48rem)').matches) {
    return;
  }
  document.querySelectorAll('details.filter-panel').forEach(function (panel) {
    panel.open = true;
  });
})();
