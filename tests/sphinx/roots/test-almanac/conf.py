import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

project = "The Ellery almanac"
extensions = ["myst_parser", "canru_facts.sphinx"]
root_doc = "index"
exclude_patterns = ["_build"]
canru_facts_registry = "almanac_facts:FACTS"
canru_facts_seed = "seed.txt"
version = release = "1"
copyright = "the test suite"
myst_enable_extensions = ["colon_fence"]
