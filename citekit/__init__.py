"""citekit: resolve, cache, cite and fact-check the arXiv papers a Markdown post cites."""

__version__ = "0.1.0"
