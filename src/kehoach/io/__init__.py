"""Input and output at the edges: reading YAML safely, positions in files, the data cache, atomic
writes and the one output policy (``emit``), git, and source lines of entries."""
