// For each element matching `selector`, and each visible element inside it that
// holds text itself: its text colour, the background it is drawn on (its own and
// its ancestors' backgrounds blended, down to the first opaque one), and the
// WCAG 2 contrast ratio between them.  Colours are read through a canvas, which
// understands any CSS colour syntax (hex, rgb, oklch, color-mix...) as sRGB.
(selector) => {
  // @include colours.js
  const holdsText = (node) => [...node.childNodes]
    .some((c) => c.nodeType === Node.TEXT_NODE && c.textContent.trim());
  const shown = (node) => node.getClientRects().length > 0
    && getComputedStyle(node).visibility !== "hidden";
  const hex = (c) => "#" + c.slice(0, 3)
    .map((v) => Math.round(v).toString(16).padStart(2, "0")).join("");
  const found = [];
  for (const el of document.querySelectorAll(selector)) {
    for (const node of [el, ...el.querySelectorAll("*")]) {
      if (!holdsText(node) || !shown(node)) continue;
      const bg = background(node);
      const fg = over(rgba(getComputedStyle(node).color), bg);
      const [hi, lo] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
      found.push({
        key: el.dataset.fact || el.id || el.className,
        text: node.textContent.trim().slice(0, 40),
        fg: hex(fg),
        bg: hex(bg),
        ratio: Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100,
      });
    }
  }
  return found;
}
