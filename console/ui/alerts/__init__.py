"""Alerts in the window: banner, tray notification, optional sound, explanation."""
