"""The insights charts, laid out in Python and drawn as server-rendered SVG by the templates
(``templates/feedback/_charts.html``), in the style of the dashboard's funnel.

Numbers are written beside every bar (not only on hover), each segment carries a ``<title>``,
and the templates add a visible table as the text alternative. Colours come from CSS custom
properties (``--topic-<value>``), so dark mode is one block of variables in app.css.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

# A narrow canvas: on a 360 px phone the SVG is drawn at about its own size, so text stays legible.
WIDTH = 340
LABEL_WIDTH = 104  # room for "Cover letter", "Sep 2026"
BAR_MAX = 200  # leaves room for the number after the longest bar
ROW_HEIGHT = 30
BAR_HEIGHT = 18


@dataclass(frozen=True)
class Segment:
    topic: str  # the Topic value: picks the colour (CSS class chart__seg--<topic>)
    label: str
    count: int
    x: int
    width: int


@dataclass(frozen=True)
class StackedRow:
    label: str
    total: int
    y: int
    segments: list[Segment]

    @property
    def text_y(self) -> int:
        return self.y + BAR_HEIGHT - 5

    @property
    def bar_end(self) -> int:
        return self.segments[-1].x + self.segments[-1].width if self.segments else LABEL_WIDTH

    @property
    def number_x(self) -> int:
        return self.bar_end + 6


@dataclass(frozen=True)
class StackedChart:
    rows: list[StackedRow]
    legend: list[tuple[str, str, int]]  # (topic, label, total) for topics that appear, largest first
    width: int
    height: int
    label_width: int = LABEL_WIDTH

    @property
    def empty(self) -> bool:
        return not self.rows


@dataclass(frozen=True)
class Bar:
    key: str
    label: str
    count: int
    y: int
    width: int

    @property
    def text_y(self) -> int:
        return self.y + BAR_HEIGHT - 5

    @property
    def number_x(self) -> int:
        return LABEL_WIDTH + self.width + 6


@dataclass(frozen=True)
class BarChart:
    bars: list[Bar]
    width: int
    height: int
    label_width: int = LABEL_WIDTH

    @property
    def empty(self) -> bool:
        return not self.bars


def _scale(count: int, top: int) -> int:
    # A non-zero count is never drawn thinner than 3 units, so it stays visible and hoverable.
    return max(round(count / top * BAR_MAX), 3) if count else 0


def month_label(month: date) -> str:
    return month.strftime("%b %Y")


def topics_over_time(
    months: Sequence[date], counts: dict[tuple[date, str], int], topic_labels: dict[str, str]
) -> StackedChart:
    """One row per month (oldest first), a stacked bar of its items by topic, the total beside it.

    ``counts`` maps ``(month, topic)`` to how many feedback items were about that topic that month;
    ``topic_labels`` gives the topics in their display order with their labels.
    """
    totals = {month: sum(counts.get((month, topic), 0) for topic in topic_labels) for month in months}
    top = max(totals.values(), default=0) or 1
    rows = []
    for index, month in enumerate(months):
        x, segments = LABEL_WIDTH, []
        for topic, label in topic_labels.items():
            count = counts.get((month, topic), 0)
            if not count:
                continue
            width = _scale(count, top)
            segments.append(Segment(topic=topic, label=label, count=count, x=x, width=width))
            x += width
        rows.append(StackedRow(label=month_label(month), total=totals[month], y=index * ROW_HEIGHT, segments=segments))
    by_topic = {topic: sum(counts.get((month, topic), 0) for month in months) for topic in topic_labels}
    legend = sorted(
        ((topic, label, by_topic[topic]) for topic, label in topic_labels.items() if by_topic[topic]),
        key=lambda entry: -entry[2],
    )
    return StackedChart(rows=rows, legend=legend, width=WIDTH, height=max(len(rows) * ROW_HEIGHT - 8, 0))


def bars(rows: Sequence[tuple[str, str, int]]) -> BarChart:
    """Horizontal bars, one per ``(key, label, count)``, in the order given, each with its number."""
    top = max((count for _, _, count in rows), default=0) or 1
    laid_out = [
        Bar(key=key, label=label, count=count, y=index * ROW_HEIGHT, width=_scale(count, top))
        for index, (key, label, count) in enumerate(rows)
    ]
    return BarChart(bars=laid_out, width=WIDTH, height=max(len(laid_out) * ROW_HEIGHT - 8, 0))


@dataclass(frozen=True)
class Rate:
    """Answered out of asked, for the feedback-yield table: the number and a small bar."""

    label: str
    answered: int
    asked: int

    @property
    def percent(self) -> int:
        return round(self.answered * 100 / self.asked) if self.asked else 0

    @property
    def bar_width(self) -> int:
        # The yield bars are 100 units wide: the percentage is the width.
        return self.percent
