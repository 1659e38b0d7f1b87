project = "Navigation"
extensions = ["myst_parser"]  # the tests add canru_facts.navigation, or not
root_doc = "index"
exclude_patterns = ["_build"]
html_theme = "sphinx_book_theme"
version = release = "1"
copyright = "the test suite"
