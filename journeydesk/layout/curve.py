"""The emotion curve's shape: a smooth line through the scores that never overshoots them."""

from __future__ import annotations

from journeydesk.layout.boxes import Point


def smooth_curve(points: list[Point]) -> list[tuple[Point, Point, Point, Point]]:
    """Cubic Bézier segments through ``points`` (sorted by x) that never overshoot them.

    A monotone cubic (Fritsch-Carlson) keeps the curve between neighbouring scores, so a
    "delighted" stage never draws above the top of the band.
    """
    n = len(points)
    if n < 2:
        return []
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    slopes = [(ys[i + 1] - ys[i]) / (xs[i + 1] - xs[i]) for i in range(n - 1)]
    tangents = (
        [slopes[0]]
        + [
            0.0 if slopes[i - 1] * slopes[i] <= 0 else (slopes[i - 1] + slopes[i]) / 2
            for i in range(1, n - 1)
        ]
        + [slopes[-1]]
    )
    for i, slope in enumerate(slopes):
        if slope == 0:
            tangents[i] = tangents[i + 1] = 0.0
            continue
        a, b = tangents[i] / slope, tangents[i + 1] / slope
        if a * a + b * b > 9:
            t = 3 / (a * a + b * b) ** 0.5
            tangents[i], tangents[i + 1] = t * a * slope, t * b * slope
    segments = []
    for i in range(n - 1):
        dx = (xs[i + 1] - xs[i]) / 3
        segments.append(
            (
                points[i],
                (xs[i] + dx, ys[i] + tangents[i] * dx),
                (xs[i + 1] - dx, ys[i + 1] - tangents[i + 1] * dx),
                points[i + 1],
            )
        )
    return segments
