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
