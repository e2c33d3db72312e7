// Small fixes on top of Material, in the page's language (no network, no framework).
(function () {
  var zh = document.documentElement.lang === "zh";
  var label = {
    code: zh ? "代码操作" : "Code actions",
    path: zh ? "当前位置" : "Breadcrumbs",
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
    var path = document.querySelector("nav.md-path");
    if (path) path.setAttribute("aria-label", label.path);
    // navigation.indexes drops the label element a section's nav points to: name it after
    // the section's own link instead
    document.querySelectorAll("nav[aria-labelledby]").forEach(function (nav) {
      var target = document.getElementById(nav.getAttribute("aria-labelledby"));
      if (target && target.textContent.trim()) return;
      var item = nav.closest(".md-nav__item");
      var link = item && item.querySelector(".md-nav__link");
      if (link) {
        nav.removeAttribute("aria-labelledby");
        nav.setAttribute("aria-label", link.textContent.trim());
      }
    });
    // one name per block: landmarks of the same kind must be distinguishable
    document.querySelectorAll("nav.md-code__nav").forEach(function (nav, i) {
      nav.setAttribute("aria-label", label.code + " " + (i + 1));
    });
  }
  name();
  new MutationObserver(name).observe(document.body, { childList: true, subtree: true });
})();
