"""The Qt layer: widgets that show and edit a timeline (the core stays free of Qt)."""
