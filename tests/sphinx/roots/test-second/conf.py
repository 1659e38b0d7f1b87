import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

project = "The Gull Point light"
extensions = ["canru_facts.sphinx"]  # reStructuredText only: no MyST
root_doc = "index"
exclude_patterns = ["_build"]
canru_facts_registry = "light_facts:FACTS"
canru_facts_rules = "light_facts:RULES"
canru_facts_seed = "seed.txt"
version = release = "1"
copyright = "the test suite"
