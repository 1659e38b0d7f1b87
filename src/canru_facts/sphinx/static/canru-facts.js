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

// The reader's "Highlight facts" toggle: a real button among the theme's header
// buttons (or before the article where the theme has none), pressed or not
// (aria-pressed), remembered across pages in localStorage.  Pressed, it marks
// every fact of the page (the class on <html>, see canru-facts.css).  Its words
// are the book's, on this script's tag (data-highlight-label); pages citing no
// fact get no button.
const HIGHLIGHT = "canru-facts-highlight";
const words = document.currentScript ? document.currentScript.dataset : {};
const remembered = () => {
  try {
    return localStorage.getItem(HIGHLIGHT) === "on";
  } catch {
    return false; // storage refused (a private window, a file: page): off
  }
};
const toggles = [];
const highlight = (on) => {
  document.documentElement.classList.toggle(HIGHLIGHT, on);
  for (const button of toggles) button.setAttribute("aria-pressed", String(on));
};
highlight(remembered());

const addToggle = () => {
  const label = words.highlightLabel;
  if (!label || !document.querySelector(".fact[data-fact]")) return;
  const button = document.createElement("button");
  button.type = "button";
  // The theme's own header-button classes, written in full for the style sheet's cut.
  button.className = "btn btn-sm pst-navbar-icon canru-facts-toggle";
  button.title = label;
  button.setAttribute("aria-label", label);
  const icon = document.createElement("i");
  icon.className = "fa-solid fa-highlighter";
  icon.setAttribute("aria-hidden", "true");
  button.append(icon);
  button.addEventListener("click", () => {
    const on = button.getAttribute("aria-pressed") !== "true";
    try {
      localStorage.setItem(HIGHLIGHT, on ? "on" : "off");
    } catch {
      // not remembered; this page still changes
    }
    highlight(on);
  });
  toggles.push(button);
  const buttons = document.querySelector(".article-header-buttons");
  if (buttons) {
    buttons.insertBefore(button, buttons.querySelector(".theme-switch-container"));
  } else {
    document.querySelector("main, [role=main], body").prepend(button);
  }
  highlight(remembered());
};
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", addToggle);
} else {
  addToggle();
}

// Another tab's choice, as soon as it is made.
window.addEventListener("storage", (event) => {
  if (event.key === HIGHLIGHT) highlight(event.newValue === "on");
});
