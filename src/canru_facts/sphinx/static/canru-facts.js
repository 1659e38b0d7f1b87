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

// A tooltip opens below its value, from the value's left edge.  Near the right
// edge of a narrow screen it would run off the screen: move it left just enough.
const keepTipOnScreen = (event) => {
  const fact = event.target instanceof Element ? event.target.closest(".fact") : null;
  const tip = fact ? fact.querySelector(":scope > .fact-tip") : null;
  if (!tip) return;
  tip.style.left = "";
  const margin = 8;
  const box = tip.getBoundingClientRect();
  const overflow = box.right - (document.documentElement.clientWidth - margin);
  if (overflow > 0) tip.style.left = `${-Math.min(overflow, box.left - margin)}px`;
};
document.addEventListener("mouseover", keepTipOnScreen);
document.addEventListener("focusin", keepTipOnScreen);
