"""The timeline view: scene layout, painting, the widget, the overview strip and export."""
