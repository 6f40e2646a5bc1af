from django.shortcuts import render

from apps.accounts.permissions import recruiter_required


@recruiter_required
def home(request):
    return render(request, "recruiters/home.html")
