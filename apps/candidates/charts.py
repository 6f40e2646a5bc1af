"""The dashboard's funnel, laid out in Python and drawn as server-rendered SVG by the template.

Numbers are written beside every bar (not only on hover); the template adds a table as the
text alternative.
"""

from dataclasses import dataclass

from apps.candidates.models import Stage

WIDTH = 400
BAR_MAX = 250
ROW_HEIGHT = 58


@dataclass(frozen=True)
class FunnelRow:
    label: str
    reached: int
    turned_down: int
    y: int
    bar_y: int
    bar_width: int
    down_y: int
    down_width: int
    percent: int

    @property
    def number_x(self) -> int:
        return self.bar_width + 8

    @property
    def down_number_x(self) -> int:
        return self.down_width + 8


def funnel_rows(data: dict) -> tuple[list[FunnelRow], int]:
    """Rows for applied → screened → interviewed → offer, each with how many were turned down there."""
    reached, rejected_at = data["reached"], data["rejected_at"]
    steps = [
        ("Applied", reached["applied"], rejected_at[Stage.APPLIED]),
        ("Screened", reached["screened"], rejected_at[Stage.SCREENING]),
        ("Interviewed", reached["interviewed"], rejected_at[Stage.INTERVIEWING]),
        ("Offer", reached["offer"], rejected_at[Stage.OFFER]),
    ]
    top = max(reached["applied"], 1)
    rows = []
    for index, (label, count, down) in enumerate(steps):
        y = index * ROW_HEIGHT + 16
        rows.append(
            FunnelRow(
                label=label,
                reached=count,
                turned_down=down,
                y=y,
                bar_y=y + 8,
                bar_width=max(round(count / top * BAR_MAX), 2),
                down_y=y + 32,
                down_width=max(round(down / top * BAR_MAX), 2) if down else 0,
                percent=round(count * 100 / top) if reached["applied"] else 0,
            )
        )
    return rows, len(steps) * ROW_HEIGHT + 8
