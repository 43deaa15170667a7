"""A simple SVG chart of one numeric column of a data table (R13), drawn on the server.

No JavaScript and no external library: the geometry is computed here and written by the template
``stats/includes/chart.html`` as inline SVG with a title, a description and a text summary, so a
screen reader gets the same information (the table itself stays the full alternative).
"""

import math
from dataclasses import dataclass, field

WIDTH, HEIGHT = 640, 320
LEFT, RIGHT, TOP, BOTTOM = 72, 16, 16, 64  # room for the value axis and the category labels
MAX_POINTS = 60  # a chart of more categories is unreadable; the table shows them all
MAX_LABELS = 12  # category labels written under the axis; with more points, every n-th one
MAX_BAR = 64  # a bar is never wider than this, even for two or three categories
LABEL_CHARS = 14


@dataclass
class Chart:
    kind: str  # "bar" or "line"
    series: str  # the column's heading
    category: str  # the first column's heading
    points: list  # dicts: label, value, x, y, width, height, label_x
    ticks: list  # dicts: y, label
    baseline: float
    width: int = WIDTH
    height: int = HEIGHT
    summary: dict = field(default_factory=dict)

    @property
    def polyline(self):
        return " ".join(f"{point['cx']:.1f},{point['y']:.1f}" for point in self.points)

    @property
    def plot_left(self):
        return LEFT

    @property
    def plot_right(self):
        return WIDTH - RIGHT


def format_number(value):
    """``1250000`` → ``1.250.000``; ``12.5`` → ``12,5`` (Vietnamese notation)."""
    if isinstance(value, float) and not value.is_integer():
        text = f"{value:,.2f}".rstrip("0").rstrip(".")
    else:
        text = f"{int(value):,}"
    return text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")


def nice_step(span, count=5):
    """A round step (1, 2 or 5 times a power of ten) giving about ``count`` ticks over ``span``."""
    if span <= 0:
        return 1
    raw = span / count
    power = 10 ** math.floor(math.log10(raw))
    for multiple in (1, 2, 5, 10):
        if multiple * power >= raw:
            return multiple * power
    return 10 * power


def short(label):
    label = str(label)
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"


def build_chart(table, column=None, kind="bar"):
    """The chart of ``column`` (a heading; default: the first numeric column) of a stored table
    (``Table.as_json()``), or None when there is nothing numeric to draw."""
    columns, rows, numeric = table.get("columns", []), table.get("rows", []), table.get("numeric", [])
    if not numeric or not rows or kind not in ("bar", "line"):
        return None
    index = columns.index(column) if column in columns else numeric[0]
    if index not in numeric:
        return None
    data = [(row[0], row[index]) for row in rows if isinstance(row[index], (int, float))][:MAX_POINTS]
    if not data:
        return None
    values = [value for _, value in data]
    low, high = min(0, min(values)), max(0, max(values))
    step = nice_step(high - low)
    low, high = math.floor(low / step) * step, math.ceil(high / step) * step
    if high == low:
        high = low + step
    plot_width, plot_height = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def y_of(value):
        return TOP + (high - value) / (high - low) * plot_height

    slot = plot_width / len(data)
    bar = min(slot * 0.6, MAX_BAR)
    label_every = math.ceil(len(data) / MAX_LABELS)
    baseline = y_of(0)
    points = []
    for position, (label, value) in enumerate(data):
        x = LEFT + position * slot + (slot - bar) / 2
        y = y_of(value)
        points.append({
            "label": str(label), "short_label": short(label), "value": value, "text": format_number(value),
            "x": x, "width": bar, "y": min(y, baseline), "height": abs(baseline - y), "cx": x + bar / 2,
            "point_y": y, "show_label": position % label_every == 0,
        })
    for point in points:  # a line joins the values themselves
        if kind == "line":
            point["y"] = point["point_y"]
    ticks = []
    value = low
    while value <= high + step / 2:
        ticks.append({"y": y_of(value), "label": format_number(round(value, 10))})
        value += step
    largest = max(points, key=lambda point: point["value"])
    smallest = min(points, key=lambda point: point["value"])
    return Chart(
        kind=kind, series=columns[index], category=columns[0] or "", points=points, ticks=ticks, baseline=baseline,
        summary={"count": len(points), "largest": largest, "smallest": smallest, "first": points[0],
                 "last": points[-1], "truncated": len(rows) > len(points)},
    )
