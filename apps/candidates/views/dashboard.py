from django.shortcuts import render
from django.views.decorators.http import require_safe

from apps.candidates import selectors
from apps.candidates.charts import WIDTH as FUNNEL_WIDTH
from apps.candidates.charts import funnel_rows
from apps.candidates.models import Stage
from apps.candidates.todos import todos_for
from apps.candidates.views.base import candidate_page


@candidate_page
@require_safe
def dashboard(request):
    """Counts, funnel, upcoming interviews, recent rejections and to-dos. A fixed ~10 queries."""
    user = request.user
    counts, funnel = selectors.stage_counts_and_funnel(user=user)
    total = sum(counts.values())
    rows, height = funnel_rows(funnel) if total else ([], 0)
    context = {
        "total": total,
        "counts": [(Stage(stage), count) for stage, count in counts.items()],
        "active": sum(counts[stage] for stage in Stage.ACTIVE),
        "funnel_rows": rows,
        "funnel_height": height,
        "funnel_width": FUNNEL_WIDTH,
        "upcoming": list(selectors.upcoming_interviews(user=user)) if total else [],
        "rejections": list(selectors.recent_rejections(user=user)) if total else [],
        "todos": todos_for(user=user),
    }
    return render(request, "candidates/dashboard.html", context)
