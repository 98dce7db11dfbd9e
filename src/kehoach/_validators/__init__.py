"""Fast schema validators, generated from ``schemas/`` by ``tools/validators.py``."""
