"""The Qt user interface: screens, widgets, the theme, and the operations that run work off the UI thread."""
