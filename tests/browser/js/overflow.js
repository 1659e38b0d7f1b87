// Whether the page is wider than its viewport, and which elements of the
// article stick out past either edge.  An element inside a box that fits the
// screen and scrolls (or clips) on its own is fine: the reader scrolls that box,
// not the page.  Only the outermost offender of each branch is reported.
() => {
  const width = document.documentElement.clientWidth;
  const fits = (el) => {
    const r = el.getBoundingClientRect();
    return r.left >= -1 && r.right <= width + 1;
  };
  const scrollsOnItsOwn = (el) => getComputedStyle(el).overflowX !== "visible";
  const article = document.querySelector("main article") || document.querySelector("main");
  const name = (el) => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
    + [...el.classList].slice(0, 3).map((c) => "." + c).join("");
  const offenders = [];
  for (const el of article ? article.querySelectorAll("*") : []) {
    const style = getComputedStyle(el);
    if (style.display === "none" || style.visibility === "hidden") continue;
    const r = el.getBoundingClientRect();
    if ((r.width === 0 && r.height === 0) || fits(el)) continue;
    let held = false;
    for (let box = el.parentElement; box && box !== article.parentElement; box = box.parentElement) {
      if (offenders.some((o) => o.el === box) || (scrollsOnItsOwn(box) && fits(box))) {
        held = true;
        break;
      }
    }
    if (!held) {
      const text = (el.textContent || "").trim().slice(0, 40);
      offenders.push({ el, text: `${name(el)} spans ${Math.round(r.left)}..${Math.round(r.right)}px "${text}"` });
    }
  }
  return {
    found: Boolean(article),
    scrollWidth: document.scrollingElement.scrollWidth,
    clientWidth: document.scrollingElement.clientWidth,
    offenders: offenders.map((o) => o.text),
  };
}
