// For each element matching `selector`, and each visible element inside it that
// holds text itself: its text colour, the background it is drawn on (its own and
// its ancestors' backgrounds blended, down to the first opaque one), and the
// WCAG 2 contrast ratio between them.  Colours are read through a canvas, which
// understands any CSS colour syntax (hex, rgb, oklch, color-mix...) as sRGB.
(selector) => {
  const ctx = Object.assign(document.createElement("canvas"), { width: 1, height: 1 })
    .getContext("2d", { willReadFrequently: true });
  const rgba = (css) => {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = "rgba(0, 0, 0, 0)";
    ctx.fillStyle = css;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    return [r, g, b, a / 255];
  };
  const over = (top, bottom) => {
    const a = top[3] + bottom[3] * (1 - top[3]);
    if (a === 0) return [0, 0, 0, 0];
    const mix = (i) => (top[i] * top[3] + bottom[i] * bottom[3] * (1 - top[3])) / a;
    return [mix(0), mix(1), mix(2), a];
  };
  const background = (el) => {
    const layers = [];
    for (let node = el; node; node = node.parentElement) {
      const colour = rgba(getComputedStyle(node).backgroundColor);
      layers.push(colour);
      if (colour[3] >= 1) break;
    }
    return layers.reverse().reduce((under, layer) => over(layer, under), [255, 255, 255, 1]);
  };
  const linear = (c) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const luminance = ([r, g, b]) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
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
