from django.shortcuts import render

from apps.accounts.permissions import candidate_required


@candidate_required
def dashboard(request):
    return render(request, "candidates/dashboard.html")
