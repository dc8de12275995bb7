"""FrontWatch: rebuild an armed conflict as sourced data from news articles."""

__version__ = "0.2.0"
