"""The Qt layer: windows, pages, dialogs and thin model adapters."""
