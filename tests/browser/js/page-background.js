// The opaque colour painted behind an element, as [r, g, b]: the background of
// its nearest ancestor that has an opaque one.
(el) => {
  const ctx = Object.assign(document.createElement("canvas"), { width: 1, height: 1 })
    .getContext("2d", { willReadFrequently: true });
  for (let node = el.parentElement; node; node = node.parentElement) {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = "rgba(0, 0, 0, 0)";
    ctx.fillStyle = getComputedStyle(node).backgroundColor;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
    if (a === 255) return [r, g, b];
  }
  return [255, 255, 255];
}
