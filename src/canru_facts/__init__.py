"""canru-facts: the facts of the book "Canada–Russia relations", proven against its seed.

The package is layered, each layer importing only those before it::

    kinds  <-  model  <-  registry (facts/)  <-  fold, seed, forms  <-  drift, proof, rules
        <-  cli, update (the command)
                                  <-  style  <-  sphinx (the book's extension)

``navigation`` stands alone: a Sphinx extension that makes the sidebar's list of
pages once per build, for any book with many pages.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("canru-facts")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0+unknown"
