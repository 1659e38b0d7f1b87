// sphinx-book-theme draws its own sidebar buttons after pydata-sphinx-theme's
// (hidden) ones, and both themes bind their handlers to the first button of each
// kind only, so the visible buttons did nothing: on a phone the chapters menu
// could not be opened at all (pydata-sphinx-theme issue 2451).  Hand each
// visible button's click to the button the themes did bind.
document.addEventListener("DOMContentLoaded", () => {
  for (const kind of ["primary-toggle", "secondary-toggle"]) {
    const [bound, ...others] = document.querySelectorAll(`button.${kind}`);
    for (const button of others) {
      button.addEventListener("click", (event) => {
        event.preventDefault();
        event.stopPropagation();
        bound.click();
      });
    }
  }
});
