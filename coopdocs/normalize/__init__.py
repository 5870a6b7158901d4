"""Pure text -> value functions (no spaCy): numbers, number words, scales, dates."""
