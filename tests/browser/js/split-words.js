// Words of the article that the layout breaks across two lines (as
// `word-break: break-word` does to a label in a column too narrow for it).
// Code, and strings that are no words (addresses, dotted keys), may break.
() => {
  const article = document.querySelector("main article");
  if (!article) return [];
  const skip = (node) => node.parentElement.closest("pre, code, kbd, samp, .fact-tip");
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  const split = [];
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (skip(node) || !node.parentElement.getClientRects().length) continue;
    for (const match of node.textContent.matchAll(/[^\s\u00ad\u2010-\u2015-]{2,}/g)) {
      if (/[./_:@]\S/.test(match[0])) continue;
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (tops.size > 1) split.push(`"${match[0]}" in ${node.parentElement.tagName.toLowerCase()}`);
    }
  }
  return split;
}
