"""newskg: a knowledge-graph builder for news articles."""

__version__ = "0.1.0"
