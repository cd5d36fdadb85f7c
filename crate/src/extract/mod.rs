//! Extraction: recover preference evidence from a user's message.
