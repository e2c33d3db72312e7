// Small fixes on top of Material, in the page's language (no network, no framework).
(function () {
  var zh = document.documentElement.lang === "zh";
  var label = {
    code: zh ? "代码操作" : "Code actions",
    search: zh ? "搜索" : "Search",
  };

  // Language links: keep the section anchor, and keep Material's own click handler from
  // rerouting the switch through sitemap.xml (it sends readers to the home page when the
  // sitemap has no entry for the page). Capture phase: runs before Material's listener.
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.md-select__link[hreflang]");
    if (!link || event.metaKey || event.ctrlKey) return;
    event.stopPropagation();
    if (location.hash) {
      event.preventDefault();
      location.href = link.href.split("#")[0] + location.hash;
    }
  }, true);

  // Landmarks need names: Material's search dialog and the code-block button bars.
  function name() {
    var dialog = document.querySelector(".md-search[role=dialog]");
    if (dialog && !dialog.hasAttribute("aria-label")) dialog.setAttribute("aria-label", label.search);
    document.querySelectorAll("nav.md-code__nav:not([aria-label])").forEach(function (nav) {
      nav.setAttribute("aria-label", label.code);
    });
  }
  name();
  new MutationObserver(name).observe(document.body, { childList: true, subtree: true });
})();
