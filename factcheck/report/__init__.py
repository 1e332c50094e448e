"""Reports: Markdown for humans, JSON for machines. Deterministic, no timestamps."""
