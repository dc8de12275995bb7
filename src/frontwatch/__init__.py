"""FrontWatch: rebuild an armed conflict as sourced data from news articles."""

__version__ = "0.1.0"
