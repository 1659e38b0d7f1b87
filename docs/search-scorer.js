// Sphinx's search scorer (html_search_scorer in conf.py) with one change.  The
// register and the timeline repeat the book's values, so they match every name a
// chapter mentions, and a tie is broken by title, which put "Fact register" above
// "History".  They now rank one point below a chapter that matches as well, so
// the chapter that tells the story comes first.  The weights are Sphinx's own.
var Scorer = {
  score: (result) => {
    const [docname, , , , score] = result;
    return ["register", "timeline"].includes(docname) ? score - 1 : score;
  },
  objNameMatch: 11,
  objPartialMatch: 6,
  objPrio: { 0: 15, 1: 5, 2: -5 },
  objPrioDefault: 0,
  title: 15,
  partialTitle: 7,
  term: 5,
  partialTerm: 2,
};
