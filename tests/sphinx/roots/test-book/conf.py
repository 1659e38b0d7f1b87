import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

project = "Tiny book"
extensions = ["myst_parser", "canru_facts.sphinx"]
root_doc = "index"
exclude_patterns = ["_build"]
canru_facts_registry = "book_facts:FACTS"
canru_facts_seed = "seed.txt"
version = release = "1"
copyright = "the test suite"
