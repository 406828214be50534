"""The embeddable widget: a tray's themes or search results in an iframe."""
