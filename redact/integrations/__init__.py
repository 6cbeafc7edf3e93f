"""Scrubbing inside other tools' pipelines (Ray Data, Hugging Face datasets)."""
