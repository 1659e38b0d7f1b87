// Every URL the page would load by itself, resolved to absolute form: elements
// (scripts, images, frames, media, loading <link>s) and style sheets, down
// through @import to @font-face sources.  A font that no text uses yet is
// listed too, though the browser has not fetched it.
() => {
  const loading = new Set([
    "stylesheet", "preload", "prefetch", "preconnect", "dns-prefetch",
    "modulepreload", "icon", "apple-touch-icon", "manifest",
  ]);
  const urls = [];
  const add = (url, base) => {
    if (url) urls.push(new URL(url, base || document.baseURI).href);
  };
  const media = "script[src], img[src], iframe[src], embed[src], video[src], audio[src], "
    + "source[src], track[src]";
  for (const el of document.querySelectorAll(media)) add(el.getAttribute("src"));
  for (const el of document.querySelectorAll("img[srcset], source[srcset]")) {
    for (const part of el.getAttribute("srcset").split(",")) add(part.trim().split(/\s+/)[0]);
  }
  for (const el of document.querySelectorAll("object[data]")) add(el.getAttribute("data"));
  for (const el of document.querySelectorAll("link[href]")) {
    const rels = el.rel.toLowerCase().split(/\s+/);
    if (rels.some((rel) => loading.has(rel))) add(el.getAttribute("href"));
  }
  const fromCss = (text, base) => {
    for (const match of text.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/g)) {
      if (!match[2].startsWith("data:")) add(match[2], base);
    }
  };
  const walk = (rules, base) => {
    for (const rule of rules) {
      if (rule instanceof CSSImportRule) {
        add(rule.href, base);
        const sheet = rule.styleSheet;
        try {
          if (sheet) walk(sheet.cssRules, sheet.href);
        } catch (e) { /* another origin's sheet: its URL is listed */ }
      } else if (rule instanceof CSSFontFaceRule) {
        fromCss(rule.style.getPropertyValue("src"), base);
      } else if (rule.cssRules) {
        walk(rule.cssRules, base);
      }
    }
  };
  for (const sheet of document.styleSheets) {
    if (sheet.href) add(sheet.href);
    try {
      walk(sheet.cssRules, sheet.href || document.baseURI);
    } catch (e) { /* another origin's sheet: its URL is listed */ }
  }
  return urls;
}
