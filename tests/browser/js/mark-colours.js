// For each fact value of the article's paragraphs: the colour of its underline
// and of its text, the background it is drawn on (its own and its ancestors'
// blended), and the WCAG 2 contrast of each against that background.  Colours
// are read through a canvas, which understands any CSS colour syntax.
() => {
  // @include colours.js
  const ratio = (a, b) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100;
  };
  const page = background(document.querySelector("main article"));
  return [...document.querySelectorAll("main article p .fact > .fact-value")].map((el) => {
    const style = getComputedStyle(el);
    const bg = background(el);
    const line = over(rgba(style.textDecorationColor), bg);
    const text = over(rgba(style.color), bg);
    return {
      key: el.parentElement.dataset.fact,
      marked: ratio(bg, page) > 1.05,
      decoration: style.textDecorationLine + " " + style.textDecorationStyle,
      line: ratio(line, bg),
      text: ratio(text, bg),
      sameColourAsText: style.color === getComputedStyle(el.closest("p")).color,
    };
  });
}
