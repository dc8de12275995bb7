"""The analyst in the loop: review facts (confirm, reject, edit), share reviews as JSONL,
measure the machine against them, and teach the knowledge base through an overlay file."""
