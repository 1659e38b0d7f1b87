import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

project = "Broken book"
extensions = ["myst_parser", "canru_facts.sphinx"]
root_doc = "index"
exclude_patterns = ["_build"]
canru_facts_registry = "warnings_facts:FACTS"
canru_facts_seed = "seed.txt"
