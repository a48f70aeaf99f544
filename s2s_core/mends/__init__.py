"""French-side mends: the model's French words mended after translation (typography.french calls them)."""
