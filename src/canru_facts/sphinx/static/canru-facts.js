// Escape hides a fact's tooltip without moving focus (content shown on hover or
// focus must be dismissible); it comes back on the next hover or focus.
document.addEventListener("keydown", (event) => {
  if (event.key !== "Escape") return;
  for (const fact of document.querySelectorAll(".fact:hover, .fact:focus-within")) {
    fact.classList.add("fact-tip-dismissed");
  }
});

for (const type of ["mouseleave", "focusout"]) {
  document.addEventListener(type, (event) => {
    const fact = event.target instanceof Element ? event.target.closest(".fact") : null;
    if (fact) fact.classList.remove("fact-tip-dismissed");
  }, true);
}

// A page holds each fact's tooltip once, in the fact's first citation; the others
// name it with aria-describedby.  The citation hovered or focused takes the
// tooltip in, so the stylesheet shows it there.
const tipFor = (fact) => {
  const own = fact.querySelector(":scope > .fact-tip");
  if (own) return own;
  const value = fact.querySelector(":scope > .fact-value[aria-describedby]");
  const tip = value ? document.getElementById(value.getAttribute("aria-describedby")) : null;
  if (!tip || !tip.classList.contains("fact-tip")) return null;
  fact.append(tip);
  return tip;
};

// A tooltip opens below its value, from the value's left edge.  Near the right
// edge of a narrow screen it would run off the screen: move it left just enough.
const showTip = (event) => {
  const fact = event.target instanceof Element ? event.target.closest(".fact") : null;
  const tip = fact ? tipFor(fact) : null;
  if (!tip) return;
  tip.style.left = "";
  const margin = 8;
  const box = tip.getBoundingClientRect();
  const overflow = box.right - (document.documentElement.clientWidth - margin);
  if (overflow > 0) tip.style.left = `${-Math.min(overflow, box.left - margin)}px`;
};
document.addEventListener("mouseover", showTip);
document.addEventListener("focusin", showTip);
