"""The read-only web server: REST API, browser page (map, network, timeline, table), docs."""

from frontwatch.serve.app import create_app

__all__ = ["create_app"]
