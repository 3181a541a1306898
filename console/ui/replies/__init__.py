"""Replies in the window: prefilled from the mention they answer, approved before they go out."""
