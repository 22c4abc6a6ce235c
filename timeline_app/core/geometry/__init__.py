"""Where things go on the screen, in numbers: the viewport, axis ticks, lanes and label rows.

Rule: pure arithmetic on times and pixels; it knows queries and the model but draws nothing
(painting is the Qt layer's).
"""
